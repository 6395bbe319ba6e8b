#!/usr/bin/env python3
"""Cross-check `aifactory solve` against HiGHS (highspy) on seeded random LPs and MILPs.

Every problem is written as an MPS file, solved by our binary (`aifactory solve FILE.mps
--mip-gap 1e-9`) and by HiGHS (`Highs().readModel(FILE)`), and the two results compared:
both optimal with |ours - highs| <= 1e-6 * max(1, |highs|), or both infeasible, or both
unbounded. Extra MPS files (or directories of them) given on the command line are checked the
same way. See README.md next to this file.

Exit status: 0 when every problem agrees, 1 when any disagrees, 2 when the check cannot run
(highspy missing, binary missing).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

try:
    import highspy
except ImportError as exc:  # pragma: no cover - depends on the environment
    print(f"highs_crosscheck: cannot import highspy ({exc}); install it with `pip install highspy`.", file=sys.stderr)
    sys.exit(2)

INF = math.inf
# Statuses with which our solver declines to answer rather than claims one.
DECLINED = ("numericalTrouble", "iterationLimit")
DEFAULT_SEED = 20240611
REL_TOL = 1e-6


# --------------------------------------------------------------------------------------------
# The problem model, as the generator means it
# --------------------------------------------------------------------------------------------

@dataclass
class Column:
    name: str
    cost: float
    lower: float
    upper: float
    integer: bool = False
    # How the bounds are written: "default" (no BOUNDS line), "fr", "mi", "mi_up", "lo", "up"
    # (UP > 0 alone), "lo_up", "fx", "pl_lo", "bv", "li_ui", "ui" (integer, lower 0), "lo_up_int"
    # (inside a MARKER block). An integer column with any style but bv, li_ui and ui is written
    # inside a MARKER block. Never a negative UP alone: MPSReader then lowers the lower bound
    # to -inf (the traditional convention) but HiGHS 1.16 keeps it at 0.
    style: str = "default"
    entries: dict[str, float] = field(default_factory=dict)  # row name -> coefficient


@dataclass
class Row:
    name: str
    kind: str  # "E", "L", "G"
    rhs: float
    rng: float | None = None  # the RANGES value as written (sign matters for E rows)

    def limits(self) -> tuple[float, float]:
        if self.rng is None:
            return {"E": (self.rhs, self.rhs), "L": (-INF, self.rhs), "G": (self.rhs, INF)}[self.kind]
        r = abs(self.rng)
        if self.kind == "L":
            return (self.rhs - r, self.rhs)
        if self.kind == "G":
            return (self.rhs, self.rhs + r)
        return (self.rhs, self.rhs + r) if self.rng > 0 else (self.rhs - r, self.rhs)


@dataclass
class Problem:
    name: str
    kind: str  # "LP" or "MILP"
    expected: str  # "optimal", "infeasible" or "unbounded"
    maximize: bool
    rows: list[Row]
    columns: list[Column]
    objective_constant: float = 0.0
    # Add a second N row, which both readers drop. It gets no RHS entry: HiGHS 1.16 takes an RHS
    # on any N row as the objective constant, MPSReader only on the first.
    free_row: bool = False
    fixed_format: bool = False


def num(value: float) -> str:
    """Shortest text that reads back as `value` (integers without a decimal point)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


# --------------------------------------------------------------------------------------------
# MPS writing (free and fixed)
# --------------------------------------------------------------------------------------------

def bound_lines(col: Column) -> list[tuple[str, str, str | None]]:
    """(type, column, value) triples for the column's BOUNDS lines."""
    n, lo, up = col.name, col.lower, col.upper
    s = col.style
    if s == "default":
        return []
    if s == "fr":
        return [("FR", n, None)]
    if s == "mi":
        return [("MI", n, None)]
    if s == "mi_up":
        return [("MI", n, None), ("UP", n, num(up))]
    if s == "lo":
        return [("LO", n, num(lo))]
    if s == "up":
        return [("UP", n, num(up))]
    if s in ("lo_up", "lo_up_int"):
        return [("LO", n, num(lo)), ("UP", n, num(up))]
    if s == "fx":
        return [("FX", n, num(lo))]
    if s == "pl_lo":
        return [("LO", n, num(lo)), ("PL", n, None)]
    if s == "bv":
        return [("BV", n, None)]
    if s == "li_ui":
        return [("LI", n, num(lo)), ("UI", n, num(up))]
    if s == "ui":
        return [("UI", n, num(up))]
    raise ValueError(s)


