"""Statements about distances to the front line, to forces and to borders, checked against
the dated front-line map and Ukraine's shipped outline.

What is measured (geodesic, in an azimuthal equidistant projection centred on the place):

* "N km behind the front line" / "N km deep into" — the distance from the line, on whichever
  side the place lies (a place inside the occupied area measures its depth).
* ``line="front"`` — "Kostiantynivka, 10 km from the front line", "Russian forces are about
  6 km from Pokrovsk": the distance from the place to the occupied area in the snapshot current
  on the statement's date (0 for a place inside it; the explanation gives its depth). Named
  Ukrainian forces ("Ukrainian troops are 3 km from Tokmak") measure the other way: from a place
  inside the occupied area to the line.
* ``line="border"`` — "Vovchansk, less than 10 km from the Russian border", "Sudzha, 10 km from
  Ukraine": the distance to Ukraine's land border (to Russia's or Belarus's part of it when the
  statement names that country). The coast is not a border. A border with a region across it
  ("Sumy, 30 km from the border with Russia's Belgorod region") is that region's stretch, not
  shipped: the nearest stretch of the country's border only bounds it from below, so the
  statement is decided only when the place lies farther than stated from all of it.

The rubric is the place-to-place one (:mod:`frontmap.verify`): the number's rounding, the
qualifier's meaning and the place's extent make the slack; a front line measured on a snapshot
older than the statement's date adds :data:`LINE_DRIFT_KM_PER_DAY` per day of age, stated in
the explanation. Without a date and a dated front-line series a front statement is
``unverifiable`` and says which options would check it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as Date

import numpy as np

from .geodesy import UNIT_KM
from .lexicon import lexicon
from .statements import Statement, place_name

__all__ = ["LINE_DRIFT_KM_PER_DAY", "verify_line"]

#: "behind the front line", "deep into": measured from the line on the place's side.
_ACROSS = re.compile(r"\b(?:behind|deep\s+(?:into|inside|in|behind))\b", re.IGNORECASE)
#: How far a front line may move in a day, for the slack of a snapshot older than the date.
LINE_DRIFT_KM_PER_DAY = 0.3
#: Border statements are measured for places in these countries (Ukraine's outline is shipped).
BORDER_COUNTRIES = {"UA", "RU", "BY"}
#: Front statements are measured for places in these countries (the dated map is of the war
#: in Ukraine, with Russia's border regions).
FRONT_COUNTRIES = {"UA", "RU"}
#: A place outside Ukraine farther than this from it more likely means another border.
FOREIGN_BORDER_KM = 150.0
#: A village measured this many times the stated distance from the border is likelier a
#: namesake of a village across it (the gazetteer holds Ukraine's villages, not Russia's).
BORDER_NAMESAKE_RATIO = 3.0
#: A place located only this coarsely (relative to the distances involved) gives no verdict.
COARSE_FRACTION = 0.5


def _place_side(st: Statement) -> tuple[str | None, str | None]:
    """``(text, role)`` of the place a line statement measures from."""
    if st.reference_kind == "place" and st.subject_kind not in ("place", "pronoun", None):
        return st.reference, "reference"  # "Russian forces are 6 km from Pokrovsk"
    return st.subject, "subject"


def verify_line(st: Statement, gz, rubric, *, context=None, date=None, series=None):
    """The verdict of a ``line_distance`` statement (see the module docstring)."""
    from .verify import VERDICTS, Verdict
    from .verify.model import place_label, unverifiable
    from .verify.namesakes import _namesakes
    from .verify.readings import READING_MARGIN, place_readings

    text, role = _place_side(st)
    if st.unit_open:  # "a kilometre (mile) from the border" (rule unit_bracket)
        return unverifiable(st, f"the unit '{st.unit_text}' is ambiguous")
    if not text:
        return unverifiable(st, "the place is not named in the sentence")
    kind = st.subject_kind if role == "subject" else st.reference_kind
    if kind == "alternatives":  # "The village lies near Kupiansk, 60 km from the border"
        return unverifiable(
            st, f"'{text}' names alternatives: the text does not say which one is measured"
        )
    if kind in ("pronoun", "description", "non_place"):
        return unverifiable(
            st, f"'{text}' is not a place: the sentence names no place to measure from"
        )
    if st.line == "border" and (owner := _border_owner(st)) is not None:
        return unverifiable(
            st,
            f"'{owner}' is no country: its border is a city's or region's boundary, not a state "
            "border, and boundaries are not shipped (rule owned_border)",
        )
    if st.line == "front" and (date is None or series is None):
        return unverifiable(
            st,
            "a distance to the front line needs the date it was said and a dated front-line "
            "map: give --date YYYY-MM-DD and --layers PATH (Python: verify(..., date=, series=))",
        )
    cands = place_readings(st, gz, "place", text, context)
    if isinstance(cands, Verdict):
        return cands
    name = place_name(text)
    best = cands[0]
    close = [c for c in cands if c.score >= best.score - READING_MARGIN][:6]
    when = Date.fromisoformat(date) if isinstance(date, str) else date
    results = []
    for cand in close:
        measured = _measure(st, cand.place, role, when, series)
        if isinstance(measured, str):
            if cand is best:
                return unverifiable(st, measured, **{role: best})
            continue
        results.append((cand, measured, *_grade(st, cand.place, measured, rubric)))
    if _region_across(st):
        # "Sumy, 30 km from the border with Russia's Belgorod region": the region's stretch of
        # the border is not shipped; the nearest stretch of that country's border bounds it
        # from below, so only a place farther than stated from all of it is decided (rule
        # region_border)
        bounded = _below_bound(results)
        if bounded is None:
            cand, measured = results[0][0], results[0][1]
            return unverifiable(
                st,
                f"the border named is a region's ({st.reference}): region outlines are not "
                f"shipped, and the nearest stretch of {measured[2]}, {measured[0]:.1f} km from "
                f"{cand.place.name}, only bounds it from below (a stated distance under that "
                "would be false; this one is not)",
                **{role: cand},
            )
        results = bounded
    cand, measured, code, parts = results[0]
    note = ""
    if _region_across(st):
        note = (
            f" The border named is a region's ({st.reference}); its stretch lies at least as "
            "far as the nearest stretch measured, so the stated distance is short either way."
        )
    if len(results) > 1:
        codes = [r[2] for r in results]
        others = "; ".join(place_label(r[0].place) for r in results[1:4])
        if len(set(codes)) == 1:
            note = f" Every reading of '{name}' gives the same verdict (also {others})."
        elif code == 0:
            note = (
                f" Read as the best-known {name}, {place_label(cand.place)}, which fits; the "
                f"statement does not fit every namesake ({others})."
            )
        else:
            labels = "; ".join(place_label(r[0].place) for r in results[:4])
            return replace(
                unverifiable(st, f"'{name}' names several places ({labels})", **{role: best}),
                verdict="ambiguous",
                explanation=f"Ambiguous: '{name}' names several places ({labels}), and they do "
                "not agree with the statement alike; the place's region would decide.",
            )
    if code == VERDICTS.index("inconsistent") and (
        city := _city_reading(st, cands, cand, role, rubric, (when, series))
    ):
        return unverifiable(st, city, **{role: cand})
    if code == VERDICTS.index("inconsistent") and _border_namesake(
        st, cand.place, parts, rubric, _namesakes(cands)
    ):
        return unverifiable(
            st,
            f"read as {place_label(cand.place)}, {measured[0]:.0f} km from the border, over "
            f"{BORDER_NAMESAKE_RATIO:g} times the stated distance: a namesake across the "
            "border (villages there are not in the gazetteer) is likelier than a false "
            "statement. Give the place's region to decide",
            **{role: cand},
        )
    return _verdict(st, cand, role, measured, code, parts, note)


#: A possessive a state border takes: a country's name (lexicon ``countries``), "the country's",
#: and the pronouns that stand for one ("Russia shelled villages near its border").
_COUNTRY_WORDS = frozenset(lexicon().countries) | {
    "country",
    "nation",
    "state",
    "its",
    "their",
    "our",
}
#: "Kyiv's border", "the city's border": a possessive before the border word.
_OWNED_BORDER = re.compile(
    r"(?P<owner>[^\W\d_][\w’'-]*)['’]s?\s+(?:\w+\s+)?border\b", re.IGNORECASE
)


def _city_reading(st: Statement, cands: list, chosen, role: str, rubric, at: tuple) -> str | None:
    """Rule ``city_reading``: why an inconsistent reading is not decided when a wider reading
    of the name (:data:`~frontmap.verify.readings.WIDE_RATIO` of the best score) is a city far
    larger than it — the place a reporter most likely meant ("Mogilev lies 80 km from the
    Russian border": the Belarusian city Mahilyow by its Russian name, not the village Mohyliv
    of Dnipropetrovsk Oblast) — and that city cannot be measured or does not give the verdict
    too; None when no such city changes anything. A city's name still means the city: the rule
    never turns a city's verdict by a lesser namesake."""
    from .verify import VERDICTS
    from .verify.model import place_label
    from .verify.readings import CITY_CODES, CITY_POPULATION, WIDE_RATIO

    people = chosen.place.population or 0
    for other in cands[1:6]:
        place = other.place
        big = place.feature_code in CITY_CODES or (place.population or 0) >= CITY_POPULATION
        if (
            other.place.id == chosen.place.id
            or other.score < WIDE_RATIO * cands[0].score
            or not big
            or (place.population or 0) < 10 * max(people, 1)
        ):
            continue
        measured = _measure(st, place, role, *at)
        if isinstance(measured, str):
            why = measured
        elif _grade(st, place, measured, rubric)[0] != VERDICTS.index("inconsistent"):
            why = "read so, the statement is not shown false"
        else:
            continue
        return (
            f"'{place_name(st.subject if role == 'subject' else st.reference)}' is read as "
            f"{place_label(chosen.place)}, which does not fit, but it is also the name of "
            f"{place_label(place)}, a city the text more likely means ({why}); the place's "
            "country or region would decide"
        )
    return None


