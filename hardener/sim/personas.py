"""Personas: the practice phones a trainer (or a test) can pick, built from data files.

Each persona is a JSON file in ``hardener/sim/personas/``: the device, its settings, lock,
accounts, backup, admins and the apps that matter for its story. Everything else (system apps
per vendor, filler apps up to ``fill_to``, times, sizes, uids, paths) is generated
deterministically from the persona's ``seed`` and the shared ``_catalog.json``, so the big
benchmark phones (``apps-1000``) stay a few lines of data. A file may ``extend`` another
(files whose names start with ``_`` are bases, never listed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from hardener.sim.persona_build import PERSONA_DIR, build_phone
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


def load_persona(name: str) -> VirtualPhone:
    """A fresh phone for the persona ``name`` (each call builds a new, independent phone)."""
    return build_phone(load_persona_data(name))


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


__all__ = ["PersonaInfo", "UnknownPersona", "build_phone", "list_personas", "load_persona", "persona_names"]
