"""The worker thread, what controllers are given (the window context), undoable commands."""
