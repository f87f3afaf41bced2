"""The map's JavaScript and CSS: where they come from and how a map carries them offline.

A map page normally loads Leaflet from a CDN. ``frontmap assets install``
fills a local cache once — from an npm-installed ``leaflet`` package
(``--from node_modules/leaflet/dist``) or by download through
:func:`gazetteer.download.fetch` — and ``--self-contained`` maps then carry
the files inline, so they open with no network at all.

Every file is pinned by hash in ``frontmap/data/assets.json`` (written by
``scripts/pin_assets.py``): CDN tags carry Subresource Integrity
(``integrity="sha384-…" crossorigin="anonymous"``), so a browser refuses an
altered file, and the cache accepts, and inlines, only files that match.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "ASSETS",
    "LEAFLET_CSS",
    "LEAFLET_JS",
    "LEAFLET_VERSION",
    "AssetIntegrityError",
    "asset_dir",
    "inline_assets",
    "install",
    "pinned",
    "verify",
    "with_integrity",
]

LEAFLET_VERSION = "1.9.4"
LEAFLET_JS = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"
LEAFLET_CSS = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css"
#: URL → file name in the cache (and in an npm package's ``dist`` directory).
ASSETS = {LEAFLET_JS: "leaflet.js", LEAFLET_CSS: "leaflet.css"}
_REINSTALL = (
    f"reinstall it: `frontmap assets install` (online), or `frontmap assets install --from "
    f"node_modules/leaflet/dist` after `npm install leaflet@{LEAFLET_VERSION}`"
)


class AssetIntegrityError(FrontmapError, ValueError):
    """A file's hash differs from the one pinned for it (altered, truncated or another version)."""


@cache
def pinned() -> dict[str, dict]:
    """File name → ``{"url", "sha256" (hex), "sha384" (base64), "bytes"}``, from the data file."""
    text = resources.files("frontmap").joinpath("data/assets.json").read_text("utf-8")
    pins = json.loads(text)["leaflet"]
    if pins["version"] != LEAFLET_VERSION:  # pragma: no cover - guards a half-done upgrade
        raise FrontmapError(
            f"frontmap/data/assets.json pins leaflet {pins['version']}, the code loads "
            f"{LEAFLET_VERSION}: run scripts/pin_assets.py"
        )
    return pins["files"]


def verify(data: bytes, name: str, origin: str | os.PathLike) -> None:
    """Check ``data`` (read from ``origin``) against the sha256 and sha384 pinned for ``name``.

    Raises
    ------
    AssetIntegrityError
        Naming the file, the hash expected and the hash found.
    """
    pin = pinned()[name]
    sha256 = hashlib.sha256(data).hexdigest()
    sha384 = base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")
    if sha256 != pin["sha256"] or sha384 != pin["sha384"]:
        raise AssetIntegrityError(
            f"{origin}: not the pinned leaflet@{LEAFLET_VERSION} {name} (sha384-{sha384}, "
            f"expected sha384-{pin['sha384']}); refusing it — {_REINSTALL}"
        )


def asset_dir(home: str | os.PathLike | None = None) -> Path:
    """The cache directory (``$FRONTMAP_HOME/assets/leaflet-1.9.4``)."""
    from gazetteer.datadir import data_dir

    return data_dir(home) / "assets" / f"leaflet-{LEAFLET_VERSION}"


def install(from_dir: str | os.PathLike | None = None, *, home=None, progress: bool = True) -> dict:
    """Fill the asset cache from a local directory or by download; returns name → sha256.

    Every file is checked against its pinned hashes before it enters the cache; a file that
    does not match is refused and the cache keeps what it had.

    Raises
    ------
    FrontmapError
        A file is missing from ``from_dir``, or a download failed.
    AssetIntegrityError
        A file differs from the pinned leaflet@1.9.4 file.
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
            data = source.read_bytes()
        else:
            from gazetteer.download import fetch
            from gazetteer.errors import InstallError

            try:
                got = fetch(
                    url, target / "download", known_hash=f"sha256:{pinned()[name]['sha256']}",
                    progress=progress,
                )  # fmt: skip
            except InstallError as exc:
                raise FrontmapError(
                    f"{exc}; or install from npm: frontmap assets install --from DIR"
                ) from exc
            source, data = url, got.read_bytes()
            got.unlink()
        verify(data, name, source)
        tmp = target / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            tmp.write_bytes(data)
            os.replace(tmp, target / name)
        finally:
            tmp.unlink(missing_ok=True)
        out[name] = pinned()[name]["sha256"]
    return out


def with_integrity(html: str) -> str:
    """Give every CDN ``<script src>``/``<link href>`` its pinned ``integrity`` and ``crossorigin``.

    Raises
    ------
    FrontmapError
        The page loads a CDN file with no pinned hash (it would load unchecked).
    """

    def attrs(url: str) -> str:
        name = ASSETS.get(url)
        if name is None:
            raise FrontmapError(f"the page loads {url}, which has no pinned hash in assets.json")
        return f'integrity="sha384-{pinned()[name]["sha384"]}" crossorigin="anonymous"'

    html = re.sub(
        r'<script src="(https?://[^"]+)"></script>',
        lambda m: f'<script src="{m.group(1)}" {attrs(m.group(1))}></script>',
        html,
    )
    html = re.sub(
        r'<link rel="stylesheet" href="(https?://[^"]+)"\s*/>',
        lambda m: f'<link rel="stylesheet" href="{m.group(1)}" {attrs(m.group(1))}/>',
        html,
    )
    unchecked = [
        tag
        for tag in re.findall(r"<(?:script|link)\b[^>]*>", html)
        if re.search(r'(?:src|href)="https?://', tag) and "integrity=" not in tag
    ]
    if unchecked:
        raise FrontmapError(f"the page loads {unchecked} without an integrity hash")
    return html


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
        data = path.read_bytes()
        verify(data, name, path)  # the cache may have been altered since it was filled
        return data.decode("utf-8")

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
