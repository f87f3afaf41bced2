"""The :class:`Statement` a parse hands on, its relations, and :func:`place_name` (the name inside a phrase)."""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field

from .vocabulary import _CONNECTORS, _FUNCTION_CAPS, _LEX, _NAME_ARTICLES, _TYPE_TAIL
from .words import _is_cap

RELATIONS = (
    "distance_direction",
    "distance_only",
    "line_distance",
    "travel_time",
    "direction_only",
    "proximity",
    "between",
    "containment",
)


@dataclass(frozen=True)
class Statement:
    """One distance/direction statement.

    ``subject``/``reference`` are the names as written (descriptors such as
    "the city of" dropped from proper names); ``subject_kind`` and
    ``reference_kind`` say what they are: ``place``, ``pronoun``,
    ``description`` (an unnamed "the town"), ``non_place`` (a border, the
    front line), ``alternatives`` (``"Kramatorsk or Sloviansk"``: which one is
    left open) or ``None`` when absent. ``unit`` is normalised (km, mi, m,
    nmi, ft, yd, h, min); ``unit_text`` is as written. ``span`` is the character
    range of the statement in the sentence. ``qualifier_meaning`` is the lexicon's meaning of
    the qualifier (``approximate``, ``upper``, ``lower``, ``just_over``, ``exact``, ``vague``);
    ``rule`` names the rule that read the statement (``measure``, ``measure_uk_ru``,
    ``direction_only``, …) so a miss can be traced; ``mode`` is a travel time's mode
    (``road``, ``foot``, ``any``). A distance to a line has ``relation="line_distance"`` and
    ``line`` ``"front"`` (the front line, positions, forces: measured to the occupied area on a
    date) or ``"border"`` (measured to Ukraine's land border); ``line_side`` is the country of a
    named border (``RU``, ``BY``) or the side of named forces (``RU``, ``UA``).
    """

    subject: str | None
    reference: str | None
    qualifier: str | None
    value: float | None
    value_max: float | None
    unit: str | None
    direction: str | None
    relation: str
    alt_value: float | None = None
    alt_unit: str | None = None
    span: tuple[int, int] = (0, 0)
    subject_kind: str | None = None
    reference_kind: str | None = None
    reference_2: str | None = None
    value_text: str | None = None
    unit_text: str | None = None
    qualifier_meaning: str | None = None
    rule: str = ""
    mode: str | None = None
    line: str | None = None
    line_side: str | None = None
    #: None when the sentence asserts the figure, else how it does not: ``negated``,
    #: ``question``, ``hypothetical`` or ``disputed`` (rule not_asserted; never judged)
    mood: str | None = None
    sentence: str = field(default="", repr=False)

    @property
    def unit_open(self) -> bool:
        """Whether the unit is left open: "a few kilometers (miles)", "a kilometre (mile)"
        (rule unit_bracket) give the first unit, and the bracketed one as ``alt_unit`` with no
        ``alt_value``; which one is meant is not said."""
        return self.alt_unit is not None and self.alt_value is None and self.alt_unit != self.unit

    def to_dict(self) -> dict:
        """All fields as a JSON-ready dict (``span`` as a list)."""
        d = asdict(self)
        d["span"] = list(self.span)
        return d


#: "Этот", "Цей": a demonstrative opening a phrase is no name.
_DEMONSTRATIVES = _LEX.demonstratives


def place_name(phrase: str | None) -> str | None:
    """The proper name inside a noun phrase, for the gazetteer.

    ``"the regional capital of Stepanakert"`` → ``"Stepanakert"``,
    ``"Moscow-held Donetsk"`` → ``"Donetsk"``, ``"the capital, Damascus"`` →
    ``"Damascus"``, ``"Rafah's population"`` → ``"Rafah"``; a phrase with no
    proper name (``"the town"``) gives None.
    """
    if not phrase:
        return None
    words = re.findall(r"[^\W\d_][\w’'\-]*", phrase)
    runs: list[list[str]] = []
    run: list[str] = []
    possessor: list[str] | None = None
    for i, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word)
        if (
            _is_cap(bare)
            and bare not in _FUNCTION_CAPS
            and not (i == 0 and bare.lower() in _DEMONSTRATIVES)  # "Этот районный центр"
        ):
            run.append(bare)
            if bare != word:  # a possessive ends the name
                runs.append(run)
                possessor = possessor or run
                run = []
        elif run and (word.lower() in _CONNECTORS or word.lower() in _TYPE_TAIL - {"state"}):
            run.append(word)
        elif _is_particle_name(bare):  # "al-Balah", "el-Arish": an article glued to a name
            run.append(bare)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs:
        return None
    # "Rafah's population": the possessor; "Crimea's Saky", "Ukraine's second city Kharkiv":
    # the name it owns; otherwise the last name in the phrase
    return " ".join(runs[-1] if possessor is None or runs[-1] is not possessor else possessor)


@functools.lru_cache(maxsize=4096)
def _is_particle_name(word: str) -> bool:
    head, _, rest = word.partition("-")
    return head.lower() in _NAME_ARTICLES and _is_cap(rest)
