"""The practice phone's sh: quoting, expansion, lists, redirections, errors, the mksh constructs
other tools send (loops, globs, substitutions, pipes), and the audit log that still tells tests
when hardener itself sent one of them."""

from __future__ import annotations

import pytest

from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone
from hardener.sim.shell_syntax import Compound, For, ShellSyntaxError, ShellUnsupported, Simple, parse


@pytest.fixture(scope="module")
def phone() -> VirtualPhone:
    return load_persona("pixel-14")


def run(phone: VirtualPhone, line: str) -> tuple[str, str, int]:
    got = phone.run_shell(line)
    return got.stdout.decode(), got.stderr.decode(), got.exit_code


@pytest.mark.parametrize(
    ("line", "stdout"),
    [
        ("echo hello", "hello\n"),
        ("echo 'a  b'   \"c  d\" e\\ f", "a  b c  d e f\n"),
        ("echo 'it'\\''s'", "it's\n"),
        ('echo "a\\"b" "back\\\\slash" "\\$HOME" "\\x"', 'a"b back\\slash $HOME \\x\n'),
        ("echo '$HOME' \"$HOME\" $HOME", "$HOME / /\n"),
        ('X=1; Y="two words"; echo "$X-$Y" ${X}x $Y', "1-two words 1x two words\n"),
        ('echo ""; echo \'\'', "\n\n"),
        ("echo a;echo b ; echo c", "a\nb\nc\n"),
        ("echo a\necho b", "a\nb\n"),
        ("true && echo yes || echo no", "yes\n"),
        ("false && echo yes || echo no", "no\n"),
        ("false; echo $?; true; echo $?", "1\n0\n"),
        ("frobnicate 2>/dev/null; echo \"rc=$?\"", "rc=127\n"),
        ("! false && echo negated", "negated\n"),
        ("echo -n no-newline; echo", "no-newline\n"),
        ("echo 'tab\\there'", "tab\there\n"),
        ("printf '%s|%5d|%-3s|\\n' x 42 y", "x|   42|y  |\n"),
        ("seq 3", "1\n2\n3\n"),
        ("echo a # a comment", "a\n"),
        ("echo a#b", "a#b\n"),
        ("echo '*' /sys*", "* /system\n"),
        ("echo ~ ~/x a~", "/ /x a~\n"),
        ("echo $", "$\n"),
        ('echo "__HB_0123456789abcdef_7_$?__"', "__HB_0123456789abcdef_7_0__\n"),
        ("getprop ro.build.version.sdk | grep -c 34", "1\n"),
        ("echo one two | wc -w", "2\n"),
    ],
)
def test_quoting_and_expansion(phone: VirtualPhone, line: str, stdout: str):
    got_out, got_err, code = run(phone, line)
    assert (got_out, got_err) == (stdout, "")
    assert code == 0


def test_unknown_command_is_127_with_the_mksh_text(phone: VirtualPhone):
    assert run(phone, "frobnicate --now") == ("", "/system/bin/sh: frobnicate: inaccessible or not found\n", 127)
    assert run(phone, "/system/bin/frobnicate")[2] == 127
    assert run(phone, "/data/local/tmp/frobnicate")[2] == 127
    assert run(phone, "/system/bin/getprop ro.build.version.sdk")[0] == "34\n"


def test_exit_status_of_a_list_is_the_last_command(phone: VirtualPhone):
    assert run(phone, "true; false")[2] == 1
    assert run(phone, "false; true")[2] == 0
    assert run(phone, "exit 7; echo never") == ("", "", 7)
    assert run(phone, "locksettings get-disabled")[2] == 255


def test_redirections_follow_left_to_right_dup_rules(phone: VirtualPhone):
    assert run(phone, "frobnicate 2>&1") == ("/system/bin/sh: frobnicate: inaccessible or not found\n", "", 127)
    assert run(phone, "frobnicate >/dev/null 2>&1") == ("", "", 127)
    assert run(phone, "frobnicate 2>&1 >/dev/null") == ("/system/bin/sh: frobnicate: inaccessible or not found\n",
                                                        "", 127)
    assert run(phone, "echo out 1>&2") == ("", "out\n", 0)
    assert run(phone, "echo out >&2 2>/dev/null") == ("", "out\n", 0)
    assert run(phone, "locksettings get-disabled 2>/dev/null")[:2] == ("", "")
    assert run(phone, "echo x &>/dev/null") == ("", "", 0)


def test_files_through_redirections(phone: VirtualPhone):
    path = "/data/local/tmp/redir-test.txt"
    assert run(phone, f"echo first > {path}; echo second >> {path}; cat {path}") == ("first\nsecond\n", "", 0)
    assert run(phone, f"cat < {path}")[0] == "first\nsecond\n"
    assert run(phone, f"echo again > {path}; cat {path}")[0] == "again\n"
    assert phone.read_file(path) == b"again\n"
    assert run(phone, f"rm {path}; cat {path}") == ("", f"cat: {path}: No such file or directory\n", 1)
    denied = run(phone, "echo x > /data/nope.txt")
    assert denied == ("", "/system/bin/sh: can't create /data/nope.txt: Permission denied\n", 1)
    ro = run(phone, "echo x > /system/nope.txt")
    assert ro[2] == 1 and "Read-only file system" in ro[1]


