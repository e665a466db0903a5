"""Android's binary XML (``AndroidManifest.xml`` inside an APK): a writer and a small reader.

The format is ``ResXMLTree`` from ``ResourceTypes.h``: a string pool (UTF-16 here), a resource
map giving the ``android:`` attribute ids (tools find ``minSdkVersion`` by id, not by name), then
namespace and element chunks whose attributes carry typed values. Attributes are written sorted
by resource id, as aapt2 does and as the platform's parser expects.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

ANDROID_NS = "http://schemas.android.com/apk/res/android"

RES_STRING_POOL_TYPE = 0x0001
RES_XML_TYPE = 0x0003
RES_XML_START_NAMESPACE_TYPE = 0x0100
RES_XML_END_NAMESPACE_TYPE = 0x0101
RES_XML_START_ELEMENT_TYPE = 0x0102
RES_XML_END_ELEMENT_TYPE = 0x0103
RES_XML_RESOURCE_MAP_TYPE = 0x0180
TYPE_STRING = 0x03
TYPE_INT_DEC = 0x10
TYPE_INT_BOOLEAN = 0x12
_NONE = 0xFFFFFFFF

# android:* attribute resource ids (android.R.attr).
ATTR_IDS = {
    "label": 0x01010001, "name": 0x01010003, "exported": 0x01010010, "debuggable": 0x0101000F,
    "minSdkVersion": 0x0101020C, "versionCode": 0x0101021B, "versionName": 0x0101021C,
    "targetSdkVersion": 0x01010270, "allowBackup": 0x01010280, "testOnly": 0x01010272,
    "compileSdkVersion": 0x01010572,
}

AttrValue = str | int | bool


@dataclass
class Element:
    """One element; attribute keys are ``android:name`` style or bare (``package``)."""

    tag: str
    attrs: dict[str, AttrValue] = field(default_factory=dict)
    children: list[Element] = field(default_factory=list)


class _Pool:
    def __init__(self) -> None:
        self.strings: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, text: str) -> int:
        if text not in self.index:
            self.index[text] = len(self.strings)
            self.strings.append(text)
        return self.index[text]

    def encode(self) -> bytes:
        offsets = bytearray()
        data = bytearray()
        for text in self.strings:
            offsets += struct.pack("<I", len(data))
            units = text.encode("utf-16-le")
            data += struct.pack("<H", len(units) // 2) + units + b"\0\0"
        while len(data) % 4:
            data += b"\0"
        header_size = 28
        strings_start = header_size + len(offsets)
        size = strings_start + len(data)
        head = struct.pack("<HHIIIIII", RES_STRING_POOL_TYPE, header_size, size, len(self.strings), 0, 0,
                           strings_start, 0)
        return head + bytes(offsets) + bytes(data)


def _attr_key(name: str) -> tuple[str | None, str]:
    if name.startswith("android:"):
        return ANDROID_NS, name[len("android:") :]
    return None, name


def encode(root: Element) -> bytes:
    """The binary form of ``root`` (one ``android`` namespace, as aapt2 writes manifests)."""
    pool = _Pool()
    used_attrs: list[str] = []

    def collect(el: Element) -> None:
        for key in el.attrs:
            ns, local = _attr_key(key)
            if ns is not None and local in ATTR_IDS and local not in used_attrs:
                used_attrs.append(local)
        for child in el.children:
            collect(child)

    collect(root)
    used_attrs.sort(key=lambda a: ATTR_IDS[a])
    for local in used_attrs:  # the resource map covers the first strings of the pool
        pool.add(local)
    prefix, uri = pool.add("android"), pool.add(ANDROID_NS)
    body = bytearray()
    body += _node(RES_XML_START_NAMESPACE_TYPE, 1, struct.pack("<II", prefix, uri))

    def emit(el: Element, line: int) -> int:
        items = []
        for key, value in el.attrs.items():
            ns, local = _attr_key(key)
            rid = ATTR_IDS.get(local, 0) if ns is not None else 0
            items.append((rid if rid else 0x7FFFFFFF, ns, local, value))
        items.sort(key=lambda item: item[0])
        attrs = bytearray()
        for _, ns, local, value in items:
            ns_index = pool.add(ns) if ns is not None else _NONE
            name_index = pool.add(local)
            if isinstance(value, bool):
                raw, kind, data = _NONE, TYPE_INT_BOOLEAN, 0xFFFFFFFF if value else 0
            elif isinstance(value, int):
                raw, kind, data = _NONE, TYPE_INT_DEC, value & 0xFFFFFFFF
            else:
                raw = pool.add(value)
                kind, data = TYPE_STRING, raw
            attrs += struct.pack("<IIIHBBI", ns_index, name_index, raw, 8, 0, kind, data)
        ext = struct.pack("<IIHHHHHH", _NONE, pool.add(el.tag), 20, 20, len(items), 0, 0, 0)
        body.extend(_node(RES_XML_START_ELEMENT_TYPE, line, ext + bytes(attrs)))
        line += 1
        for child in el.children:
            line = emit(child, line)
        body.extend(_node(RES_XML_END_ELEMENT_TYPE, line, struct.pack("<II", _NONE, pool.add(el.tag))))
        return line + 1

    last = emit(root, 2)
    body += _node(RES_XML_END_NAMESPACE_TYPE, last, struct.pack("<II", prefix, uri))
    ids = b"".join(struct.pack("<I", ATTR_IDS[a]) for a in used_attrs)
    res_map = struct.pack("<HHI", RES_XML_RESOURCE_MAP_TYPE, 8, 8 + len(ids)) + ids
    chunks = pool.encode() + res_map + bytes(body)
    return struct.pack("<HHI", RES_XML_TYPE, 8, 8 + len(chunks)) + chunks


def _node(kind: int, line: int, ext: bytes) -> bytes:
    return struct.pack("<HHIII", kind, 16, 16 + len(ext), line, _NONE) + ext


class AxmlError(ValueError):
    """Not binary XML, or broken."""


def decode(data: bytes) -> Element:
    """Parse binary XML back into elements (attribute names as ``android:x`` or bare)."""
    if len(data) < 8 or struct.unpack_from("<H", data)[0] != RES_XML_TYPE:
        raise AxmlError("not a binary XML document")
    strings: list[str] = []
    pos = struct.unpack_from("<H", data, 2)[0]
    stack: list[Element] = []
    root: Element | None = None
    while pos + 8 <= len(data):
        kind, header, size = struct.unpack_from("<HHI", data, pos)
        if size < 8 or pos + size > len(data):
            raise AxmlError("broken chunk")
        if kind == RES_STRING_POOL_TYPE:
            strings = _read_pool(data[pos : pos + size])
        elif kind == RES_XML_START_ELEMENT_TYPE:
            ext = pos + header
            _, name, start, attr_size, count = struct.unpack_from("<IIHHH", data, ext)
            el = Element(_s(strings, name))
            for k in range(count):
                a = ext + start + k * attr_size
                ns, aname, raw, _, _, dtype, value = struct.unpack_from("<IIIHBBI", data, a)
                key = ("android:" if ns != _NONE and _s(strings, ns) == ANDROID_NS else "") + _s(strings, aname)
                if dtype == TYPE_STRING:
                    el.attrs[key] = _s(strings, value)
                elif dtype == TYPE_INT_BOOLEAN:
                    el.attrs[key] = value != 0
                elif raw != _NONE:
                    el.attrs[key] = _s(strings, raw)
                else:
                    el.attrs[key] = value - (1 << 32) if value & 0x80000000 else value
            if stack:
                stack[-1].children.append(el)
            else:
                root = el
            stack.append(el)
        elif kind == RES_XML_END_ELEMENT_TYPE and stack:
            stack.pop()
        pos += size
    if root is None:
        raise AxmlError("no root element")
    return root


def _s(strings: list[str], index: int) -> str:
    return strings[index] if 0 <= index < len(strings) else ""


def _read_pool(chunk: bytes) -> list[str]:
    _, header, _, count, _, flags, strings_start, _ = struct.unpack_from("<HHIIIIII", chunk)
    utf8 = bool(flags & 0x100)
    out: list[str] = []
    for k in range(count):
        off = strings_start + struct.unpack_from("<I", chunk, header + 4 * k)[0]
        if utf8:
            off += 2 if chunk[off] & 0x80 else 1
            n = chunk[off]
            if n & 0x80:
                n = ((n & 0x7F) << 8) | chunk[off + 1]
                off += 1
            off += 1
            out.append(chunk[off : off + n].decode("utf-8", "replace"))
        else:
            n = struct.unpack_from("<H", chunk, off)[0]
            off += 2
            if n & 0x8000:
                n = ((n & 0x7FFF) << 16) | struct.unpack_from("<H", chunk, off)[0]
                off += 2
            out.append(chunk[off : off + 2 * n].decode("utf-16-le", "replace"))
    return out
