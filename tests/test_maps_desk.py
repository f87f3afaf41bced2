"""A map a desk would publish: labels, stacks, the offline basemap, dated checks, compact data.

Browser assertions run in headless Chromium (tests/browser.py); screenshots of the demo map are
saved under the test's tmp dir and copied to ``.cache/screenshots/`` for a reviewer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from frontmap import basemaps
from frontmap.errors import FrontmapError
from frontmap.maps import claims_map, map_html, page_data

from .browser import NPM_DIST, ROOT, Page
from .conftest import SHARED, need_shared
from .test_hostile_maps import HEADER, cli
from .test_maps import ROWS, table
from .test_maps_browser import click_claim

DAILY = SHARED / "data" / "frontline" / "deepstate-daily"
SCREENSHOTS = ROOT / ".cache" / "screenshots"


def screenshot(page, tmp_path: Path, name: str) -> Path:
    """Save the page as ``name``.png in the test's tmp dir and in .cache/screenshots/."""
    path = tmp_path / f"{name}.png"
    page.page.screenshot(path=str(path))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENSHOTS / path.name)
    return path


def demo(home, out: Path, *args) -> Path:
    proc = cli(home, "demo", "-o", str(out), "--frontline", str(DAILY), *args)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def offline_demo(full_home, tmp_path_factory):
    need_shared(DAILY)
    return demo(full_home, tmp_path_factory.mktemp("desk") / "demo.html", "--tiles", "offline")


def shown_labels(page, selector=".fm-label") -> list[str]:
    """Texts of the labels drawn inside the map's viewport (no click, no hover)."""
    return page.evaluate(
        """(sel) => { const box = document.querySelector('.folium-map').getBoundingClientRect();
        return Array.from(document.querySelectorAll(sel)).filter((e) => {
          const r = e.getBoundingClientRect(), s = getComputedStyle(e);
          return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 &&
            r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        }).map((e) => e.textContent); }""",
        selector,
    )


# -- 1. labels ----------------------------------------------------------------------------


def test_demo_names_its_places_and_check_distances_without_a_click(browser, offline_demo, tmp_path):
    page = Page(browser, offline_demo)  # online tiles blocked; Leaflet from npm
    try:
        page.page.wait_for_timeout(300)
        assert page.js_errors() == []
        labels = shown_labels(page)
        for place in ("Yasenove", "Toretsk", "Pokrovsk"):
            assert place in labels, labels
        tags = shown_labels(page, ".fm-check-label")
        assert len(tags) == 2 and all(" km · " in t for t in tags), tags
        verdicts = page.evaluate("window.frontmap.data.checks.map((c) => c.verdict)")
        assert sorted(t.split(" · ")[1] for t in tags) == sorted(verdicts)
        # a marker at Pokrovsk, the place both checks measure from, 24 px or more to touch
        refs = page.evaluate(
            "Array.from(document.querySelectorAll('.fm-ref')).map((e) => [e.title, e.offsetWidth, e.offsetHeight])"
        )
        assert refs == [["Pokrovsk", 24, 24]], refs
        screenshot(page, tmp_path, "demo-offline")
        page.evaluate("void window.frontmap.map.setZoom(7, {animate: false})")
        page.page.wait_for_timeout(200)
        screenshot(page, tmp_path, "demo-offline-zoom7")
        assert "Pokrovsk" in shown_labels(page) or "Yasenove" in shown_labels(page)
    finally:
        page.close()


