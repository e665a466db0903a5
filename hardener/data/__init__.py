"""Data shipped inside the package: indicator lists (with their licences) and our own app lists.

Everything here is read-only at run time. :mod:`hardener.data.indicators` loads each file once;
:mod:`hardener.data.refresh` is the maintainer's tool to take a newer copy of the upstream lists.
"""
