""":func:`extract`: a report in, its mentions, verified statements and dated claims out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date

from ..statements import parse
from ..verify import resolve_context, statement_names, verify
from .claim_reading import _claims
from .context import (
    _FROM_BEFORE,
    _admin_area,
    _antecedent,
    _capital_of_country,
    _decided_by_figure,
    _figure_readings,
    _oblast_centre,
    _seat_apposition,
    _sole_antecedent,
)
from .dates import _CHECKED, _without_datelines, published_in
from .mentions import (
    _DIGIT,
    _as_mentions,
    _as_written,
    _by_joint_context,
    _find_mentions,
    _foreign_region,
    _former_name,
    _in_hromada,
    _in_raion,
    _in_region,
    _list_neighbours,
    _near_anchor,
    _readings_fields,
    _readings_note,
    _same_place,
    _town_among_villages,
    _with_report_context,
)
from .model import Extraction, Mention
from .text import _paragraphs, sentences
from .vocabulary import _MEASURE_HINT


def extract(
    text: str,
    gz,
    *,
    published: Date | str | None = None,
    source: str | None = None,
    series=None,
) -> Extraction:
    """Find mentions, distance statements (verified) and dated claims in a report.

    ``series`` (a dated front-line :class:`frontmap.frontline.Series`) checks the report's
    distances to the front line on its publication date.
    """
    if isinstance(published, str):
        from ..claims import parse_date
        from ..errors import FrontmapError

        try:
            published = parse_date(published).start
        except ValueError as exc:
            raise FrontmapError(f"--published {published!r}: {exc}") from exc
    published_from = "given"
    if published is None:
        found = published_in(text)
        if found is not None:
            published, written = found
            published_from = f"read from the text ({written!r})"
        else:
            published, published_from = Date.today(), "not given: today"
    sents = sentences(text)
    result = Extraction(sents, published=published, published_from=published_from)
    mentions = _with_report_context(gz, _former_name(gz, _find_mentions(gz, sents), sents), sents)
    mentions = _in_hromada(gz, _in_region(gz, _by_joint_context(gz, mentions), sents), sents)
    mentions = _near_anchor(gz, _in_raion(gz, mentions, sents), sents)
    mentions = _list_neighbours(gz, mentions, sents)
    result.mentions = [
        replace(m, name=_as_written(gz, m), context=_readings_note(gz, m), **_readings_fields(m))
        if m.ambiguous and m.kind == "settlement"
        else m
        for m in _foreign_region(gz, _same_place(gz, _town_among_villages(gz, mentions)), sents)
    ]
    by_sentence: dict[int, list[Mention]] = {}
    for mention in result.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)

    parsed = []
    for si, (_, _, sent) in enumerate(sents):
        if not (_DIGIT.search(sent) or _MEASURE_HINT.search(sent.lower())):
            continue  # no number and no compass word: no statement to parse
        start = sents[si][0]
        first_at: dict[str, int] = {}  # where a subject shared by coordinated statements is read
        named_refs: set[str] = set()  # the places this sentence's statements measure from
        subjects: list[str] = []  # the places this sentence's statements measured
        read_before: dict[str, str] = {}  # a subject read from the sentence before -> its note
        for st in parse(sent):
            if st.relation not in _CHECKED:
                continue
            said = (st.subject, st.subject_kind)  # the subject as written, before any inference
            subject_at = first_at.setdefault((st.subject or "").lower(), st.span[0])
            st, note = _antecedent(
                st, si, start, sents, by_sentence, subject_at=start + subject_at,
                refs=named_refs, subjects=subjects, gz=gz,
            )  # fmt: skip
            origin = note
            if note.endswith(_MEASURED_EARLIER) and st.subject in read_before:
                # rule coordinated_antecedent: "It lies 55 km northwest of Donetsk and 20 km
                # south of Kramatorsk" — the second measure's "It" is the first's, read from
                # the sentence before: judged as that reading
                first = read_before[st.subject]
                if first.partition(" read as ")[0] == note.partition(" read as ")[0]:
                    origin = first
            elif st.subject and note.endswith(_FROM_BEFORE) and note.count(" read as ") == 1:
                read_before.setdefault(st.subject, note)
            if st.reference:
                named_refs.add(st.reference)
            if st.subject and st.subject_kind == "place":
                subjects.append(st.subject)
            parsed.append((si, st, note, said, origin))
    decided: dict = {}  # a name -> the reading a statement's figure fits, and how sure
    if parsed:
        # the statements' places are resolved jointly with every place the report names
        names = statement_names(st for _, st, _, _, _ in parsed)
        names += [m.text for m in result.mentions if m.kind == "settlement"]
        context = _as_mentions(resolve_context(gz, names), result.mentions)
        measured_from: dict = {}  # (sentence, subject) -> the places its statements measure from
        for si, st, _, _, _ in parsed:
            measured_from.setdefault((si, st.subject), set()).add((st.reference or "").lower())
        for si, st, note, said, origin in parsed:
            st = _seat_apposition(st)
            st, here, capital_note = _capital_of_country(st, gz, context)
            st, here, seat_note = _oblast_centre(st, gz, here)
            note = " ".join(x for x in (note, capital_note, seat_note) if x)
            v = verify(st, gz, context=here, date=published, series=series)
            refs = measured_from.get((si, st.subject), ())
            if (
                note
                and v.verdict == "inconsistent"
                and _sole_antecedent(
                    st, origin, si, sents, by_sentence, said=said, gz=gz, refs=refs
                )
            ):
                # rule sole_antecedent: "Лисичанск — город в Луганской области. Он расположен в
                # 140 км …": the sentence before names one place and nothing else, the
                # statement's own sentence none but its reference — the reading is the text's
                v = replace(v, explanation=f"{v.explanation} {note} (rule sole_antecedent)")
            elif note and v.verdict == "inconsistent":
                # a place read from the text around is an inference: it never makes an alarm
                v = replace(
                    v,
                    verdict="unverifiable",
                    reason=f"{note} Read so the statement is inconsistent, but the sentence "
                    "does not name the place itself: check which place is meant",
                    explanation=f"Unverifiable: {note} Read so: {v.explanation}",
                )
            elif note and v.verdict in ("consistent", "loose") and v.decided_by_figure:
                # a place read from the text around, and then the namesake the figure fits: two
                # inferences — the figure may not pick the reading of a place the text never names
                v = replace(
                    v,
                    verdict="ambiguous",
                    reason=f"{note} The name has several readings and they disagree",
                    explanation=f"Ambiguous: {note} Its readings disagree: {v.explanation}",
                )
            elif note:
                v = replace(v, explanation=f"{v.explanation} {note}")
            result.verdicts.append((si, v))
            _figure_readings(gz, v, si, sents[si][2], here, decided)
    if decided:
        result.mentions = [_decided_by_figure(gz, m, decided) for m in result.mentions]
        by_sentence = {}
        for mention in result.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    areas = [_admin_area(gz, m) for m in result.mentions]
    if any(a is not m for a, m in zip(areas, result.mentions, strict=True)):
        # rule admin_area: claims only (the mentions keep their readings for the statements)
        by_sentence = {}
        for mention in areas:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    result.claims = _claims(
        sents, _without_datelines(sents, by_sentence), published, _paragraphs(text, sents)
    )
    return result


#: The note of :func:`_antecedent` that reads a subject as an earlier statement's.
_MEASURED_EARLIER = "the place measured earlier in the sentence."
