"""The phone's small file system, with what uid 2000 may and may not touch.

Shell may read and write ``/sdcard`` and ``/data/local/tmp`` (where hardener keeps its undo
journal), read ``/system`` and ``/proc/uptime``, and traverse but not list ``/data``. App data
(``/data/data/<pkg>``, ``/data/user/N/<pkg>``) answers "Permission denied", as it does on a real
unrooted phone. Functions return bytes or data on success and the errno text on failure.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from hardener.sim.commands import app_files
from hardener.sim.phone import SHELL_UID, FsNode

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

ENOENT = "No such file or directory"
EACCES = "Permission denied"
EISDIR = "Is a directory"
ENOTDIR = "Not a directory"
EEXIST = "File exists"
ENOTEMPTY = "Directory not empty"
EROFS = "Read-only file system"

SYMLINKS = {
    "/sdcard": "/storage/emulated/0",
    "/storage/self/primary": "/storage/emulated/0",
    "/mnt/sdcard": "/storage/emulated/0",
    "/data/user/0": "/data/data",
}
_PRIVATE_ROOTS = ("/data/data", "/data/user", "/data/user_de", "/data/app", "/data/misc", "/data/system",
                  "/data/system_ce", "/data/system_de", "/data/vendor")
_DYNAMIC = ("/proc/uptime", "/proc/version")


def normalize(path: str) -> str:
    path = posixpath.normpath("/" + path.lstrip("/")) if path else "/"
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    for link, target in SYMLINKS.items():
        if path == link or path.startswith(link + "/"):
            return target + path[len(link):]
    return path


def default_tree(phone: VirtualPhone, mtime: int) -> None:
    """The directories every phone has; personas add files on top."""
    def d(path: str, mode: int, readable: bool = True, writable: bool = False, uid: int = 0) -> None:
        phone.fs[path] = FsNode(True, mode, uid=uid, gid=uid, mtime=mtime,
                                shell_readable=readable, shell_writable=writable)

    d("/", 0o755)
    d("/system", 0o755)
    d("/system/bin", 0o755)
    d("/system/app", 0o755)
    d("/system/priv-app", 0o755)
    d("/product", 0o755)
    d("/vendor", 0o755)
    d("/proc", 0o555)
    d("/dev", 0o755)
    d("/data", 0o771, readable=False, uid=1000)
    d("/data/local", 0o751, readable=False)
    d("/data/local/tmp", 0o771, readable=True, writable=True, uid=SHELL_UID)
    for private in ("/data/data", "/data/user", "/data/app", "/data/misc", "/data/system"):
        d(private, 0o771, readable=False, uid=1000)
    d("/storage", 0o755)
    d("/storage/emulated", 0o711, readable=False)
    sd = 0o2770
    for sub in ("", "/Android", "/Android/data", "/Android/media", "/Download", "/DCIM", "/DCIM/Camera",
                "/Pictures", "/Movies", "/Music", "/Documents"):
        d("/storage/emulated/0" + sub, sd, readable=True, writable=True, uid=1023 if sub else 0)
    # Real phones ship it -rw-r--r-- root root.
    phone.fs["/system/build.prop"] = FsNode(
        False, 0o644, mtime=mtime, data=b"", shell_readable=True
    )


def _ancestors(path: str) -> list[str]:
    out = []
    while path != "/":
        path = posixpath.dirname(path)
        out.append(path)
    return out


def _private_miss(phone: VirtualPhone, path: str) -> bool:
    """Whether a missing path sits inside app-private storage (so the shell sees EACCES)."""
    for root in _PRIVATE_ROOTS:
        if path == root or not path.startswith(root + "/"):
            continue
        rest = path[len(root) + 1:].split("/")
        if root == "/data/data":
            return rest[0] in phone.packages
        if root in ("/data/user", "/data/user_de"):
            return (len(rest) >= 2 and rest[1] in phone.packages) or len(rest) == 1
        return True
    return False


def _raw(phone: VirtualPhone, path: str) -> FsNode | None:
    """A stored node, or one of the installed apps' files (:mod:`.app_files`)."""
    node = phone.fs.get(path)
    if node is None:
        node = app_files.node(phone, path)
    return node


