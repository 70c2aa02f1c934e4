"""The desk: one open library and every action a user can take, in parts (see desk.py)."""

from claimdesk.core.desk.desk import Desk

__all__ = ["Desk"]
