"""Acceptance of name resolution on real data (GeoNames UA from ../shared, KATOTTG from PyPI)."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gazetteer
from gazetteer import PlaceNotFound, UnknownAdmin, embedded


def best_id(gz, name, **kw):
    return gz.resolve(name, **kw).best.place.geonameid


@pytest.mark.parametrize(
    ("name", "kw", "expected"),
    [
        ("Toretsk", {}, 709354),
        ("Торецьк", {}, 709354),
        ("Dzerzhinsk", {"in_admin": "Donetsk oblast"}, 709354),
        ("Pokrovsk", {}, 704422),
        ("Покровськ", {}, 704422),
        ("Krasnoarmeysk", {}, 704422),
        ("Artemovsk", {}, 713174),
        ("Artyomovsk", {}, 713174),
        ("Chasov Yar", {}, 710915),
        ("Kurakhovo", {}, 695357),
        ("Avdeyevka", {"in_admin": "Donetsk oblast"}, 713122),
        ("Zaporizhzhia", {}, 687700),
        ("the city of Pokrovsk", {}, 704422),
        ("Покровська", {}, 704422),
        ("Sloviansk", {}, 693468),  # the city, not Nikopol under a historical name
        ("Слов'янська", {}, 693468),  # the genitive too (Nikopol's former name yields)
        ("Словʼянська", {}, 693468),
        ("Артемівська", {}, 713174),  # a former name no town bears now still reads
        ("Покровськом", {}, 704422),
        ("Покровска", {}, 704422),
    ],
)
def test_geonames_acceptance(gz_full, name, kw, expected):
    assert best_id(gz_full, name, **kw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Кучеревого Яру", 9111883),  # Кучерів Яр: a possessive adjective and its noun
        ("Часового Яру", 710915),
        ("Кривого Рогу", 703845),  # Кривий Ріг: both words change
        ("Красном Лимане", 704204),  # Красный Лиман, the Russian name of Lyman
        ("Малой Токмачке", 702153),
        ("Суджі", 486816),  # Суджа, not Suzhou (the stem "sudzh" + "ou")
        ("Балагана", 9112132),
    ],
)
def test_inflected_names_read_in_the_nominative(gz_full, name, expected):
    best = gz_full.resolve(name, fuzzy=False).best
    assert best.place.geonameid == expected
    assert best.match_kind == "inflected"
    assert "read as the nominative" in best.evidence[0]


def test_a_russian_inflected_name_read_through_its_ukrainian_spelling_is_a_variant(gz_full):
    # "малые щербаки", the nominative of "Малых Щербаках", is no place's key; its Ukrainian
    # spelling Малі Щербаки is: a spelling guessed across languages, as the nominative "Малые
    # Щербаки" is, so a variant that may place a statement and never call it false
    from gazetteer.resolver import SPELLING_FORM_EVIDENCE

    best = gz_full.resolve("Малых Щербаках", fuzzy=False).best
    assert best.place.geonameid == 11011094
    assert best.match_kind == "variant"
    assert best.evidence[0].startswith(SPELLING_FORM_EVIDENCE)
    # the variant key's look-alikes are no readings beside the spelling (Veremiivka for
    # "Яремовке")
    found = gz_full.resolve("Яремовке", fuzzy=False, limit=None)
    assert {c.place.name for c in found} == {"Yaremivka"}


def test_a_former_name_reached_by_another_spelling_never_outranks_an_exact_namesake(gz_full):
    # "Ивановка" in Ukrainian is Іванівка, a name Bilozerka (Kherson Oblast) once had: a guessed
    # spelling of a former name follows every village that bears the name as written
    found = gz_full.resolve("Ивановка", limit=None)
    assert found.best.match_kind == "exact"
    bilozerka = [c for c in found if c.place.name == "Bilozerka"]
    exact = [c for c in found if c.match_kind == "exact"]
    assert bilozerka and all(b.score < min(c.score for c in exact) for b in bilozerka)


def test_inflected_adjectival_names_are_not_a_shorter_place(gz_full):
    # "Покровському" is the dative of Покровське, never of Покровськ ("Покровську")
    found = gz_full.resolve("Покровському", fuzzy=False, limit=None)
    assert found.best.place.name == "Pokrovske"
    assert 704422 not in {c.place.geonameid for c in found}
    assert "'покровське'" in found.best.evidence[0]
    # "Курахового" is Курахове, read for sure (no stripped stem offers Kurakhivka beside it)
    kurakhove = gz_full.resolve("Курахового", fuzzy=False)
    assert kurakhove.best.place.geonameid == 695357 and not kurakhove.ambiguous
    # a nominative name as written beats a stem guess ("Вильча" is no form of Vylchyky)
    assert gz_full.resolve("Вильча", fuzzy=False).best.match_kind == "exact"


def test_the_ending_stripper_still_reads_what_the_analyser_cannot(gz_full):
    gz_full.inflection = "stems"
    try:
        assert gz_full.resolve("Покровська", fuzzy=False).best.place.geonameid == 704422
        assert "ending stripped" in gz_full.resolve("Покровська", fuzzy=False).best.evidence[0]
    finally:
        gz_full.inflection = "both"
        gz_full._memo.clear()


def test_pokrovsk_is_the_city_not_its_station(gz_full):
    found = gz_full.resolve("Pokrovsk", limit=None)
    ids = [c.place.geonameid for c in found]
    assert ids[0] == 704422
    assert 704407 in ids
    assert not found.ambiguous
    assert gz_full.resolve("Pokrovsk railway station").best.place.geonameid == 704407


def test_former_names_say_so(gz_full):
    best = gz_full.resolve("Dzerzhinsk", in_admin="Donetsk oblast").best
    assert best.match_kind == "former"
    assert "former" in best.evidence[0] and "Toretsk" in best.evidence[0]
    assert gz_full.resolve("Krasnoarmeysk").best.match_kind == "former"
    assert gz_full.resolve("Pokrovsk").best.match_kind == "exact"


def test_typo_resolves_fuzzily_and_is_flagged(gz_full):
    best = gz_full.resolve("Pokrovks").best
    assert best.place.geonameid == 704422
    assert best.match_kind == "fuzzy"
    assert 0.8 <= best.similarity < 1


def test_unknown_name_raises_place_not_found_with_what_was_tried(gz_full):
    with pytest.raises(PlaceNotFound) as info:
        gz_full.resolve("Xyzzyville")
    err = info.value
    assert isinstance(err, LookupError)
    assert "xyzzyville" in str(err) and "fuzzy" in str(err)
    assert err.tried and err.suggestions
    assert "Next:" in str(err)


def test_two_yasenoves_are_ambiguous_until_context_decides(gz_full):
    bare = gz_full.resolve("Yasenove")
    assert bare.ambiguous
    assert {c.place.geonameid for c in bare[:2]} == {9112386, 688380}
    for kw in (
        {"in_admin": "Donetsk oblast"},
        {"in_admin": "Донецька область"},
        {"near": "Pokrovsk"},
    ):
        found = gz_full.resolve("Yasenove", **kw)
        assert found.best.place.geonameid == 9112386, kw
        assert not found.ambiguous, kw
    sumy = gz_full.resolve("Yasenove", in_admin="Sumy oblast").best.place
    assert sumy.geonameid == 688380


def test_raion_context_and_point_context(gz_full):
    assert best_id(gz_full, "Yasenove", in_admin="Pokrovsk raion") == 9112386
    assert best_id(gz_full, "Yasenove", in_admin="Donetsk region, Pokrovskyi district") == 9112386
    assert best_id(gz_full, "Yasenove", near=(48.28, 37.18)) == 9112386


def test_unknown_admin_is_a_clear_error(gz_full):
    with pytest.raises(UnknownAdmin, match="Atlantis"):
        gz_full.resolve("Yasenove", in_admin="Atlantis oblast")


def test_candidate_carries_names_admin_and_katottg(gz_full):
    place = gz_full.resolve("Pokrovsk").best.place
    assert place.name_uk == "Покровськ"
    assert place.name_ru == "Покровск"
    assert place.admin1 == "Donetsk Oblast"
    assert place.admin2 == "Pokrovsk Raion"
    assert place.katottg == "UA14160210010099403"
    assert math.isclose(place.lat, 48.28014) and math.isclose(place.lon, 37.17706)
    assert place.precision == "point"


def test_get_and_nearby(gz_full):
    assert gz_full.get(704422).name == "Pokrovsk"
    assert gz_full.get("geonames:9112386").name == "Yasenove"
    assert gz_full.get("katottg:UA14160210340041091").geonameid == 9112386
    with pytest.raises(PlaceNotFound):
        gz_full.get("geonames:1")
    near = gz_full.nearby(48.10558, 37.0666, 5)
    assert near[0][0].geonameid == 9112386 and near[0][1] < 0.01
    assert all(d <= 5 for _, d in near)
    assert [d for _, d in near] == sorted(d for _, d in near)


def test_country_filter(gz_full):
    assert gz_full.resolve("Pokrovsk", country="RU").best.place.country == "RU"
    with pytest.raises(PlaceNotFound):
        gz_full.resolve("Yasenove", country="PL")


def test_to_geodataframe(gz_full):
    pytest.importorskip("geopandas")
    frame = gz_full.to_geodataframe(gz_full.resolve("Yasenove"))
    assert frame.crs.to_epsg() == 4326
    assert list(frame.geonameid) == [c.place.geonameid for c in gz_full.resolve("Yasenove")]
    assert frame.geometry.iloc[0].x == frame.lon.iloc[0]


# -- embedded default only -------------------------------------------------


def test_embedded_resolves_cities_to_the_point(gz_embedded):
    for name, gid in (("Pokrovsk", 704422), ("Toretsk", 709354), ("Dzerzhinsk", 709354)):
        best = gz_embedded.resolve(name, in_admin="Donetsk oblast").best
        assert best.place.geonameid == gid
        assert best.place.precision == "point"


def test_embedded_arabic_names_without_their_article_or_with_ah(gz_embedded):
    # "Obeid" is El Obeid, "Hodeidah" Al Ḩudaydah (alternate "Hodeida"): other spellings,
    # tried only when no exact key matches, and only for places abroad
    assert 379003 in {c.place.geonameid for c in gz_embedded.resolve("Obeid")}
    assert gz_embedded.resolve("Hodeidah").best.place.geonameid == 79415
    assert gz_embedded.resolve("Pokrovsk").best.place.country == "UA"


def test_embedded_russian_spellings_of_ukrainian_villages(gz_embedded):
    # "Дерилово" is Дерилове (dev F2RU…): its Ukrainian form's exact key, in Ukraine only, tried
    # when no exact key matches; it outranks the sound-alikes of the Latin names
    found = gz_embedded.resolve("Дерилово")
    assert found.best.place.name == "Derylove" and found.best.match_kind == "variant"
    assert found.best.evidence[0].startswith("another spelling of the name")
    assert all(c.place.country == "UA" for c in found)
    assert gz_embedded.resolve("Сухая Каменка").best.place.name == "Sukha Kamianka"


@pytest.mark.parametrize(
    ("name", "expected", "look_alike"),
    [
        ("Покровске", "Pokrovsk", "Pokrovske"),  # Russian locative: "бои в Покровске"
        ("Торецке", "Toretsk", "Toretske"),
    ],
)
def test_embedded_russian_locative_is_no_look_alike_village(
    gz_embedded, name, expected, look_alike
):
    # keys drop the soft sign, so "Покровске" shares its key with the villages Покровське; the
    # nominative reading names Покровск as spelled and the key match is only a look-alike
    found = gz_embedded.resolve(name)
    assert found.best.place.name == expected and not found.ambiguous
    others = [c for c in found if c.place.name == look_alike]
    assert others and all(c.match_kind == "variant" for c in others)
    # the village's own spellings still match it exactly
    assert gz_embedded.resolve(look_alike).best.place.name == look_alike


def test_embedded_village_spelled_as_written_keeps_its_exact_match(gz_embedded):
    for name in ("Покровське", "Покровское", "Торецьке"):
        best = gz_embedded.resolve(name).best
        assert best.match_kind == "exact" and best.place.name in ("Pokrovske", "Toretske")


def test_embedded_yasenove_at_point_precision_without_an_install(gz_embedded):
    best = gz_embedded.resolve("Yasenove", in_admin="Donetsk oblast").best
    place = best.place
    assert place.geonameid == 9112386 and place.precision == "point"
    assert math.isclose(place.lat, 48.10558) and math.isclose(place.lon, 37.0666)
    assert place.katottg == "UA14160210340041091"
    assert place.feature_class == "P"


def test_embedded_codifier_only_village_at_hromada_precision_with_advice(gz_embedded):
    # Krasnopolivka (Soledarska hromada) is in the KATOTTG codifier but not in GeoNames
    best = gz_embedded.resolve("Krasnopolivka", in_admin="Donetsk oblast").best
    place = best.place
    assert place.precision == "hromada"
    assert place.katottg == "UA14020090150024401"
    assert place.hromada == "Soledarska"
    assert place.radius_km >= 8
    assert place.precision_note
    assert any("hromada precision" in e for e in best.evidence)


def test_embedded_status_records_the_dump(gz_embedded):
    meta = gz_embedded.status()[0]
    record = embedded.extract_record()
    assert meta["sha256"] == record["dump_sha256"] and meta["date"] == record["dump_date"]
    assert "GeoNames" in meta["attribution"]
    assert embedded.EXTRACT.stat().st_size <= 3_000_000


def test_embedded_without_geonames_suggests_installing(gz_embedded):
    with pytest.raises(PlaceNotFound, match="gazetteer install CC"):
        gz_embedded.resolve("Xyzzyville")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_resolve_raises_nothing_but_place_not_found(gz_full, text):
    try:
        found = gz_full.resolve(text)
    except PlaceNotFound:
        return
    assert all(0 <= c.score <= 1 for c in found)


def test_open_without_any_store_explains(tmp_path):
    with pytest.raises(gazetteer.InstallError, match="gazetteer install"):
        gazetteer.open(tmp_path, build=False)


def test_a_name_not_found_offline_is_remembered_with_its_suggestions(gz_embedded, monkeypatch):
    from gazetteer.errors import PlaceNotFound

    with pytest.raises(PlaceNotFound) as first:
        gz_embedded.resolve("Qxzqxzqxzqxz")
    assert "no place named" in str(first.value)

    def no_second_search(*args, **kwargs):
        raise AssertionError("the fuzzy search ran again")

    monkeypatch.setattr(gz_embedded, "_fuzzy", no_second_search)
    with pytest.raises(PlaceNotFound) as again:
        gz_embedded.resolve("Qxzqxzqxzqxz")
    assert str(again.value) == str(first.value)
    assert again.value.suggestions == first.value.suggestions
    assert again.value is not first.value


def test_resolve_together_skips_the_nearest_names_of_a_name_not_found(gz_embedded, monkeypatch):
    """Names resolved together that match nothing are left out without the slow look-up of
    their nearest names (nothing shows them); ``resolve`` of the name still gives them."""
    import gazetteer
    from gazetteer.errors import PlaceNotFound

    with gazetteer.open(gz_embedded.home, build=False) as gz:  # a fresh memo
        cutoffs = []
        fuzzy = gz._fuzzy
        monkeypatch.setattr(
            gz, "_fuzzy", lambda k, cutoff, limit: cutoffs.append(cutoff) or fuzzy(k, cutoff, limit)
        )
        found = gz.resolve_together(["Pokrovsk", "Pokrzzzzsk"])
        assert set(found) == {"Pokrovsk"}
        assert cutoffs == [80.0]  # the fuzzy tier of the match, no suggestions
        assert gz.resolve_together(["Pokrzzzzsk"]) == {}
        assert cutoffs == [80.0]  # remembered as not found
        with pytest.raises(PlaceNotFound) as err:
            gz.resolve("Pokrzzzzsk", limit=None)
        assert cutoffs == [80.0, 80.0, 50.0]  # resolve() looks the nearest names up
        assert err.value.suggestions and "Nearest names" in str(err.value)
        assert gz.resolve_together(["Pokrzzzzsk"]) == {}
