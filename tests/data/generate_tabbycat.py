#!/usr/bin/env python3
"""Writes the Tabbycat import folders of tests/data/tabbycat-import.

Every person, team, institution, venue and motion here is invented for this project; only the
file names and column headers follow Tabbycat's import format (an interface). The output is
the same bytes on every run (a fixed seed, no clock), so the committed folders can be checked:

    python3 tests/data/generate_tabbycat.py tests/data/tabbycat-import

What the tests rely on is written out by hand below (who is independent, who conflicts with
whom, which rows of the error files are broken); the remaining people are drawn from name
lists with a seeded generator.
"""
import csv
import io
import random
import sys
import unicodedata
from pathlib import Path

FEMALE = ["Aigerim", "Aruzhan", "Dinara", "Gulnaz", "Zhanar", "Ainur", "Saltanat", "Aliya", "Asel", "Moldir",
          "Tomiris", "Balnur", "Olga", "Irina", "Svetlana", "Natalya", "Yekaterina", "Polina", "Sofia", "Ksenia",
          "Emily", "Hannah", "Grace", "Chloe", "Lucy", "Zoe", "Äsel", "Şynar", "Gülnar", "Ayşa"]
MALE = ["Nurlan", "Yerlan", "Daulet", "Azamat", "Beibit", "Yerzhan", "Olzhas", "Sanzhar", "Rustem", "Miras",
        "Alisher", "Temirlan", "Dmitri", "Pavel", "Nikolai", "Andrei", "Ilya", "Roman", "Kirill", "Oleg",
        "Oliver", "Harry", "Jack", "George", "Noah", "Leo", "Ğalym", "Ärlan", "Nūrbek", "Öskenbai"]
SURNAMES = ["Abdrakhman", "Baitursyn", "Dzhaksybek", "Yesenberlin", "Zhumabay", "Kassym", "Mukhtar", "Nurpeis",
            "Ormanov", "Sagyndyk", "Tulegen", "Ualikhan", "Kudaibergen", "Shaimerden", "Amanzhol", "Berdibek",
            "Volkov", "Sokolov", "Lebedev", "Kuznetsov", "Morozov", "Zaitsev", "Pavlov", "Semyonov", "Golubev",
            "Ashdown", "Whitcombe", "Fennimore", "Hartwell", "Linbury", "Pemberley", "Thornbury", "Wexcombe",
            "Qūnanbai", "Şäkenūly", "Tölegenqyzy", "Öteuli", "Bökeiqan", "Sätbai"]


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


def email(name):
    return ascii_fold(name) + "@example.org"


class People:
    """Invented names, never the same twice, drawn from a seeded generator."""

    def __init__(self, seed, taken=()):
        self.rng = random.Random(seed)
        self.used = set(taken)

    def person(self, gender=None):
        gender = gender or self.rng.choice(["female", "male"])
        while True:
            name = self.rng.choice(FEMALE if gender == "female" else MALE) + " " + self.rng.choice(SURNAMES)
            if name not in self.used:
                self.used.add(name)
                return name, gender

    def phone(self):
        return "+7 7%02d %03d %02d %02d" % (self.rng.randrange(100), self.rng.randrange(1000),
                                           self.rng.randrange(100), self.rng.randrange(100))


def write(folder, name, header, rows, quote_all=False, final_newline=True):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    text = out.getvalue() if final_newline else out.getvalue().rstrip("\n")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


FEEDBACK_HEADER = ["seq", "reference", "name", "text", "answer_type", "required", "from_team", "from_adj",
                   "min_value", "max_value", "choices"]
FEEDBACK = [
    [10, "agree", "Agree", "Did you agree with the decision?", "yesno", 1, 1, 0],
    [11, "concur", "Concur", "Did the panellist's call match yours?", "yesno", 1, 0, 1],
    [20, "adjustment", "Adjustment", "How many points should this judge's speaker scores move?", "float", 1, 0, 1,
     -15, 15],
    [30, "clarity", "Clarity", "How clear was the oral adjudication?", "integerscale", 1, 1, 0, 1, 5],
    [31, "fairness", "Fairness", "How fair was the oral adjudication?", "integerscale", 1, 1, 1, 1, 5],
    [40, "timely", "Timely", "Was the ballot handed in on time?", "checkbox", 0, 0, 1],
    [50, "tone", "Tone", "Describe the judge's tone", "singleselect", 0, 1, 0, "", "", "calm;firm;rushed"],
    [51, "strengths", "Strengths", "What did the judge do well?", "multiselect", 0, 1, 1, "", "",
     "reasoning;structure;feedback"],
    [60, "comments", "Comments", "Anything else?", "longtext", 0, 1, 1],
    [61, "one_word", "One word", "Sum the adjudication up in a word", "text", 0, 1, 0],
    [70, "again", "Again", "Would you like this judge again?", "boolean", 0, 1, 0],
]

