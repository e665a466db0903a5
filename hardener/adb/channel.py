"""One serialised channel to one phone: run a command, run a batch, push and pull files.

adb-shell is not safe to call from several threads at once (a CLSE meant for one stream can be
swallowed by another, and that thread then waits forever), so every call here takes the
channel's lock. Errors from adb-shell, sockets and libusb are turned into hardener's typed
errors; after a timeout or a lost link the channel refuses further work, because the stream
state inside adb-shell can no longer be trusted. Reconnect instead.

A batch runs many commands as one shell command (one ADB round trip), separated by markers
that carry a random nonce and each command's exit status, and streams each section back as
soon as its marker arrives. See docs/architecture.md, "The batch script".
"""

from __future__ import annotations

import io
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from adb_shell import exceptions as adb_exc

from hardener.adb.link import DeviceLink
from hardener.adb.output import CommandOutput
from hardener.adb.transport import LinkClosed, ProtocolViolation
from hardener.errors import Cancelled, CommandTimeout, ConnectionLost, HardenerError, PhoneRefused

SectionCallback = Callable[[int, CommandOutput], None]

# The largest real output hardener reads is "dumpsys package packages": a few MB on a phone
# with hundreds of apps. These caps leave a wide margin, yet stop a hostile or broken phone
# from filling the laptop's memory.
MAX_COMMAND_BYTES = 32 * 1024 * 1024
MAX_BATCH_BYTES = 96 * 1024 * 1024

_V2_STDOUT, _V2_STDERR, _V2_EXIT = 1, 2, 3


@dataclass
class ChannelStats:
    round_trips: int = 0  # services opened: one per run, batch, push or pull
    bytes_in: int = 0


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "backslashreplace")


def translate_error(exc: BaseException, cancelled: bool = False) -> HardenerError:
    """Map adb-shell / socket / libusb failures to hardener's typed errors."""
    if isinstance(exc, HardenerError):
        return exc
    if cancelled:
        return Cancelled(str(exc))
    if isinstance(exc, adb_exc.TcpTimeoutException | adb_exc.AdbTimeoutError | TimeoutError):
        return CommandTimeout(str(exc))
    if isinstance(exc, LinkClosed | ProtocolViolation | OSError):
        return ConnectionLost(str(exc))
    name = type(exc).__name__
    if name.startswith("USBError") or isinstance(
        exc,
        adb_exc.UsbReadFailedError
        | adb_exc.UsbWriteFailedError
        | adb_exc.InvalidCommandError
        | adb_exc.InvalidChecksumError
        | adb_exc.InvalidResponseError
        | adb_exc.AdbConnectionError,
    ):
        return ConnectionLost(f"{name}: {exc}")
    return ConnectionLost(f"{name}: {exc}")


