"""The maps in a real headless Chromium: markers, popups, the time slider, the front line, escaping."""

import os
import subprocess
import sys

import pytest

from .browser import NPM_DIST, Page
from .conftest import SHARED, need_shared

DAILY = SHARED / "data" / "frontline" / "deepstate-daily"
POINT_IN_FRONT = """([lat, lon]) => {
  const inside = (pt, ring) => { let c = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i], b = ring[j];
      if (((a.lat > pt.lat) !== (b.lat > pt.lat)) &&
          (pt.lng < (b.lng - a.lng) * (pt.lat - a.lat) / (b.lat - a.lat) + a.lng)) { c = !c; } }
    return c; };
  const pt = L.latLng(lat, lon); let hit = false;
  window.frontmap.front.eachLayer((g) => g.eachLayer((poly) => {
    const flat = (x) => Array.isArray(x[0]) ? x : [x];
    let parts = poly.getLatLngs(); if (!Array.isArray(parts[0][0])) { parts = [parts]; }
    parts.forEach((polygon) => { const rings = flat(polygon);
      if (inside(pt, rings[0]) && !rings.slice(1).some((h) => inside(pt, h))) { hit = true; } });
  }));
  return hit; }"""


def click_claim(page, place):
    """Click the claim's marker on the canvas, as a user would, and return the popup's text."""
    index = page.evaluate("(p) => window.frontmap.data.claims.place.indexOf(p)", place)
    page.evaluate(
        "(i) => void window.frontmap.map.setView([window.frontmap.data.claims.lat[i], window.frontmap.data.claims.lon[i]], 10, {animate: false})",
        index,
    )
    x, y = page.evaluate("(i) => window.frontmap.claimPoint(i)", index)
    box = page.page.locator(".folium-map").bounding_box()
    page.page.mouse.click(box["x"] + x, box["y"] + y)
    page.page.wait_for_selector(".leaflet-popup-content", timeout=5_000)
    return page.evaluate("document.querySelector('.leaflet-popup-content').innerText")


def frontmap_cli(home, *args):
    env = {**os.environ, "FRONTMAP_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "frontmap", *args], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo_html(full_home, tmp_path_factory):
    need_shared(DAILY)
    out = tmp_path_factory.mktemp("demo") / "demo.html"
    frontmap_cli(full_home, "demo", "-o", str(out), "--frontline", str(DAILY))
    return out


def test_demo_loads_without_errors_and_shows_both_places(browser, demo_html):
    page = Page(browser, demo_html)
    try:
        assert page.js_errors() == []
        assert sorted(set(page.evaluate("window.frontmap.visibleClaims()"))) == [
            "Toretsk",
            "Yasenove",
        ]
        text = click_claim(page, "Yasenove")
        for expected in ("Russian MoD", "captured", "Yasenove", "Ясенове", "Pokrovsk Raion", "UA14160210340041091",
                         "unconfirmed", "2025-02-11"):  # fmt: skip
            assert expected in text, (expected, text)
        assert page.js_errors() == []  # opening the popup raised nothing
        assert page.evaluate("window.frontmap.checks.getLayers().length") == 2
        legend = page.evaluate("document.querySelector('.fm-legend').innerText")
        assert "GeoNames (geonames.org), CC BY 4.0" in legend and "DeepStateMap" in legend
    finally:
        page.close()


def test_time_slider_hides_and_shows_claims(browser, demo_html):
    page = Page(browser, demo_html)
    try:

        def move_to(day):
            return page.evaluate(
                """(day) => { const s = document.getElementById('fm-slider');
                const days = window.frontmap.data.dates; let k = 0;
                days.forEach((d, j) => { if (d <= day) { k = j; } });
                s.value = k; s.dispatchEvent(new Event('input', {bubbles: true}));
                return window.frontmap.visibleClaims(); }""",
                day,
            )

        assert move_to("2025-02-06") == []
        assert "2025-02-06" in page.evaluate("document.getElementById('fm-date').textContent")
        assert sorted(set(move_to("2025-02-08"))) == ["Toretsk"]
        assert sorted(set(move_to("2025-02-12"))) == ["Toretsk", "Yasenove"]
    finally:
        page.close()


def test_yasenove_lies_inside_the_drawn_occupied_polygon(browser, demo_html):
    page = Page(browser, demo_html)
    try:
        page.evaluate("window.frontmap.setDate('2025-02-11')")
        assert (
            page.evaluate("window.frontmap.data.snapshots.map((s) => s.date)").count("2025-02-11")
            == 1
        )
        assert page.evaluate(POINT_IN_FRONT, [48.10558, 37.0666]) is True
        assert page.evaluate(POINT_IN_FRONT, [48.28014, 37.17706]) is False  # Pokrovsk
    finally:
        page.close()


def test_user_text_renders_as_text(browser, full_home, tmp_path):
    evil = '<img src=x onerror="window.__pwned=1">'
    csv = tmp_path / "evil.csv"
    csv.write_text(
        "id,place,oblast,date,claimant,side,claim,status,quote\n"
        f'1,Yasenove,Donetsk oblast,2025-02-11,"<b>MoD</b>",RU,captured,claimed,"{evil.replace(chr(34), chr(34) * 2)}"\n'
        f'2,"<script>window.__pwned=2</script>",,2025-02-11,Someone,RU,captured,claimed,\n',
        encoding="utf-8",
    )
    out = tmp_path / "evil.html"
    frontmap_cli(full_home, "map", str(csv), "-o", str(out), "--title", "<i>t</i>")
    page = Page(browser, out)
    try:
        text = click_claim(page, "Yasenove")
        assert evil in text and "<b>MoD</b>" in text
        review = page.evaluate("document.querySelector('.fm-review').innerText")
        assert "<script>window.__pwned=2</script>" in review
        assert "<i>t</i>" in page.evaluate("document.querySelector('.fm-title').innerText")
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("document.querySelectorAll('.leaflet-popup-content img').length") == 0
    finally:
        page.close()


def test_self_contained_map_opens_with_every_request_blocked(browser, full_home, tmp_path):
    frontmap_cli(full_home, "assets", "install", "--from", str(NPM_DIST))
    out = tmp_path / "offline.html"
    frontmap_cli(full_home, "demo", "-o", str(out), "--self-contained", "--tiles", "none")
    page = Page(browser, out, offline=True)
    try:
        assert page.js_errors() == [] and page.failed == []
        assert all(u.startswith("file:") for u in page.requests)
        assert sorted(set(page.evaluate("window.frontmap.visibleClaims()"))) == [
            "Toretsk",
            "Yasenove",
        ]
    finally:
        page.close()


def test_extract_then_map_shows_both_claims(browser, full_home, tmp_path):
    report = need_shared(SHARED / "corpus" / "report-2025-02-11-yasenove-toretsk.txt")
    claims = tmp_path / "claims.csv"
    frontmap_cli(full_home, "extract", str(report), "--published", "2025-02-11", "-o", str(claims))
    out = tmp_path / "map.html"
    frontmap_cli(full_home, "map", str(claims), "-o", str(out))
    page = Page(browser, out)
    try:
        assert page.js_errors() == []
        assert {"Toretsk", "Yasenove"} <= set(page.evaluate("window.frontmap.visibleClaims()"))
    finally:
        page.close()
