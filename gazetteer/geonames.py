"""GeoNames country dumps (``UA.zip``, ``allCountries.zip``): validate, read, build a store.

Validation before anything is written: the zip's sizes (no member larger
than :data:`MAX_MEMBER_BYTES` or packed more than :data:`MAX_RATIO` times —
a zip bomb is refused unread) and integrity (every member's CRC), a
``CODE.txt`` member, 19 tab-separated columns on every row, a whole-number
id and population, a finite latitude and longitude in range, lines of at
most :data:`MAX_LINE` characters, and at least one row. Memory stays flat
whatever the input. A failure raises :class:`InstallError`
naming the file and line; the store being replaced is untouched because
the new one is built in a temporary file (:class:`~gazetteer.store.StoreWriter`).

The dump's alternate names are not labelled, so each is classified here:
Cyrillic names give the Ukrainian and Russian forms (the KATOTTG official
name wins for Ukrainian when the place is joined), and a name whose key
resembles none of the current names (similarity < :data:`FORMER_SIMILARITY`)
is recorded as ``former`` — Dzerzhynsk for Toretsk, Krasnoarmiisk for
Pokrovsk, Artemivsk for Bakhmut.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from . import katottg
from .admin import admin_level, oblast_by_admin1
from .errors import InstallError
from .names import has_cyrillic, is_ukrainian, keys
from .store import StoreWriter

__all__ = [
    "FORMER_SIMILARITY",
    "MAX_LINE",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "DumpWritten",
    "build_store",
    "dump_date",
    "name_forms",
    "read_rows",
    "write_dump",
]

COLUMNS = 19
FORMER_SIMILARITY = 50.0
ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0"

#: GeoNames feature codes of the facilities reports measure from (airports and airfields, power
#: stations, dams, ports): kept in the shipped extract (``scripts/build_ua_extract.py``) and
#: looked up by :meth:`gazetteer.Gazetteer.with_feature_codes` (rule ``facility_point``).
FACILITY_CODES = frozenset(
    {"AIRP", "AIRB", "AIRF", "AIRH", "PS", "PSH", "PSN", "DAM", "DAMQ", "PRT"}
)
#: Front-line oblasts whose KATOTTG join rate is reported (GeoNames admin1 codes).
FRONT_LINE_OBLASTS = ("05", "14", "26", "08", "07", "04", "21")
_USABLE = re.compile(r"[A-Za-z\u0400-\u04ff]")
_UKRAINIAN_WORD = re.compile(r"^[а-щьюяєіїґ'’ʼ\- ]+$", re.IGNORECASE)
_RUSSIAN_WORD = re.compile(r"^[а-яё\- ]+$", re.IGNORECASE)
_SECTIONS = {"PPLX", "PPLH", "PPLQ", "PPLW"}
_WHOLE = re.compile(r"[0-9]{1,12}")
#: Largest zip member or text accepted (allCountries.txt is about 1.6 GB).
MAX_MEMBER_BYTES = 8 << 30
#: Largest unpacked/packed size ratio of a zip member (GeoNames dumps are about 4).
MAX_RATIO = 50
#: Longest line accepted, in characters (the longest in UA.txt is about 6,700).
MAX_LINE = 1 << 20
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


@contextmanager
def _open_text(path: Path) -> Iterator[tuple[io.TextIOBase, str, str | None]]:
    """Yield ``(text stream, display name, member date)`` for a ``.zip``, ``.xz`` or ``.txt`` dump.

    A zip is checked before anything is decompressed: every member at most
    :data:`MAX_MEMBER_BYTES` and at most :data:`MAX_RATIO` times its compressed
    size (a zip bomb is refused, not unpacked); then every member's CRC, read
    in 1 MiB chunks. The data member is streamed, never read whole.
    """
    if path.suffix.lower() == ".xz":
        import lzma

        try:
            with lzma.open(path, "rt", encoding="utf-8", newline="\n") as handle:
                yield handle, str(path), None
        except (lzma.LZMAError, EOFError) as exc:
            raise InstallError(f"{path}: not a readable xz file ({exc}); rebuild it") from exc
        return
    if path.suffix.lower() != ".zip":
        with open(path, encoding="utf-8", newline="\n") as handle:
            yield handle, str(path), None
        return
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise InstallError(
            f"{path}: not a readable zip archive ({exc}); the download is truncated or corrupt — "
            "delete it and install again"
        ) from exc
    with archive:
        for info in archive.infolist():
            _check_member(path, info)
        members = [
            m
            for m in archive.infolist()
            if m.filename.endswith(".txt") and m.filename != "readme.txt"
        ]
        if len(members) != 1:
            raise InstallError(
                f"{path}: expected one GeoNames data file (CODE.txt) in the zip, found "
                f"{[m.filename for m in members] or 'none'}"
            )
        try:
            bad = archive.testzip()
        except _ZIP_ERRORS as exc:
            raise InstallError(
                f"{path}: not a readable zip archive ({exc}); the download is truncated or "
                "corrupt — delete it and install again"
            ) from exc
        if bad is not None:
            raise InstallError(
                f"{path}: member {bad} fails its CRC check; the download is corrupt — install again"
            )
        member = members[0]
        year, month, day = member.date_time[:3]
        date = f"{year:04d}-{month:02d}-{day:02d}"
        with archive.open(member) as raw:
            yield (
                io.TextIOWrapper(raw, encoding="utf-8", newline="\n"),
                f"{path}:{member.filename}",
                date,
            )


def _check_member(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse a zip member too large, or compressed too well to be a GeoNames dump."""
    name = f"{path}:{info.filename}"
    if info.file_size > MAX_MEMBER_BYTES:
        raise InstallError(
            f"{name}: {info.file_size:,} bytes unpacked, more than the {MAX_MEMBER_BYTES:,} a "
            "GeoNames dump can hold; refusing to unpack it"
        )
    if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InstallError(
            f"{name}: {info.compress_size:,} bytes unpack to {info.file_size:,} (more than "
            f"{MAX_RATIO}x); a zip bomb, not a GeoNames dump — refusing to unpack it"
        )


