"""The hand-over report as data and as HTML/PDF: contents, neutrality, identifiers, languages."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from hardener.checks.finding import AutoFix, Family, Finding, GuideRef, ManualStep, Severity
from hardener.i18n import I18N_DIR
from hardener.report import handover as h
from hardener.report.handover import build_report
from hardener.report.render import pdf_bytes, render_html, render_pdf, translator_for
from hardener.session import journal as jr
from hardener.session.apply import ApplyResult, ChangeOutcome
from hardener.session.history import UNKNOWN_CHANGE, result_from_journal
from hardener.session.plan import PlannedChange, change_key

# Words the report must never show, in any language it ships in. Kept here, apart from
# hardener.report.neutral, so a change to the product's list cannot quietly weaken the test.
FORBIDDEN = re.compile(
    r"(?<!\w)(sex\w*|escort\w*|clients?|prostitu\w*|nswp|drop[- ]?in\w*|centres?|centers?|outreach|police\w*|"
    r"arrest\w*|brothel\w*|секс\w*|проститу\w*|полиц\w*|клиент\w*)(?!\w)|性工作|卖淫|警察",
    re.IGNORECASE,
)

GUIDE = GuideRef(
    "Key findings",
    "Law enforcement also go through sex workers’ phones when they are arrested, paying special attention "
    "to their messages and Google Translate history.",
)
SERIAL = "R58N12ABCDE"
ACCOUNT = "maria.lopez@example.com"
LOCATION = "android.permission.ACCESS_FINE_LOCATION"


def _fix(pkg: str) -> AutoFix:
    return AutoFix("revoke_permission", {"package": pkg, "permission": LOCATION})


def sample_findings() -> list[Finding]:
    return [
        Finding(
            "lock.no_secure_lock", Family.LOCK, Severity.CRITICAL, "The phone has no screen lock",
            "Anyone who picks up the phone can open it and read everything on it.", GUIDE,
            manual_steps=(ManualStep("Set a screen lock", "Open Settings, then Security, then Screen lock."),),
        ),
        Finding(
            "permissions.location", Family.PERMISSIONS, Severity.HIGH, "{app} can see where you are",
            "This app can tell anyone who reads its data where the phone has been.", GUIDE,
            subject="com.example.maps", params={"app": "com.example.maps"}, auto_fixes=(_fix("com.example.maps"),),
            manual_steps=(ManualStep("Take location away from {app}", "Open Settings, then Apps, then Permissions."),),
        ),
        Finding(
            "permissions.location", Family.PERMISSIONS, Severity.HIGH, "{app} can see where you are",
            "This app can tell anyone who reads its data where the phone has been.", GUIDE,
            subject="com.example.chat", params={"app": "com.example.chat"}, auto_fixes=(_fix("com.example.chat"),),
        ),
        Finding(
            "cloud.sync_contacts", Family.CLOUD, Severity.MEDIUM, "The account {account} copies your contacts",
            "Anyone with the password, or the company when police ask, can read them without your phone.", GUIDE,
            subject="com.google", params={"account": ACCOUNT},
        ),
        Finding(
            "lock.unknown_trust", Family.LOCK, Severity.UNKNOWN, "Could not read the trusted places",
            "The phone did not say. Check Smart Lock in Settings.", GUIDE,
        ),
        Finding("lock.encrypted", Family.LOCK, Severity.OK, "The phone is encrypted", "Good.", GUIDE),
    ]


def planned(title: str, pkg: str, *, reversible: bool = True, kind: str = "revoke_permission") -> PlannedChange:
    args = {"package": pkg, "permission": LOCATION} if kind == "revoke_permission" else {"package": pkg}
    return PlannedChange(change_key(kind, args), "rule-1", kind, args, title, "granted", "not granted",
                         reversible, False)


def english(report: h.Report) -> str:
    return render_html(report, tr=lambda t: t)


def visible_text(page: str) -> str:
    """What a reader sees: the text between tags, without the style block."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return re.sub(r"<[^>]+>", " ", page)


# --- contents -----------------------------------------------------------------------------------


