"""The left pane: library categories, saved searches, the article list."""
