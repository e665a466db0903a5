"""Phones by the names people know them by ("Samsung Galaxy A51", not "SM-A515F").

A person checks that the app talks to *their* phone; a model code does not tell them. The phone's
own marketing name wins where it gives one (``ro.product.marketname``, which Xiaomi and others
set); else our table of model codes; else the model as the phone says it.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, str]:
    text = resources.files("hardener.data").joinpath("phone_names.csv").read_text(encoding="utf-8")
    rows = csv.reader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {model.strip().upper(): name.strip() for model, name in rows}


def phone_name(props: Mapping[str, str]) -> str:
    """The name to show for a phone, from what it says about itself (getprop or the ADB banner)."""
    for key in ("ro.product.marketname", "ro.product.vendor.marketname", "ro.vendor.product.marketname"):
        market = (props.get(key) or "").strip()
        if market:
            return market
    model = (props.get("ro.product.model") or "").strip()
    return _table().get(model.upper(), model)