def test_title_is_neutral_and_sections_come_in_reading_order():
    report = build_report(sample_findings(), None, False, "en")
    assert report.title.msgid == "Phone safety check"
    assert [s.id for s in report.sections] == ["found", "changed", "manual", "undo", "soon", "taken"]


def test_findings_are_grouped_worst_first_with_plain_explanations_and_no_guide_quote():
    report = build_report(sample_findings(), None, False, "en")
    found = report.section("found")
    assert found is not None
    headings = [g.heading.msgid for g in found.groups if g.heading]
    # What could not be checked is its own group, before "already fine": never mixed in with
    # what was found, never counted as fine.
    assert headings == [h.FAMILY_TITLES[Family.LOCK], h.FAMILY_TITLES[Family.PERMISSIONS],
                        h.FAMILY_TITLES[Family.CLOUD], h.GAPS_TITLE, h.FINE_HEADING]
    lock = found.groups[0].items
    assert [i.severity for i in lock] == [Severity.CRITICAL]
    assert lock[0].body[0].msgid.startswith("Anyone who picks up the phone")
    gaps = found.groups[3].items
    assert [(i.title.msgid, i.severity) for i in gaps] == [("Could not read the trusted places", Severity.UNKNOWN)]
    assert gaps[0].body  # and why
    text = visible_text(english(report))
    assert "An app can see where you are" in text  # named by its kind: the person did not ask for names
    assert "com.example.maps" not in text
    assert "The phone is encrypted" in text  # under "Already fine", without an explanation
    assert "Law enforcement" not in text and "Google Translate history" not in text
    assert not FORBIDDEN.search(text), FORBIDDEN.findall(text)


def test_a_report_without_problems_says_what_could_not_be_checked_and_never_safe():
    findings = [f for f in sample_findings() if not f.is_problem and f.severity != Severity.INFO]
    report = build_report(findings, None, False, "en")
    found = report.section("found")
    assert found is not None
    assert [t.msgid for t in found.intro] == [h.NOTHING_FOUND]
    text = visible_text(english(report))
    assert "Nothing found in what could be checked." in text
    assert "Could not be checked" in text and "Could not read the trusted places" in text
    assert "safe" not in text.lower().replace("safety", "").replace("somewhere safe", "")


def test_an_explanation_or_title_that_is_not_neutral_is_not_shown():
    report = build_report(sample_findings(), None, False, "en")
    page = english(report)
    assert "when police ask" not in page  # that explanation is left out whole
    assert "copies your contacts" in page  # but its finding is still listed
    odd = Finding("permissions.x", Family.PERMISSIONS, Severity.HIGH, "{app} is installed", "An app.", GUIDE,
                  params={"app": "com.escortads.app"})
    page = english(build_report([odd], None, False, "en"))
    assert "escort" not in page.lower()
    assert "An app is installed" in page  # by default the app is named by its kind
    page = english(build_report([odd], None, False, "en", include_ids=True))
    assert "escort" not in page.lower()  # asked for names, a name that is not neutral still is not shown
    assert h.PLAIN_TITLE in page


def test_nothing_changed_and_nothing_to_undo_without_an_apply():
    report = build_report(sample_findings(), None, False, "en")
    changed, undo = report.section("changed"), report.section("undo")
    assert changed is not None and undo is not None
    assert [t.msgid for t in changed.intro] == [h.CHANGED_NOTHING]
    assert [t.msgid for t in undo.intro] == [h.UNDO_NOTHING]