# --- australs24team: two-team, three speakers, 24 teams, 29 adjudicators --------------------------

AU_INSTITUTIONS = [  # code, region, name
    ("Aqsu", "Esil", "Aqsu Lyceum of Languages"), ("Berik", "Esil", "Berik Technical College"),
    ("Kokshe", "Esil", "Kokshe Academy of Debate"), ("Dostyq", "Esil", "Dostyq School of Technology"),
    ("Samal", "Esil", "Samal University"), ("Ainur's", "Nura", "Ainur's Academy in Kokterek"),
    ("Ertis", "Nura", "Ertis Pedagogical College"), ("Ozen", "Nura", "Ozen Academy"),
    ("Altyn", "Nura", "Altyn University"), ("Qaratal", "Nura", "Qaratal College"),
    ("Zhelsu", "Zhaiyk", "Zhelsu Institute"), ("Tasbulaq", "Zhaiyk", "Tasbulaq Institute of Technology"),
    ("Merey", "Zhaiyk", "University of Merey"), ("Lesnoy", "Zhaiyk", "Lesnoy Academy"),
]
# (institution, team reference, use_institution_prefix): "Hybrid" has no institution and
# "Kokterek" keeps its reference alone.
AU_TEAMS = [("Aqsu", "1", "TRUE"), ("Aqsu", "2", "TRUE"), ("Berik", "1", "TRUE"), ("Berik", "2", "TRUE"),
            ("Kokshe", "1", "TRUE"), ("Kokshe", "2", "TRUE"), ("", "Hybrid", "FALSE"), ("Dostyq", "1", "TRUE"),
            ("Samal", "1", "TRUE"), ("Ainur's", "1", "TRUE"), ("Ainur's", "Kokterek", "FALSE"),
            ("Ertis", "1", "TRUE"), ("Ozen", "1", "TRUE"), ("Altyn", "1", "TRUE"), ("Altyn", "2", "TRUE"),
            ("Altyn", "3", "TRUE"), ("Qaratal", "1", "TRUE"), ("Zhelsu", "1", "TRUE"), ("Tasbulaq", "1", "TRUE"),
            ("Merey", "1", "TRUE"), ("Merey", "2", "TRUE"), ("Merey", "3", "TRUE"), ("Lesnoy", "1", "TRUE"),
            ("Lesnoy", "2", "TRUE")]
