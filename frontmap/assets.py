"""The map's JavaScript and CSS: where they come from and how a map carries them offline.

A map page normally loads Leaflet from a CDN. ``frontmap assets install``
fills a local cache once — from an npm-installed ``leaflet`` package
(``--from node_modules/leaflet/dist``) or by download through
:func:`gazetteer.download.fetch` — and ``--self-contained`` maps then carry
the files inline, so they open with no network at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "ASSETS",
    "LEAFLET_CSS",
    "LEAFLET_JS",
    "LEAFLET_VERSION",
    "asset_dir",
    "inline_assets",
    "install",
]

LEAFLET_VERSION = "1.9.4"
LEAFLET_JS = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"
LEAFLET_CSS = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css"
#: URL → file name in the cache (and in an npm package's ``dist`` directory).
ASSETS = {LEAFLET_JS: "leaflet.js", LEAFLET_CSS: "leaflet.css"}


def asset_dir(home: str | os.PathLike | None = None) -> Path:
    """The cache directory (``$FRONTMAP_HOME/assets/leaflet-1.9.4``)."""
    from gazetteer.datadir import data_dir

    return data_dir(home) / "assets" / f"leaflet-{LEAFLET_VERSION}"


def install(from_dir: str | os.PathLike | None = None, *, home=None, progress: bool = True) -> dict:
    """Fill the asset cache from a local directory or by download; returns name → sha256.

    Raises
    ------
    FrontmapError
        A file is missing from ``from_dir``, or a download failed.
    """
    target = asset_dir(home)
    target.mkdir(parents=True, exist_ok=True)
    out = {}
    for url, name in ASSETS.items():
        if from_dir is not None:
            source = Path(from_dir) / name
            if not source.is_file():
                raise FrontmapError(
                    f"{source}: not found; point --from at an npm leaflet@{LEAFLET_VERSION} package's "
                    "dist directory (npm install leaflet@1.9.4 → node_modules/leaflet/dist)"
                )
            shutil.copyfile(source, target / name)
        else:
            from gazetteer.download import fetch
            from gazetteer.errors import InstallError

            try:
                got = fetch(url, target / "download", progress=progress)
            except InstallError as exc:
                raise FrontmapError(
                    f"{exc}; or install from npm: frontmap assets install --from DIR"
                ) from exc
            os.replace(got, target / name)
        out[name] = hashlib.sha256((target / name).read_bytes()).hexdigest()
    return out


def inline_assets(html: str, *, home=None) -> str:
    """Replace the page's ``<script src>``/``<link href>`` for known assets with their contents.

    Raises
    ------
    FrontmapError
        The cache is empty (the message says how to fill it), or the page loads an asset
        that is not known.
    """
    folder = asset_dir(home)

    def content(url: str) -> str:
        name = ASSETS.get(url)
        if name is None:
            raise FrontmapError(f"cannot inline {url}: not a known asset")
        path = folder / name
        if not path.is_file():
            raise FrontmapError(
                f"{path} is missing: run `frontmap assets install` once (online), or "
                f"`frontmap assets install --from node_modules/leaflet/dist` after `npm install leaflet@{LEAFLET_VERSION}`"
            )
        return path.read_text(encoding="utf-8")

    def script(m: re.Match) -> str:
        code = content(m.group(1)).replace("</script", "<\\/script")
        return f"<script>/* {ASSETS[m.group(1)]} (inlined) */\n{code}\n</script>"

    def style(m: re.Match) -> str:
        return f"<style>/* {ASSETS[m.group(1)]} (inlined) */\n{content(m.group(1))}\n</style>"

    html = re.sub(r'<script src="([^"]+)"></script>', script, html)
    html = re.sub(r'<link rel="stylesheet" href="([^"]+)"\s*/>', style, html)
    leftover = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?://[^"]+)"', html)
    if leftover:
        raise FrontmapError(f"the page still loads {leftover}; it cannot be made self-contained")
    return html
