"""Hostile and careless input on the map side, each reproduced as a user would meet it.

Claimants named like ``Object.prototype`` members or like built-in layers, non-finite numbers,
an output path that is an input, a full disk, a basemap typo, a broken ``--checks`` file and
altered Leaflet files: the page still works, or the command says what is wrong in one line and
writes nothing, and a good file is never replaced by a broken one.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from frontmap import assets, writing
from frontmap.errors import FrontmapError
from frontmap.maps import PageDataError, claims_map, map_html, page_data, page_json, save

from .browser import NPM_DIST, Page
from .conftest import SHARED, need_shared
from .test_maps import ROWS, table
from .test_maps_browser import click_claim

DAILY = SHARED / "data" / "frontline" / "deepstate-daily"
HEADER = "id,place,oblast,lat,lon,date,claimant,side,claim,status,precision,radius_km,quote\n"
PLACES = [  # (place, lat, lon): real points around Pokrovsk and Toretsk
    ("Yasenove", 48.10558, 37.0666),
    ("Toretsk", 48.39477, 37.8478),
    ("Pokrovsk", 48.28014, 37.17706),
    ("Myrnohrad", 48.30237, 37.26262),
]
CHECK_SENTENCES = (
    "Yasenove lies roughly 12 miles south of the city of Pokrovsk.\n"
    "Toretsk lies roughly 30 miles east of Pokrovsk.\n"
)


def cli(home, *args, limit_file_size: int | None = None):
    """Run ``python -m frontmap`` as a user would; returns the finished process."""
    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "200"}

    def limit():  # a real "file too large" for every write of the child (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "frontmap", *args], capture_output=True, text=True, env=env,
        timeout=300, preexec_fn=limit if limit_file_size else None,
    )  # fmt: skip


def one_line_error(proc) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


def claims_csv(path: Path, claimants, *, radius="", precision="") -> Path:
    """One claim per claimant, each at its own real place, lat/lon given."""
    rows = [
        f"{i},{place},Donetsk oblast,{lat},{lon},2025-02-11,{name},RU,captured,claimed,{precision},{radius},"
        for i, (name, (place, lat, lon)) in enumerate(zip(claimants, PLACES, strict=False), 1)
    ]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def layer_labels(page) -> list[str]:
    return page.evaluate(
        "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
        ".map((l) => l.innerText.trim())"
    )


def toggle(page, label: str) -> None:
    """Click the layer control's checkbox whose label reads ``label``, as a user would."""
    page.page.locator(".leaflet-control-layers-overlays label").filter(
        has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
    ).locator("input").click()


# -- 1. claimants named like Object.prototype members ------------------------------------


PROTO_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"]


def test_prototype_named_claimants_get_their_layer_and_popup(browser, full_home, tmp_path):
    csv = claims_csv(tmp_path / "proto.csv", PROTO_NAMES)
    out = tmp_path / "proto.html"
    proc = cli(full_home, "map", str(csv), "-o", str(out), "--tiles", "none")
    assert proc.returncode == 0, proc.stderr
    page = Page(browser, out)
    try:
        assert page.js_errors() == []
        assert sorted(layer_labels(page)) == sorted(PROTO_NAMES)
        for name, (place, _, _) in zip(PROTO_NAMES, PLACES, strict=False):
            page.evaluate("window.frontmap.map.closePopup()")  # and wait for its fade-out
            page.page.wait_for_selector(".leaflet-popup-content", state="detached")
            text = click_claim(page, place)
            assert text.startswith(f"{name}: captured {place}"), text
        toggle(page, "__proto__")
        assert "Yasenove" not in page.evaluate("window.frontmap.visibleClaims()")
        assert {"Toretsk", "Pokrovsk", "Myrnohrad"} <= set(
            page.evaluate("window.frontmap.visibleClaims()")
        )
        toggle(page, "__proto__")
        assert "Yasenove" in page.evaluate("window.frontmap.visibleClaims()")
        assert page.js_errors() == []
    finally:
        page.close()


# -- 2. non-finite numbers -------------------------------------------------------------


@pytest.mark.parametrize("radius", ["inf", "nan", "-inf", "-1e309"])
def test_non_finite_radius_is_no_radius_and_the_page_json_is_strict(tmp_path, radius):
    from frontmap import claims as claims_module

    csv = claims_csv(tmp_path / "r.csv", ["MoD", "MoD"], radius=radius, precision="hromada")
    html = map_html(claims_map(claims_module.read(csv, resolve=False), tiles=None))
    text = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1)

    def refuse(constant):
        raise AssertionError(f"{constant} in the page's JSON")

    json.loads(text, parse_constant=refuse)  # as strict as the browser's JSON.parse
    data = page_data(html)  # typed and dictionary columns decoded
    assert data["claims"]["radius"] == [0, 0]
    assert data["claims"]["place"] == ["Yasenove", "Toretsk"]


