"""The undo record, kept on the phone and sealed with an undo code only the person holds.

Why on the phone: undo must work from any laptop, and the laptop must keep nothing about the
people it served. Why sealed: a phone is exactly what gets seized. A readable record of "what
was changed on this phone, when, for which situation" would tell an examiner what the person
feared and did. So the file says nothing to whoever copies the phone:

- its name and its lock's name are fixed and neutral (nothing names the tool, a situation, a
  rule, a setting, an app or a time); its modification time is set to a system file's;
- its content is ``salt | nonce | AES-256-GCM(padded JSON)``, with the key derived by scrypt
  from a 12-character undo code (60 random bits) that is shown to the person and never
  stored on the laptop or the phone. Without the code, the file is 4 KiB steps of noise;
- the JSON holds only what undo needs: each target, the value it had, the value written, and
  whether it is done. No profile name, no rule, no time;
- :mod:`hardener.session.finish` erases it by default, and every erase is checked.

Every entry is written *before* its change is made, so a cable pulled at any moment leaves
either an untouched phone or a record that names every change that may have happened.
Writers take the phone's lock (a directory: ``mkdir`` is atomic) so two sessions cannot
interleave; a lock older than :data:`LOCK_STALE_S` is taken to be left by a crashed session.
A record is replaced through a name unique to each run, after checking that nobody changed it
since it was read.
"""

from __future__ import annotations

import enum
import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from hardener.adb import quoting as q
from hardener.adb.channel import Channel
from hardener.checks.finding import FixKind
from hardener.errors import HardenerError, JournalError, PhoneRefused, UnsafeValue
from hardener.i18n.markers import N_
from hardener.session.kinds import Args, Change, State, change_of, kind_of

TMP_DIR = "/data/local/tmp"
RECORD_PATH = f"{TMP_DIR}/.state0"
LOCK_PATH = f"{TMP_DIR}/.state0.lock"
# Where the first version kept a readable journal; erased wherever it is found.
LEGACY_DIR = f"{TMP_DIR}/hardener"
# A system file every Android has and the shell may read: the record takes its time stamp, so
# the file's date says when the phone's software was built, not when the person came.
TIME_REFERENCE = "/system/build.prop"
LOCK_STALE_S = 120

FORMAT = 2
MAX_JOURNAL_BYTES = 4 * 1024 * 1024
_PAD = 4096
_SALT, _NONCE = 16, 12
# scrypt at 32 MiB and ~0.1 s a guess; with 60 random bits in the code, guessing is out of reach.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1

# Crockford's base32: no I, L, O or U, so a code copied by hand is hard to get wrong.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
_CODE_FIXUPS = str.maketrans({"O": "0", "I": "1", "L": "1"})


class EntryStatus(enum.StrEnum):
    """Where one change stands: written before the change, then what the re-read showed."""

    PENDING = "pending"  # recorded, the write may or may not have happened
    DONE = "done"
    NOT_APPLIED = "not_applied"  # the re-read showed the old value: nothing changed
    FAILED = "failed"  # the write happened but could not be checked
    RESTORED = "restored"


class RecordState(enum.StrEnum):
    APPLYING = "applying"  # an apply started and has not recorded its outcome
    APPLIED = "applied"


# Short names kept for the modules and tests that use them.
PENDING, DONE, NOT_APPLIED, FAILED, RESTORED = (
    EntryStatus.PENDING, EntryStatus.DONE, EntryStatus.NOT_APPLIED, EntryStatus.FAILED, EntryStatus.RESTORED,
)
APPLYING, APPLIED = RecordState.APPLYING, RecordState.APPLIED


# --- errors ---------------------------------------------------------------------------------------


class JournalCorrupt(HardenerError):
    """The record opened with the code but is not one we wrote; we never act on it."""

    message = N_(
        "The undo record on this phone is damaged, so it will not be used. "
        "You can erase it and check the phone's settings by hand."
    )


