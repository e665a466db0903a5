"""Finishing switches USB debugging off; the practice phone then refuses, like a real phone."""

from __future__ import annotations

import pytest

from hardener.errors import ConnectionProblem
from hardener.session.finish import finish


def test_finish_turns_debugging_off_and_the_phone_refuses_new_connections(practice_phone, connect_to):
    sim = practice_phone("old-9")
    conn = connect_to(sim)
    result = finish(conn.channel)
    assert result.debugging_off
    assert "Revoke USB debugging" in result.manual_step
    assert not sim.phone.adb_enabled
    assert sim.phone.setting("global", "development_settings_enabled") == "0"
    with pytest.raises(ConnectionProblem):
        connect_to(sim)
    # The person switches USB debugging on again in Developer options.
    sim.phone.global_settings["adb_enabled"] = "1"
    assert connect_to(sim).channel.run("echo back").text == "back\n"
