#!/usr/bin/env python3
"""Writes the morgue sample corpus and corpus/expected.jsonl.

Run from anywhere: `python3 corpus/generator/generate.py`. The output is
deterministic (seeded filler, fixed gzip mtime), so re-running it on an
unchanged generator leaves `git status` clean. Stories live in stories_*.py,
page templates in render.py, broken files in broken.py.
"""

import sys

sys.dont_write_bytecode = True

import gzip
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(HERE))

import broken  # noqa: E402
import render  # noqa: E402
import stories_election  # noqa: E402
import stories_misc  # noqa: E402
import stories_mine  # noqa: E402
import stories_port  # noqa: E402
import stories_tech  # noqa: E402

MODULES = [stories_mine, stories_port, stories_election, stories_tech, stories_misc]


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(data)
    return buf.getvalue()


def render_page(page):
    fmt = page["format"]
    if fmt.startswith("txt"):
        text = render.render_text(page)
    elif fmt in ("htm", "shtml"):
        text = render.render_old(page)
    elif fmt == "xhtml":
        text = render.render_modern(page, xhtml=True)
    else:
        text = render.render_modern(page)
    data = text.encode(page.get("encoding", "utf-8"))
    if fmt.endswith(".gz"):
        data = gz(data)
    return data


def expectation(page):
    e = page["expect"]
    line = {"path": page["path"], "title": page["title"], "date": page.get("date")}
    line.update(body_has=e["body_has"], body_lacks=e["body_lacks"], entities=e["entities"])
    return line


def main():
    pages = [p for m in MODULES for p in m.PAGES]
    seen = set()
    lines = []
    for page in pages:
        assert page["path"] not in seen, page["path"]
        seen.add(page["path"])
        out = CORPUS / page["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(render_page(page))
        lines.append(expectation(page))
    for path, data, expect in broken.FILES:
        out = CORPUS / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        lines.append(expect if expect else {"path": path, "skip": True})
    with open(CORPUS / "expected.jsonl", "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(pages)} pages and {len(broken.FILES)} broken files")


if __name__ == "__main__":
    main()
