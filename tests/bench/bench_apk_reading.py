"""What reading certificates and labels from the APKs costs a scan: apps-1000 at 20 ms latency.

Run by hand: ``.venv/bin/python tests/bench/bench_apk_reading.py [--persona apps-1000]
[--latency-ms 20]``. It prints the round trips and seconds of a scan without the APK rounds
(the batch alone) and with them (the batch, the sizes, then the reads), and how many APKs were
read. The practice phone builds and signs each APK the first time something reads it; a first
untimed pass does that, so the figures are hardener's cost, not the practice phone's. Asserts
only that the APK reading stays within its fixed number of round trips.
"""

from __future__ import annotations

import argparse
import time

from hardener.adb.connect import Connector, DeviceSelector
from hardener.adb.keys import new_signer
from hardener.device.apk_read import MAX_ROUNDS
from hardener.session.scan import scan_phone
from hardener.sim.runner import start_practice_phone


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persona", default="apps-1000")
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args()
    signer = new_signer()
    with start_practice_phone(persona=args.persona, prompt_delay_s=0.0, latency_ms=args.latency_ms) as sim:
        conn = Connector(DeviceSelector(tcp=f"{sim.host}:{sim.port}"), signer=signer, auth_timeout_s=10).connect()
        try:
            started = time.monotonic()
            scan_phone(conn.channel)  # untimed: the practice phone builds and signs its APKs
            print(f"warm-up (practice phone builds and signs the APKs): {time.monotonic() - started:.1f} s")
            for read in (False, True):
                started = time.monotonic()
                snap, findings = scan_phone(conn.channel, read_apk_files=read)
                wall = time.monotonic() - started
                apks = snap.apks.value or {}
                with_cert = sum(1 for a in apks.values() if a.certificates)
                with_label = sum(1 for a in apks.values() if a.label)
                what = "with certificate and label reading" if read else "without APK reading"
                print(f"{args.persona} at {args.latency_ms:g} ms, {what}: {snap.round_trips} round trips, "
                      f"{wall:.2f} s ({len(findings)} findings; {len(apks)} APKs read, {with_cert} certificates, "
                      f"{with_label} labels)")
                assert snap.round_trips <= 1 + (1 + MAX_ROUNDS if read else 0)
        finally:
            conn.close()


if __name__ == "__main__":
    main()
