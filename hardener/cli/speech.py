"""The command line's language: ``--lang CODE`` on every sub-command, else the system's.

The same catalogue as the app and the report (:class:`~hardener.report.catalogue.Catalogue`):
one set of translations, one set of severity words. Without ``--lang``, the language comes from
``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` (as gettext reads them), and English when
hardener does not speak the system's language.
"""

from __future__ import annotations

import argparse
import os

from hardener.i18n.languages import CODES, LANGUAGES, code_from_environment
from hardener.report.catalogue import Catalogue

_HELP = "language: " + ", ".join(f"{lang.code} ({lang.name})" for lang in LANGUAGES)


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    if any("--lang" in action.option_strings for action in parser._actions):
        return
    parser.add_argument("--lang", choices=sorted(CODES), metavar="CODE", default=None, help=_HELP)


def words_for(args: argparse.Namespace) -> Catalogue:
    """The catalogue for this run; ``args.lang`` is set to the code chosen."""
    code = getattr(args, "lang", None) or code_from_environment(os.environ)
    args.lang = code
    return Catalogue(code)
