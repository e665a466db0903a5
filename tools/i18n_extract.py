"""Collect every text hardener shows a person into the Linguist ``.ts`` files.

Three sources, one catalogue per language:

* the Qt layer: ``self.tr(...)`` and ``QCoreApplication.translate(...)`` in ``hardener/gui``,
  read by PySide6's own ``lupdate``;
* the layers that must not import Qt (checks, errors, session, report): ``N_("...")`` string
  literals, found by reading the Python syntax tree, in the context ``hardener``;
* the profiles' titles, reasons and steps (``profiles/*.toml``), also in ``hardener``.

Existing translations are kept where the English text is unchanged; new texts are added
unfinished, and texts no longer used are dropped. The pseudo-language ``en_XA`` needs no
catalogue: the GUI makes it up at run time (``hardener.gui.lang.PseudoTranslator``).

Run ``python -m tools.i18n_extract`` after changing any visible text.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hardener.i18n import I18N_DIR
from hardener.i18n.markers import CONTEXT

PACKAGE_DIR = I18N_DIR.parent
LANGUAGES = {
    "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "ru": "ru_RU", "zh_CN": "zh_CN",
    "ar": "ar", "th": "th_TH", "vi": "vi_VN", "id": "id_ID", "sw": "sw_KE", "ro": "ro_RO",
}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False  # a %n text: Qt picks one of the language's plural forms


# How many plural forms each language has in Qt (QLocale's rules). A translation given as one
# text is written into every form, so it must read well for any number ("Changes: %n");
# explicit forms are separated by FORMS_SEPARATOR.
# English needs a catalogue only for its plural texts ("%n thing(s)" -> "1 thing", "2 things"):
# every other English text is its own message id.
ENGLISH = "en"
ENGLISH_QT = "en_US"

# Measured with lrelease: more forms than these are dropped ("Removed plural forms...").
PLURAL_FORMS = {
    "en": 2, "fr": 2, "es": 2, "pt": 2, "ru": 3, "zh_CN": 1, "ar": 6, "th": 1, "vi": 1, "id": 1, "sw": 2, "ro": 3,
}
FORMS_SEPARATOR = "\x1e"


def ts_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"hardener_{lang}.ts"


# --- collecting -------------------------------------------------------------------------------


def _lupdate() -> Path:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate"):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError("PySide6's lupdate was not found")


def gui_messages(gui_dir: Path = PACKAGE_DIR / "gui") -> set[Message]:
    sources = sorted(str(p) for p in gui_dir.rglob("*.py"))
    if not sources:
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gui.ts"
        subprocess.run([str(_lupdate()), "-silent", *sources, "-ts", str(out)], check=True)
        return set(read_ts(out))


def marked_messages(package_dir: Path = PACKAGE_DIR) -> set[Message]:
    """``N_("literal")`` calls anywhere in the package (string concatenation included), and
    ``Nn_("literal with %n")`` for texts with plural forms."""
    found: set[Message] = set()
    for path in sorted(package_dir.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("N_", "Nn_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(Message(CONTEXT, node.args[0].value, numerus=node.func.id == "Nn_"))
    return found


def profile_messages() -> set[Message]:
    from hardener.session.profiles import builtin_profiles

    return {Message(CONTEXT, text) for p in builtin_profiles() for text in p.texts}


def persona_messages() -> set[Message]:
    """The practice phones' descriptions, shown when a trainer picks one."""
    from hardener.sim.personas import list_personas

    return {Message(CONTEXT, p.description) for p in list_personas()}


