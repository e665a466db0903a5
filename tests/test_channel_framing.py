"""The batch markers and the shell v2 framing, fed in awkward chunk sizes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hardener.adb.channel import _MarkerSplitter, _V2Decoder

NONCE = "0123456789abcdef"


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, last = [], 0
    for p in points:
        out.append(data[last:p])
        last = p
    out.append(data[last:])
    return out


def _stream(sections: list[tuple[bytes, int]]) -> bytes:
    return b"".join(body + f"__HB_{NONCE}_{i}_{rc}__\n".encode() for i, (body, rc) in enumerate(sections))


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.binary(max_size=300), st.integers(0, 255)), min_size=1, max_size=6),
    st.lists(st.integers(0, 5000), max_size=12),
)
def test_sections_survive_any_chunking(sections, cuts):
    splitter = _MarkerSplitter(NONCE)
    got = []
    for chunk in _chunks(_stream(sections), cuts):
        got.extend(splitter.feed(chunk))
    got.extend(splitter.finish())
    assert [(body, rc) for _i, body, rc, _cut in got] == sections
    assert [i for i, _b, _r, _c in got] == list(range(len(sections)))
    assert not any(cut for *_rest, cut in got)


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.binary(max_size=600), st.integers(0, 255)), min_size=1, max_size=6),
    st.lists(st.integers(0, 5000), max_size=12),
    st.integers(0, 400),
)
def test_a_capped_section_keeps_its_first_bytes_and_says_it_was_cut(sections, cuts, limit):
    splitter = _MarkerSplitter(NONCE, limit=limit)
    got = []
    for chunk in _chunks(_stream(sections), cuts):
        got.extend(splitter.feed(chunk))
    got.extend(splitter.finish())
    assert [(body, rc, cut) for _i, body, rc, cut in got] == [
        (body[:limit], rc, len(body) > limit) for body, rc in sections
    ]


def test_output_without_final_newline_keeps_the_marker_separate():
    splitter = _MarkerSplitter(NONCE)
    got = list(splitter.feed(b"null" + f"__HB_{NONCE}_0_0__\n".encode()))
    assert got == [(0, b"null", 0, False)]


def test_a_forged_marker_with_another_nonce_is_just_output():
    splitter = _MarkerSplitter(NONCE)
    data = b"__HB_ffffffffffffffff_0_0__\nreal\n" + f"__HB_{NONCE}_0_3__\n".encode()
    assert list(splitter.feed(data)) == [(0, b"__HB_ffffffffffffffff_0_0__\nreal\n", 3, False)]


def test_v2_packets_split_across_writes_and_exit_code():
    packets = b"\x01\x05\x00\x00\x00hello" + b"\x02\x03\x00\x00\x00err" + b"\x03\x01\x00\x00\x00\x2a"
    decoder = _V2Decoder()
    out = b"".join(decoder.feed(packets[i : i + 3]) for i in range(0, len(packets), 3))
    assert out == b"helloerr"
    assert decoder.exit_code == 42
