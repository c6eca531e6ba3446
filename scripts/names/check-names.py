#!/usr/bin/env python3
"""Checks Sources/StoryEngine/Names/*.names and prints the zh phrasebooks' names romanised.

  python3 scripts/names/check-names.py          # checks; prints problems; exit 1 if any
  python3 scripts/names/check-names.py --print  # also prints every zh phrasebook name romanised

Checks en-zh.names: the format (sections, ENGLISH<TAB>CHINESE, sorted, no key twice), that every
name part of every *.en.phrasebook [name.f]/[name.m]/[surname] entry is in it, and that each
[chinese] entry reads back as its key through zh-pinyin.names (the Cantonese spellings aside).
Checks zh-pinyin.names: the format, and that every character of the zh phrasebooks' names is in
[char]. Needs nothing beyond Python 3.
"""
import glob
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PHRASEBOOKS = os.path.join(ROOT, "Sources", "StoryEngine", "Phrasebooks")
NAMES = os.path.join(ROOT, "Sources", "StoryEngine", "Names")
NAME_SECTIONS = ("name.f", "name.m", "surname")
CANTONESE = {"Wong", "Lau", "Ho", "Kwan", "Yip"}  # [chinese] keys that are not pinyin
GENRES = ("romance", "revenge", "suspense", "palace")

problems = []


def read_table(path, sections):
    """{section: {key: value}}, reporting format problems."""
    table = {s: {} for s in sections}
    order = {s: [] for s in sections}
    section = None
    name = os.path.relpath(path, ROOT)
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in table:
                problems.append(f"{name}:{number}: unknown section {line}")
            continue
        if section is None:
            problems.append(f"{name}:{number}: entry before any section")
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not all(c and c == c.strip() and " " not in c for c in cells):
            problems.append(f"{name}:{number}: not KEY<TAB>VALUE: {line!r}")
            continue
        key, value = cells
        if key in table[section]:
            problems.append(f"{name}:{number}: {key} twice in [{section}]")
        table[section][key] = value
        order[section].append(key)
    for s in sections:
        if s != "surname" or name.endswith("en-zh.names"):
            if order[s] != sorted(order[s]):
                problems.append(f"{name}: [{s}] is not sorted by code point")
    return table


def phrasebook_names(lang):
    """{genre: {section: [entries]}} of the name sections."""
    out = {}
    for path in sorted(glob.glob(os.path.join(PHRASEBOOKS, f"*.{lang}.phrasebook"))):
        genre = os.path.basename(path).split(".")[0]
        section = None
        for line in open(path, encoding="utf-8"):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if text.startswith("[") and text.endswith("]"):
                section = text[1:-1].strip()
                continue
            if section in NAME_SECTIONS:
                if "|" in text:
                    problems.append(f"{os.path.basename(path)} [{section}]: a name row with cells: {text}")
                out.setdefault(genre, {}).setdefault(section, []).append(text)
    return out


def join_syllables(syllables):
    word = ""
    for s in syllables:
        if word and s[0] in "aoe":
            word += "'"
        word += s
    return word


def capitalised(word):
    return word[:1].upper() + word[1:]


def split_name(name, surnames):
    """(surname, given) by the longest [surname] key, else the first character."""
    for length in range(min(len(name) - 1, max(map(len, surnames))), 1, -1):
        if name[:length] in surnames:
            return name[:length], name[length:]
    return name[:1], name[1:]


def read_surname(surname, pinyin):
    if surname in pinyin["surname"]:
        return pinyin["surname"][surname]
    return join_syllables(pinyin["char"][c] for c in surname)


def read_given(given, pinyin):
    return join_syllables(pinyin["char"][c] for c in given)


def romanise(name, pinyin):
    surname, given = split_name(name, pinyin["surname"])
    parts = [capitalised(read_surname(surname, pinyin))]
    if given:
        parts.append(capitalised(read_given(given, pinyin)))
    return " ".join(parts)


