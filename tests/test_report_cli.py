"""``hardener report`` end to end against the practice phone, and saving a copy on the phone."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from hardener import cli
from hardener.adb.connect import Connector, DeviceSelector
from hardener.cli.report import add_parsers as add_report_parser
from hardener.cli.report import cmd_report
from hardener.errors import UnsafeValue
from hardener.i18n.markers import fill
from hardener.report.app_words import neutral_params
from hardener.report.neutral import is_neutral
from hardener.report.to_phone import DEFAULT_NAME, SAVE_TO_PHONE_WARNING, check_name, save_to_phone

PAGE = "<!DOCTYPE html><html><body>x</body></html>"


def report_parser() -> argparse.ArgumentParser:
    """The top-level parser with ``report`` added, whether or not hardener.cli has wired it yet."""
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in sub.choices:
        add_report_parser(sub)
    return parser


def run(argv: list[str]) -> int:
    return cli.main(argv)


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())  # ligatures ("ﬁ") and line breaks undone


def getprop(sim: object, name: str) -> str:
    out = sim.phone.run_shell(f"getprop {name}")  # type: ignore[attr-defined]
    return out.stdout.decode().strip()


@pytest.fixture
def on_practice_phone(practice_phone, test_signer, monkeypatch):
    """Make the CLI's --tcp connection use the test key, so no keyring is touched."""

    def start(persona: str = "pixel-14") -> object:
        sim = practice_phone(persona)

        def open_connection(_args: argparse.Namespace) -> object:
            return Connector(DeviceSelector(tcp=sim.serial), signer=test_signer, auth_timeout_s=10.0).connect()

        monkeypatch.setattr(cli.device, "open_connection", open_connection)
        return sim

    return start


# --- the parser -----------------------------------------------------------------------------------


def test_report_options():
    args = report_parser().parse_args(["report", "--demo", "--out", "r.pdf", "--page-size", "Letter",
                                       "--include-ids", "--to-phone", "--lang", "fr"])
    assert args.func is cmd_report
    assert (args.demo, args.out, args.page_size, args.include_ids, args.to_phone, args.lang) == (
        "", "r.pdf", "Letter", True, True, "fr")
    args = report_parser().parse_args(["report", "--tcp", "127.0.0.1:5555", "--out", "r.html"])
    # No --lang: the system's language, chosen when the command runs (tests run under C.UTF-8).
    assert (args.page_size, args.include_ids, args.to_phone, args.lang) == ("A4", False, False, None)
    with pytest.raises(SystemExit):
        report_parser().parse_args(["report", "--demo"])  # --out is required: nothing is written by default
    with pytest.raises(SystemExit):
        report_parser().parse_args(["report", "--out", "r.pdf", "--page-size", "A5"])


