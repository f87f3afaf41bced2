"""The words that place a text in a region, read from the claim lexicons
(``claims-<lang>.json``): an oblast's anchors ("на Донеччині", "Donetsk Oblast"), regions of
other countries ("Belgorod region", "Курщина") and a raion named after a settlement
("Mezhove, Pokrovsk Raion"). Shared by the claim extractor, the statement checks and the line
checks, which all ask where a text puts a place (rules ``region_anchor``, ``foreign_region``,
``in_raion``, ``region_border``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import LANGUAGES, claims_lexicon
from .triggers import Triggered

__all__ = ["anchor_index", "anchors_in", "foreign_in", "foreign_regions", "raion_after",
           "region_anchors"]  # fmt: skip


def _entries(key: str, languages: tuple[str, ...]) -> list:
    return [x for lang in languages for x in claims_lexicon(lang).get(key, [])]


@lru_cache(maxsize=8)
def region_anchors(languages: tuple[str, ...] = LANGUAGES) -> tuple[tuple[re.Pattern, str], ...]:
    """``(pattern, oblast)`` of every oblast anchor of ``languages``."""
    return tuple(
        (re.compile(p, re.I), a["oblast"])
        for a in _entries("region_anchors", languages)
        for p in a["patterns"]
    )


@lru_cache(maxsize=8)
def foreign_regions(languages: tuple[str, ...] = LANGUAGES) -> tuple[tuple, ...]:
    """``(pattern, region, country, middle lat, middle lon, reach_km)`` of every region of
    another country that ``languages`` name."""
    return tuple(
        (re.compile(p, re.I), a["region"], a["country"], *a["middle"], a["reach_km"])
        for a in _entries("foreign_region_anchors", languages)
        for p in a["patterns"]
    )


@lru_cache(maxsize=8)
def foreign_region_codes(languages: tuple[str, ...] = LANGUAGES) -> dict[str, str]:
    """``{region: admin1 code}`` of the regions of another country that ``languages`` name
    (rule ``foreign_region``: a reading elsewhere than the named region is no reading of it)."""
    return {
        a["region"]: a["admin1_code"]
        for a in _entries("foreign_region_anchors", languages)
        if a.get("admin1_code")
    }


@lru_cache(maxsize=8)
def raion_after(languages: tuple[str, ...] = LANGUAGES) -> tuple[re.Pattern, ...]:
    """Patterns matching a raion named right after a settlement, the raion's name in group 1."""
    return tuple(re.compile(p) for p in _entries("raion_after", languages))


@lru_cache(maxsize=1)
def anchor_index() -> Triggered:
    """The oblast anchors of every language, each tried only on a text holding its words."""
    return Triggered(region_anchors())


@lru_cache(maxsize=4096)
def anchors_in(sent: str) -> tuple[tuple[int, str], ...]:
    """``(start, oblast)`` of every region anchor in a sentence (one scan per sentence)."""
    return tuple(
        (a.start(), oblast)
        for pattern, oblast in anchor_index().present(sent)
        for a in pattern.finditer(sent)
    )


@lru_cache(maxsize=1)
def _foreign_index() -> Triggered:
    return Triggered(foreign_regions())


@lru_cache(maxsize=4096)
def foreign_in(sent: str) -> tuple[tuple[int, tuple], ...]:
    """``(start, entry)`` of every foreign region anchor in a sentence (rule
    ``foreign_region``)."""
    return tuple(
        (a.start(), entry)
        for entry in _foreign_index().present(sent)
        for a in entry[0].finditer(sent)
    )
