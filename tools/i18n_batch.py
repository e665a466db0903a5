"""Hand texts to a translator as JSON and take the translations back into the ``.ts`` files.

Linguist is the tool for a translator who has Qt installed; many volunteers have only a text
editor. ``export`` writes the texts of one language (the unfinished ones, or all) as a JSON
list; the translator fills ``translation`` (or ``forms``, one text per plural form) and
``import`` checks each one before taking it:

* the same ``{named}`` fields, ``%n`` and ``%1`` as the English;
* the same HTML tags (``<b>``, ``<a href=...>``), so rich text stays well formed;
* for a plural text, one form, or exactly as many forms as the language has.

A rejected text is listed with its reason and left unfinished; the rest are marked finished.
Each text has a stable ``id`` (a hash of its context, source and comment), so an export and
an import need not come from the same day's catalogue.

    python -m tools.i18n_batch export --lang ar > ar.json
    python -m tools.i18n_batch import --lang ar ar-done.json
    python -m tools.i18n_batch glossary --lang ar     # the glossary check of tests/test_i18n.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tools.i18n_extract import (
    ENGLISH,
    ENGLISH_QT,
    FORMS_SEPARATOR,
    LANGUAGES,
    PLURAL_FORMS,
    Message,
    read_ts,
    ts_path,
    write_ts,
)

QT_NAMES = {**LANGUAGES, ENGLISH: ENGLISH_QT}  # English: its plural forms only

FIELDS = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")
TAGS = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
GLOSSARY_DIR = Path(__file__).resolve().parent / "glossary"


def message_id(m: Message) -> str:
    return hashlib.sha1(f"{m.context}\0{m.source}\0{m.comment}".encode()).hexdigest()[:12]  # noqa: S324 - a name


def problems(m: Message, text: str, lang: str) -> list[str]:
    """Why ``text`` cannot stand for ``m`` in ``lang`` (empty when it can)."""
    out: list[str] = []
    forms = text.split(FORMS_SEPARATOR)
    if m.numerus and len(forms) not in (1, PLURAL_FORMS.get(lang, 2)):
        out.append(f"{len(forms)} plural forms; {lang} has {PLURAL_FORMS.get(lang, 2)}")
    if not m.numerus and len(forms) > 1:
        out.append("plural forms given for a text that has none")
    want_fields = Counter(FIELDS.findall(m.source))
    want_tags = Counter(t.lower() for t in TAGS.findall(m.source))
    for form in forms:
        if not form.strip():
            out.append("empty")
        if Counter(FIELDS.findall(form)) != want_fields:
            out.append(f"fields {sorted(FIELDS.findall(form))} instead of {sorted(want_fields.elements())}")
        if Counter(t.lower() for t in TAGS.findall(form)) != want_tags:
            out.append("HTML tags differ from the English")
    return out


def export(lang: str, everything: bool = False) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for m, (text, finished) in sorted(read_ts(ts_path(lang)).items()):
        if finished and not everything:
            continue
        row: dict[str, object] = {"id": message_id(m), "context": m.context, "source": m.source}
        if m.comment:
            row["comment"] = m.comment
        if m.numerus:
            row["plural_forms"] = PLURAL_FORMS.get(lang, 2)
        if text:
            row["translation" if not m.numerus else "forms"] = text.split(FORMS_SEPARATOR) if m.numerus else text
        rows.append(row)
    return rows


def import_rows(lang: str, rows: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Take the good translations into ``lang``'s catalogue; returns (taken, rejections)."""
    path = ts_path(lang)
    entries = read_ts(path)
    by_id = {message_id(m): m for m in entries}
    taken, rejected = 0, []
    for row in rows:
        m = by_id.get(str(row.get("id", "")))
        if m is None:
            rejected.append(f"{row.get('id')}: no such text in the catalogue (exported from an older one?)")
            continue
        forms = row.get("forms")
        if isinstance(forms, list):
            text = FORMS_SEPARATOR.join(str(f) for f in forms)
        else:
            text = str(row.get("translation") or "")
        if not text:
            continue
        why = problems(m, text, lang)
        if why:
            rejected.append(f"{row['id']} ({m.source[:50]!r}): {'; '.join(why)}")
            continue
        entries[m] = (text, True)
        taken += 1
    write_ts(path, QT_NAMES[lang], entries)
    return taken, rejected


# --- the glossary: the words that matter, as Android says them in each language ----------------


@dataclass(frozen=True)
class Term:
    en: str
    match: re.Pattern[str]
    android: str
    accept: tuple[str, ...]
    source: str
    exempt: tuple[str, ...]  # English sources where the term is not the thing (said why in the file)


def glossary(lang: str, directory: Path = GLOSSARY_DIR) -> list[Term]:
    doc = tomllib.loads((directory / f"{lang}.toml").read_text(encoding="utf-8"))
    return [
        Term(
            t["en"],
            re.compile(t.get("match", r"\b" + re.escape(t["en"]) + r"\b"), re.IGNORECASE),
            t["android"],
            tuple(t.get("accept", [t["android"]])),
            t.get("source", ""),
            tuple(t.get("exempt", [])),
        )
        for t in doc["term"]
    ]


def glossary_misses(lang: str, directory: Path = GLOSSARY_DIR) -> list[str]:
    """Finished texts that use a glossary term in English but not its word in ``lang``."""
    misses: list[str] = []
    entries = read_ts(ts_path(lang))
    for term in glossary(lang, directory):
        for m, (text, finished) in entries.items():
            if not finished or not term.match.search(m.source) or any(e in m.source for e in term.exempt):
                continue
            folded = text.casefold()
            if not any(a.casefold() in folded for a in term.accept):
                misses.append(f"{term.en} -> {term.android}: {m.source[:70]!r} = {text[:70]!r}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n_batch")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("--lang", required=True, choices=sorted(QT_NAMES))
    ex.add_argument("--all", action="store_true", help="finished texts too, with their translation")
    im = sub.add_parser("import")
    im.add_argument("--lang", required=True, choices=sorted(QT_NAMES))
    im.add_argument("files", nargs="+", type=Path)
    gl = sub.add_parser("glossary")
    gl.add_argument("--lang", required=True, choices=sorted(LANGUAGES))
    args = parser.parse_args(argv)
    if args.command == "export":
        json.dump(export(args.lang, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.command == "import":
        rows: list[dict[str, object]] = []
        for f in args.files:
            rows += json.loads(f.read_text(encoding="utf-8"))
        taken, rejected = import_rows(args.lang, rows)
        for line in rejected:
            print("rejected", line, file=sys.stderr)
        left = sum(1 for _t, done in read_ts(ts_path(args.lang)).values() if not done)
        print(f"{args.lang}: {taken} taken, {len(rejected)} rejected, {left} still unfinished", file=sys.stderr)
        return 1 if rejected else 0
    misses = glossary_misses(args.lang)
    for line in misses:
        print(line)
    print(f"{args.lang}: {len(misses)} glossary misses", file=sys.stderr)
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