class UndoCodeNeeded(HardenerError):
    """A sealed record is on the phone and this session has no code for it."""

    message = N_(
        "This phone keeps an undo record from an earlier visit. Type its undo code to use it, "
        "or erase the record (the earlier changes then stay, and can no longer be undone)."
    )


class WrongUndoCode(HardenerError):
    message = N_("This undo code does not open the record on this phone. Check the code and try again.")


class BadUndoCode(HardenerError):
    message = N_("An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.")


class RecordBusy(HardenerError):
    message = N_(
        "Another session is changing this phone right now. Wait until it has finished, then try "
        "again. (If no other session is running, try again in {minutes} minutes.)"
    )


# --- the undo code ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UndoCode:
    """The person's undo code. Kept in memory only; ``str()`` gives the grouped form to show."""

    text: str  # 12 characters of CODE_ALPHABET
    _keys: dict[bytes, bytes] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def new(cls) -> UndoCode:
        return cls("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))

    @classmethod
    def parse(cls, typed: str) -> UndoCode:
        """Read a code as a person types it: any case, dashes and spaces, O for 0, I or L for 1."""
        text = re.sub(r"[\s\-_.]", "", typed).upper().translate(_CODE_FIXUPS)
        if len(text) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in text):
            raise BadUndoCode("wrong length or letters")
        return cls(text)

    def __str__(self) -> str:
        return "-".join(self.text[i:i + 4] for i in range(0, CODE_LENGTH, 4))

    def __repr__(self) -> str:  # never in a traceback or a log
        return "UndoCode(…)"

    def key(self, salt: bytes) -> bytes:
        if salt not in self._keys:
            kdf = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
            self._keys[salt] = kdf.derive(self.text.encode("ascii"))
        return self._keys[salt]


# --- the record ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntry:
    """One change as the record stores it: ``[key, kind, args, before, target, reversible, status]``.

    ``kind`` and ``args`` stay the kind's name and JSON arguments, the record's format since its
    first version; :attr:`typed` is the same change as its kind's class.
    """

    key: str
    kind: FixKind
    args: Args
    before: State
    target: State
    reversible: bool
    status: EntryStatus = EntryStatus.PENDING

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", FixKind(self.kind))  # a kind's name given as text

    @cached_property
    def typed(self) -> Change:
        """The change as its kind's class (an entry's arguments are validated when it is read)."""
        return change_of(self.kind, self.args)


@dataclass(frozen=True)
class DamagedEntry:
    """An entry that did not pass validation: reported on its own, never acted on."""

    index: int
    problem: str


@dataclass(frozen=True)
class Journal:
    state: RecordState
    entries: tuple[JournalEntry, ...] = ()
    damaged: tuple[DamagedEntry, ...] = ()
    salt: bytes = b""  # the salt of the file it was read from (kept so rewrites reuse the key)

    def with_entries(self, entries: Iterable[JournalEntry], state: RecordState | None = None) -> Journal:
        return replace(self, entries=tuple(entries), state=state or self.state)

    @property
    def undoable(self) -> tuple[JournalEntry, ...]:
        return tuple(
            e for e in self.entries
            if e.reversible and e.status not in (EntryStatus.RESTORED, EntryStatus.NOT_APPLIED)
        )

    @property
    def changed_anything(self) -> bool:
        """Whether any entry may have changed the phone (so the record is worth keeping)."""
        return bool(self.damaged) or any(
            e.status not in (EntryStatus.RESTORED, EntryStatus.NOT_APPLIED) for e in self.entries
        )

    def to_plain(self) -> bytes:
        doc = {
            "v": FORMAT,
            "state": self.state.value,
            "entries": [
                [e.key, e.kind, e.args, e.before, e.target, e.reversible, e.status.value] for e in self.entries
            ],
        }
        return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode("utf-8")


def new_journal() -> Journal:
    return Journal(RecordState.APPLYING, salt=secrets.token_bytes(_SALT))