def write_mps(p: Problem) -> str:
    """The problem as MPS text; `p.fixed_format` selects the fixed column layout."""
    lines: list[str] = []

    def data(f1: str = "", f2: str = "", f3: str = "", f4: str = "", f5: str = "", f6: str = "") -> None:
        if p.fixed_format:
            # Fields in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61.
            text = " " + f1.ljust(2) + " " + f2.ljust(8) + "  " + f3.ljust(8) + "  " + f4.rjust(12)
            if f5 or f6:
                text += "   " + f5.ljust(8) + "  " + f6.rjust(12)
            lines.append(text.rstrip())
        else:
            lines.append(" " + "  ".join(x for x in (f1, f2, f3, f4, f5, f6) if x))

    lines.append(f"NAME          {p.name}" if p.fixed_format else f"NAME {p.name}")
    if p.maximize:
        # Two lines: HiGHS 1.16 reads `OBJSENSE MAX` on one line as minimise (see MPSReader).
        lines += ["OBJSENSE", "    MAX"]
    lines.append("ROWS")
    data("N", "OBJ")
    if p.free_row:
        data("N", "FREEROW")
    for r in p.rows:
        data(r.kind, r.name)
    lines.append("COLUMNS")
    in_marker = False
    marker_count = 0
    for col in p.columns:
        # Integer columns go inside a MARKER block unless their BOUNDS type makes them integer
        # (BV, LI/UI, UI); so integers may carry any continuous bound style (fr, mi, lo, ...).
        want_marker = col.integer and col.style not in ("bv", "li_ui", "ui")
        if want_marker != in_marker:
            marker_count += 1
            tag = "'INTORG'" if want_marker else "'INTEND'"
            if p.fixed_format:
                data("", f"MARKER{marker_count}"[:8], "'MARKER'", "", tag)
            else:
                lines.append(f"    MARKER{marker_count}  'MARKER'  {tag}")
            in_marker = want_marker
        entries: list[tuple[str, float]] = []
        if col.cost != 0 or not col.entries:
            entries.append(("OBJ", col.cost))
        entries += list(col.entries.items())
        if p.free_row and col.entries:
            entries.append(("FREEROW", 1.0))
        for k in range(0, len(entries), 2):
            pair = entries[k:k + 2]
            if len(pair) == 2:
                data("", col.name, pair[0][0], num(pair[0][1]), pair[1][0], num(pair[1][1]))
            else:
                data("", col.name, pair[0][0], num(pair[0][1]))
    if in_marker:
        marker_count += 1
        if p.fixed_format:
            data("", f"MARKER{marker_count}"[:8], "'MARKER'", "", "'INTEND'")
        else:
            lines.append(f"    MARKER{marker_count}  'MARKER'  'INTEND'")
    rhs = [(r.name, r.rhs) for r in p.rows if r.rhs != 0]
    if p.objective_constant != 0:
        rhs.insert(0, ("OBJ", -p.objective_constant))
    if rhs:
        lines.append("RHS")
        for name, value in rhs:
            data("", "RHS", name, num(value))
    ranges = [(r.name, r.rng) for r in p.rows if r.rng is not None]
    if ranges:
        lines.append("RANGES")
        for name, value in ranges:
            data("", "RNG", name, num(value))
    bounds = [b for col in p.columns for b in bound_lines(col)]
    if bounds:
        lines.append("BOUNDS")
        for kind, name, value in bounds:
            if value is None:
                data(kind, "BND", name)
            else:
                data(kind, "BND", name, value)
    lines.append("ENDATA")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Random problems
# --------------------------------------------------------------------------------------------

def quarter(rng: random.Random, lo: float, hi: float) -> float:
    """A random multiple of 0.25 in [lo, hi] (exact in binary, so all sums below are exact)."""
    return rng.randint(int(lo * 4), int(hi * 4)) / 4


