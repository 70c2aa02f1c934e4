"""The centre pane: the article's text with its claims, suggestions and dates."""