def _border_owner(st: Statement) -> str | None:
    """Rule ``owned_border``: the owner of a border the statement names in the possessive
    when it is no country ("Irpin lies 1 km from Kyiv's border", "the city's border"); None for
    a country's border ("Russia's border", "Ukraine's border with Russia") or a bare one."""
    text = (st.reference if st.reference_kind == "non_place" else st.subject) or ""
    m = _OWNED_BORDER.search(text)
    if m is None:
        return None
    owner = m.group("owner").lower()
    return None if owner in _COUNTRY_WORDS else m.group("owner")


def _below_bound(results: list) -> list | None:
    """Of a border measured only by a lower bound (rule region_border): the results when
    every reading lies farther than stated beyond the slack, with one verdict; else None."""
    codes = {code for _, _, code, numbers in results if numbers["in_unit"] > numbers["hi"]}
    if len(codes) != 1 or 0 in codes or any(n["in_unit"] <= n["hi"] for *_, n in results):
        return None
    return results


def _border_namesake(st: Statement, place, numbers: dict, rubric, namesakes: bool) -> bool:
    """Whether an inconsistent border reading is a village far beyond the stated distance —
    or any settlement but a regional capital whose name several settlements bear, far beyond
    it by :data:`NAMESAKE_KM` too ("Село Красное, расположенное в 5 км от границы": the
    Belgorod village is not in the gazetteer, the town Krasne of Lviv Oblast 71 km from the
    border is a namesake; rule border_namesake)."""
    from .verify.namesakes import NAMESAKE_KM
    from .verify.readings import CITY_POPULATION

    # a regional capital, or a city of its size (a city abroad may come without its code)
    capital = (place.feature_code or "") in ("PPLA", "PPLC") or (
        place.population or 0
    ) >= CITY_POPULATION
    village = (place.population or 0) < rubric.town_population and not (
        place.feature_code or ""
    ).startswith(("PPLA", "PPLC"))
    hi = numbers["hi"]
    far = hi > 0 and numbers["in_unit"] > BORDER_NAMESAKE_RATIO * hi
    return (
        st.line == "border"
        and far
        and (
            village
            or (
                namesakes
                and not capital
                and (numbers["in_unit"] - hi) * UNIT_KM.get(st.unit or "km", 1.0) >= NAMESAKE_KM
            )
        )
    )


