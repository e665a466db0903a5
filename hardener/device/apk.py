"""An APK read in pieces: its signing certificates and its label, from byte ranges of the file.

Why pieces: an app's APK can be hundreds of megabytes, and a scan reads many of them over one
ADB link. What identifies the app sits in small, known places: the APK Signing Block (v2/v3)
just before the zip's central directory, the v1 ``META-INF/*.RSA|DSA|EC`` entry, the binary
``AndroidManifest.xml`` and, when the label is a resource reference, ``resources.arsc``. A
:class:`SparseApk` holds the ranges read so far; :func:`next_reads` says which ranges are
still needed (so the caller fetches them for every app in one batch), and :func:`apk_facts`
gives the result once nothing more can be learned.

Libraries: the zip structure is read by the standard library's :mod:`zipfile` (through a
file object over the sparse ranges, so CRCs are checked), certificates by ``cryptography``
(X.509 DER and PKCS#7). The APK Signing Block, the binary XML and the resource table have no
small, typed, well-kept reader on PyPI (apkInspector covers the zip and the manifest but
neither the signing block nor ``resources.arsc``; androguard does all of it but is a large
framework), so the few structures needed here are read directly, after Android's
``ApkSigningBlockUtils``, ``ResXMLTree`` and ``ResTable`` formats. Every reader is total: bad
input gives a problem, never an exception.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

TAIL_BYTES = 64 * 1024  # the first read: the end record, the central directory and the signing block, mostly
MAX_ENTRY_BYTES = 1024 * 1024  # a manifest or a v1 signature file larger than this is not read
MAX_ARSC_BYTES = 4 * 1024 * 1024  # resources.arsc is read only for a label, and only up to this size
MAX_BLOCK_BYTES = 1024 * 1024  # a signing block larger than this is not read (certificates are small)
_BLOCK_GUESS = 16 * 1024

_EOCD = b"PK\x05\x06"
_BLOCK_MAGIC = b"APK Sig Block 42"
# Signature scheme blocks inside the APK Signing Block (ApkSigningBlockUtils ids).
SCHEMES = {0x7109871A: "v2", 0xF05368C0: "v3", 0x1B93AD61: "v3.1"}
_V1_SUFFIXES = (".RSA", ".DSA", ".EC")
_LABEL_ATTR = 0x01010001  # android.R.attr.label


class ApkError(ValueError):
    """The bytes are not what an APK has there (the message says what was expected)."""


@dataclass(frozen=True)
class ApkCertificate:
    """One signing certificate: digests of its DER bytes, as ``apksigner`` prints them."""

    sha1: str  # upper-case hex, the form Echap's lists use
    sha256: str
    scheme: str  # "v2", "v3", "v3.1" or "v1"
    subject: str = ""  # the certificate's subject (RFC 4514), the developer's own words


@dataclass(frozen=True)
class ApkFacts:
    """What the APK itself says: its signers and its label (None: not read, see problems)."""

    path: str
    size: int | None = None
    certificates: tuple[ApkCertificate, ...] = ()
    label: str | None = None
    problems: tuple[str, ...] = ()

    @property
    def digests(self) -> tuple[str, ...]:
        """Every SHA-1 and SHA-256 the certificates have, once each."""
        return tuple(dict.fromkeys(d for c in self.certificates for d in (c.sha1, c.sha256)))


def certificate_of(der: bytes, scheme: str) -> ApkCertificate:
    subject = ""
    try:
        subject = x509.load_der_x509_certificate(der).subject.rfc4514_string()
    except ValueError:
        pass  # the digests are of the bytes: they still identify the signer
    return ApkCertificate(
        hashlib.sha1(der, usedforsecurity=False).hexdigest().upper(),
        hashlib.sha256(der).hexdigest().upper(),
        scheme,
        subject[:200],
    )


# --- the file in pieces -----------------------------------------------------------------------


@dataclass
class SparseApk:
    """The byte ranges of one APK read so far (a file of ``size`` bytes, mostly unknown)."""

    path: str
    size: int
    want_label: bool = False
    chunks: dict[int, bytes] = field(default_factory=dict)  # start -> bytes

    def add(self, start: int, data: bytes) -> None:
        if data and 0 <= start < self.size:
            self.chunks[start] = data[: self.size - start]

    def _spans(self) -> list[tuple[int, int]]:
        merged: list[tuple[int, int]] = []
        for start in sorted(self.chunks):
            end = start + len(self.chunks[start])
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def has(self, start: int, end: int) -> bool:
        start, end = max(0, start), min(self.size, end)
        return start >= end or any(s <= start and end <= e for s, e in self._spans())

    def get(self, start: int, end: int) -> bytes:
        """The bytes of [start, end); unknown bytes read as zero (callers ask :meth:`has` first)."""
        start, end = max(0, start), min(self.size, end)
        out = bytearray(max(0, end - start))
        for s, data in self.chunks.items():
            lo, hi = max(s, start), min(s + len(data), end)
            if lo < hi:
                out[lo - start : hi - start] = data[lo - s : hi - s]
        return bytes(out)

    def missing(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of [start, end) not read yet."""
        start, end = max(0, start), min(self.size, end)
        gaps: list[tuple[int, int]] = []
        at = start
        for s, e in self._spans():
            if e <= at or s >= end:
                continue
            if s > at:
                gaps.append((at, s))
            at = max(at, e)
        if at < end:
            gaps.append((at, end))
        return gaps