def random_lp(rng: random.Random, name: str, m: int, n: int, maximize: bool, fixed: bool) -> Problem:
    """A feasible, bounded LP: a known point x0 satisfies every row, and a known dual point
    (y, d) with the right signs gives c = A^T y + d, so the dual is feasible too."""
    width = 8 if fixed else 12
    cols: list[Column] = []
    x0: list[float] = []
    d_sign: list[str] = []  # "+" (d >= 0), "-" (d <= 0), "0" (d = 0), "*" (any)
    for j in range(n):
        cname = f"X{j + 1}" if fixed else f"x{j + 1}_c"
        style = rng.choices(
            ["default", "lo", "up", "lo_up", "fx", "fr", "mi", "mi_up", "pl_lo"],
            weights=[20, 12, 6, 20, 5, 6, 3, 8, 3])[0]
        if style == "default":
            lo, up = 0.0, INF
        elif style in ("lo", "pl_lo"):
            lo, up = quarter(rng, -10, 10), INF
        elif style == "up":
            lo, up = 0.0, quarter(rng, 1, 20)  # UP > 0 alone keeps the default lower bound 0
        elif style == "lo_up":
            lo = quarter(rng, -10, 10)
            up = lo + quarter(rng, 0.25, 15)
        elif style == "fx":
            lo = up = quarter(rng, -5, 5)
        elif style in ("fr", "mi"):
            lo, up = -INF, INF
        elif style == "mi_up":
            lo, up = -INF, quarter(rng, -10, 10)
        # The known feasible point.
        if lo == -INF and up == INF:
            x = quarter(rng, -10, 10)
        elif lo == -INF:
            x = up - quarter(rng, 0, 5)
        elif up == INF:
            x = lo + quarter(rng, 0, 5)
        else:
            x = rng.choice([lo, up, lo + quarter(rng, 0, up - lo)])
            x = min(max(x, lo), up)
        x0.append(x)
        if lo == -INF and up == INF:
            d_sign.append("0")
        elif lo == -INF:
            d_sign.append("-")
        elif up == INF:
            d_sign.append("+")
        else:
            d_sign.append("*")
        cols.append(Column(cname[:width], 0.0, lo, up, style=style))

    # Rows: sparse integer coefficients; every row and column gets at least one entry.
    density = rng.uniform(0.08, 0.35) if n > 10 else rng.uniform(0.4, 0.8)
    rows: list[Row] = []
    row_coef: list[dict[int, float]] = []
    for i in range(m):
        coef = {j: float(rng.choice([-1, 1]) * rng.randint(1, 9)) for j in range(n) if rng.random() < density}
        if not coef:
            coef = {rng.randrange(n): float(rng.choice([-1, 1]) * rng.randint(1, 9))}
        row_coef.append(coef)
    for j in range(n):
        if not any(j in c for c in row_coef):
            row_coef[rng.randrange(m)][j] = float(rng.choice([-1, 1]) * rng.randint(1, 9))
    y_sign: list[str] = []
    for i in range(m):
        act = sum(a * x0[j] for j, a in row_coef[i].items())
        kind = rng.choices(["E", "L", "G", "RE", "RL", "RG"], weights=[15, 30, 30, 8, 9, 8])[0]
        rname = f"R{i + 1}" if fixed else f"row{i + 1}"
        slack = rng.choice([0.0, quarter(rng, 0, 10)])
        if kind == "E":
            rows.append(Row(rname, "E", act))
            y_sign.append("*")
        elif kind == "L":
            rows.append(Row(rname, "L", act + slack))
            y_sign.append("-")
        elif kind == "G":
            rows.append(Row(rname, "G", act - slack))
            y_sign.append("+")
        else:
            width_r = quarter(rng, 0.25, 12)
            lo_r = act - quarter(rng, 0, width_r)
            up_r = lo_r + width_r
            sign = rng.choice([-1, 1])
            if kind == "RE":
                rows.append(Row(rname, "E", lo_r if sign > 0 else up_r, sign * width_r))
            elif kind == "RL":
                rows.append(Row(rname, "L", up_r, sign * width_r))
            else:
                rows.append(Row(rname, "G", lo_r, sign * width_r))
            y_sign.append("*")

    def signed(sign: str, scale: float) -> float:
        v = quarter(rng, 0, scale) if rng.random() < 0.7 else 0.0
        return {"+": v, "-": -v, "0": 0.0, "*": v * rng.choice([-1, 1])}[sign]

    y = [signed(s, 3) for s in y_sign]
    d = [signed(s, 4) for s in d_sign]
    c = [d[j] for j in range(n)]
    for i in range(m):
        for j, a in row_coef[i].items():
            c[j] += a * y[i]
    for j in range(n):
        cols[j].cost = -c[j] if maximize else c[j]
        cols[j].entries = {rows[i].name: row_coef[i][j] for i in range(m) if j in row_coef[i]}
    constant = quarter(rng, -50, 50) if rng.random() < 0.3 else 0.0
    return Problem(name, "LP", "optimal", maximize, rows, cols, constant,
                   free_row=rng.random() < 0.2, fixed_format=fixed)


def infeasible_lp(rng: random.Random, name: str, m: int, n: int) -> Problem:
    """A feasible LP plus a row that contradicts the sum of two of its rows."""
    p = random_lp(rng, name, m, n, rng.random() < 0.5, False)
    # Two fresh L rows a.x <= b and c.x <= e, then (a + c).x >= b + e + 3.
    picks = [rng.sample(range(n), min(n, 4)) for _ in range(2)]
    names = ["bad_a", "bad_b", "bad_sum"]
    total: dict[int, float] = {}
    rhs_total = 0.0
    for k, pick in enumerate(picks):
        coef = {j: float(rng.randint(1, 5)) for j in pick}
        rhs = quarter(rng, -5, 20)
        # Keep the two rows satisfiable on their own: relax them around any point the bounds allow.
        p.rows.append(Row(names[k], "L", rhs))
        for j, a in coef.items():
            p.columns[j].entries[names[k]] = a
            total[j] = total.get(j, 0.0) + a
        rhs_total += rhs
    p.rows.append(Row(names[2], "G", rhs_total + 3))
    for j, a in total.items():
        p.columns[j].entries[names[2]] = a
    # Entries must follow the row order within a column only for readability; any order is valid MPS.
    p.expected = "infeasible"
    return p


def unbounded_lp(rng: random.Random, name: str, m: int, n: int) -> Problem:
    """A feasible LP plus two nonnegative columns whose sum is a ray improving the objective:
    their row coefficients cancel, and their costs add up to an improving direction."""
    maximize = rng.random() < 0.5
    p = random_lp(rng, name, m, n, maximize, False)
    rows = rng.sample([r.name for r in p.rows], min(len(p.rows), 3))
    coef = {r: float(rng.choice([-1, 1]) * rng.randint(1, 6)) for r in rows}
    c1 = quarter(rng, -3, 3)
    gain = quarter(rng, 0.5, 4)
    c2 = -c1 - gain  # c1 + c2 < 0: minimising improves along the ray
    if maximize:
        c1, c2 = -c1, -c2
    p.columns.append(Column("ray_p", c1, 0.0, INF, entries=dict(coef)))
    p.columns.append(Column("ray_q", c2, 0.0, INF, entries={r: -v for r, v in coef.items()}))
    p.expected = "unbounded"
    return p


