import json

import pytest

import gazetteer
from gazetteer import PlacesFileError


def test_user_places_layer_above_everything(tmp_path, embedded_home):
    import shutil

    from gazetteer.datadir import store_dir

    home = tmp_path / "home"
    shutil.copy(store_dir(embedded_home) / "embedded.sqlite", store_dir(home) / "embedded.sqlite")
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "name,lat,lon,alt_names,oblast\n"
        "Yasenove,48.1056,37.0667,Ясенове;Yasenovoye,Donetsk oblast\n"
        "Hill 204,48.30,37.20,Height 204,Донецька область\n",
        encoding="utf-8",
    )
    meta = gazetteer.install_places(csv, home=home)
    assert meta["rows"] == 2
    with gazetteer.open(home, build=False) as gz:
        assert gz.sources[0] == "user-mine"
        best = gz.resolve("Yasenovoye").best
        assert best.place.source == "user-mine" and best.place.precision == "point"
        assert gz.resolve("Height 204").best.place.admin1 == "Donetsk Oblast"


def test_geojson_places(tmp_path):
    path = tmp_path / "pts.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [37.5, 48.5]},
                        "properties": {"name": "Checkpoint Alpha"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    gazetteer.install_places(path, name="pts", home=tmp_path)
    with gazetteer.open(tmp_path, sources=["user-pts"], build=False) as gz:
        place = gz.resolve("checkpoint alpha").best.place
        assert (place.lat, place.lon) == (48.5, 37.5)


def test_bad_rows_are_all_reported_with_lines_and_nothing_installed(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "name,lat,lon\nGood,48,37\n,48,37\nFar,95,37\nWordy,north,37\n", encoding="utf-8"
    )
    with pytest.raises(PlacesFileError) as info:
        gazetteer.install_places(csv, home=tmp_path)
    message = str(info.value)
    assert "3 bad row(s)" in message
    for line in ("line 3", "line 4", "line 5"):
        assert f"bad.csv {line}" in message
    assert not list((tmp_path / "gazetteer").glob("user-*.sqlite"))
