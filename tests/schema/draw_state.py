#!/usr/bin/python3
"""`tab draw --state`: its input and its output are covered by schemas. Each state in
tests/schema/states/*.json must validate against docs/schema/draw-state.schema.json, and what
`tab draw --state` prints for it (plain, with --explain, and in every language) must be one JSON
document that validates against docs/schema/draw.schema.json. A state with a key the schema does
not know must be refused by the schema and by tab (exit 1, the key's JSON pointer named).

Usage: draw_state.py TAB SOURCE_DIR
"""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema


def main():
    tab, source = sys.argv[1], Path(sys.argv[2])
    schemas = source / "docs/schema"
    state_schema = jsonschema.Draft202012Validator(json.loads((schemas / "draw-state.schema.json").read_text()))
    draw_schema = jsonschema.Draft202012Validator(json.loads((schemas / "draw.schema.json").read_text()))
    failures = []
    states = sorted((source / "tests/schema/states").glob("*.json"))
    for path in states:
        state = json.loads(path.read_text())
        failures += [f"{path.name}: input: {e.message}" for e in state_schema.iter_errors(state)]
        for args in ([], ["--explain"], ["--lang", "kk"], ["--format", "json", "--lang", "ru"]):
            done = subprocess.run([tab, "draw", "--state", str(path), *args], capture_output=True, text=True)
            what = f"{path.name} {' '.join(args)}"
            if done.returncode != 0:
                failures.append(f"{what}: exit {done.returncode}: {done.stderr.strip()}")
                continue
            draw = json.loads(done.stdout)  # the whole of stdout: one document
            failures += [f"{what}: output: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in draw_schema.iter_errors(draw)]
            if args == ["--explain"] and not all("costs" in room for room in draw["rooms"]):
                failures.append(f"{what}: --explain gave rooms without costs")
    bad = json.loads(states[0].read_text())
    bad["teams"][0]["pointz"] = 3
    if state_schema.is_valid(bad):
        failures.append("the state schema accepts an unknown key")
    done = subprocess.run([tab, "draw", "--state", "-"], input=json.dumps(bad), capture_output=True, text=True)
    if done.returncode != 1 or "/teams/0/pointz: unknown key" not in done.stderr or done.stdout:
        failures.append(f"an unknown key: exit {done.returncode}, stderr {done.stderr.strip()!r}, stdout {done.stdout[:80]!r}")
    for f in failures:
        print(f)
    print(f"{len(states)} states checked, {len(failures)} problems")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
