"""dumpsys device_policy: admins, owners, wipe limits."""

from __future__ import annotations

import pytest
from shared_captures import fixture, out

from hardener.device.parsers.device_policy import parse_device_policy


def test_find_my_device_admin() -> None:
    parsed = parse_device_policy(out(fixture("dumpsys_device_policy/api33_find_my_device.txt")))
    policy = parsed.value
    assert policy is not None and parsed.problems == ()
    (admin,) = policy.admins
    assert admin.component == "com.google.android.gms/.mdm.receivers.MdmDeviceAdminReceiver"
    assert admin.user_id == 0 and admin.policies == ("wipe-data", "force-lock")
    assert admin.test_only is False and admin.max_failed_passwords_for_wipe == 0
    assert policy.device_owner is None and dict(policy.profile_owners) == {}
    assert policy.max_failed_passwords_for_wipe == 0


def test_owners_and_strictest_wipe_limit() -> None:
    policy = parse_device_policy(out(fixture("dumpsys_device_policy/api28_owners_and_wipe.txt"))).value
    assert policy is not None
    assert policy.device_owner == "com.example.mdm/com.example.mdm.AdminReceiver"
    dpc = "com.google.android.apps.work.clouddpc"
    assert dict(policy.profile_owners) == {10: f"{dpc}/{dpc}.receivers.CloudDeviceAdminReceiver"}
    by_comp = {(a.component, a.user_id): a for a in policy.admins}
    assert len(by_comp) == 3
    mdm = by_comp[("com.example.mdm/.AdminReceiver", 0)]
    assert "wipe-data" in mdm.policies and mdm.max_failed_passwords_for_wipe == 10
    spy = by_comp[("com.example.spy/.a.b.Receiver", 0)]
    # The nested parentAdmin block must not leak into the admin's own values.
    assert spy.test_only is True and spy.policies == ("wipe-data",) and spy.max_failed_passwords_for_wipe == 5
    assert by_comp[("com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver", 10)].policies == (
        "limit-password",
        "force-lock",
        "wipe-data",
    )
    assert policy.max_failed_passwords_for_wipe == 5


def test_header_with_no_admins_is_known_empty() -> None:
    policy = parse_device_policy(out(fixture("dumpsys_device_policy/api34_no_admins.txt"))).value
    assert policy is not None and policy.admins == () and policy.max_failed_passwords_for_wipe is None


@pytest.mark.parametrize("name", ["error_permission_denial.txt", "truncated_no_lists.txt"])
def test_unknown_never_no_admins(name: str) -> None:
    parsed = parse_device_policy(out(fixture(f"dumpsys_device_policy/{name}")))
    assert parsed.value is None and parsed.problems