def test_file_commands(phone: VirtualPhone):
    assert run(phone, "mkdir -p /sdcard/hb/a/b && ls /sdcard/hb/a")[0] == "b\n"
    assert run(phone, "echo data > /sdcard/hb/a/f; mv /sdcard/hb/a/f /sdcard/hb/g; cat /sdcard/hb/g")[0] == "data\n"
    assert run(phone, "ls /storage/emulated/0/hb")[0] == "a\ng\n"
    assert run(phone, "rm /sdcard/hb/a")[2] == 1
    assert run(phone, "rm -rf /sdcard/hb; ls /sdcard/hb")[1] == "ls: /sdcard/hb: No such file or directory\n"
    assert run(phone, "chmod 600 /system/build.prop")[2] == 1
    assert run(phone, "ls /data/data")[1] == "ls: /data/data: Permission denied\n"
    assert run(phone, "cat /data/data/com.whatsapp/databases/msgstore.db")[1].endswith("Permission denied\n")
    assert run(phone, "cat /data/data/com.no.such/x")[1].endswith("No such file or directory\n")
    uptime = run(phone, "cat /proc/uptime")[0].split()
    assert float(uptime[0]) > 3600
    assert run(phone, "id -u")[0] == "2000\n"
    assert run(phone, "whoami")[0] == "shell\n"
    assert run(phone, "test -d /sdcard && echo dir")[0] == "dir\n"
    assert run(phone, "[ -e /data/local/tmp/none ] || echo missing")[0] == "missing\n"


def test_syntax_errors_run_nothing(phone: VirtualPhone):
    before = phone.state_digest()
    assert run(phone, "settings put global x 1; echo \"unterminated") == ("", "/system/bin/sh: no closing quote\n", 1)
    assert run(phone, "settings put global x 1; echo 'unterminated")[2] == 1
    assert run(phone, "echo a ;; echo b")[2] == 1
    assert run(phone, "&& echo b")[2] == 1
    assert run(phone, "echo a |")[2] == 1
    assert phone.state_digest() == before


def test_command_substitution_runs_and_is_recorded():
    phone = load_persona("pixel-14")
    assert run(phone, "echo $(getprop ro.build.version.sdk)") == ("34\n", "", 0)
    assert run(phone, "echo `id -u`") == ("2000\n", "", 0)
    assert run(phone, 'echo "$(echo "a  b")" $(echo "c  d")') == ("a  b c d\n", "", 0)
    assert run(phone, 'echo "`echo x`y"') == ("xy\n", "", 0)
    assert run(phone, "echo $((6*7)) $((1 << 4)) $((7 / 2)) $((-7 % 3))") == ("42 16 3 -1\n", "", 0)
    assert len(phone.shell_violations) == 5
    # Quoted, it is only text: nothing is recorded.
    assert run(phone, "echo '$(reboot)' '`reboot`'")[0] == "$(reboot) `reboot`\n"
    assert run(phone, 'echo "\\$(reboot) \\`reboot\\`"')[0] == "$(reboot) `reboot`\n"
    assert len(phone.shell_violations) == 5 and phone.reboot_count == 0
    assert ("command substitution", "echo `id -u`") in phone.shell_features_used


def test_the_status_of_an_assignment_is_its_substitution():
    phone = load_persona("pixel-14")
    assert run(phone, "x=$(false); echo $?; y=$(true); echo $?; z=1; echo $?") == ("1\n0\n0\n", "", 0)


