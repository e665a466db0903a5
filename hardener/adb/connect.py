"""Choosing a phone and opening a channel to it: USB, TCP, or through Google's adb server.

Every failure ends in one of hardener's typed connection errors, each with a message a
person can act on: no phone, several phones, waiting for "Allow", not allowed, offline,
another adb program holding the phone, no keyring. A connection attempt can be cancelled
from another thread (the GUI's Cancel button) while it waits for the person to tap Allow.

The practice phone is not this layer's business: a face starts it (:mod:`hardener.practice`)
and reaches it over TCP like any phone.
"""

from __future__ import annotations

import errno
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from adb_shell import exceptions as adb_exc

from hardener.adb.channel import Channel
from hardener.adb.discovery import find_adb_server, list_usb_phones
from hardener.adb.keys import AdbSigner, KeyStore
from hardener.adb.transport import (
    HardenerAdbDevice,
    LinkClosed,
    NoDelayTcpTransport,
    NotReached,
    ProtocolViolation,
    ServiceRefused,
)
from hardener.errors import (
    AdbServerHoldsDevice,
    BadAddress,
    Cancelled,
    DeviceOffline,
    HardenerError,
    KeyRejected,
    NoDevice,
    NothingListening,
    SeveralDevices,
    SilentAtAddress,
    UsbAccessDenied,
)
from hardener.inert import shown

AUTH_TIMEOUT_S = 60.0
HANDSHAKE_TIMEOUT_S = 10.0


# A host name, an IPv4 address or an IPv6 address (brackets already taken off); a port of 1-5 digits.
_HOST = re.compile(r"[A-Za-z0-9._:%-]{1,253}")
_PORT = re.compile(r"[0-9]{1,5}")


@dataclass(frozen=True)
class DeviceSelector:
    """Which phone: a USB serial, a TCP address, or the practice phone (with a persona)."""

    serial: str | None = None
    tcp: str | None = None
    demo: str | None = None  # persona name; "" means the default persona
    adb_server: bool = False  # through Google's adb server; serial is then its name there

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    def tcp_address(self) -> tuple[str, int]:
        """``(host, port)``; BadAddress, with what was typed, when it cannot be one."""
        assert self.tcp is not None
        host, sep, port = self.tcp.strip().rpartition(":")
        host = host.strip("[]")
        if not (sep and _HOST.fullmatch(host) and _PORT.fullmatch(port) and 1 <= int(port) <= 65535):
            raise BadAddress(f"not a HOST:PORT address: {self.tcp!r}", address=self.tcp)
        return host, int(port)


