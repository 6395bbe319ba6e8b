#!/usr/bin/env python3
"""Randomised differential test of `aifactory solve` against HiGHS (highspy).

`--count` models are generated from `--seed`, cycling through the model families (`--families`),
written as MPS (with the writer of highs_crosscheck.py), solved by our binary
(`aifactory solve FILE --mip-gap 1e-9`) and by HiGHS (mip_rel_gap 1e-9), and compared:

- wrong status: we say infeasible or unbounded and HiGHS says otherwise, or we say optimal and
  HiGHS says infeasible or unbounded;
- wrong optimum: both optimal and |ours - HiGHS| > 1e-6 * max(1, |HiGHS|);
- declined: we end in numericalTrouble, iterationLimit, notProven or nodeLimit (exit 2 without
  a claim). Not a wrong answer; counted per family.

HiGHS's "infeasible or unbounded" (and, for MILPs, "unbounded") is resolved by re-solving with
presolve off and then with a zero objective (feasible -> unbounded, infeasible -> infeasible).
Each model also carries the generator's own expected status (and, for some families, the
optimal objective); HiGHS disagreeing with that, or reading the file differently from what the
generator meant, is a fault of the test, reported as such.

Exit status: 0 when nothing disagrees, 1 on any wrong answer, crash, timeout or test fault,
2 when the test cannot run (highspy or the binary missing). See README.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import highs_crosscheck as hc  # noqa: E402  (exits 2 itself when highspy is missing)
from highs_crosscheck import INF, Column, Problem, Row, quarter  # noqa: E402

import highspy  # noqa: E402

DEFAULT_SEED = 1
REL_TOL = hc.REL_TOL
HIGHS_SECONDS = 10.0  # HiGHS's time limit per solve
DECLINES = ("numericalTrouble", "iterationLimit", "notProven", "nodeLimit")


# --------------------------------------------------------------------------------------------
# The generator: a known feasible point and a known dual-feasible point
# --------------------------------------------------------------------------------------------

CONT_STYLES = ["default", "lo", "up", "lo_up", "fx", "fr", "mi", "mi_up", "pl_lo"]
# Integer columns: boxed ones, and ones with an infinite bound (fr, mi, lo, pl_lo, mi_up, default).
INT_STYLES = ["lo_up_int", "li_ui", "bv", "ui", "fx", "fr", "mi", "lo", "pl_lo", "mi_up", "up"]


def bounds_for(rng: random.Random, style: str, integer: bool) -> tuple[float, float, str]:
    """(lower, upper, style) for a column written with `style`."""
    q = (lambda a, b: float(rng.randint(int(a), int(b)))) if integer else (lambda a, b: quarter(rng, a, b))
    if style == "default":
        return 0.0, INF, style
    if style in ("lo", "pl_lo"):
        return q(-10, 10), INF, style
    if style in ("up", "ui"):
        return 0.0, q(1, 20), style
    if style in ("lo_up", "lo_up_int"):
        lo = q(-10, 10)
        return lo, lo + (float(rng.randint(1, 12)) if integer else quarter(rng, 0.25, 15)), style
    if style == "li_ui":
        lo = q(-6, 3)
        return lo, lo + float(rng.randint(1, 9)), style
    if style == "bv":
        return 0.0, 1.0, style
    if style == "fx":
        v = q(-5, 5)
        return v, v, style
    if style in ("fr", "mi"):
        return -INF, INF, style
    if style == "mi_up":
        return -INF, q(-10, 10), style
    raise ValueError(style)


@dataclass
class Built:
    problem: Problem
    x0: list[float]
    coef: list[dict[int, float]]  # row i -> {column j: a_ij}


def construct(rng: random.Random, name: str, m: int, n: int, *, int_share: float = 0.0,
              cont_weights: list[float] | None = None, int_weights: list[float] | None = None,
              row_weights: tuple[float, float, float, float] = (15, 35, 35, 15),
              density: float | None = None, tight: float = 0.5, complementary: bool = False,
              dual_zero: float = 0.3, empty_rows: int = 0, empty_cols: int = 0,
              maximize: bool | None = None) -> Built:
    """A feasible and bounded LP/MILP. A point x0 (integer on integer columns) satisfies every
    row; costs are c = A^T y + d for a dual point (y, d) whose signs fit the rows and bounds, so
    the LP relaxation is bounded (and with it the MILP, its data being rational). With
    `complementary`, y and d are nonzero only where x0 is tight, which makes x0 an optimum of the
    LP relaxation: its objective is then known (`expected_objective`), and with `tight` near 1
    and many zero duals the optimum is primal and dual degenerate."""
    fixed = rng.random() < 0.2
    if maximize is None:
        maximize = rng.random() < 0.5
    cont_weights = cont_weights or [18, 12, 6, 20, 6, 8, 3, 8, 3]
    int_weights = int_weights or [14, 8, 5, 4, 4, 10, 5, 10, 4, 8, 4]
    cols: list[Column] = []
    x0: list[float] = []
    for j in range(n):
        integer = rng.random() < int_share
        style = rng.choices(INT_STYLES if integer else CONT_STYLES, weights=int_weights if integer else cont_weights)[0]
        lo, up, style = bounds_for(rng, style, integer)
        step = (lambda a, b: float(rng.randint(int(a), int(b)))) if integer else (lambda a, b: quarter(rng, a, b))
        if lo == -INF and up == INF:
            x = step(-8, 8)
        elif lo == -INF:
            x = up - (0.0 if rng.random() < tight else step(0, 5))
        elif up == INF:
            x = lo + (0.0 if rng.random() < tight else step(0, 5))
        else:
            r = rng.random()
            x = lo if r < tight / 2 else up if r < tight else step(lo, up)
        x0.append(x)
        cols.append(Column(f"x{j + 1}", 0.0, lo, up, integer, style))
    if density is None:
        density = rng.uniform(0.15, 0.5) if n > 8 else rng.uniform(0.4, 0.8)
    coef: list[dict[int, float]] = []
    for _ in range(m):
        row = {j: float(rng.choice([-1, 1]) * rng.randint(1, 9)) for j in range(n) if rng.random() < density}
        coef.append(row or {rng.randrange(n): float(rng.choice([-1, 1]) * rng.randint(1, 9))})
    for j in range(n - empty_cols):  # every column but the deliberately empty ones has an entry
        if m and not any(j in c for c in coef):
            coef[rng.randrange(m)][j] = float(rng.choice([-1, 1]) * rng.randint(1, 9))
    for j in range(n - empty_cols, n):
        for c in coef:
            c.pop(j, None)
    rows: list[Row] = []
    y_sign: list[str] = []
    for i in range(m):
        act = sum(a * x0[j] for j, a in coef[i].items())
        kind = rng.choices(["E", "L", "G", "R"], weights=row_weights)[0]
        slack = 0.0 if rng.random() < tight else float(rng.randint(1, 10))
        rname = f"r{i + 1}"
        if kind == "E":
            rows.append(Row(rname, "E", act))
            y_sign.append("*")
        elif kind == "L":
            rows.append(Row(rname, "L", act + slack))
            y_sign.append("-" if slack == 0 or not complementary else "0")
        elif kind == "G":
            rows.append(Row(rname, "G", act - slack))
            y_sign.append("+" if slack == 0 or not complementary else "0")
        else:
            width = float(rng.randint(1, 12))
            below = 0.0 if slack == 0 else float(rng.randint(0, int(width)))
            at_upper = rng.random() < 0.5
            lo_r, up_r = (act - width, act) if at_upper and slack == 0 else (act - below, act - below + width)
            sign = rng.choice([-1.0, 1.0])
            kind2 = rng.choice(["E", "L", "G"])
            if kind2 == "L":
                rows.append(Row(rname, "L", up_r, sign * width))
            elif kind2 == "G":
                rows.append(Row(rname, "G", lo_r, sign * width))
            else:
                rows.append(Row(rname, "E", lo_r if sign > 0 else up_r, sign * width))
            if not complementary:
                y_sign.append("*")
            elif act == up_r:
                y_sign.append("-")
            elif act == lo_r:
                y_sign.append("+")
            else:
                y_sign.append("0")
    d_sign: list[str] = []
    for j, col in enumerate(cols):
        lo, up, x = col.lower, col.upper, x0[j]
        if lo == up:
            d_sign.append("*")
        elif not complementary:
            d_sign.append("0" if lo == -INF and up == INF else "-" if lo == -INF else "+" if up == INF else "*")
        else:
            d_sign.append("+" if x == lo else "-" if x == up else "0")

    def signed(sign: str, scale: float) -> float:
        v = quarter(rng, 0.25, scale) if rng.random() >= dual_zero else 0.0
        return {"+": v, "-": -v, "0": 0.0, "*": v * rng.choice([-1, 1])}[sign]

    y = [signed(s, 3) for s in y_sign]
    d = [signed(s, 4) for s in d_sign]
    c = list(d)
    for i in range(m):
        for j, a in coef[i].items():
            c[j] += a * y[i]
    for j in range(n):
        cols[j].cost = -c[j] if maximize else c[j]
        cols[j].entries = {rows[i].name: coef[i][j] for i in range(m) if j in coef[i]}
    for k in range(empty_rows):  # rows without entries whose limits hold 0 (activity 0)
        kind = rng.choice(["E", "L", "G", "R"])
        rname = f"e{k + 1}"
        if kind == "E":
            rows.insert(rng.randint(0, len(rows)), Row(rname, "E", 0.0))
        elif kind == "L":
            rows.insert(rng.randint(0, len(rows)), Row(rname, "L", float(rng.randint(0, 5))))
        elif kind == "G":
            rows.insert(rng.randint(0, len(rows)), Row(rname, "G", -float(rng.randint(0, 5))))
        else:
            rows.insert(rng.randint(0, len(rows)), Row(rname, "L", float(rng.randint(0, 3)), float(rng.randint(3, 6))))
    constant = float(rng.randint(-40, 40)) if rng.random() < 0.3 else 0.0
    kind = "MILP" if any(col.integer for col in cols) else "LP"
    p = Problem(name, kind, "optimal", maximize, rows, cols, constant, free_row=rng.random() < 0.1, fixed_format=fixed)
    if complementary and kind == "LP":
        p.expected_objective = sum(col.cost * x for col, x in zip(cols, x0)) + constant  # type: ignore[attr-defined]
    return Built(p, x0, coef)


def add_contradiction(rng: random.Random, b: Built) -> None:
    """Rows a.x <= s, c.x <= t and (a + c).x >= s + t + 3: infeasible in any relaxation."""
    p = b.problem
    n = len(p.columns)
    total: dict[int, float] = {}
    rhs_total = 0.0
    for tag in ("ca", "cb"):
        pick = rng.sample(range(n), min(n, rng.randint(1, 4)))
        coefs = {j: float(rng.choice([-1, 1]) * rng.randint(1, 5)) for j in pick}
        rhs = float(rng.randint(-5, 20))
        p.rows.append(Row(tag, "L", rhs))
        for j, a in coefs.items():
            p.columns[j].entries[tag] = a
            total[j] = total.get(j, 0.0) + a
        rhs_total += rhs
    total = {j: a for j, a in total.items() if a != 0}
    p.rows.append(Row("csum", "G", rhs_total + 3))
    for j, a in total.items():
        p.columns[j].entries["csum"] = a
    if not total:  # the two rows cancelled: the sum row 0 >= s + t + 3 needs s + t + 3 > 0
        p.rows[-1].rhs = abs(rhs_total) + 3
    p.expected = "infeasible"


def add_inconsistent_equalities(rng: random.Random, b: Built) -> None:
    """The sum of two equality rows, with its right-hand side off by a nonzero amount."""
    p = b.problem
    eqs = [i for i, r in enumerate(p.rows[:len(b.coef)]) if r.kind == "E" and r.rng is None]
    if len(eqs) < 2:
        add_contradiction(rng, b)
        return
    i, k = rng.sample(eqs, 2)
    s = {}
    for src in (i, k):
        for j, a in b.coef[src].items():
            s[j] = s.get(j, 0.0) + a
    s = {j: a for j, a in s.items() if a != 0}
    rhs = p.rows[i].rhs + p.rows[k].rhs + rng.choice([-1, 1]) * quarter(rng, 0.25, 3)
    p.rows.append(Row("dup", "E", rhs))
    for j, a in s.items():
        p.columns[j].entries["dup"] = a
    p.expected = "infeasible"


def add_ray(rng: random.Random, b: Built, integer: bool) -> None:
    """Two nonnegative columns whose entries cancel and whose costs improve along their sum."""
    p = b.problem
    names = rng.sample([r.name for r in p.rows], min(len(p.rows), 3)) if p.rows else []
    coef = {r: float(rng.choice([-1, 1]) * rng.randint(1, 6)) for r in names}
    c1 = float(rng.randint(-3, 3))
    c2 = -c1 - float(rng.randint(1, 4))
    if p.maximize:
        c1, c2 = -c1, -c2
    style = rng.choice(["default", "lo"]) if not integer else rng.choice(["lo", "pl_lo"])
    p.columns.append(Column("rayp", c1, 0.0, INF, integer, style, dict(coef)))
    p.columns.append(Column("rayq", c2, 0.0, INF, integer, style, {r: -v for r, v in coef.items()}))
    if integer:
        p.kind = "MILP"
    p.expected = "unbounded"


def add_parity_row(rng: random.Random, b: Built, over: list[int]) -> None:
    """g * (integer combination of integer columns) = value not divisible by g: no integer point."""
    p = b.problem
    g = rng.choice([2, 2, 3, 4])
    p.rows.append(Row("parity", "E", float(g * rng.randint(-3, 3) + rng.randint(1, g - 1))))
    for j in over:
        p.columns[j].entries["parity"] = float(g * rng.choice([-2, -1, 1, 2]))
    p.expected = "infeasible"


# --------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------

def fam_lp_mixed(rng: random.Random, name: str) -> Problem:
    """highs_crosscheck's random LP: every BOUNDS type, RANGES, OBJSENSE, fixed/free MPS."""
    return hc.random_lp(rng, name, rng.randint(2, 25), rng.randint(2, 30), rng.random() < 0.5, rng.random() < 0.2)