def _is_state(value: object) -> bool:
    """Whether a recorded value is one a change kind reads and writes (a JSON scalar)."""
    return value is None or isinstance(value, str | bool | int)


def _valid_entry(raw: object) -> JournalEntry:
    """One entry, checked: a known kind, arguments its class accepts, a writable ``before``.

    Checked here and not only when undoing, so one bad entry is reported on its own and never
    stops the others from being put back. The arguments are kept as the kind's class gives them
    back, so what undo acts on is exactly what was validated.
    """
    if not isinstance(raw, list) or len(raw) != 7:
        raise ValueError("not an entry")
    key, kind, args, before, target, reversible, status = raw
    if not isinstance(key, str) or not isinstance(kind, str) or not isinstance(args, dict):
        raise ValueError("bad fields")
    if not _is_state(before) or not _is_state(target):
        raise ValueError("bad values")
    try:
        kind_class = kind_of(kind)
    except UnsafeValue:
        raise ValueError(f"unknown change kind {kind[:40]!r}") from None
    try:
        change = kind_class.from_args(args)
        if change.reversible and reversible:
            change.restore(before)  # raises UnsafeValue when the value cannot be written back
    except (UnsafeValue, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{kind}: {exc}") from exc
    return JournalEntry(key, change.kind, change.to_args(), before, target, bool(reversible), EntryStatus(str(status)))


def parse_plain(data: bytes, salt: bytes = b"") -> Journal:
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("v") != FORMAT:
            raise JournalCorrupt("unknown format")
        state = RecordState(str(doc["state"]))
        entries: list[JournalEntry] = []
        damaged: list[DamagedEntry] = []
        for index, raw in enumerate(doc["entries"]):
            try:
                entries.append(_valid_entry(raw))
            except ValueError as exc:
                damaged.append(DamagedEntry(index, str(exc)[:200]))
        return Journal(state, tuple(entries), tuple(damaged), salt)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise JournalCorrupt(str(exc)[:200]) from exc


def seal(journal: Journal, code: UndoCode) -> bytes:
    """The bytes stored on the phone: no header, no magic, a size in 4 KiB steps."""
    return seal_plain(journal.to_plain(), code, journal.salt)


def seal_plain(plain: bytes, code: UndoCode, salt: bytes = b"") -> bytes:
    padded = plain + b" " * (-(len(plain) + 1) % _PAD + 1)  # JSON allows trailing spaces
    salt = salt or secrets.token_bytes(_SALT)
    nonce = secrets.token_bytes(_NONCE)
    return salt + nonce + AESGCM(code.key(salt)).encrypt(nonce, padded, None)


def unseal(data: bytes, code: UndoCode) -> Journal:
    if len(data) > MAX_JOURNAL_BYTES:
        raise JournalCorrupt("too large")
    if len(data) < _SALT + _NONCE + 16:
        raise JournalCorrupt("too short")
    salt, nonce, sealed = data[:_SALT], data[_SALT:_SALT + _NONCE], data[_SALT + _NONCE:]
    try:
        plain = AESGCM(code.key(salt)).decrypt(nonce, sealed, None)
    except InvalidTag as exc:
        # A wrong code and a damaged file look the same to AES-GCM; the code is the likely one.
        raise WrongUndoCode("the record does not open with this code") from exc
    return parse_plain(plain, salt)


# --- on the phone ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OnPhone:
    """What a session knows about the phone's record: whether one is there, and its bytes."""

    data: bytes | None

    @property
    def exists(self) -> bool:
        return self.data is not None


def fetch(channel: Channel) -> OnPhone:
    """The record's raw bytes as the phone holds them now (one round trip)."""
    return OnPhone(channel.pull_bytes(RECORD_PATH))


def read_journal(channel: Channel, code: UndoCode | None) -> Journal | None:
    """The record on the phone, opened with ``code``; None when there is none.

    A record that is there but cannot be opened is never taken for "no record": without a code
    that is :class:`UndoCodeNeeded`, with a wrong one :class:`WrongUndoCode`.
    """
    found = fetch(channel)
    return open_record(found, code)


def open_record(found: OnPhone, code: UndoCode | None) -> Journal | None:
    if found.data is None:
        return None
    if code is None:
        raise UndoCodeNeeded("a sealed record is on the phone")
    return unseal(found.data, code)


def write_journal(channel: Channel, journal: Journal, code: UndoCode, expected: OnPhone) -> OnPhone:
    """Replace the record, if the phone still holds ``expected``; return what it holds now.

    The new bytes go to a name unique to this run, are checked against what the phone held when
    this session last read it (another session may have written in between: then nothing is
    replaced), and are renamed over the record. The caller holds the lock.
    """
    data = seal(journal, code)
    tmp = f"{RECORD_PATH}.{secrets.token_hex(4)}"
    try:
        channel.push_bytes(data, tmp, mode=0o100600)
    except PhoneRefused as exc:
        raise JournalError(exc.detail) from exc
    now = fetch(channel)
    if now.data != expected.data:
        channel.run(q.command("rm", "-f", tmp))
        raise JournalError("the record on the phone changed while this session was using it")
    moved, _stamped = channel.run_batch([
        q.command("mv", tmp, RECORD_PATH),
        # The date says when the phone's software was built, not when the person came; a phone
        # without that file keeps the real date, which says no more than the file's existence.
        q.command("touch", "-c", "-r", TIME_REFERENCE, RECORD_PATH),
    ])
    if moved.failure is not None or moved.exit_code not in (0, None) or moved.text.strip():
        channel.run(q.command("rm", "-f", tmp))
        raise JournalError(f"mv failed: {moved.failure or moved.text.strip()[:200]}")
    return OnPhone(data)


@dataclass(frozen=True)
class EraseResult:
    """What an erase left behind: an empty ``remaining`` is the only "erased"."""

    remaining: tuple[str, ...]

    @property
    def erased(self) -> bool:
        return not self.remaining


_RECORD_NAME = RECORD_PATH.rsplit("/", 1)[1]
_LOCK_NAME = LOCK_PATH.rsplit("/", 1)[1]
_LEGACY_NAME = LEGACY_DIR.rsplit("/", 1)[1]
_LEGACY_FILES = ("journal.json", "journal.json.tmp")
# Temporary copies are the record's name, a dot and 8 hex digits; lock tokens are 12 hex digits.
# Names read back from the phone are matched against these before they reach an ``rm``.
_TEMP_NAME = re.compile(re.escape(_RECORD_NAME) + r"\.[0-9a-f]{8}")
_TOKEN_NAME = re.compile(r"[0-9a-f]{12}")


def forget_journal(channel: Channel) -> EraseResult:
    """Erase the record, any temporary copies, the lock and the first version's folder.

    ``rm`` says little either way, so the answer comes from looking again: a phone that kept
    anything must not be reported as clean. Nothing is removed recursively: each file is named,
    and only names of the exact shapes hardener writes are removed.
    """
    there = leftovers(channel)
    if not there.remaining:
        return there
    names = {n.rsplit("/", 1)[1] for n in there.remaining if n != "?"}
    commands = [q.command("rm", "-f", f"{TMP_DIR}/{n}") for n in sorted(names)
                if n == _RECORD_NAME or _TEMP_NAME.fullmatch(n)]
    if _LOCK_NAME in names:
        commands += _lock_removal(channel)
    if _LEGACY_NAME in names:
        commands += [q.command("rm", "-f", *(f"{LEGACY_DIR}/{f}" for f in _LEGACY_FILES)),
                     q.command("rmdir", LEGACY_DIR)]
    if commands:
        channel.run_batch(commands)
    return leftovers(channel)


def _lock_removal(channel: Channel) -> list[str]:
    """The commands that remove the lock directory and the tokens in it."""
    listing = channel.run(q.command("ls", "-a", LOCK_PATH))
    tokens = [t for t in (line.strip() for line in listing.text.splitlines()) if _TOKEN_NAME.fullmatch(t)]
    removal = [q.command("rm", "-f", *(f"{LOCK_PATH}/{t}" for t in tokens))] if tokens else []
    return [*removal, q.command("rmdir", LOCK_PATH)]


def leftovers(channel: Channel) -> EraseResult:
    """Which of hardener's files are on the phone now (one round trip)."""
    out = channel.run(q.command("ls", "-a", TMP_DIR))
    if out.failure is not None or out.exit_code not in (0, None):
        return EraseResult(("?",))  # could not look: never "erased"
    listed = {line.strip() for line in out.text.splitlines()}
    remaining = [
        f"{TMP_DIR}/{name}" for name in sorted(listed)
        if name in (_RECORD_NAME, _LOCK_NAME, _LEGACY_NAME) or _TEMP_NAME.fullmatch(name)
    ]
    return EraseResult(tuple(remaining))


# --- the lock ---------------------------------------------------------------------------------------


class PhoneLock:
    """One session at a time changes a phone's record.

    ``mkdir`` either creates the directory or fails, atomically, so two laptops (or two
    windows) cannot both hold it. Inside it is a file named by a token derived from the undo
    code (meaningless without the code), so:

    - a session only ever removes a lock it holds;
    - a person whose cable was pulled mid-apply takes their own lock back at once when they
      reconnect with the same code (to undo, or to apply again), instead of waiting;
    - a lock of another code is someone else's: "another session is changing this phone",
      unless it is older than :data:`LOCK_STALE_S` by the phone's own clock (left by a session
      that crashed), when it is taken over.
    """

    _SALT = b"phone lock token"

    def __init__(self, channel: Channel, code: UndoCode) -> None:
        self._channel = channel
        self._token = code.key(self._SALT)[:6].hex()
        self._held = False

    def __enter__(self) -> PhoneLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _try(self) -> bool:
        """Make the lock directory and, only if that worked, put this session's token in it.

        One command line, so the phone runs both or neither: a link lost in between cannot
        leave a lock without a token (which nobody could tell from a live one).
        """
        mine = f"{LOCK_PATH}/{self._token}"
        out = self._channel.run(f"{q.command('mkdir', LOCK_PATH)} && {q.command('touch', mine)}")
        return out.failure is None and out.exit_code in (0, None) and not out.text.strip()

    def acquire(self) -> None:
        for _attempt in range(3):
            if self._try():
                self._held = True
                return
            listing, now, stamp = self._channel.run_batch(
                [q.command("ls", "-a", LOCK_PATH), "date +%s", q.command("stat", "-c", "%Y", LOCK_PATH)]
            )
            if listing.exit_code not in (0, None):
                continue  # released between our two looks: try again
            if self._token in {line.strip() for line in listing.text.splitlines()}:
                self._held = True  # our own, left when the link dropped: take it back
                return
            age = _number(now.text) - _number(stamp.text) if _number(now.text) and _number(stamp.text) else 0
            if age <= LOCK_STALE_S:
                raise RecordBusy("the phone's lock is held", minutes=max(1, LOCK_STALE_S // 60))
            self._channel.run_batch(_lock_removal(self._channel))
        # No lock is there, yet none could be made: the phone does not keep files here.
        raise JournalError("the phone did not keep the lock")

    def release(self) -> None:
        """Remove the lock if it is still ours; never fails (a lost link leaves it, to be taken back).

        ``rmdir`` removes only an empty directory, so a lock another session has since taken
        over (its token inside) stays.
        """
        if not self._held:
            return
        self._held = False
        try:
            if self._channel.usable:
                self._channel.run_batch(
                    [q.command("rm", "-f", f"{LOCK_PATH}/{self._token}"), q.command("rmdir", LOCK_PATH)]
                )
        except HardenerError:
            pass


def _number(text: str) -> int:
    stripped = text.strip()
    return int(stripped) if stripped.isdigit() else 0
