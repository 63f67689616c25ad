#!/usr/bin/env python3
"""Writes tests/data/ask-variants.txt: three mechanical variants of every
question of the spent blind sets, each expecting the original's reading.

Kinds (one change per variant, as a real user types):
  lower  - lower-case, apostrophes dropped;
  typo   - one content word (the longest of five letters or more, not a
           number) with a one-letter typo: a middle letter dropped, or two
           middle letters swapped (alternating by question);
  syn    - the first word found in SYNONYMS replaced by its synonym.

SYNONYMS was written before any variant was scored (branch ask-28) and is
not tuned on results. Run from the repository root; deterministic.
"""

import re

SETS = [
    "ask-blind-round3-dev.txt", "ask-blind-round3-held.txt",
    "ask-blind-round4-dev.txt", "ask-blind-round4-held.txt",
    "ask-blind-round5-dev.txt",
    "ask-blind-round6-dev.txt", "ask-blind-round6-held.txt",
    "ask-blind-round7-dev.txt", "ask-blind-round7-held.txt",
    "ask-train7-t1.txt", "ask-train7-t2.txt",
]

# word (lower-case) -> what a user might type instead
SYNONYMS = {
    "demand": "insist on", "demands": "insists on", "demanded": "insisted on",
    "demanding": "pushing for", "insist": "demand", "insisting": "demanding",
    "reject": "turn down", "rejects": "turns down", "rejected": "turned down",
    "rejecting": "rebuffing", "refuse": "turn down", "refused": "rebuffed",
    "block": "hold up", "blocks": "holds up", "blocking": "holding up",
    "stopping": "holding up", "stop": "block",
    "offer": "proposal", "offers": "proposals", "proposal": "offer",
    "proposals": "offers", "deal": "package", "package": "deal",
    "plan": "proposal",
    "want": "seek", "wants": "seeks",
    "support": "back", "supports": "backs", "back": "support", "backs": "supports",
    "backing": "supporting",
    "oppose": "object to", "opposes": "objects to", "opposing": "objecting to",
    "accept": "agree to", "accepted": "agreed to", "accepts": "agrees to",
    "talks": "negotiations", "negotiations": "talks",
    "ceasefire": "truce", "truce": "ceasefire",
    "changed": "shifted", "shifted": "changed", "change": "shift",
    "mediating": "brokering", "brokering": "mediating", "mediator": "broker",
    "mediators": "brokers", "mediates": "brokers",
    "respond": "reply", "responded": "replied", "response": "reply",
    "reply": "respond", "replied": "responded",
    "proposed": "put forward", "propose": "put forward",
    "anyone": "anybody", "anybody": "anyone",
    "conditions": "preconditions", "condition": "precondition",
    "requires": "needs", "require": "need",
    "position": "stance", "stance": "position", "positions": "stances",
    "agreement": "accord", "threat": "warning", "threats": "warnings",
    "happens": "follows", "new": "fresh",
}


def content_words(q):
    return [w for w in re.findall(r"[A-Za-z]+", q) if len(w) >= 5]


def typo(q, n):
    words = content_words(q)
    if not words:
        return None
    word = max(words, key=len)
    mid = len(word) // 2
    if n % 2 == 0:
        bad = word[:mid] + word[mid + 1:]
    else:
        bad = word[:mid - 1] + word[mid] + word[mid - 1] + word[mid + 1:]
    if bad == word:
        return None
    return re.sub(r"\b%s\b" % re.escape(word), bad, q, count=1)


def synonym(q):
    for m in re.finditer(r"[A-Za-z]+", q):
        w = m.group(0)
        if w.lower() in SYNONYMS:
            return q[:m.start()] + SYNONYMS[w.lower()] + q[m.end():]
    return None


def lower(q):
    return q.lower().replace("'", "").replace("\u2019", "")


def main():
    out = [
        "# Mechanical variants of every question of the spent blind sets (issue 25,",
        "# branch ask-28), written by tests/data/make-ask-variants.py: lower-case and",
        "# apostrophes dropped; one one-letter typo; one synonym. Each expects its",
        "# original's reading. Format as the blind sets; the comment before each",
        "# variant names its kind and origin.",
    ]
    n = 0
    seen = set()
    for name in SETS:
        for line in open("tests/data/" + name):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            graph, q, exp = [x.strip() for x in line.split(" | ", 2)]
            if (graph, q) in seen:
                continue
            seen.add((graph, q))
            n += 1
            for kind, v in (("lower", lower(q)), ("typo", typo(q, n)), ("syn", synonym(q))):
                if v is None or v == q:
                    continue
                out.append(f"# {kind} {name}")
                out.append(f"{graph} | {v} | {exp}")
    open("tests/data/ask-variants.txt", "w").write("\n".join(out) + "\n")


main()