def fam_lp_bounds(rng: random.Random, name: str) -> Problem:
    """Free, fixed and boxed columns dominate."""
    weights = [4, 4, 2, 25, 20, 20, 5, 8, 2]
    return construct(rng, name, rng.randint(1, 20), rng.randint(1, 25), cont_weights=weights).problem


def fam_lp_empty(rng: random.Random, name: str) -> Problem:
    """Empty rows and empty columns; a few of them make the model infeasible or unbounded."""
    m, n = rng.randint(0, 15), rng.randint(1, 20)
    ec = rng.randint(1, min(n, 4)) if rng.random() < 0.8 else 0
    er = rng.randint(1, 4) if rng.random() < 0.8 or ec == 0 else 0
    b = construct(rng, name, m, n, empty_rows=er, empty_cols=ec)
    p = b.problem
    twist = rng.random()
    if twist < 0.1:  # an empty row whose limits exclude 0
        p.rows.append(Row("ebad", rng.choice(["E", "G"]), float(rng.randint(1, 5))))
        p.expected = "infeasible"
    elif twist < 0.2:  # an empty column that improves without limit
        cost = -float(rng.randint(1, 5))
        p.columns.append(Column("eray", -cost if p.maximize else cost, 0.0, INF, False, rng.choice(["default", "lo", "pl_lo"])))
        p.expected = "unbounded"
    elif twist < 0.3:  # an empty free column with a cost
        cost = float(rng.choice([-1, 1]) * rng.randint(1, 5))
        p.columns.append(Column("efree", cost, -INF, INF, False, "fr"))
        p.expected = "unbounded"
    return p


