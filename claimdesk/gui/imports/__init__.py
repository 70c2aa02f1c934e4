"""Bringing articles in: files, folders, drops, pasted text, with progress."""
