"""hardener: make an Android phone safer to have seized.

Layers, top to bottom (data flows one way): ``gui``/``cli`` -> ``session`` (plan, apply,
journal, undo) -> ``checks`` (pure) -> ``device`` (snapshot gathering, parsers) -> ``adb``.
The practice phone lives in ``sim`` and shares no code with ``device``.
"""

__version__ = "0.1.0"
