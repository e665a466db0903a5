"""Indicator files a trainer adds to a scan (``scan --iocs FILE``): Echap YAML and STIX 2.

Why: the shipped lists are a snapshot; helplines and researchers publish newer ones, and an
examiner may hold indicators for one case. Two formats are read:

- Echap's YAML (``ioc.yaml``, ``watchware.yaml``): a list of apps with ``packages`` and
  ``certificates`` (SHA-1 of the signing certificate); ``websites`` and the rest are not about
  what is installed, so they are not used here.
- STIX 2 bundles as MVT and Amnesty's indicator repositories publish them: ``indicator``
  objects whose ``pattern`` compares ``app:id`` (a package name) or ``app:cert.sha1`` /
  ``app:cert.sha256`` (the signing certificate); the app's name comes from the ``malware``
  object an ``indicates`` relationship points to, else the indicator's own name.

A file that cannot be read raises :class:`IndicatorFileError` naming the file and the reason,
before anything is read from the phone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hardener.data.indicators import (
    Indicator,
    IndicatorIndex,
    IndicatorKind,
    index_of,
    normalise_digest,
    parse_echap,
)
from hardener.errors import HardenerError
from hardener.i18n.markers import N_

_STIX_TERM = re.compile(r"(app:id|app:cert\.sha1|app:cert\.sha256)\s*=\s*'((?:[^'\\]|\\.)*)'")
_HEX_DIGEST = re.compile(r"[0-9A-F]{40}|[0-9A-F]{64}")
_MAX_FILE_BYTES = 64 * 1024 * 1024


class IndicatorFileError(HardenerError):
    message = N_("The indicator file {file} could not be used: {reason}")


def credit_for(path: Path) -> str:
    return f"{path.name} (indicator file)"


def parse_stix2(text: str, source: str, credit: str) -> Iterator[tuple[str, str, Indicator]]:
    """(key kind, key, indicator) for each package and certificate a STIX 2 bundle names."""
    doc: Any = json.loads(text)
    objects = doc.get("objects") if isinstance(doc, dict) else None
    if not isinstance(objects, list):
        raise ValueError("not a STIX 2 bundle (no 'objects' list)")
    by_id = {o.get("id"): o for o in objects if isinstance(o, dict)}
    names: dict[str, str] = {}
    for rel in objects:
        if isinstance(rel, dict) and rel.get("type") == "relationship" and rel.get("relationship_type") == "indicates":
            target = by_id.get(rel.get("target_ref"))
            if isinstance(target, dict) and isinstance(target.get("name"), str):
                names[str(rel.get("source_ref"))] = target["name"]
    for obj in objects:
        if not isinstance(obj, dict) or obj.get("type") != "indicator" or not isinstance(obj.get("pattern"), str):
            continue
        name = names.get(str(obj.get("id"))) or str(obj.get("name") or source)
        ind = Indicator(name[:100], IndicatorKind.SPYWARE, f"file:{source}", credit)
        for field, value in _STIX_TERM.findall(obj["pattern"]):
            value = value.replace("\\'", "'").strip()
            if not value:
                continue
            if field == "app:id":
                yield "package", value.lower(), ind
            elif _HEX_DIGEST.fullmatch(normalise_digest(value)):
                yield "certificate", normalise_digest(value), ind


def load_indicator_file(path: Path) -> IndicatorIndex:
    """One file's indicators; the format is told by its content (JSON: STIX 2, else Echap YAML)."""
    try:
        raw = path.read_bytes()[: _MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise IndicatorFileError(str(exc), file=str(path), reason=exc.strerror or type(exc).__name__) from exc
    if len(raw) > _MAX_FILE_BYTES:
        raise IndicatorFileError("too large", file=str(path), reason="larger than 64 MiB")
    text = raw.decode("utf-8", "replace")
    credit = credit_for(path)
    packages: dict[str, list[Indicator]] = {}
    certs: dict[str, list[Indicator]] = {}
    try:
        if text.lstrip().startswith("{"):
            entries = list(parse_stix2(text, path.name, credit))
        else:
            entries = [
                (kind, key, Indicator(i.app, i.kind, f"file:{path.name}", credit))
                for kind, key, i in parse_echap(text, path.name)
            ]
    except (ValueError, TypeError, AttributeError) as exc:  # json and yaml errors are ValueErrors
        raise IndicatorFileError(str(exc), file=str(path), reason=str(exc)[:200]) from exc
    except Exception as exc:  # yaml.YAMLError is not a ValueError
        raise IndicatorFileError(str(exc), file=str(path), reason=type(exc).__name__) from exc
    for kind, key, ind in entries:
        target = packages if kind == "package" else certs
        if ind not in target.setdefault(key, []):
            target[key].append(ind)
    if not packages and not certs:
        raise IndicatorFileError("empty", file=str(path), reason="it names no app and no certificate")
    return index_of(packages, certs, (credit,))
