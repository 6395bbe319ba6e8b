#!/usr/bin/env bash
# Installs the Debian packages aifactory builds against, when they are missing:
# OpenBLAS and LAPACKE (the optimiser's linear algebra) and pkg-config (to find them).
# Safe to run every time: it does nothing when everything is there.
set -euo pipefail

packages=(libopenblas-dev liblapacke-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
    echo "Installing ${missing[*]} with apt-get ..." >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# HiGHS (highspy), the reference solver of Tests/CrossCheck (test tooling only: the product
# never imports it). A failed install is not fatal here: the cross-check then says so and exits 2.
if ! python3 -c "import highspy" 2>/dev/null; then
    echo "Installing highspy (HiGHS) with pip for the solver cross-check ..." >&2
    python3 -m pip install --quiet highspy 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages highspy 2>/dev/null \
        || echo "warning: could not install highspy; Tests/CrossCheck/highs_crosscheck.py will not run" >&2
fi

# PyYAML, which the fuzzing harness (Tests/Fuzz/fuzz.py) mutates scenarios with (test tooling
# only). A failed install is not fatal: the harness then says so and exits 2.
if ! python3 -c "import yaml" 2>/dev/null; then
    echo "Installing PyYAML with pip for the fuzzing harness ..." >&2
    python3 -m pip install --quiet pyyaml 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages pyyaml 2>/dev/null \
        || echo "warning: could not install PyYAML; Tests/Fuzz/fuzz.py will not run" >&2
fi
