"""The main window: layout, menus and toolbar, message bar, status, live refresh."""
