"""Nominative readings of inflected Ukrainian and Russian names (pymorphy3)."""

import pytest

from gazetteer.inflection import lemmas, stems
from gazetteer.names import key


@pytest.mark.parametrize(
    ("form", "nominative"),
    [
        ("Черкаську Конопельку", "черкаська конопелька"),
        ("Кучеревого Яру", "кучерів яр"),
        ("Часового Яру", "часів яр"),
        ("Кривого Рогу", "кривий ріг"),
        ("Красном Лимане", "красный лиман"),
        ("Новоіванівки", "новоіванівка"),
        ("Покровська", "покровськ"),
        ("Покровському", "покровське"),
        ("Курахового", "курахове"),
        ("Гуляйполі", "гуляйполе"),
        ("Чернівців", "чернівці"),
        ("Палацу культури", "палац культури"),
        ("с. Новоіванівки", "новоіванівка"),
        # "малій" is also an indeclinable surname, whose readings once crowded the adjective out
        ("Малій Токмачці", "мала токмачка"),
        # a town in -цк/-ськ in the instrumental, which the analyser reads as an adjective
        ("Торецком", "торецк"),
        ("Торецьком", "торецьк"),
    ],
)
def test_each_word_is_put_in_the_nominative_agreeing(form, nominative):
    assert nominative in lemmas(form)


def test_readings_never_mix_cases_or_keep_the_name_as_written():
    assert "кучеревого яр" not in lemmas("Кучеревого Яру")
    assert lemmas("Покровськ") == ()
    assert lemmas("Pokrovsk") == ()
    # a single word in -ового is the neuter -ове, not a possessive in -ів
    assert "плехів" not in lemmas("Плехового")


def test_many_word_stems_read_the_words_before_the_last():
    # the analyser takes "Луга" for a feminine noun: the stripper reads the last word
    assert key("товстий луг") in stems("Товстого Луга")
    assert stems("Покровська") == ()


@pytest.mark.parametrize(
    ("word", "lang", "parts"),
    [
        ("олексій", "uk", {"Name"}),
        ("громов", "uk", {"Surn"}),
        ("біла", "uk", set()),  # also an adjective: "Біла Гора" is a village
        ("зоря", "uk", set()),  # also a noun
        ("покровськ", "uk", set()),
    ],
)
def test_person_name_parts_need_every_reading(word, lang, parts):
    from gazetteer.inflection import person_name_parts

    assert person_name_parts(word, lang) == parts
