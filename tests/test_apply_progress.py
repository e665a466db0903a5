"""Apply tells each change's outcome as soon as the phone's read-back of it arrives.

The verify step is one batch (one round trip), but its sections stream in one by one; a face
showing progress must hear of each confirmed change then, not all of them when the batch ends.
"""

from __future__ import annotations

from hardener.adb.channel import Channel
from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.session.apply import apply_plan
from hardener.session.journal import UndoCode
from hardener.session.outcome import Outcome
from hardener.session.plan import make_plan
from hardener.session.profiles import find_profile

CODE = UndoCode.parse("7KQ2-M9XD-4TPR")
SETTLED = {Outcome.DONE, Outcome.NOT_APPLIED, Outcome.FAILED}


def test_each_change_is_confirmed_while_the_verify_batch_streams(practice_phone, connect_to, monkeypatch):
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    snap = gather(conn.channel)
    plan = make_plan(find_profile("arrest-raid"), snap, run_checks(snap))
    streaming = False
    real = Channel.run_batch

    def watched(self, commands, on_section=None, timeout_s=120.0):
        nonlocal streaming
        streaming = True
        try:
            return real(self, commands, on_section, timeout_s)
        finally:
            streaming = False

    monkeypatch.setattr(Channel, "run_batch", watched)
    heard: list[tuple[str, str, bool]] = []
    result = apply_plan(conn.channel, plan, code=CODE, consent=lambda _c: False,
                        on_progress=lambda change, status: heard.append((change.key, str(status), streaming)))
    confirmed = [(key, inside) for key, status, inside in heard if status in SETTLED]
    assert len(confirmed) >= 3, heard
    # Every confirmation was heard while the verify batch was still streaming in.
    assert all(inside for _key, inside in confirmed), confirmed
    # One settled word per change, the same as the result says.
    assert sorted(k for k, _i in confirmed) == sorted(o.change.key for o in result.outcomes if o.status in SETTLED)
