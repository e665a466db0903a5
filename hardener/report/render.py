"""The hand-over report as HTML (to read on a phone) and as PDF (to print).

The HTML is one self-contained file: no scripts, no fonts or pictures fetched from anywhere
(a request from the phone would tell a server that this report was opened), one column and
large text, so it reads on a small screen without zooming. The PDF is laid out by Qt from a
simpler variant of the same HTML, because Qt's rich-text engine knows only part of CSS.

Texts are translated here, at render time, in the report's own language: a trainer's laptop
may show hardener in English while the person takes home a report in Russian.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from hardener.checks.finding import Severity
from hardener.i18n import I18N_DIR
from hardener.i18n.languages import PSEUDO, is_right_to_left
from hardener.i18n.markers import CONTEXT, fill
from hardener.i18n.pseudo import pseudo
from hardener.report.handover import PLAIN_TITLE, SEVERITY_LABELS, Item, Report, Section, Text
from hardener.report.neutral import is_neutral

Translate = Callable[[str], str]
PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")

# Severity marks do not rely on colour alone: each also carries its word.
_SEVERITY_COLOURS = {
    Severity.CRITICAL: "#a10000",
    Severity.HIGH: "#a14a00",
    Severity.MEDIUM: "#6b5a00",
    Severity.UNKNOWN: "#4a4a4a",
    Severity.INFO: "#24527a",
    Severity.OK: "#1d6b2f",
}


# --- translation --------------------------------------------------------------------------------


def _english(text: str) -> str:
    return text


def translator_for(lang: str, directory: Path = I18N_DIR) -> Translate:
    """Translate into ``lang`` without touching the translators the GUI has installed.

    The report's catalogue is loaded into a private QTranslator, so making a report does not
    switch the GUI's language under the trainer's feet. English needs no catalogue (the
    message ids are English). When a language has no catalogue yet, Qt's installed
    translators are asked, which is right whenever the report is made in the GUI's language,
    and gives English otherwise.
    """
    from PySide6.QtCore import QCoreApplication

    if lang in ("", "en"):
        return _english
    if lang == PSEUDO:
        return pseudo
    if (directory / f"hardener_{lang}.qm").is_file():
        from hardener.report.catalogue import Catalogue

        return Catalogue(lang, directory)

    def installed(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    return installed


def _say(text: Text, tr: Translate) -> str:
    """Translated and filled. A translation that breaks neutrality gives way to the English,
    and a text that is not neutral even in English to a plain line (the builder already
    checked the English; this guards the translations, which arrive later)."""
    for candidate in (fill(tr(text.msgid), text.params, tr), fill(text.msgid, text.params), tr(PLAIN_TITLE)):
        if is_neutral(candidate):
            return candidate
    return PLAIN_TITLE


def _html_lang(lang: str) -> str:
    if lang in ("", "en_XA"):
        return "en"
    return lang.replace("_", "-")


def _direction(lang: str) -> str:
    return "rtl" if is_right_to_left(lang) else "ltr"


# --- HTML ---------------------------------------------------------------------------------------

_SCREEN_CSS = """
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; padding: 1rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
       sans-serif; font-size: 1.25rem; line-height: 1.5; color: #111; background: #fff; }
