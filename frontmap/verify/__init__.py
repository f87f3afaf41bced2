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
time or ambiguous. A distance by road or rail bounds the straight line from above (a route
is never shorter): it is checked as "at most v", and a route more than
:data:`~frontmap.verify.judge.ROUTE_DETOUR_MAX` times the straight line is only ``loose``.

Modules: :mod:`.rubric` (the numbers and the vectorised grading), :mod:`.model` (``Verdict``,
``Reading``), :mod:`.readings` (the candidates of a name, narrowed by the regions the text
names), :mod:`.measure` (every reading measured in one call, the choice among them, the
explanation), :mod:`.namesakes` (near pairs, implausible readings, lesser namesakes) and
:mod:`.judge` (:func:`verify`, :func:`verify_sentence`).

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

from .judge import resolve_context, statement_names, verify, verify_sentence
from .model import Reading, Verdict
from .rubric import (
    DEFAULT_RUBRIC,
    VERDICTS,
    Rubric,
    check_pairs,
    distance_errors,
    grade,
    place_extent_km,
    pseudo_precise,
    rounding_precision,
    stated_interval,
)

__all__ = [
    "DEFAULT_RUBRIC",
    "VERDICTS",
    "Reading",
    "Rubric",
    "Verdict",
    "check_pairs",
    "distance_errors",
    "grade",
    "place_extent_km",
    "pseudo_precise",
    "resolve_context",
    "rounding_precision",
    "stated_interval",
    "statement_names",
    "verify",
    "verify_sentence",
]
