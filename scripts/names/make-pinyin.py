#!/usr/bin/env python3
"""Writes Sources/StoryEngine/Names/zh-pinyin.names: Chinese characters -> toneless pinyin.

The table the writer uses to romanise Chinese character names ("顾言深" -> "Gu Yanshen").
Run from anywhere: python3 scripts/names/make-pinyin.py  (needs: python3 -m pip install pypinyin)
The output is deterministic for a given pypinyin version; the version is written in the header.

[char]    every character of GB2312 levels 1 and 2 (bytes 0xB0A1-0xF7FE) plus every character of
          the built-in *.zh.phrasebook [name.f]/[name.m]/[surname] sections, with pypinyin's usual
          reading, except the few in NAME_READINGS (where a name's reading is not the usual one).
[surname] family names read differently as a family name (单 shan, 曾 zeng ...) and compound
          family names (欧阳 ouyang, 钮祜禄 niuhulu ...), which the writer matches longest first.
"""
import glob
import os
import re
import sys

import pypinyin
from pypinyin import Style, lazy_pinyin, pinyin

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PHRASEBOOKS = os.path.join(ROOT, "Sources", "StoryEngine", "Phrasebooks")
OUTPUT = os.path.join(ROOT, "Sources", "StoryEngine", "Names", "zh-pinyin.names")
NAME_SECTIONS = ("name.f", "name.m", "surname")

# Characters whose reading in a given name is not pypinyin's first (most common) reading.
NAME_READINGS = {
    "长": "chang",  # 长风, 长安, 长乐 (the family name 长 and 长孙 are zhang: see SURNAMES)
    "朝": "zhao",   # 朝阳, 朝霞, 朝晖 (the family name 朝 is chao: see SURNAMES)
    "珩": "heng",   # 知珩, 书珩 (pypinyin: hang)
    "晟": "sheng",  # 晟睿 (pypinyin: cheng)
}

# Family names whose reading as a family name differs from the [char] reading (a few are the
# same without tones and are listed because they are the classic traps: 沈 华 任), and compound
# family names. Single characters are checked against pypinyin's heteronyms.
SURNAMES = {
    # one character
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha",
    "盖": "ge", "缪": "miao", "乐": "yue", "覃": "qin", "冼": "xian", "繁": "po", "翟": "zhai",
    "种": "chong", "秘": "bi", "沈": "shen", "华": "hua", "黑": "he", "任": "ren", "员": "yun",
    "重": "chong", "长": "zhang", "朝": "chao", "薄": "bo", "都": "du", "蔚": "yu", "宓": "fu",
    "句": "gou", "隗": "wei", "召": "shao", "折": "she", "能": "nai", "祭": "zhai", "佴": "nai",
    "粘": "nian", "乜": "nie", "洗": "xian", "阚": "kan", "便": "pian", "藏": "zang", "莘": "shen",
    "颉": "xie",
    # compound family names (Han)
    "欧阳": "ouyang", "上官": "shangguan", "慕容": "murong", "司马": "sima", "诸葛": "zhuge",
    "东方": "dongfang", "皇甫": "huangfu", "尉迟": "yuchi", "公孙": "gongsun", "长孙": "zhangsun",
    "令狐": "linghu", "夏侯": "xiahou", "宇文": "yuwen", "司徒": "situ", "司空": "sikong",
    "端木": "duanmu", "独孤": "dugu", "南宫": "nangong", "西门": "ximen", "轩辕": "xuanyuan",
    "澹台": "tantai", "万俟": "moqi", "呼延": "huyan", "百里": "baili", "东郭": "dongguo",
    "公冶": "gongye", "太史": "taishi", "申屠": "shentu", "闻人": "wenren", "赫连": "helian",
    "拓跋": "tuoba", "钟离": "zhongli", "濮阳": "puyang", "淳于": "chunyu", "单于": "chanyu",
    "仲孙": "zhongsun", "公羊": "gongyang", "左丘": "zuoqiu", "第五": "diwu", "梁丘": "liangqiu",
    "乐正": "yuezheng", "司寇": "sikou", "巫马": "wuma", "公西": "gongxi", "漆雕": "qidiao",
    "壤驷": "rangsi", "公良": "gongliang", "段干": "duangan", "微生": "weisheng", "羊舌": "yangshe",
    "完颜": "wanyan", "纳兰": "nalan",
    # Manchu clan names (palace dramas), in pinyin
    "富察": "fucha", "钮祜禄": "niuhulu", "乌拉那拉": "wulanala", "瓜尔佳": "gua'erjia",
    "爱新觉罗": "aixinjueluo", "叶赫那拉": "yehenala", "那拉": "nala", "赫舍里": "hesheli",
    "博尔济吉特": "bo'erjijite", "西林觉罗": "xilinjueluo", "郭络罗": "guoluoluo", "乌雅": "wuya",
}
# Readings some surname dictionaries give that pypinyin does not list as a heteronym.
NOT_IN_PYPINYIN = {("黑", "he")}

SYLLABLE = re.compile(r"^[a-zü]+$")


def fix_u(syllable: str) -> str:
    """pypinyin with v_to_u writes ü; ü stays only after l and n (lü, nüe), else it is u."""
    if "ü" in syllable and not syllable.startswith(("l", "n")):
        syllable = syllable.replace("ü", "u")
    return syllable


