"""Installing sources into the data directory, and opening them as one :class:`Gazetteer`."""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

from .datadir import data_dir, store_dir
from .download import GEONAMES_URL, fetch
from .errors import BrokenStoreWarning, InstallError
from .online import Nominatim
from .resolver import Gazetteer
from .store import SCHEMA_VERSION, Store, clean_stale_temps

__all__ = ["install_geonames", "install_places", "open", "remove", "store_paths"]

_LAYERS = {"user": 2, "geonames": 1, "embedded": 0}


def store_paths(home: str | os.PathLike | None = None) -> list[Path]:
    """The installed store files (``NAME.sqlite`` in the store directory), top layer first."""
    paths = sorted(p for p in store_dir(home).glob("*.sqlite") if p.is_file())
    return sorted(paths, key=lambda p: -_LAYERS.get(p.stem.split("-")[0], 0))


def open(
    home: str | os.PathLike | None = None,
    *,
    sources: list[str] | None = None,
    build: bool = True,
    online: bool | Nominatim = False,
) -> Gazetteer:
    """Open the installed sources as one layered :class:`Gazetteer`.

    Parameters
    ----------
    home
        Data directory; default ``$FRONTMAP_HOME`` or the platform user data dir.
    sources
        Only these sources (``"embedded"``, ``"geonames-UA"``, ``"user-mine"``); default all.
    build
        Build the embedded default store on first use (offline, ~25 s, once).
    online
        ``True``: names the offline sources lack are asked of OpenStreetMap's Nominatim
        (through geopy, 1 request/s, cached in the data directory); or a configured
        :class:`gazetteer.online.Nominatim` (another server). Default: offline only.

    Examples
    --------
    >>> import gazetteer
    >>> gz = gazetteer.open()  # doctest: +SKIP
    >>> gz.resolve("Dzerzhinsk", in_admin="Donetsk oblast").best.place.name  # doctest: +SKIP
    'Toretsk'
    """
    directory = store_dir(home)
    clean_stale_temps(directory)
    target = directory / "embedded.sqlite"
    wanted = sources is None or "embedded" in sources
    if build and wanted and (not target.exists() or _stale(target, embedded_extract=True)):
        from . import embedded

        embedded.build_store(target)
    stores = []
    for path in store_paths(home):
        if sources is not None and path.stem not in sources:
            continue
        try:
            stores.append(Store(path, layer=_LAYERS.get(path.stem.split("-")[0], 0)))
        except InstallError as exc:
            warnings.warn(
                f"skipping {exc}; remove it with `frontmap gazetteer remove {path.stem}` "
                "(or install that source again)",
                BrokenStoreWarning,
                stacklevel=2,
            )
    if not stores:
        raise InstallError(
            f"no usable gazetteer sources in {directory}"
            + (f" matching {sources}" if sources else "")
            + "; run `frontmap gazetteer install UA` or open with build=True"
        )
    return Gazetteer(stores, home=data_dir(home), online=online)


def _stale(path: Path, *, embedded_extract: bool = False) -> bool:
    """Whether a store must be built again: another schema, or (``embedded_extract``) an
    embedded store built from another shipped extract than this package's (an upgrade that
    ships more places rebuilds it once)."""
    try:
        store = Store(path)
    except Exception:
        return True
    try:
        if store.meta.get("schema_version") != SCHEMA_VERSION:
            return True
        if embedded_extract:
            from .embedded import extract_record

            return store.meta.get("extract_sha256") != extract_record()["extract_sha256"]
        return False
    finally:
        store.close()


def install_geonames(
    code: str = "UA",
    *,
    from_path: str | os.PathLike | None = None,
    url: str | None = None,
    home: str | os.PathLike | None = None,
    progress: bool = True,
) -> dict:
    """Download (or take ``from_path``) a GeoNames dump, validate it and build its store.

    Parameters
    ----------
    code
        Country code (``UA``) or ``allCountries``.
    from_path
        A local ``CODE.zip``/``CODE.txt`` instead of downloading.
    url
        Override the download address (default :data:`gazetteer.download.GEONAMES_URL`).

    Returns
    -------
    dict
        The store's metadata: rows, sha256, size, date, seconds, join rates.

    Raises
    ------
    InstallError
        Download, validation or build failed; any previous store of this source still works.
    """
    if not re.fullmatch(r"[A-Z]{2}|allCountries", code):
        raise InstallError(
            f"{code!r} is not a GeoNames dump name: use a country code like UA or allCountries"
        )
    if from_path is not None:
        dump = Path(from_path)
        if not dump.is_file():
            raise InstallError(
                f"{dump}: no such file; give the path of a GeoNames {code}.zip or {code}.txt"
            )
    else:
        dump = fetch(
            url or GEONAMES_URL.format(code=code), data_dir(home) / "downloads", progress=progress
        )
    from . import geonames

    target = store_dir(home) / f"geonames-{code}.sqlite"
    return geonames.build_store(dump, target, source=f"geonames-{code}")


def install_places(
    path: str | os.PathLike, *, name: str | None = None, home: str | os.PathLike | None = None
) -> dict:
    """Install a user's places table (CSV or GeoJSON) as source ``user-NAME``, above all others."""
    name = name or Path(path).stem
    if not re.fullmatch(r"[\w.-]+", name):
        raise InstallError(
            f"{name!r}: a source name may hold letters, digits, '.', '-' and '_' only"
        )
    source = f"user-{name}"
    from . import userplaces

    return userplaces.build_store(path, store_dir(home) / f"{source}.sqlite", source=source)


def remove(source: str, home: str | os.PathLike | None = None) -> Path:
    """Remove an installed source (``"geonames-UA"``, ``"user-mine"``).

    Only a source the store directory lists can be removed: ``source`` must be
    the name of one of its ``NAME.sqlite`` files (readable or not). Paths and
    anything else are refused, so nothing outside the data directory is ever
    deleted.

    Returns
    -------
    Path
        The file removed.

    Raises
    ------
    InstallError
        ``source`` is not one of the listed sources; the message lists them.
    """
    listed = {p.stem: p for p in store_paths(home)}
    path = listed.get(source)
    if path is None:
        names = ", ".join(sorted(listed)) or "none"
        raise InstallError(
            f"{source!r} is not an installed source (installed: {names}); give one of these "
            "names, not a path — `frontmap gazetteer list` lists them"
        )
    path.unlink()
    return path
