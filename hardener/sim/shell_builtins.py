"""The sh builtins that steer the shell itself (``break``, ``return``, ``read``, ``set``, ``eval``,
...), the control-flow signals they raise, and the environment adbd gives the shell.

The other builtins (``echo``, ``cd``, ``test``, ``exit``) are commands like any other, in
:mod:`hardener.sim.commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hardener.sim.shell_ast import SH

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone
    from hardener.sim.shell import Shell


class ExitShell(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Break(Exception):
    def __init__(self, levels: int, again: bool) -> None:
        super().__init__(levels)
        self.levels = levels
        self.again = again  # continue rather than break


class Return(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code



def default_environment(phone: VirtualPhone) -> dict[str, str]:
    """What ``adb shell env`` shows on a phone (adbd's environment for the shell)."""
    return {
        "HOME": "/",
        "PATH": "/product/bin:/apex/com.android.runtime/bin:/apex/com.android.art/bin:"
        "/system_ext/bin:/system/bin:/system/xbin:/odm/bin:/vendor/bin:/vendor/xbin",
        "USER": "shell",
        "LOGNAME": "shell",
        "SHELL": SH,
        "TMPDIR": "/data/local/tmp",
        "ANDROID_DATA": "/data",
        "ANDROID_ROOT": "/system",
        "EXTERNAL_STORAGE": "/sdcard",
        "HOSTNAME": phone.props.get("ro.product.device", "localhost"),
        "IFS": " \t\n",
    }


# --- builtins that steer the shell itself ------------------------------------------------------


def _int_arg(shell: Shell, argv: list[str], default: int) -> int | None:
    if len(argv) < 2:
        return default
    try:
        return int(argv[1])
    except ValueError:
        shell.fds[2].write(f"{SH}: {argv[0]}: {argv[1]}: bad number\n")
        return None


def _b_break(shell: Shell, argv: list[str]) -> int:
    levels = _int_arg(shell, argv, 1)
    if levels is None or levels < 1:
        return 1
    raise Break(levels, again=argv[0] == "continue")


def _b_return(shell: Shell, argv: list[str]) -> int:
    code = _int_arg(shell, argv, shell.status)
    raise Return((code if code is not None else 1) & 0xFF)


def _b_shift(shell: Shell, argv: list[str]) -> int:
    n = _int_arg(shell, argv, 1)
    if n is None or n > len(shell.positional):
        shell.fds[2].write(f"{SH}: shift: {argv[1] if len(argv) > 1 else n}: bad number\n")
        return 1
    shell.positional = shell.positional[n:]
    return 0


def _b_set(shell: Shell, argv: list[str]) -> int:
    args = argv[1:]
    if not args:
        shell.fds[1].write("".join(f"{k}={_quote(v)}\n" for k, v in sorted(shell.vars.items())))
        return 0
    while args and args[0].startswith(("-", "+")) and args[0] != "--":
        args = args[1:]  # options (-e, -x, -u ...) are accepted and ignored
    if args and args[0] == "--":
        args = args[1:]
    if args or "--" in argv:
        shell.positional = list(args)
    return 0


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'" if any(c in value for c in " \t\n'\"$`\\*?[]&;|<>()") else value


def _b_read(shell: Shell, argv: list[str]) -> int:
    raw = False
    names: list[str] = []
    for arg in argv[1:]:
        if arg.startswith("-") and not names:
            raw = raw or "r" in arg
        else:
            names.append(arg)
    names = names or ["REPLY"]
    line = shell.stdin.read_line()
    if line is None:
        for name in names:
            shell.vars[name] = ""
        return 1
    text = line[:-1] if line.endswith("\n") else line
    if not raw:
        text = text.replace("\\\n", "").replace("\\", "")
    ifs = shell.vars.get("IFS", " \t\n")
    if names == ["REPLY"] and len(names) == 1 and argv[1:] == []:
        shell.vars["REPLY"] = text
        return 0
    fields = text.strip(ifs).split(None, len(names) - 1) if ifs.strip() == "" else \
        text.split(ifs[:1], len(names) - 1) if ifs else [text]
    for k, name in enumerate(names):
        shell.vars[name] = fields[k] if k < len(fields) else ""
    return 0 if line.endswith("\n") else 1


def _b_eval(shell: Shell, argv: list[str]) -> int:
    shell.note_feature("eval")
    return shell.run_text(" ".join(argv[1:]))


def _b_local(shell: Shell, argv: list[str]) -> int:
    for arg in argv[1:]:
        name, eq, value = arg.partition("=")
        shell.vars[name] = value if eq else shell.vars.get(name, "")
    return 0


def _b_colon(shell: Shell, argv: list[str]) -> int:
    return 0


BUILTINS: dict[str, Callable[[Shell, list[str]], int]] = {
    "break": _b_break, "continue": _b_break, "return": _b_return, "shift": _b_shift, "set": _b_set,
    "read": _b_read, "eval": _b_eval, "local": _b_local, "typeset": _b_local, ":": _b_colon,
    "trap": _b_colon, "wait": _b_colon,
}
SHELL_BUILTINS = frozenset(BUILTINS)
