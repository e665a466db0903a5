"""``hardener forget``: remove everything hardener keeps on this computer, and say what went.

Two things only ever outlive a run: the ADB key in the OS keyring (this laptop's identity to
the phones that tapped "Allow") and the display-preferences file. Before a laptop leaves the
centre, or when a person simply wants no sign that hardener was used, both can go in one
step. Each is reported separately, because "there was nothing to remove" and "could not
check" mean different things to someone who is worried.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hardener.errors import KeyringUnavailable
from hardener.i18n.markers import N_, fill

KEY_REMOVED = N_(
    "Removed this computer's key from the keyring. Phones that trusted it will ask \"Allow USB debugging?\" again."
)
KEY_ABSENT = N_("There was no key in the keyring.")
KEY_UNREACHABLE = N_("Could not reach the keyring, so the key (if there is one) was not removed: {problem}")
PREFS_REMOVED = N_("Removed: {path}")
PREFS_ABSENT = N_("There were no saved preferences.")
NOTHING_ELSE = N_("hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.")


@dataclass
class ForgetResult:
    key_removed: bool = False
    key_problem: str | None = None  # set when the keyring could not be asked
    removed_files: list[Path] = field(default_factory=list)

    def lines(self, tr: Callable[[str], str] = str) -> list[str]:
        """What happened, in words (the message ids translated by ``tr``, then filled)."""
        out: list[str] = []
        if self.key_problem is not None:
            out.append(fill(tr(KEY_UNREACHABLE), {"problem": self.key_problem}))
        else:
            out.append(tr(KEY_REMOVED if self.key_removed else KEY_ABSENT))
        if self.removed_files:
            out += [fill(tr(PREFS_REMOVED), {"path": str(p)}) for p in self.removed_files]
        else:
            out.append(tr(PREFS_ABSENT))
        out.append(tr(NOTHING_ELSE))
        return out


def forget_everything(*, keep_key: bool = False) -> ForgetResult:
    """Remove the key (unless kept) and the preferences; never raises for a missing keyring."""
    from hardener.adb.keys import KeyStore
    from hardener.gui.prefs import forget_prefs

    result = ForgetResult()
    if not keep_key:
        try:
            result.key_removed = KeyStore().forget()
        except KeyringUnavailable as exc:
            result.key_problem = exc.detail or exc.plain()
    result.removed_files = forget_prefs()
    return result


def cmd_forget(args: argparse.Namespace) -> int:
    result = forget_everything(keep_key=bool(getattr(args, "keep_key", False)))
    for line in result.lines(args.words):
        print(line)
    return 1 if result.key_problem is not None else 0


def add_forget_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "forget",
        help="remove everything hardener keeps on this computer (its key and its preferences)",
    )
    p.add_argument("--keep-key", action="store_true", help="remove only the preferences, keep the keyring key")
    p.set_defaults(func=cmd_forget)
    return p
