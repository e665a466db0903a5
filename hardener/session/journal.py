"""The undo journal, kept on the phone so undo works from any laptop and the laptop keeps nothing.

It lives under ``/data/local/tmp`` (readable only through ADB, not by apps) and holds what each
change replaced: setting values, permission flags, app-op modes, package states. Never
messages, accounts or other personal data. Every entry is written *before* its change is
made, so a cable pulled at any moment leaves either an untouched phone or a journal that
names every change that may have happened.

The file is replaced atomically: pushed under a temporary name, then renamed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from hardener.adb import quoting as q
from hardener.adb.channel import Channel
from hardener.errors import HardenerError, JournalError, PhoneRefused
from hardener.i18n.markers import N_

JOURNAL_DIR = "/data/local/tmp/hardener"
JOURNAL_PATH = f"{JOURNAL_DIR}/journal.json"
FORMAT = 1
MAX_JOURNAL_BYTES = 4 * 1024 * 1024

# Entry statuses: written before the change ("pending"), then what the re-read showed.
PENDING, DONE, NOT_APPLIED, FAILED, RESTORED = "pending", "done", "not_applied", "failed", "restored"
# Journal states.
APPLYING, APPLIED = "applying", "applied"


@dataclass(frozen=True)
class JournalEntry:
    key: str
    kind: str
    args: dict[str, Any]
    before: Any
    target: Any
    reversible: bool
    status: str = PENDING
    rule_id: str = ""


@dataclass(frozen=True)
class Journal:
    state: str
    profile: str
    started: str
    entries: tuple[JournalEntry, ...] = field(default_factory=tuple)

    def with_entries(self, entries: list[JournalEntry], state: str | None = None) -> Journal:
        return replace(self, entries=tuple(entries), state=state or self.state)

    @property
    def undoable(self) -> tuple[JournalEntry, ...]:
        return tuple(e for e in self.entries if e.reversible and e.status != RESTORED)

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "tool": "hardener",
            "state": self.state,
            "profile": self.profile,
            "started": self.started,
            "entries": [asdict(e) for e in self.entries],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


class JournalCorrupt(HardenerError):
    """The file on the phone is not a journal we wrote; we never act on it."""

    message = N_(
        "The undo record on this phone is damaged, so hardener will not use it. "
        "You can erase it (undo --forget) and check the phone's settings by hand."
    )


def new_journal(profile: str) -> Journal:
    return Journal(APPLYING, profile, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def parse_journal(data: bytes) -> Journal:
    if len(data) > MAX_JOURNAL_BYTES:
        raise JournalCorrupt("too large")
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("tool") != "hardener" or doc.get("format") != FORMAT:
            raise JournalCorrupt("not a hardener journal")
        entries = tuple(
            JournalEntry(
                key=str(e["key"]),
                kind=str(e["kind"]),
                args=dict(e["args"]),
                before=e["before"],
                target=e["target"],
                reversible=bool(e["reversible"]),
                status=str(e["status"]),
                rule_id=str(e.get("rule_id", "")),
            )
            for e in doc["entries"]
        )
        return Journal(str(doc["state"]), str(doc["profile"]), str(doc["started"]), entries)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise JournalCorrupt(str(exc)) from exc


def read_journal(channel: Channel) -> Journal | None:
    """The journal on the phone, or None when there is none."""
    data = channel.pull_bytes(JOURNAL_PATH)
    if not data:
        return None
    return parse_journal(data)


def write_journal(channel: Channel, journal: Journal) -> None:
    tmp = JOURNAL_PATH + ".tmp"
    channel.run(q.command("mkdir", "-p", JOURNAL_DIR))
    try:
        channel.push_bytes(journal.to_json(), tmp, mode=0o100600)
    except PhoneRefused as exc:
        raise JournalError(exc.detail) from exc
    out = channel.run(q.command("mv", tmp, JOURNAL_PATH))
    if out.failure is not None or out.exit_code not in (0, None) or out.text.strip():
        raise JournalError(f"mv failed: {out.failure or out.text.strip()[:200]}")


def forget_journal(channel: Channel) -> bool:
    """Erase the journal; True once the phone no longer has it.

    ``rm -f`` says nothing either way, so the answer comes from asking for the file again: a
    phone that kept it must not be reported as clean.
    """
    channel.run(q.command("rm", "-f", JOURNAL_PATH, JOURNAL_PATH + ".tmp"))
    return channel.pull_bytes(JOURNAL_PATH) is None
