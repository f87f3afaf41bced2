"""The verdict of one statement (:func:`verify`), of a sentence (:func:`verify_sentence`) and the context shared by the statements of one text; routes by road or rail, vague quantities."""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer.inflection import common_noun, word_cases
from gazetteer.names import TYPE_WORDS, has_cyrillic, key
from gazetteer.resolver import SPELLING_FORM_EVIDENCE

from ..geodesy import UNIT_KM
from ..statements import Statement, parse, place_name
from ..statements.mood import MOODS
from ..statements.phrases import _owner_description
from .facilities import facility_reading
from .measure import _has_distance, _measure
from .model import Verdict, place_label, unverifiable
from .namesakes import _city_for_a_namesake, _fits, _implausible, _near_one, _near_pair
from .readings import (
    CHANCE_FIT_REASON,
    CITY_CODES,
    CITY_POPULATION,
    READING_MARGIN,
    _oblast_after,
    _own_spelling,
    place_readings,
)
from .rubric import _LEX, _NOT_POINTS, _RANK_ALL, DEFAULT_RUBRIC, Rubric


def verify(
    st: Statement,
    gz,
    rubric: Rubric = DEFAULT_RUBRIC,
    *,
    context=None,
    date=None,
    series=None,
) -> Verdict:
    """Verify one parsed statement; see :func:`_verify`. Context never makes it worse.

    When the names as the context resolved them do not fit, the statement is measured
    again with every reading of its names: context decides names, it never turns a
    statement one namesake fits into an inconsistent one.

    ``date`` (the day the statement was made) and ``series`` (a dated front-line
    :class:`frontmap.frontline.Series`) check distances to the front line and to forces
    (:mod:`frontmap.lines`); without them such statements are ``unverifiable`` and say so.
    Distances to Ukraine's border need neither.
    """
    verdict = _verify_routed(st, gz, rubric, context, date, series)
    if verdict.verdict == "consistent" and rubric.stated_longer and _has_distance(st):
        # rule stated_longer only ever raises alarms: a fit it leads to (a namesake reached
        # because the reading the text points at became inconsistent) is no fit without it
        plain = _verify_routed(st, gz, replace(rubric, stated_longer=False), context, date, series)
        if plain.verdict != "consistent":
            verdict = plain
    reason = _withdrawn(st, verdict)
    if reason is None:
        return verdict
    return unverifiable(st, reason, subject=verdict.subject, reference=verdict.reference)


#: Verdicts resting on a reading of the names, and those of them a doubtful reading withdraws.
_JUDGED = ("inconsistent", "loose", "consistent", "ambiguous")
_DOUBTED = ("inconsistent", "loose", "ambiguous")


def _withdrawn(st: Statement, verdict: Verdict) -> str | None:
    """Why ``verdict`` is not trusted on a place the text names only doubtfully, or None.

    Rules: ``apposed_address`` ("Sudzha, Kursk, a town 10 km from the border": the middle name
    may be the first one's address or the place described), ``country_possessive`` ("Sudzha, in
    Russia's Kursk, about 10 km …": the region as often as the city), ``destination`` ("a bus
    travelling to Pokrovsk, 20 km west of Donetsk": the measure may place the bus), and
    ``all_capitals`` (capitals do not tell names from other words: never judged false).
    """
    v = verdict.verdict
    if v in _JUDGED and (first := _apposed_address(st)):
        return (
            f"'{st.subject}' stands between '{first}' and a description: it may be {first}'s "
            "address (its region) or the place described, so which one the figure places is "
            "not clear"
        )
    if v in _DOUBTED and _country_possessive(st):
        return (
            f"'{st.subject}' follows a country's possessive, where it names the region as often "
            "as the city: read as the city, the statement does not fit, so it is not checked"
        )
    if v in _JUDGED and _destination(st):
        # a fit confirms nothing either: "a train bound for Kharkiv was shelled 100 km from
        # Kupiansk" places the train (red team 23)
        return (
            f"'{st.subject}' is where something was heading: the measure may place the vehicle "
            f"or the road, not {st.subject} itself, so it is not checked"
        )
    if v in _JUDGED and (variant := _variant_over_exact(verdict)):
        return variant
    if v in ("inconsistent", "loose") and _all_capitals(_around(st)):
        where = place_label(verdict.subject.place) if verdict.subject else st.subject
        return (
            "the text is written in capitals, which do not tell names from other words: read "
            f"as {where}, the statement does not fit, but the reading is not trusted"
        )
    return None


