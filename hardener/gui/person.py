"""What the window knows about the person in front of it: their visit, and the GUI's own bits.

The visit itself (connection, undo record and code, scan, plan, results) is a Qt-free
:class:`~hardener.session.visit.PhoneSession`; this adds only what the window needs around it
(which phone was chosen, the running practice phone, the header's label, the situations). The
whole object is replaced on "next person", never patched back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hardener.adb.connect import Connection, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.checks.finding import Finding
from hardener.device.snapshot import Snapshot
from hardener.session.apply import ApplyResult
from hardener.session.journal import UndoCode
from hardener.session.plan import Plan
from hardener.session.profiles import Profile
from hardener.session.visit import PhoneSession
from hardener.sim.runner import PracticePhone


@dataclass
class PersonState:
    visit: PhoneSession = field(default_factory=PhoneSession)
    selector: DeviceSelector | None = None
    practice: PracticePhone | None = None  # kept across reconnects, so its record is found again
    practice_signer: AdbSigner | None = None  # the practice phone trusts this throwaway key
    label: str = ""
    profiles: list[Profile] = field(default_factory=list)

    # Read-only views of the visit, for the pages and the tests.
    @property
    def connection(self) -> Connection | None:
        return self.visit.connection

    @property
    def snapshot(self) -> Snapshot | None:
        return self.visit.snapshot

    @property
    def findings(self) -> list[Finding]:
        return self.visit.findings

    @property
    def plan(self) -> Plan | None:
        return self.visit.plan

    @property
    def result(self) -> ApplyResult | None:
        return self.visit.result

    @property
    def undo_code(self) -> UndoCode | None:
        return self.visit.code
