"""Where frontmap keeps its data: argument, then ``FRONTMAP_HOME``, then the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENV_VAR", "data_dir", "store_dir"]

ENV_VAR = "FRONTMAP_HOME"


def data_dir(home: str | os.PathLike | None = None) -> Path:
    """Resolve the data directory (not created).

    Parameters
    ----------
    home
        An explicit directory; wins over everything else.

    Returns
    -------
    Path
        ``home`` if given, else ``$FRONTMAP_HOME`` if set, else the platform's
        user data directory for ``frontmap`` (``~/.local/share/frontmap`` on Linux).
    """
    if home is not None:
        return Path(home).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("frontmap", appauthor=False))


def store_dir(home: str | os.PathLike | None = None) -> Path:
    """The directory holding the gazetteer's SQLite stores, created if needed."""
    path = data_dir(home) / "gazetteer"
    path.mkdir(parents=True, exist_ok=True)
    return path
