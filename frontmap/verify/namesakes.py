"""When a name has namesakes: a near pair of readings the figure fits, a reading too far off to trust, a city beside a lesser namesake, places known only to their hromada."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np

from gazetteer.resolver import SPELLING_FORM_EVIDENCE

from ..geodesy import UNIT_KM, inverse
from ..statements import Statement, place_name
from .measure import (
    _SAME_NAME_KINDS,
    PROMINENT_POPULATION,
    _grade,
    _lesser_sides,
    _located,
    _measure,
    _same_last_letter,
)
from .model import Verdict, place_label, unverifiable
from .readings import (
    CITY_CODES,
    CITY_POPULATION,
    READING_MARGIN,
    VILLAGE_LOOK_BACK,
    _in_named_region,
)
from .rubric import _LEX, _NOT_POINTS, VERDICTS, Rubric, place_extent_km

#: A stated distance at most this long (km) may decide namesakes by proximity: of all the
#: readings of both names, the one pair that lies this close is what the writer meant.
NEAR_PAIR_KM = 20.0


#: A pair of readings is plausible within ``2 × stated + NEAR_PAIR_SLACK_KM`` of each other …
NEAR_PAIR_SLACK_KM = 5.0


#: … and every other pair must lie at least this many times the stated distance apart, plus
#: three times that slack (and 30 km): "about 8 km" rules out a pair 39 km apart.
NEAR_PAIR_FAR_FACTOR = 3.0


#: Readings of one name this close to each other are one place (a village and its station).
SAME_PLACE_KM = 5.0


#: How many readings of a name are looked at; a name with more is left ambiguous.
NEAR_PAIR_LIMIT = 200


#: A bare direction ("Vodiane, a village north of Vuhledar") places the subject in the
#: reference's vicinity: a pair of readings this close is plausible ...
DIRECTION_NEAR_KM = 40.0


#: ... when every other pair lies at least this far apart, or — a pair much closer than
#: that — at least ``DIRECTION_FAR_FACTOR`` times the pair's distance plus
#: ``DIRECTION_FAR_SLACK_KM``, and never under ``DIRECTION_NEAR_KM`` ("Vodiane, north of
#: Vuhledar": the Vodiane 7 km off, not the one 47 km off; rule near_pair).
DIRECTION_FAR_KM = 100.0


DIRECTION_FAR_FACTOR = 3.0


DIRECTION_FAR_SLACK_KM = 15.0


#: Of several plausible pairs, the one holding a town of at least this many people is meant
#: when every other plausible pair's places have at most a tenth of its population
#: ("Semenivka, around 5 km west of Avdiivka": the city Avdiivka, not the hamlet of 501).
NEAR_PAIR_PROMINENT = 20_000


_SAME_NAME = ("exact", "former", "inflected")


def _near_pair(st: Statement, gz, rubric: Rubric, verdict: Verdict) -> Verdict | None:
    """Namesakes decided by a small stated distance (rule ``near_pair``).

    "Progres and Yevgenivka, villages just a few kilometres away from Vovche": each name has
    many readings, but only one pair of them lies a few kilometres apart; every other pair is
    far. That pair is what the writer meant, when it is the only plausible one. The reading
    chosen this way only ever confirms (``consistent`` or ``loose``): it never makes a
    statement inconsistent, and the explanation says how the reading was decided.
    """
    from gazetteer import PlaceNotFound

    if st.subject is None or st.reference is None:
        return None
    if st.relation == "direction_only":
        near_km, far_km = DIRECTION_NEAR_KM, DIRECTION_FAR_KM
    else:
        if verdict.stated_high is None:
            return None
        high_km = verdict.stated_high * UNIT_KM.get(st.unit or "km", 1.0)
        if not 0 < high_km <= NEAR_PAIR_KM:
            return None
        near_km = 2 * high_km + NEAR_PAIR_SLACK_KM
        far_km = max(NEAR_PAIR_FAR_FACTOR * high_km + 3 * NEAR_PAIR_SLACK_KM, 30.0)
    sides = []
    for text in (st.subject, st.reference):
        name = place_name(text)
        if name is None:
            return None
        try:
            cands = list(gz.resolve(name, limit=NEAR_PAIR_LIMIT))
        except PlaceNotFound:
            return None
        if not cands or cands[0].match_kind == "fuzzy" or len(cands) >= NEAR_PAIR_LIMIT:
            return None
        # the oblast the sentence names right after the name holds the reading (rules
        # named_oblast, named_region): "Pokrovsk in Kharkiv region … 5 km west of Myrnohrad"
        # is no Donetsk pair
        cands = _in_named_region(st, gz, name, cands)
        if isinstance(cands, Verdict):
            return None
        # a river's or a reservoir's point is no reading of a place (rule water_name)
        cands = [
            c for c in cands
            if c.place.feature_class not in ("A", "H") and c.place.feature_code not in _NOT_POINTS
        ]  # fmt: skip
        # namesakes are the places of that very name, in any transliteration ("Yevgenivka" is
        # Yevhenivka): a look-alike with another ending ("Vovcha" for "Vovche") is a reading
        # only when no place bears the name as written
        # (an inflected form — "Семеновки" — is its lemma's name: a variant ending as the
        # lemma does, "Semenivka" for "Семеновка", is that name in another spelling)
        forms = {name} | {c.matched for c in cands if c.match_kind in _SAME_NAME}
        cands = [
            c for c in cands
            if c.match_kind in _SAME_NAME
            or (c.match_kind == "variant" and any(_same_last_letter(f, c.matched) for f in forms))
        ] or cands  # fmt: skip
        if not cands:
            return None
        sides.append(cands)
    subjects, references = sides
    if st.relation == "direction_only":
        # an entry placed only at its hromada's centre has no bearing of its own: the located
        # reading in its radius stands for it (rule located_variant); a reference town that
        # stands out among its name's readings is the one meant ("west of Lyman" is no village
        # Lyman), while the place located near it is often the lesser namesake
        subjects, references = _located(subjects), _the_town(_located(references))
    s_lat = np.array([c.place.lat for c in subjects])[:, None]
    s_lon = np.array([c.place.lon for c in subjects])[:, None]
    r_lat = np.array([c.place.lat for c in references])[None, :]
    r_lon = np.array([c.place.lon for c in references])[None, :]
    dist, _ = inverse(r_lat, r_lon, s_lat, s_lon)
    fits = None
    measured = dist
    if st.relation == "direction_only":
        dist, fits = _off_direction_farther(st, subjects, references, dist, rubric)
    by_direction = np.isinf(dist) & np.isfinite(measured)
    close = np.argwhere(dist <= near_km)
    if len(close) == 0:
        return None
    s_pop = np.array([c.place.population or 0 for c in subjects])[:, None]
    r_pop = np.array([c.place.population or 0 for c in references])[None, :]
    size = np.maximum(s_pop, r_pop)
    prominent = _prominent_pair(close, size)
    if prominent is not None:
        # the lesser places' pairs are no rival readings of a town's name
        dist = np.where(size * 10 <= size[tuple(prominent)], np.inf, dist)
        close = prominent[None, :]
    # the plausible pairs must all be one place on each side (a village and its station)
    si, ri = close[
        np.argmax(
            [(subjects[i].place.precision == "point") + (references[j].place.precision == "point")
             + subjects[i].score * references[j].score for i, j in close]
        )
    ]  # fmt: skip
    if fits is not None and all(fits[i, j] for i, j in close):
        # a bare direction that every plausible pair fits (all the nearby Pishchanes lie
        # south-east of Kupiansk) holds whichever is meant
        return _near_pair_verdict(st, rubric, subjects, references, si, ri, near_km, None, 0)
    # readings of one name within this distance of the chosen one are that place (a village
    # and its station; a place known only to its hromada, within that hromada's radius)
    s_same = _same_place(subjects, subjects[si].place)
    r_same = _same_place(references, references[ri].place)
    if not all(s_same[i] and r_same[j] for i, j in close):
        return None  # two plausible pairs: the distance does not decide
    others = dist[np.ix_(~s_same, ~r_same)]
    mixed = np.concatenate(
        [dist[np.ix_(s_same, ~r_same)].ravel(),
         dist[np.ix_(~s_same, r_same)].ravel(),
         others.ravel()]
    )  # fmt: skip
    if st.relation == "direction_only":
        # a pair much closer than DIRECTION_NEAR_KM needs the others only that much farther
        chosen_km = float(dist[si, ri])
        far_km = min(
            far_km,
            max(DIRECTION_FAR_FACTOR * chosen_km + DIRECTION_FAR_SLACK_KM, DIRECTION_NEAR_KM),
        )
    if mixed.size and float(mixed.min()) < far_km:
        return None  # another pair is not far: the distance does not decide
    far = float(mixed.min()) if mixed.size else far_km
    # the pairs the stated direction ruled out (rule near_pair_direction) that the distance
    # alone would have left as rivals: then the direction decided, not a figure
    ruled = int(np.count_nonzero(by_direction & (measured < far_km)))
    return _near_pair_verdict(st, rubric, subjects, references, si, ri, near_km, far, ruled)


def _near_pair_verdict(
    st, rubric, subjects, references, si, ri, near_km, far, ruled
) -> Verdict | None:
    """The verdict of the pair :func:`_near_pair` chose (``far``: how far every other pair
    lies, None when every plausible pair fits a bare direction; ``ruled``: how many pairs as
    near as a rival the stated direction ruled out), or None when it does not fit (proximity
    only ever confirms) or is a pair of guessed spellings, lesser namesakes or former names.

    The figure decides (``decided_by_figure``) only when the distance alone left one pair:
    when the direction ruled out a rival, the statement chose the reading that fits itself,
    and the names' mentions keep their readings."""
    s, r = subjects[si], references[ri]
    if "fuzzy" in (s.match_kind, r.match_kind):
        return None
    if _former_beside_bearer(s, subjects) or _former_beside_bearer(r, references):
        return None  # "Sloviansk" once named Nikopol: no namesake to pair by proximity
    if _lesser_sides([subjects, references], (s, r)) is not None:
        return None  # lesser namesakes of cities (rule lesser_namesake_pair)
    if st.relation == "direction_only" and any(
        _city_elsewhere(cands, chosen, name, st)
        for cands, chosen, name in ((subjects, s, st.subject), (references, r, st.reference))
    ):
        return None  # "Lozova, south-east of Kupiansk" may mean the city, which does not fit
    near = _measure(st, [[s], [r]], READING_MARGIN, rubric)
    if near.verdict not in ("consistent", "loose"):
        return None  # proximity only ever confirms: it never makes a statement wrong
    n_pairs = len(subjects) * len(references)
    rest = (
        f"every other pair is at least {far:.0f} km apart"
        if far is not None and math.isfinite(far)
        else "no other pair lies in the stated direction"
    )
    basis = "proximity" if st.relation == "direction_only" else "the stated distance"
    if far is None:
        how = (
            f"every pair within {near_km:.0f} km of each other lies in the stated direction "
            f"(rule near_pair_direction; {place_label(s.place)} and {place_label(r.place)} shown), and "
            "the pairs outside it lie farther than the nearest pair."
        )
    elif ruled:
        how = (
            f"only {place_label(s.place)} and {place_label(r.place)} lie within {near_km:.0f} km of "
            f"each other in the stated direction; {ruled} pair{'s' if ruled > 1 else ''} as "
            "near lie outside it, ruled out by the direction, not by a distance (rule "
            f"near_pair_direction); {rest}."
        )
    else:
        how = (
            f"only {place_label(s.place)} and {place_label(r.place)} lie within {near_km:.0f} km of "
            f"each other; {rest}."
        )
    return replace(
        near,
        # every plausible pair fitting decides the verdict, not which place is meant; a pair
        # the direction chose is the statement's own choice, no evidence of the place meant
        decided_by_figure=far is not None and not ruled,
        explanation=near.explanation
        + f" Namesakes decided by {basis} (rule near_pair): of the {n_pairs} "
        f"pairs of readings of '{place_name(st.subject)}' and '{place_name(st.reference)}', " + how,
    )