def lookup(phone: VirtualPhone, path: str) -> FsNode | None:
    path = normalize(path)
    node = _raw(phone, path)
    if node is None and path in _DYNAMIC:
        return FsNode(False, 0o444, data=_dynamic(phone, path), mtime=phone.now_ms() // 1000)
    return node


def _dynamic(phone: VirtualPhone, path: str) -> bytes:
    if path == "/proc/uptime":
        up = phone.uptime_ms() / 1000
        return f"{up:.2f} {up * 7.3:.2f}\n".encode()
    kernel = phone.props.get("sim.kernel", "4.19.191-g0000000")
    return f"Linux version {kernel} (android-build@abfarm) #1 SMP PREEMPT\n".encode()


def _access(phone: VirtualPhone, path: str) -> str | None:
    """EACCES/ENOENT for reaching ``path`` (not for reading it): walks the ancestors."""
    for anc in reversed(_ancestors(path)):
        node = _raw(phone, anc)
        if node is None:
            return EACCES if _private_miss(phone, anc) else ENOENT
        if not node.is_dir:
            return ENOTDIR
    return None


def visible(phone: VirtualPhone, path: str) -> bool:
    return _access(phone, normalize(path)) is None


def stat_error(phone: VirtualPhone, path: str) -> str | None:
    path = normalize(path)
    problem = _access(phone, path)
    if problem is not None:
        return problem
    if lookup(phone, path) is None:
        return EACCES if _private_miss(phone, path) else ENOENT
    return None


def read(phone: VirtualPhone, path: str) -> bytes | str:
    path = normalize(path)
    problem = stat_error(phone, path)
    if problem is not None:
        return problem
    node = lookup(phone, path)
    assert node is not None
    if node.is_dir:
        return EISDIR
    if not node.shell_readable:
        return EACCES
    return node.data


def list_dir(phone: VirtualPhone, path: str) -> list[tuple[str, FsNode]] | None:
    got = list_dir_or_error(phone, path)
    return None if isinstance(got, str) else got


def list_dir_or_error(phone: VirtualPhone, path: str) -> list[tuple[str, FsNode]] | str:
    path = normalize(path)
    problem = stat_error(phone, path)
    if problem is not None:
        return problem
    node = lookup(phone, path)
    assert node is not None
    if not node.is_dir:
        return ENOTDIR
    if not node.shell_readable:
        return EACCES
    prefix = path.rstrip("/") + "/"
    out = []
    for p, n in phone.fs.items():
        if p.startswith(prefix) and p != path and "/" not in p[len(prefix):]:
            out.append((p[len(prefix):], n))
    stored = {name for name, _ in out}
    for name in app_files.children(phone, path):
        child = app_files.node(phone, prefix + name) if name not in stored else None
        if child is not None:
            out.append((name, child))
    if path == "/proc":
        out.extend((posixpath.basename(p), lookup(phone, p)) for p in _DYNAMIC)  # type: ignore[misc]
    return sorted(out, key=lambda e: e[0])


def _writable_parent(phone: VirtualPhone, path: str) -> str | None:
    if path in ("/", ""):
        return EISDIR
    problem = _access(phone, path)
    if problem is not None:
        return problem
    parent = phone.fs.get(posixpath.dirname(path))
    if parent is None:
        return ENOENT
    if not parent.shell_writable:
        return EROFS if posixpath.dirname(path).startswith(("/system", "/product", "/vendor")) else EACCES
    return None


def write(phone: VirtualPhone, path: str, data: bytes, *, append: bool, mode: int = 0o666,
          mtime: int | None = None) -> str | None:
    path = normalize(path)
    stamp = phone.now_ms() // 1000 if mtime is None else mtime
    node = phone.fs.get(path)
    if node is not None:
        if node.is_dir:
            return EISDIR
        if not node.shell_writable:
            return EACCES
        if phone.faults.ignores("files"):
            return None
        node.data = node.data + data if append else data
        node.mtime = stamp
        return None
    if path in _DYNAMIC:
        return EACCES
    problem = _writable_parent(phone, path)
    if problem is not None:
        if problem == ENOENT and _private_miss(phone, path):
            return EACCES
        return problem
    if phone.faults.ignores("files"):
        return None
    phone.fs[path] = FsNode(False, mode & 0o777 if mode else 0o666, uid=SHELL_UID, gid=SHELL_UID,
                            data=data, mtime=stamp, shell_readable=True, shell_writable=True)
    return None


def mkdir(phone: VirtualPhone, path: str, parents: bool = False) -> str | None:
    path = normalize(path)
    if path in phone.fs:
        return None if parents and phone.fs[path].is_dir else EEXIST
    if parents:
        for anc in reversed(_ancestors(path)):
            if anc not in phone.fs:
                problem = mkdir(phone, anc, parents=False)
                if problem is not None:
                    return problem
    problem = _writable_parent(phone, path)
    if problem is not None:
        return problem
    if not phone.faults.ignores("files"):
        phone.fs[path] = FsNode(True, 0o771 if path.startswith("/data") else 0o2770, uid=SHELL_UID,
                                gid=SHELL_UID, mtime=phone.now_ms() // 1000, shell_readable=True,
                                shell_writable=True)
    return None


def remove(phone: VirtualPhone, path: str, recursive: bool = False, dir_only: bool = False) -> str | None:
    path = normalize(path)
    problem = stat_error(phone, path)
    if problem is not None:
        return problem
    node = phone.fs.get(path)
    if node is None:
        return EACCES
    parent = phone.fs.get(posixpath.dirname(path))
    if parent is None or not parent.shell_writable:
        return EACCES if not path.startswith(("/system", "/product", "/vendor")) else EROFS
    children = [p for p in phone.fs if p.startswith(path.rstrip("/") + "/")]
    if node.is_dir:
        if children and not recursive:
            return ENOTEMPTY if dir_only else EISDIR
        if not recursive and not dir_only:
            return EISDIR
        for c in children:
            if not phone.fs[c].shell_writable and phone.fs[c].is_dir:
                return EACCES
    elif dir_only:
        return ENOTDIR
    if phone.faults.ignores("files"):
        return None
    for c in children:
        del phone.fs[c]
    del phone.fs[path]
    return None


def move(phone: VirtualPhone, src: str, dst: str) -> str | None:
    src, dst = normalize(src), normalize(dst)
    problem = stat_error(phone, src)
    if problem is not None:
        return problem
    node = phone.fs.get(src)
    if node is None:
        return EACCES
    target = phone.fs.get(dst)
    if target is not None and target.is_dir:
        dst = posixpath.join(dst, posixpath.basename(src))
    problem = _writable_parent(phone, dst)
    if problem is not None:
        return problem
    src_parent = phone.fs.get(posixpath.dirname(src))
    if src_parent is None or not src_parent.shell_writable:
        return EACCES
    if phone.faults.ignores("files"):
        return None
    moved = {p: n for p, n in phone.fs.items() if p == src or p.startswith(src + "/")}
    for p in moved:
        del phone.fs[p]
    for p, n in moved.items():
        phone.fs[dst + p[len(src):]] = n
    return None


def chmod(phone: VirtualPhone, path: str, mode: int) -> str | None:
    path = normalize(path)
    problem = stat_error(phone, path)
    if problem is not None:
        return problem
    node = phone.fs.get(path)
    if node is None or node.uid != SHELL_UID:
        return "Operation not permitted"
    if not phone.faults.ignores("files"):
        node.mode = mode & 0o7777
    return None


def st_mode(node: FsNode) -> int:
    return (0o040000 if node.is_dir else 0o100000) | node.mode