def test_changes_made_and_not_made_and_how_to_do_them_by_hand():
    done = planned("Take location away from apps", "com.example.chat")
    refused = planned("Take location away from apps", "com.example.maps")
    wiped = planned("Clear the translator's history", "com.example.translate", reversible=False, kind="clear_data")
    result = ApplyResult(
        (ChangeOutcome(done, "done"), ChangeOutcome(refused, "not_applied", "the phone kept the old value"),
         ChangeOutcome(wiped, "done")),
        round_trips=7,
    )
    report = build_report(sample_findings(), result, True, "en")
    text = visible_text(english(report))
    changed = report.section("changed")
    assert changed is not None
    titles = [i.title.msgid for g in changed.groups for i in g.items]
    assert titles == ["Take location away from apps", "Clear the translator's history"]
    assert "Apps: an app" in text and "com.example.chat" not in text  # by kind, unless names are asked for
    with_names = visible_text(english(build_report(sample_findings(), result, True, "en", include_ids=True)))
    assert "Apps: com.example.chat" in with_names
    manual = report.section("manual")
    assert manual is not None
    first = manual.groups[0].items[0]
    assert first.title.msgid == "Take location away from apps"
    assert first.body[0].msgid == h.NOT_DONE
    assert "Open Settings, then Apps, then Permissions." in [t.msgid for t in first.body]
    # The screen lock was never offered as a change: its own step is listed, then forgetting the laptop.
    assert [i.title.msgid for i in manual.groups[0].items][-2:] == ["Set a screen lock", h.REVOKE_TITLE]
    undo = report.section("undo")
    assert undo is not None
    assert h.UNDO_HOW in [t.msgid for t in undo.intro]
    assert "any computer" in text and "choose Undo" in text
    assert [i.title.msgid for g in undo.groups for i in g.items] == ["Clear the translator's history"]


def test_skipped_changes_say_they_were_not_chosen():
    skipped = planned("Clear the translator's history", "com.example.translate", reversible=False, kind="clear_data")
    report = build_report([], ApplyResult((ChangeOutcome(skipped, "skipped", "not confirmed"),), 3), False, "en")
    manual = report.section("manual")
    assert manual is not None
    assert manual.groups[0].items[0].body[0].msgid == h.NOT_CHOSEN


def test_undo_record_gone_after_changes():
    done = planned("Take location away from apps", "com.example.chat")
    report = build_report([], ApplyResult((ChangeOutcome(done, "done"),), 5), False, "en")
    undo = report.section("undo")
    assert undo is not None and [t.msgid for t in undo.intro] == [h.UNDO_GONE]


def test_what_to_do_if_the_phone_is_taken():
    text = visible_text(english(build_report([], None, False, "en"))).lower()
    for advice in ("change your passwords", "sign out", "sim card", "copied", "group"):
        assert advice in text, advice


# --- identifiers ---------------------------------------------------------------------------------


IDS = {"serial": SERIAL, "account:1": ACCOUNT}


def test_default_report_names_no_serial_and_no_account():
    page = english(build_report(sample_findings(), None, False, "en", device_ids=IDS))
    assert SERIAL not in page
    assert ACCOUNT not in page and "maria" not in page.lower()
    assert "The account ••• copies your contacts" in page


def test_identifiers_shown_only_when_asked():
    report = build_report(sample_findings(), None, False, "en", include_ids=True, device_ids=IDS)
    assert report.sections[0].id == "ids"
    page = english(report)
    assert SERIAL in page and ACCOUNT in page
    assert "Serial number" in page


def test_an_identifier_inside_a_text_drops_that_text():
    leaky = Finding("lock.x", Family.LOCK, Severity.HIGH, "Phone R58N12ABCDE has an old patch", "Old.", GUIDE)
    page = english(build_report([leaky], None, False, "en", device_ids=IDS))
    assert SERIAL not in page
    assert h.PLAIN_TITLE in page


# --- HTML ---------------------------------------------------------------------------------------


def test_html_is_self_contained_and_made_for_a_phone_screen():
    page = english(build_report(sample_findings(), None, True, "en"))
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert '<meta charset="utf-8">' in page
    assert "default-src 'none'" in page
    lowered = page.lower()
    for banned in ("<script", "javascript:", "http://", "https://", " src=", "href=", "url(", "@import", "<link",
                   "<img", "<iframe", " on"):
        if banned == " on":
            assert not re.search(r"<[^>]+\son\w+=", lowered)
        else:
            assert banned not in lowered, banned
    assert "max-width: 40rem" in page and "font-size: 1.25rem" in page


