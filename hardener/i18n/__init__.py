"""Qt Linguist translations: ``.ts`` sources live here, ``.qm`` files are built from them."""

from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
