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