def test_labels_never_overlap_at_low_zoom_and_all_show_at_high_zoom(browser, full_home, tmp_path):
    # 60 claims at 60 places 1 km apart: at zoom 7 their labels would pile up
    rows = [
        f"{i},Place {i:02d},,{48.0 + (i // 10) * 0.01:.4f},{37.0 + (i % 10) * 0.013:.4f},2025-02-11,"
        "MoD,RU,captured,claimed,,,"
        for i in range(60)
    ]
    csv = tmp_path / "dense.csv"
    csv.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "dense.html"
    assert cli(full_home, "map", str(csv), "-o", str(out), "--tiles", "none").returncode == 0
    page = Page(browser, out)
    try:
        page.evaluate("void window.frontmap.map.setView([48.05, 37.06], 8, {animate: false})")
        boxes = page.evaluate(
            "Array.from(document.querySelectorAll('.fm-label')).filter((e) => e.style.display !== 'none')"
            ".map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
        )
        assert 0 < len(boxes) < 60
        for k, a in enumerate(boxes):
            for b in boxes[k + 1 :]:
                assert not (a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]), (a, b)
        page.evaluate("void window.frontmap.map.setView([48.05, 37.06], 13, {animate: false})")
        assert len(page.evaluate("window.frontmap.labels()")) == 60
    finally:
        page.close()


def test_labels_in_ukrainian_and_russian(browser, full_home, tmp_path):
    need_shared(DAILY)
    expected = {
        "uk": ("Ясенове", "Торецьк", "Покровськ"),
        "ru": ("Ясенове", "Торецк", "Покровск"),
    }  # no Russian name: Ukrainian
    for lang, names in expected.items():
        out = demo(full_home, tmp_path / f"demo-{lang}.html", "--tiles", "none", "--labels", lang)
        page = Page(browser, out)
        try:
            labels = shown_labels(page)
            for name in names:
                assert name in labels, (lang, labels)
            if lang == "uk":
                screenshot(page, tmp_path, "demo-labels-uk")
        finally:
            page.close()


def test_label_text_is_text(browser, full_home, tmp_path):
    evil = '<img src=x onerror="window.__pwned=1">'
    csv = tmp_path / "evil.csv"
    csv.write_text(
        HEADER
        + f'1,"{evil.replace(chr(34), chr(34) * 2)}",,48.1,37.0,2025-02-11,MoD,RU,captured,claimed,,,\n',
        encoding="utf-8",
    )
    out = tmp_path / "evil.html"
    assert cli(full_home, "map", str(csv), "-o", str(out), "--tiles", "offline").returncode == 0
    page = Page(browser, out)
    try:
        assert evil in shown_labels(page)
        assert page.evaluate("document.querySelectorAll('.fm-label img').length") == 0
        assert page.evaluate("window.__pwned") is None
    finally:
        page.close()


def test_a_marker_is_a_24px_touch_target(browser, offline_demo):
    page = Page(browser, offline_demo)
    try:
        assert page.evaluate("window.frontmap.hitRadius") >= 12
        index = page.evaluate("window.frontmap.data.claims.place.indexOf('Yasenove')")
        page.evaluate("(i) => void window.frontmap.map.setView([window.frontmap.data.claims.lat[i], "
                      "window.frontmap.data.claims.lon[i]], 10, {animate: false})", index)  # fmt: skip
        x, y = page.evaluate("(i) => window.frontmap.claimPoint(i)", index)
        box = page.page.locator(".folium-map").bounding_box()
        page.page.mouse.click(box["x"] + x + 8, box["y"] + y - 8)  # a thumb, off centre
        page.page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
        assert "Yasenove" in page.evaluate(
            "document.querySelector('.leaflet-popup-content').innerText"
        )
    finally:
        page.close()


# -- 2. stacks ----------------------------------------------------------------------------