def _measure(st: Statement, place, role: str, when, series):
    """``(km, age_days, what, where, label, point)`` or the reason it cannot be measured."""
    if st.line == "front":
        if place.country not in FRONT_COUNTRIES:
            # "Israeli tanks were 2 km from Khan Younis": the dated map is of the war in
            # Ukraine; another war's front is not on it (rule front_elsewhere)
            return (
                f"{place.name} lies in {place.country or 'another country'}: the front-line map "
                "is of Russia's war in Ukraine, not of the front meant"
            )
        got = series.line_distance(place.lat, place.lon, when)
        if got is None:
            return f"the front-line map has no occupied area on or before {when}"
        ukrainian_forces = st.line_side == "UA" and role == "reference"
        across = bool(_ACROSS.search(st.sentence[st.span[0] : st.span[1]]))
        d = got.depth_km if ukrainian_forces else got.distance_km
        what = "the line" if ukrainian_forces else "the occupied area"
        where = ""
        if across:
            # "a few kilometers behind the front line", "3 km deep into …": from the line, on
            # whichever side the place lies
            d = got.depth_km if got.inside else got.distance_km
            what = "the line"
            side = "inside" if got.inside else "outside"
            where = f" ({place.name} lies {side} the occupied area)"
        elif got.inside and not ukrainian_forces:
            where = (
                f" ({place.name} lies inside the occupied area, {got.depth_km:.1f} km from "
                "the line: 0)"
            )
        elif not got.inside and ukrainian_forces:
            where = f" ({place.name} lies outside the occupied area: 0)"
        label = f"{_source_name(got.source)}, {got.snapshot_date}"
        return (
            d,
            (when - got.snapshot_date).days,
            what,
            where,
            label,
            (got.nearest_lat, got.nearest_lon),
        )
    from .borders import border_distance, outline_record

    if place.country not in BORDER_COUNTRIES:
        return (
            f"{place.name} lies in {place.country or 'another country'}: only Ukraine's border "
            "is shipped (the border meant is another country's)"
        )
    if (
        st.line_side in ("RU", "BY")
        and place.country in ("RU", "BY")
        and (st.line_side != place.country)
    ):
        # "Novozybkov lies 30 km from the border with Belarus", "Гомель … от российской
        # границы": the border between two other countries, not Ukraine's (rule
        # other_country_border)
        return (
            f"{place.name} lies in {place.country} and the border named is {st.line_side}'s: "
            "the border between them is not Ukraine's, and only Ukraine's border is shipped"
        )
    if st.line_side not in (None, "UA", "RU", "BY"):
        # "the Romanian border", "кордону з Угорщиною" (the lexicon's ``countries``): never
        # measured to Ukraine's whole land border (rule other_country_border)
        return (
            f"the border named is {st.line_side}'s: only Russia's and Belarus's parts of "
            "Ukraine's border are told apart"
        )
    across = _region_across(st)
    if across is not None and across in ("", place.country):
        # "10 km from the border with Zaporizhzhia region" of a Ukrainian town: a region's
        # edge, not the state's; measured only when the region lies in another country than
        # the place ("Sudzha, 10 km from the border with Sumy region"), and then only as a lower
        # bound of the region's own stretch (rule region_border; see verify_line)
        return (
            f"the border named is a region's ({across or 'a region the lexicon does not place'}) "
            f"and {place.name} lies in {place.country}: region borders are not shipped, only "
            "Ukraine's state border"
        )
    country = st.line_side if st.line_side in ("RU", "BY") else None
    if country is None and across in ("RU", "BY"):
        country = across  # "кордону з Курською областю" of a Ukrainian village: Russia's part
    got = border_distance(place.lat, place.lon, country)
    if not got.inside_ukraine and got.distance_km > FOREIGN_BORDER_KM:
        return (
            f"{place.name} lies {got.distance_km:.0f} km from Ukraine: the border meant is "
            "likelier another of its country's"
        )
    if st.line_side == "UA" and got.inside_ukraine:
        return f"{place.name} lies inside Ukraine: 'from Ukraine' measures nothing there"
    named = {"RU": "Russian ", "BY": "Belarusian "}.get(country or "", "")
    label = f"outline of Ukraine, {outline_record()['attribution']}"
    return (
        got.distance_km,
        0,
        f"Ukraine's {named}land border",
        "",
        label,
        (got.nearest_lat, got.nearest_lon),
    )


