import pytest

from gazetteer.admin import (
    OBLASTS,
    admin_level,
    oblast_by_admin1,
    oblast_by_katottg,
    oblast_variants,
)


@pytest.mark.parametrize(
    "text",
    ["Donetsk oblast", "Donetska oblast", "Donetsk region", "Донецька область", "Донецкой области"],
)
def test_every_way_of_writing_donetsk_oblast(text):
    bare, level = admin_level(text)
    assert level == "oblast"
    assert bare in oblast_variants(oblast_by_admin1("05"))


def test_raion_words():
    assert admin_level("Pokrovskyi district") == admin_level("Покровський район")
    assert admin_level("Pokrovsk raion")[1] == "raion"


def test_table_ties_geonames_and_katottg_codes():
    assert len(OBLASTS) == 27
    assert oblast_by_katottg("UA14160210340041091").admin1 == "05"
    assert oblast_by_admin1("21").en == "Sumy Oblast"
    assert len({a.katottg for a in OBLASTS}) == 27