def fam_lp_equality(rng: random.Random, name: str) -> Problem:
    """Mostly equality rows, some of them sums of others (rank deficient), few degrees of freedom."""
    n = rng.randint(2, 25)
    m = max(1, n - rng.randint(0, 3))
    b = construct(rng, name, m, n, row_weights=(85, 5, 5, 5))
    p = b.problem
    eqs = [i for i, r in enumerate(p.rows) if r.kind == "E" and r.rng is None]
    for t in range(rng.randint(0, 3) if len(eqs) >= 2 else 0):
        i, k = rng.sample(eqs, 2)
        fi, fk = float(rng.choice([-2, -1, 1, 2])), float(rng.choice([-1, 1, 3]))
        s = {}
        for src, f in ((i, fi), (k, fk)):
            for j, a in b.coef[src].items():
                s[j] = s.get(j, 0.0) + f * a
        s = {j: a for j, a in s.items() if a != 0}
        if not s:
            continue
        rname = f"sum{t + 1}"
        p.rows.append(Row(rname, "E", fi * p.rows[i].rhs + fk * p.rows[k].rhs))
        for j, a in s.items():
            p.columns[j].entries[rname] = a
    return p


def fam_lp_degenerate(rng: random.Random, name: str) -> Problem:
    """x0 is an optimum (complementary duals), most rows tight at it, many zero duals, duplicated
    and scaled rows: primal and dual degenerate. The optimal objective is known."""
    n = rng.randint(2, 20)
    m = rng.randint(n // 2 + 1, 2 * n + 2)
    b = construct(rng, name, m, n, tight=0.9, complementary=True, dual_zero=rng.choice([0.3, 0.6, 0.9]),
                  row_weights=(10, 40, 40, 10))
    p = b.problem
    for t in range(rng.randint(0, 3)):  # duplicates of inequality rows, scaled (same feasible set)
        i = rng.randrange(len(b.coef))
        r = p.rows[i]
        if r.rng is not None:
            continue
        f = float(rng.choice([1, 2, 3]))
        rname = f"dup{t + 1}"
        p.rows.append(Row(rname, r.kind, f * r.rhs))
        for j, a in b.coef[i].items():
            p.columns[j].entries[rname] = f * a
    return p


def fam_lp_infeasible(rng: random.Random, name: str) -> Problem:
    r = rng.random()
    if r < 0.25:
        return hc.infeasible_lp(rng, name, rng.randint(2, 20), rng.randint(2, 25))
    b = construct(rng, name, rng.randint(1, 18), rng.randint(2, 22), row_weights=(40, 25, 25, 10) if r < 0.6 else (15, 35, 35, 15))
    if r < 0.6:
        add_inconsistent_equalities(rng, b)
    elif r < 0.85:
        add_contradiction(rng, b)
    else:  # a row forcing a boxed or fixed column past its bound
        p = b.problem
        boxed = [j for j, c in enumerate(p.columns) if c.upper < INF and c.lower > -INF and not p.columns[j].entries.get("over")]
        if not boxed:
            add_contradiction(rng, b)
        else:
            j = rng.choice(boxed)
            f = float(rng.randint(1, 4))
            p.rows.append(Row("over", "G", f * (p.columns[j].upper + quarter(rng, 0.25, 3))))
            p.columns[j].entries["over"] = f
            p.expected = "infeasible"
    return b.problem


def fam_lp_unbounded(rng: random.Random, name: str) -> Problem:
    r = rng.random()
    if r < 0.3:
        return hc.unbounded_lp(rng, name, rng.randint(2, 20), rng.randint(2, 25))
    b = construct(rng, name, rng.randint(1, 18), rng.randint(2, 22))
    if r < 0.8:
        add_ray(rng, b, False)
    else:  # a free column in one equality row with a free partner: the pair moves together
        p = b.problem
        a = float(rng.randint(1, 5))
        p.rows.append(Row("pair", "E", 0.0))
        cost = float(rng.randint(1, 4)) * rng.choice([-1, 1])
        p.columns.append(Column("fa", cost, -INF, INF, False, "fr", {"pair": a}))
        p.columns.append(Column("fb", 0.0, -INF, INF, False, rng.choice(["fr", "mi"]), {"pair": -a}))
        p.expected = "unbounded"
    return b.problem


def fam_milp_classic(rng: random.Random, name: str) -> Problem:
    """highs_crosscheck's knapsack, set cover, assignment and general boxed-integer MILPs."""
    kind = rng.choice(["knapsack", "cover", "assign", "general"])
    size = rng.randint(3, 14)
    if kind == "knapsack":
        return hc.milp_knapsack(rng, name, size)
    if kind == "cover":
        return hc.milp_cover(rng, name, size)
    if kind == "assign":
        return hc.milp_assignment(rng, name, rng.randint(2, 3), rng.randint(2, 5))
    return hc.milp_general(rng, name, size, rng.randint(0, 4), rng.random() < 0.5, rng.random() < 0.2)


def fam_milp_infbounds(rng: random.Random, name: str) -> Problem:
    """Integer columns with infinite bounds (free, MI, LO only, MI+UP), mixed with boxed and
    continuous columns; the optimum exists because the duals are feasible."""
    weights = [6, 3, 2, 1, 3, 16, 8, 14, 5, 12, 2]
    b = construct(rng, name, rng.randint(1, 12), rng.randint(1, 12), int_share=rng.uniform(0.5, 1.0),
                  int_weights=weights, dual_zero=0.2)
    return b.problem


def fam_milp_equality(rng: random.Random, name: str) -> Problem:
    """Equality-heavy MILPs around an integer point (few integer points besides it)."""
    n = rng.randint(2, 12)
    b = construct(rng, name, max(1, n - rng.randint(1, 3)), n, int_share=rng.uniform(0.6, 1.0),
                  row_weights=(80, 7, 7, 6), density=rng.uniform(0.3, 0.7))
    return b.problem


def fam_milp_infeasible(rng: random.Random, name: str) -> Problem:
    r = rng.random()
    if r < 0.2:
        return hc.infeasible_milp(rng, name)
    b = construct(rng, name, rng.randint(1, 10), rng.randint(2, 12), int_share=rng.uniform(0.5, 1.0))
    p = b.problem
    ints = [j for j, c in enumerate(p.columns) if c.integer]
    if r < 0.7 and ints:
        add_parity_row(rng, b, rng.sample(ints, rng.randint(1, min(len(ints), 4))))
    else:
        add_contradiction(rng, b)
    p.kind = "MILP" if ints else "LP"
    return p


def fam_milp_unbounded(rng: random.Random, name: str) -> Problem:
    """A feasible MILP plus an integer ray (two integer columns whose entries cancel), or an
    integer column without entries whose cost improves towards an infinite bound."""
    b = construct(rng, name, rng.randint(1, 10), rng.randint(1, 12), int_share=rng.uniform(0.5, 1.0))
    p = b.problem
    if rng.random() < 0.75:
        add_ray(rng, b, True)
    else:
        cost = -float(rng.randint(1, 5))
        free = rng.choice(["fr", "lo", "lo"]) == "fr"  # a free integer, or one with only a lower bound
        lo = -INF if free else float(rng.randint(-5, 5))
        p.columns.append(Column("iray", -cost if p.maximize else cost, lo, INF, True, "fr" if free else "lo"))
        p.kind = "MILP"
        p.expected = "unbounded"
    return p


def fam_milp_lpunbounded_infeasible(rng: random.Random, name: str) -> Problem:
    """No integer point, but the LP relaxation is unbounded: a parity row over free integers
    whose kernel direction improves the objective, next to a feasible bounded block."""
    b = construct(rng, name, rng.randint(0, 8), rng.randint(1, 10), int_share=rng.uniform(0.0, 1.0))
    p = b.problem
    g = rng.choice([2, 3, 4])
    k = rng.randint(1, 3)
    style = rng.choice(["fr", "mi", "lo", "pl_lo"])
    lo = -INF if style in ("fr", "mi") else float(rng.randint(-5, 5))
    # Columns u (coefficient g*k) and v (coefficient -g*k): u - v stays, u + v moves freely.
    p.rows.append(Row("parity", "E", float(g * rng.randint(-3, 3) + rng.randint(1, g - 1))))
    cu = -float(rng.randint(1, 4))
    cv = float(rng.randint(-2, 2))
    cu, cv = cu - max(0.0, cv), cv  # cu + cv < 0: the ray (1, 1) improves a minimisation
    if p.maximize:
        cu, cv = -cu, -cv
    p.columns.append(Column("u", cu, lo, INF, True, style, {"parity": float(g * k)}))
    p.columns.append(Column("v", cv, lo, INF, True, style, {"parity": float(-g * k)}))
    p.kind = "MILP"
    p.expected = "infeasible"
    return p


FAMILIES = {
    "lp_mixed": fam_lp_mixed,
    "lp_bounds": fam_lp_bounds,
    "lp_empty": fam_lp_empty,
    "lp_equality": fam_lp_equality,
    "lp_degenerate": fam_lp_degenerate,
    "lp_infeasible": fam_lp_infeasible,
    "lp_unbounded": fam_lp_unbounded,
    "milp_classic": fam_milp_classic,
    "milp_infbounds": fam_milp_infbounds,
    "milp_equality": fam_milp_equality,
    "milp_infeasible": fam_milp_infeasible,
    "milp_unbounded": fam_milp_unbounded,
    "milp_lpunb_infeas": fam_milp_lpunbounded_infeasible,
}


def make(seed: int, index: int, families: list[str]) -> tuple[str, Problem]:
    family = families[index % len(families)]
    rng = random.Random(f"{seed}/{family}/{index}")
    return family, FAMILIES[family](rng, f"{family}_{seed}_{index}")


# --------------------------------------------------------------------------------------------
# HiGHS, with its ambiguous statuses resolved
# --------------------------------------------------------------------------------------------

def status_name(h: highspy.Highs) -> str:
    S = highspy.HighsModelStatus
    ms = h.getModelStatus()
    return {S.kOptimal: "optimal", S.kInfeasible: "infeasible", S.kUnbounded: "unbounded",
            S.kUnboundedOrInfeasible: "infeasible_or_unbounded"}.get(ms, h.modelStatusToString(ms).replace(" ", "_").lower())


def highs_reference(path: Path) -> dict:
    """HiGHS's answer: status (optimal, infeasible, unbounded or something undecided), objective,
    and the model as read. "infeasible or unbounded" is re-solved with presolve off; if still
    undecided (or for a MILP "unbounded"), a zero-objective solve decides feasibility."""
    h = hc.quiet_highs()
    for key, value in (("mip_rel_gap", 1e-9), ("mip_abs_gap", 1e-9), ("time_limit", HIGHS_SECONDS)):
        h.setOptionValue(key, value)
    if h.readModel(str(path)) == highspy.HighsStatus.kError:
        return {"status": "read_error", "objective": math.nan, "lp": None, "raw": "read_error", "steps": []}
    lp = h.getLp()
    is_mip = len(lp.integrality_) > 0 and any(v == highspy.HighsVarType.kInteger for v in lp.integrality_)
    h.run()
    raw = status_name(h)
    status, steps = raw, []
    objective = h.getInfo().objective_function_value if raw == "optimal" else math.nan
    if raw == "time_limit_reached" and is_mip and h.getInfo().primal_solution_status == 2:
        # A hard MILP (HiGHS too works to a 1e-9 gap): keep HiGHS's incumbent and dual bound,
        # between which any optimum claimed by us must lie.
        info = h.getInfo()
        return {"status": "bracket", "objective": info.objective_function_value, "bound": info.mip_dual_bound,
                "maximize": lp.sense_ == highspy.ObjSense.kMaximize, "lp": lp, "raw": raw, "steps": [], "mip": True}
    if status == "infeasible_or_unbounded":
        h.setOptionValue("presolve", "off")
        h.clearSolver()
        h.run()
        status = status_name(h)
        steps.append(f"presolve off: {status}")
    if status == "infeasible_or_unbounded" or (status == "unbounded" and is_mip):
        f = hc.quiet_highs()
        f.setOptionValue("time_limit", HIGHS_SECONDS)
        zero = h.getLp()
        zero.col_cost_ = [0.0] * zero.num_col_
        f.passModel(zero)
        f.run()
        feas = status_name(f)
        steps.append(f"zero objective: {feas}")
        status = {"optimal": "unbounded", "infeasible": "infeasible"}.get(feas, "undecided")
    return {"status": status, "objective": objective, "lp": lp, "raw": raw, "steps": steps, "mip": is_mip}


# --------------------------------------------------------------------------------------------
# One model
# --------------------------------------------------------------------------------------------

@dataclass
class Result:
    index: int
    family: str
    verdict: str  # agree, declined, wrong_status, wrong_objective, crash, timeout, test_fault
    ours: str
    ours_obj: float
    highs: str
    highs_obj: float
    expected: str
    seconds: float
    note: str


def run_ours(binary: str, path: Path, timeout: float) -> dict:
    start = time.perf_counter()
    try:
        proc = subprocess.run([binary, "solve", str(path), "--mip-gap", "1e-9"], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "objective": math.nan, "seconds": time.perf_counter() - start, "exit": None, "stdout": ""}
    out = {"seconds": time.perf_counter() - start, "exit": proc.returncode, "stdout": proc.stdout[-2000:],
           "stderr": proc.stderr[-2000:]}
    status = hc.STATUS_RE.search(proc.stdout)
    objective = hc.OBJECTIVE_RE.search(proc.stdout)
    out["status"] = status.group(1) if status else f"error(exit {proc.returncode})"
    try:
        out["objective"] = float(objective.group(1)) if objective else math.nan
    except ValueError:
        out["objective"] = math.nan
    bound = hc.BOUND_RE.search(proc.stdout)
    out["bound"] = bound.group(1) if bound else None
    return out


def judge(problem: Problem | None, ours: dict, ref: dict) -> tuple[str, str]:
    """(verdict, note). Without a generated `problem` (a given MPS file), HiGHS's resolved
    answer is the only reference."""
    o, h = ours["status"], ref["status"]
    notes: list[str] = []
    if problem is None:
        problem = Problem("given", "", "bracket" if h == "bracket" else h, False, [], [])
    elif ref["lp"] is not None:
        diffs = hc.model_differences(problem, ref["lp"])
        if diffs:
            return "test_fault", "HiGHS read the model differently: " + "; ".join(diffs)
    if h not in ("optimal", "infeasible", "unbounded", "bracket"):
        return "skipped", f"HiGHS gave no answer ({ref['raw']}; {', '.join(ref['steps'])})"
    if h != problem.expected and not (h == "bracket" and problem.expected == "optimal"):
        return "test_fault", f"HiGHS says {h}, the generator meant {problem.expected}"
    expected_obj = getattr(problem, "expected_objective", None)
    if expected_obj is not None and h == "optimal" and abs(ref["objective"] - expected_obj) > REL_TOL * max(1.0, abs(expected_obj)):
        return "test_fault", f"HiGHS optimum {ref['objective']!r}, the generator's {expected_obj!r}"
    if o == "timeout":
        return "timeout", "no answer in time"
    if o.startswith("error") or (ours["exit"] not in (0, 2)):
        text = (ours.get("stderr") or ours.get("stdout") or "").strip()
        return "crash", text.splitlines()[-1] if text else "no output"
    if o in DECLINES:
        return "declined", ""
    if o not in ("optimal", "infeasible", "unbounded"):
        return "crash", f"unknown status {o}"
    if (o == "optimal") != (ours["exit"] == 0):
        notes.append(f"exit {ours['exit']} with status {o}")
        return "crash", "; ".join(notes)
    if h == "bracket":
        if o != "optimal":
            return "wrong_status", f"ours {o}, HiGHS has a feasible point and a finite bound"
        low, high = (ref["objective"], ref["bound"]) if ref["maximize"] else (ref["bound"], ref["objective"])
        slack = REL_TOL * max(1.0, abs(ref["objective"]))
        if not low - slack <= ours["objective"] <= high + slack:
            return "wrong_objective", f"ours {ours['objective']!r} outside HiGHS's [{low!r}, {high!r}] (time limit)"
        return "agree", "inside HiGHS's bracket"
    if o != h:
        return "wrong_status", f"ours {o}, HiGHS {h}"
    if o == "optimal":
        diff = abs(ours["objective"] - ref["objective"])
        if not diff <= REL_TOL * max(1.0, abs(ref["objective"])):
            return "wrong_objective", f"ours {ours['objective']!r}, HiGHS {ref['objective']!r}"
    return "agree", ""


def check_one(seed: int, index: int, families: list[str], folder: Path, binary: str, timeout: float,
              failures: Path | None) -> Result:
    family, problem = make(seed, index, families)
    path = folder / f"{problem.name}.mps"
    path.write_text(hc.write_mps(problem))
    ref = highs_reference(path)
    ours = run_ours(binary, path, timeout)
    verdict, note = judge(problem, ours, ref)
    result = Result(index, family, verdict, ours["status"], ours["objective"], ref["status"], ref["objective"],
                    problem.expected, ours["seconds"], note)
    if verdict not in OK_VERDICTS and failures is not None:
        failures.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, failures / path.name)
        record = {
            "model": path.name, "family": family, "seed": seed, "index": index, "verdict": verdict, "note": note,
            "generator_expected": problem.expected,
            "ours": {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in ours.items()},
            "highs": {"status": ref["status"], "raw_status": ref["raw"], "resolution": ref["steps"],
                      "objective": None if math.isnan(ref["objective"]) else ref["objective"]},
        }
        (failures / (path.stem + ".json")).write_text(json.dumps(record, indent=2, default=str) + "\n")
    path.unlink()
    return result


