"""Marking and editing claims: the actions, the inspector, evidence, history, refused edits."""
