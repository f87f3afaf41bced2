"""Rule ``facility_point``: a named facility ("the Antonov airport", "Каховская ГЭС") measured
from the gazetteer's facility of that name.

A phrase the parser reads as no settlement (``non_place``) is a facility when one of its words
is a facility head of the lexicon (``facility_features``: "airport", "ГЭС", "дамба" …), which
also says the GeoNames feature codes such a facility may have. Its own name is what is left
once articles and type words (``facility_name_fillers``: "international", "nuclear", "power" …)
are dropped. A facility of an allowed code whose name, stripped the same way, has the same
words — compared by the gazetteer's spelling skeleton, a town's adjective ("Kakhovska",
"Каховская") counting as the town's name ("Kakhovka") — is the reading. It decides only when it
is the one such facility (or all of them lie within :data:`SAME_SITE_KM`, as a dam and its
power station do); otherwise the statement stays unverifiable, as before. No fuzzy matching:
a facility the gazetteer does not name (most outside Ukraine) is never guessed.
"""

from __future__ import annotations

import re

from gazetteer.model import Candidate, Place
from gazetteer.names import variant

from ..geodesy import inverse
from .rubric import _LEX

#: Facilities that match the same name within this distance are one site (a dam and its
#: power station, an airport and its airbase).
SAME_SITE_KM = 3.0

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_DOUBLED_ZH = re.compile(r"(zh)+")
_ADJECTIVE_TAIL = re.compile(r"s?k$")


def _name_keys(text: str) -> frozenset[str]:
    """The skeletons of a facility phrase's own name words (type words and articles dropped)."""
    keys = set()
    for word in _WORD.findall(text):
        low = word.lower()
        if low in _LEX.facility_name_fillers or low in _LEX.facility_features:
            continue
        skeleton = variant(word)
        if skeleton:
            keys.add(_ADJECTIVE_TAIL.sub("", _DOUBLED_ZH.sub("zh", skeleton)))
    return frozenset(keys)


def _codes(text: str) -> frozenset[str]:
    """The feature codes a facility phrase's head words allow."""
    return frozenset(
        code
        for word in _WORD.findall(text)
        for code in _LEX.facility_features.get(word.lower(), ())
    )


def facility_reading(text: str, gz) -> Candidate | tuple[Place, ...]:
    """The gazetteer's facility a phrase names, or, when there is not exactly one site, the
    facilities of that name (none for a phrase that is no named facility)."""
    codes = _codes(text)
    wanted = _name_keys(text)
    if not codes or not wanted:
        return ()
    found = []
    for place, names in gz.with_feature_codes(codes).items():
        same = next((n for n in names if _name_keys(n) == wanted), None)
        if same is not None:
            found.append((place, same))
    if not found:
        return ()
    place, matched = found[0]
    apart, _ = inverse(place.lat, place.lon, [p.lat for p, _ in found], [p.lon for p, _ in found])
    if apart.max() > SAME_SITE_KM:
        return tuple(p for p, _ in found)
    return Candidate(
        place=place,
        score=1.0,
        matched=matched,
        match_kind="exact",
        evidence=(
            f"the facility '{text}' read as {place.name} (GeoNames {place.feature_code}), "
            f"named '{matched}' (rule facility_point)",
        ),
    )
