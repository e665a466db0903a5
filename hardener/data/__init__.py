"""Data shipped inside the package: indicator lists (with their licences) and our own app lists.

Everything here is read-only at run time. :mod:`hardener.data.indicators` loads each file once;
``tools/refresh_indicators.py`` (outside the package) is the maintainer's tool to take a newer
copy of the upstream lists.
"""