def test_page_json_nulls_non_finite_numbers_and_refuses_what_json_cannot_hold(tmp_path):
    assert page_json({"a": [float("inf"), float("nan"), -float("inf"), 1.5], "b": "<"}) == (
        '{"a":[null,null,null,1.5],"b":"\\u003c"}'
    )
    m = claims_map(table(ROWS[:2]), tiles=None)
    good = tmp_path / "map.html"
    save(m, good)
    before = good.read_bytes()
    m.get_root().html._children["frontmap_data"].payload["broken"] = {1, 2}  # not JSON
    with pytest.raises(PageDataError, match="no page was written"):
        save(m, good)
    assert good.read_bytes() == before and os.listdir(tmp_path) == ["map.html"]


def test_infinite_radius_map_opens_in_chromium(browser, full_home, tmp_path):
    csv = claims_csv(tmp_path / "inf.csv", ["Russian MoD"], radius="inf", precision="hromada")
    out = tmp_path / "inf.html"
    proc = cli(full_home, "map", str(csv), "-o", str(out), "--tiles", "none")
    assert proc.returncode == 0, proc.stderr
    assert "Infinity" not in out.read_text(encoding="utf-8")
    page = Page(browser, out)
    try:
        assert page.js_errors() == []
        assert page.evaluate("window.frontmap.visibleClaims()") == ["Yasenove"]
        assert "Russian MoD: captured Yasenove" in click_claim(page, "Yasenove")
    finally:
        page.close()


# -- 3. claimants named like built-in layers --------------------------------------------


def test_claimants_named_like_built_in_layers_never_replace_them(browser, full_home, tmp_path):
    need_shared(DAILY)
    names = ["Front line", "Distance checks", "Front line (claimant)"]
    csv = claims_csv(tmp_path / "names.csv", names)
    checks = tmp_path / "checks.txt"
    checks.write_text(CHECK_SENTENCES, encoding="utf-8")
    out = tmp_path / "names.html"
    proc = cli(full_home, "map", str(csv), "--frontline", str(DAILY), "--checks", str(checks),
               "-o", str(out), "--tiles", "none")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    page = Page(browser, out)
    try:
        assert page.js_errors() == []
        labels = layer_labels(page)
        assert labels == [
            "Distance checks (claimant)",  # claimants come sorted, then the built-in layers
            "Front line (claimant)",
            "Front line (claimant) (claimant)",
            "Front line",
            "Distance checks",
        ]
        in_map = "(name) => window.frontmap.map.hasLayer(window.frontmap[name])"
        toggle(page, "Front line")  # the built-in switch drives the front line only
        assert page.evaluate(in_map, "front") is False
        assert len(page.evaluate("window.frontmap.visibleClaims()")) == 3
        toggle(page, "Front line (claimant)")  # the claimant's switch drives its claims only
        assert "Yasenove" not in page.evaluate("window.frontmap.visibleClaims()")
        assert page.evaluate(in_map, "checks") is True
        toggle(page, "Distance checks")
        assert page.evaluate(in_map, "checks") is False
        assert "Toretsk" in page.evaluate("window.frontmap.visibleClaims()")
        assert page.js_errors() == []
    finally:
        page.close()


# -- 4. never over an input, never half-written ----------------------------------------


@pytest.mark.parametrize("role", ["claims", "claims-other-spelling", "symlink", "--checks",
                                  "--frontline", "--frontline-dir"])  # fmt: skip
def test_map_refuses_to_write_over_an_input(full_home, tmp_path, role):
    need_shared(DAILY)
    claims = claims_csv(tmp_path / "claims.csv", ["MoD"])
    checks = tmp_path / "checks.txt"
    checks.write_text(CHECK_SENTENCES, encoding="utf-8")
    fronts = tmp_path / "fronts"
    fronts.mkdir()
    front = fronts / "deepstatemap_data_20250211.geojson"
    shutil.copy(DAILY / front.name, front)
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.html").symlink_to(claims)
    output = {
        "claims": claims, "claims-other-spelling": tmp_path / "sub" / ".." / "claims.csv",
        "symlink": tmp_path / "link.html", "--checks": checks, "--frontline": front,
        "--frontline-dir": fronts / "new.geojson",  # would be read as a front line next time
    }[role]  # fmt: skip
    before = {p: p.read_bytes() for p in (claims, checks, front)}
    args = ["--checks", str(checks), "--frontline", str(fronts), "-o", str(output)]
    line = one_line_error(cli(full_home, "map", str(claims), *args))
    assert "refusing to write over the" in line and str(output) in line
    assert {p: p.read_bytes() for p in before} == before
    assert not (fronts / "new.geojson").exists()


