"""Verify distance and direction statements against the gazetteer: a verdict a journalist can quote.

The rubric (every number is a field of :class:`Rubric`)
--------------------------------------------------------
**Distance.** The stated value *v* (or range [a, b]) is compared with the
geodesic distance *d* between the two resolved points, in the stated unit.
The allowed slack is the sum of

* *precision* — half the rounding step implied by the number as written:
  12 → 0.5, 30 → 5, 75 → 2.5, 78.1 → 0.05, 200 → 50 (a number ending in
  zeros is rounded to that power of ten, one ending in 5 to the nearest 5), at most
  :attr:`Rubric.rounding_max_fraction` (10 %) of the figure or 2.5 if more (10 → 2.5,
  30 → 3, 200 → 20: "nearly 100 km" is no fit for 55 km);
* *qualifier* — 20 % of *v* for roughly/about/around/some/approximately/
  nearly/almost/"or so", 10 % otherwise; for a single figure (bare, "about",
  "just", "only") at least 25 % of the *measured* distance and 2 km;
* *extent* — the radii of the two places: a city of ≥ 1,000,000 people 8 km,
  ≥ 100,000 6 km, ≥ 20,000 3 km, a town (≥ 2,000 or an admin seat) 1.5 km, a
  village 0.5 km; a place known only to its hromada (or raion) uses that
  uncertainty radius.

"less than/within/up to v" means [0, v]; "more than/over/at least v" means
[v, ∞); "just over/little over v" means [v, 1.2 v]; "a few" means [1, 5],
"several" and "кілька"/"несколько" (which say "several" as much as "a few") [2, 9] and
[1, 9], "a couple of" [1, 3]. The error is the distance from *d*
to the stated value or interval: **consistent** within the slack,
**loose** within twice it, else **inconsistent**. A stated distance *longer* than the
measured one by more than the slack without the extents is not consistent: a place's size
explains a shorter stated distance (measured from its edge), not a longer one (often a road
distance).

A single figure follows the fact-checker's rule (``tests/corpus/README.md``): it fits within
~25 % of the measured distance (above), and is **inconsistent** only when it misses by more
than 40 % of the measured distance and 4 km, plus its rounding, its places' uncertainty and —
when the stated figure is the shorter — their extents (and then never below twice the
slack of the share of the stated value); **loose** between. The share is of the
measured distance, not the stated one: "115 km" for 75 km (52 % more) is wrong, "45 km" for
60 km (25 % less, from the city's edge) is fair. Fractions are fields of :class:`Rubric`.

**Direction.** Bearing from the reference to the subject against the stated word, as a
fact-checker reads compass words in reporting (``tests/corpus/README.md``): a cardinal
point ("south") fits within 50°, an 8-point one ("south-west") within 35°, a 16-point one
("SSW") within 25°, a 32-point one ("east by north") within 20°, plus the angular extent
``atan(extent / d)`` (at most :attr:`Rubric.extent_max_deg`, 20°); inconsistent only beyond 65°, 55°, 40° and 30° (plus the same
extent) and beyond twice the word's half-sector plus the extent (the old bound: at short
range the places' size may turn a bearing far), loose between. Reporting says "south of
Kharkiv" of anything in the southern quarter and more: a strict half-sector (22.5°) called
fair statements wrong.

**Proximity** ("near", "outskirts", "just outside", …): consistent when the
places lie within :attr:`Rubric.near_km` (5 km for outskirts/just
outside/at the gates) plus their extents, loose within twice that.
**Between** statements are parsed but not measured (unverifiable, said
so). **Containment** ("in the west of the
Donetsk region") is unverifiable: the gazetteer has no region shapes.

**Overall** = the worse of distance and direction. ``unverifiable`` when a
side is not a named place (a pronoun, "the town", a border, the front
line), does not resolve, is a country or oblast rather than a point, is
known only to its hromada with an uncertainty radius of at least half the
distance in question (:data:`COARSE_FRACTION`), or the unit is a travel
time or ambiguous.

**Ambiguous names.** Every plausible reading of the two names is measured
(one vectorised call), admin areas left out when places are on offer:
first the candidates within :data:`READING_MARGIN` of each name's best
score; when they make the statement inconsistent or ambiguous, those
scoring at least :data:`WIDE_RATIO` of the best (a Russian spelling such as "Ясеново"
ranks the Ukrainian village below an exact namesake elsewhere). If all
readings agree, that is the verdict. Otherwise the readings with the best
verdict compete on their names' scores (subject × reference): the leader
is chosen when it leads the next by :data:`DECISIVE_MARGIN` — the statement
decides, and the explanation says so and lists the others — else the
verdict is ``ambiguous``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from html import escape

import numpy as np
from rapidfuzz import fuzz

from gazetteer.inflection import common_noun, lemmas
from gazetteer.names import has_cyrillic
from gazetteer.resolver import SPELLING_FORM_EVIDENCE

from .geodesy import (
    UNIT_KM,
    angle_difference,
    compass_degrees,
    compass_halfwidth,
    compass_points,
    compass_word,
    inverse,
)
from .lexicon import lexicon
from .statements import Statement, parse, place_name

__all__ = [
    "DEFAULT_RUBRIC",
    "Reading",
    "Rubric",
    "Verdict",
    "check_pairs",
    "verify",
    "verify_sentence",
]

VERDICTS = ("consistent", "loose", "inconsistent", "ambiguous", "unverifiable")
_RANK = {"consistent": 0, "loose": 1, "inconsistent": 2}
_RANK_ALL = {"consistent": 0, "loose": 1, "ambiguous": 2, "unverifiable": 3}
_LEX = lexicon()
_NOT_POINTS = {"PCLI", "PCL", "PCLD", "ADM1", "ADM1H", "RGN", "CONT", "TERR"}


@dataclass(frozen=True)
class Rubric:
    """Every number of the verification rubric (see the module docstring)."""

    approx_fraction: float = 0.20
    base_fraction: float = 0.10
    just_over_factor: float = 1.2
    loose_factor: float = 2.0
    extent_metropolis_km: float = 8.0
    extent_large_city_km: float = 6.0
    extent_city_km: float = 3.0
    extent_town_km: float = 1.5
    extent_village_km: float = 0.5
    metropolis_population: int = 1_000_000
    large_city_population: int = 100_000
    city_population: int = 20_000
    town_population: int = 2_000
    near_km: float = 15.0
    outskirts_km: float = 5.0
    #: A single stated figure (unqualified, "about", "just"): consistent within this share
    #: of the measured distance (at least :attr:`consistent_floor_km`), inconsistent beyond
    #: :attr:`inconsistent_fraction` of it (and :attr:`inconsistent_floor_km`), the
    #: rounding, and the places' extents when the stated figure is the shorter.
    consistent_fraction: float = 0.25
    consistent_floor_km: float = 2.0
    inconsistent_fraction: float = 0.40
    inconsistent_floor_km: float = 4.0
    #: A compass word fits within this many degrees (by the rose it belongs to: 4 cardinal,
    #: 8 with "north-east", 16, 32), plus the places' angular extent ...
    direction_fit_deg: tuple = ((4, 50.0), (8, 35.0), (16, 25.0), (32, 20.0))
    #: ... and is inconsistent only beyond this many (plus the same extent); loose between.
    direction_wrong_deg: tuple = ((4, 65.0), (8, 55.0), (16, 40.0), (32, 30.0))
    #: The places' angular extent ``atan(extent / d)`` adds at most this many degrees: two
    #: towns 7 km apart would otherwise let "south-east" fit 72° off (red team 6).
    extent_max_deg: float = 20.0
    #: A round figure's rounding counts at most this share of it, or :attr:`rounding_floor`
    #: units if more ("10 km" may round 7.5–12.5): "100 km" read as 50–150 let "nearly 100 km"
    #: fit 55 km, "about 1,000 km" 595 (red team 6).
    rounding_max_fraction: float = 0.10
    rounding_floor: float = 2.5


DEFAULT_RUBRIC = Rubric()


#: A figure written with a decimal at or above this many km is a gazetteer's centre-to-centre
#: figure ("78.1 km SWbW", "24.2 km NNW"), not a reporter's estimate.
PSEUDO_PRECISE_KM = 10.0


def pseudo_precise(st: Statement) -> bool:
    """Whether the stated distance is a decimal figure of :data:`PSEUDO_PRECISE_KM` or more."""
    text = (st.value_text or "").strip()
    return (
        st.value is not None
        and st.value_max is None
        and bool(re.fullmatch(r"\d+[.,]\d+", text))
        and st.value * UNIT_KM.get(st.unit or "km", 1.0) >= PSEUDO_PRECISE_KM
    )


def rounding_precision(value_text: str | None, value: float | None) -> float:
    """Half the rounding step implied by a number as written: 12 → 0.5, 30 → 5, 78.1 → 0.05."""
    if value is None:
        return 0.0
    text = (value_text or "").strip().replace(",", "") if value_text else ""
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        text = f"{value:g}"
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    digits = text.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    if digits == "0":
        return 0.5
    step = 10**zeros if zeros else 5 if digits.endswith("5") else 1
    return step / 2


def place_extent_km(place, rubric: Rubric = DEFAULT_RUBRIC) -> float:
    """How far a place's real extent reaches from its point (see :class:`Rubric`)."""
    if place.precision != "point" and place.radius_km:
        return float(place.radius_km)
    pop = place.population or 0
    if pop >= rubric.metropolis_population:
        return rubric.extent_metropolis_km
    if pop >= rubric.large_city_population:
        return rubric.extent_large_city_km
    if pop >= rubric.city_population:
        return rubric.extent_city_km
    if pop >= rubric.town_population or (place.feature_code or "").startswith(("PPLA", "PPLC")):
        return rubric.extent_town_km
    return rubric.extent_village_km