@dataclass
class Connection:
    """An open channel, what it is connected to, and what to do when it closes.

    ``on_close`` lets a face tie something's life to the connection (the CLI stops the practice
    phone it started); ``is_practice`` says the phone is not real, so faces can say so.
    """

    channel: Channel
    label: str
    is_practice: bool = False
    on_close: Callable[[], None] | None = None
    info: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
        self.channel.close()
        hook, self.on_close = self.on_close, None
        if hook is not None:
            hook()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Connector:
    """One connection attempt. ``connect()`` blocks; ``cancel()`` may be called from any thread."""

    def __init__(
        self,
        selector: DeviceSelector,
        *,
        on_waiting_for_allow: Callable[[], None] | None = None,
        auth_timeout_s: float = AUTH_TIMEOUT_S,
        keystore: KeyStore | None = None,
        signer: AdbSigner | None = None,
    ) -> None:
        self.selector = selector
        self.on_waiting_for_allow = on_waiting_for_allow
        self.auth_timeout_s = auth_timeout_s
        self.keystore = keystore or KeyStore()
        self.signer = signer  # tests: a throwaway key instead of the keyring's
        self._cancelled = threading.Event()
        self._device: HardenerAdbDevice | None = None
        self._prompted = False

    def cancel(self) -> None:
        self._cancelled.set()
        device = self._device
        if device is not None:
            device.interrupt()

    def connect(self) -> Connection:
        if self.selector.is_demo:
            raise ValueError("the practice phone is started by the face (hardener.practice), then reached over TCP")
        if self.selector.adb_server:
            from hardener.adb.host_client import open_server_channel

            channel, device = open_server_channel(
                self.selector.serial,
                on_waiting_for_allow=self.on_waiting_for_allow,
                auth_timeout_s=self.auth_timeout_s,
                cancelled=self._cancelled,
            )
            return Connection(channel, label=self._label(channel, device.serial))
        if self.selector.tcp:
            self.selector.tcp_address()  # a typing mistake is said before the keyring is asked
        signer = self.signer or self.keystore.load_or_create()
        if self.selector.tcp:
            host, port = self.selector.tcp_address()
            channel = self._handshake(HardenerAdbDevice(NoDelayTcpTransport(host, port)), signer)
            return Connection(channel, label=self._label(channel, self.selector.tcp))
        return self._connect_usb(signer)

    # --- USB --------------------------------------------------------------------

    def _connect_usb(self, signer: AdbSigner) -> Connection:
        from adb_shell.transport.usb_transport import UsbTransport

        serial = self.selector.serial
        if serial is None:
            phones = list_usb_phones()
            if not phones:
                raise NoDevice("no ADB interface on USB")
            if len(phones) > 1:
                raise SeveralDevices(serials=", ".join(p.serial for p in phones))
            serial = phones[0].serial
        try:
            transport = UsbTransport.find_adb(serial=serial, default_transport_timeout_s=HANDSHAKE_TIMEOUT_S)
        except adb_exc.UsbDeviceNotFoundError as exc:
            raise NoDevice(str(exc)) from exc
        except adb_exc.InvalidTransportError as exc:
            raise NoDevice(f"USB support is missing: {exc}") from exc
        channel = self._handshake(HardenerAdbDevice(transport), signer)
        return Connection(channel, label=self._label(channel, serial))

    # --- shared ------------------------------------------------------------------------------

    def _auth_callback(self, _device: object) -> None:
        self._prompted = True
        if self.on_waiting_for_allow is not None:
            self.on_waiting_for_allow()

    def _handshake(self, device: HardenerAdbDevice, signer: AdbSigner) -> Channel:
        self._device = device
        if self._cancelled.is_set():
            raise Cancelled("cancelled before connecting")
        try:
            device.connect(
                rsa_keys=[signer],
                transport_timeout_s=HANDSHAKE_TIMEOUT_S,
                auth_timeout_s=self.auth_timeout_s,
                read_timeout_s=HANDSHAKE_TIMEOUT_S,
                auth_callback=self._auth_callback,
            )
        except Exception as exc:
            error = self._classify(exc)
            try:
                device.close()
            except Exception:  # noqa: S110 - the link is already broken
                pass
            raise error from exc
        channel = Channel(device)
        channel.own_key_fingerprint = signer.fingerprint()
        return channel

    def _classify(self, exc: BaseException) -> HardenerError:
        if self._cancelled.is_set():
            return Cancelled(str(exc))
        name = type(exc).__name__
        if name in ("USBErrorBusy", "USBErrorAccess"):
            server = find_adb_server()
            if server is not None:
                return AdbServerHoldsDevice(str(exc), pid=server.pid or "?")
            return UsbAccessDenied(str(exc))
        timed_out = isinstance(exc, adb_exc.TcpTimeoutException | adb_exc.AdbTimeoutError | TimeoutError)
        if self.selector.tcp and (isinstance(exc, NotReached) or _unreachable(exc)):
            # A network address: the advice is about Wi-Fi and the address, not a USB cable.
            return NothingListening(f"{name}: {exc}", address=self.selector.tcp)
        if isinstance(exc, ConnectionRefusedError):
            return NoDevice(f"nothing answers: {exc}")
        if timed_out and self._prompted:
            # adb-shell reports a missed or refused "Allow" prompt as a plain timeout.
            return KeyRejected(f"not allowed within {self.auth_timeout_s:.0f} s")
        # Something answered and then broke off or spoke nonsense: a phone is there, but not
        # usable now. "No phone found" would send the person looking for the wrong problem.
        broke_off = isinstance(
            exc, LinkClosed | ProtocolViolation | ServiceRefused | ConnectionResetError | BrokenPipeError
        )
        if self.selector.tcp:
            # Over the network the advice is about Wi-Fi and the address, never the cable.
            if isinstance(exc, OSError) and not (broke_off or timed_out):
                return NothingListening(f"{name}: {exc}", address=self.selector.tcp)
            return SilentAtAddress(f"{name}: {exc}", address=self.selector.tcp)
        if timed_out or broke_off:
            return DeviceOffline(str(exc))
        if isinstance(exc, OSError):
            return NoDevice(str(exc))
        return DeviceOffline(f"{name}: {exc}")

    @staticmethod
    def _label(channel: Channel, fallback: str) -> str:
        """The phone's model name as the phone gave it, made inert: every face shows it."""
        from hardener.data.phone_names import phone_name  # "Samsung Galaxy A51", not "SM-A515F"

        return shown(phone_name(channel.banner) or fallback, 80)


def _unreachable(exc: BaseException) -> bool:
    """Nothing at that address: refused, no such host, no route."""
    if isinstance(exc, ConnectionRefusedError | socket.gaierror):
        return True
    no_route = (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.EADDRNOTAVAIL)
    return isinstance(exc, OSError) and exc.errno in no_route


def connect(selector: DeviceSelector, **kwargs: Any) -> Connection:
    """Open a connection in one call (CLI). The GUI keeps the Connector to be able to cancel."""
    return Connector(selector, **kwargs).connect()
