"""The one function through which frontmap downloads anything."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InstallError

__all__ = ["GEONAMES_URL", "fetch"]

#: Where GeoNames publishes its country dumps; ``{code}`` is ``UA``, ``PL``, ``allCountries``…
GEONAMES_URL = os.environ.get(
    "FRONTMAP_GEONAMES_URL", "https://download.geonames.org/export/dump/{code}.zip"
)


def fetch(
    url: str, directory: str | os.PathLike, *, known_hash: str | None = None, progress: bool = True
) -> Path:
    """Download ``url`` into ``directory`` (via :mod:`pooch`) and return the file's path.

    The file is written under a temporary name and renamed only when complete,
    so an interrupted download never leaves a partial file behind. A file
    already present is re-downloaded (dumps change daily) unless
    ``known_hash`` is given and matches it.

    Parameters
    ----------
    url
        HTTP(S) address.
    directory
        Where the file goes (created if needed).
    known_hash
        ``"sha256:…"`` to verify the download against, or None.
    progress
        Show a progress bar on stderr.

    Raises
    ------
    InstallError
        The download failed or its checksum does not match.
    """
    import pooch

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    fname = url.rstrip("/").rsplit("/", 1)[-1] or "download"
    target = directory / fname
    if known_hash is None:
        target.unlink(missing_ok=True)
    try:
        downloader = pooch.HTTPDownloader(progressbar=progress, timeout=60)
        path = pooch.retrieve(
            url, known_hash=known_hash, fname=fname, path=directory, downloader=downloader
        )
    except ValueError as exc:  # pooch: hash mismatch
        raise InstallError(f"download of {url} failed verification: {exc}") from exc
    except Exception as exc:  # requests' errors: connection refused, 404, timeouts
        raise InstallError(
            f"download of {url} failed ({type(exc).__name__}: {exc}); check the network or "
            "install from a local file with --from PATH"
        ) from exc
    return Path(path)
