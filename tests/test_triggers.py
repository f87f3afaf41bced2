"""The word prefilter of lexicon patterns (frontmap.triggers): a speed device, so it must never
hide a match."""

import re

import pytest

from frontmap.triggers import search_between, trigger


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bthe (?:defen[cs]e )?ministry\b(?! of)", {"ministry"}),
        (r"\bthe (?:military|army)\b(?= said)", {"military", "army"}),
        (r"Russia[’']s (?:general staff|defen[cs]e ministry)", {"general", "ministry"}),
        (r"(?:захопил|окупувал)\w* (?:село|селище)", {"захопил", "окупувал"}),
        (r"colou?r", {"colo"}),  # the run stops before an optional letter
        (r"(?:the )?Ba", None),  # nothing of three letters every match needs
        (r"\bбо[їяю]\w*", None),
        # no word of three letters: a phrase of short words every match writes
        (r"\bas of (?:1[2-9]|2[0-3])[:.]\d{2}\b", {"as of"}),
        (r"\bas (?:of|at) \d", None),  # "as" alone tells too little
    ],
)
def test_trigger_words_are_what_every_match_needs(pattern, words):
    assert trigger(pattern) == (frozenset(words) if words else None)


@pytest.mark.parametrize(
    "pattern",
    [r",\s*(?:щоб|чтобы)\b", r"(?-i:,\s*(?:admitting|conceding)\b)", r"\bfor months\b"],
)
def test_search_between_finds_what_a_window_search_finds(pattern):
    """Every window of a list after one action: the same answer as searching the window."""
    compiled = re.compile(pattern, re.I)
    sent = (
        "Russian forces captured Pokrovsk, Toretsk and Lyman, щоб Siversk, conceding Kupiansk"
        " and Avdiivka, чтобы Kurakhove, admitting for months Bakhmut, Chasiv Yar."
    )
    starts = [0, 8, 24, 60]
    for lo in starts:
        for hi in range(lo, len(sent) + 1):
            want = compiled.search(sent, lo, hi)
            got = search_between(compiled, sent, lo, hi)
            assert (got and got.span()) == (want and want.span()), (lo, hi)
