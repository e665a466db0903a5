"""Total, version-aware parsers of Android shell output.

Each parser takes a :class:`hardener.adb.output.CommandOutput` and returns a
:class:`hardener.device.facts.Parsed`: any input gives a value or a typed unknown with a reason,
never an exception and never a wrong "safe". Parsers share no code with the practice phone.
"""
