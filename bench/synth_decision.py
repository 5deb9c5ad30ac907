#!/usr/bin/env python3
"""Writes a synthetic amendment decision of N instructions for a law in the Markdown of
corpus/real-laws, to stdout: each instruction acts on an article of its own (chosen with a fixed
seed), in the standard formulas — phrase replacements, phrase deletions, whole-article replacements,
insertions after an article (作为第X条之一, as the Criminal Law's amendments do) and phrase insertions.
An optional third argument seeds the choice (default 7), so that a chain of decisions, each made
from the previous version, differs step by step. Used by bench/apply.sh and bench/history.sh."""
import random
import re
import sys

from synth import fmt, parse

NUM = "[零〇一二两三四五六七八九十百千万]+"
ARTICLE = re.compile(rf"^第({NUM})条(之{NUM})? (.*)$", re.S)
BAD = set("“”‘’\"'\n《》")


def articles(text):
    body = text.split("<!-- INFO END -->", 1)[-1]
    out = []
    for block in re.split(r"\n\n+", body):
        m = ARTICLE.match(block)
        if m:
            out.append({"n": parse(m.group(1)), "sub": m.group(2), "paras": [m.group(3)]})
        elif out and not block.startswith("#") and block.strip():
            out[-1]["paras"].append(block)
    return out


def unique_phrase(rng, art, length):
    text = "\n".join(art["paras"])
    for _ in range(40):
        para = rng.choice(art["paras"])
        if len(para) < length + 4:
            continue
        start = rng.randrange(0, len(para) - length)
        phrase = para[start : start + length]
        if BAD.isdisjoint(phrase) and text.count(phrase) == 1 and not phrase.startswith("（"):
            return phrase
    return None


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    text = open(path, encoding="utf-8").read()
    title = re.search(r"^# (.+)$", text, re.M).group(1).strip()
    subs = {a["n"] for a in articles(text) if a["sub"]}
    arts = [a for a in articles(text) if a["sub"] is None and a["n"] not in subs]
    rng = random.Random(seed)
    rng.shuffle(arts)
    lines = [f"关于修改《{title}》的决定", "", f"对《{title}》作如下修改：", ""]
    made = 0
    for art in arts:
        if made == count:
            break
        n = fmt(art["n"])
        kind = made % 10
        if kind <= 5:
            a = unique_phrase(rng, art, rng.randrange(4, 8))
            if not a:
                continue
            s = f"将第{n}条中的“{a}”修改为“{a}（修订）”"
        elif kind == 6:
            a = unique_phrase(rng, art, rng.randrange(4, 8))
            if not a:
                continue
            s = f"删去第{n}条中的“{a}”"
        elif kind == 7:
            s = f"将第{n}条修改为：“本条修订后的文字，第{made}号。”"
        elif kind == 8:
            s = f"在第{n}条后增加一条，作为第{n}条之一：“新增的条文，第{made}号。”"
        else:
            a = unique_phrase(rng, art, rng.randrange(4, 8))
            if not a:
                continue
            s = f"在第{n}条中的“{a}”后增加“和新增的内容”"
        made += 1
        lines += [f"{fmt(made)}、{s}。", ""]
    assert made == count, f"only {made} instructions could be made"
    lines += ["本决定自公布之日起施行。", ""]
    sys.stdout.write("\n".join(lines))


if __name__ == "__main__":
    main()
