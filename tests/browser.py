"""Drive Debian's Chromium with Playwright; Leaflet is served from the npm copy (no internet here)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from frontmap.assets import ASSETS

ROOT = Path(__file__).resolve().parents[1]
NPM_DIST = ROOT / ".cache" / "npm" / "node_modules" / "leaflet" / "dist"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]  # fmt: skip


def require_tools() -> None:
    """Fail (not skip) with the fix when the browser or the npm assets are missing."""
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("the Debian package chromium")
    if not (NPM_DIST / "leaflet.js").exists():
        missing.append(f"leaflet in {NPM_DIST.parents[2]} (npm)")
    if missing:
        pytest.fail(
            f"browser tests need {' and '.join(missing)}: run `bash scripts/test.sh`, which installs them"
        )


class Page:
    """A loaded map page and what happened while loading it."""

    def __init__(self, browser, path: Path, *, offline: bool = False, assets=None, wait=True):
        self.assets: dict[str, Path] = dict(assets or {})  # file name → served instead of npm's
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.route("**/*", self._route if not offline else self._block)
        self.page.goto(path.resolve().as_uri())
        if wait:
            self.page.wait_for_function("window.frontmap !== undefined", timeout=20_000)

    def _route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if url in ASSETS:
            name = ASSETS[url]
            kind = "text/css" if name.endswith(".css") else "application/javascript"
            # as jsDelivr does: the tags carry crossorigin="anonymous" (for their integrity hash)
            route.fulfill(
                path=str(self.assets.get(name, NPM_DIST / name)), content_type=kind,
                headers={"Access-Control-Allow-Origin": "*"},
            )  # fmt: skip
        elif url.startswith("file:"):
            route.continue_()
        else:
            route.abort()  # tiles: no internet here

    def _block(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    def js_errors(self) -> list[str]:
        """Errors other than the failed tile loads this machine must have."""
        only_tiles = all("tile" in u or "openstreetmap" in u for u in self.failed)
        return [
            e for e in self.errors if not (e.startswith("Failed to load resource") and only_tiles)
        ]

    def evaluate(self, js: str, arg=None):
        return self.page.evaluate(js, arg) if arg is not None else self.page.evaluate(js)

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="session")
def browser():
    require_tools()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()
