"""Signing certificates and labels read from real signed APKs, in pieces, as a scan reads them.

The APKs are built and signed for real by the practice phone's signer (v1 JAR signature, v2
APK Signature Scheme, or both); where Debian's ``apksigner`` is installed it verifies each one
and its printed digests must be the ones hardener reads. The reading goes through
:class:`SparseApk` exactly as over ADB: only the ranges :func:`next_reads` asks for are given.
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from hardener.adb.output import CommandOutput
from hardener.device import apk as apk_mod
from hardener.device.apk_read import apk_path, parse_hex, parse_sizes, read_command, stat_command
from hardener.sim.apk import signing as sim_signing
from hardener.sim.apk.axml import Element, encode

KEY = "developer:org.example.certtest"


def _manifest(label: str | int) -> bytes:
    app = Element("application", {"android:label": label} if isinstance(label, str) else {})
    root = Element("manifest", {"package": "org.example.certtest", "android:versionCode": 1}, [app])
    data = encode(root)
    if isinstance(label, int):  # a resource reference, as aapt writes @string/app_name
        data = _with_reference_label(data, label)
    return data


def _with_reference_label(axml: bytes, res_id: int) -> bytes:
    """Add android:label as a reference by re-encoding with a placeholder, then patching its type."""
    app = Element("application", {"android:label": "@@REF@@"})
    data = bytearray(encode(Element("manifest", {"package": "org.example.certtest"}, [app])))
    strings = apk_mod.string_pool(bytes(data), 8)
    placeholder = strings.index("@@REF@@")
    # The attribute's typed value: (size u16, res0 u8, type u8, data u32) = (8, 0, 0x03, index).
    needle = struct.pack("<HBBI", 8, 0, 0x03, placeholder)
    at = data.index(needle)
    data[at : at + 8] = struct.pack("<HBBI", 8, 0, 0x01, res_id)
    return bytes(data)


def _pool(strings: list[str]) -> bytes:
    offsets, body = b"", b""
    for s in strings:
        offsets += struct.pack("<I", len(body))
        enc = s.encode("utf-8")
        body += bytes([len(s), len(enc)]) + enc + b"\0"
    while len(body) % 4:
        body += b"\0"
    start = 28 + len(offsets)
    return struct.pack("<HHIIIIII", 1, 28, start + len(body), len(strings), 0, 0x100, start, 0) + offsets + body


def _arsc(label: str, entry: int = 2) -> bytes:
    """A resource table with package 0x7f, type 0x03 ("string"), entry ``entry`` -> ``label``
    in the default configuration and "Other" in a French one."""
    values = _pool(["Other", label])

    def type_chunk(config: bytes, string_index: int) -> bytes:
        count = entry + 1
        offsets = b"".join(struct.pack("<I", 0 if i == entry else 0xFFFFFFFF) for i in range(count))
        header_size = 20 + len(config)
        entries_start = header_size + len(offsets)
        body = struct.pack("<HHI", 8, 0, 0) + struct.pack("<HBBI", 8, 0, 0x03, string_index)
        head = struct.pack("<HHIBBHII", 0x0201, header_size, entries_start + len(body), 3, 0, 0, count, entries_start)
        return head + config + offsets + body

    default = struct.pack("<I", 64) + bytes(60)
    french = struct.pack("<I", 64) + bytes(4) + b"fr\0\0" + bytes(52)
    name = "org.example.certtest".encode("utf-16-le").ljust(256, b"\0")
    pkg_header = struct.pack("<I", 0x7F) + name + struct.pack("<IIIII", 0, 0, 0, 0, 0)
    types = type_chunk(french, 0) + type_chunk(default, 1)
    package = struct.pack("<HHI", 0x0200, 8 + len(pkg_header), 8 + len(pkg_header) + len(types)) + pkg_header + types
    body = values + package
    return struct.pack("<HHII", 0x0002, 12, 12 + len(body), 1) + body


def _entries(label: str | int = "Cert Test", extra: int = 0, arsc: bytes | None = None) -> list[tuple[str, bytes]]:
    entries = [("AndroidManifest.xml", _manifest(label)), ("classes.dex", b"dex\n035\0" + bytes(100))]
    if arsc is not None:
        entries.append(("resources.arsc", arsc))
    entries += [(f"res/raw/file{i:05d}.bin", bytes([i % 251]) * 40) for i in range(extra)]
    return entries


def _v1_only_files(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The practice phone's v1 files, with the signature file no longer announcing a v2
    signature (``X-Android-APK-Signed: 2``), re-signed: a JAR-signed-only APK."""
    key, cert = sim_signing.signing_key(KEY)
    files = dict(sim_signing._v1_files(entries, key, cert))
    sf = files["META-INF/CERT.SF"].replace(b"X-Android-APK-Signed: 2\r\n", b"")
    block = (pkcs7.PKCS7SignatureBuilder().set_data(sf).add_signer(cert, key, hashes.SHA256())
             .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes]))
    return [("META-INF/MANIFEST.MF", files["META-INF/MANIFEST.MF"]), ("META-INF/CERT.SF", sf),
            ("META-INF/CERT.RSA", block)]