def test_demo_refuses_to_write_over_its_frontline(full_home, tmp_path):
    need_shared(DAILY)
    front = tmp_path / "deepstatemap_data_20250211.geojson"
    shutil.copy(DAILY / front.name, front)
    line = one_line_error(cli(full_home, "demo", "--frontline", str(front), "-o", str(front)))
    assert "refusing to write over the --frontline input" in line
    assert front.read_bytes() == (DAILY / front.name).read_bytes()


def enospc_after(monkeypatch, nbytes: int) -> None:
    """Make the disk fill up after ``nbytes`` more bytes are written (through os.write)."""
    real = os.write
    left = {"n": nbytes}

    def write(fd, data):
        if left["n"] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real(fd, bytes(data[: left["n"]]))
        left["n"] -= n
        return n

    monkeypatch.setattr(writing.os, "write", write)


def test_a_full_disk_leaves_the_previous_map_and_no_temporary_file(tmp_path, monkeypatch):
    good = tmp_path / "map.html"
    save(claims_map(table(ROWS[:1]), tiles=None), good)
    before = good.read_bytes()
    enospc_after(monkeypatch, 1000)  # part of the new page reaches the disk, then no space
    with pytest.raises(FrontmapError, match=r"map\.html: cannot write \(No space left on device\)"):
        save(claims_map(table(ROWS), tiles=None, title="a new title"), good)
    assert good.read_bytes() == before
    assert os.listdir(tmp_path) == ["map.html"]


def test_a_full_disk_during_the_demo_leaves_both_files(gz_full, tmp_path, monkeypatch):
    from frontmap import demo

    html, csv = demo.build(tmp_path / "demo.html", gz_full, tiles="none")
    before = {html: html.read_bytes(), csv: csv.read_bytes()}
    for budget in (10, 2000):  # the claims CSV fails, then the page fails
        enospc_after(monkeypatch, budget)
        with pytest.raises(FrontmapError, match="No space left on device"):
            demo.build(tmp_path / "demo.html", gz_full, tiles="none")
        assert {p: p.read_bytes() for p in before} == before
        assert sorted(os.listdir(tmp_path)) == ["demo-claims.csv", "demo.html"]


def test_a_real_file_size_limit_keeps_the_previous_map(full_home, tmp_path):
    """No monkeypatch: the kernel refuses the write (EFBIG) past 100 kB, as a full disk would."""
    assert cli(full_home, "assets", "install", "--from", str(NPM_DIST)).returncode == 0
    claims = claims_csv(tmp_path / "claims.csv", ["MoD"])
    out = tmp_path / "map.html"
    assert cli(full_home, "map", str(claims), "-o", str(out), "--tiles", "none").returncode == 0
    before = out.read_bytes()
    assert len(before) < 100_000
    proc = cli(full_home, "map", str(claims), "-o", str(out), "--tiles", "none",
               "--self-contained", limit_file_size=100_000)  # fmt: skip
    assert "cannot write (File too large)" in one_line_error(proc)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["claims.csv", "map.html"]


# -- 5. careless options and files ------------------------------------------------------


@pytest.mark.parametrize("command", ["map", "demo"])
def test_basemap_typo_is_one_line_with_the_close_choice(full_home, tmp_path, command):
    claims = claims_csv(tmp_path / "claims.csv", ["MoD"])
    args = [str(claims)] if command == "map" else []
    out = tmp_path / "out.html"
    line = one_line_error(
        cli(full_home, command, *args, "-o", str(out), "--tiles", "CartoDB Positronn")
    )
    assert "'CartoDB Positronn' is not a basemap; did you mean 'CartoDB.Positron'?" in line
    assert "'none', OpenStreetMap" in line
    assert not out.exists()


BAD_CHECKS = {
    "not-json.json": ('[{"sentence": "Yasenove lies 12 miles south of Pokrovsk."},\n  oops]',
                      "line 2 column 3: not valid JSON"),
    "object.json": ('{"sentence": "Yasenove lies 12 miles south of Pokrovsk."}',
                    "holds a JSON dict, not an array"),
    "string.json": ('"Yasenove lies 12 miles south of Pokrovsk."', "holds a JSON str, not an array"),
    "strings.json": ('["Yasenove lies 12 miles south of Pokrovsk."]', "item 1 has no 'sentence' text"),
    "number.json": ('[{"sentence": 12}]', "item 1 has no 'sentence' text"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_CHECKS))
