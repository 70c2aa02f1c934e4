"""Editing an article: its properties and its text."""
