"""Reports: the dialog with its live preview, formats, the write."""
