"""What several checks need to know about the phone's apps, worked out once per scan.

``pm list packages`` and ``dumpsys package`` each tell part of the story (the list gives the
path and installer for every app, the dump gives permissions and signing certificates), and
either can fail on its own. :class:`Context` joins them into one :class:`App` per package, so
"is this a system app?" and "did it come from a store?" get the same answer in every check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from hardener.checks import _validate as v
from hardener.checks.finding import Finding
from hardener.data import indicators
from hardener.data.indicators import IndicatorIndex
from hardener.device import facts as f
from hardener.device.apk import ApkFacts
from hardener.device.snapshot import SECTION_BY_ID, Snapshot
from hardener.i18n.markers import N_

# Shown where an app's name could not be read (the package name stays in the evidence): a
# tuple, so that the words are translated when the title is filled.
UNNAMED_APP = (N_("An app (name not read)"),)

# Where preinstalled apps live. Updated system apps move to /data/app but keep the SYSTEM flag,
# which PackageDetail.is_system carries when the dump was read.
_SYSTEM_PREFIXES = ("/system/", "/product/", "/vendor/", "/system_ext/", "/apex/", "/odm/", "/oem/")

# PackageUserState.enabled values that mean "switched off"
_DISABLED_STATES = frozenset({2, 3, 4})


@dataclass(frozen=True)
class App:
    """One package, as far as the list and the dump describe it."""

    name: str
    entry: f.PackageListEntry | None = None
    detail: f.PackageDetail | None = None

    @property
    def shown(self) -> str:
        return v.shown(self.name)

    @property
    def installer(self) -> str | None:
        if self.detail is not None and self.detail.installer:
            return self.detail.installer
        return self.entry.installer if self.entry is not None else None

    @property
    def is_system(self) -> bool | None:
        if self.detail is not None and self.detail.is_system is not None:
            return self.detail.is_system
        path = (self.entry.path if self.entry else None) or (self.detail.code_path if self.detail else None)
        if path:
            return path.startswith(_SYSTEM_PREFIXES)
        return None

    def user(self, user_id: int) -> f.PackageUserState | None:
        if self.detail is None:
            return None
        return next((u for u in self.detail.users if u.user_id == user_id), None)

    def installed_for(self, user_id: int) -> bool:
        """False only when the phone says so: an unknown state still counts as installed."""
        state = self.user(user_id)
        return state is None or state.installed is not False

    def switched_off(self, user_id: int) -> bool:
        state = self.user(user_id)
        return state is not None and (state.enabled in _DISABLED_STATES or state.suspended is True)

    def granted(self, user_id: int) -> frozenset[str]:
        """Runtime permissions granted to this app for ``user_id`` (empty when not told)."""
        state = self.user(user_id)
        if state is None:
            return frozenset()
        return frozenset(p.name for p in state.runtime_permissions if p.granted)

    def permissions_known(self, user_id: int) -> bool:
        """False when the dump did not list this app's runtime permissions for ``user_id``
        (no dump, no block for the user, or a shared-uid app whose list was not found)."""
        state = self.user(user_id)
        return state is not None and state.runtime_permissions_known


@dataclass(frozen=True)
class Context:
    """A snapshot plus the app index and the options of one run of the checks."""

    snap: Snapshot
    show_names: bool = False
    user_id: int = 0  # the user whose settings and permissions the scan read
    apps: Mapping[str, App] | None = None  # None: neither the list nor the dump could be read
    apps_problem: str = ""
    stores: frozenset[str] = field(default_factory=frozenset)
    # The shipped lists, plus any indicator file the person gave (scan --iocs).
    indicators: IndicatorIndex = field(default_factory=indicators.stalkerware_indicators)
    apks: Mapping[str, ApkFacts] = field(default_factory=dict)  # what APK files said, by package

    @classmethod
    def of(cls, snap: Snapshot, show_names: bool = False,
           extra_indicators: IndicatorIndex | None = None) -> Context:
        listed = snap.packages.value
        details = snap.package_details.value
        apps: dict[str, App] | None = None
        if listed is not None or details is not None:
            apps = {}
            for entry in listed or ():
                apps[entry.name] = App(entry.name, entry=entry, detail=(details or {}).get(entry.name))
            for name, detail in (details or {}).items():
                if name not in apps:
                    apps[name] = App(name, detail=detail)
        problems = snap.packages.problems + snap.package_details.problems
        return cls(
            snap=snap,
            show_names=show_names,
            user_id=_current_user(snap),
            apps=MappingProxyType(apps) if apps is not None else None,
            apps_problem="; ".join(problems) or "not read",
            stores=frozenset(indicators.app_stores()),
            indicators=(indicators.merged(indicators.stalkerware_indicators(), extra_indicators)
                        if extra_indicators is not None else indicators.stalkerware_indicators()),
            apks=MappingProxyType(dict(snap.apks.value or {})),
        )

    def label(self, package: str) -> str | tuple[str, ...]:
        """The app's name as the person knows it: from our tables, else the label its APK
        carries, else words saying the name was not read. Never the package name: that is
        for evidence and details (a title with ``com.thetruth`` helps no one)."""
        for table in (indicators.translators, indicators.social_apps, indicators.cloud_apps, indicators.app_stores,
                      indicators.app_names):
            known = table().get(package)
            if known is not None:
                return known.name
        read = self.apks.get(package)
        if read is not None and read.label and read.label.strip():
            return v.shown(read.label.strip(), 80)
        return UNNAMED_APP

    def digests(self, app: App) -> tuple[str, ...]:
        """The signing-certificate digests known for ``app``: read from its APK, or from the
        package dump where a parser filled them."""
        read = self.apks.get(app.name)
        from_dump = app.detail.signing_digests if app.detail is not None else ()
        return tuple(dict.fromkeys((*(read.digests if read is not None else ()), *from_dump)))

    def from_store(self, app: App) -> bool:
        return app.installer is not None and app.installer in self.stores

    def sideloaded(self, app: App) -> bool:
        """Installed by hand (a file, another app, a computer) rather than by a known store.

        Preinstalled apps have no installer and are not counted; an app whose system status is
        unknown is counted, so that missing evidence never hides an app.
        """
        return app.is_system is not True and not self.from_store(app)

    def allowed_ops(self, op: str) -> list[str]:
        """Packages whose effective mode for ``op`` is "allow" for the scanned user, sorted.

        A mode set for the app's whole uid wins over the package's own, as it does in Android.
        """
        ops = self.snap.appops.value
        if ops is None:
            return []
        package_level: dict[str, str] = {}
        uid_level: dict[str, str] = {}
        for e in ops.entries:
            if e.op == op and e.user_id == self.user_id:
                (uid_level if e.uid_level else package_level)[e.package] = e.mode
        effective = {**package_level, **uid_level}
        return sorted(p for p, mode in effective.items() if mode == "allow")

    def app(self, name: str) -> App | None:
        return self.apps.get(name) if self.apps is not None else None

    def user_apps(self) -> list[App]:
        """Apps installed for the scanned user, preinstalled ones left out, in name order."""
        if self.apps is None:
            return []
        return [
            a for _, a in sorted(self.apps.items())
            if a.is_system is not True and a.installed_for(self.user_id)
        ]


def _current_user(snap: Snapshot) -> int:
    """The foreground user, from ``dumpsys trust``'s "(current)" mark; 0 when not told."""
    trust = snap.trust.value
    if trust is not None:
        for user in trust.users:
            if user.current:
                return user.user_id
    return 0


