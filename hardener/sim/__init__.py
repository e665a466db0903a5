"""The practice phone: an adbd-side ADB server on 127.0.0.1 backed by a virtual Android phone.

It shares no code with :mod:`hardener.device`: the phone renders output formats, hardener's
parsers read them, so a mistake in one shows up against the other and against real captures.
"""
