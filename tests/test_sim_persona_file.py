"""A trainer's own persona file (docs/persona-format.md): built when right, refused in one clear
sentence when not, and runnable with ``hardener sim --persona FILE.json``."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from hardener.cli import audit, main
from hardener.sim.persona_schema import DEVICE_REQUIRED, validate
from hardener.sim.personas import PersonaFileError, load_persona, load_persona_data, persona_names

DOC = Path(__file__).resolve().parents[1] / "docs" / "persona-format.md"


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_every_built_in_persona_passes_the_file_check() -> None:
    for name in persona_names():
        validate(load_persona_data(name), name)


def test_a_file_extending_a_built_in_persona(tmp_path: Path) -> None:
    path = _write(tmp_path, "amira.json", {
        "extends": "pixel-14",
        "description": "Amira's phone: Signal, a pattern lock, backup off",
        "lock": {"credential": "pattern", "secret": "1235789"},
        "apps": ["org.thoughtcrime.securesms",
                 {"name": "com.example.clientbook", "label": "Client Book", "installer": None}],
        "backup": {"enabled": False},
    })
    phone = load_persona(str(path))
    assert phone.name == "amira" and phone.props["ro.product.model"] == "Pixel 8"
    assert phone.locks[0].credential == "pattern" and not phone.backup[0].enabled
    listed = phone.run_shell("pm list packages -3 -i").stdout.decode()
    assert listed.splitlines() == ["package:org.thoughtcrime.securesms  installer=com.android.vending",
                                   "package:com.example.clientbook  installer=null"]
    apk = phone.run_shell("pm path com.example.clientbook").stdout.decode().strip().removeprefix("package:")
    assert b"C\x00l\x00i\x00e\x00n\x00t\x00 \x00B\x00o\x00o\x00k" in phone.run_shell(
        f"unzip -p {apk} AndroidManifest.xml").stdout  # the label is in the APK's manifest


def test_the_whole_phone_example_of_the_doc_builds(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("## A whole phone", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    phone = load_persona(str(_write(tmp_path, "a14.json", json.loads(example))))
    assert phone.props["ro.product.model"] == "SM-A145F" and phone.sdk == 33
    assert phone.run_shell("pm list packages -3").stdout == b"package:com.whatsapp\npackage:com.instagram.android\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "x.json: the file must be an object {...}, not []"),
        ({"description": "d"}, 'x.json: "device" is missing'),
        ({"extends": "pixel-14", "lokc": {}}, 'x.json: unknown key "lokc"'),
        ({"extends": "pixel-14", "device": {"sdk": "34"}}, 'x.json: device.sdk must be a whole number, not "34"'),
        ({"extends": "pixel-14", "lock": {"credential": "face"}}, "x.json: lock.credential must be one of"),
        ({"extends": "pixel-14", "apps": [{"label": "x"}]}, 'x.json: apps[0] needs a "name"'),
        ({"extends": "pixel-15x"}, 'x.json: extends "pixel-15x", which is neither a built-in persona'),
        ({"extends": "pixel-14", "files": {"/data/data/x": "y"}}, "x.json: files: /data/data/x is not on /sdcard"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(PersonaFileError) as caught:
        load_persona(str(_write(tmp_path, "x.json", data)))
    assert str(caught.value).startswith(message)


def test_broken_json_says_where(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"description": "d",\n "device": }', encoding="utf-8")
    with pytest.raises(PersonaFileError, match=r"x\.json: not valid JSON at line 2, column 12"):
        load_persona(str(path))
    for key in DEVICE_REQUIRED:
        assert f"`{key}`" in DOC.read_text(encoding="utf-8")  # the doc names every required key


def test_hardener_sim_refuses_a_bad_file_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "x.json", {"extends": "pixel-14", "lokc": {}})
    assert main(["sim", "--persona", str(path)]) == 2
    assert capsys.readouterr().err.startswith('hardener: x.json: unknown key "lokc"')


def test_hardener_sim_serves_a_good_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "mine.json", {"extends": "old-9", "description": "mine"})

    class _CtrlC:
        def wait(self, timeout: float | None = None) -> bool:
            raise KeyboardInterrupt  # the trainer stops it once it listens

    monkeypatch.setattr(audit, "threading", SimpleNamespace(Event=_CtrlC))
    assert main(["sim", "--persona", str(path)]) == 0
    printed = capsys.readouterr().out
    assert f"Practice phone '{path}' listening on 127.0.0.1:" in printed and "Stopped." in printed
