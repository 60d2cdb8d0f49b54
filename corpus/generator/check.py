#!/usr/bin/env python3
"""Checks corpus/expected.jsonl against the pages themselves, without morgue.

For every page: the file decodes in its declared charset, the expected title is the
page's headline, every `body_has` phrase is in the article text and every
`body_lacks` phrase is absent from it but present elsewhere on the page (so it
really tests chrome removal), every entity is written in the article text, and a
page expected to have no date carries nothing that looks like one. Also lists,
for each word given on the command line, the pages where it appears outside
related-story lists (to find words that appear only in such lists).

    python3 corpus/generator/check.py [word ...]
"""

import gzip
import html
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
CORPUS = Path(__file__).resolve().parent.parent

CHARSET = re.compile(rb'charset=["\']?([A-Za-z0-9_-]+)', re.I)


def read(path):
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    m = CHARSET.search(data[:2048])
    enc = m.group(1).decode() if m else "utf-8"
    return data.decode(enc)


def text_of(fragment):
    fragment = re.sub(r"<(aside|div) class=\"[a-z]+-(promo|mpu)[^\"]*\".*?</\1>", " ", fragment, flags=re.S)
    fragment = re.sub(r"<[^>]+>", " ", fragment)
    return re.sub(r"\s+", " ", html.unescape(fragment)).strip()


def article(doc, path):
    """(title, body text, rest of the page as text)."""
    if path.name.endswith((".txt", ".txt.gz")):
        lines = doc.split("\n")
        end = lines.index(next(l for l in lines if l.startswith("veryGood!")))
        return lines[1], " ".join(lines[4:end]), " ".join(lines[:4] + lines[end:])
    h = re.search(r"<h[12][^>]*>(.*?)</h[12]>", doc, re.S)
    title = text_of(h.group(1))
    m = re.search(r'itemprop="articleBody">(.*?)(</div>\s*<div class="[a-z]+-(tags|vote)|$)', doc, re.S)
    if m:
        body_html = m.group(1)
    else:  # old hand-made pages: the paragraphs after the headline
        m = re.search(r"</h2>(.*?)<hr", doc, re.S)
        body_html = re.sub(r"<p><font size=\"1\".*?</p>", "", m.group(1), flags=re.S)
    body = text_of(body_html)
    rest = text_of(doc.replace(body_html, " "))
    return title, body, rest


DATEISH = re.compile(
    r"\d{4}-\d{2}-\d{2}|/\d{4}/\d{2}/\d{2}/|\d{1,2}\.? (January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}|"
    r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|"
    r"\d{4}年\d{1,2}月\d{1,2}日")


def main():
    failures = []
    lines = [json.loads(l) for l in (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {}
    for e in lines:
        path = CORPUS / e["path"]
        if e.get("skip"):
            continue
        doc = read(path)
        texts[e["path"]] = doc
        title, body, rest = article(doc, path)
        if title != e["title"]:
            failures.append((e["path"], "title", e["title"], title))
        for phrase in e["body_has"]:
            if phrase not in body:
                failures.append((e["path"], "body_has", phrase, body[:80]))
        for phrase in e["body_lacks"]:
            if phrase in body:
                failures.append((e["path"], "body_lacks in body", phrase, ""))
            if phrase not in rest:
                failures.append((e["path"], "body_lacks not on page", phrase, ""))
        for ent in e["entities"]:
            if ent not in body:
                failures.append((e["path"], "entity not in body", ent, ""))
        if e["date"] is None:
            hits = [m.group(0) for m in DATEISH.finditer(doc)]
            if hits:
                failures.append((e["path"], "dateless page has a date", None, hits[:3]))
        if len(body.split()) < 40 and len(body) < 200 and not path.name.startswith("truncated"):
            failures.append((e["path"], "short body", "", len(body.split())))
    for f in failures:
        print("FAIL", *f)
    for word in sys.argv[1:]:
        for p, doc in texts.items():
            outside = re.sub(r'<section class="[a-z]+-related".*?</section>', "", doc, flags=re.S)
            outside = re.sub(r"<ul>(<li><a href=\"/news/[^<]*</a></li>)+</ul>", "", outside)
            n_all = len(re.findall(word, doc, re.I))
            n_out = len(re.findall(word, outside, re.I))
            if n_all:
                print(f"{word}: {p}: {n_all} on page, {n_out} outside related lists")
    print(f"{len(texts)} pages checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
