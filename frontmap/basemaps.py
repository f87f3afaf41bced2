"""Basemap names: the xyzservices providers a map can use, checked before any work is done."""

from __future__ import annotations

import difflib

from .errors import FrontmapError

__all__ = [
    "COMMON",
    "OFFLINE",
    "SETTLEMENT_POPULATION",
    "BasemapError",
    "basemap",
    "offline_basemap",
]

#: Named in every error message; any xyzservices provider name works.
COMMON = (
    "OpenStreetMap",
    "CartoDB.Positron",
    "CartoDB.Voyager",
    "OpenTopoMap",
    "Esri.WorldImagery",
)


class BasemapError(FrontmapError, ValueError):
    """A basemap name is not a usable tile provider."""


def _key(name: str) -> str:
    from xyzservices.lib import QUERY_NAME_TRANSLATION

    return name.translate(QUERY_NAME_TRANSLATION).lower()


def basemap(tiles: object) -> object:
    """Check a basemap name; returns it unchanged, or None for no basemap (None or ``"none"``).

    ``"offline"`` is the light basemap drawn from shipped data (:func:`offline_basemap`).

    Names are matched as xyzservices matches them (case, spaces, dots and dashes do not
    matter). A :class:`xyzservices.TileProvider` passes as it is.

    Examples
    --------
    >>> basemap("cartodb positron")
    'cartodb positron'
    >>> basemap("none") is None
    True

    Raises
    ------
    BasemapError
        The name matches no provider (the message suggests the closest and names common
        choices).
    """
    if tiles is None or (isinstance(tiles, str) and tiles.strip().lower() == "none"):
        return None
    if not isinstance(tiles, str):
        return tiles
    if tiles.strip().lower() == OFFLINE:
        return OFFLINE
    import xyzservices

    providers = xyzservices.providers.flatten()
    by_key = {_key(name): name for name in providers}
    by_key[_key("OpenStreetMap")] = "OpenStreetMap"  # folium's own spelling
    if _key(tiles) in by_key:
        return tiles
    choices = f"'none', {', '.join(COMMON)}, 'offline' (shipped data) or another xyzservices provider name"
    close = difflib.get_close_matches(_key(tiles), list(by_key), n=1, cutoff=0.75)
    hint = f"did you mean {by_key[close[0]]!r}? " if close else ""
    raise BasemapError(f"--tiles {tiles!r} is not a basemap; {hint}choose {choices}")


#: ``--tiles offline``: a light basemap drawn from data shipped in the package.
OFFLINE = "offline"
#: Settlements of at least this many inhabitants are labelled on the offline basemap.
SETTLEMENT_POPULATION = 20_000
OFFLINE_ATTRIBUTION = (
    "Basemap: Ukraine's outline and oblast boundaries © OpenStreetMap contributors (ODbL); "
    "towns: GeoNames (geonames.org), CC BY 4.0"
)


def offline_basemap(settlements=(), labels: str = "en") -> dict:
    """The offline basemap's data for the page: outline, oblast boundaries and labels, towns.

    Parameters
    ----------
    settlements
        :class:`gazetteer.Place` objects to label (e.g. ``gz.populated(SETTLEMENT_POPULATION)``),
        largest first.
    labels
        ``"en"``, ``"uk"`` or ``"ru"``: the language of the labels (English when a name lacks one).
    """
    import json
    from pathlib import Path

    from .borders import outline_geojson

    doc = json.loads(
        (Path(__file__).parent / "data" / "ukraine-oblasts.geojson").read_text(encoding="utf-8")
    )
    boundaries = [f["geometry"] for f in doc["features"] if f["properties"]["kind"] == "boundary"]
    key = {"en": "name", "uk": "name_uk", "ru": "name_ru"}[labels]
    oblasts = [
        [f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0],
         f["properties"].get(key) or f["properties"]["name"]]
        for f in doc["features"] if f["properties"]["kind"] == "label"
    ]  # fmt: skip
    towns = []
    for p in settlements:
        local = {"uk": p.name_uk, "ru": p.name_ru}.get(labels)
        towns.append([round(p.lat, 4), round(p.lon, 4), local or p.name_en or p.name,
                      int(p.population or 0)])  # fmt: skip
    return {"outline": outline_geojson(), "boundaries": boundaries, "oblasts": oblasts,
            "towns": towns}  # fmt: skip