def reading(char: str) -> str:
    if char in NAME_READINGS:
        return NAME_READINGS[char]
    syllable = lazy_pinyin(char, style=Style.NORMAL, v_to_u=True, errors=lambda _: [""])[0]
    return fix_u(syllable)


def heteronyms(char: str) -> set:
    got = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=True, errors=lambda _: [""])[0]
    return {fix_u(s) for s in got}


def join_syllables(syllables) -> str:
    """One word: an apostrophe before a syllable that starts with a, o or e (gua'erjia)."""
    word = ""
    for s in syllables:
        if word and s[0] in "aoe":
            word += "'"
        word += s
    return word


def phrasebook_name_chars() -> tuple:
    chars, surnames = set(), set()
    for path in sorted(glob.glob(os.path.join(PHRASEBOOKS, "*.zh.phrasebook"))):
        section = None
        for line in open(path, encoding="utf-8"):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if text.startswith("[") and text.endswith("]"):
                section = text[1:-1].strip()
                continue
            if section in NAME_SECTIONS:
                chars.update(text)
                if section == "surname":
                    surnames.add(text)
    return chars, surnames


def gb2312_chars() -> list:
    out = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                out.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the five unassigned cells at the end of row 0xD7
    return out


def main() -> int:
    gb = gb2312_chars()
    name_chars, phrasebook_surnames = phrasebook_name_chars()
    chars = sorted(set(gb) | name_chars)
    problems = []
    table = {}
    for c in chars:
        r = reading(c)
        if not SYLLABLE.match(r):
            problems.append(f"{c} U+{ord(c):04X}: no pinyin ({r!r})")
            continue
        table[c] = r
    for name, value in SURNAMES.items():
        if len(name) == 1:
            if value not in heteronyms(name) and (name, value) not in NOT_IN_PYPINYIN:
                problems.append(f"surname {name} {value}: not one of pypinyin's readings {sorted(heteronyms(name))}")
        else:
            plain = value.replace("'", "")
            options = [heteronyms(c) | {table.get(c, "")} for c in name]
            # the reading must split into one of each character's readings, in order
            def splits(rest, i):
                if i == len(options):
                    return rest == ""
                return any(rest.startswith(o) and splits(rest[len(o):], i + 1) for o in options[i] if o)
            if not splits(plain, 0):
                problems.append(f"surname {name} {value}: does not split into its characters' readings")
        for c in name:
            if c not in table:
                problems.append(f"surname {name}: {c} is not in [char]")
    for s in sorted(phrasebook_surnames):
        if len(s) > 1 and s not in SURNAMES:
            problems.append(f"phrasebook compound surname {s} is missing from SURNAMES")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    lines = [
        "# zh-pinyin.names: Chinese characters -> toneless Hanyu Pinyin, for romanising Chinese names",
        f"# (顾言深 -> Gu Yanshen). Generated by scripts/names/make-pinyin.py from pypinyin {pypinyin.__version__}",
        "# (MIT licence, github.com/mozillazg/python-pinyin); edit the script and run it again rather",
        "# than editing this file.",
        "#",
        "# Format: UTF-8 text. Lines starting with # are comments and blank lines are ignored.",
        "# A line [surname] or [char] starts a section; every other line is KEY<TAB>PINYIN.",
        "# PINYIN is lowercase a-z without tones; ü is kept after l and n (lü, lüe, nü, nüe) and",
        "# written u after j, q, x and y (ju, que, xu, yu). A key of several characters is one word,",
        "# with an apostrophe before a syllable that starts with a, o or e (瓜尔佳 gua'erjia).",
        "#",
        "# [surname]  family names, of one to five characters, whose reading as a family name is",
        "#            not simply the [char] reading of their characters (单 shan, 曾 zeng, 朴 piao;",
        "#            沈 shen, 华 hua, 任 ren differ only in tone and are listed all the same),",
        "#            and every compound family name the writer knows (欧阳 ouyang, 钮祜禄 niuhulu).",
        "#            Longest keys first. To split a name, take the longest [surname] key the name",
        "#            starts with (while something is left for the given name); with none, the",
        "#            family name is the first character, read from [char].",
        "# [char]     one character per line, in code point order: every character of GB2312",
        "#            levels 1 and 2, and every character of the built-in zh phrasebooks' names,",
        "#            with its usual reading (as in a given name: 长 chang, 朝 zhao).",
        "#",
        "# A name is written \"Surname Given\": each part one word, its first letter capitalised; the",
        "# given name's syllables are joined with the apostrophe rule above.",
        "# 林晚 -> Lin Wan, 顾言深 -> Gu Yanshen, 欧阳雪 -> Ouyang Xue, 沈念安 -> Shen Nian'an, 吕女 -> Lü Nü.",
        "",
        "[surname]",
    ]
    for name in sorted(SURNAMES, key=lambda k: (-len(k), k)):
        lines.append(f"{name}\t{SURNAMES[name]}")
    lines += ["", "[char]"]
    for c in sorted(table):
        lines.append(f"{c}\t{table[c]}")
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    extra = sorted(set(table) - set(gb))
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(SURNAMES)} surnames, {len(table)} characters "
          f"({len(extra)} beyond GB2312: {''.join(extra)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
