"""Settings, appearance, the user guide, restarting in another language."""
