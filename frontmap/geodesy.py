"""Geodesy on the WGS84 ellipsoid: distance, bearing, destination; units; compass words.

Array functions (:func:`inverse`, :func:`forward`) take numpy arrays or
scalars and call pyproj's :class:`~pyproj.Geod` once per batch; the scalar
helpers (:func:`distance_km`, :func:`bearing_deg`, :func:`destination`) are
thin wrappers. Bearings are initial azimuths in degrees clockwise from true
north, in [0, 360).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .lexicon import lexicon

__all__ = [
    "COMPASS_16",
    "angle_difference",
    "bearing_deg",
    "compass_degrees",
    "compass_halfwidth",
    "compass_points",
    "compass_word",
    "destination",
    "distance_km",
    "forward",
    "from_km",
    "inverse",
    "parse_unit",
    "to_km",
]

#: Kilometres per unit.
UNIT_KM = {
    "km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852, "ft": 0.0003048, "yd": 0.0009144,
    "verst": 1.0668,  # the Russian verst (верста, 500 sazhen), as 19th-century place pages give it
}  # fmt: skip
#: Length units as written in English, Ukrainian and Russian text → km, m, mi, nmi, ft, yd.
#: Length units in every language the lexicon holds (travel-time units left out).
UNIT_WORDS = {
    **{u: u for u in UNIT_KM},
    **{w: u for w, u in lexicon().units.items() if u in UNIT_KM},
}

_POINTS_32 = [
    "N", "NbE", "NNE", "NEbN", "NE", "NEbE", "ENE", "EbN",
    "E", "EbS", "ESE", "SEbE", "SE", "SEbS", "SSE", "SbE",
    "S", "SbW", "SSW", "SWbS", "SW", "SWbW", "WSW", "WbS",
    "W", "WbN", "WNW", "NWbW", "NW", "NWbN", "NNW", "NbW",
]  # fmt: skip
COMPASS_16 = _POINTS_32[::2]
_WORD = {"n": "north", "e": "east", "s": "south", "w": "west"}


def _long_name(abbr: str) -> str:
    """``"SSW"`` → ``"south-southwest"``, ``"NEbE"`` → ``"northeast by east"``."""
    if "b" in abbr:
        head, tail = abbr.split("b")
        return f"{_long_name(head)} by {_WORD[tail.lower()]}"
    if len(abbr) == 3:
        return f"{_WORD[abbr[0].lower()]}-{_long_name(abbr[1:])}"
    return "".join(_WORD[c.lower()] for c in abbr)


@lru_cache(maxsize=1)
def _compass_table() -> dict[str, tuple[float, int]]:
    """Every spelling of the 32 points → (degrees, points of the rose it belongs to)."""
    table: dict[str, tuple[float, int]] = {}
    for i, abbr in enumerate(_POINTS_32):
        deg = i * 11.25
        points = 4 if i % 8 == 0 else 8 if i % 4 == 0 else 16 if i % 2 == 0 else 32
        long = _long_name(abbr)
        for form in {abbr, long, long.replace("-", ""), long.replace("-", " ")}:
            table[_norm_compass(form)] = (deg, points)
        if points == 8:  # "south-west", "south west"
            a, b = _WORD[abbr[0].lower()], _WORD[abbr[1].lower()]
            table[_norm_compass(f"{a}-{b}")] = (deg, points)
    extra = {
        "northern": "N", "southern": "S", "eastern": "E", "western": "W",
        "northeastern": "NE", "northwestern": "NW", "southeastern": "SE", "southwestern": "SW",
        "північ": "N", "південь": "S", "схід": "E", "захід": "W", "північний схід": "NE",
        "північний захід": "NW", "південний схід": "SE", "південний захід": "SW",
        "север": "N", "юг": "S", "восток": "E", "запад": "W", "северо-восток": "NE",
        "северо-запад": "NW", "юго-восток": "SE", "юго-запад": "SW",
    }  # fmt: skip
    for word, abbr in extra.items():
        table[_norm_compass(word)] = table[_norm_compass(abbr)]
    return table


def _norm_compass(text: str) -> str:
    text = text.strip().lower()
    text = re.sub(r"[\s\-]+", " ", text)
    return (
        text.replace("north east", "northeast")
        .replace("north west", "northwest")
        .replace("south east", "southeast")
        .replace("south west", "southwest")
    )


def _lookup(word: str) -> tuple[float, int]:
    key = word.strip()
    table = _compass_table()
    exact = key if key in _POINTS_32 else None  # "NbE" is case-sensitive
    if exact:
        return table[_norm_compass(exact)]
    found = table.get(_norm_compass(key))
    if found is None and key.lower().endswith(("ward", "wards")):
        # "westward", "north-eastwards": the adverb of a compass word names its direction
        found = table.get(_norm_compass(key[: -4 if key.lower().endswith("ward") else -5]))
    if found is None:
        raise ValueError(f"{word!r} is not a compass direction (try 'south', 'SSW', 'north-east')")
    return found


def compass_degrees(word: str) -> float:
    """Degrees of a compass word: ``"south"`` → 180, ``"SSW"`` → 202.5, ``"southwest by west"`` → 236.25.

    Raises
    ------
    ValueError
        The word is not one of the 32 points in any spelling.
    """
    return _lookup(word)[0]


def compass_halfwidth(word: str) -> float:
    """Half the sector a compass word stands for: 22.5° for the 4 cardinal and 4
    intercardinal points, 11.25° for the 16-point words, 5.625° for the 32-point ones."""
    points = _lookup(word)[1]
    return {4: 22.5, 8: 22.5, 16: 11.25, 32: 5.625}[points]


def compass_points(word: str) -> int:
    """Which compass rose a word belongs to: 4 (cardinal: "south"), 8 ("south-west"),
    16 ("SSW") or 32 ("southwest by west").

    Raises
    ------
    ValueError
        The word is not one of the 32 points in any spelling.
    """
    return _lookup(word)[1]


def compass_word(degrees: float, points: int = 16) -> str:
    """The nearest of ``points`` (4, 8, 16 or 32) compass abbreviations: 202.9 → ``"SSW"``."""
    step = 360 / points
    index = int(((degrees % 360) + step / 2) // step) % points
    return _POINTS_32[index * (32 // points)]


def angle_difference(a, b):
    """Smallest absolute difference of two bearings in degrees (arrays allowed), in [0, 180]."""
    d = np.abs((np.asarray(a, dtype=float) - np.asarray(b, dtype=float)) % 360)
    return np.minimum(d, 360 - d)


@lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def inverse(lat1, lon1, lat2, lon2):
    """Distances (km) and initial bearings (degrees, [0, 360)) from points 1 to points 2.

    Parameters
    ----------
    lat1, lon1, lat2, lon2
        Scalars or broadcastable arrays of degrees.

    Returns
    -------
    (ndarray, ndarray)
        Distance in km and bearing in degrees.

    Examples
    --------
    >>> d, b = inverse(48.28014, 37.17706, 48.10558, 37.0666)
    >>> round(float(d), 2), round(float(b), 1)
    (21.07, 202.9)
    """
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (lat1, lon1, lat2, lon2))
    )
    az, _, dist = _geod().inv(lon1, lat1, lon2, lat2)
    return np.asarray(dist) / 1000.0, np.asarray(az) % 360.0


def forward(lat, lon, bearing, distance_km):
    """Destination points (lat, lon) from start points, bearings (degrees) and distances (km)."""
    lat, lon, bearing, distance_km = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (lat, lon, bearing, distance_km))
    )
    lon2, lat2, _ = _geod().fwd(lon, lat, bearing, distance_km * 1000.0)
    return np.asarray(lat2), np.asarray(lon2)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km between two points."""
    return float(inverse(lat1, lon1, lat2, lon2)[0])


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees from point 1 to point 2."""
    return float(inverse(lat1, lon1, lat2, lon2)[1])


def destination(lat: float, lon: float, bearing: float, distance: float) -> tuple[float, float]:
    """The point ``distance`` km from ``(lat, lon)`` on initial ``bearing``."""
    lat2, lon2 = forward(lat, lon, bearing, distance)
    return float(lat2), float(lon2)


def parse_unit(word: str) -> str:
    """Normalise a unit as written (``"kilometres"``, ``"miles"``, ``"km."``) to km, m, mi, nmi, ft or yd.

    Raises
    ------
    ValueError
        Not a length unit.
    """
    key = word.strip().lower()
    unit = UNIT_WORDS.get(key) or UNIT_WORDS.get(key.rstrip("."))
    if unit is None:
        raise ValueError(
            f"{word!r} is not a length unit (km, m, mi, nmi, ft, yd and their spellings)"
        )
    return unit


def to_km(value, unit: str):
    """Convert a value (or array) in ``unit`` to kilometres."""
    factor = UNIT_KM[parse_unit(unit)]
    return (
        np.asarray(value, dtype=float) * factor
        if isinstance(value, list | tuple)
        else value * factor
    )


def from_km(value, unit: str):
    """Convert kilometres to ``unit``."""
    factor = UNIT_KM[parse_unit(unit)]
    return value / factor
