#!/usr/bin/env python3
"""Writes the schools archives of tests/data/debatexml with tab itself.

A two-team school tournament of invented schools and people (three speakers and a reply, the
australs preset: WSDC-like, ranked on wins then total speaker score; panels of three) is run by tab: five prelims drawn, allocated and simulated, the
break of 8, then QF, SF and GF. `tab export debatexml` writes the archive, and the archive is
then given what real Tabbycat exports have and the importer must take in: Tabbycat's
round abbreviations, a dissenting panellist in some elimination debates (a minority ballot; the decision stands), an iron speech
(one speaker twice) in round 1, a <feedback> element in some <adjudicator>s and Python's
True/False for booleans. Same tab, same bytes:

    python3 tests/data/generate_debatexml.py build/tab tests/data/debatexml
"""
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate_tabbycat import People  # noqa: E402  (the same invented names)

ARCHIVES = {  # file: (tournament name, teams, adjudicators, seed)
    "schools-2024-a.xml": ("Steppe Schools Championship A", 23, 40, 11),
    "schools-2024-b.xml": ("Steppe Schools Championship B", 24, 42, 12),
}
TOML = """name = "{name}"
preset = "australs"
seed = {seed}
language = "en"
start_date = 2024-03-09

[[rounds]]
id = "R1"
draw = "random"
motions = ["THW ban homework in primary schools"]
[[rounds]]
id = "R2"
motions = ["THBT social media has done more harm than good to teenagers"]
[[rounds]]
id = "R3"
motions = ["THW make voting compulsory"]
[[rounds]]
id = "R4"
motions = ["THR the rise of influencer culture"]
[[rounds]]
id = "R5"
motions = ["THW tax sugary drinks"]
[[rounds]]
id = "QF"
stage = "elimination"
break_category = "open"
motions = ["THS a universal basic income"]
[[rounds]]
id = "SF"
stage = "elimination"
break_category = "open"
motions = ["THW abolish school rankings"]
[[rounds]]
id = "GF"
stage = "elimination"
break_category = "open"
motions = ["THBT the space race was worth its cost"]

[[break_categories]]
id = "open"
name = "Open"
size = 8
general = true
"""


ROUND_NAMES = {"R1": "Round 1", "R2": "Round 2", "R3": "Round 3", "R4": "Round 4", "R5": "Round 5",
               "QF": "Quarterfinals", "SF": "Semifinals", "GF": "Grand Final"}


def tab(binary, directory, *args):
    subprocess.run([binary, "-q", "-C", str(directory), *args], check=True, stdout=subprocess.DEVNULL)


def participants(directory, teams, adjudicators, people, rng):
    schools = (teams + 1) // 2
    rows = ["code,name,district"] + ["S%02d,School %02d,District %d" % (i, i, i % 4) for i in range(1, schools + 1)]
    (directory / "institutions.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    rows = ["team,institution,speaker,speaker_id,speaker_categories,break_categories,seed,swing,gender"]
    for i in range(teams):
        school = i // 2 + 1
        for s in range(3):
            name, gender = people.person()
            rows.append("School %02d %s,%s,%s,,,%s,,,%s" % (school, "AB"[i % 2], "S%02d" % school if s == 0 else "",
                                                             name, "open" if s == 0 else "", gender))
    (directory / "teams.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    rows = ["name,institution,strength,trainee,independent,adj_core"]
    for i in range(adjudicators):
        name = people.person()[0]
        school = "S%02d" % rng.randrange(1, schools + 1) if i >= 4 else ""
        rows.append("%s,%s,%d,false,%s,%s" % (name, school, rng.choice([3, 4, 5, 5, 6, 7, 8, 9]),
                                             "true" if not school else "false", "true" if i < 2 else "false"))
    (directory / "adjudicators.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    rows = ["name,priority,tags"] + ["Room %d,%d," % (i, 20 - i) for i in range(1, 13)]
    (directory / "venues.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def run_tournament(binary, directory):
    for r in ("R1", "R2", "R3", "R4", "R5"):
        tab(binary, directory, "draw", r)
        tab(binary, directory, "allocate", r, "--force")
        tab(binary, directory, "simulate", r)
    tab(binary, directory, "break")
    for r in ("QF", "SF", "GF"):
        tab(binary, directory, "draw", r)
        tab(binary, directory, "allocate", r, "--force")
        tab(binary, directory, "simulate", r)


def dissent(debate, adjudicator):
    """The adjudicator votes the other way: its speech scores change sides, rank for rank and
    speaker position for position, so its ballots stay consistent; the majority still decides."""
    sides = debate.findall("side")
    mine = [[b for b in side.iter("ballot") if b.get("adjudicators") == adjudicator] for side in sides]
    for a, b in zip(mine[0], mine[1]):
        a.text, b.text = b.text, a.text
    for side in mine:
        side[0].set("rank", "1" if side[0].get("rank") == "2" else "2")
        side[0].set("minority", "true")


def as_real_exports_are(xml, rng):
    root = ET.fromstring(xml)
    del root.attrib["style"]  # Tabbycat does not name the format: the importer infers it from the debates
    rounds = root.findall("round")
    # Tabbycat names a round in full and gives its short id as an abbreviation (not in the schema).
    for r in rounds:
        r.set("abbreviation", r.get("name"))
        r.set("name", ROUND_NAMES[r.get("abbreviation")])
    # The first speaker of round 1's first debate speaks again in place of the second.
    speeches = rounds[0].find("debate").find("side").findall("speech")
    speeches[1].set("speaker", speeches[0].get("speaker"))
    # A panellist of two elimination debates disagrees with the other two.
    for debate in [d for r in rounds if r.get("elimination") == "true" for d in r.findall("debate")][1:4:2]:
        dissent(debate, debate.get("adjudicators").split()[-1])
    debates = [d.get("id") for r in rounds for d in r.findall("debate")]
    teams = [t.get("id") for t in root.iter("team")]
    for adjudicator in root.iter("adjudicator"):
        if rng.random() < 0.4:
            feedback = ET.SubElement(adjudicator, "feedback", {"score": "%.1f" % rng.choice([2, 3, 3.5, 4, 4.5, 5]),
                                                               "source-team": rng.choice(teams),
                                                               "debate": rng.choice(debates)})
            adjudicator.text = "\n      "
            feedback.tail = "\n    "
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    return re.sub(r'="(true|false)"', lambda m: '="%s"' % m.group(1).capitalize(), text)


def main():
    binary, out = sys.argv[1], Path(sys.argv[2])
    people = People(2025)
    for file, (name, teams, adjudicators, seed) in ARCHIVES.items():
        rng = random.Random(seed)
        with tempfile.TemporaryDirectory() as temp:
            directory = Path(temp)
            (directory / "tournament.toml").write_text(TOML.format(name=name, seed=seed), encoding="utf-8")
            participants(directory, teams, adjudicators, people, rng)
            run_tournament(binary, directory)
            xml = subprocess.run([binary, "-q", "export", "debatexml", str(directory)], check=True,
                                 capture_output=True, text=True).stdout
        (out / file).write_text(as_real_exports_are(xml, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