def _region_across(st: Statement) -> str | None:
    """Of "the border with Zaporizhzhia region", "кордону з Курською областю", "границы с
    Сумской областью": the country of the region across the border (``"UA"``, ``"RU"``), or
    ``""`` when the lexicon does not place it; None when no region is named across the
    border (rule region_border)."""
    from gazetteer.inflection import lemmas

    from .anchors import anchors_in, foreign_in
    from .statements.subject_cyrillic import _REGION_NAME_ENDINGS
    from .statements.vocabulary import _LEX

    ref = st.reference or ""
    words = [w.lower() for w in _WORDS.findall(ref)]
    at = next((i for i, w in enumerate(words) if w in _LEX.border_words), None)
    if at is None or at + 1 >= len(words) or words[at + 1] not in _LEX.border_partner_words:
        return None
    stems, endings = tuple(_LEX.internal_border_stems), _REGION_NAME_ENDINGS
    partner = words[at + 2 :]
    if not any(w.startswith(stems) or w.endswith(endings) for w in partner):
        return None  # "кордону з Росією": a country, read by the lexicon's ``countries``
    # the partner stands in the instrumental ("з Курською областю", "з Харківщиною", "с
    # Белгородской областью"), which the region anchors need not spell: they are read on the
    # phrase as written and on its nominative readings ("курська область")
    text = " ".join(partner)
    readings = (text, *lemmas(text))
    countries = {entry[2] for r in readings for _, entry in foreign_in(r)}  # its country
    if any(anchors_in(r) for r in readings):
        countries.add("UA")
    return countries.pop() if len(countries) == 1 else ""


