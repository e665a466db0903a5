"""The phone as data: gather a snapshot in a fixed number of round trips, parse it, write typed changes."""
