"""The practice phone's side of ADB authentication: Android public keys and the trusted-key store.

A real phone keeps the keys a person has allowed in ``/data/misc/adb/adb_keys``, one
``<base64 RSAPublicKey> user@host`` line each. The practice phone keeps the same lines in memory,
so nothing about the laptops that connected is written to disk, and checks signatures for real:
a test that passes here exercises the same key handling a real phone would.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

# Android's RSAPublicKey struct: modulus size in 32-bit words, n0inv, modulus (LE), rr (LE), exponent.
log = logging.getLogger(__name__)

_KEY_STRUCT = struct.Struct("<II256s256sI")
_MODULUS_WORDS = 64
_MODULUS_BYTES = _MODULUS_WORDS * 4


class KeyFormatError(ValueError):
    """The text is not an Android ADB public key (adbd ignores such keys rather than failing)."""


@dataclass(frozen=True)
class AndroidPublicKey:
    key: rsa.RSAPublicKey
    blob: bytes  # the decoded RSAPublicKey struct: identity of the key, whatever the comment says
    comment: str

    @property
    def line(self) -> str:
        encoded = base64.b64encode(self.blob).decode("ascii")
        return f"{encoded} {self.comment}" if self.comment else encoded

    @property
    def fingerprint(self) -> str:
        """What Android's "Allow USB debugging?" dialog shows, so a GUI can show the same."""
        digest = hashlib.md5(self.blob, usedforsecurity=False).hexdigest().upper()
        return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def parse_public_key(data: str | bytes) -> AndroidPublicKey:
    """Accepts an ``adbkey.pub`` line or an RSAPUBLICKEY payload (which arrives NUL-terminated)."""
    if isinstance(data, bytes):
        data = data.split(b"\0", 1)[0].decode("ascii", "replace")
    text = data.split("\0", 1)[0].strip()
    if not text:
        raise KeyFormatError("empty key")
    encoded, _, comment = text.partition(" ")
    try:
        blob = base64.b64decode(encoded.encode("ascii", "replace"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError("key is not valid base64") from exc
    if len(blob) != _KEY_STRUCT.size:
        raise KeyFormatError(f"key blob is {len(blob)} bytes, not {_KEY_STRUCT.size}")
    words, _n0inv, modulus, _rr, exponent = _KEY_STRUCT.unpack(blob)
    if words != _MODULUS_WORDS:
        raise KeyFormatError(f"modulus is {words} words; only 2048-bit keys are valid")
    n = int.from_bytes(modulus, "little")
    try:
        key = rsa.RSAPublicNumbers(exponent, n).public_key()
    except ValueError as exc:
        raise KeyFormatError(f"not a usable RSA key: {exc}") from exc
    return AndroidPublicKey(key=key, blob=blob, comment=comment.strip())


def encode_public_key(key: rsa.RSAPublicKey, comment: str = "") -> str:
    """The ``adbkey.pub`` line for a key, so tests and tools can pre-trust a laptop's key."""
    numbers = key.public_numbers()
    n, e = numbers.n, numbers.e
    if n.bit_length() > _MODULUS_BYTES * 8:
        raise KeyFormatError("only 2048-bit keys are valid")
    r32 = 1 << 32
    n0inv = (-pow(n, -1, r32)) % r32
    rr = pow(2, _MODULUS_BYTES * 8 * 2, n)
    blob = _KEY_STRUCT.pack(
        _MODULUS_WORDS,
        n0inv,
        n.to_bytes(_MODULUS_BYTES, "little"),
        rr.to_bytes(_MODULUS_BYTES, "little"),
        e,
    )
    encoded = base64.b64encode(blob).decode("ascii")
    return f"{encoded} {comment}" if comment else encoded


def verify_signature(key: rsa.RSAPublicKey, token: bytes, signature: bytes) -> bool:
    """The host signs the token as if it were a SHA-1 digest (adbd: ``RSA_verify(NID_sha1, ...)``)."""
    try:
        key.verify(signature, token, padding.PKCS1v15(), utils.Prehashed(hashes.SHA1()))  # noqa: S303
    except (InvalidSignature, ValueError):
        return False
    return True


class TrustedKeys:
    """The in-memory ``adb_keys``: shared by every connection, changed by prompts and by the GUI."""

    def __init__(self, lines: Iterable[str | AndroidPublicKey] = ()) -> None:
        self._lock = threading.Lock()
        self._keys: dict[bytes, AndroidPublicKey] = {}
        for line in lines:
            self.add(line)

    def add(self, key: str | AndroidPublicKey) -> AndroidPublicKey:
        parsed = key if isinstance(key, AndroidPublicKey) else parse_public_key(key)
        with self._lock:
            self._keys.setdefault(parsed.blob, parsed)
        return parsed

    def discard(self, key: str | AndroidPublicKey) -> None:
        """Like "Revoke USB debugging authorisations" for one key."""
        parsed = key if isinstance(key, AndroidPublicKey) else parse_public_key(key)
        with self._lock:
            self._keys.pop(parsed.blob, None)

    def clear(self) -> None:
        with self._lock:
            self._keys.clear()

    def lines(self) -> list[str]:
        with self._lock:
            return [key.line for key in self._keys.values()]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            try:
                key = parse_public_key(key)
            except KeyFormatError:
                return False
        if not isinstance(key, AndroidPublicKey):
            return False
        with self._lock:
            return key.blob in self._keys

    def __len__(self) -> int:
        with self._lock:
            return len(self._keys)

    def match(self, token: bytes, signature: bytes) -> AndroidPublicKey | None:
        """The trusted key that made ``signature`` over ``token``, if any."""
        with self._lock:
            candidates = list(self._keys.values())
        for candidate in candidates:
            if verify_signature(candidate.key, token, signature):
                return candidate
        return None


PromptState = Literal["pending", "allowed", "denied", "cancelled"]


class PendingPrompt:
    """The practice phone showing "Allow USB debugging?" for one connection.

    Whoever plays the person holding the phone (a test, the GUI, or the auth policy's timer)
    resolves it once; later calls do nothing, like tapping a dialog that has already gone.
    Callbacks run on whichever thread resolves the prompt, so a GUI must hand them to its own
    thread before touching widgets.
    """

    def __init__(self, key: AndroidPublicKey, resolver: Callable[[PendingPrompt, bool, bool], None]) -> None:
        self.key = key
        self._resolver = resolver
        self._lock = threading.Lock()
        self._state: PromptState = "pending"
        self._done = threading.Event()
        self._callbacks: list[Callable[[PendingPrompt], None]] = []

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint

    @property
    def comment(self) -> str:
        """``user@host`` of the laptop asking; shown so a trainer can tell laptops apart."""
        return self.key.comment

    @property
    def state(self) -> PromptState:
        with self._lock:
            return self._state

    def allow(self, remember: bool = True) -> bool:
        """``remember`` is the "Always allow from this computer" box; False if already resolved."""
        return self._finish("allowed", remember)

    def deny(self) -> bool:
        return self._finish("denied", False)

    def cancel(self) -> bool:
        """The connection went away before anyone answered."""
        return self._finish("cancelled", False)

    def wait(self, timeout: float | None = None) -> PromptState:
        self._done.wait(timeout)
        return self.state

    def on_done(self, callback: Callable[[PendingPrompt], None]) -> None:
        """Call ``callback(prompt)`` once resolved (at once if it already is)."""
        with self._lock:
            if self._state == "pending":
                self._callbacks.append(callback)
                return
        _call_quietly(callback, self)

    def _finish(self, state: PromptState, remember: bool) -> bool:
        with self._lock:
            if self._state != "pending":
                return False
            self._state = state
            callbacks, self._callbacks = self._callbacks, []
        if state != "cancelled":
            self._resolver(self, state == "allowed", remember)
        self._done.set()
        for callback in callbacks:
            _call_quietly(callback, self)
        return True

    def __repr__(self) -> str:
        return f"PendingPrompt({self.comment!r}, {self.fingerprint}, {self.state})"


def _call_quietly(callback: Callable[[PendingPrompt], None], prompt: PendingPrompt) -> None:
    """A broken GUI callback must not take the connection's thread down with it."""
    try:
        callback(prompt)
    except Exception:
        log.exception("practice phone: prompt callback failed")