def _variant_over_exact(verdict: Verdict) -> str | None:
    """Rule ``exact_first``: a verdict whose place is read only through a spelling variant
    ("Lysivka" as Ukrayinsk, once called Lesovka) while other readings bear the name exactly
    (five villages called Lysivka) rests on a look-alike the figure chose: never trusted."""
    for role in ("subject", "reference"):
        chosen = getattr(verdict, role)
        if chosen is None or chosen.match_kind not in ("variant", "fuzzy"):
            continue
        if _own_spelling(chosen):
            continue  # "Kotlyarivka" as Kotliarivka: the place's own name, spelled otherwise
        exact = {
            getattr(r, role).place.id
            for r in verdict.alternatives
            if getattr(r, role) is not None and getattr(r, role).match_kind == "exact"
        }
        if exact:
            return (
                f"the {role} is read as {place_label(chosen.place)} only through the spelling "
                f"'{chosen.matched}', while {len(exact)} other place(s) bear the name exactly and "
                "do not fit: a look-alike is never what a verdict rests on (rule exact_first)"
            )
    return None


#: "Sudzha, Kursk, a town …": a name, a comma, the subject, a comma and an article.
_APPOSED_ADDRESS = r"(?P<first>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){{0,2}}),\s+{},\s+(?:a|an)\s"


#: How far before a statement's span its subject is looked for, and after it, by the last guards
#: (each reads the statement's own stretch of text: a long sentence's many statements stay linear).
SUBJECT_WINDOW = (300, 100)


def _around(st: Statement) -> str:
    """The stretch of the sentence around the statement (:data:`SUBJECT_WINDOW`)."""
    lo = max(0, st.span[0] - SUBJECT_WINDOW[0])
    return (st.sentence or "")[lo : st.span[1] + SUBJECT_WINDOW[1]]


def _subject_at(st: Statement, text: str) -> int:
    """Where the statement's subject stands in ``text`` (its stretch, :func:`_around`), or -1."""
    return text.rfind(st.subject) if st.subject else -1


def _apposed_address(st: Statement) -> str | None:
    """Rule ``apposed_address``: the name before the subject when the subject stands between
    it and an indefinite description ("Sudzha, Kursk, a town 10 km from …"), else None."""
    text = _around(st)
    if _subject_at(st, text) < 0 or not st.subject[:1].isupper():
        return None
    m = re.search(_APPOSED_ADDRESS.format(re.escape(st.subject)), text)
    if m is None or not m.group("first")[:1].isupper():
        return None
    return m.group("first").split()[-1]


#: Rule destination: a destination's lead words right before a name (lexicon ``destination_leads``).
_DESTINATION_LEAD = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(map(re.escape, sorted(_LEX.destination_leads, key=len, reverse=True)))
    + r")\s+(?:(?:the|town|city|village|of)\s+){0,3}$",
    re.IGNORECASE,
)


