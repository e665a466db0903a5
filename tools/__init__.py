"""Maintainer and build tools: run from a checkout, never shipped in the wheel.

``python -m tools.i18n_extract`` (collect texts into the ``.ts`` catalogues),
``python -m tools.i18n_build`` (compile ``.ts`` to ``.qm`` in the checkout; ``setup.py`` uses the
same code when it builds a wheel) and ``python -m tools.refresh_indicators`` (take newer
indicator lists from upstream). They live outside ``hardener/`` so the runtime package imports
nothing from them and they may import anything of it.
"""