#: Rule near_one: a name's reading this close to the statement's other place …
NEAR_ONE_KM = 40.0


#: … when every other reading of that name lies at least this far from it (and a stated
#: distance, if any, is at most half this far): the text names the place beside its reference.
NEAR_ONE_FAR_KM = 150.0


def _near_one(st: Statement, sides, verdict: Verdict, ambiguous_names: list) -> Verdict | None:
    """Rule ``near_one``: an ``inconsistent`` verdict kept although one name has several
    readings, when the other name is read one way and only one reading of the first lies near
    it — within :data:`NEAR_ONE_KM` — every other at least :data:`NEAR_ONE_FAR_KM` away
    ("Удачное … в 15 км к северу от Покровска": the Udachne 14 km west-south-west of Pokrovsk,
    the others 200 km and more away). The readings' distances from the other place decide,
    never the figure stated (a stated figure only withholds the rule when it reaches past
    half the far bound); the caller has already found that no other reading fits the
    statement. None when the rule does not decide."""
    if len(ambiguous_names) != 1 or verdict.subject is None or verdict.reference is None:
        return None
    if verdict.stated_high is not None:
        stated_km = verdict.stated_high * UNIT_KM.get(st.unit or "km", 1.0)
        if stated_km > NEAR_ONE_FAR_KM / 2:
            return None
    at = 0 if ambiguous_names[0] == st.subject else 1
    chosen = (verdict.subject, verdict.reference)[at]
    other = (verdict.reference, verdict.subject)[at]
    if ambiguous_names[0] == (st.reference, st.subject)[at]:
        return None  # both names alike: neither is read one way
    if other.place.id != sides[1 - at][0].place.id or "fuzzy" in (
        chosen.match_kind,
        other.match_kind,
    ):
        return None
    if chosen.evidence and chosen.evidence[0].startswith(SPELLING_FORM_EVIDENCE):
        return None  # a guessed spelling never calls a statement false
    name = place_name(ambiguous_names[0]) or ""
    alone = _alone_near(name, sides[at], chosen, other)
    if alone is None:
        return None
    return replace(
        verdict,
        explanation=verdict.explanation + f" {alone}, and no reading fits the statement.",
    )