class _V2Decoder:
    """Shell protocol v2: ``[id:u8][len:u32 LE][data]`` packets spanning WRTE boundaries."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self.exit_code: int | None = None

    def feed(self, chunk: bytes) -> bytes:
        """Add bytes; return the stdout/stderr payload now complete (merged, in order)."""
        self._buf += chunk
        out = bytearray()
        while len(self._buf) >= 5:
            kind = self._buf[0]
            length = int.from_bytes(self._buf[1:5], "little")
            if len(self._buf) < 5 + length:
                break
            payload = bytes(self._buf[5 : 5 + length])
            del self._buf[: 5 + length]
            if kind in (_V2_STDOUT, _V2_STDERR):
                out += payload
            elif kind == _V2_EXIT and payload:
                self.exit_code = payload[0]
        return bytes(out)


class _MarkerSplitter:
    """Cuts a byte stream into sections at ``__HB_<nonce>_<i>_<rc>__`` markers.

    ``limit`` caps how many bytes of one section are kept (the caller may change it between
    sections); the rest of an over-long section is read and dropped, and the section comes out
    marked as cut. Memory stays bounded whatever the phone prints: only the short tail that
    could hold a partial marker is kept beyond the cap.
    """

    _TAIL = 128  # longer than any marker line

    def __init__(self, nonce: str, limit: int | None = None) -> None:
        self._re = re.compile(rb"__HB_" + nonce.encode() + rb"_(\d+)_(\d+)__\r?\n?")
        self._buf = bytearray()  # not yet known to be body: may hold (part of) a marker
        self._body = bytearray()  # the current section's body so far, at most ``limit`` bytes
        self._over = False  # bytes of the current section were dropped
        self._scan_from = 0
        self.limit = limit

    def _keep(self, data: bytes) -> None:
        room = len(data) if self.limit is None else max(0, self.limit - len(self._body))
        if len(data) > room:
            self._over = True
        self._body += data[:room]

    def _cut(self, m: re.Match[bytes]) -> tuple[int, bytes, int, bool]:
        self._keep(bytes(self._buf[: m.start()]))
        section = (int(m.group(1)), bytes(self._body), int(m.group(2)), self._over)
        del self._buf[: m.end()]
        self._body = bytearray()
        self._over = False
        self._scan_from = 0
        return section

    def feed(self, chunk: bytes) -> Iterator[tuple[int, bytes, int, bool]]:
        """Add bytes; yield ``(index, body, exit status, cut)`` for each section now complete."""
        self._buf += chunk
        while True:
            # Markers are short: rescan only the tail that could hold a partial one.
            m = self._re.search(self._buf, max(0, self._scan_from - 64))
            if m is None or (m.end() == len(self._buf) and not self._buf.endswith(b"\n")):
                if len(self._buf) > self._TAIL:  # all but the tail is surely body
                    self._keep(bytes(self._buf[: -self._TAIL]))
                    del self._buf[: -self._TAIL]
                self._scan_from = len(self._buf)
                return
            yield self._cut(m)

    def finish(self) -> Iterator[tuple[int, bytes, int, bool]]:
        """End of stream: a marker right at the end is complete even without its newline."""
        m = self._re.search(self._buf)
        while m is not None:
            yield self._cut(m)
            m = self._re.search(self._buf)

    def rest(self) -> bytes:
        return bytes(self._body + self._buf)


class Channel:
    """The one way hardener talks to a connected phone."""

    def __init__(self, device: DeviceLink, *, read_timeout_s: float = 30.0) -> None:
        self._device = device
        # Input limits: what one command, and one batch, may print before the rest is dropped
        # (and the output marked ``truncated``, which a scan reports as a gap). Instance
        # attributes so a test can lower them.
        self.max_command_bytes = MAX_COMMAND_BYTES
        self.max_batch_bytes = MAX_BATCH_BYTES
        self._lock = threading.RLock()
        self._broken: HardenerError | None = None
        self._cancel = threading.Event()
        self.read_timeout_s = read_timeout_s
        self.stats = ChannelStats()
        # This computer's ADB key (MD5, as the phone shows it), when hardener signed in itself;
        # None through Google's adb server, whose key hardener does not hold.
        self.own_key_fingerprint: str | None = None
        self.shell_v2 = "shell_v2" in device.features
        self._last_v2_exit: int | None = None
        self._accepted_before = device.services_accepted

    # --- state -----------------------------------------------------------------------------

    @property
    def banner(self) -> dict[str, str]:
        return self._device.banner_props()

    @property
    def usable(self) -> bool:
        return self._broken is None

    @property
    def command_reached_phone(self) -> bool:
        """Whether the phone accepted the last command or file transfer (OKAY to its OPEN).

        After a lost link this separates "the phone never got it" from "the phone got it and
        then the link went", which only the caller can weigh (``finish`` expects the second).
        """
        return self._device.services_accepted > self._accepted_before

    def _opening(self) -> None:
        self._accepted_before = self._device.services_accepted

    def close(self) -> None:
        with self._lock:
            try:
                self._device.close()
            except Exception:  # noqa: S110 - closing a dead link must not raise
                pass
            if self._broken is None:
                self._broken = ConnectionLost("closed")

    def cancel(self) -> None:
        """Stop the command in progress from another thread. The channel is unusable after."""
        self._cancel.set()
        self._device.interrupt()

    def _fail(self, exc: BaseException) -> HardenerError:
        err = translate_error(exc, cancelled=self._cancel.is_set())
        self._broken = err
        try:
            self._device.close()
        except Exception:  # noqa: S110
            pass
        return err

    def _check_usable(self) -> None:
        if self._broken is not None:
            raise ConnectionLost(f"channel unusable: {self._broken.detail}")

    # --- shell -----------------------------------------------------------------------------

    def _stream(self, command: str, timeout_s: float) -> Iterator[bytes]:
        """Open one shell service and yield its raw WRTE payloads (v2 framing undone)."""
        deadline = time.monotonic() + timeout_s
        self.stats.round_trips += 1
        self._opening()
        if self.shell_v2:
            decoder: _V2Decoder | None = _V2Decoder()
            service = b"shell,v2,raw"
        else:
            decoder = None
            service = b"shell"
        per_read = min(timeout_s, self.read_timeout_s)
        chunks = self._device._streaming_service(
            service, command.encode("utf-8"), transport_timeout_s=per_read, read_timeout_s=per_read, decode=False
        )
        for chunk in chunks:
            self.stats.bytes_in += len(chunk)
            if self._cancel.is_set():
                raise Cancelled("cancelled")
            if time.monotonic() > deadline:
                raise CommandTimeout(f"command took longer than {timeout_s:.0f} s")
            data = decoder.feed(bytes(chunk)) if decoder is not None else bytes(chunk)
            if data:
                yield data
        self._last_v2_exit = decoder.exit_code if decoder is not None else None

    def run(self, command: str, timeout_s: float = 30.0) -> CommandOutput:
        """Run one command line (already validated and quoted) and return its output and status."""
        with self._lock:
            self._check_usable()
            cap = self.max_command_bytes
            try:
                if self.shell_v2:
                    kept = bytearray()
                    cut = False
                    for data in self._stream(command, timeout_s):
                        room = cap - len(kept)
                        if len(data) > room:  # read on to the end, keep only the cap
                            cut = True
                            data = data[: max(0, room)]
                        kept += data
                    text = _decode(bytes(kept))
                    if self._last_v2_exit is None:
                        # adbd always sends the exit packet before closing: without it, the
                        # output (and whether the command finished) is not known.
                        failure = "the phone's output ended early"
                        return CommandOutput(command, text, None, failure=failure, truncated=cut)
                    return CommandOutput(command, text, self._last_v2_exit, truncated=cut)
                nonce = secrets.token_hex(8)
                wrapped = f'{command} 2>&1; echo "__HB_{nonce}_0_$?__"'
                splitter = _MarkerSplitter(nonce, limit=cap)
                sections = [s for chunk in self._stream(wrapped, timeout_s) for s in splitter.feed(chunk)]
            except Exception as exc:
                raise self._fail(exc) from exc
        sections += list(splitter.finish())
        if sections:
            _idx, body, rc, cut = sections[0]
            return CommandOutput(command, _decode(body), rc, truncated=cut)
        rest = splitter.rest()
        return CommandOutput(command, _decode(rest), None, failure="the phone's output ended early")

    def run_batch(
        self,
        commands: Sequence[str],
        on_section: SectionCallback | None = None,
        timeout_s: float = 120.0,
    ) -> list[CommandOutput]:
        """Run ``commands`` as one shell command; call ``on_section`` as each one completes.

        A section whose marker never came (the phone cut the output short) is returned with
        ``failure`` set; the others stand. A lost link raises ConnectionLost, after the
        sections that did complete were handed to ``on_section``.
        """
        if not commands:
            return []
        nonce = secrets.token_hex(8)
        script = "; ".join(f'{cmd} 2>&1; echo "__HB_{nonce}_{i}_$?__"' for i, cmd in enumerate(commands))
        results: dict[int, CommandOutput] = {}
        command_cap, batch_left = self.max_command_bytes, self.max_batch_bytes
        splitter = _MarkerSplitter(nonce, limit=min(command_cap, batch_left))

        def take(index: int, body: bytes, rc: int, cut: bool) -> None:
            nonlocal batch_left
            # Each section may keep at most what the batch has left: the whole stays capped.
            batch_left = max(0, batch_left - len(body))
            splitter.limit = min(command_cap, batch_left)
            if 0 <= index < len(commands) and index not in results:
                out = CommandOutput(commands[index], _decode(body), rc, truncated=cut)
                results[index] = out
                if on_section is not None:
                    on_section(index, out)

        with self._lock:
            self._check_usable()
            try:
                for chunk in self._stream(script, timeout_s):
                    for section in splitter.feed(chunk):
                        take(*section)
            except Exception as exc:
                raise self._fail(exc) from exc
        for section in splitter.finish():
            take(*section)
        leftover = _decode(splitter.rest())
        final: list[CommandOutput] = []
        for i, cmd in enumerate(commands):
            if i in results:
                final.append(results[i])
            else:
                text = leftover if i == len(results) else ""
                out = CommandOutput(cmd, text, None, failure="the phone's output ended early")
                final.append(out)
                if on_section is not None:
                    on_section(i, out)
        return final

    # --- files ---------------------------------------------------------------------------------

    def push_bytes(self, data: bytes, device_path: str, mode: int = 0o100600) -> None:
        with self._lock:
            self._check_usable()
            self.stats.round_trips += 1
            self._opening()
            try:
                self._device.push(io.BytesIO(data), device_path, st_mode=mode, read_timeout_s=self.read_timeout_s)
            except adb_exc.PushFailedError as exc:
                raise PhoneRefused(f"push failed: {exc}") from exc
            except Exception as exc:
                raise self._fail(exc) from exc

    def pull_bytes(self, device_path: str) -> bytes | None:
        """The file's bytes, or None if the phone says it does not exist / cannot be read."""
        with self._lock:
            self._check_usable()
            self.stats.round_trips += 1
            self._opening()
            buf = io.BytesIO()
            try:
                self._device.pull(device_path, buf, read_timeout_s=self.read_timeout_s)
            except adb_exc.AdbCommandFailureException:
                return None
            except Exception as exc:
                raise self._fail(exc) from exc
            return buf.getvalue()
