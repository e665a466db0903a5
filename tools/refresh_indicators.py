"""Maintainer tool: take newer indicator lists from upstream checkouts, and say what changed.

    python -m tools.refresh_indicators --from ~/src/stalkerware-indicators --from ~/src/isdi

Each ``--from`` is a checkout of AssoEchap/stalkerware-indicators (``ioc.yaml`` and
``watchware.yaml`` at the top) or of stopipv/isdi (``src/isdi/data/app-flags.csv``), or a folder
holding both as ``stalkerware-indicators/`` and ``isdi/`` (the layout of ``shared/data``). New
files are parsed before anything is written, so a broken upstream file never replaces a working
one. The printed summary (apps and certificates added or removed) is what a reviewer needs to
judge the update; the upstream commit, when readable, goes into SOURCES.md by hand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hardener.data import indicators as ind

PACKAGE_DIR = Path(ind.__file__).resolve().parent  # hardener/data, where the lists are shipped


@dataclass(frozen=True)
class Update:
    """One file to copy: where it comes from, where it goes, and what it means."""

    source: Path
    target: Path
    kind: str  # "echap", "isdi" or "licence"


def _first_existing(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.is_file()), None)


def find_updates(root: Path, target_dir: Path) -> list[Update]:
    """The indicator files found under ``root``, paired with where they belong in ``target_dir``."""
    updates: list[Update] = []
    for echap_root in (root, root / "stalkerware-indicators"):
        if all((echap_root / name).is_file() for name in ind.ECHAP_FILES):
            for name in ind.ECHAP_FILES:
                updates.append(Update(echap_root / name, target_dir / ind.ECHAP_DIR / name, "echap"))
            licence = echap_root / "LICENSE.txt"
            if licence.is_file():
                updates.append(Update(licence, target_dir / ind.ECHAP_DIR / "LICENSE.txt", "licence"))
            break
    csv_path = _first_existing(
        root / "src" / "isdi" / "data" / ind.ISDI_FILE, root / "isdi" / ind.ISDI_FILE, root / ind.ISDI_FILE
    )
    if csv_path is not None:
        updates.append(Update(csv_path, target_dir / ind.ISDI_DIR / ind.ISDI_FILE, "isdi"))
        licence_path = _first_existing(root / "LICENSE", csv_path.parent / "LICENSE")
        if licence_path is not None:
            updates.append(Update(licence_path, target_dir / ind.ISDI_DIR / "LICENSE", "licence"))
    return updates


def _keys(kind: str, text: str, name: str) -> set[str]:
    """What a file contributes, as comparable strings ("package x", "certificate y", ...)."""
    if kind == "echap":
        return {f"{key_kind} {key} ({i.app})" for key_kind, key, i in ind.parse_echap(text, name)}
    if kind == "isdi":
        return {f"package {pkg} [{i.kind.value}] ({i.app})" for pkg, i in ind.parse_isdi(text)}
    return set()


def upstream_commit(root: Path) -> str | None:
    """The checked-out commit, read from ``.git`` without running git."""
    head = root / ".git" / "HEAD"
    try:
        ref = head.read_text(encoding="utf-8").strip()
        if ref.startswith("ref: "):
            ref_path = root / ".git" / ref[5:]
            if ref_path.is_file():
                return ref_path.read_text(encoding="utf-8").strip()
            packed = (root / ".git" / "packed-refs").read_text(encoding="utf-8")
            for line in packed.splitlines():
                if line.endswith(" " + ref[5:]):
                    return line.split()[0]
            return None
        return ref or None
    except OSError:
        return None


def refresh(roots: Sequence[Path], target_dir: Path, dry_run: bool, out: list[str]) -> int:
    """Copy (unless ``dry_run``) and describe; returns the process exit code."""
    planned: list[tuple[Update, str]] = []
    for root in roots:
        updates = find_updates(root, target_dir)
        if not updates:
            out.append(f"{root}: no ioc.yaml/watchware.yaml or app-flags.csv found here")
            return 2
        commit = upstream_commit(root)
        out.append(f"{root}: upstream commit {commit or 'unknown (not a git checkout)'}")
        for update in updates:
            text = update.source.read_text(encoding="utf-8")
            try:
                new_keys = _keys(update.kind, text, update.source.name)
            except Exception as exc:  # a YAML or CSV error, a wrong shape: report it, write nothing
                out.append(f"  {update.source}: not usable, nothing written: {type(exc).__name__}: {exc}")
                return 1
            if update.kind != "licence" and not new_keys:
                out.append(f"  {update.source}: no indicators in it, nothing written")
                return 1
            planned.append((update, text))

    for update, text in planned:
        old = update.target.read_text(encoding="utf-8") if update.target.is_file() else ""
        rel = update.target.relative_to(target_dir)
        if old == text:
            out.append(f"  {rel}: unchanged")
            continue
        old_keys = _keys(update.kind, old, update.target.name) if old else set()
        new_keys = _keys(update.kind, text, update.source.name)
        added, removed = sorted(new_keys - old_keys), sorted(old_keys - new_keys)
        out.append(f"  {rel}: {len(added)} added, {len(removed)} removed")
        out.extend(f"    + {k}" for k in added)
        out.extend(f"    - {k}" for k in removed)
        if update.kind == "licence":
            out.append("    the licence text changed: read it before shipping")
        if not dry_run:
            update.target.parent.mkdir(parents=True, exist_ok=True)
            update.target.write_text(text, encoding="utf-8")
    out.append("dry run: nothing written" if dry_run else "done: update the commits in SOURCES.md")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.refresh_indicators", description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="roots", type=Path, action="append", required=True, metavar="PATH",
                        help="an upstream checkout (repeat for both repositories)")
    parser.add_argument("--to", dest="target", type=Path, default=PACKAGE_DIR, metavar="DIR",
                        help="the hardener/data folder to update (default: this package)")
    parser.add_argument("--dry-run", action="store_true", help="only print what would change")
    args = parser.parse_args(argv)
    lines: list[str] = []
    code = refresh(args.roots, args.target, args.dry_run, lines)
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
