"""What hardener tells a person: terminal text, JSON, and the hand-over report."""
