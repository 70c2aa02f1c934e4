"""Marking and editing claims: the actions, the inspector, refused edits."""