main { max-width: 40rem; margin: 0 auto; }
main.wide { max-width: 72rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 0.5rem; padding-top: 0.5rem; border-top: 2px solid #ccc; }
h3 { font-size: 1.25rem; margin: 1.25rem 0 0.25rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 1rem; padding-block: 0.5rem; padding-inline: 0.75rem 0; border-inline-start: 0.35rem solid #bbb; }
p { margin: 0.25rem 0; overflow-wrap: anywhere; }
.t { font-weight: bold; }
.mark { display: inline-block; font-size: 1rem; font-weight: bold; padding: 0 0.4rem; margin-inline-end: 0.4rem;
        border: 2px solid currentColor; border-radius: 0.3rem; }
footer { margin-top: 2rem; font-size: 1.1rem; color: #333; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 36rem) { .two { grid-template-columns: 1fr; } .two > :last-child { color: #333; } }
"""

# The report in two languages (the person's and the trainer's): every block is shown in both,
# side by side, so a trainer can go through it with the person line by line.
Voice = tuple[str, Translate]


def _block(tag: str, text: Text, cls: str = "") -> Callable[[Translate], str]:
    """One text as one element, for any language."""
    attr = f' class="{cls}"' if cls else ""

    def one(tr: Translate) -> str:
        return f"<{tag}{attr}>{html.escape(_say(text, tr))}</{tag}>"

    return one


def _in_voices(voices: list[Voice], one: Callable[[Translate], str], wrap: str = "div") -> str:
    """``one`` rendered in each language: alone, or in two columns, each with its own direction."""
    if len(voices) == 1:
        return one(voices[0][1])
    cells = "".join(
        f'<{wrap} lang="{html.escape(_html_lang(lang))}" dir="{_direction(lang)}">{one(tr)}</{wrap}>'
        for lang, tr in voices
    )
    return f'<div class="two">{cells}</div>'


def _item_html(item: Item, voices: list[Voice]) -> str:
    colour = _SEVERITY_COLOURS.get(item.severity) if item.severity is not None else None
    style = f' style="border-inline-start-color:{colour}"' if colour else ""

    def one(tr: Translate) -> str:
        mark = ""
        if item.severity is not None:
            label = html.escape(_say(Text(SEVERITY_LABELS[item.severity]), tr))
            mark = f'<span class="mark" style="color:{colour}">{label}</span>'
        parts = [f'<p class="t">{mark}{html.escape(_say(item.title, tr))}</p>']
        parts += [f"<p>{html.escape(_say(t, tr))}</p>" for t in item.body]
        return "".join(parts)

    return f"<li{style}>{_in_voices(voices, one)}</li>"


def _section_html(section: Section, voices: list[Voice]) -> str:
    parts = [
        f'<section id="{html.escape(section.id)}">',
        _in_voices(voices, _block("h2", section.heading)),
    ]
    parts += [_in_voices(voices, _block("p", t)) for t in section.intro]
    for group in section.groups:
        if group.heading is not None:
            parts.append(_in_voices(voices, _block("h3", group.heading)))
        if group.items:
            parts.append("<ul>" + "".join(_item_html(i, voices) for i in group.items) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _voices(report: Report, tr: Translate | None, also: str | None, also_tr: Translate | None) -> list[Voice]:
    voices: list[Voice] = [(report.lang, tr or translator_for(report.lang))]
    if also and also != report.lang:
        voices.append((also, also_tr or translator_for(also)))
    return voices


def render_html(
    report: Report, tr: Translate | None = None, also: str | None = None, also_tr: Translate | None = None
) -> str:
    """The report as one self-contained HTML page, in the report's language, and beside it in
    ``also`` (the trainer's language) when given.

    ``tr`` replaces the translation (tests render through a ``.ts`` file's texts with it).
    """
    voices = _voices(report, tr, also, also_tr)
    tr = voices[0][1]
    title = " / ".join(html.escape(_say(report.title, v_tr)) for _lang, v_tr in voices)
    heading = _in_voices(voices, _block("h1", report.title))
    intro = _in_voices(voices, _block("p", report.intro))
    footer = _in_voices(voices, _block("p", report.footer))
    body = "\n".join(_section_html(s, voices) for s in report.sections)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(_html_lang(report.lang))}" dir="{_direction(report.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{_SCREEN_CSS}</style>
</head>
<body>
<main{' class="wide"' if len(voices) > 1 else ""}>
{heading}
{intro}
{body}
<footer>{footer}</footer>
</main>
</body>
</html>
"""


# --- PDF ----------------------------------------------------------------------------------------

# Qt's rich text understands point sizes, pixel margins, colours and weights; not borders on blocks.
_PRINT_CSS = """
body { font-size: 12pt; color: #111; }
h1 { font-size: 22pt; margin-bottom: 10px; }
h2 { font-size: 16pt; margin-top: 26px; margin-bottom: 6px; }
p.g { font-size: 13pt; font-weight: bold; margin-top: 16px; margin-bottom: 0px; }
p { margin-top: 0px; margin-bottom: 4px; }
p.t { font-weight: bold; margin-top: 10px; margin-bottom: 2px; }
p.footer { margin-top: 30px; font-size: 10pt; color: #333; }
"""


def _print_pair(voices: list[Voice], one: Callable[[Translate], str]) -> str:
    """One block for the PDF: alone, or as a two-cell table row (Qt's rich text has no grid)."""
    if len(voices) == 1:
        return one(voices[0][1])
    cells = "".join(
        f'<td width="50%" dir="{_direction(lang)}" align="{"right" if is_right_to_left(lang) else "left"}">'
        f"{one(tr)}</td>"
        for lang, tr in voices
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4"><tr>{cells}</tr></table>'


def _print_html(report: Report, voices: list[Voice]) -> str:
    out = [f'<html><head><style>{_PRINT_CSS}</style></head><body dir="{_direction(report.lang)}">']
    out.append(_print_pair(voices, _block("h1", report.title)))
    out.append(_print_pair(voices, _block("p", report.intro)))
    for section in report.sections:
        out.append(_print_pair(voices, _block("h2", section.heading)))
        out += [_print_pair(voices, _block("p", t)) for t in section.intro]
        for group in section.groups:
            if group.heading is not None:
                out.append(_print_pair(voices, _block("p", group.heading, "g")))
            for item in group.items:
                out.append(_print_pair(voices, functools.partial(_print_item, item)))
    out.append(_print_pair(voices, _block("p", report.footer, "footer")))
    out.append("</body></html>")
    return "\n".join(out)


def _print_item(item: Item, tr: Translate) -> str:
    mark = ""
    if item.severity is not None:
        colour = _SEVERITY_COLOURS[item.severity]
        label = html.escape(_say(Text(SEVERITY_LABELS[item.severity]), tr))
        mark = f'<span style="color:{colour}">[{label}]</span> '
    parts = [f'<p class="t">{mark}{html.escape(_say(item.title, tr))}</p>']
    parts += [f"<p>{html.escape(_say(t, tr))}</p>" for t in item.body]
    return "".join(parts)


_app: object | None = None  # the QGuiApplication made here, kept alive for the process


def _ensure_gui_app() -> None:
    """Qt lays out text only with a QGuiApplication (fonts); make an offscreen one if needed.

    The CLI has none, and may run where there is no display at all. ``-platform offscreen``
    is given as an argument so it wins over a QT_QPA_PLATFORM meant for a real desktop. A
    QApplication is made rather than a bare QGuiApplication so that a process which later
    wants widgets (the GUI, its tests) is not stuck with an application that cannot show them.
    """
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("a PDF needs a QGuiApplication, but a plain QCoreApplication is running")
        return
    _app = QApplication(["hardener", "-platform", "offscreen"])


def pdf_bytes(
    report: Report,
    page_size: PageSize = "A4",
    tr: Translate | None = None,
    also: str | None = None,
    also_tr: Translate | None = None,
) -> bytes:
    """The PDF in memory, so a failure half-way leaves no partial file anywhere."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {PAGE_SIZES}")
    _ensure_gui_app()
    from hardener.report.fonts import register_fonts

    register_fonts()
    voices = _voices(report, tr, also, also_tr)
    tr = voices[0][1]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size_id = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageSize(QPageSize(size_id))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(" / ".join(_say(report.title, v_tr) for _lang, v_tr in voices))
    writer.setCreator("")
    doc = QTextDocument()
    if is_right_to_left(report.lang):
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        doc.setDefaultTextOption(option)
    doc.setHtml(_print_html(report, voices))
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def render_pdf(report: Report, path: str | Path, page_size: PageSize = "A4", tr: Translate | None = None) -> Path:
    """Write the PDF to ``path`` (only there), readable by its owner only."""
    from hardener.report.files import write_private

    target = Path(path)
    write_private(target, pdf_bytes(report, page_size, tr))
    return target