def place_uncertainty_km(place) -> float:
    """How far a place's true point may lie from the gazetteer's (a place known only to its
    hromada or raion: that radius); 0 for a settlement's own point."""
    if place.precision != "point" and place.radius_km:
        return float(place.radius_km)
    return 0.0


def stated_interval(
    st: Statement, rubric: Rubric = DEFAULT_RUBRIC
) -> tuple[float, float, float, float]:
    """``(low, high, precision, qualifier slack)`` of a statement's distance, in its unit."""
    meaning = st.qualifier_meaning
    vague = _LEX.vague_range(st.qualifier) if meaning == "vague" else None
    if st.value is None and vague:
        lo, hi = vague
        return float(lo), float(hi), 0.0, rubric.base_fraction * hi
    v = float(st.value)
    precision = min(
        rounding_precision(st.value_text, st.value),
        max(rubric.rounding_max_fraction * v, rubric.rounding_floor),
    )
    if st.value_max is not None:
        hi = float(st.value_max)
        frac = rubric.approx_fraction if meaning == "approximate" else rubric.base_fraction
        return v, hi, precision, frac * hi
    base = rubric.base_fraction * v
    if meaning == "upper":
        return 0.0, v, precision, base
    if meaning == "just_over":
        return v, rubric.just_over_factor * v, precision, base
    if meaning == "lower":
        return v, math.inf, precision, base
    frac = rubric.approx_fraction if meaning == "approximate" else rubric.base_fraction
    return v, v, precision, frac * v


def grade(error, allowed, loose_factor: float = 2.0):
    """Vectorised verdict codes: 0 consistent, 1 loose, 2 inconsistent."""
    error = np.asarray(error, dtype=float)
    allowed = np.asarray(allowed, dtype=float)
    return np.where(error <= allowed, 0, np.where(error <= loose_factor * allowed, 1, 2))


def distance_errors(d, lo, hi):
    """Distance from measured values to stated intervals (0 inside), vectorised."""
    d, lo, hi = (np.asarray(x, dtype=float) for x in (d, lo, hi))
    return np.where(d < lo, lo - d, np.where(d > hi, d - hi, 0.0))


