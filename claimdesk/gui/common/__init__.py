"""Small shared pieces: translation, palette, labels, wording, shared widgets."""