def test_a_bad_checks_file_is_one_line_naming_it(full_home, tmp_path, name):
    text, expected = BAD_CHECKS[name]
    checks = tmp_path / name
    checks.write_text(text, encoding="utf-8")
    claims = claims_csv(tmp_path / "claims.csv", ["MoD"])
    out = tmp_path / "map.html"
    line = one_line_error(
        cli(full_home, "map", str(claims), "--checks", str(checks), "-o", str(out))
    )
    assert f"{checks}" in line and expected in line, line
    assert not out.exists()


# -- 6. Subresource Integrity and the asset cache --------------------------------------


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def test_cdn_tags_carry_the_hash_of_the_real_files():
    html = map_html(claims_map(table(ROWS[:1]), tiles=None))
    tags = re.findall(r"<(?:script|link)\b[^>]*(?:src|href)=\"https?://[^>]*>", html)
    assert len(tags) == 2
    for tag in tags:
        url = re.search(r'(?:src|href)="([^"]+)"', tag).group(1)
        data = (NPM_DIST / assets.ASSETS[url]).read_bytes()  # what npm installed and tests serve
        assert f'integrity="{sri(data)}"' in tag and 'crossorigin="anonymous"' in tag
        assets.verify(data, assets.ASSETS[url], url)  # and the sha256 pin agrees


def test_chromium_refuses_an_altered_leaflet(browser, tmp_path):
    out = save(claims_map(table(ROWS[:2]), tiles=None), tmp_path / "map.html")
    tampered = tmp_path / "leaflet.js"
    tampered.write_bytes((NPM_DIST / "leaflet.js").read_bytes() + b"\nwindow.__tampered = 1;\n")
    page = Page(browser, out, assets={"leaflet.js": tampered}, wait=False)
    try:
        page.page.wait_for_load_state("load")
        assert page.evaluate("typeof window.L") == "undefined"  # the script never ran
        assert page.evaluate("window.__tampered") is None
        assert any("integrity" in e for e in page.errors), page.errors
    finally:
        page.close()
    page = Page(browser, out)  # the genuine file passes the same check
    try:
        assert page.js_errors() == []
        assert sorted(page.evaluate("window.frontmap.visibleClaims()")) == ["Toretsk", "Yasenove"]
    finally:
        page.close()


def test_assets_install_refuses_a_tampered_file_and_keeps_the_cache(tmp_path):
    home = tmp_path / "home"
    proc = cli(home, "assets", "install", "--from", str(NPM_DIST))
    assert proc.returncode == 0, proc.stderr
    cache = assets.asset_dir(home)
    for name in ("leaflet.js", "leaflet.css"):
        assert (cache / name).read_bytes() == (NPM_DIST / name).read_bytes()
    bad = tmp_path / "dist"
    shutil.copytree(NPM_DIST, bad)
    (bad / "leaflet.css").write_bytes(
        (NPM_DIST / "leaflet.css").read_bytes().replace(b"#fff", b"#f00")
    )
    line = one_line_error(cli(home, "assets", "install", "--from", str(bad)))
    assert f"{bad / 'leaflet.css'}: not the pinned leaflet@1.9.4 leaflet.css" in line
    assert (cache / "leaflet.css").read_bytes() == (NPM_DIST / "leaflet.css").read_bytes()
    assert sorted(os.listdir(cache)) == ["leaflet.css", "leaflet.js"]  # no temporary file


def test_self_contained_inlines_only_the_pinned_files(tmp_path):
    assets.install(NPM_DIST, home=tmp_path, progress=False)
    m = claims_map(table(ROWS[:1]), tiles=None)
    html = map_html(m, self_contained=True, home=tmp_path)
    js = (NPM_DIST / "leaflet.js").read_text(encoding="utf-8")
    assert js.replace("</script", "<\\/script") in html and "cdn.jsdelivr" not in html
    cached = assets.asset_dir(tmp_path) / "leaflet.js"
    cached.write_text(js.replace("Leaflet", "Leaf1et", 1), encoding="utf-8")  # altered in place
    with pytest.raises(assets.AssetIntegrityError, match=r"leaflet\.js: not the pinned"):
        map_html(m, self_contained=True, home=tmp_path)
