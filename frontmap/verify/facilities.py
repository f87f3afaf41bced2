"""Rule ``facility_point``: a named facility ("the Kakhovka hydroelectric power plant", "Kherson
airport", "Каховская ГЭС") measured from the gazetteer's facility of that type and name.

A phrase the parser reads as no settlement (``non_place``) names a facility when one of its
words says a facility's type (lexicon ``facility_features``: "airport" → air, "ГЭС" → hydro,
"nuclear" → nuclear, "ТЭЦ" → thermal …; a bare "plant", "power station" or "електростанція"
says none, and gives no reading). A facility is of a type by its GeoNames feature code
(``facility_types``: AIRP for air, PSH for hydro …) or, for a plain power station (PS, which
GeoNames gives nuclear, thermal and hydro plants and substations alike), by the words of its
own names ("Zaporizhia Nuclear Power Plant", "Zuevskaya GRES"). The phrase's own name is what is
left once articles and type words (``facility_name_fillers``) are dropped; a facility of the
type whose name, stripped the same way, has the same words — compared by the gazetteer's
spelling skeleton, a town's adjective ("Kakhovska", "Каховская") counting as the town's name
("Kakhovka") — is the reading. It decides only when it is the one such site (facilities within
:data:`SAME_SITE_KM` of each other are one site, as a dam and its power station are);
otherwise the statement stays unverifiable. No fuzzy matching: a facility the gazetteer does
not name (most outside Ukraine) is never guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


def _types(text: str) -> frozenset[str]:
    """The facility types a phrase's words say ("hydroelectric" → hydro)."""
    return frozenset(
        kind for word in _WORD.findall(text) if (kind := _LEX.facility_features.get(word.lower()))
    )


@lru_cache(maxsize=16)
def _station_names(kind: str) -> re.Pattern | None:
    words = _LEX.facility_types.get(kind, {}).get("power_station_names")
    return re.compile(words, re.IGNORECASE) if words else None


def _of_type(place: Place, names: tuple[str, ...], kinds: frozenset[str]) -> bool:
    """Whether a facility is of one of the ``kinds``: by its feature code, or a plain power
    station (PS) by the words of its names."""
    for kind in kinds:
        if place.feature_code in _LEX.facility_types.get(kind, {}).get("codes", ()):
            return True
        said = _station_names(kind)
        if place.feature_code == "PS" and said and any(said.search(n) for n in names):
            return True
    return False


def facility_reading(text: str, gz) -> Candidate | tuple[Place, ...]:
    """The gazetteer's facility a phrase names, or, when there is not exactly one site, the
    facilities of that type and name (none for a phrase that names no facility's type)."""
    kinds = _types(text)
    wanted = _name_keys(text)
    if not kinds or not wanted:
        return ()
    codes = {code for kind in kinds for code in _LEX.facility_types.get(kind, {}).get("codes", ())}
    if any(_station_names(kind) for kind in kinds):
        codes.add("PS")
    found = []
    for place, names in gz.with_feature_codes(codes).items():
        if not _of_type(place, names, kinds):
            continue
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
