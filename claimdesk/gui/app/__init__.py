"""Start-up, the app's identity on the desktop, building the translations."""
