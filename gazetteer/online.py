"""Online lookups through geopy's Nominatim geocoder, used only when asked.

Decisions (written here because nobody answers questions mid-work):

* Only names that the offline sources lack (nothing found, or only fuzzy look-alikes) go
  online; an offline exact answer is never overridden.
* geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` spaces requests one second apart
  (Nominatim's usage policy) and retries a failed request once. Every request carries a real
  User-Agent naming frontmap and its version.
* Answers, empty ones included, are cached in ``<data dir>/online/nominatim.json`` (written
  atomically), so a name is asked once; errors and timeouts are not cached.
* A result whose names (``namedetails``) share the query's key is an exact match; any other
  result is only a look-alike (``fuzzy``), offered as a suggestion and never used for a verdict.
* Precision comes from the result's type: settlements (city, town, village, hamlet, suburb …)
  are ``point`` places with a radius from their kind; anything else (a district, a region, a
  river) is an ``area`` whose radius is half its bounding box's diagonal.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import GazetteerError
from .model import Place
from .names import keys

__all__ = ["DEFAULT_DOMAIN", "Nominatim", "OnlineError", "OnlineHit"]

DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
#: Settlement types (OSM ``place=*`` and Nominatim ``addresstype``) and their typical radius, km.
SETTLEMENT_RADIUS_KM = {
    "city": 8.0, "town": 3.0, "village": 1.5, "hamlet": 0.7, "suburb": 1.5, "quarter": 1.0,
    "neighbourhood": 0.7, "borough": 3.0, "locality": 1.0, "isolated_dwelling": 0.3,
    "municipality": 3.0,
}  # fmt: skip
CACHE_VERSION = 1


class OnlineError(GazetteerError):
    """The online geocoder could not be asked (timeout, refused, HTTP error, bad answer)."""


@dataclass(frozen=True)
class OnlineHit:
    """One Nominatim result as a place, with how its names matched the query."""

    place: Place
    matched: str
    exact: bool


def _user_agent() -> str:
    try:
        from importlib.metadata import version

        v = version("frontmap")
    except Exception:  # an uninstalled checkout
        v = "0"
    return f"frontmap/{v} (front-line claim checker; https://pypi.org/project/frontmap/)"


class Nominatim:
    """Nominatim through geopy, rate-limited and cached in the data directory.

    Parameters
    ----------
    cache_dir
        Directory of the answer cache (``<data dir>/online``).
    domain, scheme
        The server: ``nominatim.openstreetmap.org`` over ``https`` by default; a local
        Nominatim (or a test server) with ``domain="127.0.0.1:8080", scheme="http"``.
    timeout
        Seconds to wait for one answer.
    min_delay_seconds
        Spacing of requests (Nominatim's policy asks for at most one per second).
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike,
        *,
        domain: str = DEFAULT_DOMAIN,
        scheme: str = "https",
        timeout: float = 10.0,
        min_delay_seconds: float = 1.0,
    ):
        self.cache_path = Path(cache_dir) / "nominatim.json"
        self.domain, self.scheme, self.timeout = domain, scheme, timeout
        self.min_delay_seconds = min_delay_seconds
        self._geocode = None
        self._cache: dict[str, list] | None = None
        self.requests = 0

    @property
    def server(self) -> str:
        """The server asked, as a URL."""
        return f"{self.scheme}://{self.domain}"

    # -- cache -------------------------------------------------------------
    def _load(self) -> dict[str, list]:
        if self._cache is None:
            self._cache = {}
            try:
                data = json.loads(self.cache_path.read_text(encoding="utf-8"))
                if data.get("version") == CACHE_VERSION and data.get("server") == self.server:
                    self._cache = dict(data.get("answers", {}))
            except (OSError, ValueError, AttributeError):
                pass  # no cache yet, or an unreadable one: start afresh
        return self._cache

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": CACHE_VERSION, "server": self.server, "answers": self._cache}
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, self.cache_path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- asking ------------------------------------------------------------
    def _geocoder(self):
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim as GeopyNominatim

            geocoder = GeopyNominatim(
                user_agent=_user_agent(),
                domain=self.domain,
                scheme=self.scheme,
                timeout=self.timeout,
            )
            self._geocode = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=self.min_delay_seconds,
                max_retries=1,
                error_wait_seconds=self.min_delay_seconds,
                swallow_exceptions=False,
            )
        return self._geocode

    def raw(self, name: str, country: str | None = None) -> list[dict]:
        """Nominatim's raw results for a name (cached).

        Raises
        ------
        OnlineError
            The server timed out, refused, answered with an error or with something that is
            not Nominatim's JSON.
        """
        cache_key = f"{name.strip().lower()}|{(country or '').lower()}"
        cache = self._load()
        if cache_key in cache:
            return cache[cache_key]
        from geopy.exc import GeocoderTimedOut, GeocoderUnavailable, GeopyError

        try:
            self.requests += 1
            found = self._geocoder()(
                name,
                exactly_one=False,
                limit=5,
                addressdetails=True,
                namedetails=True,
                language="en",
                country_codes=country.lower() if country else None,
            )
        except (GeocoderTimedOut, GeocoderUnavailable) as exc:
            if "timed out" not in str(exc).lower() and not isinstance(exc, GeocoderTimedOut):
                raise OnlineError(
                    f"online lookup of {name!r}: {self.server} is unavailable (no connection "
                    "or HTTP 5xx); retry later"
                ) from None
            raise OnlineError(
                f"online lookup of {name!r}: {self.server} did not answer within "
                f"{self.timeout:g} s; retry later"
            ) from None
        except GeopyError as exc:
            reason = " ".join(str(exc).split())[:160]
            raise OnlineError(
                f"online lookup of {name!r} at {self.server} failed "
                f"({type(exc).__name__}: {reason})"
            ) from None
        except (ValueError, TypeError, KeyError) as exc:
            raise OnlineError(
                f"online lookup of {name!r} at {self.server} gave an answer that is not "
                f"Nominatim's JSON ({exc})"
            ) from None
        results = [loc.raw for loc in (found or []) if isinstance(getattr(loc, "raw", None), dict)]
        cache[cache_key] = results
        self._save()
        return results

    def lookup(self, name: str, query_key: str, country: str | None = None) -> list[OnlineHit]:
        """Places Nominatim knows by this name, each marked exact or look-alike."""
        hits = []
        for raw in self.raw(name, country):
            place = to_place(raw)
            if place is None:
                continue
            names = [n for n in (raw.get("namedetails") or {}).values() if isinstance(n, str)]
            names.append(place.name)
            exact = next((n for n in names if keys(n)[0] == query_key), None)
            hits.append(OnlineHit(place, exact or place.name, exact is not None))
        return hits