def check_pairs(
    ref_lat, ref_lon, subj_lat, subj_lon, *, low, high, precision=0.0, qualifier=0.0,
    extent_km=0.0, unit: str = "km", stated_bearing=None, halfwidth=None, loose_factor: float = 2.0,
    uncertainty_km=0.0, relative=0.0, relative_floor_km=0.0, wrong_relative=None,
    wrong_floor_km=0.0, wrong_deg=None, sector_deg=None, fit_extent_km=None,
    extent_max_deg=90.0,
) -> dict:  # fmt: skip
    """The rubric over arrays of resolved place pairs: one geodesic call for all of them.

    Parameters
    ----------
    ref_lat, ref_lon, subj_lat, subj_lon
        Reference and subject points (degrees), arrays or scalars.
    low, high, precision, qualifier
        The stated interval and its precision and qualifier slack, in ``unit``.
    extent_km
        Sum of the two places' radii (km). A place's size explains a stated distance
        *shorter* than the centres' (measured from its edge), not a longer one: a stated value
        above the measured one by more than the slack without the radii is at best loose.
    fit_extent_km
        The extents the *consistent* band allows, when not ``extent_km`` (0 for a
        pseudo-precise figure, measured centre to centre); the bounds of *inconsistent* keep
        ``extent_km``, so such a figure that misses is ``loose``, never a false alarm.
    uncertainty_km
        Sum of the two places' positional uncertainty (km; a place known only to its hromada).
    stated_bearing, halfwidth
        Stated direction (degrees) and the angle it fits within; None for no direction check.
    relative, relative_floor_km
        A share of the *measured* distance (at least ``relative_floor_km``) the qualifier slack
        is raised to: a single stated figure fits within ~25 % of the distance.
    wrong_relative, wrong_floor_km
        When given, the distance is inconsistent only when its error exceeds this share of the
        measured distance (at least ``wrong_floor_km``), plus the rounding, the uncertainty and
        — for a stated figure shorter than the measured one — the places' extents; loose
        between. Without it, inconsistent beyond ``loose_factor`` times the slack.
    wrong_deg, sector_deg
        When given, the direction is inconsistent only beyond ``wrong_deg`` (plus the places'
        angular extent) and ``loose_factor`` times ``sector_deg`` (the word's half-sector)
        plus that extent; without them, beyond ``loose_factor`` times the allowed angle.

    Returns
    -------
    dict of ndarray
        ``distance_km``, ``bearing_deg``, ``measured`` (in ``unit``), ``error``, ``slack``,
        ``distance_code``, and with a direction ``angle_error``, ``angle_allowed``,
        ``direction_code``; ``code`` is the worse of the two (0 consistent, 1 loose,
        2 inconsistent).
    """
    dist, bearing = inverse(ref_lat, ref_lon, subj_lat, subj_lon)
    extent = np.broadcast_to(np.asarray(extent_km, dtype=float), dist.shape)
    fit = (
        extent
        if fit_extent_km is None
        else np.broadcast_to(np.asarray(fit_extent_km, dtype=float), dist.shape)
    )
    uncertain = np.broadcast_to(np.asarray(uncertainty_km, dtype=float), dist.shape)
    factor = UNIT_KM[unit]
    measured = dist / factor
    base_qualifier = np.asarray(qualifier, dtype=float)
    qualifier = np.maximum(
        base_qualifier, np.maximum(relative * measured, relative_floor_km / factor)
    )
    slack = np.asarray(precision) + qualifier + fit / factor
    error = distance_errors(measured, low, high)
    code = grade(error, slack, loose_factor)
    # a stated distance longer than the measured one is not explained by the places' size (it
    # would be measured from their edges, shorter): beyond the slack without it, it fits only
    # loosely — a road distance, or a misstatement — and is never called consistent
    longer = measured < np.asarray(low, dtype=float)
    narrow = np.asarray(precision) + qualifier + uncertain / factor
    code = np.where(longer & (code == 0) & (error > narrow), 1, code)
    if wrong_relative is not None:
        wrong = (
            np.asarray(precision)
            + np.maximum(wrong_relative * measured, wrong_floor_km / factor)
            + uncertain / factor
            + np.where(longer, 0.0, extent / factor)
        )
        # a figure shorter than the distance: never stricter than twice the old slack (a
        # share of the stated value plus the extents), which the places' size may explain
        old = loose_factor * (np.asarray(precision) + np.asarray(base_qualifier) + extent / factor)
        wrong = np.maximum(wrong, np.where(longer, narrow, np.maximum(slack, old)))
        code = np.where(code == 0, 0, np.where(error > wrong, 2, 1))
    out = {"distance_km": dist, "bearing_deg": bearing, "measured": measured, "error": error,
           "qualifier": np.broadcast_to(qualifier, dist.shape),
           "slack": slack, "narrow_slack": np.broadcast_to(narrow, dist.shape),
           "longer": longer, "distance_code": code}  # fmt: skip
    if wrong_relative is not None:
        out["wrong_slack"] = np.broadcast_to(wrong, dist.shape)
    out["code"] = out["distance_code"]
    if stated_bearing is not None:
        spread = np.minimum(np.degrees(np.arctan2(extent, np.maximum(dist, 1e-9))), extent_max_deg)
        fit_spread = np.degrees(np.arctan2(fit, np.maximum(dist, 1e-9)))
        allowed = np.asarray(halfwidth) + np.minimum(fit_spread, extent_max_deg)
        angle = angle_difference(bearing, stated_bearing)
        direction_code = grade(angle, allowed, loose_factor)
        if wrong_deg is not None:
            # never stricter than twice the stated word's half-sector and spread (at short
            # range the places' size may turn the bearing far)
            sector = loose_factor * (np.asarray(sector_deg or 0.0) + spread)
            wrong_angle = np.maximum(np.asarray(wrong_deg) + spread, sector)
            direction_code = np.where(angle <= allowed, 0, np.where(angle > wrong_angle, 2, 1))
        out.update(angle_error=angle, angle_allowed=allowed,
                   direction_code=direction_code)  # fmt: skip
        out["code"] = np.maximum(out["code"], out["direction_code"])
    return out