def _alone_near(name: str, cands: list, chosen, other) -> str | None:
    """Rule ``near_one``: how the one reading of ``name`` near the ``other`` place was chosen
    — ``chosen`` lies within :data:`NEAR_ONE_KM` of it, every other reading of the name
    (``cands``) at least :data:`NEAR_ONE_FAR_KM` away — or None. Only the readings' distances
    from the other place count, never a stated figure. Only in Ukraine, where the gazetteer
    holds every village: abroad it holds places of 500 people or more, so one reading near is
    no sign that no other place of the name is ("Rafah … north of Khan Younis", a misread
    subject, stays ambiguous)."""
    if chosen.place.country != "UA" or other.place.country != "UA":
        return None
    # a look-alike with another ending ("Udachny", a former name of Raiske, for "Удачное") is
    # no namesake, as in rule near_pair
    forms = {name} | {c.matched for c in cands if c.match_kind in _SAME_NAME}
    readings = [
        c
        for c in cands
        if c.match_kind in _SAME_NAME
        or c.place.id == chosen.place.id
        or (c.match_kind == "variant" and any(_same_last_letter(f, c.matched) for f in forms))
    ]
    lat = np.array([c.place.lat for c in readings])
    lon = np.array([c.place.lon for c in readings])
    dist, _ = inverse(other.place.lat, other.place.lon, lat, lon)
    same = _same_place(readings, chosen.place)
    near = float(dist[same].min()) if same.any() else math.inf
    far = float(dist[~same].min()) if (~same).any() else math.inf
    if near > NEAR_ONE_KM or far < NEAR_ONE_FAR_KM:
        return None
    return (
        f"'{name}' has {len(readings)} readings; only {place_label(chosen.place)} lies near "
        f"{place_label(other.place)} ({near:.0f} km), every other at least {far:.0f} km from it "
        "(rule near_one)"
    )


