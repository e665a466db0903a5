"""A realistic ``getprop`` list for a persona, from its short ``device`` description."""

from __future__ import annotations

from typing import Any


def build_props(device: dict[str, Any], serial: str) -> dict[str, str]:
    """A realistic property list from a short device description."""
    sdk = int(device["sdk"])
    release = str(device["release"])
    manufacturer = device["manufacturer"]
    brand = device.get("brand", manufacturer.lower())
    name, dev, model = device["name"], device["device"], device["model"]
    build_id, incremental = device["build_id"], device["incremental"]
    build_type = device.get("build_type", "user")
    tags = "release-keys" if build_type == "user" else "test-keys"
    fingerprint = (device.get("fingerprint")
                   or f"{brand}/{name}/{dev}:{release}/{build_id}/{incremental}:{build_type}/{tags}")
    props = {
        "ro.build.version.release": release,
        "ro.build.version.sdk": str(sdk),
        "ro.build.version.security_patch": device["security_patch"],
        "ro.build.version.incremental": incremental,
        "ro.build.version.codename": "REL",
        "ro.build.version.preview_sdk": "0",
        "ro.build.version.base_os": "",
        "ro.build.id": build_id,
        "ro.build.display.id": device.get("display_id", f"{build_id}.{incremental}" if manufacturer != "Google"
                                           else f"{build_id}"),
        "ro.build.type": build_type,
        "ro.build.tags": tags,
        "ro.build.fingerprint": fingerprint,
        "ro.build.description": f"{name}-{build_type} {release} {build_id} {incremental} {tags}",
        "ro.build.date.utc": str(device.get("build_utc", 1_700_000_000)),
        "ro.build.user": "android-build",
        "ro.build.host": "abfarm-release-2004-0042",
        "ro.product.manufacturer": manufacturer,
        "ro.product.brand": brand,
        "ro.product.model": model,
        "ro.product.name": name,
        "ro.product.device": dev,
        "ro.product.board": device.get("board", dev),
        "ro.product.cpu.abi": "arm64-v8a",
        "ro.product.cpu.abilist": "arm64-v8a,armeabi-v7a,armeabi",
        "ro.product.locale": device.get("locale", "en-US"),
        "ro.hardware": device.get("hardware", dev),
        "ro.serialno": serial,
        "ro.boot.serialno": serial,
        "ro.bootloader": device.get("bootloader", f"{dev}-1.2-{incremental[:7]}"),
        "ro.boot.verifiedbootstate": device.get("verifiedbootstate", "green"),
        "ro.boot.flash.locked": str(device.get("flash_locked", 1)),
        "ro.boot.vbmeta.device_state": "locked" if device.get("flash_locked", 1) else "unlocked",
        "ro.debuggable": "1" if build_type != "user" else "0",
        "ro.secure": "1",
        "ro.adb.secure": "1",
        "ro.crypto.state": device.get("crypto_state", "encrypted"),
        "ro.crypto.type": device.get("crypto_type", "file"),
        "ro.oem_unlock_supported": "1",
        "sys.oem_unlock_allowed": str(device.get("oem_unlock_allowed", 0)),
        "sys.boot_completed": "1",
        "dev.bootcomplete": "1",
        "init.svc.adbd": "running",
        "persist.sys.usb.config": "mtp,adb",
        "sys.usb.config": "mtp,adb",
        "sys.usb.state": "mtp,adb",
        "persist.sys.timezone": device.get("timezone", "Europe/Berlin"),
        "persist.sys.locale": device.get("locale", "en-US"),
        "gsm.sim.state": device.get("sim_state", "LOADED"),
        "gsm.operator.alpha": device.get("operator", "Vodafone.de"),
        "gsm.operator.iso-country": "de",
        "gsm.network.type": "LTE",
        "gsm.version.baseband": device.get("baseband", f"g{dev}-00{sdk}-240101"),
        "net.bt.name": "Android",
        "dalvik.vm.heapsize": "512m",
        "dalvik.vm.heapgrowthlimit": "256m",
        "dalvik.vm.isa.arm64.variant": "cortex-a76",
        "dalvik.vm.usejit": "true",
        "dalvik.vm.dex2oat-Xms": "64m",
        "dalvik.vm.dex2oat-Xmx": "512m",
        "dalvik.vm.appimageformat": "lz4",
        "debug.atrace.tags.enableflags": "0",
        "ro.com.google.clientidbase": f"android-{brand}",
        "ro.opengles.version": "196610",
        "ro.sf.lcd_density": str(device.get("density", 420)),
        "ro.zygote": "zygote64_32",
        "ro.treble.enabled": "true" if sdk >= 26 else "false",
        "ro.kernel.version": device.get("kernel", "4.19"),
        "sim.kernel": device.get("kernel_full", "4.19.191-g1b2c3d4e5f60"),
        "vold.has_adoptable": "1",
        "persist.sys.dalvik.vm.lib.2": "libart.so",
        "ro.vendor.build.security_patch": device["security_patch"],
        "ro.vendor.build.fingerprint": fingerprint,
        "ro.bootimage.build.fingerprint": fingerprint,
        "ro.boot.hardware.sku": device.get("sku", model),
        "ro.boot.slot_suffix": "_a" if sdk >= 29 else "",
        "ro.build.ab_update": "true" if sdk >= 29 else "false",
        "ro.carrier": "unknown",
        "wifi.interface": "wlan0",
        "ro.config.ringtone": "Your_New_Adventure.ogg",
    }
    if sdk >= 29:
        for part in ("system", "vendor", "product", "odm"):
            props[f"ro.product.{part}.brand"] = brand
            props[f"ro.product.{part}.device"] = dev
            props[f"ro.product.{part}.manufacturer"] = manufacturer
            props[f"ro.product.{part}.model"] = model
            props[f"ro.product.{part}.name"] = name
            props[f"ro.{part}.build.fingerprint"] = fingerprint
            props[f"ro.{part}.build.version.sdk"] = str(sdk)
    if sdk >= 30:
        props["ro.build.version.release_or_codename"] = release
        props["ro.build.version.min_supported_target_sdk"] = "23" if sdk >= 34 else "17"
    if sdk >= 31:
        props["ro.build.version.release_or_preview_display"] = release
        props["ro.build.version.known_codenames"] = "Base,Base11,Cupcake,Donut,Eclair,Froyo,Gingerbread"
    if props["ro.crypto.state"] != "encrypted":
        props.pop("ro.crypto.type", None)
    for k, v in device.get("props", {}).items():
        if v is None:
            props.pop(k, None)
        else:
            props[k] = str(v)
    return props