def dump_date(path: str | os.PathLike) -> str | None:
    """The date of a zipped dump's data member (``YYYY-MM-DD``), or None for a bare file."""
    with _open_text(Path(path)) as (_, _, date):
        return date


def _lines(handle: io.TextIOBase, display: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` read with bounded memory: each line and the total are capped."""
    total = 0
    n = 0
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        n += 1
        total += len(line)
        if len(line) > MAX_LINE:
            raise InstallError(
                f"{display} line {n}: longer than {MAX_LINE:,} characters; not a GeoNames dump"
            )
        if total > MAX_MEMBER_BYTES:
            raise InstallError(
                f"{display} line {n}: more than {MAX_MEMBER_BYTES:,} characters in all; "
                "not a GeoNames dump"
            )
        yield n, line


def _check_row(row: list[str], display: str, n: int) -> None:
    """Raise :class:`InstallError` naming file and line unless the row's numbers are sound."""
    where = f"{display} line {n}"
    if len(row) != COLUMNS:
        raise InstallError(
            f"{where}: expected {COLUMNS} tab-separated columns, found {len(row)}; "
            "the file is truncated or not a GeoNames dump"
        )
    try:
        float(row[4]), float(row[5])
    except ValueError as exc:
        raise InstallError(f"{where}: geonameid/latitude/longitude not numeric ({exc})") from exc
    if not _WHOLE.fullmatch(row[0]):
        raise InstallError(
            f"{where}: geonameid/latitude/longitude not numeric (geonameid {row[0][:40]!r})"
        )
    lat, lon = float(row[4]), float(row[5])
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise InstallError(
            f"{where}: latitude {row[4][:40]}, longitude {row[5][:40]} out of range "
            "(finite, latitude -90..90, longitude -180..180)"
        )
    if row[14] and not _WHOLE.fullmatch(row[14]):
        raise InstallError(f"{where}: population {row[14][:40]!r} is not a whole number of people")


def read_rows(path: str | os.PathLike) -> Iterator[list[str]]:
    """Yield the validated rows of a GeoNames dump (``.zip``, ``.xz`` or ``.txt``).

    Every row has 19 columns, a whole-number geonameid, a finite latitude in
    -90..90 and longitude in -180..180, and an empty or whole-number
    population. Memory stays bounded whatever the input: lines longer than
    :data:`MAX_LINE` characters are refused as they are read.

    Raises
    ------
    InstallError
        The archive is damaged or too large, or a row (named by file and line) is malformed.
    """
    path = Path(path)
    with _open_text(path) as (handle, display, _):
        n = 0
        try:
            for n, line in _lines(handle, display):
                row = line.rstrip("\n").split("\t")
                _check_row(row, display, n)
                yield row
        except InstallError:
            raise
        except (*_ZIP_ERRORS, UnicodeDecodeError) as exc:
            raise InstallError(
                f"{display} line {n + 1}: unreadable ({exc}); install again"
            ) from exc
        if n == 0:
            raise InstallError(f"{display}: no rows; not a GeoNames dump")


def name_forms(
    primary: str, ascii_name: str, alternates: list[str], official_uk: str | None = None
) -> tuple[list[tuple[str, str, str, str]], str | None, str | None]:
    """Classify a place's names.

    Returns
    -------
    forms, name_uk, name_ru
        ``forms`` is a list of ``(name, kind, key, variant)`` with kind
        ``primary``, ``official``, ``alternate`` or ``former``.
    """
    seen: set[str] = set()
    forms = []
    current = []

    def add(name: str, kind: str) -> tuple[str, str] | None:
        if name in seen or not _USABLE.search(name):
            return None
        seen.add(name)
        k, v = keys(name)
        if len(k) < 2:
            return None
        forms.append((name, kind, k, v))
        return k, v

    for name in (primary, ascii_name):
        got = add(name, "primary")
        if got:
            current.append(got[0])
    if official_uk:
        got = add(official_uk, "official")
        if got:
            current.append(got[0])

    candidates = [a for a in alternates if a and a not in seen and _USABLE.search(a)]
    cyrillic = [(a, keys(a)[0]) for a in candidates if has_cyrillic(a)]
    ukrainian = [item for item in cyrillic if _UKRAINIAN_WORD.match(item[0])]
    primary_key = current[0] if current else ""

    def closeness(item, bonus_uk: int) -> float:
        name, k = item
        lang = is_ukrainian(name)
        bonus = bonus_uk * (1 if lang else -1 if lang is False else 0)
        if "ськ" in name or "цьк" in name:
            bonus += 5 * (1 if bonus_uk > 0 else -1)
        return fuzz.ratio(k, primary_key) + bonus

    name_uk = official_uk
    if name_uk is None and ukrainian:
        best = max(ukrainian, key=lambda item: closeness(item, 10))
        if fuzz.ratio(best[1], primary_key) >= 60:
            name_uk = best[0]
    rest = [
        item
        for item in cyrillic
        if item[0] != name_uk and is_ukrainian(item[0]) is not True and _RUSSIAN_WORD.match(item[0])
    ]
    name_ru = None
    if rest:
        best = max(rest, key=lambda item: closeness(item, -10))
        if fuzz.ratio(best[1], primary_key) >= 60:
            name_ru = best[0]
    if name_uk and name_uk != official_uk:
        got = add(name_uk, "alternate")
        if got:
            current.append(got[0])

    for name in candidates:
        k = keys(name)[0]
        similar = max((fuzz.ratio(k, c) for c in current), default=100.0)
        add(name, "former" if similar < FORMER_SIMILARITY else "alternate")
    return forms, name_uk, name_ru


@dataclass
class DumpWritten:
    """What :func:`write_dump` wrote: the metadata, and the KATOTTG settlements it located."""

    meta: dict
    #: KATOTTG settlement id -> (lat, lon, population) of the GeoNames place joined to it.
    located: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    geonameids: set[int] = field(default_factory=set)


def build_store(
    dump: str | os.PathLike, target: str | os.PathLike, *, source: str, codifier=None
) -> dict:
    """Validate a GeoNames dump and build its store at ``target`` atomically.

    Parameters
    ----------
    dump
        ``UA.zip``/``UA.txt`` (any country code, or ``allCountries``).
    target
        The store file to create or replace.
    source
        The source name recorded in the store (``"geonames-UA"``).
    codifier
        A loaded :class:`~gazetteer.katottg.Codifier` to join Ukrainian places
        with; loaded on demand when the dump has Ukrainian rows.

    Returns
    -------
    dict
        The metadata recorded: rows, sha256, size, date, join statistics.
    """
    with StoreWriter(target) as writer:
        written = write_dump(writer, dump, source=source, codifier=codifier)
        writer.set_meta(**written.meta)
    return written.meta


def write_dump(writer: StoreWriter, dump: str | os.PathLike, *, source: str, codifier=None):
    """Validate a dump and add its rows to an open :class:`StoreWriter`; see :func:`build_store`.

    Returns
    -------
    DumpWritten
        The metadata (not yet recorded in the store) and the settlements located.
    """
    dump = Path(dump)
    started = time.perf_counter()
    sha = hashlib.sha256()
    with open(dump, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    with _open_text(dump) as (_, _, member_date):
        pass

    # Pass 1: admin names, and the Ukrainian populated places to join with KATOTTG.
    admin1_names: dict[tuple[str, str], str] = {}
    admin2_rows: dict[tuple[str, str, str], list[str]] = {}
    ua_inputs: dict[int, tuple[str, str, list[str], int]] = {}
    rows = 0
    last_modified = ""
    for row in read_rows(dump):
        rows += 1
        last_modified = max(last_modified, row[18])
        fcode, cc = row[7], row[8]
        if fcode == "ADM1":
            admin1_names[cc, row[10]] = row[1]
        elif fcode == "ADM2":
            admin2_rows[cc, row[10], row[11]] = [row[1], *row[3].split(",")]
        elif cc == "UA" and row[6] == "P" and fcode not in _SECTIONS:
            names = [row[1], row[2]]
            names += [
                a for a in row[3].split(",") if has_cyrillic(a) and is_ukrainian(a) is not False
            ]
            ua_inputs[int(row[0])] = (row[10], row[11], names, int(row[14] or 0))

    joined: dict[int, tuple] = {}
    raion_ids: dict[tuple[str, str], str] = {}
    stats: dict = {}
    if ua_inputs:
        codifier = codifier or katottg.load()
        raion_ids = _join_raions(admin2_rows, codifier)
        joined, stats = _join_places(ua_inputs, raion_ids, codifier)

    meta = {
        "source": source,
        "kind": "geonames",
        "file": dump.name,
        "sha256": sha.hexdigest(),
        "size": dump.stat().st_size,
        "date": member_date or last_modified,
        "rows": rows,
        "licence": "CC BY 4.0",
        "attribution": ATTRIBUTION,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "join": stats,
    }
    written = 0
    out = DumpWritten(meta)
    for row in read_rows(dump):
        written += 1
        gid = int(row[0])
        cc, a1, a2 = row[8], row[10], row[11]
        settlement = joined.get(gid)
        official = settlement.name if settlement else None
        forms, name_uk, name_ru = name_forms(row[1], row[2], row[3].split(","), official)
        area = oblast_by_admin1(a1) if cc == "UA" else None
        a2row = admin2_rows.get((cc, a1, a2))
        place = {
            "id": f"geonames:{gid}",
            "source": source,
            "name": row[1],
            "lat": float(row[4]),
            "lon": float(row[5]),
            "geonameid": gid,
            "name_uk": name_uk,
            "name_ru": name_ru,
            "name_en": row[1],
            "feature_class": row[6] or None,
            "feature_code": row[7] or None,
            "country": cc or None,
            "admin1_code": a1 or None,
            "admin1": area.en if area else admin1_names.get((cc, a1)),
            "admin2_code": a2 or None,
            "admin2": a2row[0] if a2row else None,
            "hromada": katottg.hromada_name(codifier, settlement),
            "population": int(row[14] or 0),
            "katottg": settlement.id if settlement else None,
            "precision": "point",
        }
        writer.add_place(place, forms)
        out.geonameids.add(gid)
        if settlement is not None:
            out.located[settlement.id] = (place["lat"], place["lon"], place["population"])
    if written != rows:
        raise InstallError(
            f"{dump}: read {rows} rows, then {written}; the file changed during install"
        )
    for (_, a1, a2), names in admin2_rows.items():
        for name in {n for n in names if n and _USABLE.search(n)}:
            writer.add_raion(admin_level(name)[0], a1, a2, names[0])
    meta["seconds"] = round(time.perf_counter() - started, 2)
    return out


def _join_raions(admin2_rows, codifier) -> dict[tuple[str, str], str]:
    """GeoNames ``(admin1, admin2)`` -> KATOTTG raion id, where one raion's name matches."""
    by_variant: dict[tuple[str, str], set[str]] = {}
    for prefix, rid, name in codifier.raions():
        by_variant.setdefault((prefix, admin_level(name)[0]), set()).add(rid)
    out = {}
    for (cc, a1, a2), names in admin2_rows.items():
        area = oblast_by_admin1(a1) if cc == "UA" else None
        if not area:
            continue
        found = set()
        for name in names:
            found |= by_variant.get((area.katottg, admin_level(name)[0]), set())
        if len(found) == 1:
            out[a1, a2] = found.pop()
    return out


def _join_places(ua_inputs, raion_ids, codifier):
    inputs = []
    for gid, (a1, a2, names, population) in ua_inputs.items():
        area = oblast_by_admin1(a1)
        if area is None:
            continue
        pairs = [keys(n) for n in names if n]
        inputs.append(
            katottg.JoinInput(
                gid,
                area.katottg,
                raion_ids.get((a1, a2)),
                frozenset(k for k, _ in pairs),
                frozenset(v for _, v in pairs),
                population,
            )
        )
    joined = katottg.join(inputs, codifier)
    result = {gid: s for gid, (s, _) in joined.items()}

    places_per = Counter(ua_inputs[i.index][0] for i in inputs)
    joined_per = Counter(ua_inputs[gid][0] for gid in result)
    settlements_per = Counter(s.id[:4] for s in codifier.settlements)
    stats = {}
    for code in FRONT_LINE_OBLASTS:
        area = oblast_by_admin1(code)
        stats[area.en] = {
            "places": places_per[code],
            "joined": joined_per[code],
            "rate": round(joined_per[code] / places_per[code], 4) if places_per[code] else None,
            "codifier_settlements": settlements_per[area.katottg],
            "codifier_rate": round(joined_per[code] / settlements_per[area.katottg], 4)
            if settlements_per[area.katottg]
            else None,
        }
    total = len(inputs)
    stats["all"] = {
        "places": total,
        "joined": len(result),
        "rate": round(len(result) / total, 4) if total else None,
    }
    return result, stats
