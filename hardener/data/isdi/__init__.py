"""ISDi app flags, shipped as package data (see SOURCES.md and LICENSE)."""
