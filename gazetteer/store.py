"""One SQLite file per installed source: written atomically, read read-only.

Tables
------
``places``
    One row per place; columns are the fields of :class:`~gazetteer.model.Place`.
``names``
    ``(key, variant, place, name, kind)``: every name form of a place under
    its exact and variant match keys (:mod:`gazetteer.names`). ``kind`` is
    ``primary``, ``official`` (KATOTTG), ``alternate`` or ``former``.
``raions``
    ``(variant, admin1, admin2_code, name)``: second-level divisions under
    each name form, for ``in_admin``.
``places_rtree``
    An R*Tree over ``(lat, lon)`` for :meth:`Store.nearby`.
``meta``
    Source, licence, attribution, build date, input checksum and statistics.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InstallError
from .model import Place
from .names import forget_build_keys

__all__ = ["STALE_SECONDS", "Store", "StoreWriter", "clean_stale_temps", "haversine_km"]

PLACE_COLUMNS = (
    "id", "source", "name", "lat", "lon", "geonameid", "name_uk", "name_ru", "name_en",
    "feature_class", "feature_code", "country", "admin1_code", "admin1", "admin2_code", "admin2",
    "hromada", "population", "katottg", "precision", "radius_km", "precision_note",
)  # fmt: skip
SCHEMA_VERSION = "2"

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (rowid INTEGER PRIMARY KEY, {", ".join(PLACE_COLUMNS)});
CREATE TABLE names (key TEXT, variant TEXT, place INTEGER, name TEXT, kind TEXT);
CREATE TABLE raions (variant TEXT, admin1 TEXT, admin2_code TEXT, name TEXT);
CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
"""
_INDEXES = """
CREATE UNIQUE INDEX places_id ON places(id);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_katottg ON places(katottg);
CREATE INDEX names_key ON names(key);
CREATE INDEX names_variant ON names(variant);
CREATE INDEX raions_variant ON raions(variant);
"""
_TABLES = {"meta", "places", "names", "raions", "places_rtree"}
#: Places fetched per query (SQLite's default limit on bound variables is 999 or more).
_SQL_VARIABLES = 900
#: A temporary store whose writer cannot be checked is removed once this old (seconds).
STALE_SECONDS = 24 * 3600
#: ``NAME.sqlite.PID.RANDOM.tmp`` (this version) or ``NAME.sqlite.RANDOM.tmp`` (older ones).
_TEMP = re.compile(r"^[\w.-]+\.sqlite\.(?:(\d+)\.)?[\w]+\.tmp$")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a 6371.0088 km sphere; good for ranking and radii."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def haversine_matrix(a: list[tuple[float, float]], b: list[tuple[float, float]]):
    """Great-circle distances (km) from every ``(lat, lon)`` of ``a`` to every one of ``b``, as
    a ``len(a) × len(b)`` numpy array (the same sphere as :func:`haversine_km`)."""
    import numpy as np

    p = np.radians(np.asarray(a, dtype=float).reshape(-1, 2))[:, None, :]
    q = np.radians(np.asarray(b, dtype=float).reshape(-1, 2))[None, :, :]
    h = (
        np.sin((q[..., 0] - p[..., 0]) / 2) ** 2
        + np.cos(p[..., 0]) * np.cos(q[..., 0]) * np.sin((q[..., 1] - p[..., 1]) / 2) ** 2
    )
    # h >= 0 (a sum of squares, cosines of latitudes >= 0): only rounding above 1 is capped
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(h, 1.0)))


def _alive(pid: int) -> bool | None:
    """Whether process ``pid`` runs on this machine; None where that cannot be asked."""
    if sys.platform == "win32":  # os.kill(pid, 0) would signal the process there
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    except OSError:
        return None
    return True


def clean_stale_temps(directory: str | os.PathLike) -> list[Path]:
    """Delete the temporary stores that interrupted installs left in ``directory``.

    Only files named like a :class:`StoreWriter` temporary
    (``NAME.sqlite.PID.RANDOM.tmp``) directly inside ``directory`` are
    considered, and only when their writer process is gone, or when they are
    older than :data:`STALE_SECONDS` (temporaries of older versions carry no
    process id). Nothing else is ever deleted.

    Returns
    -------
    list of Path
        The files deleted.
    """
    removed = []
    now = time.time()
    for path in Path(directory).glob("*.tmp"):
        match = _TEMP.match(path.name)
        if not match or path.is_symlink() or not path.is_file():
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        alive = _alive(int(match[1])) if match[1] else None
        if alive is False or age > STALE_SECONDS:
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


#: GeoNames feature codes of populated places that are no town of their own today.
NOT_TOWNS = ("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH")