def to_place(raw: dict) -> Place | None:
    """A Nominatim result as a :class:`Place` (``None`` when it has no usable position)."""
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    address = raw.get("address") or {}
    details = raw.get("namedetails") or {}
    kind = raw.get("addresstype") or raw.get("type") or ""
    category = raw.get("class") or raw.get("category") or ""
    name = (
        details.get("name:en")
        or raw.get("name")
        or details.get("name")
        or str(raw.get("display_name", "")).split(",")[0]
    )
    if kind in SETTLEMENT_RADIUS_KM:
        precision, radius, feature_class = "point", SETTLEMENT_RADIUS_KM[kind], "P"
        note = None
    else:
        precision, feature_class = "area", "A" if category == "boundary" else None
        radius = _bbox_radius_km(raw.get("boundingbox"))
        note = f"Nominatim {category}={kind}: an area, not a settlement"
    osm = f"{str(raw.get('osm_type', 'x'))[:1]}{raw.get('osm_id', raw.get('place_id', ''))}"
    return Place(
        id=f"nominatim:{osm}",
        source="nominatim",
        name=str(name),
        lat=lat,
        lon=lon,
        name_uk=details.get("name:uk"),
        name_ru=details.get("name:ru"),
        name_en=details.get("name:en"),
        feature_class=feature_class,
        feature_code=f"{category}={kind}" if category else kind or None,
        country=(address.get("country_code") or "").upper() or None,
        admin1=address.get("state") or address.get("region"),
        admin2=address.get("district") or address.get("county"),
        precision=precision,
        radius_km=radius,
        precision_note=note,
    )


def _bbox_radius_km(bbox) -> float | None:
    try:
        south, north, west, east = (float(v) for v in bbox)
    except (TypeError, ValueError):
        return None
    mid = math.radians((south + north) / 2)
    dy = (north - south) * 111.32
    dx = (east - west) * 111.32 * math.cos(mid)
    return round(math.hypot(dx, dy) / 2, 1)