# A check function: pure, snapshot in, findings out. ``ctx`` is optional so a check can be
# called on a snapshot alone; run_checks passes one shared context to all of them.
CheckFunction = Callable[[Snapshot, Context | None], list[Finding]]


class Check:
    """A check function with what it relies on: the snapshot sections behind an "ok".

    ``reads`` lists the sections whose incomplete reading could hide a problem (an "ok" is
    only earned when every one of them was read completely); ``gap_title`` names what could
    not be checked, in the words of the check's own "could not be read" title. run_checks
    uses both, so a check cannot forget to turn a would-be "ok" into a gap.
    """

    __name__: str

    def __init__(self, func: CheckFunction, reads: tuple[str, ...], finding_id: str, gap_title: str) -> None:
        unknown = [r for r in reads if r not in SECTION_BY_ID]
        if unknown:  # a typo here would silently let an "ok" through
            raise ValueError(f"{func.__name__} reads unknown sections {unknown}")
        self.func = func
        self.reads = reads
        self.finding_id = finding_id
        self.gap_title = gap_title
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
        return self.func(snap, ctx)

    def __repr__(self) -> str:
        return f"Check({self.__name__}, reads={self.reads})"


def check(*, reads: tuple[str, ...], finding_id: str, gap_title: str) -> Callable[[CheckFunction], Check]:
    """Declare a check: ``@check(reads=("settings_secure",), finding_id=..., gap_title=N_(...))``."""

    def wrap(func: CheckFunction) -> Check:
        return Check(func, reads, finding_id, gap_title)

    return wrap