def _former_beside_bearer(chosen, cands: list) -> bool:
    """Whether ``chosen`` is read only by a former or other name while a populated place bears
    the name today (:data:`gazetteer.resolver.FORMER_YIELDS_TO_POPULATION` people; "Sloviansk",
    once a name of Nikopol; "Mykolaivka", once Novovorontsovka's, beside the town Mykolaivka):
    a name a place once had is no namesake a distance may pick (as in the resolver)."""
    if chosen.match_kind != "former":
        return False
    return any(
        c.match_kind == "exact"
        and c.place.feature_class == "P"
        and c.place.country == chosen.place.country
        for c in cands
    )


def _the_town(cands: list) -> list:
    """The readings of a name that are its largest settlement when that one has
    :data:`PROMINENT_POPULATION` people (with the readings :func:`_same_place` as it: its
    station, its codifier entry), else every reading."""
    places = [c for c in cands if c.place.feature_class == "P"]
    if not places:
        return cands
    top = max(places, key=lambda c: c.place.population or 0)
    if (top.place.population or 0) < PROMINENT_POPULATION:
        return cands
    return [c for c, same in zip(cands, _same_place(cands, top.place), strict=True) if same]


def _city_elsewhere(cands: list, chosen, name: str | None, st: Statement) -> bool:
    """Whether the name's largest reading of the name itself is a Ukrainian city other than
    the ``chosen`` reading, and the text does not call the place a village: a bare direction
    never moves a city's name onto a village near the reference (see
    :func:`_city_for_a_namesake`)."""
    same = [c for c in cands if c.match_kind in _SAME_NAME_KINDS and c.place.feature_class == "P"]
    if not same:
        return False
    top = max(same, key=lambda c: c.place.population or 0).place
    city = top.feature_code in CITY_CODES or (top.population or 0) >= CITY_POPULATION
    return (
        city
        and top.country == "UA"
        and top.id != chosen.place.id
        and not _called_a_village(name, st.sentence, st.span)
    )