def guide_messages() -> set[Message]:
    """The guide's passages and section headings, in their own context: the English stays on
    screen as the quote, and the translation is shown beside it, marked as a translation."""
    from hardener.checks import guide_refs
    from hardener.checks.finding import GuideRef
    from hardener.i18n.guide import GUIDE_CONTEXT, QUOTE_COMMENT, SECTION_COMMENT
    from hardener.session.profiles import builtin_profiles

    refs = [v for v in vars(guide_refs).values() if isinstance(v, GuideRef)]
    quotes = {r.quote for r in refs} | {r.guide_quote for p in builtin_profiles() for r in p.rules if r.guide_quote}
    sections = {r.section for r in refs} | {
        r.guide_section for p in builtin_profiles() for r in p.rules if r.guide_section
    }
    return {Message(GUIDE_CONTEXT, q, QUOTE_COMMENT) for q in quotes} | {
        Message(GUIDE_CONTEXT, s, SECTION_COMMENT) for s in sections
    }


def all_messages() -> set[Message]:
    return gui_messages() | marked_messages() | profile_messages() | persona_messages() | guide_messages()


# --- reading and writing .ts ---------------------------------------------------------------------


def read_ts(path: Path) -> dict[Message, tuple[str, bool]]:
    """message -> (translation, finished)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own files
    out: dict[Message, tuple[str, bool]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            numerus = msg.get("numerus") == "yes"
            tr = msg.find("translation")
            if numerus and tr is not None:
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = forms[0] if len(set(forms)) <= 1 and forms else FORMS_SEPARATOR.join(forms)
            else:
                text = (tr.text or "") if tr is not None else ""
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and bool(text)
            out[Message(name, source, comment, numerus)] = (text, finished)
    return out


def write_ts(path: Path, language: str, entries: dict[Message, tuple[str, bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    lang_key = next((k for k, v in {**LANGUAGES, ENGLISH: ENGLISH_QT}.items() if v == language), language)
    plurals = PLURAL_FORMS.get(lang_key, 2)
    by_context: dict[str, list[Message]] = {}
    for m in sorted(entries):
        by_context.setdefault(m.context, []).append(m)
    for context, messages in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for m in messages:
            el = ET.SubElement(ctx, "message")
            if m.numerus:
                el.set("numerus", "yes")
            ET.SubElement(el, "source").text = m.source
            if m.comment:
                ET.SubElement(el, "comment").text = m.comment
            text, finished = entries[m]
            tr = ET.SubElement(el, "translation")
            if m.numerus:
                forms = text.split(FORMS_SEPARATOR) if text else [""]
                forms = (forms + [forms[-1]] * plurals)[: max(plurals, 1)]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
            if not finished:
                tr.set("type", "unfinished")
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# --- main ------------------------------------------------------------------------------------------


def update(
    messages: Iterable[Message], directory: Path = I18N_DIR, only: Iterable[str] | None = None
) -> dict[str, tuple[int, int]]:
    """Rewrite each language's .ts (all, or ``only`` these); returns lang -> (messages, unfinished)."""
    wanted = sorted(set(messages))
    chosen = set(only) if only is not None else set(LANGUAGES)
    summary: dict[str, tuple[int, int]] = {}
    if only is None or ENGLISH in chosen:
        chosen.add(ENGLISH)
    for lang, qt_lang in {**LANGUAGES, ENGLISH: ENGLISH_QT}.items():
        if lang not in chosen:
            continue
        old = read_ts(ts_path(lang, directory))
        by_text = {(m.context, m.source, m.comment): v for m, v in old.items()}
        texts = [m for m in wanted if m.numerus] if lang == ENGLISH else wanted
        entries = {m: old.get(m) or by_text.get((m.context, m.source, m.comment), ("", False)) for m in texts}
        write_ts(ts_path(lang, directory), qt_lang, entries)
        summary[lang] = (len(entries), sum(1 for _t, done in entries.values() if not done))
    return summary


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tools.i18n_extract")
    parser.add_argument("--lang", action="append", help="update only this language (repeatable)")
    args = parser.parse_args(argv)
    summary = update(all_messages(), only=args.lang)
    for lang, (total, unfinished) in summary.items():
        print(f"{lang:<6} {total} messages, {unfinished} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
