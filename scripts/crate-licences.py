#!/usr/bin/env python3
"""Lists the Rust crates compiled into the given workspace binaries, with their licences.

Reads `cargo metadata --format-version 1 --filter-platform TARGET` on standard input and follows
normal dependencies only (build scripts and dev-dependencies are not shipped). scripts/package.sh
installs the list beside each installer's copyright notice."""
import json
import sys

roots = sys.argv[1:]
meta = json.load(sys.stdin)
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}

seen = set()
stack = [p["id"] for p in meta["packages"] if p["name"] in roots and p["source"] is None]
if len(stack) != len(roots):
    sys.exit(f"crate-licences: not all of {roots} are workspace packages")
while stack:
    pid = stack.pop()
    if pid in seen:
        continue
    seen.add(pid)
    for dep in nodes[pid]["deps"]:
        if any(k["kind"] is None for k in dep["dep_kinds"]):
            stack.append(dep["pkg"])

rows = sorted(
    (packages[p]["name"], packages[p]["version"], packages[p].get("license") or "see the crate")
    for p in seen
    if packages[p]["source"] is not None
)
print(f"Rust crates compiled into {' and '.join(roots)} ({len(rows)}), with their licences.")
print("Their sources and licence texts: https://crates.io/crates/<name>/<version>.\n")
for name, version, licence in rows:
    print(f"{name} {version}: {licence}")
