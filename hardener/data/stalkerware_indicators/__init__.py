"""Echap stalkerware indicators, shipped as package data (see SOURCES.md and LICENSE.txt)."""