def test_claims_at_one_place_are_one_marker_listing_them_in_date_order(
    browser, offline_demo, tmp_path
):
    page = Page(browser, offline_demo)
    try:
        toretsk = page.evaluate("window.frontmap.data.places.label.indexOf('Toretsk')")
        assert len(page.evaluate("(p) => window.frontmap.stack(p)", toretsk)) == 2
        text = click_claim(page, "Toretsk")
        assert "Toretsk — 2 claims, in date order" in text, text
        ru, ua = text.index("2025-02-07"), text.index("2025-02-08")
        assert ru < ua < text.index("Ukrainian military")
        assert text.index("Russian MoD") < text.index("Ukrainian military")
        for word in ("captured", "unconfirmed", "fighting", "disputed"):
            assert word in text
        page.page.locator(".fm-stack-list summary").first.click()  # one claim's provenance
        assert "Dzerzhinsk" in page.evaluate(
            "document.querySelector('.leaflet-popup-content').innerText"
        )
        screenshot(page, tmp_path, "demo-stack-popup")
        page.evaluate("void window.frontmap.map.closePopup()")
        page.page.wait_for_selector(".leaflet-popup-content", state="detached")
        page.evaluate("window.frontmap.setDate('2025-02-07')")  # only the first claim yet
        assert len(page.evaluate("(p) => window.frontmap.stack(p)", toretsk)) == 1
        assert click_claim(page, "Toretsk").startswith("Russian MoD: captured Toretsk")
    finally:
        page.close()


# -- 3. offline basemap and a page whose Leaflet cannot load ------------------------------


def test_offline_basemap_draws_ukraine_oblasts_and_towns(browser, offline_demo, tmp_path):
    page = Page(browser, offline_demo)
    try:
        assert page.js_errors() == [] and page.failed == []  # no tile was even asked for
        assert not [u for u in page.requests if "tile" in u]
        assert page.evaluate("document.querySelector('.fm-offline') !== null")
        assert (
            page.evaluate(
                "window.frontmap.map.getPane('fm-base').querySelectorAll('canvas, path').length"
            )
            > 0
        )
        page.evaluate("void window.frontmap.map.setView([48.5, 37.6], 8, {animate: false})")
        towns = shown_labels(page, ".fm-label-town")
        assert {"Kramatorsk", "Sloviansk"} & set(towns), towns
        legend = page.evaluate("document.querySelector('.fm-legend').innerText")
        assert "© OpenStreetMap contributors (ODbL)" in legend
        page.evaluate("void window.frontmap.map.setView([48.8, 31.5], 6, {animate: false})")
        page.page.wait_for_timeout(200)
        screenshot(page, tmp_path, "demo-offline-ukraine")
    finally:
        page.close()


def test_self_contained_defaults_to_the_offline_basemap(browser, full_home, tmp_path):
    need_shared(DAILY)
    assert cli(full_home, "assets", "install", "--from", str(NPM_DIST)).returncode == 0
    out = demo(full_home, tmp_path / "sc.html", "--self-contained")
    page = Page(browser, out, offline=True)
    try:
        assert page.js_errors() == [] and page.failed == []
        assert page.evaluate("window.frontmap.data.basemap !== null")
        assert "Kramatorsk" in page.evaluate("window.frontmap.data.basemap.towns.map((t) => t[2])")
    finally:
        page.close()


def test_a_page_whose_leaflet_is_blocked_says_so(browser, tmp_path):
    out = tmp_path / "map.html"
    out.write_text(map_html(claims_map(table(ROWS[:2]), tiles="offline")), encoding="utf-8")
    page = Page(browser, out, offline=True, wait=False)  # the CDN's Leaflet is blocked
    try:
        page.page.wait_for_load_state("load")
        assert page.evaluate("typeof window.L") == "undefined"
        note = page.page.locator("#fm-no-leaflet")
        note.wait_for(state="visible", timeout=5_000)
        text = note.inner_text()
        assert "could not load Leaflet" in text and "--self-contained" in text
        assert "frontmap assets install" in text
        screenshot(page, tmp_path, "leaflet-blocked")
    finally:
        page.close()


# -- 4. time ------------------------------------------------------------------------------


