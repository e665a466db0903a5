"""The laptop's ADB identity: an RSA key that lives only in the OS keyring.

A phone that has tapped "Allow" trusts this key. If it were a file, anyone who takes the
laptop could copy it, and a key file is also a trace that the laptop was used to set up
phones. So the private key is kept in the OS keyring (Secret Service, KWallet, macOS
Keychain, Windows Credential Locker) and signed with in memory. There is no plaintext
fallback: without a usable keyring we refuse, and say how to get one.

The practice phone needs no lasting trust, so ``--demo`` uses a throwaway key made in memory.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from collections.abc import Iterator
from contextlib import contextmanager

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from hardener.errors import HardenerError, KeyDamaged, KeyringLocked, KeyringUnavailable

# The keyring entry's names are what a keyring manager lists on a seized laptop (Secret Service
# labels the item "Password for 'adbkey' on 'android-debug-bridge'"). They name the tool that
# every Android developer's laptop has, not hardener, so the list says nothing about phones
# prepared for a raid. Versions before this one used LEGACY_ENTRY; a key found there is moved.
KEYRING_SERVICE = "android-debug-bridge"
KEYRING_USER = "adbkey"
LEGACY_ENTRY = ("hardener", "adb-private-key")
KEY_BITS = 2048  # adbd accepts only 2048-bit keys
# The comment after the public key is what the phone keeps, in /data/misc/adb/adb_keys, as the
# name of a trusted computer, and a forensic copy of a seized phone shows it. Real adb puts
# user@hostname there; we name no tool, no person and no machine. "unknown@unknown" is what
# Google's own adb writes when it cannot learn the user and host names, so the line looks like
# any other developer's key.
PUBLIC_KEY_COMMENT = "unknown@unknown"

# Backends that would write the secret to a file readable by whoever takes the laptop, or that
# store nothing at all. Module prefixes, matched against the backend class's module.
_REFUSED_BACKEND_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class AdbSigner:
    """Signs ADB AUTH tokens with an in-memory RSA key (adb-shell's signer interface).

    adb-shell calls ``Sign`` and ``GetPublicKey``; the names are its, not ours.
    """

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        if private_key.key_size != KEY_BITS:
            raise ValueError("adbd accepts only 2048-bit RSA keys")
        self._key = private_key

    def Sign(self, data: bytes) -> bytes:  # noqa: N802 - adb-shell's interface
        # adbd hands us a 20-byte token and checks it as an already-hashed SHA-1 digest.
        return self._key.sign(bytes(data), padding.PKCS1v15(), Prehashed(hashes.SHA1()))  # noqa: S303

    def GetPublicKey(self) -> str:  # noqa: N802 - adb-shell's interface
        return android_public_key(self._key.public_key())

    def fingerprint(self) -> str:
        """The key's MD5 fingerprint as Android shows it (``AA:BB:...``): in the "Allow USB
        debugging?" dialog and in ``dumpsys adb``, which is how a scan tells this computer's key
        from others the phone trusts."""
        blob = base64.b64decode(self.GetPublicKey().split()[0])
        digest = hashlib.md5(blob, usedforsecurity=False).hexdigest().upper()
        return ":".join(digest[i:i + 2] for i in range(0, 32, 2))

    def private_pem(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def android_public_key(public_key: rsa.RSAPublicKey, comment: str = PUBLIC_KEY_COMMENT) -> str:
    """Encode a public key as Android's ``RSAPublicKey`` struct, base64, then a comment.

    Layout (``<LL256s256sL``): modulus length in 32-bit words, n0inv = -1/n mod 2^32, the
    modulus little-endian, R^2 mod n little-endian (R = 2^2048), and the public exponent.
    """
    numbers = public_key.public_numbers()
    n = numbers.n
    words = KEY_BITS // 32
    n0inv = (-pow(n, -1, 2**32)) % 2**32
    rr = pow(2, 2 * KEY_BITS, n)
    blob = struct.pack(
        "<LL256s256sL",
        words,
        n0inv,
        n.to_bytes(256, "little"),
        rr.to_bytes(256, "little"),
        numbers.e,
    )
    return base64.b64encode(blob).decode("ascii") + " " + comment


def new_signer() -> AdbSigner:
    """A fresh key held only in memory (the practice phone; tests)."""
    return AdbSigner(rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS))


@contextmanager
def _keyring_errors() -> Iterator[None]:
    """The keyring library's errors as hardener's: locked, or no usable keyring (never a traceback)."""
    from keyring.errors import KeyringError
    from keyring.errors import KeyringLocked as LibraryKeyringLocked

    try:
        yield
    except LibraryKeyringLocked as exc:
        raise KeyringLocked(str(exc)) from exc
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
    except HardenerError:
        raise
    except Exception as exc:  # D-Bus errors and locked collections surface as various types
        module = type(exc).__module__
        if "secretstorage" in module or "dbus" in module.lower():
            if "Locked" in type(exc).__name__:
                raise KeyringLocked(str(exc)) from exc
            raise KeyringUnavailable(str(exc)) from exc
        raise


def _signer_from_pem(pem: str) -> AdbSigner:
    """The key stored as ``pem``; KeyDamaged when it is not a 2048-bit RSA private key."""
    try:
        key = serialization.load_pem_private_key(pem.encode("utf-8"), password=None)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise KeyDamaged(f"the stored key cannot be read: {type(exc).__name__}") from exc
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size != KEY_BITS:
        raise KeyDamaged(f"the stored key is not a {KEY_BITS}-bit RSA key")
    return AdbSigner(key)


def _usable_backend() -> object:
    import keyring

    backend = keyring.get_keyring()
    module = type(backend).__module__
    if any(module.startswith(prefix) for prefix in _REFUSED_BACKEND_MODULES):
        raise KeyringUnavailable(f"refused keyring backend {module}.{type(backend).__name__}")
    # The chainer picks among several; refuse when it has nothing real behind it.
    backends = getattr(backend, "backends", None)
    if backends is not None:
        real = [b for b in backends if not any(type(b).__module__.startswith(p) for p in _REFUSED_BACKEND_MODULES)]
        if not real:
            raise KeyringUnavailable("no usable keyring backend")
    return backend


class KeyStore:
    """The laptop's one ADB key, in the OS keyring.

    ``legacy`` is an older (service, user) entry to move the key from, so phones that trusted
    this laptop keep trusting it after the rename; it defaults to LEGACY_ENTRY for the default
    names and to nothing otherwise (tests use their own names).
    """

    def __init__(
        self, service: str = KEYRING_SERVICE, user: str = KEYRING_USER, legacy: tuple[str, str] | None = None
    ) -> None:
        self.service = service
        self.user = user
        default = (service, user) == (KEYRING_SERVICE, KEYRING_USER)
        self.legacy = legacy if legacy is not None else (LEGACY_ENTRY if default else None)

    def load_or_create(self) -> AdbSigner:
        """The stored key, or a new one stored now. Never writes a file.

        Raises KeyringLocked when the keyring is locked, KeyringUnavailable when there is none,
        and KeyDamaged when an entry is there but is not a usable key: that entry is left as it
        is (phones trusted the key it was; replacing it silently would lose that trust without
        a word, and could hide that something else wrote there).
        """
        import keyring

        _usable_backend()
        with _keyring_errors():
            pem = keyring.get_password(self.service, self.user)
            if pem is not None:
                return _signer_from_pem(pem)
            moved = self._move_legacy()
            if moved is not None:
                return moved
            signer = new_signer()
            keyring.set_password(self.service, self.user, signer.private_pem().decode("ascii"))
            return signer

    def _move_legacy(self) -> AdbSigner | None:
        """The key kept under the old names, moved to the new ones; None when there is none.

        Copied, read back, and only then deleted under the old names: an interruption leaves
        the key in one place or both, never in none. A damaged old entry is refused and left.
        """
        import keyring
        from keyring.errors import PasswordDeleteError

        if self.legacy is None:
            return None
        old = keyring.get_password(*self.legacy)
        if old is None:
            return None
        signer = _signer_from_pem(old)
        keyring.set_password(self.service, self.user, old)
        if keyring.get_password(self.service, self.user) != old:
            raise KeyringUnavailable("the key could not be copied to its new name in the keyring")
        try:
            keyring.delete_password(*self.legacy)
        except PasswordDeleteError:
            pass  # already gone
        return signer

    def _entries(self) -> list[tuple[str, str]]:
        return [(self.service, self.user), *([self.legacy] if self.legacy is not None else [])]

    def exists(self) -> bool:
        import keyring

        _usable_backend()
        with _keyring_errors():
            return any(keyring.get_password(*entry) for entry in self._entries())

    def forget(self) -> bool:
        """Delete the key (under the old names too). True if there was one. Phones that trusted it will ask again."""
        import keyring
        from keyring.errors import PasswordDeleteError

        _usable_backend()
        removed = False
        with _keyring_errors():
            for entry in self._entries():
                try:
                    keyring.delete_password(*entry)
                except PasswordDeleteError:
                    continue
                removed = True
        return removed
