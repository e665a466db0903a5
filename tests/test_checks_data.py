"""The shipped app lists: they load, they are well-formed, they carry their licences, and the
maintainer's refresh command copies newer upstream files only after checking them."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from hardener.checks import _validate as v
from hardener.data import indicators
from hardener.data.indicators import IndicatorKind
from tools import refresh_indicators as refresh

DATA = Path(indicators.__file__).parent


def test_indicators_load_once_and_are_read_only() -> None:
    index = indicators.stalkerware_indicators()
    assert index is indicators.stalkerware_indicators()
    assert len(index.by_package) > 600 and len(index.by_certificate) > 400
    with pytest.raises(TypeError):
        index.by_package["x"] = ()  # type: ignore[index]
    assert indicators.translators() is indicators.translators()


def test_lookups_ignore_case_and_digest_format() -> None:
    index = indicators.stalkerware_indicators()
    assert index.for_package("COM.THETRUTH")[0].kind == IndicatorKind.STALKERWARE
    digest = "31:a6:ec:ec:d9:7c:f3:9b:c4:12:6b:87:45:cd:94:a7:c3:0b:f8:1c"
    assert index.for_certificate(digest)[0].app == "TheTruthSpy"
    assert index.for_package("com.whatsapp") == ()


def test_isdi_rows_used_and_ios_rows_not() -> None:
    index = indicators.stalkerware_indicators()
    assert any(i.source.startswith("isdi") and i.kind == IndicatorKind.DUAL_USE
               for i in index.for_package("com.mibtech.callrecorderpaid"))
    assert index.for_package("com.life360.safetymap") == ()  # an iOS bundle id in the CSV


def test_matches_are_strongest_first() -> None:
    for found in indicators.stalkerware_indicators().by_package.values():
        strengths = [i.kind.strength for i in found]
        assert strengths == sorted(strengths)


def test_licences_and_sources_ship_with_the_data() -> None:
    root = resources.files("hardener.data")
    for folder, files in (("stalkerware_indicators", ("ioc.yaml", "watchware.yaml", "LICENSE.txt", "SOURCES.md")),
                          ("isdi", ("app-flags.csv", "LICENSE", "SOURCES.md"))):
        for name in files:
            assert root.joinpath(folder, name).is_file(), f"{folder}/{name}"
        # package data only ships from a package: the folder must be one
        assert root.joinpath(folder, "__init__.py").is_file()
    assert "Attribution 4.0" in root.joinpath("stalkerware_indicators", "LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in root.joinpath("isdi", "LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize("filename", indicators.KNOWN_APP_FILES)
def test_our_app_lists_are_well_formed(filename: str) -> None:
    text = (DATA / filename).read_text(encoding="utf-8")
    rows = [line.split(",")[0] for line in text.splitlines()[1:] if line.strip()]
    assert len(rows) == len(set(rows)), f"duplicate package in {filename}"
    apps = indicators.parse_known_apps(text, filename)
    assert apps
    for app in apps.values():
        assert v.is_package_name(app.package), app
        assert app.name and app.kind


def test_translator_list_has_the_spec_and_recommendation_ids() -> None:
    wanted = {
        "com.google.android.apps.translate", "com.microsoft.translator", "com.deepl.mobiletranslator",
        "com.naver.labs.translator", "ru.yandex.translate", "com.samsung.android.app.interpreter",
        "com.sec.android.app.translator", "com.zaz.translate", "com.softissimo.reverso.context",
    }
    assert wanted <= set(indicators.translators())
    assert indicators.translators()["com.google.android.apps.translate"].check == "google_account"


def test_stores_do_not_include_the_file_installer() -> None:
    stores = indicators.app_stores()
    assert "com.android.vending" in stores and "org.fdroid.fdroid" in stores
    installers = {"com.android.packageinstaller", "com.google.android.packageinstaller", "com.android.shell"}
    assert not installers & set(stores)


def test_known_apps_parser_skips_notes_and_rejects_bad_headers() -> None:
    apps = indicators.parse_known_apps("package,name,kind\n# a note,x,y\ncom.a.b,A,social\n", "t.csv")
    assert list(apps) == ["com.a.b"]
    with pytest.raises(ValueError, match=r"t\.csv"):
        indicators.parse_known_apps("pkg,label\ncom.a.b,A\n", "t.csv")


# --- refresh ---------------------------------------------------------------------------------------------


@pytest.fixture
def upstream(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Fake upstream checkouts (Echap layout, ISDi layout) and a copy of hardener/data to update."""
    echap = tmp_path / "stalkerware-indicators"
    isdi = tmp_path / "isdi"
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    echap.mkdir()
    for name in ("ioc.yaml", "watchware.yaml", "LICENSE.txt"):
        shutil.copy(DATA / "stalkerware_indicators" / name, echap / name)
    (isdi / "src" / "isdi" / "data").mkdir(parents=True)
    shutil.copy(DATA / "isdi" / "app-flags.csv", isdi / "src" / "isdi" / "data" / "app-flags.csv")
    shutil.copy(DATA / "isdi" / "LICENSE", isdi / "LICENSE")
    (echap / ".git").mkdir()
    (echap / ".git" / "HEAD").write_text("ref: refs/heads/master\n")
    (echap / ".git" / "refs" / "heads").mkdir(parents=True)
    (echap / ".git" / "refs" / "heads" / "master").write_text("a" * 40 + "\n")
    return echap, isdi, target


