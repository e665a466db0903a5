"""Which apps' APK files a scan reads after its batch: a pure choice from the first findings.

Certificates: every app not installed from a store, and every app a finding flags as a
problem in the spying-app and permission families (a renamed stalkerware keeps its signing key,
so its certificate is the one thing that still matches a list). Labels: every app a finding
names that is not in our tables, so that no title has to show a package name. Both come from a
snapshot and its findings alone, so the choice is tested without a phone; the reading itself
is :func:`hardener.device.apk_read.read_apks`, in a fixed number of rounds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hardener.checks import _validate as v
from hardener.checks._context import UNNAMED_APP, App, Context
from hardener.checks.finding import Family, Finding
from hardener.data.indicators import IndicatorIndex
from hardener.device.snapshot import Snapshot

_FLAGGING = frozenset({Family.STALKERWARE, Family.PERMISSIONS})


@dataclass(frozen=True)
class ApkTargets:
    paths: Mapping[str, str]  # package -> APK path, for every app to read
    labels: frozenset[str]  # the packages whose label is wanted too


def _path(app: App) -> str | None:
    if app.entry is not None and app.entry.path:
        return app.entry.path
    code = app.detail.code_path if app.detail is not None else None
    if code:
        return code if code.endswith(".apk") else code.rstrip("/") + "/base.apk"
    return None


def packages_named(findings: Iterable[Finding]) -> set[str]:
    """The packages findings are about (their subject, a component's package, or params)."""
    out: set[str] = set()
    for item in findings:
        for text in (item.subject, item.params.get("package")):
            if isinstance(text, str):
                name = v.component_package(text)
                if v.is_package_name(name):
                    out.add(name)
    return out


def apk_targets(snap: Snapshot, findings: Iterable[Finding], indicators: IndicatorIndex | None = None) -> ApkTargets:
    ctx = Context.of(snap, extra_indicators=indicators)
    if ctx.apps is None:
        return ApkTargets({}, frozenset())
    findings = list(findings)
    certs = {a.name for a in ctx.apps.values() if ctx.sideloaded(a) and a.installed_for(ctx.user_id)}
    flagged = packages_named(f for f in findings if f.family in _FLAGGING and f.is_problem)
    certs |= {p for p in flagged if (app := ctx.app(p)) is not None and not ctx.from_store(app)}
    labels = {p for p in packages_named(findings) if ctx.app(p) is not None and ctx.label(p) == UNNAMED_APP}
    paths: dict[str, str] = {}
    for name in sorted(certs | labels):
        app = ctx.app(name)
        path = _path(app) if app is not None else None
        if path is not None:
            paths[name] = path
    return ApkTargets(paths, frozenset(labels & set(paths)))
