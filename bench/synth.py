#!/usr/bin/env python3
"""Writes a law N times over to stdout, numbering continued: the header (up to <!-- INFO END -->) once,
then the body N times; in copy k every 第X条 becomes 第(X + k·A)条 and every 第X编 第(X + k·P)编, where A
and P are the highest article and part numbers of the law. Used by bench/diff.sh for a 10× pair."""
import re
import sys

DIGITS = "零一二三四五六七八九"
VALUES = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "两": 2}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def parse(s):
    total, num = 0, 0
    for c in s:
        if c in VALUES:
            num = VALUES[c]
        else:
            total += (num or 1) * UNITS[c]
            num = 0
    return total + num


def fmt(n):
    if n == 0:
        return "零"
    out, zero = "", False
    for value, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10 if value < 10000 else n // value
        if d:
            if zero:
                out += "零"
            zero = False
            out += ("" if (value == 10 and d == 1 and not out) else DIGITS[d]) + unit
        elif out:
            zero = True
    return out


NUM = "[零〇一二两三四五六七八九十百千万]+"
ARTICLE = re.compile(rf"^(#* *)第({NUM})条(?=之|[ \u3000]|$)", re.M)
PART = re.compile(rf"^(#* *)第({NUM})编", re.M)


def main():
    path, times = sys.argv[1], int(sys.argv[2])
    text = open(path, encoding="utf-8").read()
    marker = "<!-- INFO END -->"
    head, body = text.split(marker, 1) if marker in text else ("", text)
    if marker in text:
        head += marker
    articles = max((parse(m.group(2)) for m in ARTICLE.finditer(body)), default=0)
    parts = max((parse(m.group(2)) for m in PART.finditer(body)), default=0)
    out = [head]
    for k in range(times):
        copy = ARTICLE.sub(lambda m: f"{m.group(1)}第{fmt(parse(m.group(2)) + k * articles)}条", body)
        copy = PART.sub(lambda m: f"{m.group(1)}第{fmt(parse(m.group(2)) + k * parts)}编", copy)
        out.append(copy if copy.endswith("\n") else copy + "\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    assert all(parse(fmt(n)) == n for n in range(1, 20000)), "numeral round trip"
    main()
