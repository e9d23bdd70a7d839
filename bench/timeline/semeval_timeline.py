#!/usr/bin/env python3
"""SemEval-2015 Task 4 (TimeLine), main track, on the task's trial data.

For each target entity of ../shared/data/timeline-trial/timelines, builds the entity's timeline
from chronograph's cross-document graph of the 30 trial articles (`chronograph extract` on the
TimeML files, their own events ignored) and scores it against the gold timeline the way the
task did: each timeline becomes a graph (an event SIMULTANEOUS with its date, events on one line
or of one rank SIMULTANEOUS, ranks in order BEFORE) and TempEval-3 temporal awareness is summed
over the timelines (micro average), here by te3score.py on generated TimeML files.

  bench/timeline/semeval_timeline.py                      # build/chronograph, ../shared
  bench/timeline/semeval_timeline.py --out /tmp/tl        # keep the timelines and TimeML files
  bench/timeline/semeval_timeline.py --errors             # also list missed and spurious events

An event is on an entity's timeline when one of its actors is the entity (chronograph's
`--about`), ranked by its date: events with a date of a day, month or year get that date,
the others rank 0 (undated and unordered), as in the gold files.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLAIN_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_gold_timeline(path):
    """Returns (entity, [(rank, date, [mention ids])])."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines[1:]:
        if not line.strip():
            continue
        rank, date, *mentions = line.split("\t")
        rows.append((int(rank), date, mentions))
    return lines[0].strip(), rows


def token_ids(tml_path):
    """Maps (begin byte offset of a token in <TEXT>'s plain text) -> 'DOCID-SENTENCE-word'."""
    root = ET.parse(tml_path).getroot()
    doc_id = root.findtext("DOCID").strip()
    text = root.find("TEXT")
    ids, offset = {}, 0
    for sentence in text.iter("s"):
        plain = "".join(sentence.itertext())
        position = 0
        for word in plain.split(" "):
            if word:
                begin = len(plain[:position].encode("utf-8"))
                ids[offset + begin] = (f"{doc_id}-{sentence.get('id')}-{word}", begin + offset,
                                       offset + begin + len(word.encode("utf-8")))
            position += len(word) + 1
        offset += len(plain.encode("utf-8"))
    return doc_id, ids


def mention_id(mention, tokens_by_doc):
    """The gold-style id of the token holding the mention's first byte, or None."""
    tokens = tokens_by_doc.get(mention["doc"], {})
    for begin, (token_id, _, end) in tokens.items():
        if begin <= mention["begin"] < end:
            return token_id
    return None


def anchor_of(time):
    """The event's date as the task writes it (YYYY-MM-DD, YYYY-MM or YYYY), or None when the
    text gives it no day, month or year of its own (only bounds)."""
    value = (time.get("value") or "").split("T")[0]
    if PLAIN_DATE.match(value):
        return value
    start, end = time.get("start") or "", time.get("end") or ""
    if start and start[:10] == end[:10]:
        return start[:10]
    return None


def system_timeline(graph, entity_events, tokens_by_doc):
    """[(rank, date, [mention ids])] for the events of one entity, dated ones in date order."""
    dated, undated = {}, []
    for event in entity_events:
        mentions = [m for m in (mention_id(x, tokens_by_doc) for x in event["mentions"]) if m]
        if not mentions:
            continue
        date = anchor_of(event.get("time") or {})
        if date:
            dated.setdefault(date, []).append(mentions)
        else:
            undated.append(mentions)
    rows = [(0, "XXXX-XX-XX", m) for m in undated]
    for rank, date in enumerate(sorted(dated, key=lambda d: (d + "-00-00")[:10]), start=1):
        rows.extend((rank, date, m) for m in dated[date])
    return rows


