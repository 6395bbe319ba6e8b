#!/usr/bin/env python3
"""Fails when Package.swift's target dependencies and the targets' imports disagree.

For every target in Package.swift (library, executable, test), the modules its Swift files
import must be exactly the targets and products it declares, plus the toolchain's own
modules. An import that is not declared builds today only by accident (a transitive
dependency); a declared dependency that nothing imports is a stale edge in the map of the
code. Exit 0 when they agree, 1 with one line per disagreement otherwise.
"""
import os
import re
import sys

TOOLCHAIN = {"Foundation", "FoundationEssentials", "Glibc", "Musl", "Darwin", "Dispatch",
             "Testing", "XCTest", "Synchronization", "_Concurrency", "os"}


def targets(manifest):
    """(kind, name, declared dependency modules) for each target in the manifest."""
    found = []
    for match in re.finditer(r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"', manifest):
        kind, name = match.group(1), match.group(2)
        depth, end = 0, match.start()
        for index in range(match.start() + match.group(0).index("("), len(manifest)):
            if manifest[index] == "(":
                depth += 1
            elif manifest[index] == ")":
                depth -= 1
                if depth == 0:
                    end = index
                    break
        body = manifest[match.end():end]
        declared = set()
        deps = re.search(r"dependencies:\s*\[(.*?)\]\s*(,|\)|$)", body, re.S)
        if deps:
            text = deps.group(1)
            for product in re.finditer(r'\.product\(\s*name:\s*"([^"]+)"', text):
                declared.add(product.group(1))
            text = re.sub(r"\.product\([^)]*\)", "", text)
            declared |= set(re.findall(r'"([^"]+)"', text))
        path = re.search(r'path:\s*"([^"]+)"', body)
        found.append((kind, name, declared, path.group(1) if path else None))
    return found


def imports(folder):
    modules = set()
    for root, _, files in os.walk(folder):
        if "Fixtures" in root.split(os.sep):
            continue
        for file in files:
            if file.endswith(".swift"):
                with open(os.path.join(root, file), encoding="utf-8") as handle:
                    for line in handle:
                        found = re.match(r"\s*(?:@testable\s+|@_exported\s+)?import\s+(?:(?:struct|enum|class|func|protocol)\s+)?(\w+)", line)
                        if found:
                            modules.add(found.group(1))
    return modules


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "Package.swift"), encoding="utf-8") as handle:
        manifest = handle.read()
    problems = []
    checked = 0
    for kind, name, declared, path in targets(manifest):
        if kind == "systemLibrary":
            continue
        folder = os.path.join(root, path) if path else os.path.join(root, "Tests" if kind == "testTarget" else "Sources", name)
        if not os.path.isdir(folder):
            problems.append(f"{name}: no folder {os.path.relpath(folder, root)}")
            continue
        used = imports(folder) - TOOLCHAIN - {name}
        checked += 1
        for module in sorted(used - declared):
            problems.append(f"{name}: imports {module} but Package.swift does not declare it")
        for module in sorted(declared - used):
            problems.append(f"{name}: declares {module} in Package.swift but imports it nowhere")
    for problem in problems:
        print(problem)
    print(f"{checked} targets checked, {len(problems)} disagreement{'s' if len(problems) != 1 else ''} between imports and Package.swift")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
