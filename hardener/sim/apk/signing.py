"""Signing the practice phone's APKs for real: JAR (v1) and APK Signature Scheme v2, test keys.

Keys are RSA-2048 made deterministically from a name (seeded prime search, then
``cryptography``'s key objects), so the same persona always has the same certificates and an APK
hashes the same on every run; PKCS#1 v1.5 signatures are deterministic too. These are test keys
in the open (like AOSP's ``testkey``), only for the practice phone.

v1: ``META-INF/MANIFEST.MF``, ``CERT.SF`` (with ``X-Android-APK-Signed: 2``) and ``CERT.RSA``, a
detached PKCS#7 SignedData over ``CERT.SF``. v2 (``apksigning/v2``): an APK Signing Block
before the central directory, holding chunked SHA-256 digests of the entries, central directory
and end record, the certificate and an RSASSA-PKCS1-v1_5-SHA256 signature.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import random
import struct
import zipfile
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p**0.5) + 1))]
_ZIP_TIME = (2008, 1, 1, 0, 0, 0)  # what the Android build writes into every APK entry
_V2_BLOCK_ID = 0x7109871A
_RSA_PKCS1_SHA256 = 0x0103
_CHUNK = 1024 * 1024


def _is_probable_prime(n: int, rng: random.Random) -> bool:
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(24):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng: random.Random, bits: int, e: int) -> int:
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if (n - 1) % e and _is_probable_prime(n, rng):
            return n


_POOL_SIZE = 24  # 276 distinct pairs: every developer of a 1000-app persona still gets its own key


@lru_cache(maxsize=_POOL_SIZE)
def _pool_prime(index: int) -> int:
    return _prime(random.Random(f"hardener practice phone prime:{index}"), 1024, 65537)


@lru_cache(maxsize=1024)
def signing_key(name: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The test key and self-signed certificate called ``name`` (same name, same key, always).

    The two primes come from a pool of deterministic primes, so a persona of 1000 apps costs a
    few prime searches instead of one per developer (about half a second each in Python):
    reading every app's certificate over ADB must not wait minutes on the practice phone.
    """
    rng = random.Random(f"hardener practice phone key:{name}")
    e = 65537
    i, j = rng.sample(range(_POOL_SIZE), 2)
    p, q = max(_pool_prime(i), _pool_prime(j)), min(_pool_prime(i), _pool_prime(j))
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n))
    key = numbers.private_key(unsafe_skip_rsa_key_validation=True)  # test keys built here, sound by construction
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Practice phone (hardener test key)"),
        x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
    ])
    start = dt.datetime(2008, 2, 29, tzinfo=dt.UTC) + dt.timedelta(days=rng.randrange(0, 5000))
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(rng.getrandbits(63) | 1)
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=10_000))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def certificate_digest(name: str, algorithm: str = "sha256") -> str:
    """What ``apksigner verify --print-certs`` prints as the signer's certificate digest."""
    _, cert = signing_key(name)
    return hashlib.new(algorithm, cert.public_bytes(serialization.Encoding.DER)).hexdigest()


# --- v1 ---------------------------------------------------------------------------------------


def _b64sha256(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def _v1_files(entries: list[tuple[str, bytes]], key: rsa.RSAPrivateKey, cert: x509.Certificate
              ) -> list[tuple[str, bytes]]:
    main = b"Manifest-Version: 1.0\r\nCreated-By: 1.0 (Android)\r\n\r\n"
    sections: list[bytes] = []
    for name, data in entries:
        sections.append(f"Name: {name}\r\nSHA-256-Digest: {_b64sha256(data)}\r\n\r\n".encode())
    manifest = main + b"".join(sections)
    sf = (b"Signature-Version: 1.0\r\nCreated-By: 1.0 (Android)\r\n"
          + f"SHA-256-Digest-Manifest: {_b64sha256(manifest)}\r\n".encode()
          + b"X-Android-APK-Signed: 2\r\n\r\n")
    for (name, _), section in zip(entries, sections, strict=True):
        sf += f"Name: {name}\r\nSHA-256-Digest: {_b64sha256(section)}\r\n\r\n".encode()
    block = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(sf)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes])
    )
    return [("META-INF/MANIFEST.MF", manifest), ("META-INF/CERT.SF", sf), ("META-INF/CERT.RSA", block)]


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if not name.endswith((".arsc", ".png")) else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, data, compresslevel=9)
    return buf.getvalue()


# --- v2 ---------------------------------------------------------------------------------------


def _chunked_digest(sections: list[bytes]) -> bytes:
    digests = []
    for section in sections:
        for start in range(0, len(section), _CHUNK):
            chunk = section[start : start + _CHUNK]
            digests.append(hashlib.sha256(b"\xa5" + struct.pack("<I", len(chunk)) + chunk).digest())
    return hashlib.sha256(b"\x5a" + struct.pack("<I", len(digests)) + b"".join(digests)).digest()


def _lp(data: bytes) -> bytes:
    return struct.pack("<I", len(data)) + data


def _v2_block(contents: bytes, cd: bytes, eocd: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bytes:
    digest = _chunked_digest([contents, cd, eocd])
    der = cert.public_bytes(serialization.Encoding.DER)
    signed_data = (_lp(_lp(struct.pack("<I", _RSA_PKCS1_SHA256) + _lp(digest)))
                   + _lp(_lp(der))
                   + _lp(b""))
    signature = key.sign(signed_data, padding.PKCS1v15(), hashes.SHA256())
    public = key.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    signer = _lp(signed_data) + _lp(_lp(struct.pack("<I", _RSA_PKCS1_SHA256) + _lp(signature))) + _lp(public)
    value = _lp(_lp(signer))
    pair = struct.pack("<QI", 4 + len(value), _V2_BLOCK_ID) + value
    size = len(pair) + 8 + 16
    return struct.pack("<Q", size) + pair + struct.pack("<Q", size) + b"APK Sig Block 42"


def build_signed_apk(entries: list[tuple[str, bytes]], key_name: str) -> bytes:
    """A zip of ``entries`` signed with v1 and v2 by the test key ``key_name``."""
    key, cert = signing_key(key_name)
    unsigned = _zip(entries + _v1_files(entries, key, cert))
    eocd_at = unsigned.rindex(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", unsigned, eocd_at + 12)
    contents, cd, eocd = unsigned[:cd_offset], unsigned[cd_offset : cd_offset + cd_size], unsigned[eocd_at:]
    block = _v2_block(contents, cd, eocd, key, cert)
    moved = bytearray(eocd)
    struct.pack_into("<I", moved, 16, cd_offset + len(block))
    return contents + block + cd + bytes(moved)


def has_signature(apk: bytes) -> bool:
    """A signing block or a JAR signature is there (the phone's parse check, not a verification)."""
    if b"APK Sig Block 42" in apk[-(1 << 20) :]:
        return True
    try:
        names = zipfile.ZipFile(io.BytesIO(apk)).namelist()
    except zipfile.BadZipFile:
        return False
    return any(n.startswith("META-INF/") and n.endswith((".RSA", ".DSA", ".EC")) for n in names)