class _SparseReader(io.RawIOBase):
    """A read-only, seekable file over a :class:`SparseApk`, for :mod:`zipfile`."""

    def __init__(self, apk: SparseApk) -> None:
        self.apk = apk
        self.pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self.pos, 2: self.apk.size}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def tell(self) -> int:
        return self.pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), max(0, self.apk.size - self.pos))
        buffer[:n] = self.apk.get(self.pos, self.pos + n)
        self.pos += n
        return n


# --- where things are ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    cd_offset: int
    cd_size: int
    eocd_at: int


def _layout(apk: SparseApk) -> _Layout | None:
    """The end record, found in the known tail (None while the tail is not read)."""
    start = max(0, apk.size - TAIL_BYTES)
    if not apk.has(start, apk.size):
        return None
    tail = apk.get(start, apk.size)
    at = tail.rfind(_EOCD)
    while at >= 0:
        if len(tail) - at >= 22:
            cd_size, cd_offset = struct.unpack_from("<II", tail, at + 12)
            eocd_at = start + at
            if cd_offset + cd_size <= eocd_at:
                return _Layout(cd_offset, cd_size, eocd_at)
        at = tail.rfind(_EOCD, 0, at)
    raise ApkError("no zip end record in the last 64 KiB")


def _block_range(apk: SparseApk, lay: _Layout) -> tuple[int, int] | None:
    """Where the APK Signing Block is: None when there is none (a v1-only APK)."""
    footer = apk.get(lay.cd_offset - 24, lay.cd_offset)
    if lay.cd_offset < 32 or footer[8:] != _BLOCK_MAGIC:
        return None
    (size,) = struct.unpack_from("<Q", footer, 0)
    if size < 24 or size > MAX_BLOCK_BYTES or size + 8 > lay.cd_offset:
        raise ApkError(f"APK Signing Block of an unexpected size ({size} bytes)")
    return lay.cd_offset - size - 8, lay.cd_offset


def _entries(apk: SparseApk) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(_SparseReader(apk)) as zf:
        return {info.filename: info for info in zf.infolist()}


def _entry_extent(infos: dict[str, zipfile.ZipInfo], name: str, end_of_data: int) -> tuple[int, int]:
    """From an entry's local header to the next entry (local extra fields differ from the
    central directory's, so the exact end is only known once the header is read)."""
    info = infos[name]
    starts = sorted({i.header_offset for i in infos.values()})
    following = starts[bisect.bisect_right(starts, info.header_offset) :]
    end = following[0] if following else end_of_data
    return info.header_offset, min(end, info.header_offset + 30 + len(name.encode()) + info.compress_size + 65_535)


def _v1_names(infos: dict[str, zipfile.ZipInfo]) -> list[str]:
    return sorted(n for n in infos if n.upper().startswith("META-INF/") and n.upper().endswith(_V1_SUFFIXES)
                  and n.count("/") == 1)


def next_reads(apk: SparseApk) -> list[tuple[int, int]]:
    """The byte ranges to read next ([start, end) pairs); empty when nothing more can be learned."""
    try:
        return _next_reads(apk)
    except (ApkError, zipfile.BadZipFile, struct.error, ValueError, OSError, EOFError, KeyError):
        return []  # apk_facts says what is wrong