@dataclass(frozen=True)
class Reading:
    """One way of resolving the two places, with what it measures and its verdict."""

    subject: object
    reference: object
    distance_km: float
    bearing_deg: float
    verdict: str
    score: float


@dataclass(frozen=True)
class Verdict:
    """The verdict on one statement, with every number that led to it."""

    verdict: str
    statement: Statement
    explanation: str
    subject: object | None = None  # gazetteer.Candidate
    reference: object | None = None
    distance_km: float | None = None
    distance_mi: float | None = None
    bearing_deg: float | None = None
    bearing_word: str | None = None
    distance_verdict: str | None = None
    direction_verdict: str | None = None
    measured_in_unit: float | None = None
    stated_low: float | None = None
    stated_high: float | None = None
    distance_error: float | None = None
    distance_slack: float | None = None
    precision_slack: float | None = None
    qualifier_slack: float | None = None
    extent_slack: float | None = None
    stated_bearing_deg: float | None = None
    direction_error_deg: float | None = None
    direction_allowed_deg: float | None = None
    alternatives: tuple[Reading, ...] = field(default=())
    #: Whether the statement's own figure chose among its names' readings ("the statement
    #: decides"): no other evidence picked that namesake.
    decided_by_figure: bool = False
    reason: str | None = None
    #: For a distance to a line: the nearest point of the line (lat, lon), the map measured
    #: ("DeepStateMap, 2025-02-11") and how many days older than the statement it is.
    line_point: tuple[float, float] | None = None
    line_source: str | None = None
    line_age_days: int | None = None

    def to_dict(self) -> dict:
        """The stable JSON shape of ``frontmap check --json``."""
        st = self.statement
        sp = self.subject.place if self.subject else None
        rp = self.reference.place if self.reference else None
        out = {
            "subject": st.subject,
            "reference": st.reference,
            "qualifier": st.qualifier,
            "value": st.value,
            "value_max": st.value_max,
            "unit": st.unit,
            "direction": st.direction,
            "relation": st.relation,
            "alt_value": st.alt_value,
            "alt_unit": st.alt_unit,
            "verdict": self.verdict,
            "distance_verdict": self.distance_verdict,
            "direction_verdict": self.direction_verdict,
            "distance_km": _r(self.distance_km, 3),
            "distance_mi": _r(self.distance_mi, 3),
            "bearing_deg": _r(self.bearing_deg, 1),
            "bearing_word": self.bearing_word,
            "subject_geonameid": sp.geonameid if sp else None,
            "reference_geonameid": rp.geonameid if rp else None,
            "subject_place": sp.to_dict() if sp else None,
            "reference_place": rp.to_dict() if rp else None,
            "subject_score": self.subject.score if self.subject else None,
            "reference_score": self.reference.score if self.reference else None,
            "distance_error": _r(self.distance_error, 3),
            "distance_slack": _r(self.distance_slack, 3),
            "precision_slack": _r(self.precision_slack, 3),
            "qualifier_slack": _r(self.qualifier_slack, 3),
            "extent_slack": _r(self.extent_slack, 3),
            "stated_bearing_deg": self.stated_bearing_deg,
            "direction_error_deg": _r(self.direction_error_deg, 1),
            "direction_allowed_deg": _r(self.direction_allowed_deg, 1),
            "alternatives": [
                {
                    "subject": a.subject.place.name,
                    "subject_id": a.subject.place.id,
                    "reference": a.reference.place.name,
                    "reference_id": a.reference.place.id,
                    "distance_km": _r(a.distance_km, 3),
                    "bearing_deg": _r(a.bearing_deg, 1),
                    "verdict": a.verdict,
                }
                for a in self.alternatives
            ],
            "reason": self.reason,
            "line": st.line,
            "line_point": list(self.line_point) if self.line_point else None,
            "line_source": self.line_source,
            "line_age_days": self.line_age_days,
            "explanation": self.explanation,
            "sentence": st.sentence,
            "span": list(st.span),
        }
        return out

    def _repr_html_(self) -> str:
        colour = {"consistent": "#1a7f37", "loose": "#9a6700", "inconsistent": "#cf222e"}.get(
            self.verdict, "#57606a"
        )
        rows = [
            ("Statement", self.statement.sentence[self.statement.span[0] : self.statement.span[1]]),
            ("Subject", _place_label(self.subject)),
            ("Reference", _place_label(self.reference)),
            ("Measured", f"{self.distance_km:.1f} km ({self.distance_mi:.1f} mi), {self.bearing_deg:.0f}° "
             f"({self.bearing_word})" if self.distance_km is not None else None),
            ("Distance", self.distance_verdict),
            ("Direction", self.direction_verdict),
        ]  # fmt: skip
        body = "".join(
            f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
            for k, v in rows
            if v
        )
        return (
            f"<div><b style='color:{colour}'>{escape(self.verdict)}</b> — {escape(self.explanation)}"
            f"<table>{body}</table><small>Place data: GeoNames (geonames.org), CC BY 4.0</small></div>"
        )


def _opt(x):
    """A numpy scalar as a plain Python value (None stays None)."""
    if x is None:
        return None
    return x.item() if hasattr(x, "item") else x


def _r(x, n):
    return None if x is None or (isinstance(x, float) and math.isinf(x)) else round(float(x), n)


def _place_label(candidate) -> str | None:
    if candidate is None:
        return None
    p = candidate.place
    return f"{p.name} ({p.admin_path}; {p.id}; score {candidate.score:.2f}; {p.precision})"


def _fmt(x: float) -> str:
    return f"{x:.1f}" if abs(x) < 100 else f"{x:.0f}"