class StoreWriter:
    """Build a store in a temporary file and move it into place only on success.

    Use as a context manager; if the block raises, the temporary file is
    deleted and whatever store was at ``path`` before is left untouched.
    The temporary file (``NAME.sqlite.PID.RANDOM.tmp``) names the writing
    process, so that one killed mid-install is cleaned up later by
    :func:`clean_stale_temps`. SQLite failures (a full disk, a duplicate
    place id) are raised as :class:`~gazetteer.errors.InstallError`.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        clean_stale_temps(self.path.parent)
        fd, tmp = tempfile.mkstemp(
            prefix=f"{self.path.name}.{os.getpid()}.", suffix=".tmp", dir=self.path.parent
        )
        os.close(fd)
        self.tmp = Path(tmp)
        self.db = None
        try:
            self.db = sqlite3.connect(self.tmp)
            self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        except sqlite3.Error as exc:
            self._discard()
            raise self._failure(exc) from exc
        self._rowid = 0
        self._places: list[list] = []
        self._names: list[tuple] = []
        self._points: list[tuple] = []

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
            return
        self._discard()
        if isinstance(exc, sqlite3.Error):
            raise self._failure(exc) from exc

    def _discard(self) -> None:
        if self.db is not None:
            self.db.close()
        self.tmp.unlink(missing_ok=True)

    def _failure(self, exc: sqlite3.Error) -> InstallError:
        text = str(exc)
        if isinstance(exc, sqlite3.IntegrityError):
            hint = "two places share an id; give each row its own id"
        elif "full" in text or "disk" in text:
            hint = f"is the disk full? free space in {self.path.parent} and install again"
        else:
            hint = "install again"
        return InstallError(
            f"{self.path}: could not write the store ({type(exc).__name__}: {text}); {hint}. "
            "Any previous version of this source is untouched."
        )

    def add_place(self, place: dict, names: Iterable[tuple[str, str, str, str]]) -> int:
        """Add a place and its ``(name, kind, key, variant)`` forms; returns its row id."""
        self._rowid += 1
        rowid = self._rowid
        self._places.append([rowid, *(place.get(c) for c in PLACE_COLUMNS)])
        self._names.extend((k, v, rowid, n, kind) for n, kind, k, v in names if k)
        lat, lon = place["lat"], place["lon"]
        self._points.append((rowid, lat, lat, lon, lon))
        if len(self._places) >= 20_000:
            self._flush()
        return rowid

    def _flush(self) -> None:
        marks = ",".join("?" * (len(PLACE_COLUMNS) + 1))
        self.db.executemany(f"INSERT INTO places VALUES ({marks})", self._places)
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?,?)", self._names)
        self.db.executemany("INSERT INTO places_rtree VALUES (?,?,?,?,?)", self._points)
        self._places, self._names, self._points = [], [], []

    def add_raion(self, variant: str, admin1: str, admin2_code: str, name: str) -> None:
        """Record one name form of a second-level division."""
        if variant:
            self.db.execute(
                "INSERT INTO raions VALUES (?,?,?,?)", (variant, admin1, admin2_code, name)
            )

    def set_meta(self, **values) -> None:
        """Store metadata; non-string values are stored as JSON."""
        self.db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?,?)",
            [(k, v if isinstance(v, str) else json.dumps(v)) for k, v in values.items()],
        )

    def commit(self) -> None:
        """Index, close and atomically move the finished store to its path."""
        try:
            self._flush()
            self.set_meta(schema_version=SCHEMA_VERSION)
            self.db.executescript(_INDEXES)
            self.db.commit()
            self.db.close()
            os.replace(self.tmp, self.path)
            forget_build_keys()
        except sqlite3.Error as exc:
            self._discard()
            raise self._failure(exc) from exc
        except BaseException:
            self._discard()
            raise


class Store:
    """A read-only view of one installed source."""

    def __init__(self, path: str | os.PathLike, layer: int = 0):
        self.path = Path(path)
        self.layer = layer
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        try:
            self.meta = self._check()
        except (sqlite3.Error, InstallError) as exc:
            self.db.close()
            if isinstance(exc, InstallError):
                raise
            raise InstallError(f"{self.path}: not a readable SQLite database ({exc})") from exc
        self.name = self.meta.get("source", self.path.stem)
        self._keys: tuple[str, ...] | None = None
        self._cache: dict[int, Place] = {}
        self._joined: frozenset[str] | None = None

    def _check(self) -> dict[str, str]:
        """The store's metadata, once its tables and columns are known to be ours."""
        tables = {n for (n,) in self.db.execute("SELECT name FROM sqlite_master")}
        if not tables >= _TABLES:
            raise InstallError(
                f"{self.path}: a SQLite database without the gazetteer's tables "
                f"(missing {', '.join(sorted(_TABLES - tables))})"
            )
        columns = [r[1] for r in self.db.execute("PRAGMA table_info(places)")]
        if columns != ["rowid", *PLACE_COLUMNS]:
            raise InstallError(f"{self.path}: its places table is not the gazetteer's")
        return {str(k): v for k, v in self.db.execute("SELECT key, value FROM meta")}

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def _places(self, sql: str, args=()) -> Iterator[tuple[int, Place]]:
        for row in self.db.execute(sql, args):
            yield row[0], Place(**dict(zip(PLACE_COLUMNS, row[1:], strict=True)))

    def lookup(self, column: str, value: str) -> list[tuple[Place, str, str]]:
        """``(place, name, kind)`` for every name whose ``key`` or ``variant`` equals ``value``."""
        assert column in ("key", "variant")
        return self._with_names(f"n.{column} = ?", (value,))

    def lookup_prefix(self, stem: str, max_extra: int) -> list[tuple[Place, str, str]]:
        """Names whose key starts with ``stem`` and is at most ``max_extra`` letters longer."""
        return self._with_names(
            "n.key >= ? AND n.key < ? AND length(n.key) <= ?",
            (stem, stem + "{", len(stem) + max_extra),
        )

    def lookup_keys(self, keys: list[str]) -> list[tuple[Place, str, str]]:
        """Names under any of ``keys`` (used for fuzzy hits)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._with_names(f"n.key IN ({marks})", keys, ", n.key")

    def _with_names(self, where: str, args, extra: str = "") -> list:
        """The names a condition selects, each with its place. Names are read alone and the
        places they point to fetched once (a common name's variant reaches hundreds of places,
        read again for each of its spellings)."""
        rows = self.db.execute(
            f"SELECT n.place, n.name, n.kind{extra} FROM names n WHERE {where}", args
        ).fetchall()
        cache = self._cache
        missing = list({row[0] for row in rows if row[0] not in cache})
        for at in range(0, len(missing), _SQL_VARIABLES):
            chunk = missing[at : at + _SQL_VARIABLES]
            sql = f"SELECT * FROM places WHERE rowid IN ({','.join('?' * len(chunk))})"
            for rowid, place in self._places(sql, chunk):
                cache[rowid] = place
        return [(cache[row[0]], *row[1:]) for row in rows]

    def with_feature_codes(self, codes: Iterable[str]) -> list[tuple[Place, str, str]]:
        """``(place, name, kind)`` for every name of the places of the given feature codes."""
        codes = sorted(set(codes))
        if not codes:
            return []
        marks = ",".join("?" * len(codes))
        return self._with_names(
            f"n.place IN (SELECT rowid FROM places WHERE feature_code IN ({marks}))", codes
        )

    def joined_katottg(self) -> frozenset[str]:
        """KATOTTG codes of the places joined to the codifier (cached)."""
        if self._joined is None:
            rows = self.db.execute("SELECT katottg FROM places WHERE katottg IS NOT NULL")
            self._joined = frozenset(k for (k,) in rows)
        return self._joined

    def all_keys(self) -> tuple[str, ...]:
        """Every distinct exact key (cached), for fuzzy matching.

        A tuple, not a list: a tuple of strings drops out of the garbage collector's view, and
        a list of half a million keys made every full collection of the process 0.5 s slower.
        """
        if self._keys is None:
            self._keys = tuple(k for (k,) in self.db.execute("SELECT DISTINCT key FROM names"))
        return self._keys

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        for _, place in self._places("SELECT * FROM places WHERE id = ?", (place_id,)):
            return place
        return None

    def by_geonameid(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, or None."""
        for _, place in self._places("SELECT * FROM places WHERE geonameid = ?", (geonameid,)):
            return place
        return None

    def by_katottg(self, code: str) -> Place | None:
        """The place joined to this KATOTTG code, or None."""
        for _, place in self._places("SELECT * FROM places WHERE katottg = ?", (code,)):
            return place
        return None

    def nearby(self, lat: float, lon: float, radius_km: float) -> list[tuple[Place, float]]:
        """Places within ``radius_km`` of a point, nearest first, with their distance."""
        dlat = radius_km / 110.574
        dlon = radius_km / (111.320 * max(0.01, math.cos(math.radians(lat))))
        sql = (
            "SELECT p.* FROM places_rtree r JOIN places p ON p.rowid = r.id "
            "WHERE r.min_lat <= ? AND r.max_lat >= ? AND r.min_lon <= ? AND r.max_lon >= ?"
        )
        hits = []
        for _, place in self._places(sql, (lat + dlat, lat - dlat, lon + dlon, lon - dlon)):
            d = haversine_km(lat, lon, place.lat, place.lon)
            if d <= radius_km:
                hits.append((place, d))
        return sorted(hits, key=lambda pair: pair[1])

    def populated(self, min_population: int, country: str | None = None) -> list[Place]:
        """Towns and cities (feature class P, points) of at least ``min_population``, largest first.

        Sections of a city (PPLX) and abandoned, destroyed or historical places are left out.
        """
        sql = (
            "SELECT p.* FROM places p WHERE p.feature_class = 'P' AND p.population >= ? "
            "AND p.precision = 'point' AND COALESCE(p.feature_code, '') NOT IN ({})".format(
                ", ".join(f"'{code}'" for code in NOT_TOWNS)
            )
            + (" AND p.country = ?" if country else "")
            + " ORDER BY p.population DESC, p.id"
        )
        args = (min_population, country) if country else (min_population,)
        return [place for _, place in self._places(sql, args)]

    def raions(self, variant: str) -> list[tuple[str, str, str]]:
        """``(admin1, admin2_code, name)`` of the raions known under a variant key."""
        return list(
            self.db.execute(
                "SELECT DISTINCT admin1, admin2_code, name FROM raions WHERE variant = ?",
                (variant,),
            )
        )

    def count(self) -> int:
        """Number of places."""
        return self.db.execute("SELECT count(*) FROM places").fetchone()[0]