def check_file(path: Path, binary: str, timeout: float) -> Result:
    """A given MPS file (e.g. from regressions/), judged against HiGHS alone."""
    ref = highs_reference(path)
    ours = run_ours(binary, path, timeout)
    verdict, note = judge(None, ours, ref)
    return Result(-1, "file:" + path.stem, verdict, ours["status"], ours["objective"], ref["status"], ref["objective"],
                  "-", ours["seconds"], note)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

# skipped: HiGHS itself gave no answer in its time limit (and no incumbent), so nothing to compare.
VERDICTS = ("agree", "declined", "skipped", "wrong_status", "wrong_objective", "crash", "timeout", "test_fault")
OK_VERDICTS = ("agree", "declined", "skipped")


def summary(results: list[Result], families: list[str]) -> str:
    lines = []
    head = (f"{'family':<18} {'models':>6} {'agree':>6} {'declined':>8} {'decl%':>6} {'wrongSt':>7} {'wrongObj':>8} "
            f"{'crash':>5} {'t/o':>4} {'fault':>5} {'skip':>4}  {'ours: opt/inf/unb/decl':<24} {'our s/model':>11}")
    lines.append(head)
    lines.append("-" * len(head))
    for fam in families + ["TOTAL"]:
        group = results if fam == "TOTAL" else [r for r in results if r.family == fam]
        if not group:
            continue
        c = {v: sum(r.verdict == v for r in group) for v in VERDICTS}
        st = f"{sum(r.ours == 'optimal' for r in group)}/{sum(r.ours == 'infeasible' for r in group)}/" \
             f"{sum(r.ours == 'unbounded' for r in group)}/{sum(r.ours in DECLINES for r in group)}"
        if fam == "TOTAL":
            lines.append("-" * len(head))
        lines.append(f"{fam:<18} {len(group):>6} {c['agree']:>6} {c['declined']:>8} {100 * c['declined'] / len(group):>5.1f}% "
                     f"{c['wrong_status']:>7} {c['wrong_objective']:>8} {c['crash']:>5} {c['timeout']:>4} {c['test_fault']:>5} {c['skipped']:>4}  "
                     f"{st:<24} {sum(r.seconds for r in group) / len(group):>11.3f}")
    declines = {}
    for r in results:
        if r.verdict == "declined":
            declines[(r.family, r.ours)] = declines.get((r.family, r.ours), 0) + 1
    if declines:
        lines.append("declines by status: " + ", ".join(f"{f} {s} {n}" for (f, s), n in sorted(declines.items())))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Randomised differential test of `aifactory solve` against HiGHS.")
    parser.add_argument("--binary", default=".build/release/aifactory", help="the aifactory executable (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the models (default: %(default)s)")
    parser.add_argument("--count", type=int, default=300, help="number of models (default: %(default)s)")
    parser.add_argument("--start", type=int, default=0, help="index of the first model (default: %(default)s); model i "
                        "depends only on the seed, i and the family list, so one model can be rerun with --start i --count 1")
    parser.add_argument("--families", default="all",
                        help="comma-separated families, cycled through in this order (default: all): " + ", ".join(FAMILIES))
    parser.add_argument("--failures", metavar="DIR", default="/tmp/difftest-failures",
                        help="copy every disagreeing model's MPS here, with a JSON of both answers (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed per solve of our binary (default: %(default)s)")
    parser.add_argument("--max-declined", type=float, default=1.0,
                        help="fail when more than this share of all models is declined (default: %(default)s, never)")
    parser.add_argument("mps", nargs="*", help="MPS files or directories of them to judge against HiGHS instead of generated models")
    parser.add_argument("--progress", type=int, default=0, metavar="N", help="print a progress line every N models")
    args = parser.parse_args()

    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        print(f"differential_test: {args.binary} is not an executable; build it with `swift build -c release` or pass --binary.",
              file=sys.stderr)
        return 2
    families = list(FAMILIES) if args.families == "all" else [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = [f for f in families if f not in FAMILIES]
    if unknown or not families:
        print(f"differential_test: unknown families {unknown}; known: {', '.join(FAMILIES)}", file=sys.stderr)
        return 2
    failures = Path(args.failures)
    if args.mps:
        files = hc.collect_extra(args.mps)
        bad = 0
        for path in files:
            r = check_file(path, args.binary, args.timeout)
            bad += r.verdict not in OK_VERDICTS
            print(f"{path.name:<44} {r.verdict:<16} ours {r.ours} {r.ours_obj!r}, HiGHS {r.highs} {r.highs_obj!r}"
                  + (f"  ({r.note})" if r.note else ""), flush=True)
        print(f"{len(files)} files, {bad} disagree")
        return 1 if bad else 0
    print(f"HiGHS {hc.quiet_highs().version()}, binary {args.binary}, seed {args.seed}, models {args.start}..{args.start + args.count - 1}, "
          f"families {','.join(families)}", flush=True)
    started = time.perf_counter()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="difftest-") as temp:
        for index in range(args.start, args.start + args.count):
            r = check_one(args.seed, index, families, Path(temp), args.binary, args.timeout, failures)
            results.append(r)
            if r.verdict not in OK_VERDICTS:
                print(f"{r.verdict.upper()}: model {r.index} ({r.family}) ours {r.ours} {r.ours_obj!r}, HiGHS {r.highs} "
                      f"{r.highs_obj!r}, meant {r.expected}: {r.note}", flush=True)
            if args.progress and len(results) % args.progress == 0:
                bad = sum(x.verdict not in OK_VERDICTS for x in results)
                print(f"... {len(results)} models, {bad} problems, {time.perf_counter() - started:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    print(summary(results, families))
    bad = [r for r in results if r.verdict not in OK_VERDICTS]
    declined = sum(r.verdict == "declined" for r in results)
    bracketed = sum(r.note == "inside HiGHS's bracket" for r in results)
    if bracketed:
        print(f"{bracketed} MILP(s) where HiGHS hit its {HIGHS_SECONDS:g} s limit: our optimum lay between its incumbent and bound")
    print(f"{len(results)} models in {elapsed:.1f} s ({len(results) / elapsed:.1f}/s); {declined} declined; "
          f"{sum(r.verdict in ('wrong_status', 'wrong_objective') for r in bad)} wrong answers, "
          f"{sum(r.verdict in ('crash', 'timeout') for r in bad)} crashes/timeouts, {sum(r.verdict == 'test_fault' for r in bad)} test faults")
    if bad:
        print(f"FAILED: {len(bad)} model(s), copied to {failures}")
        return 1
    if declined > args.max_declined * len(results):
        print(f"FAILED: {declined} declined, more than {args.max_declined:.0%}")
        return 1
    print("no disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