_WORDS = re.compile(r"[\w’'\-]+")


def _grade(st: Statement, place, measured, rubric):
    """``(code, numbers)`` of one reading, by the place-to-place rubric plus the line's age."""
    from .verify import distance_errors, grade, place_extent_km, stated_interval

    d, age = measured[0], measured[1]
    unit = st.unit or "km"
    factor = UNIT_KM[unit]
    lo, hi, precision, qualifier = stated_interval(st, rubric)
    extent = place_extent_km(place, rubric) / factor
    drift = LINE_DRIFT_KM_PER_DAY * max(age, 0) / factor
    slack = precision + qualifier + extent + drift
    in_unit = d / factor
    error = float(distance_errors(np.array([in_unit]), lo, hi)[0])
    code = int(grade(np.array([error]), np.array([slack]), rubric.loose_factor)[0])
    coarse = place.precision != "point" and (place.radius_km or 0) >= COARSE_FRACTION * max(
        d, (st.value or 0) * factor, 1.0
    )
    numbers = {"lo": lo, "hi": hi, "precision": precision, "qualifier": qualifier,
               "extent": extent, "drift": drift, "slack": slack, "in_unit": in_unit,
               "error": error, "unit": unit, "coarse": coarse}  # fmt: skip
    return code, numbers


def _verdict(st: Statement, cand, role: str, measured, code: int, n: dict, note: str):
    from .verify import VERDICTS, Verdict
    from .verify.model import unverifiable

    place = cand.place
    d, age, what, where, label, point = measured
    if n["coarse"]:
        return unverifiable(
            st,
            f"{place.name} is located only to its {place.precision} (±{place.radius_km:.0f} km), "
            "too coarse for a distance to a line",
            **{role: cand},
        )
    verdict = VERDICTS[code]
    unit = n["unit"]
    value = st.value_text or (f"{st.value:g}" if st.value is not None else None)
    stated = " ".join(x for x in (st.qualifier, value, st.unit_text or unit) if x)
    error = n["error"]
    off = (
        ""
        if error == 0
        else f"{error:.1f} {unit} {'over' if n['in_unit'] > n['hi'] else 'under'}, "
    )
    ok = "within" if code == 0 else "beyond"
    age_note = (
        f" The map is {age} day(s) older than the statement: {n['drift']:.1f} {unit} added to "
        "the slack for the line's movement."
        if age > 0
        else ""
    )
    explanation = (
        f"Measured {d:.1f} km ({d / UNIT_KM['mi']:.1f} mi) from {place.name} to {what}{where} "
        f"({label}; nearest point {point[0]:.4f}, {point[1]:.4f}); stated {stated}: {verdict} — "
        f"{off}{ok} the {n['slack']:.1f} {unit} allowed.{age_note}{note}"
    )
    return Verdict(
        verdict,
        st,
        explanation,
        **{role: cand},
        distance_km=d,
        distance_mi=d / UNIT_KM["mi"],
        distance_verdict=verdict,
        measured_in_unit=n["in_unit"],
        stated_low=n["lo"],
        stated_high=n["hi"],
        distance_error=error,
        distance_slack=n["slack"],
        precision_slack=n["precision"],
        qualifier_slack=n["qualifier"],
        extent_slack=n["extent"],
        line_point=point,
        line_source=label,
        line_age_days=age,
    )


def _source_name(source: str | None) -> str:
    return {"deepstate": "DeepStateMap", "isw": "ISW"}.get(source or "", source or "map")
