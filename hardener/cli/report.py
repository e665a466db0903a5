"""``hardener report``: scan the phone and write the hand-over report where the person says.

The report is written to ``--out`` and nowhere else (it is rendered in memory first, so a
failure leaves no partial file). With ``--to-phone`` a copy also goes to the phone's Download
folder, after a warning, because anyone who searches the phone can read it there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hardener.cli import device
from hardener.cli.audit import PRACTICE, progress_printer
from hardener.i18n.markers import N_, Words
from hardener.session import journal as jr
from hardener.session.visit import RecordStatus

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
BAD_SUFFIX = N_("The report file must end in .pdf or .html: {path}")
NO_FOLDER = N_("The folder for the report does not exist: {folder}")
IS_FOLDER = N_("That is a folder; give a file name ending in .pdf or .html: {path}")
WRITTEN = N_("Report written to {path}")
ON_PHONE = N_("A copy is on the phone: {path}")
JOURNAL_UNREADABLE = N_("The undo record on the phone could not be read, so the report cannot say what was changed.")


def _language_codes() -> list[str]:
    from hardener.i18n.languages import CODES

    return sorted(CODES)


def _fail(words: Words, message: str, **params: object) -> int:
    print("hardener: " + words.say(message, params), file=sys.stderr)
    return 2


def cmd_report(args: argparse.Namespace) -> int:
    from hardener.report.files import write_private
    from hardener.report.handover import build_report, device_identifiers
    from hardener.report.render import pdf_bytes, render_html
    from hardener.report.to_phone import (
        NOT_WITH_SPYING_APP,
        SAVE_TO_PHONE_WARNING,
        check_name,
        copy_on_phone_is_safe,
        save_to_phone,
    )

    words: Words = args.words
    out = Path(args.out).expanduser()
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        return _fail(words, BAD_SUFFIX, path=str(out))
    if out.is_dir():
        return _fail(words, IS_FOLDER, path=str(out))
    if not out.parent.is_dir():
        return _fail(words, NO_FOLDER, folder=str(out.parent))
    if args.to_phone:
        check_name(args.phone_name)  # refuse a bad name before touching the phone

    with device.visit(args) as visit:
        if visit.connection is not None and visit.connection.is_practice:
            print(words(PRACTICE), file=sys.stderr)
        findings = visit.scan(progress_printer(args.words, True), show_names=args.include_ids)
        if visit.record_status is RecordStatus.LOCKED:
            if args.undo_code is None:
                print("hardener: " + words(jr.UndoCodeNeeded.message), file=sys.stderr)
            else:
                try:
                    visit.open_record(args.undo_code)
                except (jr.JournalCorrupt, jr.WrongUndoCode):
                    print(words(JOURNAL_UNREADABLE), file=sys.stderr)
        facts = visit.report_facts()
        assert visit.snapshot is not None
        extra = {"serial": args.serial} if getattr(args, "serial", None) else None
        report = build_report(
            facts.findings,
            facts.result,
            undo_available=facts.undo_available,
            changes_locked=facts.changes_locked,
            undo_code=str(args.undo_code) if args.undo_code is not None and args.include_undo_code else "",
            lang=args.lang,
            include_ids=args.include_ids,
            device_ids=device_identifiers(visit.snapshot, extra),
        )
        page = render_html(report)  # the copy on the phone: the person's language only
        also = args.also_in
        if kind == "pdf":
            data = pdf_bytes(report, args.page_size, also=also)
        else:
            data = render_html(report, also=also).encode("utf-8")
        write_private(out, data)
        print(words.say(WRITTEN, {"path": str(out)}))
        if args.to_phone:
            if not copy_on_phone_is_safe(list(findings)):
                print(words(NOT_WITH_SPYING_APP), file=sys.stderr)
                return 1
            print(words(SAVE_TO_PHONE_WARNING), file=sys.stderr)
            where = save_to_phone(visit.channel, page, args.phone_name)
            print(words.say(ON_PHONE, {"path": where}))
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    from hardener.report.to_phone import DEFAULT_NAME

    p = sub.add_parser("report", help="write a plain report for the person to keep (PDF or HTML)")
    device.add_selector(p)
    device.add_undo_code_option(p)
    p.add_argument("--include-undo-code", action="store_true",
                   help="also print the undo code on the report (whoever holds the report and the phone can then "
                        "read the record); needs --undo-code")
    p.add_argument("--out", required=True, metavar="FILE", help="where to save it: a name ending in .pdf or .html")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="paper size of a PDF (default A4)")
    p.add_argument(
        "--include-ids",
        action="store_true",
        help="also name the serial number, the accounts and the apps (by default an app is 'a dating app', "
        "'a messaging app', ...)",
    )
    p.add_argument(
        "--to-phone",
        action="store_true",
        help="also save the report (HTML) in the phone's Download folder, where anyone who searches the phone can "
        "read it",
    )
    p.add_argument(
        "--phone-name", default=DEFAULT_NAME, metavar="NAME", help=f"file name on the phone (default {DEFAULT_NAME})"
    )
    p.add_argument("--lang", default=None, choices=_language_codes(), metavar="CODE",
                   help="language of the report and the messages (default: the system's): "
                   + ", ".join(_language_codes()))
    p.add_argument("--also-in", default=None, choices=_language_codes(), metavar="CODE",
                   help="also in this language, side by side (the trainer's), e.g. --lang th --also-in en")
    p.set_defaults(func=cmd_report)
    return p
