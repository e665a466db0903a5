"""Loading the shipped app lists: stalkerware indicators and our own small lists of known apps.

Each loader reads its file once per process (``functools.cache``) and hands out read-only
mappings, so checks can call them freely and nothing can change the lists behind another
check's back. The upstream indicator files are used as their maintainers publish them (no
derived copy on disk), which keeps a refresh a plain file copy.
"""

from __future__ import annotations

import csv
import enum
import functools
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

ECHAP_CREDIT = "Stalkerware Indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0"
ISDI_CREDIT = "ISDi app flags, Cornell Tech Clinic to End Tech Abuse (stopipv/isdi), MIT licence"

ECHAP_DIR = "stalkerware_indicators"
ISDI_DIR = "isdi"
ECHAP_FILES = ("ioc.yaml", "watchware.yaml")
ISDI_FILE = "app-flags.csv"


class IndicatorKind(enum.StrEnum):
    """How an indicator list describes an app, strongest first."""

    STALKERWARE = "stalkerware"  # hides and reports on the person (Echap ioc.yaml, ISDi)
    SPYWARE = "spyware"  # ISDi's word for the same
    WATCHWARE = "watchware"  # monitoring that does not hide (parental control, Echap)
    DUAL_USE = "dual-use"  # a normal app that can be turned on someone (ISDi)

    @property
    def strength(self) -> int:
        return _STRENGTH[self]


_STRENGTH = {
    IndicatorKind.STALKERWARE: 0,
    IndicatorKind.SPYWARE: 0,
    IndicatorKind.WATCHWARE: 1,
    IndicatorKind.DUAL_USE: 2,
}


@dataclass(frozen=True)
class Indicator:
    app: str  # the app or family name the list gives
    kind: IndicatorKind
    source: str  # the file it came from, e.g. "echap:ioc.yaml"
    credit: str  # the attribution the licence asks for


@dataclass(frozen=True)
class IndicatorIndex:
    """Indicators keyed by package name (lower case) and by signing-certificate digest (upper
    hex: SHA-1 as Echap's lists give it, SHA-256 as STIX bundles may)."""

    by_package: Mapping[str, tuple[Indicator, ...]]
    by_certificate: Mapping[str, tuple[Indicator, ...]]
    credits: tuple[str, ...] = ()  # each list it holds, as a finding names it

    def for_package(self, package: str) -> tuple[Indicator, ...]:
        return self.by_package.get(package.lower(), ())

    def for_certificate(self, digest: str) -> tuple[Indicator, ...]:
        return self.by_certificate.get(normalise_digest(digest), ())


def merged(*indexes: IndicatorIndex) -> IndicatorIndex:
    """One index holding every list of ``indexes`` (the shipped lists and the person's files)."""
    packages: dict[str, list[Indicator]] = {}
    certs: dict[str, list[Indicator]] = {}
    for index in indexes:
        for source, target in ((index.by_package, packages), (index.by_certificate, certs)):
            for key, inds in source.items():
                target.setdefault(key, []).extend(i for i in inds if i not in target[key])
    return index_of(packages, certs, tuple(dict.fromkeys(c for i in indexes for c in i.credits)))


def index_of(packages: dict[str, list[Indicator]], certs: dict[str, list[Indicator]],
            credits: tuple[str, ...]) -> IndicatorIndex:
    def freeze(d: dict[str, list[Indicator]]) -> Mapping[str, tuple[Indicator, ...]]:
        return MappingProxyType({k: tuple(sorted(v, key=lambda i: i.kind.strength)) for k, v in d.items()})

    return IndicatorIndex(freeze(packages), freeze(certs), credits)


def normalise_digest(digest: str) -> str:
    """``ab:cd:…`` or ``abcd…`` in any case -> ``ABCD…``, the form the lists use."""
    return digest.replace(":", "").strip().upper()


def _read_text(*parts: str) -> str:
    return resources.files("hardener.data").joinpath(*parts).read_text(encoding="utf-8")