def timeml_of(rows, names):
    """A TimeML file whose <TEXT> names every event of `names` (one EVENT each, in a fixed
    order so gold and system texts are equal) and whose TLINKs are the timeline's graph."""
    nodes = sorted(names)
    eid = {name: f"e{k + 1}" for k, name in enumerate(nodes)}
    dates = sorted({d for _, d, _ in rows if d != "XXXX-XX-XX"} | {n for n in nodes if n.startswith("@")})
    parts = []
    for name in nodes:
        if name.startswith("@"):
            parts.append(f'<TIMEX3 tid="t{eid[name][1:]}" type="DATE" value="{name[1:]}">{name}</TIMEX3>')
        else:
            parts.append(f'<EVENT eid="{eid[name]}" class="OCCURRENCE">{name}</EVENT>')
    links = []

    def node(name):
        return (f'timeID="t{eid[name][1:]}"' if name.startswith("@") else f'eventInstanceID="ei{eid[name][1:]}"',
                f'relatedToTime="t{eid[name][1:]}"' if name.startswith("@")
                else f'relatedToEventInstance="ei{eid[name][1:]}"')

    def link(a, b, rel):
        links.append(f'<TLINK lid="l{len(links) + 1}" relType="{rel}" {node(a)[0]} {node(b)[1]} />')

    by_rank = {}
    for rank, date, mentions in rows:
        if rank == 0:
            continue
        by_rank.setdefault(rank, []).append(mentions)
        for other in mentions[1:]:
            link(mentions[0], other, "SIMULTANEOUS")
        if date != "XXXX-XX-XX":
            link(mentions[0], "@" + date, "SIMULTANEOUS")
    ranks = sorted(by_rank)
    for rank in ranks:
        first = by_rank[rank][0][0]
        for mentions in by_rank[rank][1:]:
            link(first, mentions[0], "SIMULTANEOUS")
    for earlier, later in zip(ranks, ranks[1:]):
        link(by_rank[earlier][0][0], by_rank[later][0][0], "BEFORE")
    instances = "".join(f'<MAKEINSTANCE eiid="ei{eid[n][1:]}" eventID="{eid[n]}" />'
                        for n in nodes if not n.startswith("@"))
    del dates
    return ('<?xml version="1.0" ?>\n<TimeML><DOCID>timeline</DOCID>'
            '<DCT><TIMEX3 tid="t0" type="DATE" value="2010-01-01" functionInDocument="CREATION_TIME">'
            '2010-01-01</TIMEX3></DCT>\n<TEXT>' + " ".join(parts) + "</TEXT>\n" + instances + "\n"
            + "\n".join(links) + "\n</TimeML>\n")


def names_in(rows):
    names = set()
    for rank, date, mentions in rows:
        names.update(mentions)
        if rank and date != "XXXX-XX-XX":
            names.add("@" + date)
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chronograph", default="build/chronograph")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", help="folder for the timelines and TimeML files (default: a temporary one)")
    parser.add_argument("--errors", action="store_true", help="list each entity's missed and spurious events")
    args = parser.parse_args()

    data = Path(args.shared) / "data" / "timeline-trial"
    if not data.is_dir():
        sys.exit(f"semeval_timeline: {data} not found (set --shared)")
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="chronograph-timeline-"))
    for folder in ("gold", "system", "timelines"):
        (out / folder).mkdir(parents=True, exist_ok=True)

    docs = sorted((data / "docs").glob("*.tml"))
    tokens_by_doc = dict(token_ids(p) for p in docs)
    gold = [read_gold_timeline(p) for p in sorted((data / "timelines").glob("*.txt"))]
    for k, (entity, gold_rows) in enumerate(gold):
        graph_path = out / f"graph{k}.json"
        # --all-events: the task's events include reporting ones ("said", "announced").
        subprocess.run([args.chronograph, "-q", "extract", *map(str, docs), "--about", entity, "--all-events",
                        "--format", "json", "-o", str(graph_path)], check=True)
        graph = json.loads(graph_path.read_text(encoding="utf-8"))
        rows = system_timeline(graph, graph["events"], tokens_by_doc)
        stem = re.sub(r"\W+", "_", entity.lower())
        with open(out / "timelines" / f"{stem}.txt", "w", encoding="utf-8") as f:
            f.write(entity + "\n")
            for rank, date, mentions in rows:
                f.write("\t".join([str(rank), date, *mentions]) + "\n")
        names = names_in(gold_rows) | names_in(rows)
        (out / "gold" / f"{stem}.tml").write_text(timeml_of(gold_rows, names), encoding="utf-8")
        (out / "system" / f"{stem}.tml").write_text(timeml_of(rows, names), encoding="utf-8")
        if args.errors:
            got = {m for _, _, ms in rows for m in ms}
            want = {m for _, _, ms in gold_rows for m in ms}
            print(f"== {entity}: {len(got & want)} of {len(want)} gold events found, {len(got - want)} others")
            print("   missed:", " ".join(sorted(want - got)))
            print("   others:", " ".join(sorted(got - want)))

    scorer = Path(args.shared) / "tools" / "te3score.py"
    report = subprocess.run([sys.executable, str(scorer), "--gold", str(out / "gold"), "--system",
                             str(out / "system"), "--json"], check=True, capture_output=True, text=True)
    awareness = json.loads(report.stdout)
    print(json.dumps(awareness.get("tlinks", awareness), indent=1))
    print(f"timelines and TimeML files: {out}")


if __name__ == "__main__":
    main()