# name, gender, institution, adj_core, independent, base_score, institution_conflicts, team_conflicts,
# adj_conflicts
AU_ADJUDICATORS = [
    ("Arman Seitkali", "male", "Merey", "TRUE", "FALSE", 5, "", "", ""),
    ("Dana Kuanysh", "female", "Kokshe", "TRUE", "FALSE", 5, "", "", ""),
    ("Saule Temirova", "female", "Altyn", "TRUE", "FALSE", 5, "", "", "Inkar Omarova"),
    ("Madina Ospan", "female", "Lesnoy", "FALSE", "TRUE", 3, "", "", ""),
    ("Elena Barsova", "female", "Merey", "FALSE", "TRUE", 4, "", "", "Bolat Zhanov"),
    ("Aigul Rakhimova", "female", "Aqsu", "FALSE", "TRUE", 5, "Ainur's", "Lesnoy 2", ""),
    ("Fyodor Belov", "male", "Aqsu", "FALSE", "TRUE", 4, "Tasbulaq", "", ""),
    ("Karina Chen", "female", "Aqsu", "FALSE", "TRUE", 3, "", "", ""),
    ("Farid Zhaksylyk", "male", "Merey", "FALSE", "FALSE", 4, "", "", ""),
    ("Ella Fairley", "female", "Kokshe", "FALSE", "FALSE", 2, "", "", ""),
    ("Timur Baimenov", "male", "Kokshe", "FALSE", "FALSE", 3, "", "", ""),
    ("Alikhan Rysbek", "male", "Lesnoy", "FALSE", "FALSE", 4, "", "", ""),
    ("Maksim Orlov", "male", "Tasbulaq", "FALSE", "FALSE", 3, "", "Aqsu 2", ""),
    ("Sergei Kim", "male", "Altyn", "FALSE", "FALSE", 4, "", "", ""),
    ("Adil Utepov", "male", "Qaratal", "FALSE", "FALSE", 4, "", "", ""),
    ("Bauyrzhan Kairat", "male", "Qaratal", "FALSE", "FALSE", 3, "Aqsu", "", "Farid Zhaksylyk"),
    ("Vera Mironova", "female", "Ozen", "FALSE", "FALSE", 2, "Dostyq", "", ""),
    ("Daniyar Gabit", "male", "Ertis", "FALSE", "FALSE", 2, "", "Kokshe 1", ""),
    ("Meruyert Issa", "female", "Altyn", "FALSE", "FALSE", 3, "", "", "Bauyrzhan Kairat"),
    ("Bolat Zhanov", "male", "Zhelsu", "FALSE", "FALSE", 1, "", "", ""),
    ("Askar Bekov", "male", "Lesnoy", "FALSE", "FALSE", 2, "Altyn", "", ""),
    ("Roza Bektas", "female", "Ainur's", "FALSE", "FALSE", 2, "", "", ""),
    ("Laura Abenova", "female", "Altyn", "FALSE", "FALSE", 4, "", "", ""),
    ("Marat Dosov", "male", "Zhelsu", "FALSE", "FALSE", 3, "Tasbulaq", "", ""),
    ("Kamila Baimukhan", "female", "Ertis", "FALSE", "FALSE", 4, "", "", ""),
    ("Anuar Kenzhe", "male", "Ertis", "FALSE", "FALSE", 3, "", "", ""),
    ("Äli Sadyq", "male", "Lesnoy", "FALSE", "FALSE", 2, "Kokshe", "", "Daniyar Gabit"),
    ("Inkar Omarova", "female", "Kokshe", "FALSE", "FALSE", 1, "", "", ""),
    ("Dias Nurlan", "male", "Ertis", "FALSE", "FALSE", 2, "", "", "Timur Baimenov"),
]
AU_ADJ_HEADER = ["name", "email", "gender", "phone", "institution", "adj_core", "independent", "base_score",
                 "institution_conflicts", "team_conflicts", "adj_conflicts"]