def _off_direction_farther(st: Statement, subjects, references, dist, rubric: Rubric):
    """Rule ``near_pair_direction``: of the pairs of readings of a bare direction ("north-east
    of Kupiansk near Kamianka"), a pair lying farther apart than the nearest pair and outside
    the stated direction is no rival reading — the statement itself rules it out — so only
    the namesakes that also lie in that direction stand against the nearest pair (``dist``
    with such pairs set to infinity). The nearest pair is never dropped: when it does not fit,
    :func:`_near_pair` decides nothing, so a wrong direction is never made to fit. Returns
    the distances and which pairs fit."""
    s_ext = np.array([place_extent_km(c.place, rubric) for c in subjects])[:, None]
    r_ext = np.array([place_extent_km(c.place, rubric) for c in references])[None, :]
    s_lat = np.broadcast_to(np.array([c.place.lat for c in subjects])[:, None], dist.shape)
    s_lon = np.broadcast_to(np.array([c.place.lon for c in subjects])[:, None], dist.shape)
    r_lat = np.broadcast_to(np.array([c.place.lat for c in references])[None, :], dist.shape)
    r_lon = np.broadcast_to(np.array([c.place.lon for c in references])[None, :], dist.shape)
    codes, _ = _grade(
        st, r_lat.ravel(), r_lon.ravel(), s_lat.ravel(), s_lon.ravel(),
        np.broadcast_to(s_ext + r_ext, dist.shape).ravel(), rubric,
    )  # fmt: skip
    fits = (np.asarray(codes) <= VERDICTS.index("loose")).reshape(dist.shape)
    return np.where(~fits & (dist > dist.min()), np.inf, dist), fits


