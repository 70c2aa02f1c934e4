"""The PySide6 desktop application: main window, reader, inspector, background operations."""

from claimdesk.gui.common.qt_imports import speed_up_feature_scan

speed_up_feature_scan()