# Cells of adjudicators.csv replaced by Tabbycat's loose spellings (row number from 1, column):
# every one is accepted.
CHOICES = {
    1: {"gender": "other", "adj_core": "T", "independent": "no"},
    2: {"gender": "femAle ", "adj_core": "TRUE ", "independent": " FALSE "},
    3: {"adj_core": "true"},
    4: {"gender": "f", "independent": "  TRUE"},
    5: {"gender": "female  ", "adj_core": "faLSe"},
    6: {"gender": " female"},
    7: {"gender": "  MALE  ", "adj_core": "n", "independent": "1", "base_score": " 3"},
    8: {"gender": "  FEMAlE", "independent": "yes"},
    9: {"adj_core": "n", "base_score": " 4", "institution_conflicts": " "},
    10: {"gender": "f", "adj_core": "no", "independent": "0"},
    11: {"independent": "no"},
    13: {"gender": "m", "adj_core": "0", "independent": "FAlSE"},
    14: {"independent": "0"},
    15: {"gender": "m", "adj_core": "NO"},
    16: {"gender": "o"},
    18: {"gender": "M", "independent": "0"},
    19: {"adj_core": "YES"},
    21: {"independent": "false"},
    22: {"gender": "F"},
    23: {"gender": "F", "adj_core": "false", "independent": "y"},
    24: {"independent": "NO"},
    25: {"gender": "F", "institution": "Ertis "},
    28: {"adj_core": "f"},
    29: {"independent": "f"},
}
# Cells replaced by values Tabbycat's importer rejects; each is one error at its line and column.
ERRORS = {
    1: {"adj_core": "tru"},
    8: {"adj_core": "nope"},
    9: {"gender": "masculine"},
    14: {"adj_core": "FASE"},
    15: {"independent": "  not"},
    22: {"name": ""},
    23: {"adj_core": "-2"},
    24: {"independent": "asdf"},
    25: {"institution": "Shalqar"},  # no such institution
    27: {"institution": "Lesny"},    # a typo of Lesnoy
}
AU_ROUNDS = [
    ("Round 1", "R1", "preliminary", "random", "FALSE", 0.3, "", 1),
    ("Round 2", "R2", "preliminary", "power paired", "FALSE", 0.5, "", 1),
    ("Round 3", "R3", "preliminary", "power paired", "FALSE", 0.6, "", 1),
    ("Round 4", "R4", "preliminary", "power paired", "TRUE", 0.7, "", 1),
    ("Open Quarterfinal", "OQF", "elimination", "elimination", "TRUE", 0.7, "open", 1),
    ("ESL Semifinal", "SSF", "elimination", "elimination", "TRUE", 0.7, "esl", 1),
    ("Open Semifinal", "OSF", "elimination", "elimination", "TRUE", 0.7, "open", 1),
    ("ESL Grand Final", "SGF", "elimination", "elimination", "TRUE", 0.7, "esl", 1),
    ("Novice Grand Final", "NGF", "elimination", "elimination", "TRUE", 0.7, "novice", 1),
    ("Open Grand Final", "OGF", "elimination", "elimination", "TRUE", 0.7, "open", 1),
]
AU_MOTIONS = {
    "R1": [("Homework", "That schools should abolish homework"),
           ("Uniforms", "That school uniforms do more harm than good"),
           ("Phones", "That phones should be banned in classrooms")],
    "R2": [("Serial comma", "That we should always use the serial, or Oxford, comma"),
           ("Spelling reform", "That English spelling should be reformed to match pronunciation"),
           ("Emoji", "That emoji should count as words in word games")],
    "R3": [("Space tourism", "That space tourism should be banned"),
           ("Mars", "That we should colonise Mars before the oceans are fully mapped"),
           ("Satellites", "That private companies should pay for the orbits they use")],
    "R4": [("Four-day week", "That we support a four-day working week"),
           ("Remote work", "That employers should not be able to require office attendance"),
           ("Gig economy", "That gig workers should be treated as employees")],
    "OQF": [("Public holidays", "That we should replace public holidays with personal days off"),
            ("New Year", "That we regret the tradition of New Year's resolutions"),
            ("Birthdays", "That schools should not celebrate pupils' birthdays")],
    "SSF": [("Bilingual signs", "That every public sign should be bilingual"),
            ("Dubbing", "That films should be subtitled, never dubbed"),
            ("Loanwords", "That languages should resist loanwords")],
    "OSF": [("Robot judges", "That we would let software decide minor court cases"),
            ("Algorithmic news", "That news feeds should be ordered by time only"),
            ("Open source", "That governments should only buy open-source software")],
    "SGF": [("Translation apps", "That translation apps make learning languages pointless"),
            ("Accents", "That we regret accent coaching for newsreaders"),
            ("Dictionaries", "That dictionaries should describe, not prescribe")],
    "NGF": [("Shared chores", "That flatmates should split chores by a rota, not by choice"),
            ("Noise", "That quiet hours should be enforced in every block of flats"),
            ("Leftovers", "That food left in a shared fridge belongs to everyone after a week")],
    "OGF": [("Cashless", "That we should stop printing cash"),
            ("Digital currency", "That central banks should issue digital currencies"),
            ("Local money", "That towns should issue their own currencies")],
}
AU_VENUE_CATEGORIES = [("Accessible", ""), ("Close to tab", ""), ("Auditorium", ""), ("North", "prefix"),
                       ("South", "prefix"), ("East", "prefix"), ("West", "prefix")]


