#!/usr/bin/env python3
"""How well our tokens fit TimeML's annotations (TBAQ has no gold tokens or sentences).

For every document of a split, the plain TEXT of the .tml is tokenized by
`tokenizer_eval --text FILE --spans`; a TIMEX3 or EVENT extent "fits" when it starts at the
start of a token and ends at the end of a token (the extent is a run of whole tokens), so a
token-based recogniser can mark it exactly. Prints the share of fitting extents, the
tokens and sentences found, and lists the extents that do not fit with --show.

  python3 bench/tokenizer/tbaq_boundaries.py --eval build/bench/tokenizer/tokenizer_eval \\
      --split ../shared/data/splits/tbaq-dev.txt --data ../shared/data
"""
import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def text_and_extents(path):
    """The TEXT element's plain text (UTF-8 bytes) and its TIMEX3/EVENT byte extents."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    parts, extents = [], []
    size = 0

    def walk(el):
        nonlocal size
        if el.text:
            parts.append(el.text.encode("utf-8"))
            size += len(parts[-1])
        for child in el:
            begin = size
            walk(child)
            if child.tag in ("TIMEX3", "EVENT"):
                extents.append((child.tag, begin, size))
            if child.tail:
                parts.append(child.tail.encode("utf-8"))
                size += len(parts[-1])

    walk(text_el)
    return b"".join(parts), extents


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", required=True, help="the tokenizer_eval executable")
    parser.add_argument("--split", required=True, help="a list of .tml paths relative to --data")
    parser.add_argument("--data", required=True, help="the shared data folder")
    parser.add_argument("--show", type=int, default=0, help="list N extents that do not fit")
    args = parser.parse_args()

    fit = {"TIMEX3": [0, 0], "EVENT": [0, 0]}
    tokens = sentences = documents = 0
    misfits = []
    with open(args.split) as split, tempfile.TemporaryDirectory() as tmp:
        for line in split:
            line = line.strip()
            if not line:
                continue
            text, extents = text_and_extents(os.path.join(args.data, line))
            plain = os.path.join(tmp, "text.txt")
            with open(plain, "wb") as out:
                out.write(text)
            spans = subprocess.run([args.eval, "--text", plain, "--spans"], check=True,
                                   capture_output=True, text=True).stdout.split("\n")
            begins, ends, sentence_ids = set(), set(), set()
            for row in spans:
                if row:
                    b, e, s = map(int, row.split())
                    begins.add(b), ends.add(e), sentence_ids.add(s)
                    tokens += 1
            sentences += len(sentence_ids)
            documents += 1
            for tag, b, e in extents:
                fit[tag][1] += 1
                if b in begins and e in ends:
                    fit[tag][0] += 1
                elif len(misfits) < args.show:
                    misfits.append(f"{line}: {tag} '{text[b:e].decode()}' in "
                                   f"'{text[max(0, b - 20):e + 20].decode(errors='replace')}'")
    print(f"{documents} documents, {tokens} tokens, {sentences} sentences")
    for tag, (good, total) in fit.items():
        print(f"{tag:7} extents on token boundaries: {good}/{total} = {good / max(total, 1):.4f}")
    for misfit in misfits:
        print("  " + misfit.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
