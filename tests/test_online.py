"""Online lookups (geopy's Nominatim), against a local server on 127.0.0.1 that answers like
Nominatim's ``/search``: what it answers, how often it is asked, and how failures read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

import gazetteer
from gazetteer.online import Nominatim, OnlineError

# Shaped like Nominatim's format=json answers (addressdetails=1, namedetails=1).
VILLAGE = {
    "place_id": 1001, "osm_type": "node", "osm_id": 4242, "lat": "48.1234", "lon": "37.4321",
    "class": "place", "type": "village", "addresstype": "village", "importance": 0.3,
    "name": "Oleksiievo-Zatyshne", "display_name": "Oleksiievo-Zatyshne, Donetsk Oblast, Ukraine",
    "address": {"village": "Oleksiievo-Zatyshne", "state": "Donetsk Oblast",
                "country": "Ukraine", "country_code": "ua"},
    "namedetails": {"name": "Олексієво-Затишне", "name:en": "Oleksiievo-Zatyshne",
                    "name:uk": "Олексієво-Затишне", "name:ru": "Алексеево-Затишное"},
    "boundingbox": ["48.11", "48.13", "37.42", "37.44"],
}  # fmt: skip
REGION = {
    "place_id": 1002, "osm_type": "relation", "osm_id": 77, "lat": "47.5", "lon": "36.0",
    "class": "boundary", "type": "administrative", "addresstype": "state", "importance": 0.6,
    "name": "Qorvandistan Oblast", "display_name": "Qorvandistan Oblast, Ukraine",
    "address": {"state": "Qorvandistan Oblast", "country_code": "ua"},
    "namedetails": {"name": "Qorvandistan Oblast"},
    "boundingbox": ["46.5", "48.5", "34.5", "37.5"],
}  # fmt: skip
LOOKALIKE = {**VILLAGE, "osm_id": 4243, "name": "Gaza", "display_name": "Gaza, Palestine",
             "namedetails": {"name": "Gaza", "name:en": "Gaza"}, "lat": "31.5", "lon": "34.46",
             "address": {"country_code": "ps"}}  # fmt: skip
ANSWERS = {
    "Oleksiievo-Zatyshne": [VILLAGE],
    "Алексеево-Затишное": [VILLAGE],
    "Qorvandistan Oblast": [REGION],
    "Gazzza Ctyyy": [LOOKALIKE],
}


class FakeNominatim(BaseHTTPRequestHandler):
    requests: typing.ClassVar[list] = []

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        q = query.get("q", [""])[0]
        type(self).requests.append(
            {"path": url.path, "q": q, "agent": self.headers.get("User-Agent"),
             "t": time.monotonic(), "query": query}
        )  # fmt: skip
        if q == "Slowville":
            time.sleep(1.5)
        if q == "Qwertzuiopville":
            self.send_response(500)
            self.end_headers()
            return
        body = b"<html>not json</html>" if q == "Garbageville" else json.dumps(ANSWERS.get(q, []))
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body if isinstance(body, bytes) else body.encode())
        except BrokenPipeError:
            pass  # the client gave up waiting (the timeout case)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    FakeNominatim.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}", FakeNominatim.requests
    httpd.shutdown()
    httpd.server_close()


def _geocoder(tmp_path, domain, **kw):
    return Nominatim(tmp_path / "online", domain=domain, scheme="http", **kw)


def test_offline_names_never_go_online(embedded_home, tmp_path, server):
    domain, requests = server
    with gazetteer.open(embedded_home, build=False, online=_geocoder(tmp_path, domain)) as gz:
        assert gz.resolve("Pokrovsk").best.place.source == "embedded"
    with (
        gazetteer.open(embedded_home, build=False) as gz,  # online is off unless asked
        pytest.raises(gazetteer.PlaceNotFound),
    ):
        gz.resolve("Oleksiievo-Zatyshne")
    assert requests == []


def test_a_missing_name_is_found_online_marked_cached_and_rate_limited(
    embedded_home, tmp_path, server
):
    domain, requests = server
    with gazetteer.open(embedded_home, build=False, online=_geocoder(tmp_path, domain)) as gz:
        best = gz.resolve("Oleksiievo-Zatyshne").best
        again = gz.resolve("Алексеево-Затишное").best  # another request, one second later
    assert best.place.source == "nominatim" and best.match_kind == "exact"
    assert (best.place.lat, best.place.lon) == (48.1234, 37.4321)
    assert best.place.precision == "point" and best.place.country == "UA"
    assert best.place.name_ru == "Алексеево-Затишное"
    assert any("Nominatim" in e for e in best.evidence)
    assert again.place.id == best.place.id
    assert [r["path"] for r in requests] == ["/search", "/search"]
    # RateLimiter: one request a second (server-side arrival times; a loaded machine delays the
    # first arrival more than the second, so allow some slack — without the limiter it is ~0.01 s)
    assert requests[1]["t"] - requests[0]["t"] >= 0.8
    assert requests[0]["agent"].startswith("frontmap/")
    assert requests[0]["query"]["namedetails"] == ["1"]
    # The cache answers next time, across processes (a new gazetteer, the same data dir).
    with gazetteer.open(embedded_home, build=False, online=_geocoder(tmp_path, domain)) as gz:
        assert gz.resolve("Oleksiievo-Zatyshne").best.place.id == best.place.id
    assert len(requests) == 2
    cache = json.loads((tmp_path / "online" / "nominatim.json").read_text())
    assert cache["server"] == f"http://{domain}"


def test_areas_are_not_points_and_lookalikes_are_only_suggestions(embedded_home, tmp_path, server):
    from frontmap.statements import parse
    from frontmap.verify import verify

    domain, _ = server
    with gazetteer.open(embedded_home, build=False, online=_geocoder(tmp_path, domain)) as gz:
        region = gz.resolve("Qorvandistan Oblast").best.place
        assert region.precision == "area" and region.radius_km > 100
        lookalike = gz.resolve("Gazzza Ctyyy").best
        assert lookalike.match_kind == "fuzzy"
        (st,) = parse("Gazzza Ctyyy is 70 km south-west of Kharkiv.")
        v = verify(st, gz)
    assert v.verdict not in ("consistent", "inconsistent", "loose")


@pytest.mark.parametrize(
    ("name", "words"),
    [("Slowville", "did not answer within"), ("Qwertzuiopville", "status code 500"),
     ("Garbageville", "failed")],
)  # fmt: skip
def test_failures_read_as_one_line_and_are_not_cached(embedded_home, tmp_path, server, name, words):
    domain, _ = server
    geocoder = _geocoder(tmp_path, domain, timeout=0.5, min_delay_seconds=0.1)
    with pytest.raises(OnlineError, match=words):
        geocoder.raw(name)
    with gazetteer.open(embedded_home, build=False, online=geocoder) as gz:
        try:  # offline look-alikes stand (as suggestions), with the failure among what was tried
            found = gz.resolve(name)
            assert found.best.match_kind == "fuzzy" and words in "; ".join(found.tried)
        except gazetteer.PlaceNotFound as exc:
            assert words in str(exc)
    cache = tmp_path / "online" / "nominatim.json"
    assert not cache.exists() or name.lower() not in cache.read_text()


def test_cli_online_flag(embedded_home, tmp_path, server):
    from gazetteer.datadir import store_dir

    domain, requests = server
    home = tmp_path / "home"
    os.symlink(store_dir(embedded_home) / "embedded.sqlite", store_dir(home) / "embedded.sqlite")
    env = {**os.environ, "FRONTMAP_HOME": str(home), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "frontmap.cli", "resolve", "Oleksiievo-Zatyshne", "--json"]
    offline = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert offline.returncode == 1 and "--online" in offline.stderr and requests == []
    online = subprocess.run(
        [*cmd, "--online", "--nominatim", f"http://{domain}"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert online.returncode == 0, online.stderr
    assert json.loads(online.stdout)[0]["source"] == "nominatim"
    assert Path(home / "online" / "nominatim.json").exists()
    down = subprocess.run(
        ["frontmap", "resolve", "Qwertzuiopville", "--online", "--nominatim", f"http://{domain}"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert down.returncode == 1 and "Traceback" not in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1 and "status code 500" in down.stderr