@pytest.mark.parametrize(
    ("line", "stdout"),
    [
        ("for i in 1 2 3; do echo $i; done", "1\n2\n3\n"),
        ("for i in a b\ndo\n  echo \"<$i>\"\ndone", "<a>\n<b>\n"),
        ("i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done", "1\n2\n3\n"),
        ("i=3; until [ $i -eq 0 ]; do echo $i; i=$((i-1)); done", "3\n2\n1\n"),
        ("if [ -d /sdcard ]; then echo dir; else echo no; fi", "dir\n"),
        ("if false; then echo a; elif true; then echo b; else echo c; fi", "b\n"),
        ("case pixel in pix*) echo yes;; *) echo no;; esac", "yes\n"),
        ("case x in (a|x) echo ax;; esac", "ax\n"),
        ("for i in 1 2 3 4; do [ $i = 3 ] && break; echo $i; done", "1\n2\n"),
        ("for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done", "1\n3\n"),
        ("{ echo a; echo b; } | wc -l", "2\n"),
        ("(cd /sdcard; pwd); pwd", "/storage/emulated/0\n/\n"),
        ("f() { echo \"f:$1:$#\"; return 3; }; f x y; echo $?", "f:x:2\n3\n"),
        ("echo a | read x; echo $x", "a\n"),
        ("pm list packages | grep -c whatsapp", "1\n"),
        ("printf 'b\\na\\n' | while read l; do echo \"[$l]\"; done", "[b]\n[a]\n"),
        ("X=${UNSET:-fallback}; echo $X ${#X} ${X#fall} ${X%back}", "fallback 8 back fall\n"),
        ("set -- a b c; echo $# $2; shift; echo $@", "3 b\nb c\n"),
        ("echo $HOSTNAME", "shiba\n"),
        ("cat <<EOF\nline $HOSTNAME\nEOF", "line shiba\n"),
        ("cat <<'EOF'\nline $HOSTNAME\nEOF", "line $HOSTNAME\n"),
        ("cat <<E\nit's \"q\" \\$x $((1+1))\nE", "it's \"q\" $x 2\n"),
        ("eval 'echo evaluated'", "evaluated\n"),
        ("cat < /dev/null; echo done", "done\n"),
        ("echo x >/dev/null 2>&1 </dev/null; echo $?", "0\n"),
    ],
)
def test_compound_commands_run_as_in_mksh(line: str, stdout: str):
    phone = load_persona("pixel-14")
    assert run(phone, line) == (stdout, "", 0)


def test_globs_expand_against_what_shell_may_list():
    phone = load_persona("pixel-14")
    got = run(phone, "echo /sdcard/D*")[0].split()
    assert got == ["/sdcard/DCIM", "/sdcard/Documents", "/sdcard/Download"]
    assert run(phone, "ls -d /system/bu*")[0] == "/system/build.prop\n"
    assert run(phone, "echo /sdcard/nothing*") == ("/sdcard/nothing*\n", "", 0)  # no match: kept as written
    assert run(phone, "echo /data/data/*") == ("/data/data/*\n", "", 0)  # not listable: kept
    assert run(phone, "echo '/sdcard/D*'") == ("/sdcard/D*\n", "", 0)
    assert ("glob", "echo /sdcard/D*") in phone.shell_features_used


def test_syntax_errors_are_mksh_s():
    phone = load_persona("pixel-14")
    assert run(phone, "if true; then echo x") == ("", "/system/bin/sh: syntax error: unmatched 'if'\n", 1)
    assert run(phone, "echo a; fi") == ("", "/system/bin/sh: syntax error: unexpected 'fi'\n", 1)
    assert run(phone, "for 1x in a; do :; done")[2] == 1
    assert run(phone, "echo $((1/0))") == ("", "/system/bin/sh: 1/0: zero divisor\n", 1)
    assert run(phone, "[[ -n x ]]")[2] == 2
    assert phone.shell_unsupported == ["[[ -n x ]]"]


def test_the_audit_log_names_every_construct_hardener_never_sends():
    phone = load_persona("pixel-14")
    phone.run_shell('settings get secure x 2>&1; echo "__HB_0123456789abcdef_0_$?__"; '
                    "mkdir /data/local/tmp/l && echo ok")
    assert phone.shell_features_used == []
    phone.run_shell("ls /sdcard | grep D; for i in 1; do :; done")
    assert {f for f, _ in phone.shell_features_used} == {"pipe", "for"}


def test_parser_pieces():
    script = parse('X=1 echo "$X"; a && b || c | d')
    assert len(script.items) == 2
    first = script.items[0].first.commands[0]
    assert isinstance(first, Simple) and first.assigns
    assert script.items[1].rest[1][0] == "||"
    loop = parse("for i in 1 2; do echo $i; done").items[0].first.commands[0]
    assert isinstance(loop, Compound) and isinstance(loop.node, For) and loop.node.var == "i"
    with pytest.raises(ShellSyntaxError):
        parse("echo 'x")
    with pytest.raises(ShellUnsupported):
        parse("select x in a; do :; done")


def test_hostile_text_passed_quoted_is_an_argument_not_a_command():
    phone = load_persona("hostile")
    name = "com.evil; rm -rf /"
    got = phone.run_shell(f"pm revoke '{name}' android.permission.READ_CONTACTS")
    assert got.exit_code == 0 and got.stderr == b""
    assert phone.packages[name].users[0].runtime["android.permission.READ_CONTACTS"].granted is False
    got = phone.run_shell("pm grant 'com.x$(reboot)' android.permission.CAMERA; echo \"rc=$?\"")
    assert got.stdout == b"rc=0\n"
    quoted = "com.q'\"quote"
    escaped = "'" + quoted.replace("'", "'\\''") + "'"
    got = phone.run_shell(f"dumpsys package {escaped}")
    assert f"  Package [{quoted}]".encode() in got.stdout
    assert phone.shell_violations == [] and phone.reboot_count == 0
    assert phone.fs.get("/") is not None and len(phone.fs) > 10  # nothing was removed
