#!/usr/bin/env python3
"""Structure-aware fuzzing harness for the `aifactory` command-line tool.

It mutates the shipped scenarios (Scenarios/*.yaml), the scenario test fixtures
(Tests/**/Fixtures/*.yaml), SWF traces and MPS files, runs the real binary on every mutant
(`validate`, then `simulate` on a share of the accepted ones, `solve` on MPS mutants, a small
host scenario for each trace mutant) and fails on any crash, hang or undocumented exit status.
It also counts unhelpful messages (no FILE:LINE place, long echoed values, raw control
characters, internal names). See Tests/Fuzz/README.md.

Exit status: 0 no crash and no hang; 1 at least one crash, hang or undocumented exit status
(or, with --regressions, a committed crasher that still fails); 2 the harness cannot run.
"""

import argparse
import gzip
import hashlib
import json
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    print("fuzz.py: PyYAML is needed (pip install pyyaml)", file=sys.stderr)
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Documented exit statuses (see each command's --help):
#   validate: 0 every file valid, 1 any invalid.
#   simulate: 0 done, 1 the scenario does not load or the output cannot be written.
#   solve:    0 optimal, 1 malformed file or unwritable solution, 2 any other status.
ALLOWED_EXIT = {"validate": {0, 1}, "simulate": {0, 1}, "solve": {0, 1, 2}}

CRASH_TEXT = re.compile(r"Fatal error|Program crashed|Backtracing from|\*\*\* Signal \d+|"
                        r"Thread \d+ crashed|Illegal instruction|Segmentation fault")

# ---------------------------------------------------------------------------------------------
# Interesting values


def special_values(rng, original=None):
    """A value chosen to stress a type or a range check."""
    numeric = [0, -0.0, -1, 1, -1e9, 1e300, -1e300, 1e308, 1.7976931348623157e308, 5e-324,
               1e-300, 2 ** 31, 2 ** 31 - 1, 2 ** 32, 2 ** 53 + 1, 2 ** 63, 2 ** 63 - 1,
               -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 10 ** 30, float("nan"), float("inf"),
               float("-inf"), 0.5, 1.5, -0.5, 1e-9, 99999999999]
    texty = ["", " ", "abc", "x" * 200, "x" * 5000, "\u202eevil", "\x1b[31mred\x1b[0m",
             "tab\there", "line\nbreak", "nul\x00byte", "\u00e9t\u00e9", "\U0001F680", "null",
             "~", "yes", "no", ".nan", ".inf", "2027-13", "2027-00", "0000-01", "9999-12",
             "2027-1", "27-01", "2027-01-15", "1e400", "0x10", "0o17", "1_000", "-", "%s%n",
             "../../../../etc/passwd", "/dev/zero", "/dev/null", "/etc/passwd", "/tmp",
             "CON", "a" * 300 + ".yaml"]
    structured = [None, True, False, [], {}, [1, 2, 3], {"a": 1}, [[[]]], {"": None}]
    pool = rng.random()
    if isinstance(original, bool):
        return rng.choice([not original, None, 1, "true", [] ])
    if isinstance(original, (int, float)) and pool < 0.45:
        x = original
        ops = [lambda: x * 10 ** rng.randint(1, 12), lambda: -x, lambda: x + 1, lambda: x - 1,
               lambda: x / 3 if x else 0.1, lambda: float(x) + 0.5, lambda: x * 1e300,
               lambda: str(x), lambda: x * 0, lambda: int(x) * 2 ** 40]
        try:
            return rng.choice(ops)()
        except (OverflowError, ValueError):
            return float("inf")
    if pool < 0.6:
        return rng.choice(numeric)
    if pool < 0.85:
        return rng.choice(texty)
    return rng.choice(structured)


def deep_nesting(rng):
    depth = rng.choice([10, 63, 64, 65, 70, 200])
    v = 1
    for _ in range(depth):
        v = [v] if rng.random() < 0.5 else {"k": v}
    return v

# ---------------------------------------------------------------------------------------------
# YAML tree mutation


def paths_of(tree, prefix=()):
    """Every (path, value) in a YAML tree, the root included."""
    out = [(prefix, tree)]
    if isinstance(tree, dict):
        for k, v in tree.items():
            out.extend(paths_of(v, prefix + (k,)))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            out.extend(paths_of(v, prefix + (i,)))
    return out


def get_at(tree, path):
    for p in path:
        tree = tree[p]
    return tree


def set_at(tree, path, value):
    if not path:
        return value
    parent = get_at(tree, path[:-1])
    parent[path[-1]] = value
    return tree


def collect_vocabulary(trees):
    keys, strings = set(), set()
    for t in trees:
        for path, v in paths_of(t):
            if path and isinstance(path[-1], str):
                keys.add(path[-1])
            if isinstance(v, str) and len(v) < 60:
                strings.add(v)
    return sorted(keys), sorted(strings)


def mutate_tree(tree, rng, vocab):
    """One structure-aware change of a parsed scenario."""
    keys, strings = vocab
    nodes = paths_of(tree)
    path, value = rng.choice(nodes)
    op = rng.randrange(13)
    if op <= 3:  # a value of another type or out of range
        leaves = [(p, v) for p, v in nodes if p and not isinstance(v, (dict, list))]
        if leaves:
            path, value = rng.choice(leaves)
        return set_at(tree, path, special_values(rng, value))
    if op == 4 and path:  # a missing key or list item
        parent = get_at(tree, path[:-1])
        del parent[path[-1]]
        return tree
    if op == 5:  # an unknown key, a typo of a known one, or a known key in the wrong place
        maps = [(p, v) for p, v in nodes if isinstance(v, dict)]
        if maps:
            p, m = rng.choice(maps)
            k = rng.choice(keys) if keys else "x"
            choice = rng.random()
            if choice < 0.3 and len(k) > 2:
                i = rng.randrange(len(k) - 1)
                k = k[:i] + k[i + 1] + k[i] + k[i + 2:]
            elif choice < 0.4:
                k = rng.choice(["unknown_field", "x" * 100, "", "\u202ekey", "a b", "1", "~"])
            m[k] = special_values(rng) if rng.random() < 0.5 else rng.choice(strings or ["v"])
        return tree
    if op == 6:  # a known word in place of a value (enums: kind, distribution, policy, ids)
        leaves = [(p, v) for p, v in nodes if p and not isinstance(v, (dict, list))]
        if leaves and strings:
            p, _ = rng.choice(leaves)
            return set_at(tree, p, rng.choice(strings))
        return tree
    if op == 7:  # deep or changed nesting
        if rng.random() < 0.3:
            return set_at(tree, path, deep_nesting(rng))
        return set_at(tree, path, rng.choice([[value], {"value": value}, [value, value]]))
    if op == 8:  # list surgery
        lists = [(p, v) for p, v in nodes if isinstance(v, list)]
        if lists:
            p, lst = rng.choice(lists)
            r = rng.random()
            if lst and r < 0.3:
                lst.append(json.loads(json.dumps(rng.choice(lst), default=str)))
            elif lst and r < 0.5:
                del lst[rng.randrange(len(lst))]
            elif r < 0.6:
                lst.clear()
            elif lst and r < 0.75:
                rng.shuffle(lst)
            elif lst:
                lst.extend([lst[0]] * rng.choice([10, 100, 2000]))
        return tree
    if op == 9:  # swap two values
        a, b = rng.choice(nodes), rng.choice(nodes)
        if a[0] and b[0] and not _prefix(a[0], b[0]) and not _prefix(b[0], a[0]):
            set_at(tree, a[0], b[1])
            set_at(tree, b[0], a[1])
        return tree
    if op == 10:  # empty a map or replace it by a scalar
        maps = [(p, v) for p, v in nodes if isinstance(v, dict) and p]
        if maps:
            p, _ = rng.choice(maps)
            return set_at(tree, p, rng.choice([{}, None, "", 0, []]))
        return tree
    if op == 11:  # dates: the horizon and phases
        leaves = [(p, v) for p, v in nodes
                  if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}", v)]
        if leaves:
            p, v = rng.choice(leaves)
            y, m = int(v[:4]), int(v[5:])
            return set_at(tree, p, rng.choice([
                f"{y + rng.choice([-100, -1, 1, 30, 300, 8000])}-{m:02d}", f"{y}-{m + 12}",
                f"{y}-00", f"{y:05d}-{m:02d}", f"{y}-{m}", f"{y}-{m:02d}-01", y,
                f"{y}-{m:02d}T00", "1970-01", "0001-01", "9999-12"]))
        return tree
    # op 12: a whole scenario key dropped or doubled in size
    if isinstance(tree, dict) and tree:
        k = rng.choice(list(tree))
        if rng.random() < 0.5:
            del tree[k]
        else:
            tree[k] = [tree[k]] * 2
    return tree


def _prefix(a, b):
    return len(a) <= len(b) and tuple(b[:len(a)]) == tuple(a)


class Dumper(yaml.SafeDumper):
    pass


def _float_repr(dumper, value):
    if math.isnan(value):
        text = ".nan"
    elif math.isinf(value):
        text = ".inf" if value > 0 else "-.inf"
    else:
        text = repr(value)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


Dumper.add_representer(float, _float_repr)


def dump(tree, rng):
    try:
        return yaml.dump(tree, Dumper=Dumper, sort_keys=False, allow_unicode=rng.random() < 0.5,
                         default_flow_style=rng.choice([False, None]), width=rng.choice([80, 4096]))
    except (yaml.YAMLError, RecursionError, ValueError):
        return yaml.dump({"name": "x"}, Dumper=Dumper)

# ---------------------------------------------------------------------------------------------
# Text and byte mutations (for every format)


def text_mutation_yaml(text, rng):
    """A change only the text can carry: duplicated keys, anchors and aliases, comments."""
    lines = text.split("\n")
    op = rng.randrange(8)
    keyed = [i for i, l in enumerate(lines) if re.match(r"^\s*(- )?[A-Za-z_][\w]*:", l)]
    if op == 0 and keyed:  # duplicated key
        i = rng.choice(keyed)
        lines.insert(i + 1, re.sub(r"^(\s*)- ", r"\1  ", lines[i]))
    elif op == 1 and keyed:  # anchor on one value, alias in another place
        i, j = rng.choice(keyed), rng.choice(keyed)
        m = re.match(r"^(\s*(?:- )?[\w]+:)\s*(.*)$", lines[i])
        n = re.match(r"^(\s*(?:- )?[\w]+:)\s*(.*)$", lines[j])
        if m and n and m.group(2) and n.group(2):
            lines[i] = f"{m.group(1)} &a {m.group(2)}"
            lines[j] = f"{n.group(1)} *a"
    elif op == 2:  # an alias bomb, an undefined alias, a self-referencing anchor
        bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for d in range(1, rng.choice([3, 6, 8, 9])):
            bomb.append(f"a{d}: &a{d} [" + ", ".join([f"*a{d - 1}"] * 9) + "]")
        extra = rng.choice([bomb, ["z: *nowhere"], ["z: &s [*s]"], ["<<: *nowhere"],
                            ["z: &m {k: 1}", "w: {<<: *m, k: 2}"], ["? [a, b]", ": 1"],
                            ["!!python/object:os.system ls: 1"], ["z: !!binary AAAA"],
                            ["z: !custom 1"], ["%YAML 1.3", "---"]])
        lines = extra + lines if extra[0].startswith("%") else lines + extra
    elif op == 3 and keyed:  # a key with an anchor, an alias used as a key
        i = rng.choice(keyed)
        lines[i] = re.sub(r"^(\s*(?:- )?)([\w]+):", r"\1&k \2:", lines[i], count=1)
        lines.insert(i + 1, re.sub(r"^(\s*(?:- )?)([\w]+):.*$", r"\1*k : 1", lines[i]))
    elif op == 4:  # several documents
        lines = lines + ["---"] + lines if rng.random() < 0.5 else ["---", "..."] + lines
    elif op == 5 and keyed:  # broken indentation
        i = rng.choice(keyed)
        lines[i] = rng.choice([" ", "\t", "   ", ""]) + lines[i].lstrip()
    elif op == 6:  # flow style noise
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + rng.choice([" {", " [", " }", " ]", " ,", " : :", " #", " '", ' "'])
    else:  # a very long line or value
        n = rng.choice([200, 70000, 1_100_000])
        lines.insert(rng.randrange(len(lines) + 1), "description: " + "y" * n)
    return "\n".join(lines)


def byte_mutation(data, rng):
    """Encodings, control characters, invalid UTF-8, truncation, random bytes."""
    op = rng.randrange(10)
    if op == 0:  # another encoding
        text = data.decode("utf-8", "replace")
        enc = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1"])
        return text.encode(enc, "replace")
    if op == 1:  # a BOM in front or in the middle
        bom = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"])
        at = 0 if rng.random() < 0.6 else rng.randrange(len(data) + 1)
        return data[:at] + bom + data[at:]
    if op == 2:  # invalid UTF-8
        bad = rng.choice([b"\xff", b"\xc3\x28", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                          b"\xe2\x82", b"\x80", b"\xf4\x90\x80\x80"])
        at = rng.randrange(len(data) + 1)
        return data[:at] + bad + data[at:]
    if op == 3:  # control and format characters
        ch = rng.choice(["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
                         "\u2028", "\u2029", "\u202e", "\ufeff", "\r", "\t", "\u200b", "\ufffe"])
        at = rng.randrange(len(data) + 1)
        return data[:at] + ch.encode("utf-8", "surrogatepass") + data[at:]
    if op == 4:  # truncation, possibly inside a multi-byte character
        return data[:rng.randrange(len(data) + 1)]
    if op == 5:  # line endings
        return rng.choice([data.replace(b"\n", b"\r\n"), data.replace(b"\n", b"\r"),
                           data.replace(b"\n", b"\n\n"), data.rstrip(b"\n")])
    if op == 6:  # a few random bytes flipped
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if op == 7:  # a chunk repeated or removed
        if len(data) < 2:
            return data * 2
        i = rng.randrange(len(data))
        j = min(len(data), i + rng.randint(1, 200))
        return data[:i] + data[i:j] * rng.choice([0, 2, 50]) + data[j:]
    if op == 8:  # tabs for spaces
        return data.replace(b"  ", b"\t", rng.randint(1, 20))
    return rng.choice([b"", b"\n", b"\x00", b" ", b"\xef\xbb\xbf"])  # nearly empty

# ---------------------------------------------------------------------------------------------
# SWF and MPS mutation (line and field structured)

SWF_VALUES = ["-1", "-2", "0", "1", "-0", "3600", "10000000000", "10000000001", "100000000",
              "100000001", "1000000000000", "1000000000001", "2147483647", "2147483648",
              "9223372036854775807", "9223372036854775808", "18446744073709551616", "1e300",
              "1e10", "1.5", "-1.5", "nan", "inf", "-inf", "NaN", "abc", "0x10", "1e-300", "+5",
              "--1", "1,5", "٣", "１", "99999999999999999999999999999999999"]


def mutate_swf(data, rng):
    if rng.random() < 0.2:
        return byte_mutation(data, rng)
    lines = data.decode("utf-8", "replace").split("\n")
    jobs = [i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith(";")]
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        if jobs and op <= 3:  # one field of one job
            i = rng.choice(jobs)
            f = lines[i].split()
            if f:
                k = rng.randrange(len(f))
                f[k] = rng.choice(SWF_VALUES)
                lines[i] = " ".join(f)
        elif jobs and op == 4:  # too few or too many fields
            i = rng.choice(jobs)
            f = lines[i].split()
            f = f[:rng.randrange(len(f) + 1)] if rng.random() < 0.5 else f + ["1"] * rng.randint(1, 5)
            lines[i] = " ".join(f)
        elif jobs and op == 5:  # duplicate a job (same job number) or reorder
            i = rng.choice(jobs)
            if rng.random() < 0.5:
                lines.insert(i + 1, lines[i])
            else:
                j = rng.choice(jobs)
                lines[i], lines[j] = lines[j], lines[i]
        elif op == 6:  # header comments
            lines.insert(0, rng.choice(["; MaxProcs: -1", "; MaxProcs: 99999999999999999999",
                                        "; UnixStartTime: -5", "; MaxNodes: abc", ";",
                                        "; " + "h" * 5000, "garbage line", ";\x1b[2J"]))
        elif jobs and op == 7:  # delete a job line
            del lines[rng.choice(jobs)]
            jobs = [i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith(";")]
        else:  # many copies of a job
            if jobs:
                i = rng.choice(jobs)
                lines[i:i + 1] = [lines[i]] * rng.choice([2, 100, 5000])
                jobs = [i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith(";")]
    out = "\n".join(lines).encode("utf-8")
    if rng.random() < 0.15:
        out = byte_mutation(out, rng)
    return out


MPS_VALUES = ["0", "-0", "1", "-1", "1e300", "-1e300", "1e308", "1e309", "-1e309", "5e-324",
              "1e-300", "nan", "NaN", "inf", "-inf", "Infinity", "1e30", "-1e30", "1e+20",
              "9223372036854775808", "abc", "", "1.2.3", "0x1p3", "1,5", "1e", "e5", "+", "-",
              "1d10", "99999999999999999999999999999999999999999999999999"]
MPS_SECTIONS = ["NAME", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA", "OBJSENSE",
                "OBJSENSE MAX", "OBJSENSE\n    MAX", "OBJSENSE MIN", "OBJSECT", "SOS", "QUADOBJ"]
MPS_ROWTYPES = ["N", "E", "L", "G", "X", "", "NN", "e"]
MPS_BOUNDS = ["UP", "LO", "FX", "FR", "MI", "PL", "BV", "LI", "UI", "SC", "XX", ""]


def mutate_mps(data, rng):
    if rng.random() < 0.2:
        return byte_mutation(data, rng)
    lines = data.decode("latin-1").split("\n")
    body = [i for i, l in enumerate(lines) if l.startswith(" ") and l.strip()]
    heads = [i for i, l in enumerate(lines) if l and not l.startswith(" ") and not l.startswith("*")]
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(11)
        if body and op <= 3:  # a number or name
            i = rng.choice(body)
            f = lines[i].split()
            if f:
                k = rng.randrange(len(f))
                if rng.random() < 0.75:
                    f[k] = rng.choice(MPS_VALUES)
                else:
                    f[k] = rng.choice(["X" * 200, "R" + str(rng.randrange(10)), "MARKER",
                                       "'MARKER'", "'INTORG'", "'INTEND'", "\u00e9", "a\tb"])
                lines[i] = " " + " ".join(f) if rng.random() < 0.5 else "    " + "  ".join(f)
        elif body and op == 4:  # row or bound type
            i = rng.choice(body)
            f = lines[i].split()
            if f:
                f[0] = rng.choice(MPS_ROWTYPES + MPS_BOUNDS)
                lines[i] = " " + " ".join(f)
        elif op == 5:  # a section header inserted, removed or duplicated
            if heads and rng.random() < 0.5:
                del lines[rng.choice(heads)]
            else:
                lines.insert(rng.randrange(len(lines) + 1), rng.choice(MPS_SECTIONS))
            heads = [i for i, l in enumerate(lines) if l and not l.startswith(" ") and not l.startswith("*")]
            body = [i for i, l in enumerate(lines) if l.startswith(" ") and l.strip()]
        elif body and op == 6:  # integer markers
            i = rng.choice(body)
            lines.insert(i, rng.choice([
                "    MARKER                 'MARKER'                 'INTORG'",
                "    MARKER                 'MARKER'                 'INTEND'",
                "    M1  'MARKER'  'INTORG'", "    M2 'MARKER' 'BOGUS'"]))
        elif body and op == 7:  # a line duplicated or deleted
            i = rng.choice(body)
            if rng.random() < 0.5:
                lines.insert(i, lines[i])
            else:
                del lines[i]
            body = [i for i, l in enumerate(lines) if l.startswith(" ") and l.strip()]
        elif body and op == 8:  # fields moved by a column (fixed format)
            i = rng.choice(body)
            lines[i] = rng.choice([" ", "  ", "\t", ""]) + lines[i]
        elif body and op == 9:  # a bound on a binary/integer column
            i = rng.choice(body)
            f = lines[i].split()
            col = f[0] if f else "C1"
            lines.insert(rng.randrange(len(lines) + 1),
                         f" {rng.choice(MPS_BOUNDS)} BND {col} {rng.choice(MPS_VALUES)}")
        else:  # lines swapped
            if len(body) > 1:
                i, j = rng.choice(body), rng.choice(body)
                lines[i], lines[j] = lines[j], lines[i]
    out = "\n".join(lines).encode("latin-1", "replace")
    if rng.random() < 0.15:
        out = byte_mutation(out, rng)
    return out

# ---------------------------------------------------------------------------------------------
# Running the binary and judging its answer


def run(binary, args, cwd, timeout):
    """Runs the binary; returns (status, output, seconds). status is 'timeout' or an int
    (negative for a signal)."""
    start = time.monotonic()
    env = dict(os.environ, LC_ALL="C.UTF-8")
    try:
        p = subprocess.Popen([binary] + args, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             start_new_session=True, env=env)
    except OSError as e:
        print(f"fuzz.py: cannot run {binary}: {e}", file=sys.stderr)
        sys.exit(2)
    try:
        out, _ = p.communicate(timeout=timeout)
        status = p.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = p.communicate()
        status = "timeout"
    return status, out.decode("utf-8", "replace"), time.monotonic() - start


def failure_of(command, status, output):
    """None when the run ended as documented, else a short reason."""
    if status == "timeout":
        return "hang"
    if status < 0:
        return f"signal-{-status}"
    if status in (132, 133, 134, 136, 137, 139):
        return f"trap-exit-{status}"
    if CRASH_TEXT.search(output):
        return "fatal-error-text"
    if status not in ALLOWED_EXIT[command]:
        return f"undocumented-exit-{status}"
    return None


INTERNAL = re.compile(r"NS\w*ErrorDomain|\bCocoaError\b|\bPOSIXError\b|\berror \d+\b|"
                      r"\b(?:Swift|Foundation|Yams|FoundationEssentials)\.[A-Z]\w*|Optional\(|"
                      r"\bDecodingError\b|\b(?:keyNotFound|typeMismatch|valueNotFound|dataCorrupted)\b|"
                      r"CodingKeys|The operation could(?:n.t| not) be completed|"
                      r"\b[A-Z]\w+Error\.\w+|\b\w+\.Type\b|<unknown>")
LOCATION = re.compile(r"^[^\s:][^:]*:\d+:")
FILE_ONLY = re.compile(r"^[^\s:][^:]*\.(?:yaml|yml|swf|mps|txt|csv):\s")
QUOTED = re.compile(r"`([^`]*)`|\"([^\"]*)\"|'([^']*)'")
SUMMARY = re.compile(r": (?:valid\.|invalid, \d+ problems?\.)|^(?:status|objective|iterations|"
                     r"nodes|gap|bound|residual|max |check|best bound|incumbent)\b", re.I)


def unhelpful(lines):
    """(category, line) for each unhelpful message line among a rejection's output."""
    found = []
    for line in lines:
        if not line.strip() or SUMMARY.search(line):
            continue
        if not LOCATION.match(line):
            found.append(("file-only-location" if FILE_ONLY.match(line) else "no-location", line))
        body = line.split(": ", 1)[-1]
        quoted = [next(g for g in m.groups() if g is not None) for m in QUOTED.finditer(body)]
        long_word = max((len(w) for w in body.split()), default=0)
        if any(len(q) > 80 for q in quoted) or long_word > 120:
            found.append(("long-echo", line))
        if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs") for c in line):
            found.append(("control-chars", line))
        if INTERNAL.search(line):
            found.append(("internal-names", line))
    return found

# ---------------------------------------------------------------------------------------------
# Corpus


def find_files(patterns):
    import glob
    out = []
    for pat in patterns:
        out.extend(glob.glob(pat, recursive=True))
    return sorted(set(os.path.abspath(p) for p in out))


def read_maybe_gz(path, max_lines=None):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        if max_lines is None:
            return f.read()
        lines = []
        for line in f:
            lines.append(line)
            if len(lines) >= max_lines:
                break
        return b"".join(lines)


REF = re.compile(r"^\s*(?:extends|file):\s*['\"]?([^'\"#\n]+?)['\"]?\s*$", re.M)


def expanded_size(node, memo, depth=0):
    """Values in a composed YAML node once aliases are expanded (aliases share nodes)."""
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = 10 ** 9 if depth > 200 else 1  # guards a self-referencing anchor
    n = 1
    if isinstance(node, yaml.MappingNode):
        n += sum(expanded_size(k, memo, depth + 1) + expanded_size(v, memo, depth + 1) for k, v in node.value)
    elif isinstance(node, yaml.SequenceNode):
        n += sum(expanded_size(v, memo, depth + 1) for v in node.value)
    memo[id(node)] = n
    return n


def load_small_yaml(path, limit=100_000):
    """The parsed seed, or None when it does not parse or would expand past `limit` values
    (the alias-bomb fixtures): those seeds get byte-level mutations only."""
    try:
        with open(path, "rb") as f:
            node = yaml.compose(f, Loader=yaml.SafeLoader)
        if node is None or expanded_size(node, {}) > limit:
            return None
        with open(path, "rb") as f:
            return yaml.safe_load(f)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


class Corpus:
    def __init__(self, repo, data_dirs, work, max_mps_bytes, swf_lines):
        self.scenarios = find_files([f"{repo}/Scenarios/*.yaml", f"{repo}/Tests/**/Fixtures/*.yaml"])
        self.scenarios = [p for p in self.scenarios if "/Fuzz/" not in p]
        swf = find_files([f"{repo}/Tests/**/*.swf", f"{repo}/Scenarios/traces/*.swf"] +
                         [f"{d}/traces/*.swf*" for d in data_dirs])
        mps = find_files([f"{repo}/Tests/**/*.mps"] + [f"{d}/lp/**/*.mps" for d in data_dirs])
        swf = [p for p in swf if "/Fuzz/" not in p]
        mps = [p for p in mps if "/Fuzz/" not in p]
        self.swf = self._unique([(p, read_maybe_gz(p, swf_lines)) for p in swf])
        self.mps = self._unique([(p, read_maybe_gz(p)) for p in mps
                                 if os.path.getsize(p) <= max_mps_bytes])
        # A mirror of each scenario folder in the scratch area, so a mutant keeps its `extends`
        # base and trace beside it. Small files are copied, large ones linked.
        self.mirror = {}
        for path in self.scenarios:
            folder = os.path.dirname(path)
            if folder in self.mirror:
                continue
            dest = os.path.join(work, "mirror", str(len(self.mirror)))
            os.makedirs(dest)
            for root, _, files in os.walk(folder):
                rel = os.path.relpath(root, folder)
                if rel.count(os.sep) > 1:
                    continue
                os.makedirs(os.path.join(dest, rel), exist_ok=True)
                for f in files:
                    src = os.path.join(root, f)
                    dst = os.path.join(dest, rel, f)
                    if os.path.getsize(src) <= 300_000:
                        shutil.copyfile(src, dst)
                    else:
                        os.symlink(src, dst)
            self.mirror[folder] = dest
        self.trees = {}
        for path in self.scenarios:
            t = load_small_yaml(path)
            self.trees[path] = t
        self.vocab = collect_vocabulary([t for t in self.trees.values() if t is not None])
        with open(os.path.join(repo, "Tests/AIFactoryCLITests/Fixtures/valid-minimal.yaml")) as f:
            host = yaml.safe_load(f)
        host["name"] = "trace-host"
        host["horizon"] = {"start": "2027-01", "end": "2027-02"}
        host["scheduler"]["replications"] = 1
        host["tenants"][1]["demand"] = {"kind": "trace", "file": "mutant.swf"}
        del host["tenants"][1]["job_mix"]
        self.trace_host = yaml.safe_dump(host, sort_keys=False)

    def find_valid(self, binary, timeout):
        """The seeds `validate` accepts as shipped (in their mirrored folder)."""
        self.valid_scenarios = []
        for path in self.scenarios:
            folder = self.mirror[os.path.dirname(path)]
            status, _, _ = run(binary, ["validate", "--quiet", os.path.basename(path)], folder, timeout)
            if status == 0:
                self.valid_scenarios.append(path)

    @staticmethod
    def _unique(items):
        seen, out = set(), []
        for p, data in items:
            h = hashlib.sha256(data).hexdigest()
            if h not in seen:
                seen.add(h)
                out.append((p, data))
        return out

# ---------------------------------------------------------------------------------------------
# The campaign


class Stats:
    def __init__(self, examples):
        self.counts = {k: {"total": 0, "accepted": 0, "rejected": 0, "simulated": 0, "simulate_refused": 0,
                           "crashes": 0, "hangs": 0} for k in ("scenario", "swf", "mps")}
        self.unhelpful = {}
        self.examples = examples
        self.failures = []
        self.slowest = (0.0, "")

    def note_unhelpful(self, findings, where):
        for cat, line in findings:
            entry = self.unhelpful.setdefault(cat, {"count": 0, "examples": []})
            entry["count"] += 1
            if len(entry["examples"]) < self.examples:
                entry["examples"].append({"mutant": where, "message": line[:300]})


def inherited(tree, key, folder, depth=0):
    """`key` of a scenario tree, looked up through its `extends` bases in `folder`."""
    if not isinstance(tree, dict) or depth > 4:
        return None
    if key in tree:
        return tree[key]
    base = tree.get("extends")
    if isinstance(base, str) and os.path.isfile(os.path.join(folder, base)):
        return inherited(load_small_yaml(os.path.join(folder, base)), key, folder, depth + 1)
    return None


def shorten_for_simulation(tree, rng, folder):
    """A horizon of one to three months and one replication (also when they come from an
    `extends` base), so a simulated mutant runs in about a second."""
    if not isinstance(tree, dict):
        return tree
    h = inherited(tree, "horizon", folder)
    if isinstance(h, dict) and isinstance(h.get("start"), str) and re.fullmatch(r"\d{4}-\d{2}", h["start"]):
        y, m = int(h["start"][:4]), int(h["start"][5:])
        m2 = m + rng.choice([0, 1, 2])
        end = f"{y + (m2 - 1) // 12}-{(m2 - 1) % 12 + 1:02d}"
        # Every build-out phase must lie in the horizon: it ends no earlier than the last one.
        phases = inherited(tree, "build_out", folder)
        for phase in phases if isinstance(phases, list) else []:
            at = phase.get("at") if isinstance(phase, dict) else None
            if isinstance(at, str) and re.fullmatch(r"\d{4}-\d{2}", at) and at > end:
                end = at
        tree["horizon"] = dict(h, end=end)
    sched = inherited(tree, "scheduler", folder)
    if isinstance(sched, dict):
        tree["scheduler"] = dict(sched, replications=1)
    return tree


def save_case(dest_root, name, files, command, args, status, output, note):
    dest = os.path.join(dest_root, name)
    os.makedirs(dest, exist_ok=True)
    for rel, src in files:
        target = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if isinstance(src, bytes):
            with open(target, "wb") as f:
                f.write(src)
        elif os.path.exists(src):
            if os.path.getsize(os.path.realpath(src)) > 5_000_000:
                continue
            shutil.copyfile(os.path.realpath(src), target)
    with open(os.path.join(dest, "case.json"), "w") as f:
        json.dump({"command": command, "args": args, "status": str(status), "reason": note}, f, indent=1)
    with open(os.path.join(dest, "output.txt"), "w") as f:
        f.write(output[-20000:])
    return dest


def referenced_files(text, folder, depth=0):
    """The files a scenario text names (`extends`, trace `file`), found in its folder."""
    out = []
    for m in REF.finditer(text):
        rel = m.group(1).strip()
        if rel.startswith("/") or ".." in rel:
            continue
        path = os.path.join(folder, rel)
        if os.path.isfile(path):
            out.append((rel, path))
            if depth < 3 and rel.endswith((".yaml", ".yml")):
                with open(path, "r", errors="replace") as f:
                    out.extend(referenced_files(f.read(), folder, depth + 1))
    return out


class Fuzzer:
    def __init__(self, args, corpus, work):
        self.a = args
        self.c = corpus
        self.work = work
        self.stats = Stats(args.examples)
        self.out_dir = os.path.join(work, "out")

    def check(self, kind, index, command, cmd_args, cwd, timeout, files):
        status, output, secs = run(self.a.binary, cmd_args, cwd, timeout)
        if secs > self.stats.slowest[0]:
            self.stats.slowest = (secs, f"{kind}-{index} {command}")
        reason = failure_of(command, status, output)
        if reason:
            key = "hangs" if reason == "hang" else "crashes"
            self.stats.counts[kind][key] += 1
            name = f"{kind}-{self.a.seed}-{index}-{command}-{reason}"
            dest = save_case(self.a.crashers, name, files, command, cmd_args, status, output, reason)
            self.stats.failures.append({"case": dest, "reason": reason, "command": command})
            print(f"FAIL {reason}: {kind} mutant {index} ({command}); saved in {dest}", flush=True)
        elif status != 0 and not (command == "solve" and status == 2):
            self.stats.note_unhelpful(unhelpful(output.splitlines()), f"{kind}-{index} {command}")
        elif command != "solve":  # warnings of an accepted file are messages too
            lines = [l for l in output.splitlines() if "warning" in l]
            self.stats.note_unhelpful([f for f in unhelpful(lines) if f[0] != "no-location"],
                                      f"{kind}-{index} {command}")
        return status, reason

    def scenario(self, index):
        rng = random.Random(f"{self.a.seed}/scenario/{index}")
        # Most mutants start from a valid seed, so that many of them get past validation and
        # reach the simulator; the rest from any seed (the broken fixtures included).
        pool = self.c.valid_scenarios if self.c.valid_scenarios and rng.random() < 0.6 else self.c.scenarios
        seed = rng.choice(pool)
        folder = self.c.mirror[os.path.dirname(seed)]
        simulate = rng.random() < self.a.simulate_fraction
        tree = json.loads(json.dumps(self.c.trees[seed], default=str)) if self.c.trees[seed] is not None else None
        with open(seed, "rb") as f:
            original = f.read()
        if tree is None or rng.random() < 0.08:
            data = byte_mutation(original, rng)
        else:
            if simulate:
                tree = shorten_for_simulation(tree, rng, folder)
            for _ in range(rng.choice([0, 1, 1, 1, 1, 1, 2, 2, 3, 4])):
                try:
                    tree = mutate_tree(tree, rng, self.c.vocab)
                except (KeyError, IndexError, TypeError, RecursionError):
                    pass  # e.g. a path into a value an earlier change replaced, or nesting too deep to walk
            text = dump(tree, rng)
            if rng.random() < 0.3:
                text = text_mutation_yaml(text, rng)
            data = text.encode("utf-8", "surrogatepass")
            if rng.random() < 0.2:
                data = byte_mutation(data, rng)
        path = os.path.join(folder, "mutant.yaml")
        with open(path, "wb") as f:
            f.write(data)
        text = data.decode("utf-8", "replace")
        files = [("mutant.yaml", data)] + referenced_files(text, folder)
        self.validate_then_simulate("scenario", index, "mutant.yaml", folder, files, simulate)

    def validate_then_simulate(self, kind, index, scenario, folder, files, simulate):
        """Validates `scenario` in `folder`; simulates it when accepted and `simulate` is set."""
        st = self.stats.counts[kind]
        st["total"] += 1
        status, reason = self.check(kind, index, "validate", ["validate", scenario],
                                    folder, self.a.timeout, files)
        if reason:
            return
        if status == 0:
            st["accepted"] += 1
            if simulate:
                self.simulate(kind, index, folder, files)
        else:
            st["rejected"] += 1

    def simulate(self, kind, index, folder, files):
        shutil.rmtree(self.out_dir, ignore_errors=True)
        self.stats.counts[kind]["simulated"] += 1
        status, reason = self.check(kind, index, "simulate",
                   ["simulate", "mutant.yaml" if kind == "scenario" else "host.yaml",
                    "--out", self.out_dir, "--replications", "1", "--quiet", "--cores", "1"],
                   folder, self.a.sim_timeout, files)
        if status == 1 and not reason:  # accepted by validate, refused by simulate
            self.stats.counts[kind]["simulate_refused"] += 1

    def swf(self, index):
        rng = random.Random(f"{self.a.seed}/swf/{index}")
        _, original = rng.choice(self.c.swf)
        data = mutate_swf(original, rng)
        folder = os.path.join(self.work, "swf")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "mutant.swf"), "wb") as f:
            f.write(data)
        with open(os.path.join(folder, "host.yaml"), "w") as f:
            f.write(self.c.trace_host)
        files = [("mutant.swf", data), ("host.yaml", self.c.trace_host.encode())]
        self.validate_then_simulate("swf", index, "host.yaml", folder, files, True)

    def mps(self, index):
        rng = random.Random(f"{self.a.seed}/mps/{index}")
        _, original = rng.choice(self.c.mps)
        data = mutate_mps(original, rng)
        folder = os.path.join(self.work, "mps")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "mutant.mps"), "wb") as f:
            f.write(data)
        st = self.stats.counts["mps"]
        st["total"] += 1
        args = ["solve", "mutant.mps", "--node-limit", str(self.a.node_limit)]
        if rng.random() < 0.2:
            args += ["--solution", os.path.join(self.work, "solution.csv")]
        status, reason = self.check("mps", index, "solve", args, folder, self.a.timeout,
                                    [("mutant.mps", data)])
        if reason:
            return
        if status == 1:
            st["rejected"] += 1
        else:
            st["accepted"] += 1