def australs(folder, people):
    write(folder, "regions.csv", ["name"], [["Esil"], ["Nura"], ["Zhaiyk"]])
    write(folder, "institutions.csv", ["code", "region", "name"], AU_INSTITUTIONS, final_newline=False)
    speakers = []
    for institution, reference, prefix in AU_TEAMS:
        for _ in range(3):
            name, gender = people.person()
            speakers.append([name, email(name), gender, institution, reference, prefix])
    write(folder, "speakers.csv", ["name", "email", "gender", "institution", "team_name", "use_institution_prefix"],
          speakers)
    adjudicators = [[name, email(name), gender, people.phone(), institution, core, independent, score, inst_c,
                     team_c, adj_c]
                    for name, gender, institution, core, independent, score, inst_c, team_c, adj_c in AU_ADJUDICATORS]
    write(folder, "adjudicators.csv", AU_ADJ_HEADER, adjudicators, final_newline=False)
    write(folder, "break_categories.csv", ["name", "slug", "seq", "break_size", "is_general", "priority", "rule"],
          [["Open", "open", 10, 8, 1, 30, "aida-2016-australs"], ["ESL", "esl", 20, 4, 0, 20, "aida-2016-australs"],
           ["Novice", "novice", 30, 2, 0, 10, "aida-2016-australs"]], final_newline=False)
    write(folder, "rounds.csv", ["name", "abbreviation", "stage", "draw_type", "silent", "feedback_weight",
                                 "break_category", "weight"], AU_ROUNDS)
    write(folder, "motions.csv", ["rounds", "seq", "reference", "text"],
          [[r, i + 1, ref, text] for r, motions in AU_MOTIONS.items() for i, (ref, text) in enumerate(motions)])
    write(folder, "venue_categories.csv", ["name", "display_in_venue_name"], AU_VENUE_CATEGORIES,
          final_newline=False)
    venues = ([["N%d" % n, 80, "North"] for n in (101, 102, 103, 104, 105)] + [["N001", 82, "North"]] +
              [["S210", 70, "South"], ["S211", 70, "South"], ["S020", 90, "South"]] +
              [["L100", 90, "Close to tab"], ["L101", 100, "Close to tab"]] +
              [["S230", 100, "South"], ["S231", 100, "South"]] +
              [["E%d" % n, 50, "East"] for n in (110, 120, 130, 140)] +
              [["W001", 60, "Accessible"], ["W002", 60, "Accessible"]] +
              [["W%d" % n, 60, "West"] for n in (210, 211, 212, 213)] +
              [["Great Hall", 40, "Auditorium"], ["Small Hall", 42, "Auditorium"]])
    write(folder, "venues.csv", ["name", "priority", "category"], venues)
    write(folder, "team_venue_constraints.csv", ["team", "category", "priority"],
          [["Merey 3", "Accessible", 100], ["Merey 2", "Accessible", 100]], final_newline=False)
    write(folder, "adj_venue_constraints.csv", ["adjudicator", "category", "priority"],
          [["Fyodor Belov", "Close to tab", 75], ["Äli Sadyq", "Close to tab", 75]], final_newline=False)
    write(folder, "adj_feedback_questions.csv", FEEDBACK_HEADER, FEEDBACK)
    return adjudicators


def replaced(rows, changes):
    out = [list(r) for r in rows]
    for number, cells in changes.items():
        for column, value in cells.items():
            out[number - 1][AU_ADJ_HEADER.index(column)] = value
    return out


def tabbycat_tests(folder, australs_rows):
    write(folder / "choices", "judges.csv", AU_ADJ_HEADER, replaced(australs_rows, CHOICES), final_newline=False)
    write(folder / "errors", "judges_invalid_line.csv", AU_ADJ_HEADER, replaced(australs_rows, ERRORS),
          final_newline=False)
    # venues.csv with empty names on lines 9 and 17 and an empty priority on line 21.
    venues = []
    for i, (block, priority, category) in enumerate([("A", 10, 1)] * 4 + [("B", 10, 2)] * 3 + [("B", 10, 3)] * 5 +
                                                    [("C", 20, 4)] * 5 + [("D", 30, 5)] * 2 + [("D", 30, 6)] * 2 +
                                                    [("E", 40, 7)] * 2):
        line = i + 2
        name = "" if line in (9, 17) else "%s%02d" % (block, i + 1)
        venues.append([name, "" if line == 21 else priority, category])
    out = io.StringIO()
    out.write("name,priority,category\n")
    out.write("\n".join(('"%s"' % n if n else "") + ",%s,%s" % (p, c) for n, p, c in venues))
    (folder / "errors" / "venues.csv").write_text(out.getvalue(), encoding="utf-8")


# --- bp88team: BP, 88 teams of two speakers in teams.csv, 80 adjudicators --------------------------

