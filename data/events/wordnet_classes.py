#!/usr/bin/env python3
"""Writes data/events/wordnet_classes.tsv from WordNet 3.0 (Debian package wordnet-base).

Only training-time: the program reads the .tsv, never WordNet. Each line is
`word<TAB>class`, for single lower-case words (a word may have several lines):
  - verbs: the lexicographer file of the most frequent sense ("v.communication", "v.stative"),
    "v.also-FILE" for another file among the first three senses, and "v.takes-that",
    "v.takes-to", "v.takes-ing", "v.takes-whether" when one of those senses has a sentence
    frame with that complement ("Somebody ----s that CLAUSE", "Somebody ----s to INFINITIVE");
  - nouns whose most frequent sense is in an eventive or abstract file ("n.act", "n.event",
    "n.state", ...); other nouns with an act/event/process/phenomenon sense among their
    first three get "n.eventive-sense" ("bank" no, "strike" yes);
  - nouns derived from a verb in one of their first two senses ("investigation" from
    "investigate"): "n.from-verb" and "n.from-FILE" with the verb sense's file.

    python3 data/events/wordnet_classes.py /usr/share/wordnet > data/events/wordnet_classes.tsv

With --derivations it writes data/events/wordnet_derivations.tsv instead: `noun<TAB>verb` for
each verb a noun's first two senses are derivationally related to ("finding" find), which event
coreference reads ("have found ... the finding"):

    python3 data/events/wordnet_classes.py --derivations /usr/share/wordnet > data/events/wordnet_derivations.tsv

With --relational it writes data/events/relational_adjectives.txt: adjectives that in one of
their first two senses pertain to a noun ("economic" economy, "military"), which say which kind
of an event a noun names ("economic growth" is not "wage growth"), unlike "potential", "sharp":

    python3 data/events/wordnet_classes.py --relational /usr/share/wordnet > data/events/relational_adjectives.txt
"""
import sys

LEXFILES = {4: "act", 7: "attribute", 9: "cognition", 10: "communication", 11: "event", 12: "feeling",
            16: "motive", 19: "phenomenon", 21: "possession", 22: "process", 24: "relation", 26: "state",
            29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
            34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion", 39: "perception",
            40: "possession", 41: "social", 42: "stative", 43: "weather"}
EVENTIVE = {4, 11, 19, 22}
# WordNet's generic verb frames that take a clause, an infinitive, a gerund or "whether".
FRAMES = {26: "that", 34: "that", 24: "to", 28: "to", 35: "to", 32: "to", 33: "ing", 30: "ing", 29: "whether"}


class Synset:
    def __init__(self, line):
        fields = line.split(" | ")[0].split()
        self.lexfile = int(fields[1])
        words = int(fields[3], 16)
        self.words = [fields[4 + 2 * k].lower() for k in range(words)]
        at = 4 + 2 * words
        pointers = int(fields[at])
        self.pointers = [fields[at + 1 + 4 * k:at + 5 + 4 * k] for k in range(pointers)]
        at += 1 + 4 * pointers
        self.frames = set()
        if at < len(fields):  # verbs: f_cnt + f_num w_num ...
            for k in range(int(fields[at])):
                self.frames.add(int(fields[at + 2 + 3 * k]))


def synsets(folder, pos):
    table = {}
    with open(f"{folder}/data.{pos}", encoding="latin-1") as data:
        for line in data:
            if not line.startswith("  "):
                table[line.split(" ", 1)[0]] = Synset(line)
    return table


def senses(folder, pos):
    with open(f"{folder}/index.{pos}", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            fields = line.split()
            word = fields[0]
            if word.isalpha() and word.isascii() and word.islower():
                yield word, fields[-int(fields[2]):]


def verb_classes(word, offsets, verbs):
    first = [verbs[o] for o in offsets[:3]]
    yield "v." + LEXFILES[first[0].lexfile]
    for also in sorted({LEXFILES[s.lexfile] for s in first[1:]} - {LEXFILES[first[0].lexfile]}):
        yield "v.also-" + also
    for takes in sorted({FRAMES[f] for s in first for f in s.frames if f in FRAMES}):
        yield "v.takes-" + takes


def derived_verb_files(word, synset, verbs):
    """The files of the verb senses `word` in `synset` is derivationally related to."""
    index = synset.words.index(word) + 1 if word in synset.words else 0
    for symbol, offset, pos, source_target in synset.pointers:
        if symbol == "+" and pos == "v" and int(source_target[:2], 16) == index:
            yield LEXFILES[verbs[offset].lexfile]


def noun_classes(word, offsets, nouns, verbs):
    files = [nouns[o].lexfile for o in offsets]
    if files[0] in LEXFILES:
        yield "n." + LEXFILES[files[0]]
    elif EVENTIVE.intersection(files[:3]):
        yield "n.eventive-sense"
    derived = sorted({f for o in offsets[:2] for f in derived_verb_files(word, nouns[o], verbs)})
    if derived:
        yield "n.from-verb"
        for f in derived:
            yield "n.from-" + f


def derived_verbs(word, offsets, nouns, verbs):
    """The verbs `word` is derivationally related to in its first two senses ("finding": find)."""
    found = set()
    for o in offsets[:2]:
        synset = nouns[o]
        index = synset.words.index(word) + 1 if word in synset.words else 0
        for symbol, offset, pos, source_target in synset.pointers:
            if symbol == "+" and pos == "v" and int(source_target[:2], 16) == index:
                verb = verbs[offset].words[int(source_target[2:], 16) - 1]
                if verb.isalpha() and verb != word:
                    found.add(verb)
    return sorted(found)


def print_derivations(folder):
    nouns, verbs = synsets(folder, "noun"), synsets(folder, "verb")
    print("# noun<TAB>verb it names the act or result of, from WordNet 3.0 derivational links of the")
    print("# noun's first two senses (Princeton WordNet licence); generated by")
    print("# data/events/wordnet_classes.py --derivations, see data/events/README.md")
    for word, offsets in senses(folder, "noun"):
        for verb in derived_verbs(word, offsets, nouns, verbs):
            print(f"{word}\t{verb}")


def pertains_to_noun(word, synset):
    """Whether `word` in the adjective `synset` has a pertainym pointer ("economic" -> economy)."""
    index = next((k + 1 for k, w in enumerate(synset.words) if w.split("(")[0] == word), 0)
    return any(symbol == "\\" and int(source_target[:2], 16) in (0, index)
               for symbol, offset, pos, source_target in synset.pointers)


def print_relational(folder):
    adjectives = synsets(folder, "adj")
    print("# Relational adjectives: one of their first two WordNet 3.0 senses pertains to a noun")
    print("# (Princeton WordNet licence); generated by data/events/wordnet_classes.py --relational,")
    print("# see data/events/README.md")
    for word, offsets in senses(folder, "adj"):
        if any(pertains_to_noun(word, adjectives[o]) for o in offsets[:2]):
            print(word)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--relational":
        print_relational(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet")
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--derivations":
        print_derivations(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet")
        return
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    nouns, verbs = synsets(folder, "noun"), synsets(folder, "verb")
    print("# word<TAB>class from WordNet 3.0 lexicographer files (Princeton WordNet licence);")
    print("# generated by data/events/wordnet_classes.py, see data/events/README.md")
    for word, offsets in senses(folder, "noun"):
        for cls in noun_classes(word, offsets, nouns, verbs):
            print(f"{word}\t{cls}")
    for word, offsets in senses(folder, "verb"):
        for cls in verb_classes(word, offsets, verbs):
            print(f"{word}\t{cls}")


if __name__ == "__main__":
    main()