def run_regressions(args):
    """Reruns every committed crasher; returns the number that still fail."""
    root = args.regressions
    cases = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "case.json")))
    failing = 0
    for name in cases:
        folder = os.path.join(root, name)
        with open(os.path.join(folder, "case.json")) as f:
            case = json.load(f)
        scratch = os.path.join(args.work, "regression", name)
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(folder, scratch)
        cmd_args = list(case["args"])
        if "--out" in cmd_args:
            cmd_args[cmd_args.index("--out") + 1] = os.path.join(scratch, "out")
        if "--solution" in cmd_args:
            cmd_args[cmd_args.index("--solution") + 1] = os.path.join(scratch, "solution.csv")
        timeout = args.sim_timeout if case["command"] == "simulate" else args.timeout
        status, output, secs = run(args.binary, cmd_args, scratch, timeout)
        reason = failure_of(case["command"], status, output)
        print(f"{'FAIL' if reason else 'ok  '} {name}: exit {status} in {secs:.2f} s"
              + (f" ({reason})" if reason else ""))
        if reason:
            failing += 1
            tail = "\n".join(output.splitlines()[:6])
            print("      " + tail.replace("\n", "\n      "))
    print(f"regressions: {len(cases)} cases, {failing} still failing")
    return failing


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.environ.get("AIFACTORY", os.path.join(REPO, ".build/release/aifactory")))
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--count-scenarios", type=int, default=2000)
    ap.add_argument("--count-mps", type=int, default=500)
    ap.add_argument("--count-swf", type=int, default=200)
    ap.add_argument("--budget-seconds", type=float, default=None,
                    help="stop starting new mutants after this many seconds (counts then fall short)")
    ap.add_argument("--simulate-fraction", type=float, default=0.25,
                    help="share of scenario mutants made quick to simulate (short horizon, one "
                         "replication) and simulated when valid (default 0.25); every accepted "
                         "trace mutant is simulated")
    ap.add_argument("--timeout", type=float, default=15.0, help="per-run limit of validate and solve (s)")
    ap.add_argument("--sim-timeout", type=float, default=30.0, help="per-run limit of simulate (s)")
    ap.add_argument("--node-limit", type=int, default=20)
    ap.add_argument("--max-mps-bytes", type=int, default=200_000)
    ap.add_argument("--swf-lines", type=int, default=400, help="lines read from each seed trace")
    ap.add_argument("--data", action="append", default=None,
                    help="folder with traces/ and lp/ (default: /work/shared/data when present)")
    ap.add_argument("--crashers", default="/tmp/aifactory-fuzz-crashers")
    ap.add_argument("--work", default=None, help="scratch folder (default: a new one under /tmp)")
    ap.add_argument("--examples", type=int, default=3, help="examples kept per unhelpful category")
    ap.add_argument("--json", default=None, help="also write the report as JSON here")
    ap.add_argument("--regressions", nargs="?", const=os.path.join(HERE, "regressions"), default=None,
                    help="rerun the committed crashers (default folder Tests/Fuzz/regressions) and exit")
    a = ap.parse_args()
    a.binary = os.path.abspath(a.binary)
    if not os.access(a.binary, os.X_OK):
        print(f"fuzz.py: no binary at {a.binary} (build it, or pass --binary)", file=sys.stderr)
        return 2
    import tempfile
    made_work = a.work is None
    a.work = a.work or tempfile.mkdtemp(prefix="aifactory-fuzz-")
    os.makedirs(a.work, exist_ok=True)
    if a.regressions:
        failing = run_regressions(a)
        if made_work:
            shutil.rmtree(a.work, ignore_errors=True)
        return 1 if failing else 0
    if a.data is None:
        a.data = [d for d in ["/work/shared/data"] if os.path.isdir(d)]
    os.makedirs(a.crashers, exist_ok=True)
    for sub in ("mirror", "swf", "mps"):
        shutil.rmtree(os.path.join(a.work, sub), ignore_errors=True)
    corpus = Corpus(REPO, a.data, a.work, a.max_mps_bytes, a.swf_lines)
    corpus.find_valid(a.binary, a.timeout)
    print(f"corpus: {len(corpus.scenarios)} scenarios ({len(corpus.valid_scenarios)} valid), "
          f"{len(corpus.swf)} traces, "
          f"{len(corpus.mps)} MPS files; seed {a.seed}; work {a.work}", flush=True)
    fz = Fuzzer(a, corpus, a.work)
    targets = {"scenario": a.count_scenarios, "mps": a.count_mps, "swf": a.count_swf}
    done = {k: 0 for k in targets}
    start = time.monotonic()
    last = start
    stopped = False
    while True:
        open_kinds = [k for k in targets if done[k] < targets[k]]
        if not open_kinds:
            break
        if a.budget_seconds is not None and time.monotonic() - start > a.budget_seconds:
            stopped = True
            break
        kind = min(open_kinds, key=lambda k: done[k] / targets[k])  # interleaved in proportion
        getattr(fz, kind)(done[kind])
        done[kind] += 1
        if time.monotonic() - last > 60:
            last = time.monotonic()
            print(f"  {time.monotonic() - start:.0f} s: " +
                  ", ".join(f"{k} {done[k]}/{targets[k]}" for k in targets), flush=True)
    elapsed = time.monotonic() - start
    s = fz.stats
    report = {"seed": a.seed, "seconds": round(elapsed, 1), "budget_stopped": stopped,
              "counts": s.counts, "unhelpful": s.unhelpful, "failures": s.failures,
              "slowest_run": {"seconds": round(s.slowest[0], 2), "run": s.slowest[1]}}
    print(f"\nfuzz: seed {a.seed}, {elapsed:.1f} s" + (" (budget reached)" if stopped else ""))
    for k, c in s.counts.items():
        extra = (f", simulated {c['simulated']} (of which refused by simulate "
                 f"{c['simulate_refused']})" if k != "mps" else "")
        label = "accepted" if k != "mps" else "solved (exit 0/2)"
        print(f"  {k:8s} total {c['total']}, clean {label} {c['accepted']}, clean rejected "
              f"{c['rejected']}{extra}, crashes {c['crashes']}, hangs {c['hangs']}")
    print(f"  slowest run: {s.slowest[0]:.2f} s ({s.slowest[1]})")
    print("  unhelpful messages:" + ("" if s.unhelpful else " none"))
    for cat, e in sorted(s.unhelpful.items()):
        print(f"    {cat}: {e['count']}")
        for ex in e["examples"]:
            print(f"      [{ex['mutant']}] {ex['message'][:200]!r}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1)
    failed = sum(c["crashes"] + c["hangs"] for c in s.counts.values())
    if failed:
        print(f"fuzz: {failed} crashes or hangs; inputs in {a.crashers}")
        return 1
    shutil.rmtree(os.path.join(a.work, "out") if not made_work else a.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
