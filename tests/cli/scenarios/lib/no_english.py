#!/usr/bin/env python3
"""Reads what tab printed and wrote for a person in Kazakh or Russian and reports, with file and
line: an English word tab uses (the list kept in sync with the English catalogue), a counted noun
in the wrong plural form (the language's count.* entries against CLDR's rules), an ISO date.

Usage: no_english.py LANG WORDS_FILE CATALOGUE_SOURCE FILE...   (exit 1 when anything is found)

What is not a word of a sentence is left out before looking: HTML tags, styles and scripts,
`commands in backticks`, `tab COMMAND ...` invocations, file paths, --flags, [sections] and keys,
and in `tab --help`: a command name opening a line of the command list (before its description
in the language), and the values an option accepts as CLI11 lists them (TEXT:{en,kk,ru}).
"""
import html
import re
import sys

lang, words_file, catalogue_file, *files = sys.argv[1:]
english = {w.strip() for w in open(words_file, encoding="utf-8") if w.strip() and not w.startswith("#")}


def plural_index(n):
    """CLDR plural category of a whole number: 0 one, 1 few, 2 many (ru); 0 one, 1 other (kk)."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


# count.* entries: "{n} команда|{n} команды|{n} команд" -> the noun of each form.
counted = []
for key, text in re.findall(r'\{"(count\.[^"]+)", "([^"]*)"\}', open(catalogue_file, encoding="utf-8").read()):
    nouns = []
    for form in text.split("|"):
        m = re.search(r"\{n\}\s+(\S+)", form)
        nouns.append(m.group(1) if m else None)
    if None not in nouns and len(set(nouns)) > 1:
        counted.append((key, nouns))

CODE = [
    (re.compile(r"<(style|script)\b.*?</\1>", re.S | re.I), " "),
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"<[^>]*>"), " "),
]
NOT_PROSE = [
    re.compile(r"^  [a-z][a-z-]*(?= {2,}[^\x00-\x7f])"),  # (help) "  draw    Провести жеребьёвку ..."
    re.compile(r":\{[a-z0-9,-]+\}"),                      # (help) --lang ТЕКСТ:{en,kk,ru}
    re.compile(r"`[^`]*`"),                                # `tab ballots check R1`
    re.compile(r"\btab(\s+(--?[\w-]+|[A-Za-z0-9_./=-]+))*"),  # tab draw R2 --force
    re.compile(r"\[[a-z_.]+\]"),                           # [draw]
    re.compile(r"\S*[/\\._=@]\S*"),                        # paths, files, keys, e-mail
    re.compile(r"--?[A-Za-z][\w-]*"),                      # --allow-incomplete
]

problems = 0


def report(path, line_no, what):
    global problems
    problems += 1
    print(f"{path}:{line_no}: {what}")


for path in files:
    text = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith(".html"):
        for pattern, repl in CODE:
            # keep line numbers: replace a match by as many newlines as it held
            text = pattern.sub(lambda m: "\n" * m.group(0).count("\n") + " ", text)
        text = html.unescape(text)
    for line_no, line in enumerate(text.split("\n"), 1):
        for date in re.findall(r"\b\d{4}-\d{2}-\d{2}\b", line):
            report(path, line_no, f"ISO date {date}")
        for key, nouns in counted:
            for number, noun in re.findall(r"\b(\d+)\s+(" + "|".join(map(re.escape, set(nouns))) + r")(?!\w)", line):
                want = nouns[min(plural_index(int(number)), len(nouns) - 1)]
                if noun != want:
                    report(path, line_no, f"'{number} {noun}' should be '{number} {want}' ({key})")
        prose = line
        for pattern in NOT_PROSE:
            prose = pattern.sub(" ", prose)
        for word in re.findall(r"[A-Za-z]+", prose):
            if word.lower() in english:
                report(path, line_no, f"English word '{word}' in: {line.strip()[:160]}")

sys.exit(1 if problems else 0)
