"""Hardening profiles: one TOML file per situation, each rule citing the guide.

A profile is data, written by people who know the situations, not by programmers. So the
loader is strict: an unknown field, a wrong type, a finding that does not exist, a missing
citation, a duplicate id or an impossible change is refused with one error that names the
file, the rule and the field. A profile that loads can be trusted by the planner.

Schema (see profiles/README.md for the prose version)::

    [profile]       id, title, description, [for_whom], [audit_only = false]
    [[rules]]       id, answers = [finding ids], title, why,
                    guide_section and guide_quote, or guide_has_none = true,
                    [always = false], [only_permissions = [names]], [use_finding_steps = false],
                    [use_finding_fixes = [autofix kinds]], [[rules.changes]], [[rules.manual]]

    [[rules.changes]]  kind = "...", plus the kind's arguments (see hardener.session.kinds)
    [[rules.manual]]   title, how, [settings_action]

``always``: the rule's manual steps are shown whatever the scan found (advice for the moment
itself, such as switching the phone off before a search). ``only_permissions``: the
``revoke_permission`` fixes the rule takes from findings are limited to these permissions, so a
rule about the camera never takes contacts away. ``use_finding_steps``: the guided steps of the
findings the rule answers join the plan (leads included), for advice that depends on the phone
(one step per messenger installed). ``guide_has_none``: the guide has no passage for this rule,
said openly rather than borrowing an unrelated quote.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from hardener.adb import quoting as q
from hardener.checks.finding import FixKind
from hardener.errors import NoProfilesFound, ProfileError, UnknownProfile, UnsafeValue
from hardener.session.kinds import Args, Change, kind_of

# The profiles are written in the top-level profiles/ folder; setup.py maps that folder into the
# wheel as this data-only package, so an installed app carries them.
PROFILES_PACKAGE = "hardener._profiles"
# A checkout (editable install, or run from source): setuptools' editable finder cannot import a
# data-only sub-package mapped from elsewhere, so the folder itself is read there.
_CHECKOUT_PROFILES = Path(__file__).resolve().parents[2] / "profiles"

_ID = re.compile(r"[a-z][a-z0-9-]{1,48}")
_PROFILE_FIELDS = {"id": str, "title": str, "description": str, "for_whom": str, "audit_only": bool}
_PROFILE_REQUIRED = {"id", "title", "description"}
_RULE_FIELDS = {
    "id": str,
    "answers": list,
    "title": str,
    "why": str,
    "guide_section": str,
    "guide_quote": str,
    "guide_has_none": bool,
    "always": bool,
    "only_permissions": list,
    "use_finding_steps": bool,
    "use_finding_fixes": list,
    "changes": list,
    "manual": list,
}
_RULE_REQUIRED = {"id", "answers", "title", "why"}
_MANUAL_FIELDS = {"title": str, "how": str, "settings_action": str}
_MANUAL_REQUIRED = {"title", "how"}


@dataclass(frozen=True)
class ChangeSpec:
    """A change a rule makes, validated into its kind's class when the profile is loaded."""

    typed: Change

    @property
    def kind(self) -> FixKind:
        return self.typed.kind

    @property
    def args(self) -> Args:
        """The arguments as the profile gave them (the kind's own names, validated)."""
        return self.typed.to_args()

    @property
    def reversible(self) -> bool:
        return self.typed.reversible


@dataclass(frozen=True)
class ManualSpec:
    title: str
    how: str
    settings_action: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    answers: tuple[str, ...]
    title: str
    why: str
    guide_section: str
    guide_quote: str
    use_finding_fixes: tuple[FixKind, ...] = ()
    changes: tuple[ChangeSpec, ...] = ()
    manual: tuple[ManualSpec, ...] = ()
    # Steps shown on every phone, whatever the scan found (advice for the risky moment itself).
    always: bool = False
    # Only these permissions are taken from the findings' revoke_permission fixes (empty: all).
    only_permissions: tuple[str, ...] = ()
    # The answered findings' own guided steps join the plan (one per messenger, say), leads too.
    use_finding_steps: bool = False

    @property
    def guide_has_none(self) -> bool:
        """The guide has no passage for this rule (said so, rather than borrowing one)."""
        return not self.guide_quote


