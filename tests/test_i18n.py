"""Every shipped language is complete, up to date, and keeps every placeholder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import i18n_build as build
from tools.i18n_extract import FORMS_SEPARATOR, LANGUAGES, all_messages, read_ts, ts_path

SHIPPED = sorted(LANGUAGES)
_FIELDS = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")


@pytest.fixture(scope="module")
def catalogue():
    return all_messages()


@pytest.mark.parametrize("lang", SHIPPED)
def test_catalogue_is_up_to_date(catalogue, lang):
    have = set(read_ts(ts_path(lang)))
    missing = sorted(m.source[:60] for m in catalogue - have)
    assert not missing, f"run 'python -m tools.i18n_extract': {len(missing)} new texts, e.g. {missing[:5]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_text_is_translated(catalogue, lang):
    entries = read_ts(ts_path(lang))
    unfinished = sorted(m.source[:60] for m in catalogue if not entries.get(m, ("", False))[1])
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_every_placeholder(lang):
    for message, (text, finished) in read_ts(ts_path(lang)).items():
        if not finished:
            continue
        for form in text.split(FORMS_SEPARATOR):  # plural forms each keep every field
            assert sorted(_FIELDS.findall(form)) == sorted(_FIELDS.findall(message.source)), (lang, message.source)


def test_catalogues_compile_and_load(tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    for ts in Path(ts_path("fr")).parent.glob("*.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    built = build.build(tmp_path)
    assert len(built) == len(SHIPPED)
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(tmp_path / "hardener_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QCoreApplication.translate("hardener", "Stopped.")
        assert shown and shown != "Stopped."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert app is not None