def test_the_first_slider_position_shows_the_front_line_and_checks_follow_the_date(
    browser, offline_demo
):
    page = Page(browser, offline_demo)
    try:
        first = page.evaluate("window.frontmap.data.dates[0]")
        assert first == "2025-02-06"
        page.evaluate(
            """() => { const s = document.getElementById('fm-slider'); s.value = 0;
            s.dispatchEvent(new Event('input', {bubbles: true})); }"""
        )
        assert page.evaluate("window.frontmap.front.getLayers().length") == 1
        assert page.evaluate("window.frontmap.visibleClaims()") == []
        assert page.evaluate("window.frontmap.checks.getLayers().length") == 0  # stated 02-11
        assert page.evaluate("window.frontmap.refs.getLayers().length") == 0
        assert shown_labels(page, ".fm-check-label") == []
        page.evaluate("window.frontmap.setDate('2025-02-10')")
        assert page.evaluate("window.frontmap.checks.getLayers().length") == 0
        page.evaluate("window.frontmap.setDate('2025-02-11')")
        assert page.evaluate("window.frontmap.checks.getLayers().length") == 2
        assert page.evaluate("window.frontmap.refs.getLayers().length") == 1
        assert len(shown_labels(page, ".fm-check-label")) == 2
    finally:
        page.close()


def test_checks_carry_their_date_and_undated_checks_always_show(gz_full):
    from frontmap.verify import verify_sentence

    v = verify_sentence("Yasenove lies roughly 12 miles south of the city of Pokrovsk.", gz_full)[0]
    html = map_html(claims_map(table(ROWS[:2]), checks=[v, (v, "2025-02-09")],
                               checks_date="2025-02-08", tiles=None))  # fmt: skip
    data = page_data(html)
    assert [c["date"] for c in data["checks"]] == ["2025-02-08", "2025-02-09"]
    assert "2025-02-08" in data["dates"] and "2025-02-09" in data["dates"]
    undated = page_data(map_html(claims_map(table(ROWS[:2]), checks=[v], tiles=None)))
    assert undated["checks"][0]["date"] is None
    assert undated["checks"][0]["reference"]["name"] == "Pokrovsk"
    assert undated["checks"][0]["short"].endswith(" km · " + v.verdict)


# -- 5. compact page data -----------------------------------------------------------------


def test_repeated_text_is_stored_once_and_the_page_is_byte_identical():
    import numpy as np

    from frontmap import claims as claims_module

    n = 500
    rows = [
        {"id": str(i), "place": f"P{i % 7}", "date": f"2025-02-{1 + i % 20:02d}", "claimant": "MoD",
         "side": "RU", "claim": "captured", "status": "claimed", "lat": 48 + (i % 7) / 10, "lon": 37.0,
         "source": "Long source name " * 4, "url": "https://example.org/report", "quote": "same quote",
         "resolution": "given", "line": i + 2}
        for i in range(n)
    ]  # fmt: skip
    html = map_html(claims_map(claims_module._frame(rows), tiles="offline"))
    assert (
        html.count("Long source name " * 4) == 1 and html.count("https://example.org/report") == 1
    )
    assert html == map_html(claims_map(claims_module._frame(rows), tiles="offline"))
    data = page_data(html)
    assert len(data["places"]["lat"]) == 7 and sum(data["places"]["count"]) == n
    starts = np.array([data["dates"].index(d) for d in data["claims"]["date"]])
    assert (np.diff(starts) >= 0).all()  # claims in date order
    assert data["claims"]["day"] == starts.tolist()


def test_labels_option_is_checked():
    with pytest.raises(FrontmapError, match="choose one of en, uk, ru"):
        claims_map(table(ROWS[:1]), labels="de", tiles=None)
    assert basemaps.basemap("Offline") == "offline"


def test_shipped_oblast_boundaries_match_their_record():
    data = Path(basemaps.__file__).parent / "data"
    record = json.loads((data / "ukraine-oblasts.json").read_text(encoding="utf-8"))
    text = (data / record["file"]).read_bytes()
    assert hashlib.sha256(text).hexdigest() == record["sha256"]
    assert record["attribution"] == "© OpenStreetMap contributors" and len(text) < 60_000
    source = SHARED / "data" / "admin" / "oblasts.geojson"
    if source.exists():
        assert hashlib.sha256(source.read_bytes()).hexdigest() == record["source_sha256"]
    doc = json.loads(text)
    assert len([f for f in doc["features"] if f["properties"]["kind"] == "label"]) == 25
