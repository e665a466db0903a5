"""Fonts shipped with hardener for scripts a laptop may lack (Thai, Arabic): see LICENSE-OFL.txt.

Chinese needs no shipped font: Windows and macOS have one, and the Linux install adds Debian's
``fonts-noto-cjk``. The app and the PDF report register these at start (hardener.report.fonts).
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
FONT_FILES = tuple(sorted(FONT_DIR.glob("*.ttf")))