#: Candidates within this of the best score are the readings of a name; when they make the
#: statement inconsistent, candidates scoring :data:`WIDE_RATIO` of the best are tried as well.
READING_MARGIN = 0.06
#: The wider readings: candidates scoring at least this fraction of the name's best.
WIDE_RATIO = 0.55
#: A name whose best reading is a city of these feature codes (or this many people) is not
#: made true by a lesser namesake that fits (:func:`_city_for_a_namesake`).
CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
CITY_POPULATION = 50_000
#: How far before a statement's span a type word naming its place is looked for.
VILLAGE_LOOK_BACK = 300
#: A place known only to its hromada (or raion) cannot test a statement about a distance
#: smaller than this many times its uncertainty radius: such a check is unverifiable.
COARSE_FRACTION = 0.5
#: Among readings that fit equally well, the best-scored one is chosen when its combined
#: score (subject × reference) leads the next by this much; otherwise the verdict is ambiguous.
DECISIVE_MARGIN = 0.05


#: Rule ``chance_fit``: the area (km²) over which a name's namesakes are spread — Ukraine's —
#: and how many pairs of readings may be expected to fit a stated figure by chance before a
#: fit stops deciding which places are meant (:func:`_chance_fits`): with ``E`` chance fits
#: expected, the pair the figure picks is the one meant at odds of about 1 : ``E``; below 3 : 1
#: it decides nothing.
CHANCE_FIT_AREA_KM2 = 603_628.0
CHANCE_FIT_COUNTRY = "UA"
CHANCE_FITS = 1 / 3
#: Namesakes cluster more than points spread evenly: of all the pairs of readings of eight
#: common village names (Ivanivka, Novoselivka, … 18–162 readings each), 1.1–1.7 times the
#: even share fall in a band (2–8 km 1.7, 8–22 km 1.5, 24–56 km 1.3, 60–120 km 1.1; round 16,
#: /work/probe16/rt16/chance_measure.py).
CHANCE_FIT_CLUSTERING = 1.4
CHANCE_FIT_REASON = (
    "one pair of the names' many readings fits, as pairs of namesakes may by chance "
    "(rule chance_fit): the places' regions would decide"
)


def _chance_fits(st: Statement, part: dict, verdict: str, n_pairs: int, rubric: Rubric) -> float:
    """Rule ``chance_fit``: how many of ``n_pairs`` pairs of readings in Ukraine (both places
    there, as the pair picked is) would fit the statement by chance, besides the pair meant —
    each pair's second place taken as lying anywhere in :data:`CHANCE_FIT_AREA_KM2`, it fits
    with the share of that area the statement's band (the stated distance with the slack of
    the chosen verdict, within the stated direction's allowed angle) covers, times
    :data:`CHANCE_FIT_CLUSTERING`. Two names of many villages each
    ("Ивановка … в 40 км от Новоселовки": 50 pairs, a 24–56 km ring) make a fit of one pair
    likely by chance (about 1): the figure then does not say which places are meant. One town
    and a name's dozen villages (Novopavlivka "some 40 km southwest of Pokrovsk") leave a
    chance fit unlikely (about 0.05): the figure decides.

    Only a pair the names' own ranking would not pick is weighed (:func:`_measure`), and the
    rule only ever withdraws a decision: the verdict becomes ``ambiguous``, never
    ``inconsistent``, and a wider reading that fits by chance still withholds an alarm (see
    :func:`_verify`)."""
    if "lo" not in part or "slack" not in part or n_pairs < 2:
        return 0.0
    unit = UNIT_KM.get(st.unit or "km", 1.0)
    slack = float(part["slack"]) * (rubric.loose_factor if verdict == "loose" else 1.0)
    inner = max(0.0, (float(part["lo"]) - slack) * unit)
    outer = (float(part["hi"]) + slack) * unit
    share = CHANCE_FIT_CLUSTERING * math.pi * (outer**2 - inner**2) / CHANCE_FIT_AREA_KM2
    if "angle_allowed" in part:
        share *= min(1.0, 2 * float(part["angle_allowed"]) / 360)
    return min(1.0, share) * (n_pairs - 1)


def _readings(gz, name: str, context=None):
    """Candidates for a name, best first (at most 30); from ``context`` when it has them."""
    if context is not None and name in context:
        return list(context[name])
    return list(gz.resolve(name, limit=30))


def place_readings(st: Statement, gz, role: str, text: str, context=None):
    """The readings of a statement's place, or the ``unverifiable`` verdict saying why there
    are none a verdict may rest on (unnamed, not found, or only a look-alike spelling)."""
    from gazetteer import PlaceNotFound

    name = place_name(text)
    if name is None:
        return _unverifiable(st, f"the {role} '{text}' is not named in the sentence")
    if _country_name(name):
        # "flew 1,000 km from Ukraine", "Ukraine's 47th brigade": a country is no point, and
        # a settlement that bears its name elsewhere is no reading of it (rule country_no_point)
        return _unverifiable(st, f"the {role} '{name}' is a country, not a point")
    try:
        cands = _readings(gz, name, context)
    except PlaceNotFound as exc:
        return _unverifiable(st, f"the {role} '{name}' was not found ({exc})")
    cands = _in_named_region(st, gz, name, cands)
    if isinstance(cands, Verdict):
        return cands
    cands = _in_named_raion(st, gz, role, name, cands)
    if isinstance(cands, Verdict):
        return cands
    if (
        cands[0].match_kind == "fuzzy"
        or _other_script_variant(name, cands[0])
        or _far_variant(name, cands[0])
    ):
        guesses = ", ".join(
            f"{c.place.name} ({c.place.admin1 or c.place.country}, {c.similarity:.0%} similar)"
            for c in cands[:3]
        )
        return _unverifiable(
            st,
            f"the {role} '{name}' matches no place exactly; did you mean {guesses}? "
            "A guessed spelling never decides a verdict: correct the name to check it",
        )
    return cands


#: "Hlushkove, in Kursk region", "Kalynivka (Donetsk oblast)": the region a name is placed in
_REGION_AFTER = re.compile(
    r"\s*(?:(?:,\s*)?in\s+(?:the\s+)?|,\s*|\(\s*)(?P<region>[A-Z][\w’'\-]+)\s+"
    r"(?:region|oblast|province|krai)\b"
)


