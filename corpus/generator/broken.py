"""Broken files, as users really have them: morgue must warn and carry on.

FILES holds (path, bytes, expectation); expectation None means the page must be
skipped with a warning naming it, otherwise it is the expected.jsonl line.
"""

import zlib

import render

# A real 1x1 PNG: signature, IHDR, IDAT, IEND, with correct CRCs.


def _chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return len(data).to_bytes(4, "big") + kind + data + crc.to_bytes(4, "big")


PNG = (b"\x89PNG\r\n\x1a\n"
       + _chunk(b"IHDR", (64).to_bytes(4, "big") + (64).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0]))
       + _chunk(b"IDAT", zlib.compress(bytes(range(256)) * 48))
       + _chunk(b"IEND", b""))

TRUNCATED_PAGE = dict(
    path="broken/truncated-cheese-award.html", outlet="brightwater-courier", format="html",
    title="Tarnbeck blue wins gold at the British Cheese Fair",
    kind="meta", date="2023-03-03", time="13:00", tz="+00:00", size="M",
    section="Food & Drink", author="Nadia Okonjo",
    body=[
        "A blue cheese made on a hill farm above Tarnbeck in Cumbria has won a gold medal at the British Cheese Fair, beating more than 900 entries from around the country.",
        "Orla Fenwick-Hayes, who makes the cheese with milk from her own herd of 40 Shorthorn cows, said she had nearly not entered because the winter had been so hard on the farm.",
        "The judges described the cheese as creamy, with a peppery finish, and said it had the best texture of any blue in the competition.",
        "Fenwick-Hayes now hopes to supply two delicatessens in Kendal and to open a farm shop in the summer.",
    ],
    related=["Storm warning issued for the Bristol Channel"],
    most_read=["Ten-year-old chess prodigy beats grandmaster"],
)


def _truncated():
    html = render.render_modern(TRUNCATED_PAGE)
    # Cut inside the opening tag of the third paragraph: the first two paragraphs
    # survive whole, as they would when a download is interrupted.
    third = html.index("<p>The judges described")
    return html[: third + 2].encode("utf-8")


FILES = [
    ("broken/empty.html", b"", None),
    ("broken/photo-saved-as-page.html", PNG, None),
    ("broken/not-really-gzip.html.gz",
     b"<html><head><title>Not compressed</title></head><body><p>This file claims to be gzip but is plain HTML.</p></body></html>\n",
     None),
    ("broken/truncated-cheese-award.html", _truncated(), dict(
        path="broken/truncated-cheese-award.html",
        title=TRUNCATED_PAGE["title"],
        date=TRUNCATED_PAGE["date"],
        body_has=["has won a gold medal at the British Cheese Fair", "her own herd of 40 Shorthorn cows"],
        body_lacks=["We use cookies to remember your settings"],
        entities=["British Cheese Fair", "Tarnbeck"],
    )),
]
