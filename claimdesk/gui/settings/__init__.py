"""Settings and the user guide, restarting in another language."""