BP_INSTITUTIONS = [  # code, region, name: some codes are not ASCII, some names hold a comma
    ("Almaty", "South", "University of Almaty Hills"), ("Bayan", "Centre", "Bayan College"),
    ("Kök Tóbe", "South", "Kök Tóbe Institute"), ("Dala", "Centre", "Dala University"),
    ("Delta", "West", "Delta Maritime Academy"), ("Egin", "North", "Egin Agricultural College"),
    ("Esik", "South", "University of Esik"), ("Ülken", "West", "University of Ülken"),
    ("Zhar", "North", "University of Zhar"), ("Qyzyl", "North", "University of Qyzyl"),
    ("Temir", "East", "Temir Mining University"), ("Irgiz", "West", "University of Irgiz"),
    ("Ile", "South", "Ile College"), ("Kólsai", "South", "University of Kólsai Lakes"),
    ("Mangyt", "West", "University of Mangyt"), ("Mugalzhar", "West", "University of Mugalzhar"),
    ("North Sayan", "East", "North Sayan University"), ("Pavlodarka", "North", "Pavlodarka University"),
    ("RI Saryarqa", "Centre", "Royal Institute of Saryarqa"), ("Rakhat", "South", "University of Rakhat"),
    ("Steppe Military", "Centre", "Steppe Military Academy"), ("South Sayan", "East", "South Sayan University"),
    ("Sholak", "South", "Sholak Agricultural College"), ("Tau", "East", "Institute of Tau"),
    ("UK Aral", "West", "University of the Khanate, Aral campus"),
    ("UK Balqash", "Centre", "University of the Khanate, Balqash campus"),
    ("UK Shu", "South", "University of the Khanate, Shu campus"),
    ("UK Zaisan Vale", "East", "University of the Khanate, Zaisan Vale campus"),
    ("Ust", "East", "Ust College"),
]
TEAMS_PER_INSTITUTION = [4, 3, 2, 4, 1, 4, 3, 5, 4, 3, 5, 3, 4, 4, 4, 4, 3, 1, 1, 4, 2, 2, 3, 4, 2, 1, 2, 3, 3]
BP_ROUNDS = ([("Round 1", "R1", "preliminary", "random", "FALSE", 0.3, "", 1)] +
             [("Round %d" % n, "R%d" % n, "preliminary", "power paired", "TRUE" if n == 8 else "FALSE",
               0.5 if n == 2 else 0.6 if n == 3 else 0.7, "", 1) for n in range(2, 9)] +
             [("Open Quarterfinal", "OQF", "elimination", "elimination", "TRUE", 0.7, "open", 1),
              ("Novice Semifinal", "NSF", "elimination", "elimination", "TRUE", 0.7, "novice", 1),
              ("Open Semifinal", "OSF", "elimination", "elimination", "TRUE", 0.7, "open", 1),
              ("ESL Grand Final", "SGF", "elimination", "elimination", "TRUE", 0.7, "esl", 1),
              ("Novice Grand Final", "NGF", "elimination", "elimination", "TRUE", 0.7, "novice", 1),
              ("Open Grand Final", "OGF", "elimination", "elimination", "TRUE", 0.7, "open", 1)])
BP_MOTIONS = [
    ("R1", "Maps", "This House would print every school atlas with equal-area maps"),
    ("R2", "Fruit", "This House believes that a tomato is a fruit"),
    ("R3", "Zoos", "This House would close every zoo that cannot release its animals"),
    ("R4", "Voting age", "This House would lower the voting age to sixteen"),
    ("R5", "Heritage", "This House would let cities demolish listed buildings for housing"),
    ("R6", "Wealth tax", "This House supports a global minimum tax on wealth"),
    ("R7", "Nostalgia", "This House regrets the nostalgia industry"),
    ("R8", "Juries", "This House would replace juries with panels of trained citizens"),
    ("OQF", "Sport", "This House would ban advertising at children's sports events"),
    ("NSF", "Exams", "This House would abolish final exams in schools"),
    ("OSF", "Memory", "This House would erase painful memories if it could"),
    ("SGF", "Dialects", "This House would teach every child its local dialect"),
    ("NGF", "Pets", "This House would require a licence to own a pet"),
    ("OGF", "Time", "This House would abolish time zones"),
]


