"""The hand-over report names neither the tool nor the person's apps, unless the person asks for names.

A report is found in a bag or on the phone. "hardener" tells whoever finds it that the phone was
prepared for something; "Grindr can read your contacts" tells them more about the person than
anything else on the page. So by default apps are named by their kind ("A dating app can read
your contacts"), and with ``--include-ids`` the person gets the names.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from hardener import cli
from hardener.cli.report import add_parsers as add_report_parser
from hardener.cli.speech import words_for
from hardener.data import indicators
from hardener.sim.personas import load_persona

PERSONA = "samsung-11"  # a dating app, social apps, messengers, two translators, a caller ID app
# Persona labels that are ordinary words ("Translator history" is a heading of the report).
_ORDINARY_WORDS = {"Translate", "Translator", "Budget", "Locker", "Editor", "Travel", "Taxi", "Language", "Signal"}


def the_persons_apps() -> tuple[set[str], set[str]]:
    """(package names, app names) of every app the person installed on the practice phone."""
    phone = load_persona(PERSONA)
    installed = [p for p in phone.packages.values() if not p.system]
    packages = {p.name for p in installed}
    names = {p.label for p in installed if p.label and p.label not in _ORDINARY_WORDS}
    for table in (indicators.translators, indicators.social_apps, indicators.cloud_apps):
        names |= {known.name for pkg, known in table().items() if pkg in packages}
    return packages, names


def report(tmp_path: Path, suffix: str, *extra: str) -> Path:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in sub.choices:
        add_report_parser(sub)
    out = tmp_path / f"report{'-ids' if extra else ''}{suffix}"
    args = parser.parse_args(["report", "--demo", PERSONA, "--out", str(out), *extra])
    args.words = words_for(args)
    assert args.func(args) == 0
    return out


def html_text(path: Path) -> str:
    """Everything in the page: the words shown and the markup around them."""
    return html.unescape(path.read_text(encoding="utf-8"))


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    return " ".join(unicodedata.normalize("NFKC", raw + "\n" + info).split())


def named(text: str, names: set[str]) -> list[str]:
    return sorted(n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text))


def test_the_phone_really_has_apps_worth_hiding() -> None:
    packages, names = the_persons_apps()
    assert {"com.grindrapp.android", "com.tinder"} <= packages
    assert {"Grindr", "Tinder", "WhatsApp", "Google Translate"} <= names


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_the_report_names_neither_the_tool_nor_the_apps(tmp_path: Path, suffix: str) -> None:
    out = report(tmp_path, suffix)
    text = html_text(out) if suffix == ".html" else pdf_text(out)
    packages, names = the_persons_apps()
    assert "hardener" not in text.lower()
    assert [p for p in packages if p in text] == []
    assert named(text, names) == []
    # The findings are still there, each app named by what kind of app it is.
    assert "A dating app can read your contacts" in text
    assert "A translation app keeps a history of what you translate" in text
    # Steps that named an app ("Open WhatsApp, then Settings") give the same advice for any app.
    assert "Delete translation history kept in your account" in text
    assert "Check what your apps back up to the cloud" in text


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_with_include_ids_the_apps_are_named(tmp_path: Path, suffix: str) -> None:
    out = report(tmp_path, suffix, "--include-ids")
    text = html_text(out) if suffix == ".html" else pdf_text(out)
    assert "Grindr can read your contacts" in text
    assert "Google Translate keeps a history of what you translate" in text
    assert "hardener" not in text.lower()  # the tool is never named, even then
