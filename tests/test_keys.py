"""The laptop's ADB key lives only in a real OS keyring (gnome-keyring under the test command)."""

from __future__ import annotations

import base64
import os
import struct
import uuid
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from keyring.backends import fail

from hardener.adb.keys import KeyStore, android_public_key, new_signer
from hardener.errors import KeyringUnavailable


def _secret_service_available() -> bool:
    backend = keyring.get_keyring()
    return "SecretService" in type(backend).__module__ or "SecretService" in repr(backend)


# scripts/test.sh starts gnome-keyring and sets HARDENER_REQUIRE_KEYRING=1: there these tests
# must run, never skip. Elsewhere (a developer's quick pytest) they skip with the reason.
needs_keyring = pytest.mark.skipif(
    not _secret_service_available() and os.environ.get("HARDENER_REQUIRE_KEYRING") != "1",
    reason="no Secret Service on this session (run via scripts/test.sh)",
)


@pytest.fixture
def store():
    s = KeyStore(service=f"hardener-test-{uuid.uuid4().hex}")
    yield s
    try:
        s.forget()
    except KeyringUnavailable:
        pass


def test_public_key_is_android_format_and_matches_the_private_key():
    signer = new_signer()
    text = signer.GetPublicKey()
    b64, _, comment = text.partition(" ")
    # The phone keeps this as the trusted computer's name: it names no tool, person or machine,
    # and reads like the line Google's adb writes when it cannot learn the user and host names.
    assert comment == "unknown@unknown"
    assert "hardener" not in text.lower()
    blob = base64.b64decode(b64)
    words, n0inv, modulus, rr, exponent = struct.unpack("<LL256s256sL", blob)
    n = int.from_bytes(modulus, "little")
    assert words == 64 and exponent == 65537
    assert (n * n0inv) % 2**32 == 2**32 - 1  # n0inv = -1/n mod 2^32
    assert int.from_bytes(rr, "little") == pow(2, 4096, n)
    token = b"\x01" * 20
    pub = rsa.RSAPublicNumbers(exponent, n).public_key()
    pub.verify(signer.Sign(token), token, padding.PKCS1v15(), Prehashed(hashes.SHA1()))


def test_android_public_key_rejects_nothing_but_2048_bits():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    assert len(base64.b64decode(android_public_key(key).split()[0])) == 524


@needs_keyring
@pytest.mark.keyring
def test_key_is_created_once_and_kept_in_the_keyring_not_on_disk(store, tmp_path, monkeypatch):
    home_files_before = {p for p in Path.home().rglob("*")} if Path.home().exists() else set()
    first = store.load_or_create()
    second = store.load_or_create()
    assert first.GetPublicKey() == second.GetPublicKey()
    assert store.exists()
    pem = keyring.get_password(store.service, store.user)
    assert pem and "PRIVATE KEY" in pem
    # No key file appeared anywhere under HOME (adb-shell's keygen would write ~/.android/adbkey).
    home_files_after = {p for p in Path.home().rglob("*")} if Path.home().exists() else set()
    new_files = [p for p in home_files_after - home_files_before if p.is_file()]
    assert not [p for p in new_files if "adbkey" in p.name or p.suffix in (".pem", ".key")]


@needs_keyring
@pytest.mark.keyring
def test_forget_removes_the_key(store):
    store.load_or_create()
    assert store.forget() is True
    assert not store.exists()
    assert store.forget() is False


def test_no_usable_keyring_refuses_instead_of_writing_a_file(monkeypatch, tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable) as info:
            KeyStore(service="hardener-test-none").load_or_create()
        assert "keyring" in info.value.plain().lower()
        assert "plain file" in info.value.plain()
    finally:
        keyring.set_keyring(previous)


# --- the keyring entry's names, and keys kept under the old ones ----------------------------------


@pytest.fixture
def memory_keyring():
    from keyring_support import installed_memory_keyring

    yield from installed_memory_keyring()


def _pem() -> str:
    return new_signer().private_pem().decode("ascii")


def test_the_keyring_entry_does_not_name_hardener():
    from hardener.adb.keys import KEYRING_SERVICE, KEYRING_USER

    assert "hardener" not in f"{KEYRING_SERVICE} {KEYRING_USER}".lower()


def test_a_key_kept_under_the_old_name_is_moved_so_phones_still_trust_it(memory_keyring):
    from hardener.adb.keys import KEYRING_SERVICE, KEYRING_USER, LEGACY_ENTRY

    pem = _pem()
    memory_keyring.entries[LEGACY_ENTRY] = pem
    before = KeyStore().load_or_create().GetPublicKey()
    assert memory_keyring.entries == {(KEYRING_SERVICE, KEYRING_USER): pem}  # moved, not copied, not replaced
    assert KeyStore().load_or_create().GetPublicKey() == before


def test_a_damaged_key_under_the_old_name_is_refused_and_left(memory_keyring):
    from hardener.adb.keys import LEGACY_ENTRY
    from hardener.errors import KeyDamaged

    memory_keyring.entries[LEGACY_ENTRY] = "garbage"
    with pytest.raises(KeyDamaged):
        KeyStore().load_or_create()
    assert memory_keyring.entries == {LEGACY_ENTRY: "garbage"}  # no new key made beside it


def test_forget_removes_the_key_under_both_names(memory_keyring):
    from hardener.adb.keys import KEYRING_SERVICE, KEYRING_USER, LEGACY_ENTRY

    memory_keyring.entries[LEGACY_ENTRY] = _pem()
    memory_keyring.entries[(KEYRING_SERVICE, KEYRING_USER)] = _pem()
    assert KeyStore().exists()
    assert KeyStore().forget() is True
    assert memory_keyring.entries == {}
    assert not KeyStore().exists()
    assert KeyStore().forget() is False


def test_a_locked_keyring_is_a_plain_error_for_forget_too(memory_keyring):
    from hardener.errors import KeyringLocked

    memory_keyring.locked = True
    with pytest.raises(KeyringLocked):
        KeyStore().forget()


@needs_keyring
@pytest.mark.keyring
def test_moving_an_old_key_in_the_real_keyring():
    legacy = (f"hardener-test-{uuid.uuid4().hex}", "adb-private-key")
    store = KeyStore(service=f"hardener-test-{uuid.uuid4().hex}", legacy=legacy)
    pem = _pem()
    keyring.set_password(*legacy, pem)
    try:
        signer = store.load_or_create()
        assert keyring.get_password(store.service, store.user) == pem
        assert keyring.get_password(*legacy) is None
        assert signer.private_pem().decode("ascii") == pem
    finally:
        store.forget()
