"""The lexicon files (frontmap/lexicon/*.json): data every reader shares."""

import json
from pathlib import Path

import pytest

from frontmap.lexicon import LANGUAGES, lexicon

LEXICON_DIR = Path(__file__).resolve().parents[1] / "frontmap" / "lexicon"


def _no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"keys given twice (the last silently wins): {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.json")), ids=lambda p: p.name)
def test_no_key_is_given_twice(path):
    # a merge of two branches that both add to one list or dict can repeat a key; JSON keeps
    # the last value without a word (a qualifier's meaning changed that way once)
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)


@pytest.mark.parametrize("key", ["negations", "negation_exempt", "hypothetical_cues",
                                 "falsity_cues", "contrast_leads", "region_names"])  # fmt: skip
def test_the_not_asserted_words_exist_in_every_language(key):
    for lang in LANGUAGES:
        assert getattr(lexicon((lang,)), key), (lang, key)
