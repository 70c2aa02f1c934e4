"""The PySide6 desktop application: main window, reader, inspector, background operations."""