def test_refresh_reports_and_copies_changes(
    upstream: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    echap, isdi, target = upstream
    ioc = (echap / "ioc.yaml").read_text(encoding="utf-8")
    ioc = ioc.replace("  - com.thetruth\n", "  - com.thetruth.renamed\n", 1)
    (echap / "ioc.yaml").write_text(ioc, encoding="utf-8")
    with (isdi / "src" / "isdi" / "data" / "app-flags.csv").open("a", encoding="utf-8") as fh:
        fh.write("com.example.newspy,offstore,stalkerware,NewSpy\n")

    assert refresh.main(["--from", str(echap), "--from", str(isdi), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "upstream commit " + "a" * 40 in out
    assert "+ package com.thetruth.renamed (TheTruthSpy)" in out
    assert "- package com.thetruth (TheTruthSpy)" in out
    assert "+ package com.example.newspy [stalkerware] (NewSpy)" in out
    assert "watchware.yaml: unchanged" in out
    assert (target / "stalkerware_indicators" / "ioc.yaml").read_text(encoding="utf-8") == ioc
    assert "com.example.newspy" in (target / "isdi" / "app-flags.csv").read_text(encoding="utf-8")


def test_refresh_dry_run_writes_nothing(upstream: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    echap, _, target = upstream
    before = (target / "stalkerware_indicators" / "ioc.yaml").read_text(encoding="utf-8")
    (echap / "ioc.yaml").write_text(before.replace("com.thetruth\n", "com.thetruth2\n", 1), encoding="utf-8")
    assert refresh.main(["--from", str(echap), "--to", str(target), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert (target / "stalkerware_indicators" / "ioc.yaml").read_text(encoding="utf-8") == before


def test_refresh_refuses_broken_files(upstream: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    echap, isdi, target = upstream
    before = (target / "stalkerware_indicators" / "ioc.yaml").read_text(encoding="utf-8")
    (echap / "ioc.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    assert refresh.main(["--from", str(isdi), "--from", str(echap), "--to", str(target)]) == 1
    assert "nothing written" in capsys.readouterr().out
    assert (target / "stalkerware_indicators" / "ioc.yaml").read_text(encoding="utf-8") == before
    (isdi / "src" / "isdi" / "data" / "app-flags.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert refresh.main(["--from", str(isdi), "--to", str(target)]) == 1


def test_refresh_from_the_shared_layout_and_from_nowhere(upstream: tuple[Path, Path, Path], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _, _, target = upstream
    shared = tmp_path / "shared-data"
    (shared / "stalkerware-indicators").mkdir(parents=True)
    (shared / "isdi").mkdir()
    for name in ("ioc.yaml", "watchware.yaml"):
        shutil.copy(DATA / "stalkerware_indicators" / name, shared / "stalkerware-indicators" / name)
    shutil.copy(DATA / "isdi" / "app-flags.csv", shared / "isdi" / "app-flags.csv")
    assert refresh.main(["--from", str(shared), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.count("unchanged") == 3
    assert "not a git checkout" in out
    assert refresh.main(["--from", str(tmp_path / "empty"), "--to", str(target)]) == 2
