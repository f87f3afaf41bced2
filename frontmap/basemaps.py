"""Basemap names: the xyzservices providers a map can use, checked before any work is done."""

from __future__ import annotations

import difflib

from .errors import FrontmapError

__all__ = ["COMMON", "BasemapError", "basemap"]

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
    import xyzservices

    providers = xyzservices.providers.flatten()
    by_key = {_key(name): name for name in providers}
    by_key[_key("OpenStreetMap")] = "OpenStreetMap"  # folium's own spelling
    if _key(tiles) in by_key:
        return tiles
    choices = f"'none', {', '.join(COMMON)} or another xyzservices provider name"
    close = difflib.get_close_matches(_key(tiles), list(by_key), n=1, cutoff=0.75)
    hint = f"did you mean {by_key[close[0]]!r}? " if close else ""
    raise BasemapError(f"--tiles {tiles!r} is not a basemap; {hint}choose {choices}")