@pytest.mark.parametrize("name", ["report.txt", "report", "report.pdf.exe"])
def test_an_unknown_format_is_refused_before_connecting(tmp_path, monkeypatch, capsys, name):
    monkeypatch.setattr(cli.device, "open_connection", lambda _a: pytest.fail("must not connect"))
    assert run(["report", "--demo", "--out", str(tmp_path / name)]) == 2
    assert ".pdf or .html" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_before_connecting(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli.device, "open_connection", lambda _a: pytest.fail("must not connect"))
    assert run(["report", "--demo", "--out", str(tmp_path / "nowhere" / "r.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


# --- saving on the phone --------------------------------------------------------------------------


class FakeChannel:
    def __init__(self) -> None:
        self.pushed: list[tuple[str, bytes, int]] = []

    def push_bytes(self, data: bytes, device_path: str, mode: int = 0o100600) -> None:
        self.pushed.append((device_path, data, mode))


def test_save_to_phone_pushes_to_downloads_under_a_neutral_name():
    channel = FakeChannel()
    path = save_to_phone(channel, PAGE, DEFAULT_NAME)  # type: ignore[arg-type]
    assert path == "/sdcard/Download/phone-safety-check.html"
    assert channel.pushed == [(path, PAGE.encode(), 0o100644)]
    assert is_neutral(DEFAULT_NAME.replace("-", " "))


@pytest.mark.parametrize(
    "name",
    ["", "../etc/passwd", "a/b", "a b", "x;reboot", "-rf", "x'y", "é", "a" * 49, "sex-work-check", "client_list",
     "Outreach-2024", "police"],
)
def test_save_to_phone_refuses_unsafe_or_telling_names(name):
    channel = FakeChannel()
    with pytest.raises(UnsafeValue):
        save_to_phone(channel, PAGE, name)  # type: ignore[arg-type]
    assert channel.pushed == []


def test_check_name_accepts_plain_names():
    for name in ("phone-safety-check", "check_2", "A1"):
        assert check_name(name) == name


def test_the_warning_says_anyone_who_searches_the_phone_can_read_it():
    assert "Anyone who searches the phone" in SAVE_TO_PHONE_WARNING
    assert is_neutral(SAVE_TO_PHONE_WARNING)


# --- against the practice phone -------------------------------------------------------------------


def test_demo_report_pdf_names_the_findings_and_no_serial(tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert run(["report", "--demo", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdftotext(out)
    assert "Phone safety check" in text and "What was found" in text
    from hardener.sim.personas import load_persona

    phone = load_persona("pixel-14")  # the default --demo persona, built afresh: same serial, same findings
    serial = phone.run_shell("getprop ro.serialno").stdout.decode().strip()
    assert serial and serial not in text
    assert list(tmp_path.iterdir()) == [out]
    assert f"Report written to {out}" in capsys.readouterr().out


def test_report_names_findings_and_hides_ids_unless_asked(on_practice_phone, tmp_path):
    from hardener.checks import run_checks
    from hardener.device.gather import gather

    sim = on_practice_phone("pixel-14")
    serial = getprop(sim, "ro.serialno")
    assert serial, "the persona should have a serial number"
    with cli.device.open_connection(argparse.Namespace()) as conn:
        snap = gather(conn.channel)
    accounts = [a.name for a in (snap.accounts.value or ())]
    problems = [f for f in run_checks(snap) if f.is_problem]
    assert problems, "the persona should have something to report"

    out = tmp_path / "plain.pdf"
    assert run(["report", "--tcp", sim.serial, "--out", str(out)]) == 0
    text = pdftotext(out)
    assert serial not in text
    for name in accounts:
        assert name not in text
        assert name.split("@")[0] not in text
    # Apps are named by their kind ("A dating app can read your contacts") unless names are asked for.
    titles = [fill(f.title, neutral_params(f, f.title)) for f in problems]
    for title in titles:
        if is_neutral(title):
            assert " ".join(title.split()) in text, title

    out = tmp_path / "ids.pdf"
    assert run(["report", "--tcp", sim.serial, "--out", str(out), "--include-ids"]) == 0
    assert serial in pdftotext(out)


def test_html_report_and_a_copy_on_the_phone(on_practice_phone, tmp_path, capsys):
    sim = on_practice_phone("pixel-14")
    out = tmp_path / "report.html"
    assert run(["report", "--tcp", sim.serial, "--out", str(out), "--to-phone"]) == 0
    captured = capsys.readouterr()
    assert SAVE_TO_PHONE_WARNING in captured.err
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    on_phone = sim.phone.read_file("/sdcard/Download/phone-safety-check.html")
    assert on_phone == page.encode("utf-8")
    assert "/sdcard/Download/phone-safety-check.html" in captured.out
    assert list(tmp_path.iterdir()) == [out]
    assert out.stat().st_mode & 0o777 == 0o600


def test_report_after_apply_lists_the_changes_from_the_phones_journal(on_practice_phone, tmp_path, monkeypatch,
                                                                       capsys):
    from hardener.session.profiles import find_profile

    sim = on_practice_phone("samsung-11")
    monkeypatch.setattr("builtins.input", lambda _q="": "n")  # "cannot be undone, do it?" -> no
    capsys.readouterr()
    assert run(["apply", "arrest-raid", "--tcp", sim.serial, "--yes"]) in (0, 1)
    code = re.search(r"Undo code: (\S+)", capsys.readouterr().out).group(1)
    titles = {r.title for r in find_profile("arrest-raid").rules}

    # Without the code the record is noise: the report says changes may be there, not which.
    out = tmp_path / "no-code.html"
    assert run(["report", "--tcp", sim.serial, "--out", str(out)]) == 0
    unopened = out.read_text(encoding="utf-8").split('<section id="changed">', 1)[1].split("</section>", 1)[0]
    assert not any(t in unopened for t in titles if is_neutral(t))

    out = tmp_path / "after-apply.html"
    assert run(["report", "--tcp", sim.serial, "--undo-code", code, "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    changed = page.split('<section id="changed">', 1)[1].split("</section>", 1)[0]
    assert "Nothing was changed" not in changed
    assert any(t in changed for t in titles if is_neutral(t))
    assert "on any computer, and choose Undo" in page

    assert run(["undo", "--tcp", sim.serial, "--undo-code", code, "--yes"]) == 0
    out = tmp_path / "after-undo.html"
    assert run(["report", "--tcp", sim.serial, "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Nothing was changed on this phone." in page


def test_no_copy_on_a_phone_with_a_spying_app(on_practice_phone, tmp_path, capsys):
    from hardener.report.to_phone import NOT_WITH_SPYING_APP

    sim = on_practice_phone("old-9")
    out = tmp_path / "report.pdf"
    assert run(["report", "--tcp", sim.serial, "--out", str(out), "--to-phone"]) == 1
    assert NOT_WITH_SPYING_APP in capsys.readouterr().err
    assert out.is_file()  # the person's own copy is still written
    assert sim.phone.read_file("/sdcard/Download/phone-safety-check.html") is None