def build(scheme: str, **kwargs: object) -> bytes:
    """An APK signed with v1 only, v2 only, or both ("v1+v2"), by the test key KEY."""
    entries = _entries(**kwargs)  # type: ignore[arg-type]
    if scheme == "v1+v2":
        return sim_signing.build_signed_apk(entries, KEY)
    key, cert = sim_signing.signing_key(KEY)
    if scheme == "v1":
        return sim_signing._zip(entries + _v1_only_files(entries))
    unsigned = sim_signing._zip(entries)
    eocd_at = unsigned.rindex(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", unsigned, eocd_at + 12)
    cd = unsigned[cd_offset : cd_offset + cd_size]
    block = sim_signing._v2_block(unsigned[:cd_offset], cd, unsigned[eocd_at:], key, cert)
    moved = bytearray(unsigned[eocd_at:])
    struct.pack_into("<I", moved, 16, cd_offset + len(block))
    return unsigned[:cd_offset] + block + unsigned[cd_offset : cd_offset + cd_size] + bytes(moved)


def read_in_pieces(data: bytes, want_label: bool = True) -> tuple[apk_mod.ApkFacts, int, int]:
    """Facts, the rounds of reading and the bytes read, giving only what next_reads asks for."""
    apk = apk_mod.SparseApk("/data/app/x/base.apk", len(data), want_label=want_label)
    rounds = read = 0
    while need := apk_mod.next_reads(apk):
        rounds += 1
        for start, end in need:
            apk.add(start, data[start:end])
            read += end - start
        assert rounds <= 6
    return apk_mod.apk_facts(apk), rounds, read


def expected_digests() -> tuple[str, str]:
    _, cert = sim_signing.signing_key(KEY)
    der = cert.public_bytes(serialization.Encoding.DER)
    return hashlib.sha1(der).hexdigest().upper(), hashlib.sha256(der).hexdigest().upper()


@pytest.mark.parametrize("scheme", ["v1", "v2", "v1+v2"])
def test_each_signature_scheme_gives_the_signers_certificate(scheme: str) -> None:
    facts, rounds, _ = read_in_pieces(build(scheme))
    sha1, sha256 = expected_digests()
    assert [(c.sha1, c.sha256) for c in facts.certificates] == [(sha1, sha256)]
    assert facts.certificates[0].scheme == ("v1" if scheme == "v1" else "v2")
    assert "developer:org.example.certtest" in facts.certificates[0].subject
    assert facts.label == "Cert Test" and facts.problems == ()
    assert rounds <= 2


@pytest.mark.skipif(shutil.which("apksigner") is None, reason="Debian's apksigner is not installed")
@pytest.mark.parametrize("scheme", ["v1", "v2", "v1+v2"])
def test_apksigner_verifies_the_apk_and_prints_the_same_digests(scheme: str, tmp_path: Path) -> None:
    path = tmp_path / "app.apk"
    path.write_bytes(build(scheme))
    done = subprocess.run(["apksigner", "verify", "--min-sdk-version", "24" if scheme == "v2" else "18",
                           "--print-certs", "-v", str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Verified using v1 scheme (JAR signing): {'true' if 'v1' in scheme else 'false'}" in done.stdout
    assert f"Verified using v2 scheme (APK Signature Scheme v2): {'true' if 'v2' in scheme else 'false'}" in done.stdout
    facts, _, _ = read_in_pieces(path.read_bytes())
    cert = facts.certificates[0]
    assert f"certificate SHA-1 digest: {cert.sha1.lower()}" in done.stdout
    assert f"certificate SHA-256 digest: {cert.sha256.lower()}" in done.stdout


def test_a_large_apk_is_read_in_a_few_small_pieces() -> None:
    """A long central directory (3000 entries) and data far from the end: a few rounds, and a
    small part of the file, never the whole of it."""
    data = build("v1+v2", extra=3000)
    assert len(data) > 3 * apk_mod.TAIL_BYTES
    facts, rounds, read = read_in_pieces(data)
    assert facts.certificates and facts.label == "Cert Test"
    assert rounds <= 3
    assert read < len(data) // 2


def test_a_v1_only_large_apk_reads_the_signature_entry() -> None:
    data = build("v1", extra=2000)
    facts, rounds, _ = read_in_pieces(data, want_label=False)
    assert facts.certificates[0].scheme == "v1" and facts.certificates[0].sha1 == expected_digests()[0]
    assert facts.label is None and rounds <= 3


def test_a_label_given_as_a_resource_is_looked_up_in_resources_arsc() -> None:
    arsc = _arsc("Sync Services")
    assert apk_mod.resolve_string(arsc, 0x7F030002) == "Sync Services"
    data = build("v2", label=0x7F030002, arsc=arsc)
    facts, _, _ = read_in_pieces(data)
    assert facts.label == "Sync Services"
    assert apk_mod.resolve_string(arsc, 0x7F030001) is None
    assert apk_mod.resolve_string(arsc[:40], 0x7F030002) is None  # cut short: unknown, never an exception


def test_reading_is_total_on_broken_files() -> None:
    good = build("v1+v2")
    for data in (b"", b"not a zip at all" * 10, good[: len(good) // 2], good[:-30] + bytes(30),
                 bytes(len(good)), good.replace(b"APK Sig Block 42", b"APK Sig Block 43")):
        facts, _, _ = read_in_pieces(data)
        assert isinstance(facts, apk_mod.ApkFacts)
        if not facts.certificates:
            assert facts.problems
    assert apk_mod.manifest_label(b"\x03\x00\x08\x00" + bytes(40)) is None
    assert apk_mod.manifest_label(b"") is None


def test_the_commands_quote_paths_and_the_outputs_are_read_strictly() -> None:
    path = "/data/app/~~0pcvpEsChCy0xDxnnnJ2cg==/com.x.y-9mtdgeLwDcHca0XzwrxyVg==/base.apk"
    assert apk_path(path) == path
    for bad in ("/data/app/x/base.apk; reboot", "/data/app/$(id)/base.apk", "relative/base.apk",
                "/data/app/../../proc/self/base.apk", "/data/app/x/base.odex", None):
        assert apk_path(bad) is None
    assert read_command(path, 10, 20) == f"xxd -p -s 10 -l 20 '{path}'"
    assert stat_command([path]) == f"stat -c '%s %n' '{path}'"
    out = CommandOutput("stat", f"4824 {path}\nstat: '/x/base.apk': No such file or directory\n")
    assert parse_sizes(out, [path, "/x/base.apk"]) == {path: 4824}
    assert parse_hex(CommandOutput("xxd", "504b0304\n0a0b\n"), 6) == bytes.fromhex("504b03040a0b")
    assert parse_hex(CommandOutput("xxd", "/system/bin/sh: xxd: inaccessible or not found\n", 127), 6) is None
    assert parse_hex(CommandOutput("xxd", "504b0304" * 4), 6) is None  # more than was asked: not trusted
