"""The desktop GUI (PySide6). All phone I/O runs off the GUI thread (see :mod:`.tasks`)."""
