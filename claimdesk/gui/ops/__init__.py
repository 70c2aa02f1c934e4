"""The worker thread, undoable commands and the edits that may meet another desk's."""
