"""Score :func:`frontmap.extract.extract` against the hand-annotated claims corpus.

``tests/corpus/claims-{dev,test}.jsonl`` (see ``tests/corpus/README.md``): tune on ``dev``,
measure ``test`` only once a change is finished.

Matching (one extracted claim matches at most one annotated claim, and the reverse):

* **place**: both the annotated place (``place`` and ``place_en``) and the extracted place are
  resolved with the gazetteer; they match when they share a place id, or, for a name that does
  not resolve, when their normalised names (:func:`gazetteer.names.key`) are equal;
* **strict**: place, ``date`` (as written, ISO) and ``side`` match;
* **lenient**: place and ``side`` match.

"Claims from reports that make none" counts every claim extracted from a record whose
annotation lists no claim: it must be 0.

Run: ``PYTHONPATH=. python -m tests.claims_eval [dev|test] [--home DIR] [--misses]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from gazetteer import PlaceNotFound
from gazetteer.names import key

CORPUS = Path(__file__).resolve().parent / "corpus"
LANGS = ("en", "uk", "ru")
#: Match kinds that name the place itself (not a fuzzy guess at another one).
_TRUSTED = ("exact", "former", "inflected", "variant")


def load(split: str) -> list[dict]:
    """The records of ``claims-<split>.jsonl`` (or of a JSONL file, given its path)."""
    path = Path(split) if split.endswith(".jsonl") else CORPUS / f"claims-{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


_IDS: dict = {}


def place_keys(gz, *names: str | None, place_id: str | None = None) -> set[str]:
    """Ids the names resolve to (trusted match kinds only), plus their normalised names."""
    out = {f"name:{key(n)}" for n in names if n}
    if place_id:
        out.add(place_id)
    for n in names:
        if not n:
            continue
        if n not in _IDS:
            try:
                found = gz.resolve(n, limit=10)
                _IDS[n] = {
                    h.place.id for h in found if h.match_kind in _TRUSTED and h.score >= 0.5
                } or set()
            except PlaceNotFound:
                _IDS[n] = set()
        out |= _IDS[n]
    return out


def _match(got: list[dict], want: list[dict], fields: tuple[str, ...]) -> int:
    """How many pairs match one-to-one (greedy, in order)."""
    free = list(range(len(want)))
    n = 0
    for g in got:
        for i in free:
            w = want[i]
            if g["_keys"] & w["_keys"] and all(g[f] == w[f] for f in fields):
                free.remove(i)
                n += 1
                break
    return n


def evaluate(gz, records: list[dict], *, misses: bool = False) -> dict:
    """Counts and scores per language and ``all``; the elapsed extraction time in ``seconds``."""
    from frontmap.extract import extract

    counts: dict = defaultdict(lambda: defaultdict(int))
    elapsed = 0.0
    lines = []
    for r in records:
        t = time.perf_counter()
        result = extract(r["text"], gz, published=r["published"])
        elapsed += time.perf_counter() - t
        got = [
            {"date": c.date, "side": c.side, "place": c.place, "claim": c.claim,
             "_keys": place_keys(gz, c.place, place_id=c.place_id)}
            for c in result.claims
        ]  # fmt: skip
        want = [
            {"date": c["date"], "side": c["side"], "place": c["place"], "claim": c["claim"],
             "_keys": place_keys(gz, c["place"], c.get("place_en"))}
            for c in r["claims"]
        ]  # fmt: skip
        strict = _match(got, want, ("date", "side"))
        lenient = _match(got, want, ("side",))
        for lang in (r["lang"], "all"):
            c = counts[lang]
            c["reports"] += 1
            c["got"] += len(got)
            c["want"] += len(want)
            c["strict"] += strict
            c["lenient"] += lenient
            if not want:
                c["no_claim_reports"] += 1
                c["no_claim_false"] += len(got)
        if misses and (strict < len(want) or strict < len(got)):
            lines.append(f"--- {r['id']} ({r['lang']}) strict {strict}/{len(want)}, got {len(got)}")
            lines += [f"  want {w['place']} {w['date']} {w['side']} {w['claim']}" for w in want]
            lines += [f"  got  {g['place']} {g['date']} {g['side']} {g['claim']}" for g in got]
    out = {}
    for lang, c in counts.items():
        row = dict(c)
        for kind in ("strict", "lenient"):
            p = c[kind] / c["got"] if c["got"] else 0.0
            rec = c[kind] / c["want"] if c["want"] else 0.0
            row[f"{kind}_p"], row[f"{kind}_r"] = p, rec
            row[f"{kind}_f1"] = 2 * p * rec / (p + rec) if p + rec else 0.0
        out[lang] = row
    out["seconds"] = elapsed
    out["misses"] = lines
    return out


def table(scores: dict) -> str:
    """The scores as a small text table."""
    head = f"{'lang':5} {'reports':>7} {'want':>5} {'got':>5} {'strict P/R/F1':>20} {'lenient F1':>11} {'no-claim FP':>12}"
    rows = [head]
    for lang in (*LANGS, "all"):
        if lang not in scores:
            continue
        s = scores[lang]
        rows.append(
            f"{lang:5} {s['reports']:>7} {s['want']:>5} {s['got']:>5} "
            f"{s['strict_p']:>6.1%}/{s['strict_r']:>6.1%}/{s['strict_f1']:>6.1%} "
            f"{s['lenient_f1']:>11.1%} {s.get('no_claim_false', 0):>12}"
        )
    n = scores["all"]["reports"]
    rows.append(f"{n / scores['seconds']:.0f} reports/s ({n} reports, {scores['seconds']:.2f} s)")
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    import gazetteer

    split = next((a for a in argv if a in ("dev", "test") or a.endswith(".jsonl")), "dev")
    home = argv[argv.index("--home") + 1] if "--home" in argv else None
    with gazetteer.open(home, build=False) as gz:
        records = load(split)
        evaluate(gz, records[:3])  # warm caches
        scores = evaluate(gz, records, misses="--misses" in argv)
    print(split if split.endswith(".jsonl") else f"claims-{split}.jsonl")
    print(table(scores))
    if "--misses" in argv:
        print("\n".join(scores["misses"]))


if __name__ == "__main__":
    main(sys.argv[1:])