def _next_reads(apk: SparseApk) -> list[tuple[int, int]]:
    tail = (max(0, apk.size - TAIL_BYTES), apk.size)
    if not apk.has(*tail):
        return apk.missing(*tail)
    lay = _layout(apk)
    assert lay is not None
    # With the rest of the central directory, the 16 KiB before it: the signing block is
    # usually that small, so its footer and its contents come in the same round.
    need = apk.missing(max(0, lay.cd_offset - _BLOCK_GUESS), lay.cd_offset) + apk.missing(lay.cd_offset, lay.eocd_at)
    if need:
        return need
    block = _block_range(apk, lay)
    if block is not None and not apk.has(*block):
        return apk.missing(*block)
    infos = _entries(apk)
    end_of_data = block[0] if block is not None else lay.cd_offset
    wanted: list[str] = []
    if block is None or not _block_certificates(apk.get(*block)):
        wanted += _v1_names(infos)[:1]
    if apk.want_label and "AndroidManifest.xml" in infos:
        wanted.append("AndroidManifest.xml")
        arsc = infos.get("resources.arsc")
        if arsc is not None and arsc.compress_size <= MAX_ARSC_BYTES:
            wanted.append("resources.arsc")  # read with the manifest: the label is mostly a reference
    out: list[tuple[int, int]] = []
    for name in wanted:
        info = infos[name]
        if name != "resources.arsc" and info.compress_size > MAX_ENTRY_BYTES:
            continue
        out += apk.missing(*_entry_extent(infos, name, end_of_data))
    return out


# --- what it says -------------------------------------------------------------------------------


def apk_facts(apk: SparseApk) -> ApkFacts:
    """Certificates and label from what was read; whatever could not be read is a problem."""
    problems: list[str] = []
    certs: list[ApkCertificate] = []
    label: str | None = None
    try:
        lay = _layout(apk)
        if lay is None:
            return ApkFacts(apk.path, apk.size, problems=("the end of the file was not read",))
        block = _block_range(apk, lay)
        if block is not None and apk.has(*block):
            certs = _block_certificates(apk.get(*block))
        infos = _entries(apk)
        if not certs:
            certs = _v1_certificates(apk, infos, problems)
        if apk.want_label:
            label = _label(apk, infos, problems)
    except (ApkError, zipfile.BadZipFile, struct.error, ValueError, OSError, EOFError, KeyError) as exc:
        problems.append(f"not read as an APK: {type(exc).__name__}: {str(exc)[:120]}")
    if not certs and not problems:
        problems.append("no signing certificate found")
    return ApkFacts(apk.path, apk.size, tuple(certs), label, tuple(problems))


def _lp(data: bytes, at: int) -> tuple[bytes, int]:
    """A little-endian uint32 length-prefixed value at ``at``, and where the next one starts."""
    (n,) = struct.unpack_from("<I", data, at)
    if at + 4 + n > len(data):
        raise ApkError("a length runs past its block")
    return data[at + 4 : at + 4 + n], at + 4 + n


def _sequence(data: bytes) -> Iterator[bytes]:
    at = 0
    while at < len(data):
        item, at = _lp(data, at)
        yield item


def _block_certificates(block: bytes) -> list[ApkCertificate]:
    """Certificates of the v3.1, v3 and v2 schemes, newest scheme first (Android's order)."""
    pairs = block[8:-24]
    by_scheme: dict[str, list[ApkCertificate]] = {}
    at = 0
    while at + 12 <= len(pairs):
        length, pair_id = struct.unpack_from("<QI", pairs, at)
        if length < 4 or at + 8 + length > len(pairs):
            raise ApkError("a signing block entry runs past the block")
        value = pairs[at + 12 : at + 8 + length]
        at += 8 + length
        scheme = SCHEMES.get(pair_id)
        if scheme is None:
            continue  # padding, source stamps, other blocks: not signers
        for signer_blob in _sequence(_lp(value, 0)[0]):
            signed_data, _ = _lp(signer_blob, 0)
            _digests, rest = _lp(signed_data, 0)
            cert_seq, _ = _lp(signed_data, rest)
            for der in _sequence(cert_seq):
                by_scheme.setdefault(scheme, []).append(certificate_of(der, scheme))
    for scheme in ("v3.1", "v3", "v2"):
        if by_scheme.get(scheme):
            return by_scheme[scheme]
    return []


