"""Mistakes a person can make on the command line each get their own plain message, never a traceback.

An unknown practice phone or profile lists the names there are; a profile is checked before any
phone is touched; a network address that cannot be one, or where nothing answers, gets advice
about the address and Wi-Fi (not about USB cables); a locked keyring and a damaged key each say
what to do, and a damaged key is left as it was.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from keyring_support import MemoryKeyring, installed_memory_keyring

from hardener import cli
from hardener.adb.keys import KeyStore
from hardener.errors import KeyDamaged


def run(capsys, *words: str) -> tuple[int, str, str]:
    code = cli.main(list(words))
    out = capsys.readouterr()
    return code, out.out, out.err


def no_traceback(text: str) -> bool:
    return "Traceback" not in text and "Error:" not in text


def test_unknown_practice_phone_lists_the_practice_phones(capsys) -> None:
    code, out, err = run(capsys, "scan", "--demo", "no-such-phone")
    assert code == 2
    assert 'There is no practice phone called "no-such-phone"' in err
    assert "samsung-11" in err and "hostile" in err
    assert no_traceback(out + err)


def test_sim_with_an_unknown_persona_lists_the_practice_phones(capsys) -> None:
    code, _out, err = run(capsys, "sim", "--persona", "x")
    assert code == 2
    assert 'There is no practice phone called "x"' in err and "pixel-14" in err
    assert no_traceback(err)


@pytest.mark.parametrize("command", ["plan", "apply"])
def test_unknown_profile_is_said_before_any_phone_is_touched(capsys, monkeypatch, command) -> None:
    def must_not_connect(_args: object) -> None:
        raise AssertionError("connected before checking the profile")

    monkeypatch.setattr(cli.device, "open_connection", must_not_connect)
    code, _out, err = run(capsys, command, "nope", "--demo", "samsung-11")
    assert code == 2
    assert 'There is no profile called "nope"' in err
    assert "arrest-raid" in err and "audit-only" in err
    assert no_traceback(err)


@pytest.mark.parametrize("address", ["foo", "1.2.3.4:99999", "1.2.3.4:0", ":5555", "phone:55 55", "1.2.3.4:５５５５"])
def test_a_bad_address_is_said_plainly_before_the_keyring_is_asked(capsys, monkeypatch, address) -> None:
    def must_not_ask(_self: object) -> None:
        raise AssertionError("the keyring was asked for a key")

    monkeypatch.setattr(KeyStore, "load_or_create", must_not_ask)
    code, _out, err = run(capsys, "info", "--tcp", address)
    assert code == 2
    assert f'"{address}" is not a network address' in err
    assert "192.168.1.20:5555" in err
    assert "USB cable" not in err
    assert no_traceback(err)


def test_nothing_listening_gives_network_advice_not_usb_advice(capsys, monkeypatch, test_signer) -> None:
    monkeypatch.setattr(KeyStore, "load_or_create", lambda _self: test_signer)
    with socket.socket() as probe:  # a port that was free a moment ago: nothing answers there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _out, err = run(capsys, "info", "--tcp", f"127.0.0.1:{port}")
    assert code == 2
    assert f"Nothing answers at 127.0.0.1:{port}" in err
    assert "Wi-Fi" in err and "Wireless debugging" in err
    assert "USB cable" not in err
    assert no_traceback(err)


def test_a_connection_that_times_out_gives_network_advice(capsys, monkeypatch, test_signer) -> None:
    """No phone at the address and no refusal either (a Wi-Fi network that drops the packets)."""

    def silence(*_args: object, **_kwargs: object) -> None:
        raise TimeoutError("timed out")

    monkeypatch.setattr(KeyStore, "load_or_create", lambda _self: test_signer)
    monkeypatch.setattr("hardener.adb.transport.socket.create_connection", silence)
    code, _out, err = run(capsys, "info", "--tcp", "192.0.2.1:5555")
    assert code == 2
    assert "Nothing answers at 192.0.2.1:5555" in err and "Wi-Fi" in err
    assert no_traceback(err)


def test_a_phone_that_accepts_then_stays_silent_gets_network_advice(capsys, monkeypatch, practice_phone,
                                                                    test_signer) -> None:
    import hardener.adb.connect as connect_module

    monkeypatch.setattr(connect_module, "HANDSHAKE_TIMEOUT_S", 0.5)
    monkeypatch.setattr(KeyStore, "load_or_create", lambda _self: test_signer)
    sim = practice_phone("pixel-14", auth_mode="offline")  # takes the connection, never answers
    code, _out, err = run(capsys, "info", "--tcp", sim.serial)
    assert code == 2
    assert f"Something at {sim.serial} answered" in err and "Wireless debugging" in err
    assert "Unplug" not in err and "USB cable that carries data" not in err
    assert no_traceback(err)


# --- the keyring ------------------------------------------------------------------------------------


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    yield from installed_memory_keyring()


def test_a_locked_keyring_says_to_unlock_it(capsys, memory_keyring) -> None:
    memory_keyring.locked = True
    code, _out, err = run(capsys, "info", "--tcp", "127.0.0.1:5555")
    assert code == 2
    assert "keyring where hardener keeps its key is locked" in err and "Unlock it" in err
    assert no_traceback(err)


@pytest.mark.parametrize(
    "stored",
    [
        "-----BEGIN PRIVATE KEY-----\nnot a key at all\n-----END PRIVATE KEY-----\n",
        "garbage",
        "",
    ],
)
def test_a_damaged_key_is_refused_and_never_overwritten(capsys, memory_keyring, stored) -> None:
    entry = (KeyStore().service, KeyStore().user)
    memory_keyring.entries[entry] = stored
    with pytest.raises(KeyDamaged):
        KeyStore().load_or_create()
    code, _out, err = run(capsys, "info", "--tcp", "127.0.0.1:5555")
    assert code == 2
    assert "is damaged" in err and "hardener forget-key" in err
    assert no_traceback(err)
    assert memory_keyring.entries[entry] == stored  # left exactly as it was


def test_a_key_of_the_wrong_size_is_refused_not_replaced(memory_keyring) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = small.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    entry = (KeyStore().service, KeyStore().user)
    memory_keyring.entries[entry] = pem
    with pytest.raises(KeyDamaged):
        KeyStore().load_or_create()
    assert memory_keyring.entries[entry] == pem


def test_a_new_key_is_made_only_when_there_is_none(memory_keyring) -> None:
    first = KeyStore().load_or_create()
    assert KeyStore().load_or_create().GetPublicKey() == first.GetPublicKey()
