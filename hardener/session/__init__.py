"""Profiles, plans, apply with an undo journal on the phone, undo, and finishing a session."""
