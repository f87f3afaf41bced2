"""The word prefilter of lexicon patterns (frontmap.triggers): a speed device, so it must never
hide a match."""

import pytest

from frontmap.triggers import trigger


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
    ],
)
def test_trigger_words_are_what_every_match_needs(pattern, words):
    assert trigger(pattern) == (frozenset(words) if words else None)
