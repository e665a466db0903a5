"""Every shipped language is complete, up to date, and keeps every placeholder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import i18n_build as build
from tools.i18n_batch import GLOSSARY_DIR, glossary, glossary_misses, problems
from tools.i18n_extract import ENGLISH, FORMS_SEPARATOR, LANGUAGES, PLURAL_FORMS, all_messages, read_ts, ts_path

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
    assert len(built) == len(SHIPPED) + 1  # and English's plural forms
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


def test_twelve_languages_are_shipped():
    from hardener.i18n.languages import CODES, PSEUDO

    assert set(SHIPPED) == {"fr", "es", "pt", "ru", "zh_CN", "ar", "th", "vi", "id", "sw", "ro"}
    assert CODES - {PSEUDO} == set(SHIPPED) | {"en"}


@pytest.mark.parametrize("lang", [*SHIPPED, ENGLISH])
def test_every_plural_text_has_each_form_of_its_language(lang):
    """Qt picks a form by the language's rule (Arabic six, Russian and Romanian three, Thai one):
    each plural text must have exactly that many, each with its %n and fields."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path(lang)).getroot()
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plural, lang
    for message in plural:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == PLURAL_FORMS[lang], (lang, message.findtext("source"))


@pytest.mark.parametrize("lang", [*SHIPPED, ENGLISH])
def test_every_translation_passes_the_translators_checks(lang):
    """Fields, %n, HTML tags and plural forms, as tools/i18n_batch takes a translation in."""
    entries = read_ts(ts_path(lang)).items()
    bad = [(m.source[:50], why) for m, (t, done) in entries if done and (why := problems(m, t, lang))]
    assert not bad, bad[:5]


def test_english_plural_texts_read_as_english():
    entries = read_ts(ts_path(ENGLISH))
    forms = {m.source: t.split(FORMS_SEPARATOR) for m, (t, done) in entries.items() if done}
    assert forms["%n app(s)"] == ["%n app", "%n apps"]
    assert all("(s)" not in f for fs in forms.values() for f in fs)


GLOSSARY_TERMS = {"screen lock", "PIN", "USB debugging", "stalkerware", "sync", "backup", "undo", "Lockdown"}


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_catalogue_uses_androids_words_from_its_glossary(lang):
    """What the app says matches what the person sees on the phone: every translation of a text
    that names a glossary term uses the term's word in that language (tools/glossary/<lang>.toml)."""
    terms = glossary(lang)
    assert {t.en.casefold() for t in terms} >= {t.casefold() for t in GLOSSARY_TERMS}, lang
    assert all(t.android and t.source for t in terms), lang
    misses = glossary_misses(lang)
    assert not misses, misses[:5]


def test_the_glossary_check_catches_a_wrong_word(tmp_path):
    """The check can fail: a glossary that wants a word the catalogue never uses finds misses."""
    (tmp_path / "fr.toml").write_text(
        'language = "fr"\n[[term]]\nen = "USB debugging"\nandroid = "Zzz"\nsource = "test"\n', encoding="utf-8"
    )
    assert glossary_misses("fr", tmp_path)
    assert GLOSSARY_DIR.is_dir()