def parse_echap(text: str, source: str) -> Iterator[tuple[str, str, Indicator]]:
    """(key kind, key, indicator) for every package and certificate of one Echap YAML file.

    Key kind is "package" or "certificate". Entries that are not well-formed are skipped: a
    malformed upstream entry must not stop the rest of the list from protecting anyone.
    """
    doc: Any = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - safe loaders only
    if not isinstance(doc, list):
        raise ValueError(f"{source}: expected a list of apps")
    for app in doc:
        if not isinstance(app, dict):
            continue
        name = str(app.get("name") or "?")
        try:
            kind = IndicatorKind(str(app.get("type") or "stalkerware"))
        except ValueError:
            kind = IndicatorKind.STALKERWARE
        ind = Indicator(name, kind, f"echap:{source}", ECHAP_CREDIT)
        for pkg in app.get("packages") or ():
            if isinstance(pkg, str) and pkg.strip():
                yield "package", pkg.strip().lower(), ind
        for cert in app.get("certificates") or ():
            if isinstance(cert, str) and cert.strip():
                yield "certificate", normalise_digest(cert), ind


def parse_isdi(text: str) -> Iterator[tuple[str, Indicator]]:
    """(package, indicator) for the Android rows of ISDi's app-flags.csv.

    ``appstore`` rows are iOS bundle ids and ``safe`` rows are not a warning: both are skipped.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = {"appId", "store", "flag", "title"} - set(reader.fieldnames or ())
    if missing:
        raise ValueError(f"app-flags.csv: missing columns {sorted(missing)}")
    for row in reader:
        if row.get("store") not in ("playstore", "offstore"):
            continue
        try:
            kind = IndicatorKind(row.get("flag") or "")
        except ValueError:
            continue
        pkg = (row.get("appId") or "").strip()
        if pkg:
            yield pkg.lower(), Indicator(row.get("title") or pkg, kind, "isdi:app-flags.csv", ISDI_CREDIT)


def build_index(echap: Iterable[tuple[str, str]], isdi_text: str | None) -> IndicatorIndex:
    """An index from Echap YAML texts (text, file name) and the ISDi CSV text."""
    packages: dict[str, list[Indicator]] = {}
    certs: dict[str, list[Indicator]] = {}
    for text, source in echap:
        for key_kind, key, ind in parse_echap(text, source):
            target = packages if key_kind == "package" else certs
            if ind not in target.setdefault(key, []):
                target[key].append(ind)
    if isdi_text is not None:
        for pkg, ind in parse_isdi(isdi_text):
            if ind not in packages.setdefault(pkg, []):
                packages[pkg].append(ind)
    credits = {i.credit: None for d in (packages, certs) for inds in d.values() for i in inds}
    return index_of(packages, certs, tuple(credits))


@functools.cache
def stalkerware_indicators() -> IndicatorIndex:
    """The shipped Echap and ISDi lists, merged."""
    return build_index(
        ((_read_text(ECHAP_DIR, name), name) for name in ECHAP_FILES),
        _read_text(ISDI_DIR, ISDI_FILE),
    )


@dataclass(frozen=True)
class KnownApp:
    """One row of our own app lists (translators, social apps, cloud apps, app stores)."""

    package: str
    name: str
    kind: str
    check: str = ""  # a guided check the app needs (cloud apps), or a hint (translators)


def parse_known_apps(text: str, source: str) -> Mapping[str, KnownApp]:
    """Rows of ``package,name,kind,check,source``; lines whose package starts with ``#`` are notes."""
    reader = csv.DictReader(io.StringIO(text))
    if not {"package", "name", "kind"} <= set(reader.fieldnames or ()):
        raise ValueError(f"{source}: needs the columns package,name,kind")
    apps: dict[str, KnownApp] = {}
    for row in reader:
        pkg = (row.get("package") or "").strip()
        if not pkg or pkg.startswith("#"):
            continue
        apps[pkg] = KnownApp(
            pkg,
            (row.get("name") or pkg).strip(),
            (row.get("kind") or "").strip(),
            (row.get("check") or "").strip(),
        )
    return MappingProxyType(apps)


@functools.cache
def _known_apps(filename: str) -> Mapping[str, KnownApp]:
    return parse_known_apps(_read_text(filename), filename)


def translators() -> Mapping[str, KnownApp]:
    return _known_apps("translators.csv")


def social_apps() -> Mapping[str, KnownApp]:
    return _known_apps("social_apps.csv")


def cloud_apps() -> Mapping[str, KnownApp]:
    return _known_apps("cloud_apps.csv")


def app_stores() -> Mapping[str, KnownApp]:
    return _known_apps("app_stores.csv")


def app_names() -> Mapping[str, KnownApp]:
    """Names of common apps, preinstalled ones above all, whose APK label is often a resource
    that costs a large read (``resources.arsc``) to resolve."""
    return _known_apps("app_names.csv")


KNOWN_APP_FILES = ("translators.csv", "social_apps.csv", "cloud_apps.csv", "app_stores.csv", "app_names.csv")
