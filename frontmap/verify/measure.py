"""Measuring a statement over every reading of its two names in one vectorised call, choosing among readings, grading distance and direction, and the explanation."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
from rapidfuzz import fuzz

from gazetteer.resolver import SPELLING_FORM_EVIDENCE

from ..geodesy import (
    UNIT_KM,
    compass_degrees,
    compass_halfwidth,
    compass_points,
    compass_word,
    inverse,
)
from ..statements import Statement, place_name
from .model import Reading, Verdict, _fmt, _opt, place_label, unverifiable
from .readings import (
    CHANCE_FIT_AREA_KM2,
    CHANCE_FIT_COUNTRY,
    CHANCE_FIT_OBLAST_KM2,
    CHANCE_FIT_REASON,
    CHANCE_FITS,
    CITY_CODES,
    CITY_POPULATION,
    COARSE_FRACTION,
    DECISIVE_MARGIN,
    WIDE_RATIO,
    _chance_fits,
)
from .rubric import (
    VERDICTS,
    Rubric,
    check_pairs,
    place_extent_km,
    place_uncertainty_km,
    pseudo_precise,
    stated_interval,
)


def _same_last_letter(a: str, b: str) -> bool:
    """Whether two spellings of a name end in the same letter once transliterated."""
    from gazetteer.names import key

    ka, kb = key(a), key(b)
    return bool(ka and kb) and ka[-1] == kb[-1]


def _has_distance(st: Statement) -> bool:
    """Whether the statement states a distance (explicit, or implied by 'near')."""
    return st.value is not None or st.relation == "proximity"


#: Match kinds that read the name itself (not a spelling variant or a guess): a located
#: reading of one of these kinds can stand for a coarsely placed entry of the same name.
_SAME_NAME_KINDS = ("exact", "inflected")


def _located(readings: list) -> list:
    """A name's readings with each one placed only to an area (a codifier entry at its hromada's
    or raion's centre) whose radius holds a located reading of the same name replaced by that
    located reading, at the better of the two scores: it is the same settlement placed
    coarsely, and its wide allowance would let a wrong pairing fit ("Melitopol" ±65 km
    matching a namesake 155 km away).

    Rule ``located_variant``: a coarse entry with no such reading in its radius stands for the
    one located reading there spelled a little otherwise in the same oblast ("Присеймів'я",
    the codifier's Pryseimivia placed at its hromada's centre, is GeoNames' Pryseimia): the
    gazetteers transliterate one village two ways."""
    points = [
        c for c in readings if c.place.precision == "point" and c.match_kind in _SAME_NAME_KINDS
    ]
    coarse = [c for c in readings if c.place.precision != "point" and c.place.radius_km]
    if coarse:
        points += _located_variants(readings, coarse, points)
    if not points or not coarse:
        return readings
    dist, inside = _within_radius(coarse, points)
    best = {p.place.id: p for p in points}
    gone = set()
    for i, c in enumerate(coarse):
        if inside[i].any():
            p = points[int(np.argmin(dist[i]))]  # the nearest located reading
            gone.add(id(c))
            if c.score > best[p.place.id].score:
                best[p.place.id] = replace(best[p.place.id], score=c.score)
    out = [best.get(c.place.id, c) for c in readings]
    out = [c for c in out if id(c) not in gone]
    return sorted(out, key=lambda c: -c.score)


def _within_radius(coarse: list, located: list) -> tuple[np.ndarray, np.ndarray]:
    """Distances (km) from each coarse reading to each located one, one matrix, and whether
    each located reading lies within the coarse reading's radius."""
    dist, _ = inverse(
        np.array([[c.place.lat] for c in coarse]),
        np.array([[c.place.lon] for c in coarse]),
        np.array([[p.place.lat for p in located]]),
        np.array([[p.place.lon for p in located]]),
    )
    return dist, dist <= np.array([[c.place.radius_km] for c in coarse])


#: Rule ``located_variant``: a located spelling this similar to a coarse entry's name (the
#: two in Latin letters) is the same village ("Pryseimivia" / "Pryseimia" 0.90, "Masalaivka" /
#: "Masalivka" 0.95); "Stare Pekelne" / "Nove Pekelne" (0.72), "Krasnopolivka" /
#: "Krasnopillia" (0.80) are other villages.
LOCATED_VARIANT_SIMILARITY = 0.85


def _located_variants(readings: list, coarse: list, points: list) -> list:
    """Rule ``located_variant`` (see :func:`_located`): for each coarse reading with no located
    reading of the name in its radius, the one located variant spelling in its radius and
    oblast whose name ends as its own does and is :data:`LOCATED_VARIANT_SIMILARITY` alike;
    [] when none or several. Such a reading is the same village only by its spelling: its
    evidence says so (:data:`SPELLING_FORM_EVIDENCE`), and a statement it does not fit is
    unverifiable, never inconsistent ("Pryseimivia lies 10 km east of Konotop": Pryseimia
    lies 17 km north; the codifier's village may be another)."""
    variants = [c for c in readings if c.place.precision == "point" and c.match_kind == "variant"]
    if not variants:
        return []
    located = points + variants
    _, inside = _within_radius(coarse, located)
    found = []
    for i, c in enumerate(coarse):
        if inside[i, : len(points)].any():
            continue  # the name itself is located there (rule of _located)
        same = {
            p.place.id: p
            for p, there in zip(variants, inside[i, len(points) :], strict=True)
            if there
            and (p.place.country, p.place.admin1_code) == (c.place.country, c.place.admin1_code)
            and _same_last_letter(c.place.name, p.place.name)
            and fuzz.ratio(c.place.name.lower(), p.place.name.lower()) / 100
            >= LOCATED_VARIANT_SIMILARITY
        }
        if len(same) == 1:
            # the same village is a guess from the spelling: the reading may place a
            # statement, never call it false (see SPELLING_FORM_EVIDENCE in _verify)
            (p,) = same.values()
            why = (
                f"{SPELLING_FORM_EVIDENCE} the name {c.matched!r}: {c.place.name}, located "
                f"only to its {c.place.precision}, read as {p.place.name} in its radius (rule "
                "located_variant)"
            )
            found.append(replace(p, evidence=(why, *p.evidence)))
    return found


#: Rule weak_reading: a town of at least this many people that bears a name as written.
WEAK_READING_TOWN = 10_000


def _weak(candidate, side: list, written: str | None) -> bool:
    """Rule ``weak_reading``: a spelling variant's reading of a name that a town of
    :data:`WEAK_READING_TOWN` people or more bears as written (exact or inflected) —
    "Kurakhove" read as the village Kurakhivka, not the town Kurakhove — is another village: a
    figure that fits it never picks it. A variant of a name only villages bear ("Kotlyarivka"
    for Kotliarivka), or one of the place's own names as written ("Покровское" for Pokrovske),
    stays a reading. A place the name is only a former or other name of, while a village of
    the same country bears it as written ("Nevske": Balka Zhuravka by Kreminna once, a Crimean
    village as written), is no reading a figure may pick either (as in rule ``near_pair``);
    the places named with it may (a reading decided by context: "Sieverne" by Avdiivka)."""
    if candidate.match_kind == "former":
        return candidate.anchor is None and any(
            o.match_kind == "exact"
            and o.place.feature_class == "P"
            and o.place.id != candidate.place.id
            and o.place.country == candidate.place.country
            for o in side
        )
    if candidate.match_kind not in ("variant", "fuzzy"):
        return False
    p = candidate.place
    from gazetteer.names import variant

    own = {variant(n) for n in (p.name, p.name_uk, p.name_ru, p.name_en) if n}
    if written and variant(written) in own:
        return False
    return any(
        o.match_kind in _SAME_NAME_KINDS
        and o.place.id != candidate.place.id
        and (o.place.population or 0) >= max(WEAK_READING_TOWN, candidate.place.population or 0)
        for o in side
    )


def _measure(st: Statement, sides, margin: float | None, rubric: Rubric) -> Verdict:
    """Measure every reading; ``margin`` None means the wide readings (:data:`WIDE_RATIO`)."""
    subjects, references = (
        [
            c
            for c in cands
            if (
                c.score >= cands[0].score - margin
                if margin is not None
                else c.score >= WIDE_RATIO * cands[0].score
            )
        ]
        for cands in map(_located, sides)
    )
    subj_amb, ref_amb = len(subjects) > 1, len(references) > 1
    pairs = [(s, r) for s in subjects for r in references if s.place.id != r.place.id]
    if not pairs:
        return unverifiable(st, "both sides resolve to the same place")
    lat1 = [r.place.lat for _, r in pairs]
    lon1 = [r.place.lon for _, r in pairs]
    lat2 = [s.place.lat for s, _ in pairs]
    lon2 = [s.place.lon for s, _ in pairs]
    extent = np.array(
        [place_extent_km(s.place, rubric) + place_extent_km(r.place, rubric) for s, r in pairs]
    )
    uncertainty = np.array(
        [place_uncertainty_km(s.place) + place_uncertainty_km(r.place) for s, r in pairs]
    )
    codes, parts = _grade(st, lat1, lon1, lat2, lon2, extent, rubric, uncertainty)
    dist, bearing = parts["distance_km"], parts["bearing_deg"]

    verdicts = [VERDICTS[c] for c in codes]
    best_code = int(codes.min())
    best_idx = [i for i, c in enumerate(codes) if c == best_code]
    scores = [s.score * r.score for s, r in pairs]
    chosen = max(best_idx, key=lambda i: scores[i])
    readings = tuple(
        Reading(s, r, float(dist[i]), float(bearing[i]), verdicts[i], scores[i])
        for i, (s, r) in enumerate(pairs)
    )
    verdict = verdicts[chosen]
    decided = None
    if len(set(verdicts)) > 1:
        runner_up = max((scores[i] for i in best_idx if i != chosen), default=None)
        if not _has_distance(st) and scores[chosen] < max(scores) - 1e-9:
            # a direction alone fits half the country: it never pulls in a lower-ranked namesake
            verdict = "ambiguous"
        elif runner_up is None or scores[chosen] - runner_up >= DECISIVE_MARGIN:
            decided = "the statement decides between the readings of an ambiguous name"
        else:
            verdict = "ambiguous"
    located = list(map(_located, sides))
    written = (place_name(st.subject), place_name(st.reference))
    weak = [
        c for c, side, name in zip(pairs[chosen], located, written, strict=True)
        if verdict in ("consistent", "loose") and _weak(c, side, name)
    ]  # fmt: skip
    if weak and any(
        v not in ("consistent", "loose") for i, v in enumerate(verdicts) if i != chosen
    ):
        # rule weak_reading: only another village's reading of a name fits the figure
        verdict, decided = "ambiguous", None
    else:
        weak = []
    famous = _lesser_pair(pairs, chosen) if decided else None
    if famous is not None:
        # rule lesser_namesake_pair: both places of the pair that fits are lesser namesakes of
        # cities ("Nazareth … Bethlehem" fitting two towns in Pennsylvania): the statement is
        # about the cities, and such a pair never makes it true; the cities' reading is shown
        lesser = pairs[chosen]
        if codes[famous] == codes[chosen]:
            chosen, famous = famous, None  # the cities fit as well: they are the reading
        else:
            chosen, decided = famous, None
            verdict = "ambiguous"
    s, r = pairs[chosen]
    d, b = float(dist[chosen]), float(bearing[chosen])
    part = {k: (v[chosen] if isinstance(v, np.ndarray) else v) for k, v in parts.items()}
    chance = 0.0
    if (
        decided
        and verdict in ("consistent", "loose")
        and _has_distance(st)
        # the figure, not the names, picked the pair (or the names' ranking barely leads)
        and max((x for i, x in enumerate(scores) if i != chosen), default=0.0)
        > scores[chosen] - DECISIVE_MARGIN
        and all(c.place.country == CHANCE_FIT_COUNTRY for c in pairs[chosen])
    ):
        # the pairs of the country's namesakes (abroad they spread over far more land)
        home = sum(1 for a, b in pairs if a.place.country == b.place.country == CHANCE_FIT_COUNTRY)
        # namesakes all in one oblast spread over it, not over the country (rule chance_fit)
        many = [side for side in (subjects, references) if len(side) > 1]
        one_oblast = bool(many) and all(
            len({(c.place.country, c.place.admin1_code) for c in side}) == 1 for side in many
        )
        area = CHANCE_FIT_OBLAST_KM2 if one_oblast else CHANCE_FIT_AREA_KM2
        chance = _chance_fits(st, part, verdict, home, rubric, area)
        if chance < CHANCE_FITS:
            chance = 0.0
    coarse = [c.place for c in (s, r) if c.place.precision != "point" and c.place.radius_km]
    if coarse:
        stated_km = (st.value or 0) * UNIT_KM.get(st.unit or "km", 1.0)
        worst = max(coarse, key=lambda p: p.radius_km)
        if worst.radius_km >= COARSE_FRACTION * max(stated_km, d):
            reason = (
                f"{worst.name} is located only to its {worst.precision} (±{worst.radius_km:.0f} km), "
                f"too coarse for a {stated_km:.0f} km statement; {worst.precision_note or ''}"
            ).rstrip("; ")
            return unverifiable(st, reason, subject=s, reference=r)
    reason = None
    if chance:
        # rule chance_fit: the fit may be a coincidence of namesakes; it never decides which
        # places are meant, and never makes the statement wrong either
        explanation = (
            "Ambiguous: "
            + _explain(st, verdict, d, b, part, s, r, readings, None, False)
            + f" Of the {len(pairs)} pairs of readings of '{place_name(st.subject)}' and "
            f"'{place_name(st.reference)}', this one fits, but the namesakes are so many that "
            f"about {chance:.1f} pairs would fit such a figure by chance (rule chance_fit): the "
            "fit does not say which places are meant; the places' regions would decide."
        )
        verdict, decided = "ambiguous", None
        reason = CHANCE_FIT_REASON
    elif weak:
        explanation = (
            "Ambiguous: "
            + _explain(st, verdict, d, b, part, s, r, readings, None, False)
            + f" Only {place_label(weak[0].place)} fits, and '{weak[0].matched}' is only a "
            "spelling variant of its name, while a town bears the name as written: a figure "
            "that fits another village never picks it (rule weak_reading)."
        )
    elif famous is None:
        explanation = _explain(
            st, verdict, d, b, part, s, r, readings, decided, subj_amb or ref_amb
        )
    else:
        cities = f"{place_label(s.place)} and {place_label(r.place)}"
        explanation = (
            f"Ambiguous: the statement fits only {place_label(lesser[0].place)} from "
            f"{place_label(lesser[1].place)}, lesser namesakes of both names' cities ({cities}, "
            f"{d:,.1f} km apart at {b:.0f}°, which it does not fit); a pair of lesser "
            "namesakes does not make a statement about the cities true (rule "
            "lesser_namesake_pair). The places' regions would decide."
        )
    for c in (s, r):
        by_context = next((e for e in c.evidence if e.startswith("decided by context")), None)
        if by_context:
            explanation += f" {c.matched} read as {place_label(c.place)}: {by_context}."
        if c.evidence and c.evidence[0].endswith("(rule located_variant)"):
            explanation += f" {c.evidence[0][0].upper()}{c.evidence[0][1:]}."
    if coarse:
        explanation += (
            " Located only to the "
            + ", ".join(f"{p.precision} (±{p.radius_km:.0f} km): {p.name}" for p in coarse)
            + "; the allowance includes that uncertainty."
        )
    return Verdict(
        verdict=verdict,
        statement=st,
        explanation=explanation,
        subject=s,
        reference=r,
        distance_km=d,
        distance_mi=d / UNIT_KM["mi"],
        bearing_deg=b,
        bearing_word=compass_word(b, 16),
        distance_verdict=_opt(part.get("distance_verdict")),
        direction_verdict=_opt(part.get("direction_verdict")),
        measured_in_unit=_opt(part.get("measured")),
        stated_low=_opt(part.get("lo")),
        stated_high=_opt(part.get("hi")),
        distance_error=_opt(part.get("error")),
        distance_slack=_opt(part.get("slack")),
        precision_slack=_opt(part.get("precision")),
        qualifier_slack=_opt(part.get("qualifier")),
        extent_slack=_opt(part.get("extent")),
        stated_bearing_deg=part.get("stated_bearing"),
        direction_error_deg=_opt(part.get("angle_error")),
        direction_allowed_deg=_opt(part.get("angle_allowed")),
        alternatives=tuple(x for i, x in enumerate(readings) if i != chosen),
        decided_by_figure=decided is not None and not _prominent(pairs, chosen),
        reason=reason,
    )


#: Rule ``lesser_namesake_pair``: a reading is a lesser namesake when the largest reading of
#: its name is a city (:data:`CITY_CODES` or :data:`CITY_POPULATION` people) this many times
#: as populous.
LESSER_RATIO = 3.0


def _lesser_pair(pairs, chosen: int) -> int | None:
    """The index of the pair of the two names' cities, when the chosen pair is one of lesser
    namesakes (:func:`_lesser_sides`), else None: "Nazareth … Bethlehem" fitted by two towns
    in Pennsylvania, "Athens … Rome" by two in Georgia (US). One side that switches is the
    rule of :func:`_city_for_a_namesake`."""
    sides = [list({p[role].place.id: p[role] for p in pairs}.values()) for role in (0, 1)]
    tops = _lesser_sides(sides, pairs[chosen])
    if tops is None:
        return None
    ids = tuple(t.place.id for t in tops)
    return next((i for i, (s, r) in enumerate(pairs) if (s.place.id, r.place.id) == ids), None)


def _lesser_sides(sides, pair) -> tuple | None:
    """``(subject, reference)`` readings a reader means instead of ``pair``, when each place of
    the pair is a lesser namesake of a city bearing that name (:func:`_lesser_of`) or a
    look-alike of the name (a variant spelling: "Derry" for "Deir ez-Zor"), and at least one
    is such a namesake; else None."""
    tops, namesake = [], False
    for cands, chosen in zip(sides, pair, strict=True):
        top = _lesser_of(cands, chosen)
        if top is not None:
            namesake = True
        elif chosen.match_kind in ("variant", "fuzzy"):
            top = max(cands, key=lambda c: c.score)
        else:
            return None
        tops.append(top)
    return tuple(tops) if namesake and tops[0].place.id != tops[1].place.id else None


def _lesser_of(cands: list, chosen):
    """The largest reading of the name itself (``cands`` matched exactly or inflected, not a
    former name, no part of a city) when it is a city and ``chosen`` a lesser namesake of it
    (:data:`LESSER_RATIO` times fewer people), else None."""
    same = [c for c in cands if c.match_kind in _SAME_NAME_KINDS and c.place.feature_code != "PPLX"]
    if not same:
        return None
    top = max(same, key=lambda c: c.place.population or 0)
    place = top.place
    city = place.feature_code in CITY_CODES or (place.population or 0) >= CITY_POPULATION
    if not city or place.id == chosen.place.id:
        return None
    if (place.population or 0) < LESSER_RATIO * (chosen.place.population or 0):
        return None
    return top


#: A town this populous, the largest of its name's readings, is the one a writer means.
PROMINENT_POPULATION = 10_000


def _prominent(pairs, chosen: int) -> bool:
    """Whether the chosen reading's places are each the one town of their name that stands
    out (the largest of its readings, at least :data:`PROMINENT_POPULATION`): Avdiivka in
    Donetsk oblast, not one of a dozen villages called Pokrovka."""
    for role in (0, 1):
        place = pairs[chosen][role].place
        others = {p[role].place.id: p[role].place for p in pairs}
        others.pop(place.id, None)
        size = place.population or 0
        if len(others) and (
            size < PROMINENT_POPULATION or any((o.population or 0) >= size for o in others.values())
        ):
            return False
    return True


def _direction_word(direction: str) -> str:
    return re.sub(r"\(.*?\)|^(?:to the|further|farther|due)\s+", "", direction.lower()).strip()


_DIRECTION_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _direction_terms(word: str, rubric: Rubric) -> tuple:
    """``(stated bearing, fit half-width, wrong half-width, half-sector)`` of a direction word.

    Rule ``compound_direction``: "north and northeast of Sloviansk" fits where either word
    fits — the union of their sectors, read from its middle — and is wrong only beyond where
    both are; words further apart than a quarter turn ("south, east and west") fit anywhere
    and are never wrong."""
    parts = [p for p in _DIRECTION_PARTS.split(word) if p]
    terms = []
    for part in parts:
        points = compass_points(part)
        fit = dict(rubric.direction_fit_deg).get(points, compass_halfwidth(part))
        terms.append((compass_degrees(part), fit, dict(rubric.direction_wrong_deg).get(points),
                      compass_halfwidth(part)))  # fmt: skip
    if len(terms) == 1:
        return terms[0]
    first = terms[0][0]
    angles = [first + (t[0] - first + 180.0) % 360.0 - 180.0 for t in terms]
    if max(angles) - min(angles) > 90.0:
        return first, 180.0, None, 180.0
    lo = min(a - t[1] for a, t in zip(angles, terms, strict=True))
    hi = max(a + t[1] for a, t in zip(angles, terms, strict=True))
    middle = (lo + hi) / 2
    wrong = None
    if all(t[2] is not None for t in terms):
        wrong = max(
            max(middle - (a - t[2]), a + t[2] - middle) for a, t in zip(angles, terms, strict=True)
        )
    sector = max(abs(a - middle) + t[3] for a, t in zip(angles, terms, strict=True))
    return middle % 360.0, (hi - lo) / 2, wrong, sector


def _grade(st: Statement, lat1, lon1, lat2, lon2, extent, rubric: Rubric, uncertainty=0.0):
    """Verdict codes for every reading, and the arrays behind them (see :func:`check_pairs`)."""
    stated = half = wrong_deg = sector = None
    if st.relation in ("distance_direction", "direction_only") and st.direction:
        stated, half, wrong_deg, sector = _direction_terms(_direction_word(st.direction), rubric)
    common = {"extent_km": extent, "stated_bearing": stated, "halfwidth": half,
              "loose_factor": rubric.loose_factor, "wrong_deg": wrong_deg,
              "sector_deg": sector, "extent_max_deg": rubric.extent_max_deg}  # fmt: skip
    # rule stated_longer: a figure longer than the distance, clearly outside (see check_pairs);
    # not an open "more than": it fits every far namesake, so no guard could stop its alarm
    longer = (
        None
        if st.qualifier_meaning == "lower" or not rubric.stated_longer
        else (rubric.inconsistent_fraction, rubric.inconsistent_floor_km)
    )
    if pseudo_precise(st):
        # "24.2 km NNW": a gazetteer's figure, measured from the centre — the places' size
        # does not widen what it fits (the fact-checker's rule), only what it contradicts
        common["fit_extent_km"] = 0.0
    if st.relation in ("distance_direction", "distance_only"):
        lo, hi, precision, qualifier = stated_interval(st, rubric)
        single = {}
        if lo == hi and st.qualifier_meaning in (None, "exact", "approximate"):
            # one figure, bare or hedged: the fact-checker's band (a share of the distance)
            single = {"relative": rubric.consistent_fraction,
                      "relative_floor_km": rubric.consistent_floor_km,
                      "wrong_relative": rubric.inconsistent_fraction,
                      "wrong_floor_km": rubric.inconsistent_floor_km}  # fmt: skip
        out = check_pairs(lat1, lon1, lat2, lon2, low=lo, high=hi, precision=precision,
                          qualifier=qualifier, unit=st.unit, uncertainty_km=uncertainty,
                          longer_wrong=longer, **single, **common)  # fmt: skip
        out.update(lo=lo, hi=hi, precision=precision)  # the qualifier slack as applied
        out["extent"] = np.asarray(extent) / UNIT_KM[st.unit]
        out["distance_verdict"] = np.array([VERDICTS[c] for c in out["distance_code"]])
    elif st.relation == "direction_only":
        out = check_pairs(lat1, lon1, lat2, lon2, low=0.0, high=math.inf, **common)
        out["code"] = out["direction_code"]
    else:  # proximity
        words = (st.direction or "").lower()
        close = ("outskirts", "outside", "gates", "edge")
        limit = rubric.outskirts_km if any(w in words for w in close) else rubric.near_km
        out = check_pairs(lat1, lon1, lat2, lon2, low=0.0, high=0.0, qualifier=limit, **common)
        out.update(lo=0.0, hi=limit)
        out["distance_verdict"] = np.array([VERDICTS[c] for c in out["distance_code"]])
    if "direction_code" in out:
        out["direction_verdict"] = np.array([VERDICTS[c] for c in out["direction_code"]])
        out["stated_bearing"] = stated
    return out["code"], out


def _explain(st, verdict, d, b, part, s, r, readings, decided, ambiguous_name) -> str:
    unit = st.unit or "km"
    text = (
        f"Measured {d:.1f} km ({d / UNIT_KM['mi']:.1f} mi) {compass_word(b, 16)} at {b:.0f}° "
        f"from {r.place.name} to {s.place.name}"
    )
    stated = " ".join(
        x
        for x in (st.qualifier, _stated_value(st), st.direction, st.relation == "proximity" and "")
        if x
    )
    text += f"; stated {stated or st.relation}: {verdict}"
    details = []
    if "lo" in part and st.relation != "proximity":
        m = float(part["measured"])
        over = (
            m - float(part["hi"])
            if m > part["hi"]
            else float(part["lo"]) - m
            if m < part["lo"]
            else 0.0
        )
        side = (
            "over" if m > part["hi"] else "under" if m < part["lo"] else "within the stated range"
        )
        amount = f"{_fmt(over)} {unit} {side}" if over else side
        if (
            bool(part.get("longer", False))
            and part["error"] > part["narrow_slack"]
            and (part["error"] <= part["slack"] or "wrong_slack" in part)
        ):
            details.append(
                f"{amount}: the stated distance is longer than the measured one by more than "
                f"the {_fmt(float(part['narrow_slack']))} {unit} its rounding and wording allow "
                "(the places' size makes a distance shorter, not longer) — a road distance, "
                "or a misstatement"
            )
        else:
            details.append(
                f"{amount}, {'within' if part['error'] <= part['slack'] else 'beyond'} the "
                f"{_fmt(float(part['slack']))} {unit} allowed"
            )
        if "wrong_slack" in part and part["error"] > part["wrong_slack"]:
            details[-1] += (
                f", and beyond the {_fmt(float(part['wrong_slack']))} {unit} past which a "
                "stated figure is called wrong (a share of the distance"
                + (")" if part.get("longer", False) else ", with its rounding)")
            )
    if "angle_error" in part:
        word = _direction_word(st.direction)
        due = f"due {word}" if not _DIRECTION_PARTS.search(word) else f"the middle of {word}"
        details.append(
            f"{float(part['angle_error']):.0f}° off {due}, "
            f"{'within' if part['angle_error'] <= part['angle_allowed'] else 'beyond'} the "
            f"{float(part['angle_allowed']):.0f}° allowed"
        )
    if st.relation == "proximity":
        details.append(f"{d:.1f} km apart against {float(part['hi']):.0f} km for '{st.direction}'")
    if details:
        text += " — " + "; ".join(details)
    text += "."
    if decided:
        others = _list_readings(x for x in readings if x.subject is not s or x.reference is not r)
        text += (
            f" The names allow several readings and the statement decides: {place_label(s.place)} from "
            f"{place_label(r.place)} fits; {others}."
        )
    elif verdict == "ambiguous":
        text += " Several readings fit equally well: " + _list_readings(readings) + "."
    elif ambiguous_name:
        text += " The names allow several readings; every reading gives the same verdict."
    return text


def _list_readings(readings, most: int = 4) -> str:
    items = [
        f"{place_label(x.subject.place)} from {place_label(x.reference.place)} → {x.verdict}"
        for x in readings
    ]
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def _stated_value(st: Statement) -> str | None:
    if st.value is None:
        return f"{st.unit_text}" if st.unit_text else None
    value = f"{st.value:g}" + (f"-{st.value_max:g}" if st.value_max is not None else "")
    return f"{value} {st.unit}"
