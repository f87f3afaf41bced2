"""frontmap's verdicts against an independent fact-checker's, on the real-text statement corpus.

``tests/corpus/statements-verdicts.jsonl`` holds, for annotated statements of
``statements-{dev,test}.jsonl``, a verdict made without frontmap (places looked up in GeoNames
or known coordinates, distance and bearing computed, the stated qualifier read as a careful
fact-checker would): ``consistent``, ``inconsistent`` or ``cannot_judge``.

frontmap reads each sentence as ``frontmap check --file`` / ``extract`` read a report: with the
sentence before it (the record's ``context``) as the text around it, when there is one. Its verdicts count as

* ``consistent`` → consistent, ``inconsistent`` → inconsistent;
* ``loose`` → hedged: it fits only loosely (a road distance, a far edge), neither a green
  light nor an alarm;
* ``ambiguous`` / ``unverifiable``, or the statement not read at all → it abstained.

Figures, over the statements the fact-checker could judge: **agreement** (frontmap gave the
same verdict), **hedged**, **abstained**, **false alarms** (frontmap inconsistent, fact-checker consistent)
and **missed errors** (frontmap consistent, fact-checker inconsistent); and, over the
statements frontmap judged, how often the fact-checker agrees.

Run: ``PYTHONPATH=. python -m tests.verdicts_eval [dev|test] [-v]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from .corpus_eval import OWN, norm_name, records

LABELS = OWN / "statements-verdicts.jsonl"
AS_FACT = {"consistent": "consistent", "loose": "loose", "inconsistent": "inconsistent"}


def labels(split: str, path: Path = LABELS) -> list[dict]:
    """The fact-checker's labels of one split."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r["split"] == split]


def frontmap_verdicts(record: dict, gz) -> list:
    """frontmap's verdicts on a record's sentence, read with its context when it has one."""
    from frontmap.extract import extract

    text = "\n\n".join(
        x for x in (record.get("title"), record.get("context"), record["sentence"]) if x
    )
    result = extract(text, gz, published=record.get("date") or "2025-01-01")
    last = len(result.sentences) - 1
    return [v for si, v in result.verdicts if si == last]


def _same(verdict, annotated: dict) -> bool:
    st = verdict.statement
    return _named(verdict, st.reference, annotated["reference"]) and (
        _named(verdict, st.subject, annotated["subject"])
        or (st.value is not None and st.value == annotated.get("value"))
    )


def _named(verdict, read: str | None, annotated: str | None) -> bool:
    """The same place: named alike, or a pronoun or description ("It", "the town") that
    frontmap read as that place from the text around (its note "'It' read as Jabalia")."""
    if norm_name(read) == norm_name(annotated):
        return True
    if read and annotated is None:  # "The unstated reference read as Бережок, …"
        return f"unstated subject read as {read}," in verdict.explanation or (
            f"unstated reference read as {read}," in verdict.explanation
        )
    return bool(read and annotated) and f"'{annotated}' read as {read}," in verdict.explanation


def evaluate(
    gz, split: str, *, verbose: bool = False, sentences: Path | None = None, labelled: Path = LABELS
) -> dict:
    """Tally frontmap against the fact-checker over one split (see the module docstring), or
    over the ``sentences`` file whose labels ``labelled`` holds (a batch outside the splits)."""
    by_id = {r["id"]: r for r in records(sentences or OWN / f"statements-{split}.jsonl")}
    tally: Counter = Counter()
    cache: dict[str, list] = {}
    for label in labels(split, labelled):
        record = by_id.get(label["id"])
        if record is None or label["index"] >= len(record["statements"]):
            continue
        annotated = record["statements"][label["index"]]
        if label["id"] not in cache:
            cache[label["id"]] = frontmap_verdicts(record, gz)
        found = [v for v in cache[label["id"]] if _same(v, annotated)]
        # two statements alike but for their subject: the one whose subject is the annotated one
        # … and of two alike but for their figure ("24 km by road, 10 km in a straight line"),
        # the one with the annotated figure
        found.sort(
            key=lambda v: (
                not _named(v, v.statement.subject, annotated["subject"]),
                v.statement.value != annotated.get("value"),
            )
        )
        ours = AS_FACT.get(found[0].verdict, "abstained") if found else "abstained"
        theirs = label["verdict"]
        tally["labelled"] += 1
        if theirs == "cannot_judge":
            tally["cannot_judge"] += 1
            tally["judged_where_fact_checker_could_not"] += ours in ("consistent", "inconsistent")
            continue
        tally["judgeable"] += 1
        tally["agree"] += ours == theirs
        tally["abstained"] += ours == "abstained"
        tally["hedged"] += ours == "loose"
        tally["false_alarm"] += ours == "inconsistent" and theirs == "consistent"
        tally["missed_error"] += ours == "consistent" and theirs == "inconsistent"
        tally["frontmap_judged"] += ours in ("consistent", "inconsistent")
        if verbose and ours != theirs:
            why = found[0].explanation[:160] if found else "not read"
            print(
                f"  {label['id']}#{label['index']}: fact-checker {theirs}, frontmap {ours}: {why}"
            )
    return dict(tally)


def summary(t: dict) -> str:
    judgeable = t.get("judgeable", 0) or 1
    judged = t.get("frontmap_judged", 0) or 1
    return (
        f"{t.get('labelled', 0)} labelled, {t.get('judgeable', 0)} judgeable: agreement "
        f"{t.get('agree', 0) / judgeable:.1%}, hedged (loose) {t.get('hedged', 0)}, "
        f"abstained {t.get('abstained', 0) / judgeable:.1%}, "
        f"false alarms {t.get('false_alarm', 0)}, missed errors {t.get('missed_error', 0)}; "
        f"where frontmap judged ({t.get('frontmap_judged', 0)}), the fact-checker agrees "
        f"{t.get('agree', 0) / judged:.1%}"
    )


def main(argv: list[str]) -> None:
    import gazetteer

    gz = gazetteer.open()
    files = [Path(a) for a in argv if a.endswith(".jsonl")]
    if files:  # SENTENCES.jsonl LABELS.jsonl SPLIT: a batch outside dev/test
        split = next(a for a in argv if not a.endswith(".jsonl") and not a.startswith("-"))
        found = evaluate(gz, split, verbose="-v" in argv, sentences=files[0], labelled=files[1])
        print(f"{files[0].name}: {summary(found)}")
        return
    splits = [a for a in argv if a in ("dev", "test")] or ["dev", "test"]
    for split in splits:
        print(f"{split}: {summary(evaluate(gz, split, verbose='-v' in argv))}")


if __name__ == "__main__":
    main(sys.argv[1:])