def milp_knapsack(rng: random.Random, name: str, n: int) -> Problem:
    """Multi-constraint 0-1 knapsack (maximise) with a couple of continuous side variables."""
    k = rng.randint(1, 3)
    cols = [Column(f"item{j + 1}", float(rng.randint(5, 60)), 0.0, 1.0, True, rng.choice(["bv", "lo_up_int"]))
            for j in range(n)]
    rows = []
    for i in range(k):
        w = [rng.randint(3, 40) for _ in range(n)]
        cap = max(w) + sum(w) // rng.randint(2, 4)
        rows.append(Row(f"cap{i + 1}", "L", float(cap)))
        for j in range(n):
            cols[j].entries[f"cap{i + 1}"] = float(w[j])
    # Continuous "overflow" bought at a price, bounded.
    for t in range(rng.randint(1, 3)):
        i = rng.randrange(k)
        cols.append(Column(f"extra{t + 1}", -quarter(rng, 1, 6), 0.0, quarter(rng, 1, 10), False, "lo_up",
                           {f"cap{i + 1}": -1.0}))
    return Problem(name, "MILP", "optimal", True, rows, cols)


def milp_cover(rng: random.Random, name: str, n: int) -> Problem:
    """Weighted set covering (minimise): every element covered at least once (some twice)."""
    elements = rng.randint(max(4, n // 2), n + 5)
    cols = [Column(f"set{j + 1}", float(rng.randint(1, 20)), 0.0, 1.0, True, rng.choice(["bv", "lo_up_int", "li_ui"]))
            for j in range(n)]
    rows = []
    for e in range(elements):
        members = [j for j in range(n) if rng.random() < 0.25] or [rng.randrange(n)]
        need = 2.0 if len(members) >= 2 and rng.random() < 0.2 else 1.0
        rows.append(Row(f"elem{e + 1}", "G", need))
        for j in members:
            cols[j].entries[f"elem{e + 1}"] = 1.0
    # A continuous penalty variable that can cover one element partially... at a high price.
    for t in range(rng.randint(1, 2)):
        e = rng.randrange(elements)
        cols.append(Column(f"slack{t + 1}", quarter(rng, 15, 30), 0.0, 1.0, False, "up", {f"elem{e + 1}": 1.0}))
    for col in cols:
        if col.integer and col.style == "li_ui":
            col.lower, col.upper = 0.0, 1.0
    return Problem(name, "MILP", "optimal", False, rows, cols)


def milp_assignment(rng: random.Random, name: str, agents: int, tasks: int) -> Problem:
    """Generalised assignment (minimise): each task to exactly one agent, agent capacities,
    plus a continuous makespan-like variable bounding every agent's load."""
    load = [[rng.randint(2, 12) for _ in range(tasks)] for _ in range(agents)]
    cost = [[rng.randint(1, 30) for _ in range(tasks)] for _ in range(agents)]
    # A feasible assignment fixes the capacities.
    owner = [rng.randrange(agents) for _ in range(tasks)]
    used = [sum(load[a][t] for t in range(tasks) if owner[t] == a) for a in range(agents)]
    rows = [Row(f"task{t + 1}", "E", 1.0) for t in range(tasks)]
    rows += [Row(f"agent{a + 1}", "L", float(used[a] + rng.randint(0, 6))) for a in range(agents)]
    rows += [Row(f"span{a + 1}", "G", 0.0) for a in range(agents)]  # T - load_a >= 0
    cols = []
    for a in range(agents):
        for t in range(tasks):
            style = rng.choice(["bv", "lo_up_int", "li_ui", "ui"])
            cols.append(Column(f"x{a + 1}_{t + 1}", float(cost[a][t]), 0.0, 1.0, True, style,
                               {f"task{t + 1}": 1.0, f"agent{a + 1}": float(load[a][t]), f"span{a + 1}": -float(load[a][t])}))
    cols.append(Column("T", quarter(rng, 0.25, 2), 0.0, 200.0, False, "lo_up", {f"span{a + 1}": 1.0 for a in range(agents)}))
    return Problem(name, "MILP", "optimal", False, rows, cols)


def milp_general(rng: random.Random, name: str, n_int: int, n_cont: int, maximize: bool, fixed: bool) -> Problem:
    """General integers in boxes (some negative), a few continuous columns, rows of all kinds
    around a known integer point; every variable is bounded, so the optimum exists."""
    n = n_int + n_cont
    cols: list[Column] = []
    x0: list[float] = []
    for j in range(n):
        integer = j < n_int
        cname = (f"I{j + 1}" if integer else f"C{j + 1}") if fixed else (f"int{j + 1}" if integer else f"cont{j + 1}")
        lo = float(rng.randint(-6, 3))
        up = lo + float(rng.randint(1, 9))
        if integer:
            style = rng.choice(["lo_up_int", "lo_up_int", "li_ui"])
            if lo == 0 and up == 1 and rng.random() < 0.5:
                style = "bv"
            if lo == up:
                style = "lo_up_int"
            x0.append(float(rng.randint(int(lo), int(up))))
        else:
            style = "lo_up"
            x0.append(quarter(rng, lo, up))
        cols.append(Column(cname, rng.randint(-20, 20) / rng.choice([1, 2, 4]), lo, up, integer, style))
    m = rng.randint(max(2, n // 3), max(3, n))
    rows = []
    for i in range(m):
        coef = {j: float(rng.choice([-1, 1]) * rng.randint(1, 9)) for j in range(n) if rng.random() < 0.4}
        if not coef:
            coef = {rng.randrange(n): float(rng.randint(1, 9))}
        act = sum(a * x0[j] for j, a in coef.items())
        kind = rng.choices(["E", "L", "G", "R"], weights=[1, 4, 4, 2])[0]
        rname = f"R{i + 1}" if fixed else f"con{i + 1}"
        if kind == "E":
            # Equalities over integers only at the integer point, so they stay feasible.
            coef = {j: a for j, a in coef.items() if j < n_int} or {0: 1.0}
            act = sum(a * x0[j] for j, a in coef.items())
            row = Row(rname, "E", act)
        elif kind == "L":
            row = Row(rname, "L", act + rng.randint(0, 8))
        elif kind == "G":
            row = Row(rname, "G", act - rng.randint(0, 8))
        else:
            w = float(rng.randint(1, 10))
            lo_r = act - rng.randint(0, int(w))
            row = Row(rname, rng.choice(["L", "G", "E"]), 0.0, 0.0)
            if row.kind == "L":
                row.rhs, row.rng = lo_r + w, rng.choice([-1, 1]) * w
            elif row.kind == "G":
                row.rhs, row.rng = lo_r, rng.choice([-1, 1]) * w
            else:
                if rng.random() < 0.5:
                    row.rhs, row.rng = lo_r, w
                else:
                    row.rhs, row.rng = lo_r + w, -w
        rows.append(row)
        for j, a in coef.items():
            cols[j].entries[rname] = a
    constant = float(rng.randint(-30, 30)) if rng.random() < 0.3 else 0.0
    return Problem(name, "MILP", "optimal", maximize, rows, cols, constant, fixed_format=fixed)


def infeasible_milp(rng: random.Random, name: str) -> Problem:
    """Integer points miss a parity row whose LP relaxation is feasible: 2x + 2y + 4z = odd."""
    n = rng.randint(3, 4)
    cols = [Column(f"z{j + 1}", float(rng.randint(-5, 5)), 0.0, float(rng.randint(2, 4)), True, "lo_up_int")
            for j in range(n)]
    odd = float(2 * rng.randint(2, 4) + 1)
    rows = [Row("parity", "E", odd), Row("side", "L", float(rng.randint(20, 40)))]
    for j, col in enumerate(cols):
        col.entries["parity"] = float(2 * rng.randint(1, 2))
        col.entries["side"] = float(rng.randint(1, 5))
    cols.append(Column("w", 1.0, 0.0, 10.0, False, "lo_up", {"side": 1.0}))
    return Problem(name, "MILP", "infeasible", rng.random() < 0.5, rows, cols)


def generate(seed: int, count_lp: int, count_milp: int, count_bad: int) -> list[Problem]:
    problems: list[Problem] = []
    for i in range(count_lp):
        rng = random.Random(f"{seed}/lp/{i}")
        # Sizes sweep from 3 x 3 up to 60 x 80, jittered.
        t = i / max(1, count_lp - 1)
        if i == 0:
            m, n = 3, 3
        else:
            m = max(3, min(60, round(3 + 57 * t) + rng.randint(-3, 3)))
            n = max(3, min(80, round(3 + 77 * t) + rng.randint(-4, 4)))
        if i == count_lp - 1:
            m, n = 60, 80
        fixed = i % 10 == 3 or i % 10 == 8 and i % 20 == 8
        problems.append(random_lp(rng, f"lp{i + 1:03d}", m, n, i % 2 == 1, fixed))
    kinds = ["knapsack", "cover", "assign", "general", "general_fixed"]
    for i in range(count_milp):
        rng = random.Random(f"{seed}/milp/{i}")
        kind = kinds[i % len(kinds)]
        size = 5 + round(20 * i / max(1, count_milp - 1))  # integers: 5 .. 25
        name = f"milp{i + 1:03d}_{kind.split('_')[0]}"
        if kind == "knapsack":
            problems.append(milp_knapsack(rng, name, size))
        elif kind == "cover":
            problems.append(milp_cover(rng, name, size))
        elif kind == "assign":
            agents = 2 if size < 10 else rng.choice([3, 4])
            problems.append(milp_assignment(rng, name, agents, max(2, size // agents)))
        else:
            problems.append(milp_general(rng, name, size, rng.randint(1, 4), rng.random() < 0.5, kind == "general_fixed"))
    for i in range(count_bad):
        rng = random.Random(f"{seed}/bad/{i}")
        m, n = rng.randint(4, 30), rng.randint(4, 40)
        which = i % 4
        if which in (0, 2):
            problems.append(infeasible_lp(rng, f"infeas_lp{i + 1:02d}", m, n))
        elif which == 1:
            problems.append(unbounded_lp(rng, f"unbnd_lp{i + 1:02d}", m, n))
        else:
            problems.append(infeasible_milp(rng, f"infeas_milp{i + 1:02d}"))
    return problems


# --------------------------------------------------------------------------------------------
# Solving
# --------------------------------------------------------------------------------------------

def quiet_highs() -> highspy.Highs:
    """A Highs instance, created with stdout closed so its banner does not mix into the table."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            h = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("output_flag", False)
    return h


def highs_solve(path: Path) -> tuple[str, float, highspy.HighsLp | None, str]:
    """(status, objective, the model as HiGHS read it, message)."""
    h = quiet_highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 1e-9)
    h.setOptionValue("mip_abs_gap", 1e-9)
    status = h.readModel(str(path))
    if status == highspy.HighsStatus.kError:
        return "read_error", math.nan, None, "HiGHS could not read the file"
    h.run()
    ms = h.getModelStatus()
    S = highspy.HighsModelStatus
    name = {
        S.kOptimal: "optimal", S.kInfeasible: "infeasible", S.kUnbounded: "unbounded",
        S.kUnboundedOrInfeasible: "infeasible_or_unbounded",
    }.get(ms, h.modelStatusToString(ms).replace(" ", "_").lower())
    objective = h.getInfo().objective_function_value if name == "optimal" else math.nan
    return name, objective, h.getLp(), ""


STATUS_RE = re.compile(r"^status:\s*(\S+)", re.M)
OBJECTIVE_RE = re.compile(r"^objective:\s*(\S+)", re.M)


BOUND_RE = re.compile(r"^best bound:\s*(\S+)", re.M)


def ours_solve(binary: str, path: Path, timeout: float, options: list[str] | None = None) -> tuple[str, float, float, str]:
    """(status, objective, seconds, message) from `aifactory solve`."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([binary, "solve", str(path)] + (options if options is not None else ["--mip-gap", "1e-9"]),
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", math.nan, time.perf_counter() - start, f"no answer within {timeout:g} s"
    seconds = time.perf_counter() - start
    status = STATUS_RE.search(proc.stdout)
    objective = OBJECTIVE_RE.search(proc.stdout)
    if not status:
        message = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        return f"error(exit {proc.returncode})", math.nan, seconds, message[0] if message else ""
    try:
        value = float(objective.group(1)) if objective else math.nan
    except ValueError:
        value = math.nan
    if options and "--mip-gap" in options:
        bound = BOUND_RE.search(proc.stdout)
        return status.group(1), value, seconds, f"bound={bound.group(1)}" if bound else ""
    return status.group(1), value, seconds, ""


def model_differences(p: Problem, lp: highspy.HighsLp) -> list[str]:
    """Where HiGHS read the file differently from what the generator meant: a dialect problem
    in the writer, not a solver disagreement."""
    problems: list[str] = []
    names = list(lp.col_names_)
    if len(names) != len(p.columns) or lp.num_row_ != len(p.rows):
        return [f"HiGHS read {lp.num_row_} rows x {lp.num_col_} columns, meant {len(p.rows)} x {len(p.columns)}"]
    want_max = p.maximize
    if (lp.sense_ == highspy.ObjSense.kMaximize) != want_max:
        problems.append("objective sense")
    if abs(lp.offset_ - p.objective_constant) > 1e-12:
        problems.append(f"objective constant {lp.offset_} != {p.objective_constant}")
    integrality = list(lp.integrality_) if len(lp.integrality_) else [highspy.HighsVarType.kContinuous] * len(names)

    def same(a: float, b: float) -> bool:
        return a == b or (abs(a) >= 1e20 and abs(b) >= 1e20 and (a > 0) == (b > 0))

    for j, col in enumerate(p.columns):
        if not same(lp.col_lower_[j], col.lower) or not same(lp.col_upper_[j], col.upper):
            problems.append(f"{col.name} bounds [{lp.col_lower_[j]}, {lp.col_upper_[j]}] != [{col.lower}, {col.upper}]")
        if (integrality[j] == highspy.HighsVarType.kInteger) != col.integer:
            problems.append(f"{col.name} integrality")
        if lp.col_cost_[j] != col.cost:
            problems.append(f"{col.name} cost {lp.col_cost_[j]} != {col.cost}")
    for i, row in enumerate(p.rows):
        lo, up = row.limits()
        if not same(lp.row_lower_[i], lo) or not same(lp.row_upper_[i], up):
            problems.append(f"{row.name} limits [{lp.row_lower_[i]}, {lp.row_upper_[i]}] != [{lo}, {up}]")
    return problems[:5]


@dataclass
class Outcome:
    name: str
    kind: str
    rows: int
    cols: int
    ints: int
    ours: str
    ours_obj: float
    seconds: float
    highs: str
    highs_obj: float
    rel: float
    ok: bool
    note: str
    path: Path
    declined: bool = False


def statuses_agree(ours: str, highs: str) -> bool:
    if ours == highs:
        return True
    # HiGHS may stop at "infeasible or unbounded" (dual infeasible after presolve).
    return highs == "infeasible_or_unbounded" and ours in ("infeasible", "unbounded")


def check(path: Path, binary: str, timeout: float, problem: Problem | None) -> Outcome:
    h_status, h_obj, lp, h_msg = highs_solve(path)
    rows = lp.num_row_ if lp is not None else 0
    cols = lp.num_col_ if lp is not None else 0
    ints = 0
    if lp is not None and len(lp.integrality_):
        ints = sum(1 for v in lp.integrality_ if v == highspy.HighsVarType.kInteger)
    kind = problem.kind if problem else ("MILP" if ints else "LP")
    o_status, o_obj, seconds, o_msg = ours_solve(binary, path, timeout)
    notes = [x for x in (h_msg, o_msg) if x]
    if problem is not None and lp is not None:
        diffs = model_differences(problem, lp)
        if diffs:
            notes.append("HiGHS read the model differently: " + "; ".join(diffs))
    rel = math.nan
    declined = o_status in DECLINED
    if o_status == "optimal" and h_status == "optimal":
        rel = abs(o_obj - h_obj) / max(1.0, abs(h_obj))
        ok = rel <= REL_TOL
    else:
        ok = statuses_agree(o_status, h_status)
    if problem is not None and ok and o_status != problem.expected:
        ok = False
        notes.append(f"expected {problem.expected}")
    if problem is not None and any(n.startswith("HiGHS read the model differently") for n in notes):
        ok = False
    return Outcome(path.stem, kind, rows, cols, ints, o_status, o_obj, seconds, h_status, h_obj, rel, ok,
                   "; ".join(notes), path, declined and not ok)


def check_plan(path: Path, binary: str, timeout: float, gap: float, node_limit: int) -> list[Outcome]:
    """A build-out model from `aifactory plan --export-lp`, checked as the planner solves it:
    the LP relaxations must agree to 1e-6, and HiGHS's integer optimum must lie between our
    incumbent and our best bound (the planner stops at a relative gap, so its incumbent is only
    claimed to be within that gap of the optimum, and that claim is what is checked)."""
    h_status, h_obj, lp, _ = highs_solve(path)
    rows, cols = (lp.num_row_, lp.num_col_) if lp is not None else (0, 0)
    ints = sum(1 for v in lp.integrality_ if v == highspy.HighsVarType.kInteger) if lp is not None and len(lp.integrality_) else 0
    relaxed = quiet_highs()
    relaxed.readModel(str(path))
    relaxed.setOptionValue("solver", "ipm")
    model = relaxed.getLp()
    model.integrality_ = [highspy.HighsVarType.kContinuous] * model.num_col_
    relaxed.passModel(model)
    relaxed.run()
    r_status = "optimal" if relaxed.getModelStatus() == highspy.HighsModelStatus.kOptimal else "other"
    r_obj = relaxed.getInfo().objective_function_value
    o_status, o_obj, seconds, _ = ours_solve(binary, path, timeout, ["--relaxation"])
    rel = abs(o_obj - r_obj) / max(1.0, abs(r_obj)) if o_status == r_status == "optimal" else math.nan
    label = path.parts[-3] if path.parent.name == "plan" and len(path.parts) >= 3 else path.stem
    lp_outcome = Outcome(label + " LP", "PLAN", rows, cols, 0, o_status, o_obj, seconds, r_status, r_obj, rel,
                         o_status == r_status == "optimal" and rel <= REL_TOL, "LP relaxation", path)
    m_status, m_obj, m_seconds, m_note = ours_solve(
        binary, path, timeout, ["--mip-gap", repr(gap), "--node-limit", str(node_limit)])
    bound = float(m_note.split("=", 1)[1]) if m_note.startswith("bound=") else math.nan
    maximize = lp is not None and lp.sense_ == highspy.ObjSense.kMaximize
    ok = m_status in ("optimal", "nodeLimit") and h_status == "optimal" and not math.isnan(bound)
    note = f"ours {m_obj!r} .. bound {bound!r}"
    if ok:
        slack = REL_TOL * max(1.0, abs(h_obj))
        low, high = (m_obj, bound) if maximize else (bound, m_obj)
        ok = low - slack <= h_obj <= high + slack
        note += "; HiGHS optimum inside" if ok else "; HiGHS optimum OUTSIDE our bracket"
        rel = abs(m_obj - h_obj) / max(1.0, abs(h_obj))
    else:
        rel = math.nan
    milp_outcome = Outcome(label + " MILP", "PLAN", rows, cols, ints, m_status, m_obj, m_seconds, h_status, h_obj,
                           rel, ok, note, path)
    return [lp_outcome, milp_outcome]


def fmt_obj(v: float) -> str:
    return "-" if math.isnan(v) else repr(v)


def collect_extra(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for text in paths:
        p = Path(text)
        if p.is_dir():
            files += sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() == ".mps")
        elif p.is_file():
            files.append(p)
        else:
            print(f"highs_crosscheck: no such file or directory: {text}", file=sys.stderr)
            sys.exit(2)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description="Cross-check `aifactory solve` against HiGHS on random LPs/MILPs and given MPS files.")
    parser.add_argument("mps", nargs="*", help="extra MPS files, or directories whose *.mps files are all checked")
    parser.add_argument("--binary", default=".build/release/aifactory", help="the aifactory executable (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the random problems (default: %(default)s)")
    parser.add_argument("--count-lp", type=int, default=48, help="feasible random LPs (default: %(default)s)")
    parser.add_argument("--count-milp", type=int, default=25, help="feasible random MILPs (default: %(default)s)")
    parser.add_argument("--count-bad", type=int, default=8,
                        help="infeasible / unbounded problems: infeasible LP, unbounded LP, infeasible LP, infeasible MILP, repeating (default: %(default)s)")
    parser.add_argument("--keep", metavar="DIR", help="write the generated MPS files here and keep them")
    parser.add_argument("--failures", metavar="DIR", default="/tmp/xcheck-failures",
                        help="copy the MPS file of every disagreement here (default: %(default)s)")
    parser.add_argument("--plan", action="append", default=[], metavar="MPS",
                        help="a build-out model from `aifactory plan --export-lp` (file or directory), checked as the planner solves it")
    parser.add_argument("--plan-gap", type=float, default=1e-3, help="relative gap the plan models are solved to (default: %(default)s, the planner's)")
    parser.add_argument("--plan-node-limit", type=int, default=2000, help="node limit for plan models (default: %(default)s, the planner's)")
    parser.add_argument("--max-declined", type=float, default=0.05,
                        help="share of random problems our solver may decline (numerical trouble) without failing the check; "
                             "a wrong status or objective always fails (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed per solve of our binary (default: %(default)s)")
    args = parser.parse_args()

    binary = args.binary
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"highs_crosscheck: {binary} is not an executable; build it with `swift build -c release` or pass --binary.", file=sys.stderr)
        return 2
    extra = collect_extra(args.mps)
    plans = collect_extra(args.plan)

    started = time.perf_counter()
    temp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        temp = tempfile.TemporaryDirectory(prefix="xcheck-")
        folder = Path(temp.name)

    jobs: list[tuple[Path, Problem | None]] = []
    for p in generate(args.seed, args.count_lp, args.count_milp, args.count_bad):
        path = folder / f"{p.name}.mps"
        path.write_text(write_mps(p))
        jobs.append((path, p))
    jobs += [(path, None) for path in extra]

    print(f"HiGHS {quiet_highs().version()}, binary {binary}, seed {args.seed}, {len(jobs)} problems"
          f"{f', files in {folder}' if args.keep else ''}")
    header = f"{'problem':<22} {'kind':<4} {'rows':>5} {'cols':>5} {'ints':>4}  {'ours':<12} {'objective':>24} {'time':>7}  {'HiGHS':<12} {'objective':>24} {'rel.diff':>9}  result"
    print(header)
    print("-" * len(header))
    outcomes: list[Outcome] = []
    checks = [(path, problem) for path, problem in jobs] + [(path, "plan") for path in plans]
    for path, problem in checks:
        results = check_plan(path, binary, args.timeout, args.plan_gap, args.plan_node_limit) if problem == "plan" \
            else [check(path, binary, args.timeout, problem)]
        for o in results:
            outcomes.append(o)
            print_outcome(o, args.failures)
    failed = report_and_judge(outcomes, args, header, started)
    if temp is not None:
        temp.cleanup()
    return 1 if failed else 0


def print_outcome(o: Outcome, failures: str) -> None:
    """One table line; the MPS file of anything but agreement is copied to `failures`."""
    rel = "-" if math.isnan(o.rel) else f"{o.rel:.1e}"
    line = (f"{o.name[:22]:<22} {o.kind:<4} {o.rows:>5} {o.cols:>5} {o.ints:>4}  {o.ours[:12]:<12} {fmt_obj(o.ours_obj):>24} "
            f"{o.seconds:>6.2f}s  {o.highs[:12]:<12} {fmt_obj(o.highs_obj):>24} {rel:>9}  {'ok' if o.ok else 'declined' if o.declined else 'MISMATCH'}")
    if o.note:
        line += f"  ({o.note})"
    print(line, flush=True)
    if not o.ok:
        target = Path(failures)
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(o.path, target / o.path.name)


def report_and_judge(outcomes: list[Outcome], args: argparse.Namespace, header: str, started: float) -> bool:
    """Prints the summary; True when the check fails."""
    declined = [o for o in outcomes if o.declined]
    failed = [o for o in outcomes if not o.ok and not o.declined]
    elapsed = time.perf_counter() - started
    print("-" * len(header))
    for kind in ("LP", "MILP", "PLAN"):
        group = [o for o in outcomes if o.kind == kind]
        if group:
            print(f"{kind:<4}: {sum(o.ok for o in group)}/{len(group)} agree, {sum(o.declined for o in group)} declined "
                  f"({sum(o.ours == 'optimal' for o in group)} optimal, {sum(o.ours == 'infeasible' for o in group)} infeasible, "
                  f"{sum(o.ours == 'unbounded' for o in group)} unbounded by ours)")
    largest = max(outcomes, key=lambda o: o.rows * o.cols, default=None)
    if largest:
        print(f"largest: {largest.name} with {largest.rows} rows x {largest.cols} columns; "
              f"our solve time {sum(o.seconds for o in outcomes):.1f} s in all; total {elapsed:.1f} s")
    random_count = sum(1 for o in outcomes if o.kind in ("LP", "MILP"))
    too_many = len(declined) > args.max_declined * max(1, random_count) or any(o.kind == "PLAN" for o in declined)
    if declined:
        print(f"{len(declined)} declined by our solver (numerical trouble), allowed up to {args.max_declined:.0%} of random problems: "
              + ", ".join(o.name for o in declined))
    if failed:
        print(f"{len(failed)} DISAGREEMENT(S), MPS files copied to {args.failures}: " + ", ".join(o.name for o in failed))
    elif too_many:
        print("TOO MANY DECLINED")
    else:
        print("no disagreements")
    return bool(failed) or too_many


if __name__ == "__main__":
    sys.exit(main())