@dataclass(frozen=True)
class Profile:
    id: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    audit_only: bool = False
    path: str = ""
    for_whom: str = ""  # one line: who this situation is for

    @property
    def texts(self) -> list[str]:
        """Every text this profile shows a person (for the translation catalogue)."""
        out = [self.title, self.description] + ([self.for_whom] if self.for_whom else [])
        for r in self.rules:
            out += [r.title, r.why]
            for m in r.manual:
                out += [m.title, m.how]
        return out


def _known_finding_ids() -> frozenset[str]:
    from hardener.checks import KNOWN_FINDING_IDS

    return frozenset(KNOWN_FINDING_IDS)


class _Reader:
    """Checks one file, raising ProfileError with file, rule and field on the first problem."""

    def __init__(self, path: Path, known_findings: frozenset[str]) -> None:
        self.path = path
        self.known = known_findings

    def fail(self, rule: str, field: str, problem: str) -> ProfileError:
        return ProfileError(
            f"{self.path.name}: rule {rule}, field {field}: {problem}",
            file=self.path.name,
            rule=rule,
            field=field,
            problem=problem,
        )

    def fields(
        self, table: Any, allowed: Mapping[str, type], required: Iterable[str], rule: str, where: str
    ) -> dict[str, Any]:
        if not isinstance(table, dict):
            raise self.fail(rule, where, "must be a table")
        for key in table:
            if key not in allowed:
                raise self.fail(rule, f"{where}.{key}" if where else key, "unknown field")
        for key in required:
            if key not in table:
                raise self.fail(rule, f"{where}.{key}" if where else key, "missing")
        for key, kind in allowed.items():
            if key in table and not isinstance(table[key], kind):
                raise self.fail(rule, f"{where}.{key}" if where else key, f"must be {kind.__name__}")
            if kind is str and key in table and not table[key].strip():
                raise self.fail(rule, f"{where}.{key}" if where else key, "must not be empty")
        return dict(table)

    def profile(self, doc: dict[str, Any]) -> Profile:
        for key in doc:
            if key not in ("profile", "rules"):
                raise self.fail("-", key, "unknown field")
        head = self.fields(doc.get("profile"), _PROFILE_FIELDS, _PROFILE_REQUIRED, "-", "profile")
        if not _ID.fullmatch(head["id"]):
            raise self.fail("-", "profile.id", "use lower-case letters, digits and '-'")
        raw_rules = doc.get("rules", [])
        if not isinstance(raw_rules, list):
            raise self.fail("-", "rules", "must be a list of tables ([[rules]])")
        audit_only = bool(head.get("audit_only", False))
        rules: list[Rule] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_rules):
            rule = self.rule(raw, index)
            if rule.id in seen:
                raise self.fail(rule.id, "id", "duplicate rule id")
            seen.add(rule.id)
            if audit_only and (rule.changes or rule.use_finding_fixes):
                raise self.fail(rule.id, "changes", "an audit-only profile must not change anything")
            rules.append(rule)
        if not rules and not audit_only:
            raise self.fail("-", "rules", "a profile needs at least one rule")
        return Profile(
            head["id"], head["title"], head["description"], tuple(rules), audit_only, str(self.path),
            head.get("for_whom", ""),
        )

    def rule(self, raw: Any, index: int) -> Rule:
        name = raw.get("id", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
        name = name if isinstance(name, str) and name.strip() else f"#{index + 1}"
        t = self.fields(raw, _RULE_FIELDS, _RULE_REQUIRED, name, "")
        if not _ID.fullmatch(t["id"]):
            raise self.fail(name, "id", "use lower-case letters, digits and '-'")
        answers = t["answers"]
        if not answers or not all(isinstance(a, str) for a in answers):
            raise self.fail(name, "answers", "must be a non-empty list of finding ids")
        for a in answers:
            if a not in self.known:
                raise self.fail(name, "answers", f"unknown finding {a!r}")
        if t.get("guide_has_none", False):
            for key in ("guide_quote", "guide_section"):
                if key in t:
                    raise self.fail(name, key, "the rule says the guide has no passage: leave this out")
        else:
            for key in ("guide_quote", "guide_section"):
                if key not in t:
                    raise self.fail(name, key, "missing (or say guide_has_none = true)")
            if len(t["guide_quote"].split()) < 4:
                raise self.fail(name, "guide_quote", "quote at least a few words of the guide")
        only = t.get("only_permissions", [])
        if not all(isinstance(p, str) for p in only):
            raise self.fail(name, "only_permissions", "must be a list of permission names")
        for perm in only:
            try:
                q.permission(perm)
            except UnsafeValue:
                raise self.fail(name, "only_permissions", f"not a permission name: {perm!r}") from None
        fixes = t.get("use_finding_fixes", [])
        for kind in fixes:
            if not isinstance(kind, str):
                raise self.fail(name, "use_finding_fixes", "must be a list of change kinds")
            try:
                kind_of(kind)
            except UnsafeValue:
                raise self.fail(name, "use_finding_fixes", f"unknown change kind {kind!r}") from None
        changes = tuple(self.change(c, name, i) for i, c in enumerate(t.get("changes", [])))
        manual = tuple(self.manual(m, name, i) for i, m in enumerate(t.get("manual", [])))
        if not changes and not fixes and not manual and not t.get("use_finding_steps", False):
            raise self.fail(name, "changes", "a rule needs changes, use_finding_fixes or manual steps")
        return Rule(
            id=t["id"],
            answers=tuple(answers),
            title=t["title"],
            why=t["why"],
            guide_section=t.get("guide_section", ""),
            guide_quote=t.get("guide_quote", ""),
            use_finding_fixes=tuple(FixKind(k) for k in fixes),
            changes=changes,
            manual=manual,
            always=bool(t.get("always", False)),
            only_permissions=tuple(only),
            use_finding_steps=bool(t.get("use_finding_steps", False)),
        )

    def change(self, raw: Any, rule: str, index: int) -> ChangeSpec:
        where = f"changes[{index}]"
        if not isinstance(raw, dict):
            raise self.fail(rule, where, "must be a table")
        kind_name = raw.get("kind")
        if not isinstance(kind_name, str):
            raise self.fail(rule, f"{where}.kind", "missing")
        try:
            kind = kind_of(kind_name)
        except UnsafeValue:
            raise self.fail(rule, f"{where}.kind", f"unknown change kind {kind_name!r}") from None
        args = {k: v for k, v in raw.items() if k not in ("kind", "reversible")}
        # What a profile may not ask, beyond what the kind's class validates.
        declared = raw.get("reversible")
        if declared is not None and declared is not kind.reversible:
            raise self.fail(
                rule, f"{where}.reversible", f"{kind_name} changes are {'' if kind.reversible else 'not '}reversible"
            )
        if kind.kind is FixKind.SETTING and set(args) - {"table", "key", "value"}:
            bad = sorted(set(args) - {"table", "key", "value"})[0]
            raise self.fail(rule, f"{where}.{bad}", "unknown field")
        if kind.kind is FixKind.SETTING and "value" in args and not isinstance(args["value"], str):
            raise self.fail(rule, f"{where}.value", "must be str (settings hold text)")
        if kind.kind is FixKind.SETTING and args.get("table") == "global" and args.get("key") == "adb_enabled":
            raise self.fail(rule, f"{where}.key", "USB debugging is switched off by 'finish', never by a profile")
        try:
            typed = kind.from_args(args)
        except UnsafeValue as exc:
            raise self.fail(rule, where, exc.detail) from None
        # A field the kind does not read is a typo that would otherwise be ignored in silence.
        extra = sorted(set(args) - set(typed.to_args()))
        if extra:
            raise self.fail(rule, f"{where}.{extra[0]}", "unknown field")
        if kind.kind is FixKind.BMGR_ENABLE and not isinstance(args.get("enabled"), bool):
            # bool("false") is True: a quoted or missing value must not switch backup on or off.
            raise self.fail(rule, f"{where}.enabled", "must be true or false")
        return ChangeSpec(typed)

    def manual(self, raw: Any, rule: str, index: int) -> ManualSpec:
        t = self.fields(raw, _MANUAL_FIELDS, _MANUAL_REQUIRED, rule, f"manual[{index}]")
        return ManualSpec(t["title"], t["how"], t.get("settings_action"))


# The largest shipped profile is a few KiB. A profile is read whole before it is checked, so
# anything far larger (or a device, a pipe, a folder) is refused before it is read.
MAX_PROFILE_BYTES = 256 * 1024


def load_profile(path: Path, known_findings: frozenset[str] | None = None) -> Profile:
    reader = _Reader(path, known_findings if known_findings is not None else _known_finding_ids())
    try:
        if not path.is_file():
            raise reader.fail("-", "-", "is not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_PROFILE_BYTES + 1)
        if len(data) > MAX_PROFILE_BYTES:
            raise reader.fail("-", "-", f"is larger than {MAX_PROFILE_BYTES // 1024} KiB")
        doc = tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise reader.fail("-", "-", f"not valid TOML ({exc})") from None
    except RecursionError:
        # tomllib reads nested arrays and inline tables recursively.
        raise reader.fail("-", "-", "not valid TOML (nested too deeply)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise reader.fail("-", "-", f"cannot be read ({exc})") from None
    return reader.profile(doc)


def profiles_folder() -> Traversable:
    """Where the built-in profiles are: the installed package data, else a checkout's folder.

    Raises :class:`NoProfilesFound` when neither exists, so a broken install says so instead of
    offering an empty list of situations.
    """
    try:
        return resources.files(PROFILES_PACKAGE)
    except ModuleNotFoundError:
        # Only beside a pyproject.toml: installed, parents[2] is site-packages, where a folder
        # named "profiles" would belong to some other package.
        if _CHECKOUT_PROFILES.is_dir() and (_CHECKOUT_PROFILES.parent / "pyproject.toml").is_file():
            return _CHECKOUT_PROFILES
        raise NoProfilesFound(f"neither {PROFILES_PACKAGE} nor {_CHECKOUT_PROFILES} exists") from None


def profile_files(directory: Traversable | None = None) -> list[Traversable]:
    """The ``*.toml`` files in ``directory`` (default: :func:`profiles_folder`), by name."""
    folder = profiles_folder() if directory is None else directory
    return sorted((e for e in folder.iterdir() if e.name.endswith(".toml") and e.is_file()), key=lambda e: e.name)


def builtin_profiles(directory: Traversable | None = None) -> list[Profile]:
    files = profile_files(directory)
    if not files:
        raise NoProfilesFound(f"no *.toml file in {directory if directory is not None else profiles_folder()}")
    profiles: list[Profile] = []
    for entry in files:
        # load_profile wants a real file (it names it in errors); an installed wheel is unpacked,
        # so as_file gives the file itself, not a temporary copy.
        with resources.as_file(entry) as path:
            profiles.append(load_profile(path))
    ids = [p.id for p in profiles]
    for pid in ids:
        if ids.count(pid) > 1:
            raise ProfileError(f"two profiles have the id {pid}", file=pid, rule="-", field="profile.id",
                               problem="duplicate profile id")
    return profiles


def find_profile(name: str, directory: Traversable | None = None) -> Profile:
    path = Path(name)
    if path.suffix == ".toml" and (path.exists() or path.is_symlink()):
        return load_profile(path)
    for profile in builtin_profiles(directory):
        if profile.id == name:
            return profile
    names = ", ".join(p.id for p in builtin_profiles(directory))
    raise UnknownProfile(f"no profile named {name}", name=name, names=names)
