"""Personas: the practice phones a trainer (or a test) can pick, built from data files.

Each persona is a JSON file in ``hardener/sim/personas/``: the device, its settings, lock,
accounts, backup, admins and the apps that matter for its story. Everything else (system apps
per vendor, filler apps up to ``fill_to``, times, sizes, uids, paths) is generated
deterministically from the persona's ``seed`` and the shared ``_catalog.json``, so the big
benchmark phones (``apps-1000``) stay a few lines of data. A file may ``extend`` another
(files whose names start with ``_`` are bases, never listed).

A trainer's own file (``hardener sim --persona myphone.json``) uses the same format, documented
in ``docs/persona-format.md``; it is checked first (:mod:`.persona_schema`) and may ``extend``
a built-in persona to change only what differs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hardener.sim.persona_build import PERSONA_DIR, build_phone
from hardener.sim.persona_schema import PersonaFileError, validate
from hardener.sim.phone import VirtualPhone


class UnknownPersona(LookupError):
    """No persona file by that name."""


@dataclass(frozen=True)
class PersonaInfo:
    name: str
    description: str
    android_release: str
    sdk: int
    app_count: int
    model: str = ""


def persona_names() -> list[str]:
    return sorted(p.stem for p in PERSONA_DIR.glob("*.json") if not p.stem.startswith("_"))


def list_personas() -> list[PersonaInfo]:
    return [persona_info(name) for name in persona_names()]


@cache
def persona_info(name: str) -> PersonaInfo:
    phone = load_persona(name)
    return PersonaInfo(
        name=name,
        description=phone.description,
        android_release=phone.release,
        sdk=phone.sdk,
        app_count=len(phone.packages),
        model=phone.props.get("ro.product.model", ""),
    )


def is_persona_file(name: str) -> bool:
    """``name`` names a persona file of the trainer's (``myphone.json``), not a built-in persona."""
    return name.endswith(".json") and ("/" in name or "\\" in name or Path(name).is_file())


def load_persona(name: str) -> VirtualPhone:
    """A fresh phone for the persona ``name`` or file (each call builds a new, independent phone)."""
    if is_persona_file(name):
        return load_persona_file(Path(name))
    return build_phone(load_persona_data(name))


def load_persona_file(path: Path) -> VirtualPhone:
    """A phone from a trainer's persona file; :class:`PersonaFileError` says what is wrong in it."""
    source = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PersonaFileError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise PersonaFileError(f"{source}: is not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PersonaFileError(f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    base = data.get("extends") if isinstance(data, dict) else None
    validate(data, source, needs_device=base is None)
    if base is not None:
        base_path = path.parent / base
        if base.endswith(".json") and base_path.is_file():
            parent = json.loads(base_path.read_text(encoding="utf-8"))
        else:
            try:
                parent = load_persona_data(base)
            except UnknownPersona as exc:
                raise PersonaFileError(f"{source}: extends \"{base}\", which is neither a built-in persona "
                                       f"({', '.join(persona_names())}) nor a file beside it") from exc
        data = _merge(parent, {k: v for k, v in data.items() if k != "extends"})
        validate(data, source)
    data["name"] = path.stem
    try:
        return build_phone(data)
    except (KeyError, ValueError, TypeError) as exc:
        raise PersonaFileError(f"{source}: a value does not fit ({type(exc).__name__}: {exc})") from exc


def load_persona_data(name: str) -> dict[str, Any]:
    path = PERSONA_DIR / f"{name}.json"
    if "/" in name or "\\" in name or not path.is_file():
        raise UnknownPersona(f"no practice phone called {name!r}; choose one of: {', '.join(persona_names())}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    base = data.pop("extends", None)
    if base:
        parent = load_persona_data(base)
        data = _merge(parent, data)
    data.setdefault("name", name)
    data["name"] = name
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


__all__ = [
    "PersonaFileError",
    "PersonaInfo",
    "UnknownPersona",
    "build_phone",
    "is_persona_file",
    "list_personas",
    "load_persona",
    "load_persona_file",
    "persona_names",
]