def _read_entry(apk: SparseApk, infos: dict[str, zipfile.ZipInfo], name: str, problems: list[str]) -> bytes | None:
    info = infos[name]
    if not apk.has(info.header_offset, info.header_offset + 30 + len(name.encode()) + info.compress_size):
        problems.append(f"{name}: not read")
        return None
    try:
        with zipfile.ZipFile(_SparseReader(apk)) as zf:
            return zf.read(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
        problems.append(f"{name}: {type(exc).__name__}: {str(exc)[:120]}")
        return None


def _v1_certificates(apk: SparseApk, infos: dict[str, zipfile.ZipInfo], problems: list[str]) -> list[ApkCertificate]:
    names = _v1_names(infos)
    if not names:
        return []
    data = _read_entry(apk, infos, names[0], problems)
    if data is None:
        return []
    try:
        certs = pkcs7.load_der_pkcs7_certificates(data)
    except ValueError as exc:
        problems.append(f"{names[0]}: not a PKCS#7 signature ({str(exc)[:80]})")
        return []
    # The signer's own certificate comes first in what jarsigner and apksigner write.
    return [certificate_of(c.public_bytes(Encoding.DER), "v1") for c in certs[:1]]


def _label(apk: SparseApk, infos: dict[str, zipfile.ZipInfo], problems: list[str]) -> str | None:
    if "AndroidManifest.xml" not in infos:
        problems.append("no AndroidManifest.xml")
        return None
    manifest = _read_entry(apk, infos, "AndroidManifest.xml", problems)
    if manifest is None:
        return None
    value = manifest_label(manifest)
    if isinstance(value, str) or value is None:
        return value
    arsc = _read_entry(apk, infos, "resources.arsc", problems) if "resources.arsc" in infos else None
    if arsc is None:
        problems.append(f"label is resource 0x{value:08x}; resources.arsc not read")
        return None
    resolved = resolve_string(arsc, value)
    if resolved is None:
        problems.append(f"label resource 0x{value:08x} not found in resources.arsc")
    return resolved


# --- binary XML and the resource table ---------------------------------------------------------


def string_pool(data: bytes, at: int) -> list[str]:
    """The strings of a ResStringPool chunk at ``at`` (UTF-8 or UTF-16)."""
    _type, header_size, size = struct.unpack_from("<HHI", data, at)
    count, _styles, flags, strings_start, _ = struct.unpack_from("<IIIII", data, at + 8)
    if count > 1_000_000 or at + size > len(data):
        raise ApkError("string pool larger than its chunk")
    utf8 = bool(flags & 0x100)
    base = at + strings_start
    out: list[str] = []
    for i in range(count):
        (offset,) = struct.unpack_from("<I", data, at + header_size + 4 * i)
        p = base + offset
        if utf8:
            p += 2 if data[p] & 0x80 else 1  # length in characters
            n = data[p]
            if n & 0x80:
                n = ((n & 0x7F) << 8) | data[p + 1]
                p += 1
            out.append(data[p + 1 : p + 1 + n].decode("utf-8", "replace"))
        else:
            (n,) = struct.unpack_from("<H", data, p)
            if n & 0x8000:
                n = ((n & 0x7FFF) << 16) | struct.unpack_from("<H", data, p + 2)[0]
                p += 2
            out.append(data[p + 2 : p + 2 + 2 * n].decode("utf-16-le", "replace"))
    return out


def manifest_label(axml: bytes) -> str | int | None:
    """``<application android:label>``: the text, a resource id to look up, or None when absent."""
    try:
        return _manifest_label(axml)
    except (ApkError, struct.error, IndexError, ValueError):
        return None


def _manifest_label(axml: bytes) -> str | int | None:
    _type, header_size, _size = struct.unpack_from("<HHI", axml, 0)
    if _type != 0x0003:
        raise ApkError("not binary XML")
    at = header_size
    strings: list[str] = []
    res_ids: list[int] = []
    while at + 8 <= len(axml):
        ctype, chead, csize = struct.unpack_from("<HHI", axml, at)
        if csize < 8:
            raise ApkError("empty chunk")
        if ctype == 0x0001:
            strings = string_pool(axml, at)
        elif ctype == 0x0180:
            res_ids = list(struct.unpack_from(f"<{(csize - chead) // 4}I", axml, at + chead))
        elif ctype == 0x0102:  # start element
            _ns, name, attr_start, attr_size, attr_count = struct.unpack_from("<iiHHH", axml, at + 16)
            if 0 <= name < len(strings) and strings[name] == "application":
                for i in range(attr_count):
                    a = at + 16 + attr_start + i * attr_size
                    _ans, aname, raw, _vsize, _res0, dtype, value = struct.unpack_from("<iiiHBBI", axml, a)
                    is_label = (0 <= aname < len(res_ids) and res_ids[aname] == _LABEL_ATTR) or (
                        0 <= aname < len(strings) and strings[aname] == "label")
                    if not is_label:
                        continue
                    if dtype == 0x03 and value < len(strings):
                        return strings[int(value)]
                    if dtype == 0x01:
                        return int(value)
                    return strings[raw] if 0 <= raw < len(strings) else None
                return None
        at += csize
    return None


def resolve_string(arsc: bytes, res_id: int, depth: int = 0) -> str | None:
    """The default-configuration string of ``res_id`` in a resource table, or None."""
    try:
        return _resolve(arsc, res_id, depth)
    except (ApkError, struct.error, IndexError, ValueError):
        return None


def _resolve(arsc: bytes, res_id: int, depth: int) -> str | None:
    _type, header_size, _size = struct.unpack_from("<HHI", arsc, 0)
    if _type != 0x0002 or depth > 3:
        return None
    package_id, type_id, entry_id = res_id >> 24, (res_id >> 16) & 0xFF, res_id & 0xFFFF
    at = header_size
    strings: list[str] = []
    candidates: list[tuple[bool, int, int]] = []  # (default config, data type, data)
    while at + 8 <= len(arsc):
        ctype, chead, csize = struct.unpack_from("<HHI", arsc, at)
        if csize < 8:
            raise ApkError("empty chunk")
        if ctype == 0x0001 and not strings:
            strings = string_pool(arsc, at)
        elif ctype == 0x0200:
            (pid,) = struct.unpack_from("<I", arsc, at + 8)
            if pid == package_id:
                candidates += _package_values(arsc, at, chead, csize, type_id, entry_id)
        at += csize
    for _default, dtype, data in sorted(candidates, key=lambda c: not c[0]):
        if dtype == 0x03 and data < len(strings):
            return strings[data]
        if dtype == 0x01 and data != res_id:
            return _resolve(arsc, data, depth + 1)
    return None


def _package_values(arsc: bytes, start: int, head: int, size: int, type_id: int, entry_id: int
                    ) -> list[tuple[bool, int, int]]:
    found: list[tuple[bool, int, int]] = []
    at = start + head
    end = start + size
    while at + 8 <= end:
        ctype, chead, csize = struct.unpack_from("<HHI", arsc, at)
        if csize < 8:
            raise ApkError("empty chunk")
        if ctype == 0x0201:
            tid, flags, _res, count, entries_start = struct.unpack_from("<BBHII", arsc, at + 8)
            if tid == type_id:
                (config_size,) = struct.unpack_from("<I", arsc, at + 20)
                config = arsc[at + 24 : at + 20 + config_size]
                offset = _entry_offset(arsc, at + chead, flags, count, entry_id)
                if offset is not None:
                    value = _entry_value(arsc, at + entries_start + offset, flags)
                    if value is not None:
                        found.append((not any(config), *value))
        at += csize
    return found


def _entry_offset(arsc: bytes, table: int, flags: int, count: int, entry_id: int) -> int | None:
    if flags & 0x01:  # sparse: (index, offset / 4) pairs, sorted by index
        for i in range(count):
            idx, off = struct.unpack_from("<HH", arsc, table + 4 * i)
            if idx == entry_id:
                return int(off) * 4
        return None
    if entry_id >= count:
        return None
    if flags & 0x02:  # 16-bit offsets
        (off16,) = struct.unpack_from("<H", arsc, table + 2 * entry_id)
        return None if off16 == 0xFFFF else off16 * 4
    (off,) = struct.unpack_from("<I", arsc, table + 4 * entry_id)
    return None if off == 0xFFFFFFFF else off


def _entry_value(arsc: bytes, at: int, type_flags: int) -> tuple[int, int] | None:
    size, flags = struct.unpack_from("<HH", arsc, at)
    if flags & 0x08:  # compact entry: the data type in the high byte of the flags
        (data,) = struct.unpack_from("<I", arsc, at + 4)
        return flags >> 8, data
    if flags & 0x01:  # a complex (bag) entry: not a plain string
        return None
    _vsize, _res0, dtype, data = struct.unpack_from("<HBBI", arsc, at + size)
    return dtype, data
