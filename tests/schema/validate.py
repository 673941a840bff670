#!/usr/bin/python3
"""The machine interface's contract: every command's `--format json` output is exactly one JSON
document that validates against its schema in docs/schema/, with the same keys in every language,
and `-q` leaves stderr empty on success.

Usage: validate.py TAB SOURCE_DIR
Prepares three tournaments and two seasons in a scratch folder (the BP school league and the WSDC
open of examples/ with a round drawn, allocated and simulated, a two-team archive imported from
tests/data, and two copies of the example season), then runs every line of tests/schema/cases.txt
on each tournament it names, in English, Kazakh and Russian. A line is `schema | tournaments |
arguments`: the schema's file name in docs/schema/ without `.schema.json`, a comma-separated list
of tournaments (kz, wsdc, archive, season, and season-qualify: the season whose qualifiers are
played, which `season qualify` writes into), and the arguments after `tab -C DIR --format json
--lang LANG`. In the arguments, {scratch} is a new directory path for each run (commands that
create a directory) and {source} the source tree.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema

LANGS = ("en", "kk", "ru")


def run(tab, args, check=True):
    done = subprocess.run([tab, *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f"preparing: tab {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done


def prepare(tab, source, work):
    dirs = {}
    for name, example, rounds in (("kz", "kz-school-league", ("R1",)), ("wsdc", "wsdc-open", ("R1",))):
        d = work / name
        shutil.copytree(source / "examples" / example, d)
        for r in rounds:
            run(tab, ["-q", "-C", str(d), "draw", r])
            run(tab, ["-q", "-C", str(d), "allocate", r, "--force"])
            run(tab, ["-q", "-C", str(d), "simulate", r])
        dirs[name] = d
    archive = work / "archive"
    run(tab, ["-q", "import", "debatexml", str(source / "tests/data/debatexml/schools-2024-a.xml"), str(archive)])
    dirs["archive"] = archive
    # Two copies of the example season: the cases that only read one get it as the example is;
    # `season qualify` gets the other with its three qualifiers played (drawn and simulated), and
    # appends to its regional final (in every language, and again with -q).
    for name in ("season", "season-qualify"):
        season = work / name
        shutil.copytree(source / "examples" / "season-mangystau", season)
        dirs[name] = season
    for qualifier in ("aktau", "zhanaozen", "beineu"):
        for r in ("R1", "R2", "R3"):
            run(tab, ["-q", "-C", str(dirs["season-qualify"] / qualifier), "draw", r])
            run(tab, ["-q", "-C", str(dirs["season-qualify"] / qualifier), "simulate", r])
    return dirs


def key_paths(value, prefix=""):
    """The set of key paths of a document: what must not change with the language."""
    paths = set()
    if isinstance(value, dict):
        for k, v in value.items():
            paths.add(prefix + "/" + k)
            paths |= key_paths(v, prefix + "/" + k)
    elif isinstance(value, list):
        for v in value:
            paths |= key_paths(v, prefix + "[]")
    return paths


def main():
    tab, source = sys.argv[1], Path(sys.argv[2])
    cases = []
    for number, line in enumerate((source / "tests/schema/cases.txt").read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        schema, where, args = (part.strip() for part in line.split("|"))
        cases.append((number, schema, where.split(","), args.split()))
    # A schema may refer to another by its file name ("$ref": "draw.schema.json").
    store = {p.name: json.loads(p.read_text()) for p in (source / "docs/schema").glob("*.schema.json")}
    failures = []
    checked = 0
    with tempfile.TemporaryDirectory() as scratch:
        dirs = prepare(tab, source, Path(scratch))
        runs = 0

        def expand(args):
            nonlocal runs
            runs += 1
            return [a.replace("{scratch}", str(Path(scratch) / f"scratch-{runs}")).replace("{source}", str(source.resolve())) for a in args]

        for number, schema_name, where, args in cases:
            schema_file = source / "docs/schema" / f"{schema_name}.schema.json"
            schema = json.loads(schema_file.read_text())
            jsonschema.Draft202012Validator.check_schema(schema)
            for t in where:
                signatures = {}
                for lang in LANGS:
                    what = f"cases.txt:{number}: {schema_name} on {t} ({lang}): tab {' '.join(args)}"
                    done = run(tab, ["-C", str(dirs[t]), "--format", "json", "--lang", lang, *expand(args)], check=False)
                    if done.returncode != 0:
                        failures.append(f"{what}: exit {done.returncode}: {done.stderr.strip()}")
                        continue
                    try:
                        document = json.loads(done.stdout)  # the whole of stdout: nothing before or after
                    except json.JSONDecodeError as e:
                        failures.append(f"{what}: stdout is not one JSON document: {e}")
                        continue
                    errors = sorted(jsonschema.Draft202012Validator(
                        schema, resolver=jsonschema.RefResolver.from_schema(schema, store=store)).iter_errors(document), key=str)
                    for e in errors[:3]:
                        failures.append(f"{what}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
                    signatures[lang] = key_paths(document)
                    quiet = run(tab, ["-q", "-C", str(dirs[t]), "--format", "json", "--lang", lang, *expand(args)], check=False)
                    if quiet.returncode == 0 and quiet.stderr:
                        failures.append(f"{what}: -q left stderr not empty: {quiet.stderr.strip()[:200]}")
                    checked += 1
                if len(signatures) == len(LANGS) and not signatures["en"] == signatures["kk"] == signatures["ru"]:
                    failures.append(f"cases.txt:{number}: {schema_name} on {t}: keys differ between languages")
    for f in failures:
        print(f)
    print(f"{checked} documents checked against {len(cases)} cases, {len(failures)} problems")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