def test_html_escapes_what_came_from_the_phone():
    odd = Finding("permissions.x", Family.PERMISSIONS, Severity.HIGH, "{app} can see where you are", "x", GUIDE,
                  params={"app": "<img src=x onerror=alert(1)>"})
    page = english(build_report([odd], None, False, "en", include_ids=True))  # names asked for: shown, escaped
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_html_lang_attribute_follows_the_report_language():
    assert '<html lang="zh-CN" dir="ltr">' in render_html(build_report([], None, False, "zh_CN"), tr=lambda t: t)
    assert '<html lang="ar" dir="rtl">' in render_html(build_report([], None, False, "ar"), tr=lambda t: t)


def test_a_report_in_two_languages_shows_each_block_in_both_side_by_side():
    """The person's language and the trainer's: every heading and item in both, each column with
    its own direction (Arabic right to left, English left to right), in the web page and the PDF."""
    report = build_report(sample_findings(), None, False, "ar")
    page = render_html(report, also="en")
    assert page.count('<div class="two">') > 5
    assert '<div lang="ar" dir="rtl">' in page and '<div lang="en" dir="ltr">' in page
    english = visible_text(render_html(build_report(sample_findings(), None, False, "en")))
    assert "Phone safety check" in visible_text(page) and "Phone safety check" in english
    assert visible_text(page) != english  # the Arabic column is there too
    pdf = pdf_bytes(report, also="en")
    assert pdf.startswith(b"%PDF")


def test_pseudo_language_translates_every_text():
    page = render_html(build_report(sample_findings(), None, False, "en_XA"))
    text = visible_text(page)
    assert "Phone safety check" not in text
    assert "⟦" in text


def test_a_translation_that_breaks_neutrality_falls_back_to_english():
    def bad(text: str) -> str:
        return "Vérification pour travailleuses du sexe" if text == h.TITLE else text

    page = render_html(build_report([], None, False, "fr"), tr=bad)
    assert "sexe" not in page
    assert "<title>Phone safety check</title>" in page


def test_english_needs_no_catalogue_and_unknown_languages_fall_back_to_english():
    assert translator_for("en")("Phone safety check") == "Phone safety check"
    assert translator_for("xx")("Phone safety check") == "Phone safety check"


# --- every shipped language ------------------------------------------------------------------------


def _ts_translators() -> dict[str, Callable[[str], str]]:
    """One translate function per .ts file present (a .ts is the source of a shipped language)."""
    out: dict[str, Callable[[str], str]] = {}
    for ts in sorted(Path(I18N_DIR).glob("*.ts")):
        table: dict[str, str] = {}
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source and translation is not None and translation.text:
                table[source] = translation.text
        out[ts.stem] = lambda t, table=table: table.get(t, t)
    return out


LANGUAGES = {"en": lambda t: t, **_ts_translators()}


def _all_texts_report() -> h.Report:
    done = planned("Take location away from apps", "com.example.chat")
    wiped = planned("Clear the translator's history", "com.example.translate", reversible=False, kind="clear_data")
    refused = planned("Take location away from apps", "com.example.maps")
    result = ApplyResult(
        (ChangeOutcome(done, "done"), ChangeOutcome(wiped, "done"), ChangeOutcome(refused, "failed", "x")), 8
    )
    return build_report(sample_findings(), result, True, "en", include_ids=True, device_ids=IDS)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_forbidden_word_in_any_shipped_language(lang):
    for report in (_all_texts_report(), build_report([], None, False, "en")):
        text = visible_text(render_html(report, tr=LANGUAGES[lang]))
        assert not FORBIDDEN.search(text), (lang, FORBIDDEN.findall(text))


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_report_text_is_neutral_in_every_shipped_language(lang):
    """The report's own texts, translated, whatever report they end up in."""
    tr = LANGUAGES[lang]
    own = [v for k, v in vars(h).items() if k.isupper() and isinstance(v, str) and k != "MASK"]
    own += list(h.FAMILY_TITLES.values()) + list(h.SEVERITY_LABELS.values()) + list(h.ID_LABELS.values())
    own += [t for pair in h.SOON_ITEMS + h.TAKEN_ITEMS for t in pair]
    for text in own:
        assert not FORBIDDEN.search(tr(text)), (lang, text, tr(text))