def _same_place(readings: list, chosen) -> np.ndarray:
    """Which ``readings`` of a name are the ``chosen`` place: within :data:`SAME_PLACE_KM`,
    or within the radius of a reading known only to its hromada."""
    lat = np.array([c.place.lat for c in readings])
    lon = np.array([c.place.lon for c in readings])
    d, _ = inverse(chosen.lat, chosen.lon, lat, lon)
    radius = np.array([c.place.radius_km or 0.0 for c in readings])
    return d <= np.maximum(SAME_PLACE_KM, np.maximum(radius, chosen.radius_km or 0.0))


def _prominent_pair(close: np.ndarray, size: np.ndarray) -> np.ndarray | None:
    """Of the plausible pairs (rows of ``close``: subject and reference index), the one a
    reader would choose: the one holding a town of :data:`NEAR_PAIR_PROMINENT` people when
    every other plausible pair's places have at most a tenth of its population (``size``: the
    larger population of each pair); else None."""
    sizes = size[close[:, 0], close[:, 1]]
    top = int(np.argmax(sizes))
    rest = np.delete(sizes, top)
    if sizes[top] >= NEAR_PAIR_PROMINENT and (rest.size == 0 or rest.max() * 10 <= sizes[top]):
        return close[top]
    return None


#: An inconsistent reading this many times the stated distance (and :data:`IMPLAUSIBLE_KM`
#: beyond it) is more likely a misread name or a namesake than a false statement, unless both
#: places matched exactly and lie in one country.
IMPLAUSIBLE_RATIO = 5.0


IMPLAUSIBLE_KM = 100.0


#: … and for a name that several settlements bear ("Vesele", "Kalynivka"), this many times and
#: kilometres beyond: of 5,593 true statements about such villages (red team 6), 107 were
#: called inconsistent of a far namesake ranked first, 8 with 5× and 100 km, none with these.
NAMESAKE_RATIO = 3.0


NAMESAKE_KM = 40.0


#: A statement of direction only ("south of Khartoum") is judged only between places at most
#: this far apart (three times as far within one country, with exact names; only
#: :data:`IMPLAUSIBLE_KM` across a border unless both names match exactly).
DIRECTION_ONLY_KM = 300.0


def _fits(reading) -> bool:
    """A verdict or reading that is consistent (or loose) and names both places."""
    return (
        reading.verdict in ("consistent", "loose")
        and reading.subject is not None
        and reading.reference is not None
    )