#: "in Russia's ", "in Ukraine's ": a country's possessive right before a name.
_COUNTRY_POSSESSIVE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?([^\W\d_]+)['’]s?\s+$", re.IGNORECASE)


def _country_possessive(st: Statement) -> bool:
    """Whether the subject follows "in <country>'s" (rule country_possessive)."""
    text = _around(st)
    at = _subject_at(st, text)
    m = _COUNTRY_POSSESSIVE.search(text, max(0, at - 40), at) if at > 0 else None
    return m is not None and m.group(1).lower() in _LEX.countries


def _destination(st: Statement) -> bool:
    """Whether the subject is named right after a destination's lead words (rule destination)."""
    text = _around(st)
    at = _subject_at(st, text)
    return at > 0 and _DESTINATION_LEAD.search(text, max(0, at - 60), at) is not None


def _all_capitals(text: str) -> bool:
    """Whether ``text`` (a statement's stretch) has letters and none of them lower-case (rule
    ``all_capitals``)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 10 and not any(c.islower() for c in letters)


def _verify_routed(st: Statement, gz, rubric: Rubric, context, date, series) -> Verdict:
    """The verdict of :func:`verify` before its last guards (:func:`_withdrawn`)."""
    if st.mood is not None:
        return unverifiable(
            st, f"the text does not assert the figure: {MOODS[st.mood]} (rule not_asserted)"
        )
    if st.rule in ("listed_references", "gapped_pair"):
        return unverifiable(st, _NOT_JUDGED[st.rule])  # lines too: no pairing, no verdict
    if st.relation == "line_distance":
        from ..lines import verify_line

        verdict = verify_line(st, gz, rubric, context=context, date=date, series=series)
        if context and verdict.verdict in ("inconsistent", "ambiguous", "loose"):
            alone = verify_line(st, gz, rubric, date=date, series=series)
            if _RANK_ALL.get(alone.verdict, 9) < _RANK_ALL.get(verdict.verdict, 9):
                return alone
        return verdict
    verdict = _verify(st, gz, rubric, context=context)
    if context and verdict.verdict in ("inconsistent", "ambiguous", "loose"):
        alone = _verify(st, gz, rubric)
        rank = {"consistent": 0, "loose": 1, "ambiguous": 2, "unverifiable": 3}
        if rank.get(alone.verdict, 9) < rank.get(verdict.verdict, 9):
            verdict = alone
    if verdict.verdict == "inconsistent" and (water := _water_namesake(st, gz, verdict)):
        return unverifiable(
            st,
            f"'{water}' names a river as well as a settlement, and the settlement does not fit "
            "the statement: the river may be meant (rule water_name)",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    if verdict.verdict == "ambiguous":
        verdict = _near_pair(st, gz, rubric, verdict) or verdict
    if (
        st.relation == "proximity"
        and verdict.verdict in ("inconsistent", "loose")
        and (area := _area_named_by(verdict))
    ):
        # rule near_area: "Vuhledar, a town near Donetsk": the reference's name is also the
        # name of the oblast or raion the subject lies in, which wire copy means as often as
        # the city; "near" it is then no claim about the city's distance, so never called wrong
        return unverifiable(
            st,
            f"'{st.reference}' also names {area}, which '{st.subject}' lies in: 'near "
            f"{st.reference}' may mean that area, not the city, so it is not checked",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    if st.rule == "reference_postmodifier_near" and verdict.verdict in (
        "inconsistent",
        "loose",
        "ambiguous",
    ):
        # "3 km from the city of Vuhledar near Donetsk": the 'near' phrase only locates the
        # reference (wire copy writes "near Donetsk" for the area or the oblast); it helps to
        # choose namesakes and is never called wrong (rule reference_postmodifier_near)
        return unverifiable(
            st,
            f"'{st.direction} {st.reference}' only says where '{st.subject}' lies (an area or "
            "the region of that name, not a claimed distance): it is not checked",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    if st.rule == "near_event_place" and verdict.verdict in ("inconsistent", "loose", "ambiguous"):
        # "Russian forces attacked south of Kreminna, about 3 km from Bilohorivka", "Бої під
        # Кремінною за 3 км від …": the measure may place the fighting or the forces, which
        # are only near the place; it is consistent when the place itself fits, never wrong
        # (rule near_event_place)
        return unverifiable(
            st,
            f"the measure may place what lies near '{st.subject}', not "
            f"'{st.subject}' itself; read as the place, the statement does not fit, so it is "
            "not checked",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    inflected = verdict.subject is not None and verdict.subject.match_kind == "inflected"
    if (
        (verdict.verdict == "inconsistent" or (inflected and verdict.verdict in _JUDGED))
        and not _opening_town(st, verdict)
        and (word := _opening_common_noun(st))
    ):
        # rule opening_noun: "Аэродром находится … в 250 км от Одессы" is about an airfield,
        # not the village Aerodrom 525 km away: a common noun is likelier than a false statement;
        # and a village read from such a word only by its ending ("Ставок за 7 км від Лимана
        # висох": Stavky) is confirmed by no fit either
        where = place_label(verdict.subject.place) if verdict.subject is not None else word
        fits = (
            "the statement does not fit"
            if verdict.verdict == "inconsistent"
            else ("the place is read from the word only by its ending")
        )
        return unverifiable(
            st,
            f"the subject {word!r} opens the sentence and is also an ordinary word "
            f"({word.lower()!r}); read as the place {where}, {fits} — the word is likelier meant "
            "as a common noun. Name the place to check it",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    if verdict.verdict == "inconsistent" and (small := _small_foreign_place(verdict)):
        # rule foreign_village: outside Ukraine the gazetteer holds only places of 500 people
        # or more (GeoNames cities500), so a village found there may be a namesake of the one
        # meant ("Nyaung Kone village … 75 miles west of Mandalay" read as the Nyaung Gon
        # 600 km south): no statement is called false on such a reading
        return unverifiable(
            st,
            f"read as {place_label(small)} (population {small.population or 0:,}), the statement "
            "does not fit; outside Ukraine the gazetteer holds only places of 500 people or "
            "more, and a village's name recurs within a country, so the place meant may be "
            "another one. Name its district or give coordinates to check it",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    return verdict


#: Rule ``foreign_village``: below this population a place outside Ukraine is not trusted to be
#: the only one of its name (the gazetteer holds only GeoNames' places of 500+ people there).
FOREIGN_VILLAGE_POPULATION = 20_000


#: Characters before a name read for a word saying it is a spot (rule spot_name).
SPOT_LOOK_BACK = 30

#: What a reading of these GeoNames feature classes is, for rule spot_name.
_SPOT_KINDS = {"S": "a spot or building (a station, a halt, a mine)", "L": "an area or a port"}


def _spot_named(st: Statement, text: str | None) -> bool:
    """Whether a name is written with a word saying it is a spot or a facility, in the name or
    right before it ("Kramatorsk railway station", "ж.-д. станции Фенольная", "the Kakhovka
    hydroelectric power plant"): then the spot is what is meant (rule spot_name)."""
    from gazetteer.inflection import lemmas

    text = text or ""
    at = st.sentence.find(text) if text else -1
    stretch = text + " " + (st.sentence[max(0, at - SPOT_LOOK_BACK) : at] if at > 0 else "")
    words = [w.strip('.,;:()«»"').lower() for w in stretch.split()]
    return any(
        TYPE_WORDS.get(x, "").startswith(("S", "L")) or x in _LEX.facility_features
        for w in words
        for x in (w, *lemmas(w))
    )


#: The lexicon's rivers by key (rule water_name): the ones the gazetteer lacks as streams.
_RIVER_KEYS = frozenset(key(n) for n in _LEX.river_names)


def _spot_for_settlement(st: Statement, sides, wider: Verdict) -> bool:
    """Rule ``spot_name``: whether a fitting wider reading rests on a station or spot that bears
    a settlement's name while the settlement is on offer and the text names no spot
    ("Святогірськ … трохи більше ніж за 30 км від Слов'янська": not the railway station
    Sviatohirsk, 4 km further): such a fit never overturns the settlement's verdict."""
    for cand, cands, text in zip(
        (wider.subject, wider.reference), sides, (st.subject, st.reference), strict=True
    ):
        if (
            cand is not None
            and cand.place.feature_class in ("S", "L")
            and any(c.place.feature_class in ("P", None) for c in cands)
            and not _spot_named(st, text)
        ):
            return True
    return False


def _water_namesake(st: Statement, gz, verdict: Verdict) -> str | None:
    """Rule ``water_name``: the name of a side read as a village or small town that a river
    bears exactly as well ("Oskil lies 20 km south of Kupiansk": the village Oskil or the river
    Oskil; "Udy lies 10 km south of Kharkiv": the village Udy or the river the gazetteer lacks,
    which the lexicon's ``river_names`` lists), or None. A city's name (Kharkiv, Bakhmut) means
    the city."""
    for role, text, side in (
        ("subject", st.subject, verdict.subject),
        ("reference", st.reference, verdict.reference),
    ):
        if not text or side is None:
            continue
        town = side.place
        if (town.population or 0) >= CITY_POPULATION or (town.feature_code or "") in CITY_CODES:
            continue
        if key(place_name(text) or text) in _RIVER_KEYS:
            return town.name
        cands = place_readings(st, gz, role, text, None)
        if not isinstance(cands, Verdict) and any(
            c.place.feature_class == "H" and c.match_kind == "exact" for c in cands
        ):
            return town.name
    return None


def _small_foreign_place(verdict: Verdict):
    """The first side of an inconsistent verdict read as a small place outside Ukraine (rule
    ``foreign_village``), or None."""
    for side in (verdict.subject, verdict.reference):
        place = side.place if side is not None else None
        if (
            place is not None
            and place.country not in (None, "UA")
            and (place.population or 0) < FOREIGN_VILLAGE_POPULATION
            and place.feature_class == "P"
        ):
            return place
    return None


#: The words that name an area's kind after its name in GeoNames ("Donetsk Oblast").
_AREA_SUFFIX = re.compile(r"\s+(?:oblast|raion|region|district)$", re.IGNORECASE)


def _area_named_by(verdict: Verdict) -> str | None:
    """The oblast or raion the subject lies in whose name the reference's place bears
    (rule ``near_area``), else None."""
    subject, reference = verdict.subject, verdict.reference
    if subject is None or reference is None:
        return None
    names = {key(n) for n in (reference.place.name, reference.place.name_en) if n}
    for area in (subject.place.admin1, subject.place.admin2):
        if area and key(_AREA_SUFFIX.sub("", area)) in names:
            return area
    return None


#: Rule ``opening_noun``: a Ukrainian town of at least this many people, named exactly as the
#: word opening the sentence, is what the word means: the Ukrainian dictionary lists towns'
#: names as plain nouns (no Geox), so "Херсон" or "Краматорськ" opening a sentence would
#: otherwise read as ordinary words and never be called wrong. Towns whose names are also
#: everyday words stay guarded: "Щастя"/"Счастье" (11,000 people) and "Бар" lie below it, and
#: a word the Russian dictionary knows as an ordinary noun ("Лиман", "Марганец") is excluded.
OPENING_TOWN_POPULATION = 20_000


def _opening_town(st: Statement, verdict: Verdict) -> bool:
    """Whether the subject's reading is a Ukrainian town of :data:`OPENING_TOWN_POPULATION`
    people or more, matched exactly as written (not by an ending or another spelling), and
    the word no ordinary Russian noun."""
    c = verdict.subject
    return (
        c is not None
        and c.match_kind == "exact"
        and c.place.country == "UA"
        and (c.place.population or 0) >= OPENING_TOWN_POPULATION
        and not common_noun(st.subject or "", "ru")
    )


def _opening_common_noun(st: Statement) -> str | None:
    """The subject, when it is one Cyrillic word that opens the sentence and that a dictionary
    knows as an ordinary noun (rule ``opening_noun``); else None."""
    word = st.subject or ""
    if " " in word or not has_cyrillic(word):
        return None
    if not st.sentence.lstrip(" \"'«“„(").startswith(word):
        return None
    if _oblast_after(st.sentence, st.sentence.find(word) + len(word)) is not None:
        return None  # "Балаклея Харьковской области …": the text places it, a place (named_oblast)
    if any(common_noun(word, lang) for lang in ("uk", "ru")):
        return word
    # an object capitalised as the sentence opens ("Балку за 6 км від Сніжного затопило"): a word
    # with no nominative reading names no subject
    lang = "uk" if re.search("[іїєґ]", word.lower()) else "ru"
    cases = word_cases(word.lower(), lang)
    return word if cases and "nomn" not in cases else None


#: Statements the parser marked as never judged (by rule, or by ``mode:``), and why.
_NOT_JUDGED = {
    "near_fronted": "the figure follows a phrase that names a place only to locate another (a "
    "'near' phrase opening the sentence, or a river crossed): it may measure what the sentence "
    "names elsewhere (rule near_fronted)",
    "relative_ambiguous": "the relative clause holding the figure may describe either place "
    "named before it (rule relative_ambiguous)",
    "contrast_ambiguous": "the name the figure follows is one the sentence sets apart ('unlike "
    "X'), and no other name says what the figure places (rule contrast_ambiguous)",
    "route_end": "the name the figure follows ends a road's name ('on the Pokrovsk — Selydove "
    "highway'): the figure places what is on the road, not that town (rule route_end)",
    "listed_references": "names listed before figures that each name their own reference "
    "('A and B lie 13 km north of C and 25 km south of D'): which figure places which name is "
    "not read (rule listed_references)",
    "gapped_pair": "the figures pair names with a reference they share ('A is 17 km, and B "
    "34 km, from C', 'A and B lie 12 km west and 25 km south of C' with names and figures "
    "that do not pair one to one): which figure belongs to which name is not read (rule "
    "gapped_pair)",
    "mode:length": "the figure is the length of a line between the places (a front line, a "
    "stretch), not the distance between them (rule line_length)",
}


def _verify(st: Statement, gz, rubric: Rubric = DEFAULT_RUBRIC, *, context=None) -> Verdict:
    """Verify one parsed statement against the gazetteer ``gz``.

    ``context`` maps names to candidates resolved jointly with the other places of the same
    sentence or report (:func:`resolve_context`); names it lacks are resolved alone.

    Returns
    -------
    Verdict
        Never raises for a statement the gazetteer cannot place: that is an
        ``unverifiable`` verdict with its reason.
    """

    if st.relation == "between":
        return unverifiable(
            st, "a 'between' statement is parsed but not measured (no detour check yet)"
        )
    if st.relation == "containment":
        return unverifiable(
            st, f"'{st.reference}' is a region; region shapes are not in the gazetteer"
        )
    if st.unit in ("h", "min"):
        how = {"road": "by road", "foot": "on foot", "rail": "by rail"}.get(st.mode or "", "")
        return unverifiable(
            st,
            f"'{st.value_text} {st.unit_text}' is a travel time{' ' + how if how else ''}, not a "
            "distance: frontmap has no routing engine to measure it",
        )
    if (why := _NOT_JUDGED.get(st.rule) or _NOT_JUDGED.get(f"mode:{st.mode}")) is not None:
        return unverifiable(st, why)
    if st.mode in ("road", "rail") and st.relation in ("distance_direction", "distance_only"):
        return _route(st, gz, rubric, context)
    if (st.unit is None and st.unit_text) or st.unit_open:
        return unverifiable(st, f"the unit '{st.unit_text}' is ambiguous")
    sides = []
    for role, text, kind in (
        ("subject", st.subject, st.subject_kind),
        ("reference", st.reference, st.reference_kind),
    ):
        if not text:
            return unverifiable(st, f"the {role} is not stated (it is implied by the text around)")
        if kind == "pronoun":
            return unverifiable(st, f"the {role} '{text}' is a pronoun, not named in the sentence")
        if kind == "person" and st.rule == "origin_aside":
            return unverifiable(
                st,
                f"the {role} '{text}' is where a person comes from (rule origin_aside): the "
                "figure places the person, not that place",
            )
        if kind == "person":
            return unverifiable(
                st, f"the {role} '{text}' names a person, not a place (rule person_name)"
            )
        if kind == "description" and _owner_description(text):
            return unverifiable(
                st,
                f"the {role} '{text}' names a place only by whose it is, not by its name "
                "(rule owner_place): it is not looked up",
            )
        if kind == "alternatives":
            return unverifiable(
                st,
                f"the {role} '{text}' names alternatives: the text does not say which one the "
                + ("measure is from" if role == "reference" else "measure places"),
            )
        if kind == "non_place":
            facility = facility_reading(text, gz)
            if isinstance(facility, tuple) and facility:
                sites = ", ".join(place_label(p) for p in facility[:4])
                return unverifiable(
                    st,
                    f"the {role} '{text}' is a facility that names {len(facility)} sites in the "
                    f"gazetteer ({sites}): name the site to check it",
                )
            if isinstance(facility, tuple):
                return unverifiable(
                    st,
                    f"the {role} '{text}' is not a place (a line, border, force, facility or event)",
                )
            sides.append([facility])
            continue
        if kind == "region" and st.relation != "containment":
            return unverifiable(
                st,
                f"the {role} '{text}' is a region, not a settlement: distances to an area "
                "are not measured from a point",
            )
        cands = place_readings(st, gz, role, text, context)
        if isinstance(cands, Verdict):
            return cands
        sides.append(cands)
    ambiguous_names = [
        name for name, cands in zip((st.subject, st.reference), sides, strict=False)
        if getattr(cands, "ambiguous", False) or (len(cands) > 1 and cands[1].score >= cands[0].score - READING_MARGIN)
    ]  # fmt: skip
    for role, cands in zip(("subject", "reference"), sides, strict=True):
        if cands[0].place.feature_code in _NOT_POINTS:
            return unverifiable(
                st,
                f"the {role} '{cands[0].place.name}' is a country or region, not a point",
                **{role: cands[0]},
            )
    # an admin area's centroid, or a river's or a reservoir's point (rule water_name), is no
    # reading of a settlement's name when a place is on offer
    # rule water_name: a name whose only readings are waters ("Bakhmutka lies 5 km north of
    # Bakhmut": the river) is no settlement
    for role, cands in zip(("subject", "reference"), sides, strict=True):
        # "Kalmius lies 3 km east of Donetsk": the river and a railway station named after it,
        # no settlement — the river, never the station, is meant
        if all(c.place.feature_class == "H" for c in cands) or (
            not any(c.place.feature_class in ("P", None) for c in cands)
            and any(c.place.feature_class == "H" and c.match_kind == "exact" for c in cands)
        ):
            water = next((c for c in cands if c.place.feature_class == "H"), cands[0])
            return unverifiable(
                st, f"the {role} '{water.place.name}' is a river or a lake, not a settlement"
            )
        # rule spot_name: a name read only as a spot or an area named after something else
        # ("Azovstal": the railway halt and the port that bear the steel works' name) is no
        # settlement, and the thing meant is not the spot
        if all(c.place.feature_class in ("S", "L") for c in cands) and not _spot_named(
            st, st.subject if role == "subject" else st.reference
        ):
            return unverifiable(
                st,
                f"the {role} '{cands[0].place.name}' is {_SPOT_KINDS.get(cands[0].place.feature_class)}"
                " that bears the name, not a settlement: what the text names there is not shown "
                "to be that spot (rule spot_name)",
            )
    sides = [
        [c for c in cands if c.place.feature_class not in ("A", "H")] or cands for cands in sides
    ]
    verdict = _measure(st, sides, READING_MARGIN, rubric)
    # "more than 20 km" fits every far namesake: an open bound never decides between readings
    if (
        verdict.verdict in ("inconsistent", "ambiguous")
        and _has_distance(st)
        and st.qualifier_meaning != "lower"
    ):
        wider = _measure(st, sides, None, rubric)
        # a wider reading that fits, if only by chance (rule chance_fit), leaves no alarm
        fits = (
            wider.verdict == "consistent"
            or (
                wider.reason == CHANCE_FIT_REASON
                and wider.distance_verdict in (None, "consistent")
                and wider.direction_verdict in (None, "consistent")
            )
        ) and not _spot_for_settlement(st, sides, wider)
        # an alarm that rests on rule stated_longer alone is never overturned by a namesake the
        # figure fits (that would pick the reading because it makes the figure right); the
        # namesake guards below still decide whether it stands
        if fits and verdict.verdict == "inconsistent" and rubric.stated_longer:
            fits = (
                _measure(st, sides, READING_MARGIN, replace(rubric, stated_longer=False)).verdict
                == "inconsistent"
            )
        city = _city_for_a_namesake(st, sides, wider) if fits else None
        if city is not None:
            name, best, namesake = city
            return replace(
                verdict,
                verdict="ambiguous",
                explanation=verdict.explanation.replace(
                    f": {verdict.verdict} — ", f": {verdict.verdict} for {best.place.name} — ", 1
                )
                + f" Not called {verdict.verdict}: only {place_label(namesake.place)}, a lesser place "
                f"that {name!r} may also name, fits the statement; the city "
                f"{place_label(best.place)} does not. Whether the text means the city would decide.",
            )
        if fits:
            return wider
    if (
        verdict.verdict == "inconsistent"
        and _is_vague(st)
        and verdict.direction_verdict != "inconsistent"
    ):
        measured, high = verdict.measured_in_unit, verdict.stated_high
        if measured is not None and high and measured <= VAGUE_INCONSISTENT * high:
            return replace(
                verdict,
                verdict="loose",
                distance_verdict="loose",
                explanation=verdict.explanation.replace(": inconsistent — ", ": loose — ", 1)
                + f" Called loose, not inconsistent: '{st.qualifier}' is a vague quantity, and "
                f"{measured:.1f} {st.unit or 'km'} is within {VAGUE_INCONSISTENT:g} times its "
                f"reading's upper bound ({high:g}).",
            )
    if verdict.verdict == "inconsistent" and not _has_distance(st):
        # a bare direction fits half the country: when a namesake of either place fits it,
        # the text has not said which place is meant
        wider = _measure(st, sides, None, rubric)
        fitting = [a for a in (wider, *wider.alternatives) if _fits(a)]
        if (
            not fitting
            and wider.verdict == "ambiguous"
            and wider.direction_verdict
            in (
                "consistent",
                "loose",
            )
        ):
            fitting = [wider]  # its own reading fits, a lower-ranked namesake: "ambiguous"
        if fitting:
            other = fitting[0]
            return replace(
                verdict,
                verdict="ambiguous",
                explanation=verdict.explanation
                + f" Not called inconsistent: another reading, {place_label(other.subject.place)} "
                f"and {place_label(other.reference.place)} ({other.distance_km:.0f} km apart), fits "
                "the direction, and the text does not say which is meant; the places' region "
                "would decide.",
            )
    if (
        verdict.verdict in ("consistent", "loose")
        and verdict.stated_high is None
        and (far := _implausible(st, verdict)) is not None
    ):
        # "біля Терного (на захід від Кремінної)" read as Tergnier, France, 2,515 km away: a
        # bare direction fits any place on that side, so a reading that far off says nothing
        # of the place meant (rule far_direction, the bare-direction bound of the implausible
        # guard applied to a fit too)
        return far
    if verdict.verdict == "inconsistent":
        guessed = [
            c for c in (verdict.subject, verdict.reference)
            if c is not None and c.evidence and c.evidence[0].startswith(SPELLING_FORM_EVIDENCE)
        ]  # fmt: skip
        if guessed:
            # "Hodeidah" read as Al Ḩudaydah by its other Arabic spelling: a guessed spelling
            # may place a statement, never call it false
            return unverifiable(
                st,
                f"{place_label(guessed[0].place)} ({guessed[0].matched!r}) was found only under "
                "another spelling of the name written, and the statement does not fit that "
                "reading: the place meant may be another one. Give its region or coordinates "
                "to decide",
                subject=verdict.subject,
                reference=verdict.reference,
            )
        # names already seen to name several places are said so below ("ambiguous")
        implausible = _implausible(st, verdict, () if ambiguous_names else sides)
        if implausible is not None:
            # a far namesake, and the one pair of readings the figure fits lies close: that
            # pair is meant ("Kalynivka, about 8 km north of Chasiv Yar": not the town 686 km
            # away), else the statement stays unverifiable
            return _near_pair(st, gz, rubric, verdict) or implausible
        if ambiguous_names and (near := _near_one(st, sides, verdict, ambiguous_names)):
            return near
        if ambiguous_names:
            # a name with several readings, none decided by the text: the readings measured
            # disagree with the statement, but the place meant may be another namesake
            return replace(
                verdict,
                verdict="ambiguous",
                explanation=verdict.explanation.replace(
                    " The names allow several readings; every reading gives the same verdict.", ""
                ).replace(f": {verdict.verdict} — ", ": the readings measured disagree — ", 1)
                + f" Not called inconsistent: {', '.join(repr(n) for n in ambiguous_names)} "
                "names several places and neither the sentence nor the report decides which; "
                "the region of the place (or a place named near it) would decide.",
            )
    return verdict


#: A route figure up to this many times the straight line is ``consistent`` (the ordinary
#: tolerance of a figure, ~25 %, plus a little for the road's bends); beyond it, it may still
#: be true — road networks' detour indices are ~1.2–1.4, a river with few bridges or a front
#: line to drive around adds more — so it is only ``loose``: "664 km from Kherson to Kyiv by
#: rail" (452 km in a straight line) is true of the railway, and frontmap cannot measure that.
ROUTE_DETOUR_MAX = 1.3


def _route(st: Statement, gz, rubric: Rubric, context) -> Verdict:
    """A distance by road or rail (rule ``route_bound``): a route is never shorter than the
    straight line, so the figure is checked as an upper bound of the straight-line distance.

    Too short is ``inconsistent`` as for "less than" (the rubric's slack and the towns'
    extents included); a route more than :data:`ROUTE_DETOUR_MAX` times the straight line is
    ``loose``, never an alarm: frontmap has no routing engine to measure the route itself.
    """
    how = "by road" if st.mode == "road" else "by rail"
    if st.value is None or st.qualifier_meaning in ("lower", "vague"):
        return unverifiable(
            st,
            f"the distance is {how}: a route says only that the straight line is shorter, and "
            f"'{st.qualifier or 'the figure'}' gives no upper bound (no routing engine)",
        )
    top = st.value_max if st.value_max is not None else st.value
    as_line = replace(
        st, value=top, value_max=None, value_text=None, qualifier_meaning="upper", mode=None
    )
    verdict = _verify(as_line, gz, rubric, context=context)
    verdict = replace(verdict, statement=st)
    if verdict.distance_km is None or verdict.verdict == "unverifiable":
        return verdict
    stated_km = top * UNIT_KM.get(st.unit or "km", 1.0)
    if (
        verdict.verdict == "loose"
        and verdict.distance_verdict == "loose"
        and (verdict.measured_in_unit or 0.0) > top
    ):
        # rule route_bound: a route shorter than the straight line beyond the figure's
        # rounding, wording and the places' size is impossible, not loose; checked again with
        # no loose band and no direction, so every namesake guard of an alarm still applies
        strict = _verify(
            replace(as_line, direction=None, relation="distance_only"),
            gz,
            replace(rubric, loose_factor=1.0),
            context=context,
        )
        if (
            strict.verdict == "inconsistent"
            and (strict.distance_error or 0.0) * UNIT_KM.get(st.unit or "km", 1.0)
            > rubric.consistent_floor_km
        ):
            return replace(
                strict,
                statement=st,
                explanation=strict.explanation
                + f" The figure is a distance {how}: a route is never shorter than the straight "
                f"line, and {top:g} {st.unit or 'km'} is shorter than the straight line even "
                "between the places' edges (rule route_bound).",
            )
    note = (
        f" The figure is a distance {how}: a route is never shorter than the straight line, "
        f"so it is checked as at most {top:g} {st.unit or 'km'} in a straight line (frontmap "
        "has no routing engine to measure the route)."
    )
    if verdict.verdict == "consistent" and stated_km > ROUTE_DETOUR_MAX * verdict.distance_km:
        return replace(
            verdict,
            verdict="loose",
            distance_verdict="loose",
            explanation=verdict.explanation.replace(": consistent — ", ": loose — ", 1)
            + note
            + f" Called loose: {stated_km:.0f} km is {stated_km / verdict.distance_km:.1f} "
            f"times the straight line, more than routes usually wind "
            f"({ROUTE_DETOUR_MAX:g} times); a detour (a river, the front line) may explain it.",
            reason="route_detour",
        )
    return replace(verdict, explanation=verdict.explanation + note)


#: A vague quantity ("several kilometres") is inconsistent only beyond this many times the
#: upper bound of its reading; reporting uses "several" for anything up to a few dozen.
VAGUE_INCONSISTENT = 3.0


def _is_vague(st: Statement) -> bool:
    return st.value is None and st.qualifier_meaning == "vague"


def statement_names(statements) -> list[str]:
    """The place names the statements' subjects and references hold, in order."""
    names = []
    for st in statements:
        for text, kind in ((st.subject, st.subject_kind), (st.reference, st.reference_kind)):
            if text and kind not in ("pronoun", "non_place", "alternatives"):
                name = place_name(text)
                if name:
                    names.append(name)
    return names


def resolve_context(gz, names) -> dict:
    """Resolve names jointly (places named together lie together); ``{}`` if ``gz`` cannot."""
    together = getattr(gz, "resolve_together", None)
    return together(names) if together is not None else {}


def verify_sentence(
    sentence: str, gz, rubric: Rubric = DEFAULT_RUBRIC, *, date=None, series=None
) -> list[Verdict]:
    """Parse every statement of a sentence and verify each, its places resolved jointly.

    ``date``/``series`` check distances to the front line (see :func:`verify`).
    """
    statements = parse(sentence)
    context = resolve_context(gz, statement_names(statements))
    return [verify(st, gz, rubric, context=context, date=date, series=series) for st in statements]