# --- PDF ----------------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
def test_pdf_names_the_findings_and_no_identifier(qapp, tmp_path):
    path = render_pdf(build_report(sample_findings(), None, False, "en", device_ids=IDS), tmp_path / "r.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    assert path.stat().st_mode & 0o777 == 0o600
    text = _pdftotext(path)
    assert "Phone safety check" in text
    assert "The phone has no screen lock" in text
    assert SERIAL not in text and "maria" not in text.lower()
    assert not FORBIDDEN.search(text)
    assert list(tmp_path.iterdir()) == [path]  # nothing written beside it


@needs_poppler
@pytest.mark.parametrize(("size", "points"), [("A4", "595 x 842 pts (A4)"), ("Letter", "612 x 792 pts (letter)")])
def test_pdf_page_size(qapp, tmp_path, size, points):
    path = render_pdf(build_report([], None, False, "en"), tmp_path / "r.pdf", page_size=size)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert points in info
    assert "Title:           Phone safety check" in info


def test_pdf_refuses_an_unknown_page_size():
    with pytest.raises(ValueError):
        pdf_bytes(build_report([], None, False, "en"), "A5")  # type: ignore[arg-type]


# --- from the journal on the phone ----------------------------------------------------------------


def test_changes_read_back_from_the_journal():
    def entry(key: str, status: str, reversible: bool = True) -> jr.JournalEntry:
        return jr.JournalEntry(key, "setting", {"table": "secure", "key": key, "value": "0"}, "1", "0",
                               reversible, jr.EntryStatus(status))

    journal = jr.Journal(jr.APPLIED, (entry("a", jr.DONE), entry("b", jr.RESTORED), entry("c", jr.PENDING),
                                      entry("d", jr.NOT_APPLIED)))
    result = result_from_journal(journal)
    assert [(o.change.key, o.status) for o in result.outcomes] == [("a", "done"), ("c", "maybe"),
                                                                     ("d", "not_applied")]
    # The record names no rule: titles come from this session's plan, or a plain fallback.
    assert all(o.change.title == UNKNOWN_CHANGE for o in result.outcomes)
    titled = result_from_journal(journal, {"a": "Hide message content on the lock screen"})
    assert titled.outcomes[0].change.title == "Hide message content on the lock screen"


def test_a_plans_own_steps_are_listed_and_their_words_checked():
    from hardener.session.plan import ManualItem

    steps = [
        ManualItem("rule-a", "Switch off lock-screen previews", "Open Settings, then Notifications.", None, None),
        ManualItem("rule-b", "Switch the phone off when needed", "If you expect police, switch it off.", None, None),
    ]
    report = build_report([], None, False, "en", manual_steps=steps)
    manual = report.section("manual")
    assert manual is not None
    items = {i.title.msgid: [t.msgid for t in i.body] for i in manual.groups[0].items}
    assert items["Switch off lock-screen previews"] == ["Open Settings, then Notifications."]
    assert "Switch the phone off when needed" not in items  # no made-up "how" under its title


# --- every persona of the practice phone, in every shipped language ------------------------------


@pytest.mark.parametrize("persona", ["pixel-14", "samsung-11", "old-9"])
def test_real_findings_give_a_neutral_report_without_identifiers(practice_phone, connect_to, persona):
    from hardener.checks import run_checks
    from hardener.device.gather import gather

    sim = practice_phone(persona)
    conn = connect_to(sim)
    snap = gather(conn.channel)
    ids = h.device_identifiers(snap)
    assert "serial" in ids, "the persona's serial number should be known"
    for show_names in (False, True):  # even unmasked findings must not leak names into the report
        findings = run_checks(snap, show_names=show_names)
        report = build_report(findings, None, False, "en", device_ids=ids)
        for lang, tr in LANGUAGES.items():
            text = visible_text(render_html(report, tr=tr))
            assert not FORBIDDEN.search(text), (persona, lang, FORBIDDEN.findall(text))
            for value in ids.values():
                assert value.lower() not in text.lower(), (persona, lang, value)
    page = english(build_report(run_checks(snap), None, False, "en", include_ids=True, device_ids=ids))
    assert ids["serial"] in page
