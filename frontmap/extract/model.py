"""What extraction hands on: :class:`Mention`, :class:`Claim` and :class:`Extraction`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date as Date
from typing import Literal

#: What in the text, beyond its name, read a mention's place — one rule each:
#:
#: * ``listed_spelling``: a Russian spelling listed with settlements (rule ``listed_with_places``);
#: * ``town_cue``: the one town of the name the sentence calls a town (rule ``town_cue``);
#: * ``report_oblast``: the oblast most of the report's places lie in;
#: * ``joint_context``: the report's other places (rule ``joint_context``; see
#:   :attr:`Mention.decided_near`);
#: * ``region_sentence`` / ``region_report``: an oblast the sentence / the report names (rules
#:   ``in_region``, ``region_anchor``, ``region_opening``);
#: * ``in_hromada``: its hromada, written after it; ``in_raion``: a raion the sentence names;
#: * ``near_anchor``: a place it is said to be near;
#: * ``list_neighbours``: the places its sentence names beside it, or its axis (rule
#:   ``list_neighbours``);
#: * ``town_among_villages``: a town among villages of its name, by the report's other places;
#: * ``same_place``: the place the report names so elsewhere (rules ``same_place``,
#:   ``same_place_spelling``);
#: * ``foreign_sentence`` / ``foreign_report``: a region of another country the sentence / the
#:   report names (rule ``foreign_region``);
#: * ``stated_distance``: a distance statement's figure (rule ``stated_distance``);
#: * ``admin_area``: read as an administrative area, not a settlement (rule ``admin_area``).
Decision = Literal[
    "listed_spelling", "town_cue", "report_oblast", "joint_context", "region_sentence",
    "region_report", "in_hromada", "in_raion", "near_anchor", "list_neighbours", "town_among_villages",
    "same_place", "foreign_sentence", "foreign_report", "stated_distance", "admin_area",
]  # fmt: skip

#: Why a rule left a mention off the map, its note saying so (:attr:`Mention.context`):
#:
#: * ``region_rules_out``: the region the text places it in has no place of its name (rule
#:   ``region_rules_out``);
#: * ``readings``: several places of its name, which the report does not decide between (the
#:   note lists them; in the region the text names, when it names one);
#: * ``near_anchor``: the region it is placed in and the place it is said to be near disagree;
#: * ``foreign_region``: a region of another country the text places it in has several places
#:   of its name or none (rule ``foreign_region``);
#: * ``stated_distance``: a distance statement's figure rules its reading out.
Unmapped = Literal["region_rules_out", "readings", "near_anchor", "foreign_region",
                   "stated_distance"]  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A place or region named in the text.

    ``context`` tells the reader, in words, how the place was read; the typed fields
    ``decided_by``, ``decided_near`` and ``unmapped`` say the same to the rules that read the
    mention later (no rule reads ``context`` back).
    """

    text: str
    span: tuple[int, int]
    sentence: int
    kind: str  # settlement or region
    place_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    context: str = ""
    precision: str | None = None
    radius_km: float | None = None
    source: str | None = None
    #: The name has several readings that neither the gazetteer nor the report decides.
    ambiguous: bool = False
    #: The ISO code of the country of the place read (None: not resolved).
    country: str | None = None
    #: The rules, beyond its name, that read the place (:data:`Decision`), in the order they
    #: did: a rule that reads the mention anew starts the record again, one that confirms
    #: the reading adds to it. Empty: the name alone (the gazetteer's reading of it).
    decided_by: tuple[Decision, ...] = ()
    #: The name of another place of the text whose place decided this reading among its
    #: namesakes (rule ``joint_context``), or None.
    decided_near: str | None = None
    #: The rule whose note (``context``) says why the mention is left off the map
    #: (:data:`Unmapped`), or None: mapped, or left ambiguous with no note yet.
    unmapped: Unmapped | None = None
    #: The name's readings, looked at when it was placed, all lie in the country of the one
    #: placed ("Shebekino": two Russian readings): an ambiguous name's country is known.
    #: False when its readings were not looked at (a mention decided by a rule).
    one_country: bool = False

    def to_dict(self) -> dict:
        """The mention as written out (``frontmap extract --json``): its place and the note
        on it, without the typed record of the rules that read it.

        Returns
        -------
        dict
            Field name to value, in field order, for the fields other than ``decided_by``,
            ``decided_near``, ``unmapped`` and ``one_country``.
        """
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _TYPED}


@dataclass
class Claim:
    """A dated claim found in the text, in the claims-table schema."""

    place: str
    claimant: str
    side: str
    claim: str
    date: str
    date_precision: str
    status: str
    quote: str
    sentence: int
    notes: str = ""
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    span: tuple[int, int] = (0, 0)
    precision: str | None = None
    radius_km: float | None = None
    place_source: str | None = None
    resolution: str | None = None
    resolution_note: str | None = None

    def row(
        self, *, source: str | None, url: str | None, published: str | None, index: int
    ) -> dict:
        """One row of a claims table."""
        return {
            "id": f"x{index}", "place": self.place, "place_id": self.place_id, "lat": self.lat,
            "lon": self.lon, "date": self.date, "date_precision": self.date_precision,
            "claimant": self.claimant, "side": self.side, "claim": self.claim, "status": self.status,
            "source": source, "url": url, "quote": self.quote, "published": published,
            "notes": self.notes, "precision": self.precision, "radius_km": self.radius_km,
            "place_source": self.place_source, "resolution": self.resolution,
            "resolution_note": self.resolution_note,
        }  # fmt: skip


@dataclass
class Extraction:
    """Everything found in one report."""

    sentences: list[tuple[int, int, str]]
    mentions: list[Mention] = field(default_factory=list)
    verdicts: list = field(default_factory=list)  # (sentence index, Verdict)
    claims: list[Claim] = field(default_factory=list)
    #: The publication date relative dates resolved against, and where it came from:
    #: "given", "read from the text ('12 May 2024')" or "not given: today".
    published: Date | None = None
    published_from: str = "given"

    def rows(self, *, source=None, url=None, published=None) -> list[dict]:
        """The claims as claims-table rows (feed them to :func:`frontmap.claims.read` via CSV)."""
        if published is None and self.published is not None:
            published = self.published.isoformat()
        return [
            c.row(source=source, url=url, published=published, index=i)
            for i, c in enumerate(self.claims, 1)
        ]


#: The typed fields of :class:`Mention` that record how it was read, left out of its
#: written form.
_TYPED = frozenset({"decided_by", "decided_near", "unmapped", "one_country"})


_WORD = re.compile(r"\S+")