#: Rule ``named_oblast``: "Авдіївка — місто Донецької області", "Балаклея Харьковской
#: области", "Balakliia, a town in Kharkiv Oblast", "Авдеевка (Донецкая область)": an oblast
#: named right after a name, past a separator, a type word (lexicon ``type_words`` /
#: ``settlement_words``), "in" and a raion; the oblast phrase itself is read by
#: :func:`gazetteer.admin.admin_level`. ``_OBLAST_AFTER_RAION`` also passes a raion phrase.
_OBLAST_TYPE_WORDS = "|".join(
    map(re.escape, sorted(_LEX.type_words | _LEX.settlement_words, key=len, reverse=True))
)
_OBLAST_LEAD = (
    r"\s*(?:[,(—–]\s*|-\s+)?(?:(?:a|an|the)\s+)?(?:(?:" + _OBLAST_TYPE_WORDS + r")\s+)?"
    r"(?:(?:in|в|у)\s+(?:the\s+)?)?(?:[^\W\d_]+['’]s\s+)?"  # "in Ukraine's Kharkiv region"
)
_OBLAST_TAIL = r"(?P<region>[^\W\d_][\w’'-]*)\s+(?P<level>[^\W\d_]+)"
_OBLAST_AFTER = re.compile(_OBLAST_LEAD + _OBLAST_TAIL, re.IGNORECASE)
_OBLAST_AFTER_RAION = re.compile(
    _OBLAST_LEAD + r"(?P<raion>[^\W\d_][\w’'-]*\s+[^\W\d_]+)\s*,?\s*" + _OBLAST_TAIL,
    re.IGNORECASE,
)


def _oblast_after(text: str, end: int):
    """The Ukrainian oblast (:class:`gazetteer.admin.AdminArea`) named right after ``end`` in
    ``text`` (rule ``named_oblast``), or None."""
    from gazetteer.admin import OBLASTS, admin_level, oblast_variants

    for pattern in (_OBLAST_AFTER, _OBLAST_AFTER_RAION):
        m = pattern.match(text, end)
        if m is None or not m.group("region")[:1].isupper():
            continue
        if "raion" in m.groupdict() and admin_level(m.group("raion"))[1] != "raion":
            continue
        bare, level = admin_level(f"{m.group('region')} {m.group('level')}")
        if level != "oblast" or not bare:
            continue
        areas = [a for a in OBLASTS if bare in oblast_variants(a)]
        if len(areas) == 1:
            return areas[0]
    return None


def _in_named_region(st: Statement, gz, name: str, cands: list) -> list | Verdict:
    """The readings of ``name`` that lie in the region the sentence places it in, right
    after the name ("Hlushkove, in Kursk region", "Kalynivka (Donetsk oblast)"; rule
    named_region): the region is known by its capital's country and oblast. A Ukrainian
    oblast in any of the three languages ("Авдіївка — місто Донецької області") is read
    from its own name (rule named_oblast). All readings when the sentence names no region
    there, the region is not found, or none lies in it."""
    from gazetteer import PlaceNotFound

    text = st.sentence or ""
    at = text.find(name)
    area = _oblast_after(text, at + len(name)) if at >= 0 else None
    if area is not None:
        inside = [
            c for c in cands if c.place.country == "UA" and c.place.admin1_code == area.admin1
        ]
        if not inside:
            return _outside_named_oblast(st, name, area.en, cands)
        return inside
    m = _REGION_AFTER.match(text, at + len(name)) if at >= 0 else None
    if m is None:
        return cands
    try:
        capital = gz.resolve(m.group("region"), limit=1)[0]
    except (PlaceNotFound, IndexError):
        return cands
    if capital.match_kind != "exact":
        return cands
    stems = {m.group("region"), capital.place.name.split()[0]}
    if capital.place.admin1:
        stems.add(capital.place.admin1.split()[0])
    inside = [
        c
        for c in cands
        if c.place.country == capital.place.country
        and (not c.place.admin1 or c.place.admin1.split()[0] in stems)
    ]
    if not inside and capital.place.country == "UA":
        return _outside_named_oblast(st, name, m.group("region") + " region", cands)
    return inside or cands


def _outside_named_oblast(st: Statement, name: str, region: str, cands: list) -> Verdict:
    """Rule named_oblast_absent: "Pokrovsk in Kharkiv region lies 5 km west of Myrnohrad":
    the place named lies in that oblast, so its namesakes elsewhere are not it (the Donetsk
    town decided it); unverifiable, like a raion that holds no place of the name."""
    elsewhere = ", ".join(dict.fromkeys(f"{c.place.name} ({_label(c.place)})" for c in cands[:4]))
    return _unverifiable(
        st,
        f"the sentence places '{name}' in {region}, where the gazetteer knows no place of that "
        f"name (namesakes elsewhere: {elsewhere}); give its raion or coordinates to decide",
    )


