"""The two build steps ``pyproject.toml`` cannot express; everything else is declared there.

1. The hardening profiles live in the top-level ``profiles/`` folder, where the people who
   write them find them, but an installed app must carry them: the folder is mapped into the
   wheel as the data-only package ``hardener._profiles`` (read with ``importlib.resources``).
2. The translations are written as Linguist ``.ts`` sources and compiled to ``.qm`` here, when
   the wheel is built, so a wheel (``pip wheel .``, ``pipx install``) speaks every language
   without compiled files being committed. An editable install compiles them beside the
   sources instead, because that is where the app then reads them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _i18n_build() -> ModuleType:
    """``tools/i18n_build.py``, loaded by path: the build must not depend on ``sys.path``."""
    spec = importlib.util.spec_from_file_location("_hardener_i18n_build", ROOT / "tools" / "i18n_build.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("tools/i18n_build.py is missing from the source tree")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """The usual ``build_py``, then the ``.qm`` catalogues compiled from the ``.ts`` sources."""

    def run(self) -> None:
        super().run()
        tool = _i18n_build()
        if getattr(self, "editable_mode", False):
            tool.build()
        else:
            tool.build(out_dir=Path(self.build_lib) / "hardener" / "i18n")


setup(
    # sim/personas holds only data files; listing it as a package makes setuptools ship them.
    packages=[*find_packages(include=["hardener", "hardener.*"]), "hardener.sim.personas", "hardener._profiles"],
    package_dir={"hardener._profiles": "profiles"},
    package_data={"hardener._profiles": ["*.toml"]},
    cmdclass={"build_py": BuildPyWithCatalogues},
)