def bp88(folder, people):
    rng = random.Random(88)
    write(folder, "institutions.csv", ["code", "region", "name"], BP_INSTITUTIONS, final_newline=False)
    # Break categories of the teams, in order: 21 open/novice, 10 open/esl, 4 open/esl/novice, the rest open.
    categories = ["open/novice"] * 21 + ["open/esl"] * 10 + ["open/esl/novice"] * 4 + ["open"] * 53
    rng.shuffle(categories)
    categories.remove("open/novice")
    categories.insert(0, "open/novice")  # the first team (its first speaker is named in the tests) is novice
    teams, team_names, references = [], [], set()
    for (code, _, _), count in zip(BP_INSTITUTIONS, TEAMS_PER_INSTITUTION):
        for _ in range(count):
            category = categories[len(teams)]
            row = [code, "", "TRUE", category]
            speakers = []
            for _ in range(2):
                name, gender = ("Aisulu Temirkhan", "female") if not teams and not speakers else people.person()
                speaker_category = ("novice" if "novice" in category and rng.random() < 0.8 else
                                    "esl" if "esl" in category and rng.random() < 0.8 else "")
                speakers.append([name, email(name), gender, speaker_category])
            # The reference is the initials of the speakers' surnames (some not ASCII).
            reference = (speakers[0][0].split()[-1][0] + speakers[1][0].split()[-1][0]).upper()
            while (code, reference) in references:
                reference = reference[0] + chr(ord("A") + rng.randrange(26))
            references.add((code, reference))
            row[1] = reference
            for s in speakers:
                row += s
            teams.append(row)
            team_names.append(code + " " + reference)
    header = ["institution", "reference", "use_institution_prefix", "break_category"]
    for n in (1, 2):
        header += ["speaker%d_%s" % (n, c) for c in ("name", "email", "gender", "category")]
    write(folder, "teams.csv", header, teams)
    write(folder, "break_categories.csv", ["name", "slug", "seq", "break_size", "is_general", "priority", "rule"],
          [["Open", "open", 1, 16, 1, 30, "standard"], ["Novice", "novice", 2, 6, 0, 20, "standard"],
           ["ESL", "esl", 3, 4, 0, 20, "standard"]])
    write(folder, "speaker_categories.csv", ["name", "slug", "seq", "public"],
          [["Novice", "novice", 1, 1], ["ESL", "esl", 2, 1]])
    write(folder, "rounds.csv", ["name", "abbreviation", "stage", "draw_type", "silent", "feedback_weight",
                                 "break_category", "weight"], BP_ROUNDS)
    write(folder, "motions.csv", ["rounds", "reference", "text"], BP_MOTIONS)
    write(folder, "venues.csv", ["name", "priority"],
          [["Block %s %d" % (b, n), p] for b, p in (("A", 80), ("B", 70), ("C", 60), ("D", 50), ("E", 40))
           for n in (101, 102, 103, 104, 105)])
    write(folder, "adj_feedback_questions.csv", FEEDBACK_HEADER, FEEDBACK)

    # 80 adjudicators; the first three are the adjudication core, a few are independent.
    named = {0: ("Gaukhar Sembaeva", "female"), 1: ("Yelena Shadrina", "female"),
             17: ("Nikita Tsoi", "male"), 30: ("Sandugash Öberg", "female"), 41: ("Ruslan Kim-O'Hara", "male")}
    adjudicators, scores = [], []
    for i in range(80):
        name, gender = named.get(i) or people.person()
        people.used.add(name)
        code = BP_INSTITUTIONS[rng.randrange(len(BP_INSTITUTIONS))][0]
        independent = "TRUE" if i in (30, 55, 70) else "FALSE"
        adjudicators.append([name, email(name), gender, "" if independent == "TRUE" else code,
                             "TRUE" if i < 3 else "FALSE", independent])
        scores.append([name, 5 if i < 6 else 3 if i == 41 else rng.choice([1, 2, 2, 3, 3, 3, 4, 4])])
    write(folder, "adjudicators.csv", ["name", "email", "gender", "institution", "adj_core", "independent"],
          adjudicators)
    write(folder, "scores.csv", ["adjudicator", "score"], scores)

    names = [a[0] for a in adjudicators]
    # 17 team conflicts (Nikita Tsoi's only one is with the first team; Sandugash Öberg has two),
    # 12 institution conflicts (never with the adjudicator's own), 12 adjudicator pairs.
    team_conflicts = [["Nikita Tsoi", team_names[0]], ["Sandugash Öberg", team_names[40]],
                      ["Sandugash Öberg", team_names[41]]]
    while len(team_conflicts) < 17:
        pair = [rng.choice(names[45:]), rng.choice(team_names)]
        if pair not in team_conflicts:
            team_conflicts.append(pair)
    write(folder, "team_conflicts.csv", ["adjudicator", "team"], team_conflicts)
    institution_conflicts = []
    while len(institution_conflicts) < 12:
        a = rng.randrange(80)
        code = rng.choice(BP_INSTITUTIONS)[0]
        pair = [names[a], code]
        if code != adjudicators[a][3] and pair not in institution_conflicts:
            institution_conflicts.append(pair)
    write(folder, "institution_conflicts.csv", ["adjudicator", "institution"], institution_conflicts)
    adjudicator_conflicts = [["Sandugash Öberg", "Ruslan Kim-O'Hara"]]
    while len(adjudicator_conflicts) < 12:
        pair = rng.sample(names, 2)
        if pair not in adjudicator_conflicts:
            adjudicator_conflicts.append(pair)
    write(folder, "adjudicator_conflicts.csv", ["adjudicator1", "adjudicator2"], adjudicator_conflicts)


