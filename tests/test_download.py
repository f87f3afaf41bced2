"""The download path, against a real HTTP server on 127.0.0.1 serving ../shared's UA.zip."""

import http.server
import threading
from functools import partial

import pytest

import gazetteer
from gazetteer import InstallError
from gazetteer.datadir import store_dir
from gazetteer.download import fetch

from .conftest import UA_ZIP, need_shared


@pytest.fixture
def server(tmp_path):
    need_shared(UA_ZIP)
    root = tmp_path / "www"
    root.mkdir()
    (root / "UA.zip").write_bytes(UA_ZIP.read_bytes())
    data = UA_ZIP.read_bytes()
    (root / "PL.zip").write_bytes(data[: len(data) // 3])  # a truncated download

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_downloads_and_verifies(server, tmp_path):
    import hashlib

    digest = hashlib.sha256(UA_ZIP.read_bytes()).hexdigest()
    path = fetch(f"{server}/UA.zip", tmp_path / "dl", known_hash=f"sha256:{digest}", progress=False)
    assert path.read_bytes() == UA_ZIP.read_bytes()
    with pytest.raises(InstallError, match="verification"):
        fetch(f"{server}/UA.zip", tmp_path / "dl2", known_hash="sha256:" + "0" * 64, progress=False)


def test_install_over_http_builds_a_working_store(server, tmp_path, codifier, monkeypatch):
    monkeypatch.setattr("gazetteer.katottg.load", lambda: codifier)
    home = tmp_path / "home"
    meta = gazetteer.install_geonames("UA", url=f"{server}/UA.zip", home=home, progress=False)
    assert meta["rows"] == 45086
    with gazetteer.open(home, sources=["geonames-UA"], build=False) as gz:
        assert gz.resolve("Yasenove", in_admin="Donetsk oblast").best.place.geonameid == 9112386


def test_truncated_and_missing_downloads_fail_clearly(server, tmp_path):
    home = tmp_path / "home"
    with pytest.raises(InstallError, match="truncated or corrupt"):
        gazetteer.install_geonames("PL", url=f"{server}/PL.zip", home=home, progress=False)
    with pytest.raises(InstallError, match=r"download of .*failed"):
        gazetteer.install_geonames("DE", url=f"{server}/DE.zip", home=home, progress=False)
    assert not list(store_dir(home).glob("*.sqlite"))
