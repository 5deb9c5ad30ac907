#!/usr/bin/env python3
"""Writes the Fujian 2020 case as flat ODF text documents (.fodt), with the point and item labels
made by automatic list numbering instead of typed.

Reads ../fujian-2020/notice.txt and ../fujian-2020/original/{1,2,3,4}.txt and writes notice.fodt
and original/{1,2,3,4}.fodt next to this script. LibreOffice then converts them to .docx (see
README.md). Python 3 standard library only.

A line that begins with a point label (一、 二、 …) becomes a level-1 paragraph of an ODF list, a
line that begins with an item label (（一） （二） …) a level-2 paragraph; the typed label is left
out: the list style writes it (level 1: format 一, 二, 三, ... with suffix 、; level 2: the same
format between （ and ）). Every other line is a plain paragraph, as typed (1. sub-items too).

All list paragraphs of a file belong to one list: each run of list paragraphs is a text:list that
continues the first (text:continue-list), so numbering goes on across the plain paragraphs between
them. Where the number the list would give by itself (level 1 counts on; level 2 counts on and
starts again at 1 after a level-1 paragraph) is not the typed one, the list item says the typed
number (text:start-value): in document 1 the items run on through the whole text (（十四） under
五、), so each point's first item carries its number; where items restart under each point nothing
is needed.
"""

import re
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "fujian-2020"
FILES = ["notice", "original/1", "original/2", "original/3", "original/4"]

DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUMERAL = "[一二三四五六七八九十]+"
POINT = re.compile(f"^({NUMERAL})、(.*)$")
ITEM = re.compile(f"^（({NUMERAL})）(.*)$")
FONT = "Noto Serif CJK SC"
LIST_ID = "fujian-list"


def numeral(s):
    """The value of a Chinese numeral below 100 (十, 十四, 二十五)."""
    if "十" in s:
        tens, _, units = s.partition("十")
        return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)
    return DIGITS[s]


def classify(line):
    """(level, number, text) of a list line; None for a plain line."""
    for level, pattern in ((1, POINT), (2, ITEM)):
        m = pattern.match(line)
        if m:
            return level, numeral(m.group(1)), m.group(2)
    return None


def inline(text):
    """Paragraph content: XML-escaped, with spaces and tabs as ODF keeps them (a run of spaces is
    one space and text:s; a space at either end is text:s, which ODF never collapses)."""
    out = []
    pos = 0
    for m in re.finditer(r" +|\t", text):
        out.append(escape(text[pos : m.start()]))
        if m.group() == "\t":
            out.append("<text:tab/>")
        else:
            n = len(m.group())
            edge = m.start() == 0 or m.end() == len(text)
            if n == 1 and not edge:
                out.append(" ")
            else:
                lead = "" if edge else " "
                rest = n - len(lead)
                out.append(lead + (f'<text:s text:c="{rest}"/>' if rest > 1 else "<text:s/>"))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def paragraph(text, style="Text"):
    return f'<text:p text:style-name="{style}">{inline(text)}</text:p>'


def body(lines):
    """The office:text content: plain paragraphs and runs of list paragraphs."""
    out = []
    run = []  # the current run of list paragraphs: (level, number, text)
    counters = [0, 0]  # what the list would number next by itself, per level
    first_list = True

    def flush():
        nonlocal first_list
        if not run:
            return
        attrs = f'xml:id="{LIST_ID}"' if first_list else f'text:continue-list="{LIST_ID}"'
        first_list = False
        out.append(f'<text:list {attrs} text:style-name="Numbering">')
        for level, number, text in run:
            if level == 1:
                natural = counters[0] + 1
                counters[0] = number
                counters[1] = 0
            else:
                natural = counters[1] + 1
                counters[1] = number
            start = "" if natural == number else f' text:start-value="{number}"'
            para = paragraph(text, "ListText")
            if level == 1:
                out.append(f"<text:list-item{start}>{para}</text:list-item>")
            else:
                out.append(f"<text:list-item><text:list><text:list-item{start}>{para}</text:list-item></text:list></text:list-item>")
        out.append("</text:list>")
        run.clear()

    for line in lines:
        item = classify(line)
        if item:
            run.append(item)
        else:
            flush()
            out.append(paragraph(line))
    flush()
    return "\n".join(out)


def level_style(level):
    prefix = ' style:num-prefix="（"' if level == 2 else ""
    suffix = "、" if level == 1 else "）"
    return (
        f'<text:list-level-style-number text:level="{level}"{prefix} style:num-suffix="{suffix}" '
        f'style:num-format="一, 二, 三, ..." text:display-levels="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0cm" '
        'fo:text-indent="0cm" fo:margin-left="0cm"/>'
        "</style:list-level-properties></text:list-level-style-number>"
    )


def document(lines):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:text-properties style:font-name="{FONT}" style:font-name-asian="{FONT}" fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
</style:default-style>
<style:style style:name="Text" style:family="paragraph" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
</style:style>
<style:style style:name="ListText" style:family="paragraph" style:parent-style-name="Text" style:class="list"/>
<text:list-style style:name="Numbering">
{level_style(1)}
{level_style(2)}
</text:list-style>
</office:styles>
<office:body>
<office:text>
{body(lines)}
</office:text>
</office:body>
</office:document>
"""


def main():
    for name in FILES:
        text = (SOURCE / f"{name}.txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        out = HERE / f"{name}.fodt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(document(lines), encoding="utf-8")
        print(out.relative_to(HERE))


if __name__ == "__main__":
    main()