def main():
    show = "--print" in sys.argv[1:]
    en_zh = read_table(os.path.join(NAMES, "en-zh.names"), ("name", "chinese", "surname"))
    pinyin = read_table(os.path.join(NAMES, "zh-pinyin.names"), ("surname", "char"))

    # en-zh.names
    for key, value in {**en_zh["name"], **en_zh["chinese"], **en_zh["surname"]}.items():
        if not re.fullmatch(r"[A-Z][A-Za-z']*[a-z]", key):
            problems.append(f"en-zh.names: odd key {key!r}")
        if not re.fullmatch(r"[\u4e00-\u9fff]+", value):
            problems.append(f"en-zh.names: {key}: not all Chinese characters: {value!r}")
    for key in set(en_zh["name"]) & set(en_zh["chinese"]):
        problems.append(f"en-zh.names: {key} is in both [name] and [chinese]")
    for key in en_zh["surname"]:
        if key not in en_zh["name"] and key not in en_zh["chinese"]:
            problems.append(f"en-zh.names: [surname] {key} is in neither [name] nor [chinese]")
    known = {k.lower() for k in list(en_zh["name"]) + list(en_zh["chinese"])}
    missing = set()
    for genre, sections in phrasebook_names("en").items():
        for section, entries in sections.items():
            for entry in entries:
                for part in entry.split():
                    if part.lower() not in known:
                        missing.add(f"{part} ({genre}.en [{section}])")
    for m in sorted(missing):
        problems.append(f"en-zh.names: missing {m}")
    surname_parts = {p for g in phrasebook_names("en").values() for p in g.get("surname", [])}
    for key, chinese in en_zh["chinese"].items():
        if key in CANTONESE or any(c not in pinyin["char"] for c in chinese):
            continue
        readings = {read_given(chinese, pinyin)}
        if key in surname_parts:
            readings.add(read_surname(chinese, pinyin))
        if key.lower() not in {r.replace("'", "") for r in readings}:
            problems.append(f"en-zh.names: [chinese] {key} {chinese} reads {sorted(readings)}")
    for key, chinese in en_zh["surname"].items():
        if key in en_zh["chinese"] and read_surname(chinese, pinyin) != key.lower():
            problems.append(f"en-zh.names: [surname] {key} {chinese} reads {read_surname(chinese, pinyin)}")

    # zh-pinyin.names
    for section in ("surname", "char"):
        for key, value in pinyin[section].items():
            if not re.fullmatch(r"[a-zü]+('[aoe][a-zü]*)*", value) or re.search(r"[jqxy]ü", value):
                problems.append(f"zh-pinyin.names: [{section}] {key}: odd pinyin {value!r}")
            if section == "char" and len(key) != 1:
                problems.append(f"zh-pinyin.names: [char] key of {len(key)} characters: {key}")
    zh = phrasebook_names("zh")
    for genre, sections in zh.items():
        for section, entries in sections.items():
            for entry in entries:
                for c in entry:
                    if c not in pinyin["char"]:
                        problems.append(f"zh-pinyin.names: {c} ({genre}.zh [{section}] {entry}) not in [char]")

    if not problems and show:
        # Every given name with a surname of its genre, and every surname at least once.
        for genre in GENRES:
            sections = zh.get(genre, {})
            surnames = sections.get("surname", [])
            givens = sections.get("name.f", []) + sections.get("name.m", [])
            pairs = [(surnames[i % len(surnames)], g) for i, g in enumerate(givens)]
            used = {s for s, _ in pairs}
            pairs += [(s, givens[0]) for s in surnames if s not in used]
            print(f"== {genre}.zh: {len(givens)} given names, {len(surnames)} surnames")
            for surname, given in pairs:
                name = surname + given
                got_surname, got_given = split_name(name, pinyin["surname"])
                flag = "" if got_surname == surname else f"   <- split as {got_surname}|{got_given}"
                print(f"{name}\t{romanise(name, pinyin)}{flag}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"ok: en-zh.names {sum(map(len, en_zh.values()))} entries, zh-pinyin.names "
          f"{len(pinyin['surname'])} surnames and {len(pinyin['char'])} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
