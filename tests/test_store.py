import pytest

from gazetteer.store import Store, StoreWriter, haversine_km


def place(i, lat, lon):
    return {
        "id": f"t:{i}",
        "source": "t",
        "name": f"P{i}",
        "lat": lat,
        "lon": lon,
        "precision": "point",
    }


def test_writer_is_atomic_and_leaves_the_old_store_on_failure(tmp_path):
    target = tmp_path / "t.sqlite"
    with StoreWriter(target) as w:
        w.add_place(place(1, 48.0, 37.0), [("P1", "primary", "p1", "p1")])
        w.set_meta(source="t")
    before = target.read_bytes()
    with pytest.raises(RuntimeError), StoreWriter(target) as w:
        w.add_place(place(2, 48.0, 37.0), [])
        raise RuntimeError("interrupted")
    assert target.read_bytes() == before
    assert list(tmp_path.iterdir()) == [target]


def test_rtree_nearby_and_read_only(tmp_path):
    target = tmp_path / "t.sqlite"
    with StoreWriter(target) as w:
        for i, (lat, lon) in enumerate([(48.0, 37.0), (48.05, 37.0), (48.5, 37.0), (49.0, 38.0)]):
            w.add_place(place(i, lat, lon), [])
        w.set_meta(source="t")
    store = Store(target)
    hits = store.nearby(48.0, 37.0, 10)
    assert [p.id for p, _ in hits] == ["t:0", "t:1"]
    assert hits[1][1] == pytest.approx(haversine_km(48.0, 37.0, 48.05, 37.0))
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM places")


def test_haversine_matches_known_distance():
    # Pokrovsk -> Yasenove: 21.07 km on the ellipsoid (../shared/README); the sphere is within 0.5%
    assert haversine_km(48.28014, 37.17706, 48.10558, 37.0666) == pytest.approx(21.07, rel=5e-3)


def test_haversine_matrix_agrees_with_haversine_km():
    from gazetteer.store import haversine_matrix

    a = [(48.28014, 37.17706), (47.8, 36.8)]
    b = [(48.10558, 37.0666), (50.45, 30.52), (48.28014, 37.17706)]
    d = haversine_matrix(a, b)
    assert d.shape == (2, 3)
    for i, p in enumerate(a):
        for j, q in enumerate(b):
            assert d[i, j] == pytest.approx(haversine_km(*p, *q), abs=1e-6)


def test_a_finished_build_forgets_its_name_keys_and_lookups_still_work(tmp_path):
    from gazetteer import names

    target = tmp_path / "t.sqlite"
    with StoreWriter(target) as w:
        for i, name in enumerate(["Pokrovsk", "Toretsk", "Yasenove"]):
            k, v = names.keys(name)
            w.add_place(place(i, 48.0 + i / 10, 37.0), [(name, "primary", k, v)])
        w.set_meta(source="t")
        assert names.keys.cache_info().currsize >= 3  # the build remembers its keys ...
    assert names.keys.cache_info().currsize == 0  # ... and drops them once committed
    assert names._skeleton.cache_info().currsize == 0
    hits = Store(target).lookup_keys([names.key("Торецьк")])
    assert [p.name for p, *_ in hits] == ["P1"]
    assert Store(target).all_keys() == tuple(sorted(Store(target).all_keys()))


def test_an_embedded_store_from_another_shipped_extract_is_rebuilt(tmp_path, embedded_home):
    # an upgrade that ships a larger extract (facilities, rule facility_point) rebuilds the
    # embedded store once; a store of this package's extract is kept
    import shutil
    import sqlite3

    from gazetteer.datadir import store_dir
    from gazetteer.install import _stale

    path = tmp_path / "embedded.sqlite"
    shutil.copy(store_dir(embedded_home) / "embedded.sqlite", path)
    assert not _stale(path, embedded_extract=True)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'an older extract' WHERE key = 'extract_sha256'")
    assert _stale(path, embedded_extract=True)
    assert not _stale(path)  # other stores are judged by their schema only