# --- minimal8team: 8 teams of three, 10 adjudicators, 4 prelims and a break of 4 --------------------

def minimal8(folder, people):
    institutions = [("Aral", "Aral Lyceum"), ("Balqash", "Balqash Lyceum"), ("Kaspi", "Kaspi Lyceum"),
                    ("Zaisan", "Zaisan Lyceum"), ("Alakol", "Alakol Lyceum")]
    write(folder, "institutions.csv", ["code", "name"], institutions)
    speakers = []
    for code, reference in [("Aral", "A"), ("Aral", "B"), ("Balqash", "A"), ("Balqash", "B"), ("Kaspi", "A"),
                            ("Kaspi", "B"), ("Zaisan", "A"), ("Alakol", "A")]:
        for _ in range(3):
            speakers.append([people.person()[0], code, reference, "TRUE"])
    write(folder, "speakers.csv", ["name", "institution", "team_name", "use_institution_prefix"], speakers)
    adjudicators = []
    for i, score in enumerate([5, 5, 4, 4, 4, 3, 3, 2, 2]):
        adjudicators.append([people.person()[0], institutions[i % 5][0], score])
    adjudicators.append(["Yerbol Sadvakas", "Alakol", 1])  # named in the tests
    write(folder, "adjudicators.csv", ["name", "institution", "base_score"], adjudicators)
    write(folder, "venues.csv", ["name", "priority"], [["Room %d" % n, 11 - n] for n in range(1, 9)])
    write(folder, "break_categories.csv", ["name", "slug", "seq", "break_size", "is_general", "priority", "rule"],
          [["Open", "open", 1, 4, "true", 1, "standard"]])
    write(folder, "rounds.csv", ["name", "abbreviation", "stage", "draw_type", "silent", "break_category", "weight"],
          [["Round %d" % n, "R%d" % n, "preliminary", "random" if n == 1 else "power paired",
            "TRUE" if n == 4 else "FALSE", "", 1] for n in range(1, 5)] +
          [["Semifinal", "SF", "elimination", "elimination", "TRUE", "open", 1],
           ["Final", "GF", "elimination", "elimination", "TRUE", "open", 1]])
    write(folder, "motions.csv", ["rounds", "reference", "text"],
          [["R1", "Homework", "This House would abolish homework"],
           ["R2", "Uniforms", "This House would abolish school uniforms"],
           ["R3", "Phones", "This House would ban phones in schools"],
           ["R4", "Grades", "This House would replace grades with written reports"],
           ["SF", "Exams", "This House would abolish entrance exams"],
           ["GF", "Languages", "This House would teach three languages from the first year of school"]])


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "tabbycat-import")
    readme = ("Generated by tests/data/generate_tabbycat.py: every name is invented for this project "
              "(MIT, see LICENSE). Only the file names and columns follow Tabbycat's import format.\n")
    people = People(2024)
    australs_adjudicators = australs(out / "australs24team", people)
    bp88(out / "bp88team", People(88, people.used))
    minimal8(out / "minimal8team", People(8, people.used))
    tabbycat_tests(out / "test", australs_adjudicators)
    for folder in ("australs24team", "bp88team", "minimal8team"):
        (out / folder / "readme.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
