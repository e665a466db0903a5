"""The installed apps as files: ``/data/app/~~X/pkg-Y/base.apk``, ``/system/app/Name/Name.apk``.

These paths are what ``pm path`` prints, and on a phone the shell may read them (that is how
``adb pull`` of an APK works) and list a package's own folder, but not ``/data/app`` itself. The
tree is derived from the packages (not stored), so an install or uninstall shows at once; each
APK's bytes are built the first time they are read (:func:`hardener.sim.apk.apk_for`).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hardener.sim.records import FsNode, Package

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

_SYSTEM_IMAGE_S = 1_230_768_000  # 2009-01-01: every file of a system image has this time
_SYSTEM_ROOTS = ("/system/app", "/system/priv-app", "/product/app", "/product/priv-app", "/system_ext/app",
                 "/system_ext/priv-app", "/vendor/app", "/system/framework")


@dataclass(frozen=True)
class _Entry:
    kind: str  # "dir" | "apk"
    package: str
    mode: int
    listable: bool


def apk_path(pkg: Package) -> str:
    """The APK path ``pm path`` prints (``base.apk`` in a /data/app folder, ``Name.apk`` in /system)."""
    return _apk_in(pkg.code_path)


def _apk_in(code_path: str) -> str:
    if code_path.endswith(".apk"):
        return code_path
    if code_path.startswith("/data/app"):
        return code_path + "/base.apk"
    return f"{code_path}/{code_path.rstrip('/').rsplit('/', 1)[-1]}.apk"


def _tree(phone: VirtualPhone) -> tuple[dict[str, _Entry], dict[str, set[str]]]:
    key = (len(phone.packages), phone.package_epoch)
    cached = phone.app_file_cache
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    entries: dict[str, _Entry] = {}
    children: dict[str, set[str]] = {}

    def add(path: str, entry: _Entry) -> None:
        entries.setdefault(path, entry)
        parent = posixpath.dirname(path)
        children.setdefault(parent, set()).add(posixpath.basename(path))

    for root in _SYSTEM_ROOTS:
        add(root, _Entry("dir", "", 0o755, True))
    for pkg in phone.packages.values():
        for code_path in filter(None, (pkg.code_path, pkg.system_code_path)):
            apk = _apk_in(code_path)
            folder = posixpath.dirname(apk)
            data_app = folder.startswith("/data/app/")
            if data_app and folder.count("/") == 4:  # /data/app/~~X==/pkg-Y==: the ~~ level hides its list
                add(posixpath.dirname(folder), _Entry("dir", pkg.name, 0o771, False))
            if folder not in _SYSTEM_ROOTS:
                add(folder, _Entry("dir", pkg.name, 0o755, True))
                add(folder + "/oat", _Entry("dir", pkg.name, 0o755, True))
                if data_app:
                    add(folder + "/lib", _Entry("dir", pkg.name, 0o755, True))
            add(apk, _Entry("apk", pkg.name, 0o644, True))
    phone.app_file_cache = (key, entries, children)
    return entries, children


def node(phone: VirtualPhone, path: str) -> FsNode | None:
    """The file system node at ``path`` if it is one of the app files, else None."""
    if not path.startswith(("/data/app/", "/system/", "/product/", "/system_ext/", "/vendor/")):
        return None
    entries, _ = _tree(phone)
    entry = entries.get(path)
    if entry is None:
        return None
    pkg = phone.packages.get(entry.package)
    mtime = _SYSTEM_IMAGE_S if pkg is None or not path.startswith("/data/") else pkg.last_update_ms // 1000
    if entry.kind == "dir":
        return FsNode(True, entry.mode, uid=1000, gid=1000, mtime=mtime, shell_readable=entry.listable)
    assert pkg is not None
    from hardener.sim.apk import apk_for

    return FsNode(False, entry.mode, uid=1000, gid=1000, data=apk_for(pkg), mtime=mtime, shell_readable=True)


def children(phone: VirtualPhone, path: str) -> list[str]:
    _, kids = _tree(phone)
    return sorted(kids.get(path, ()))