def _implausible(st: Statement, verdict: Verdict, sides=()) -> Verdict | None:
    """An ``unverifiable`` verdict when an inconsistent reading is too far off to trust.

    Two exact names in one country are trusted unless either names several settlements
    (``sides``, the readings of each name): "Kalynivka, about 3 km northeast of Chasiv Yar" is
    true of the village beside Chasiv Yar, and the town of Kalynivka 688 km away that ranks
    first is a namesake, not the subject of a false statement.
    """
    s, r = verdict.subject, verdict.reference
    if verdict.distance_km is None or s is None or r is None:
        return None
    if verdict.stated_high is None:  # a bare direction or proximity: places said to lie close
        d = verdict.distance_km
        same = s.place.country == r.place.country and "fuzzy" not in (s.match_kind, r.match_kind)
        exact = s.match_kind in ("exact", "former") and r.match_kind in ("exact", "former")
        # across a border an inflected or fuzzy reading finds namesakes on the other side (the
        # gazetteer lacks most Russian villages: "Плехового … від Суджі" read as Plekhiv, UA)
        cross = s.place.country != r.place.country and not exact
        if d <= (IMPLAUSIBLE_KM if cross else DIRECTION_ONLY_KM) or (
            same and d <= 3 * DIRECTION_ONLY_KM
        ):
            return None
        return unverifiable(
            st,
            f"read as {place_label(s.place)} and {place_label(r.place)}, {d:,.0f} km apart: a bare "
            "direction between places that far apart more likely names a namesake (or a place "
            "the gazetteer lacks) than states a falsehood. Give the places' regions to decide",
            subject=s,
            reference=r,
        )
    high_km = verdict.stated_high * UNIT_KM.get(st.unit or "km", 1.0)
    d = verdict.distance_km
    namesakes = any(_namesakes(cands) for cands in sides)
    ratio, beyond = (
        (NAMESAKE_RATIO, NAMESAKE_KM) if namesakes else (IMPLAUSIBLE_RATIO, IMPLAUSIBLE_KM)
    )
    if d < ratio * high_km or d - high_km < beyond:
        return None
    strong = (
        s.match_kind in ("exact", "former")
        and r.match_kind in ("exact", "former")
        and s.place.country == r.place.country
        and not namesakes
    )
    if strong:
        return None
    return unverifiable(
        st,
        f"read as {place_label(s.place)} and {place_label(r.place)}, the places lie {d:,.0f} km apart, "
        f"{d / high_km:.0f} times the stated distance: a namesake or a misread name is likelier "
        "than a false statement. Give the places' regions (or check the names) to decide",
        subject=s,
        reference=r,
        distance_km=d,
    )


def _namesakes(readings) -> bool:
    """Whether a name's readings hold more than one settlement of that name: read as written,
    or spelled otherwise in the best reading's country ("Шахтерское" is GeoNames' Russian form
    of one Shakhtarske; the other villages Шахтарське are found only by their spelling)."""
    if not readings:
        return False
    home = readings[0].place.country
    same = {
        c.place.id
        for c in readings
        if c.place.feature_class == "P"
        and (
            c.match_kind in ("exact", "former", "inflected")
            or (c.match_kind == "variant" and c.place.country == home)
        )
    }
    return len(same) > 1


def _city_for_a_namesake(st: Statement, sides, wider: Verdict) -> tuple | None:
    """``(name, city, namesake)`` when the wide reading that fits (``wider``) puts a namesake
    or look-alike in place of a name's best reading that is a Ukrainian city (:data:`CITY_CODES`,
    or :data:`CITY_POPULATION` people), and the text does not call the place a village.

    A reporter naming a city means the city: "Курахове за 100 км на північ від Покровська"
    is false of Pokrovsk, and one of the villages Pokrovske that look like its genitive fitting
    the figure does not make it true. A place called a village ("від села Запоріжжя",
    :attr:`Lexicon.village_words`) is no city even when a city bears its name.
    """
    for name, cands, chosen in zip(
        (st.subject, st.reference), sides, (wider.subject, wider.reference), strict=True
    ):
        best = cands[0]
        place = best.place
        city = place.feature_code in CITY_CODES or (place.population or 0) >= CITY_POPULATION
        if (
            city
            and place.country == "UA"
            and chosen is not None
            and chosen.place.id != place.id
            and chosen.score < best.score - READING_MARGIN
            and not _called_a_village(name, st.sentence, st.span)
        ):
            return name, best, chosen
    return None


def _called_a_village(name: str | None, sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name is written as a village's ("село Запоріжжя", "the village of X"), in
    the statement's stretch of the sentence (its span and :data:`VILLAGE_LOOK_BACK` before it:
    a scan of the whole sentence for each statement made a long sentence quadratic)."""
    if not name:
        return False
    words = [w.strip('.,;:()«»"').lower() for w in name.split()]
    if any(w in _LEX.village_words for w in words):
        return True
    stretch = sentence[max(0, span[0] - VILLAGE_LOOK_BACK) : span[1]]
    for m in re.finditer(r"(\S+)\s+(?:of\s+)?" + re.escape(name), stretch):
        if m.group(1).strip('.,;:()«»"').lower() in _LEX.village_words:
            return True
    return False