def _in_named_raion(st: Statement, gz, role: str, name: str, cands: list):
    """The readings of ``name`` in the raion the sentence names right after it ("Ivanivka,
    Bakhmut Raion, 10 km from …", "Kalynivka (Pokrovsk district)", "Макаровка Волновахского
    района"; rule in_raion, the extractor's words): a raion decides among namesakes. When the
    gazetteer knows the raion but holds no place of the name in it, the namesakes elsewhere
    are not the place: unverifiable, saying so. All readings when no raion is named there or
    the raion is not known."""
    from gazetteer import PlaceNotFound
    from gazetteer.names import key

    from .anchors import raion_after

    text = st.sentence or ""
    at = text.find(name)
    if at < 0:
        return cands
    m = next((x for x in (p.match(text, at + len(name)) for p in raion_after()) if x), None)
    if m is None:
        return cands
    raion = m.group(1)
    stem = key(raion)[:5]
    try:
        every = gz.resolve(name, in_admin=f"{raion} raion", limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        return cands  # the raion is not known (a former raion's name, another country's)
    there = [c for c in every if key(c.place.admin2 or "").startswith(stem)]
    if there:
        return there
    shown = "; ".join(_label(c.place) for c in cands[:4])
    more = f" and {len(cands) - 4} more" if len(cands) > 4 else ""
    return _unverifiable(
        st,
        f"the {role} '{name}' is placed in {raion} raion, where the gazetteer holds no place of "
        f"that name; its namesakes elsewhere ({shown}{more}) are not it",
    )


def _country_name(name: str) -> bool:
    """Whether ``name`` is one of the countries the lexicons name, in any of its forms."""
    from .statements.subject_cyrillic import _country_lemmas
    from .statements.vocabulary import _LEX

    low = name.lower()
    return low in _LEX.countries or bool(_country_lemmas() & {low, *lemmas(low)})


def _other_script_variant(name: str, candidate) -> bool:
    """A Cyrillic name matched only through the sound-alike key of a Latin spelling
    ("Левова", the adjective "lion's", read as Lviv by way of "Ljviv"): a look-alike, like a
    fuzzy match. Ukrainian and Russian names match their own spellings, forms and inflections,
    and a Russian spelling its Ukrainian form ("Яремовка" → Яремівка: it may place a statement,
    never call it false)."""
    return (
        candidate.match_kind == "variant"
        and _CYRILLIC_TEXT.search(name) is not None
        and _CYRILLIC_TEXT.search(candidate.matched or "") is None
        and not (candidate.evidence and candidate.evidence[0].startswith(SPELLING_FORM_EVIDENCE))
    )


_CYRILLIC_TEXT = re.compile(r"[\u0400-\u04ff]")


#: Countries whose names reach Latin text in many transliterations (what the variant key is for).
_TRANSLITERATED_COUNTRIES = frozenset({"UA", "RU", "BY"})
#: Least key similarity (rapidfuzz ratio) of a variant reading abroad to the name written.
FAR_VARIANT_CUTOFF = 75.0


def _far_variant(name: str, candidate) -> bool:
    """Rule far_variant: a Latin name read as a place abroad only through the variant key's
    skeleton, its spelling far from the name written ("Hawija", absent, skeleton 'hav', read as
    Gao in Mali by its variant 'Gawo'; "Dabiq" as Dubuque by 'Dabek'): a look-alike, like a fuzzy
    match, never a reading a verdict rests on. Another Arabic spelling of the name (rule
    spelling_form) is not one."""
    if (
        candidate.match_kind != "variant"
        or _CYRILLIC_TEXT.search(name) is not None
        or (candidate.place.country or "").upper() in _TRANSLITERATED_COUNTRIES
        or (candidate.evidence and candidate.evidence[0].startswith(SPELLING_FORM_EVIDENCE))
    ):
        return False
    from gazetteer.names import key

    return fuzz.ratio(key(name), key(candidate.matched or "")) < FAR_VARIANT_CUTOFF


def _unverifiable(st: Statement, reason: str, **kw) -> Verdict:
    return Verdict("unverifiable", st, f"Unverifiable: {reason}.", reason=reason, **kw)


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
    if st.relation == "line_distance":
        from .lines import verify_line

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
    if verdict.verdict == "ambiguous":
        verdict = _near_pair(st, gz, rubric, verdict) or verdict
    if verdict.verdict == "inconsistent" and (word := _opening_common_noun(st)):
        # rule opening_noun: "Аэродром находится … в 250 км от Одессы" is about an airfield,
        # not the village Aerodrom 525 km away: a common noun is likelier than a false statement
        where = _label(verdict.subject.place) if verdict.subject is not None else word
        return _unverifiable(
            st,
            f"the subject {word!r} opens the sentence and is also an ordinary word "
            f"({word.lower()!r}); read as the place {where}, the statement does not fit — the "
            "word is likelier meant as a common noun than the statement false. Name the place "
            "to check it",
            subject=verdict.subject,
            reference=verdict.reference,
        )
    if verdict.verdict == "inconsistent" and (small := _small_foreign_place(verdict)):
        # rule foreign_village: outside Ukraine the gazetteer holds only places of 500 people
        # or more (GeoNames cities500), so a village found there may be a namesake of the one
        # meant ("Nyaung Kone village … 75 miles west of Mandalay" read as the Nyaung Gon
        # 600 km south): no statement is called false on such a reading
        return _unverifiable(
            st,
            f"read as {_label(small)} (population {small.population or 0:,}), the statement "
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
    return word if any(common_noun(word, lang) for lang in ("uk", "ru")) else None


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
        cands = [
            c for c in cands
            if c.place.feature_class != "A" and c.place.feature_code not in _NOT_POINTS
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
            f"(rule near_pair_direction; {_label(s.place)} and {_label(r.place)} shown), and "
            "the pairs outside it lie farther than the nearest pair."
        )
    elif ruled:
        how = (
            f"only {_label(s.place)} and {_label(r.place)} lie within {near_km:.0f} km of "
            f"each other in the stated direction; {ruled} pair{'s' if ruled > 1 else ''} as "
            "near lie outside it, ruled out by the direction, not by a distance (rule "
            f"near_pair_direction); {rest}."
        )
    else:
        how = (
            f"only {_label(s.place)} and {_label(r.place)} lie within {near_km:.0f} km of "
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


def _same_last_letter(a: str, b: str) -> bool:
    """Whether two spellings of a name end in the same letter once transliterated."""
    from gazetteer.names import key

    ka, kb = key(a), key(b)
    return bool(ka and kb) and ka[-1] == kb[-1]


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
        return _unverifiable(
            st, "a 'between' statement is parsed but not measured (no detour check yet)"
        )
    if st.relation == "containment":
        return _unverifiable(
            st, f"'{st.reference}' is a region; region shapes are not in the gazetteer"
        )
    if st.unit in ("h", "min"):
        how = {"road": "by road", "foot": "on foot", "rail": "by rail"}.get(st.mode or "", "")
        return _unverifiable(
            st,
            f"'{st.value_text} {st.unit_text}' is a travel time{' ' + how if how else ''}, not a "
            "distance: frontmap has no routing engine to measure it",
        )
    if st.mode in ("road", "rail") and st.relation in ("distance_direction", "distance_only"):
        return _route(st, gz, rubric, context)
    if (st.unit is None and st.unit_text) or st.unit_open:
        return _unverifiable(st, f"the unit '{st.unit_text}' is ambiguous")
    sides = []
    for role, text, kind in (
        ("subject", st.subject, st.subject_kind),
        ("reference", st.reference, st.reference_kind),
    ):
        if not text:
            return _unverifiable(st, f"the {role} is not stated (it is implied by the text around)")
        if kind == "pronoun":
            return _unverifiable(st, f"the {role} '{text}' is a pronoun, not named in the sentence")
        if kind == "non_place":
            return _unverifiable(
                st, f"the {role} '{text}' is not a place (a line, border, force or facility)"
            )
        if kind == "region" and st.relation != "containment":
            return _unverifiable(
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
            return _unverifiable(
                st,
                f"the {role} '{cands[0].place.name}' is a country or region, not a point",
                **{role: cands[0]},
            )
    # an admin area's centroid is no reading of a settlement's name when a place is on offer
    sides = [[c for c in cands if c.place.feature_class != "A"] or cands for cands in sides]
    verdict = _measure(st, sides, READING_MARGIN, rubric)
    # "more than 20 km" fits every far namesake: an open bound never decides between readings
    if (
        verdict.verdict in ("inconsistent", "ambiguous")
        and _has_distance(st)
        and st.qualifier_meaning != "lower"
    ):
        wider = _measure(st, sides, None, rubric)
        # a wider reading that fits, if only by chance (rule chance_fit), leaves no alarm
        fits = wider.verdict == "consistent" or (
            wider.reason == CHANCE_FIT_REASON
            and wider.distance_verdict in (None, "consistent")
            and wider.direction_verdict in (None, "consistent")
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
                + f" Not called {verdict.verdict}: only {_label(namesake.place)}, a lesser place "
                f"that {name!r} may also name, fits the statement; the city "
                f"{_label(best.place)} does not. Whether the text means the city would decide.",
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
                + f" Not called inconsistent: another reading, {_label(other.subject.place)} "
                f"and {_label(other.reference.place)} ({other.distance_km:.0f} km apart), fits "
                "the direction, and the text does not say which is meant; the places' region "
                "would decide.",
            )
    if verdict.verdict == "inconsistent":
        guessed = [
            c for c in (verdict.subject, verdict.reference)
            if c is not None and c.evidence and c.evidence[0].startswith(SPELLING_FORM_EVIDENCE)
        ]  # fmt: skip
        if guessed:
            # "Hodeidah" read as Al Ḩudaydah by its other Arabic spelling: a guessed spelling
            # may place a statement, never call it false
            return _unverifiable(
                st,
                f"{_label(guessed[0].place)} ({guessed[0].matched!r}) was found only under "
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
        return _unverifiable(
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


def _has_distance(st: Statement) -> bool:
    """Whether the statement states a distance (explicit, or implied by 'near')."""
    return st.value is not None or st.relation == "proximity"


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
        return _unverifiable(
            st,
            f"read as {_label(s.place)} and {_label(r.place)}, {d:,.0f} km apart: a bare "
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
    return _unverifiable(
        st,
        f"read as {_label(s.place)} and {_label(r.place)}, the places lie {d:,.0f} km apart, "
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


#: Match kinds that read the name itself (not a spelling variant or a guess): a located
#: reading of one of these kinds can stand for a coarsely placed entry of the same name.
_SAME_NAME_KINDS = ("exact", "inflected")


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
        return _unverifiable(st, "both sides resolve to the same place")
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
        and scores[chosen] < max(scores) - 1e-9  # the figure, not the names, picked the pair
        and all(c.place.country == CHANCE_FIT_COUNTRY for c in pairs[chosen])
    ):
        # the pairs of the country's namesakes (abroad they spread over far more land)
        home = sum(1 for a, b in pairs if a.place.country == b.place.country == CHANCE_FIT_COUNTRY)
        chance = _chance_fits(st, part, verdict, home, rubric)
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
            return _unverifiable(st, reason, subject=s, reference=r)
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
    elif famous is None:
        explanation = _explain(
            st, verdict, d, b, part, s, r, readings, decided, subj_amb or ref_amb
        )
    else:
        cities = f"{_label(s.place)} and {_label(r.place)}"
        explanation = (
            f"Ambiguous: the statement fits only {_label(lesser[0].place)} from "
            f"{_label(lesser[1].place)}, lesser namesakes of both names' cities ({cities}, "
            f"{d:,.1f} km apart at {b:.0f}°, which it does not fit); a pair of lesser "
            "namesakes does not make a statement about the cities true (rule "
            "lesser_namesake_pair). The places' regions would decide."
        )
    for c in (s, r):
        by_context = next((e for e in c.evidence if e.startswith("decided by context")), None)
        if by_context:
            explanation += f" {c.matched} read as {_label(c.place)}: {by_context}."
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
                          **single, **common)  # fmt: skip
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
                "stated figure is called wrong (a share of the distance, with its rounding)"
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
            f" The names allow several readings and the statement decides: {_label(s.place)} from "
            f"{_label(r.place)} fits; {others}."
        )
    elif verdict == "ambiguous":
        text += " Several readings fit equally well: " + _list_readings(readings) + "."
    elif ambiguous_name:
        text += " The names allow several readings; every reading gives the same verdict."
    return text


def _label(place) -> str:
    return f"{place.name} ({place.admin1 or place.country})"


def _list_readings(readings, most: int = 4) -> str:
    items = [
        f"{_label(x.subject.place)} from {_label(x.reference.place)} → {x.verdict}"
        for x in readings
    ]
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def _stated_value(st: Statement) -> str | None:
    if st.value is None:
        return f"{st.unit_text}" if st.unit_text else None
    value = f"{st.value:g}" + (f"-{st.value_max:g}" if st.value_max is not None else "")
    return f"{value} {st.unit}"


def statement_names(statements) -> list[str]:
    """The place names the statements' subjects and references hold, in order."""
    names = []
    for st in statements:
        for text, kind in ((st.subject, st.subject_kind), (st.reference, st.reference_kind)):
            if text and kind not in ("pronoun", "non_place"):
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
