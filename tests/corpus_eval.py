"""Compare parsed statements with the hand annotations of ../shared/corpus/dev-statements.jsonl.

Normalisation (the same on both sides): names compare by their last run of capitalised words
(possessives dropped; "the capital, Damascus" → "Damascus"; a place-type word opening the run
dropped: "Селище Верхньоторецьке" at a sentence's start → "Верхньоторецьке", and so is a
word of who holds it: "Houthi-held Hodeidah" → "Hodeidah"), or, when a phrase has no proper
name, lower-cased without articles ("The village" → "village"); pronoun references count as
unresolved (None); directions compare as compass degrees ("east by north (EbN)" = "EbN",
"to the north" = "north", "further south" = "south"), a side along a river ("вище за течією")
as none, other direction phrases as lower-case text; units as km/mi/m/h; values as numbers.
An administrative qualifier after a name is no part of it (since session 18, disclosed in the
README): a capitalised word followed by a region word ("Глушкове Курської області",
"Отрадного Белгородского района") and a parenthesis ("Старый Хутор (Глобинский район)") are
dropped, on both sides, so "Глушкове Курської області" = "Глушкове".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from frontmap.geodesy import compass_degrees
from frontmap.lexicon import lexicon
from frontmap.statements import parse

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-statements.jsonl"
#: Our own real-text corpus, split once (tests/corpus/README.md): tune on dev, measure on test.
OWN = Path(__file__).resolve().parent / "corpus"
_CONNECT = {"al", "el", "de", "la", "du", "van", "von", "ad", "bin", "ibn"}
_LEAD = {"the", "a", "an", "The", "A", "An"}
_TYPE_WORDS = lexicon().type_words  # Ukrainian and Russian: "Село", "Поселок" …
#: "області", "района", "громади" … (and their nominatives): the word before one is a qualifier
_REGION_WORDS = frozenset(w for w in lexicon().region_words if w.isalpha() and w.islower()) | {
    "область",
    "район",
    "громада",
    "округ",
    "край",
}
_HELD = lexicon().control_modifiers  # "Houthi-held Hodeidah", "Russian-occupied Donetsk"
#: "вище за течією", "выше по течению", "upstream": a side along a river is no compass direction;
#: the corpus codes river positions as distance_only with no direction (README, batch m), and
#: the verifier checks only their distance, so both sides compare it as none.
_RIVER_SIDES = frozenset(w.lower() for w in lexicon().river_directions)


def norm_name(text):
    if not text:
        return None
    text = re.sub(r"['’]s\b", "", text)
    text = text.replace("\u0301", "")  # "Изю́м": a stress mark is no letter
    text = re.sub(r"\([^()]*\)", " ", text)  # "Старый Хутор (Глобинский район)"
    words = re.findall(r"[\w\-]+", text)
    if len(words) == 1 and words[0].lower() in {"it", "they", "this"}:
        return None
    runs, run = [], []
    for i, w in enumerate(words):
        cap = w[:1].isupper() and not (i == 0 and w in _LEAD)
        if cap and run and i + 1 < len(words) and words[i + 1] in _REGION_WORDS:
            cap = False  # "Глушкове Курської області": the region is no part of the name
        if cap or (run and w in _CONNECT):
            run.append(w)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    if runs:
        run = runs[-1]
        while len(run) > 1 and (
            run[0].lower() in _TYPE_WORDS or run[0].lower().rpartition("-")[2] in _HELD
        ):
            run = run[1:]  # "Селище Верхньоторецьке" opening a sentence: the name is the rest
        return " ".join(run).lower()
    return " ".join(w for w in words if w.lower() not in {"the", "a", "an"}).lower()


def norm_dir(text):
    if not text:
        return None
    t = re.sub(r"\(.*?\)", "", text).strip().lower()
    if t in _RIVER_SIDES:
        return None
    t = re.sub(r"^(?:to the|further|farther|due|in the)\s+", "", t)
    t = lexicon().compass.get(t, t)
    try:
        return compass_degrees(t)
    except ValueError:
        return t


def norm_unit(text):
    if not text:
        return None
    t = text.split()[0].lower()
    return {"kilometres": "km", "kilometers": "km", "miles": "mi"}.get(t, t)


def key(st):
    get = st.get if isinstance(st, dict) else lambda k: getattr(st, k)
    unit = get("unit_norm") if isinstance(st, dict) else get("unit")
    value = get("value")
    return (
        norm_name(get("subject")),
        norm_name(get("reference")),
        float(value) if value is not None else None,
        norm_unit(unit),
        norm_dir(get("direction")),
    )


def records(path: Path = CORPUS, lang: str | None = None) -> list[dict]:
    """The annotated sentences of a corpus file (optionally of one language)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if lang is None or r["lang"] == lang]


#: Statements with a distance: to a place, or to a line (front, border, positions).
DISTANCE_RELATIONS = ("distance_direction", "distance_only", "line_distance")


def evaluate(relations=DISTANCE_RELATIONS, path: Path = CORPUS, lang=None):
    """Return (hits, total, misses) over the annotated statements of those relations."""
    hits = total = 0
    misses = []
    for record in records(path, lang):
        parsed = parse(record["sentence"])
        got = [key(s) for s in parsed if s.relation in relations or s.unit]
        for ann in record["statements"]:
            if ann["relation"] not in relations:
                continue
            total += 1
            want = key(ann)
            if want in got:
                hits += 1
                got.remove(want)
            else:
                misses.append((record["id"], want, got))
    return hits, total, misses


if __name__ == "__main__":
    import sys

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    for lang in sorted({r["lang"] for r in records(path)}):
        hits, total, misses = evaluate(path=path, lang=lang)
        print(f"{lang}: {hits}/{total} = {hits / max(total, 1):.1%}")
        if "-v" in sys.argv:
            for m in misses:
                print("  ", m)
