"""Place mentions: runs of capitalised words looked up in the gazetteer, the namesakes kept, and what
decides between them (a region named, a raion, places nearby, a statement's figure)."""

from __future__ import annotations

import re
from collections import deque
from contextlib import suppress
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from gazetteer import PlaceNotFound
from gazetteer.inflection import person_name_parts
from gazetteer.model import Candidate, Candidates
from gazetteer.names import key

from ..anchors import anchors_in, foreign_in, foreign_region_codes
from ..lexicon import lexicon, writes_own_letters
from ..statements import place_name
from ..triggers import may_hold
from ..verify import resolve_context
from .model import Mention
from .text import _region_listed, _title_case, report_language, sentence_languages
from .vocabulary import (
    _ACRONYM_WORD,
    _CAP_RUN,
    _COMMON,
    _CYRILLIC,
    _FEATURE_BEFORE,
    _INITIALS,
    _LIST_AFTER,
    _LIST_BEFORE,
    _LIST_GOES_ON,
    _POSSESSIVE,
    _POSSESSIVE_IN_RUN,
    _REGION_NAMES,
    _REPORTED_COUNTRIES,
    _SAID_AFTER,
    ALTERNATE_SIMILARITY,
    FOREIGN_MENTION_POPULATION,
    LIST_REACH,
    ClaimWords,
    claim_words,
)
from .voices import _actions, _claimants_in

#: How far before a name the words of fire coming from it are looked for (rule ``fired_from``:
#: "firing from the territory of temporarily occupied Enerhodar").
FIRED_FROM_REACH = 110


def _find_mentions(gz, sents) -> list[Mention]:
    found: list[Mention] = []
    words_ = claim_words()
    not_places = words_.not_places
    report = report_language(" ".join(sent for _, _, sent in sents[:20]))
    for si, (start, _, sent) in enumerate(sents):
        langs = sentence_languages(sent, report)  # (read once a sentence)
        russian = "ru" in langs
        unknown: list[tuple] = []  # runs no gazetteer reading names (or only a variant)
        here = len(found)
        axis = [m.span() for m in words_.axis.finditer(sent)] if may_hold(words_.axis, sent) else []
        cyrillic = tuple(x for x in langs if x != "en")
        axis += [c[:2] for c in _claimants_in(sent, {}, cyrillic)] if cyrillic else []
        title = _latin_title_case(sent)
        runs = deque(
            [r for w in _LATIN_WORD.finditer(sent) if (r := _CAP_RUN.match(sent, w.start()))]
            if title
            else _CAP_RUN.finditer(sent)
        )
        # the words before a name that make it no place, looked for only where the sentence
        # holds one of their words (once per sentence, not once per name)
        unit_cue = may_hold(words_.unit_before, sent)
        speaker_cue = may_hold(words_.speaker_before, sent)
        origin_cue = may_hold(words_.origin_before, sent)
        fired_cue = may_hold(words_.fired_from_before, sent)
        while runs:
            m = runs.popleft()
            if title and len(found) > here and start + m.start() < found[-1].span[1]:
                continue  # a word of the name just found
            poss = _POSSESSIVE_IN_RUN.search(m.group())
            if poss is not None:
                # rule possessive_run: "Donetsk Oblast's Makarivka" is two names, the region
                # that owns and the place it owns
                rest = _CAP_RUN.match(sent, m.start() + poss.end())
                if rest is not None:
                    runs.appendleft(rest)
                m = _CAP_RUN.match(sent, m.start(), m.start() + poss.start())
                if m is None:
                    continue
            words = m.group().split()
            cut = next((i for i in range(1, len(words)) if _ACRONYM_WORD.match(words[i])), 0)
            if cut:
                # rule acronym_word: "Ківшарівку КАБами": the abbreviation after a name is no
                # word of it; the name ends before it
                m = _CAP_RUN.match(sent, m.start(), m.start() + len(" ".join(words[:cut])))
                words = words[:cut]
            if _ACRONYM_WORD.match(words[0]):
                # rule acronym_word: "9 РСЗВ-обстрілів Гуляйполя", "БпЛА-атак по …": an
                # abbreviation joined to a common noun is no name; the name is the rest
                if len(words) > 1:
                    runs.appendleft(_CAP_RUN.match(sent, m.start() + len(words[0]) + 1))
                continue
            if not_places.fullmatch(words[0]):
                continue  # "Украиной", "Глава": a country or a word, never a settlement
            if _INITIALS.search(sent, max(0, m.start() - 8), m.start()):
                continue  # "А. В. Захарченко": a person's surname
            if _FEATURE_BEFORE.search(sent, max(0, m.start() - 16), m.start()):
                continue  # "on the r. Desna", "річки Вовча": a river or lake, not the village
            if unit_cue and words_.unit_before.search(sent[max(0, m.start() - 30) : m.start()]):
                continue  # "the battlegroup West": a unit's name (rule unit_name)
            if speaker_cue and words_.speaker_before.search(
                sent[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "…, повідомив Сирський": who speaks, not a place (rule speaker_name)
            if origin_cue and words_.origin_before.search(sent[max(0, m.start() - 30) : m.start()]):
                continue  # "боєць, родом з Тернополя": where a person is from (rule origin_name)
            if (
                fired_cue
                and words_.fired_from_word.search(
                    sent, max(0, m.start() - FIRED_FROM_REACH), m.start()
                )
                and words_.fired_from_before.search(
                    sent[max(0, m.start() - FIRED_FROM_REACH) : m.start()]
                )
            ):
                continue  # "обстріляли Нікополь з Енергодара": where fire came from (rule fired_from)
            if _not_a_settlement(sent, m, words, axis, words_):
                continue  # rule non_settlement: an axis, a person, a quoted unit's name
            if _after_given_name(sent, m.start()):
                # rule given_name: a surname a run of capitals cut from its given name ("…
                # Днепропетровской ОВА Александр Ганжа": "Ганжа" on its own) is a person
                continue
            role = _word_before(sent, m.start())
            if (role and words_.person_roles.fullmatch(role.lower())) or (
                len(words) > 1 and words_.person_roles.fullmatch(words[0].lower())
            ):
                continue  # rule role_name: "Эксперт Кошкин:", "губернатор Гладков": a person
            if len(words) == 1 and _TITLE_ADJECTIVE.search(words[0]):
                role_after = _NEXT_WORD.match(sent, m.end())
                if role_after and words_.person_roles.fullmatch(role_after.group(1)):
                    # rule role_adjective: "доложил Верховному главнокомандующему": the
                    # adjective of a person's title (a role in lower case after it), no place
                    continue
            if len(words) > 1 and (
                (
                    _OPENING.fullmatch(sent, 0, m.start())
                    and (
                        (
                            _CYRILLIC.search(words[0])
                            and not any(_credible(c, words[0]) for c in _lookup(gz, words[0]) or ())
                        )
                        # "Near Kurakhove, …", "Around Pokrovsk …": an English preposition
                        or words_.location_before.fullmatch(words[0].lower() + " ")
                    )
                )
                # "Both Chernihiv and Kyiv …", 'the MOD said: "Both Chernihiv …': an English
                # function word opening the sentence or a quote (not an article: "The Hague")
                or (
                    words[0] in words_.opening_words
                    and (
                        _OPENING.fullmatch(sent, 0, m.start())
                        or _QUOTE_OPENING.search(sent, max(0, m.start() - 6), m.start())
                    )
                )
            ):
                # rule opening_word: a sentence's first word is capitalised by its place
                # ("Довкола Покровська", "Під Бахмутом"): the name is the rest of the run
                runs.appendleft(_CAP_RUN.match(sent, m.start() + len(words[0]) + 1))
                continue
            # try the longest run first, then shorter prefixes (e.g. "Chasiv Yar area")
            pending = None  # a run the text lists as a settlement that the gazetteer lacks
            for n in range(len(words), 0, -1):
                text = _POSSESSIVE.sub("", " ".join(words[:n]))
                low = text.lower()
                if low in _COMMON or len(text) < 4 or low in _DESCRIBED_PLACES:
                    # rule common_capital; "Село в Белгородской области …": a word, not Selo
                    continue
                end = m.start() + len(" ".join(words[:n]))
                after = sent[end : end + 12].lower()
                before = sent[max(0, m.start() - 30) : m.start()]
                text_key = key(text)
                is_region = text_key.startswith("donbas") or (  # rule oblast_name
                    text_key in _REGION_NAMES
                    and not words_.city_cue.search(before)
                    and not words_.city_cue.match(sent, end)  # "… and Kherson city"
                    # "struck Kharkiv": the city; "hit the Luhansk region town of X": the region
                    and not (words_.centre_target_before.search(sent[max(0, m.start() - 60) : m.start()])
                             and not after.lstrip().startswith(("region", "oblast")))
                    and (after.lstrip().startswith(("region", "oblast"))
                         or ((_LIST_BEFORE.search(before) or _LIST_AFTER.match(sent, end))
                             and (not _CYRILLIC.search(text)
                                  or _region_listed(sent, m.start(), end))
                             # "a drone crashed into a building in Kursk, injuring two": the
                             # city, though a comma follows it as in a list of regions (rule
                             # centre_target)
                             and not words_.centre_target_in_before.search(
                                 sent[max(0, m.start() - 60) : m.start()])))
                )  # fmt: skip
                if is_region:
                    found.append(Mention(text, (start + m.start(), start + end), si, "region", confidence=0.9,
                                         context="a region: named with 'region'/'oblast', in a list of regions, or Donbas"))  # fmt: skip
                    break
                if n == 1 and _SAID_AFTER.match(sent, end):
                    continue  # "Peskov said": a person
                if words_.area_after.fullmatch(words[n - 1]) or words_.area_after.match(sent, end):
                    continue  # rule area_name: "the Kupiansk District", "Vovchansk hromada"
                after_word = _NEXT_WORD.match(sent, end) if n == len(words) else None
                if (
                    after_word
                    and after_word[1][:1].islower()
                    and after_word[1] in words_.water_after
                ):
                    # rule feature_adjective: "над Азовским морем", "в Чорному морі", "біля
                    # Каховського водосховища": the adjective of a sea, lake or reservoir names
                    # no settlement (Azovske, Chorne)
                    found.append(Mention(text, (start + m.start(), start + end), si, "feature",
                                         context="the adjective of a feature: no settlement"))  # fmt: skip
                    break
                hits = _lookup(gz, text)
                if n > 1 and hits is not None and words[n - 1].lower() in lexicon().non_place:
                    # rule feature_name: "the Oskol River", "Kakhovka Dam" name no town (kept
                    # as a feature, which a place after it may only locate: "… near Kupyansk")
                    found.append(Mention(text, (start + m.start(), start + end), si, "feature",
                                         context="a river, dam or other feature: no settlement"))  # fmt: skip
                    continue
                if (
                    hits is not None
                    and _CYRILLIC.search(text)
                    and not any(_credible(c, text) for c in hits)
                    and all(c.place.country not in _REPORTED_COUNTRIES for c in hits)
                ):
                    # rule foreign_only_unresolved: a Cyrillic name whose only readings are
                    # foreign namesakes the text gives no ground for ("населенный пункт Чигари",
                    # a variant name of a US town) is a settlement the gazetteer lacks
                    hits = None
                if hits is None:
                    whole = n == len(words) <= (
                        MAX_UNRESOLVED_WORDS if _CYRILLIC.search(text) else 1
                    ) and (
                        _LIST_GOES_ON.match(sent, end)
                        # rule unresolved_in_region: "у села Мокрушино в Беловском районе"
                        or (_CYRILLIC.search(text) and _IN_REGION_AFTER.match(sent, end))
                    )
                    # "Вильча Харьковской области": the name, then its oblast's adjective
                    before_region = (
                        n == len(words) - 1 and _CYRILLIC.search(text) and _region_follows(sent, m)
                    )
                    latin = (
                        n == len(words) == 1
                        and not title  # "Russia Says Repelled Incursion …": every word capped
                        and not _CYRILLIC.search(text)
                        and _latin_listable(text, sent, m.start(), end)
                    )
                    if (
                        (whole or before_region or latin)
                        and pending is None
                        and words_.listed.search(sent, max(0, m.start() - LIST_REACH), m.start())
                    ):
                        # taken unless a shorter run is a place ("Удачное Донецкой Народной …")
                        pending = _unresolved(text, (start + m.start(), start + end), si,
                                              "a list after 'the villages of'")  # fmt: skip
                    elif latin and pending is None and _action_object(sent, m.start(), report):
                        pending = _unresolved(text, (start + m.start(), start + end), si,
                                              "the object of a claim's action")  # fmt: skip
                    if (
                        whole and _CYRILLIC.search(text) and not _unlisted(text, sent, end)
                    ) or latin:
                        unknown.append((m.start(), end, text, None))
                    continue
                # the first reading that is credible evidence of a place (see _credible)
                best = next((c for c in hits if _credible(c, text)), None)
                if best is None:
                    continue
                if m.start() == 0 and low in _COMMON:
                    continue
                if title and (
                    best.place.country not in _REPORTED_COUNTRIES
                    or (
                        n == 1
                        and (key(text) in _REGION_NAMES or not _named_elsewhere(text, sents, si))
                    )
                ):
                    # "Villages Fall", "Made Progress Near …": a headline's capitals make words
                    # look like towns; one word counts only when the report names it elsewhere,
                    # and an oblast's name ("Gains in Donetsk") is left unread
                    continue
                if (
                    n == 1
                    and best.match_kind in ("inflected", "variant")
                    and _OPENING.fullmatch(sent, 0, m.start())
                ):
                    # "Двоє людей …", '"Загалом упродовж доби …"': an inflected reading of a
                    # sentence's first word (after an opening quote too)
                    continue
                if best.match_kind == "variant" and (
                    not russian or (n < len(words) and not _region_follows(sent, m))
                ):
                    if n == len(words) and not _unlisted(text, sent, end):
                        # in Ukrainian text only when listed with settlements ("Огурцово")
                        unknown.append((m.start(), end, text, _mention(
                            text, (start + m.start(), start + end), si, hits, best,
                            f"{best.evidence[0]}; a Russian spelling listed with settlements",
                            ("listed_spelling",),
                        )))  # fmt: skip
                    continue  # a Russian spelling is read in Russian text only ("Волошин"),
                    # and not as the first word of a longer name ("Денис Пушилин")
                if n < len(words) and not title and _partial_name(sent, m, words[n:]):
                    found += [pending] if pending else []
                    break  # "Товстого Луга": the first word of a longer name is not a place
                if pending is not None and not _region_after(sent, end):
                    # rule listed_whole_name: "село Новая Погощь Суземского района": the
                    # settlement the text names is the whole unknown name, not its first word
                    # (a shorter run wins only before a region: "Удачное Донецкой …")
                    found.append(pending)
                    break
                mention = _mention(text, (start + m.start(), start + end), si, hits, best,
                                   "; ".join(best.evidence[:1]))  # fmt: skip
                if best is not hits.best:  # a lower reading: the report's context must decide
                    mention = replace(mention, ambiguous=True)
                found.append(mention)
                break
            else:
                found += [pending] if pending else []
        found += _listed_with_places(sent, start, si, found[here:], unknown, words_.list_link)
    return found


_LATIN_WORD = re.compile(r"\b[A-Za-z][\w'’\-]*")


#: A headline is short: a longer line of capitalised words is a list of names, not a title.
TITLE_MAX_WORDS = 20


def _named_elsewhere(word: str, sents, si: int) -> bool:
    """Whether a capitalised word of a headline is also written in another sentence."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(pattern.search(text) for j, (_, _, text) in enumerate(sents) if j != si)


#: Rule title_case: three capitalised names joined as a list ("Huliaipole, Orikhiv, Mala
#: Tokmachka and …"): a sentence of listed places, whose capitals are names, not a headline's
#: (nor is a line that ends with a full stop: headlines do not).
_LISTED_NAMES = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:,\s+|,?\s+(?:and|or)\s+)[A-Z]"
)


def _latin_title_case(sent: str) -> bool:
    """Rule ``title_case``: whether a line is an English headline in title case (``_title_case``
    — "Russia Says Forces Seized Village in Eastern Ukraine" —, not in capitals), where a capital
    says nothing about a name — so every capitalised word may start one ("… Town Of Lyman Is
    Under …": Lyman), and a place followed by capitalised words is no part of a longer name.
    Only places of the countries reported on count there ("Villages Fall" names no Florida
    town), and a one-word name only when another sentence of the report writes it too ("Made
    Progress Near Robotyne": Progress is also a village)."""
    return (
        len(sent.split()) <= TITLE_MAX_WORDS
        and _title_case(sent)
        and not _CYRILLIC.search(sent)
        and not _LISTED_NAMES.search(sent)
        and not sent.rstrip().endswith(".")  # "Strikes hit Orikhiv and Huliaipole.": prose
        and not all(w.isupper() for w in _LATIN_WORD.findall(sent) if len(w) > 3)
    )


#: Case endings of a given name ("Володимира", "Владимиром"); a longer ending makes another
#: word ("Олександрія", a town).
_GIVEN_NAME_ENDING = re.compile(r"(?:а|я|у|ю|ом|ем|ові|еві|е|і)?")


@lru_cache(maxsize=8)
def _given_name_forms(names: tuple[str, ...]) -> re.Pattern:
    """A given name of ``names`` (lower case) and one of its :data:`_GIVEN_NAME_ENDING`: one
    pattern tried once, not each name in turn."""
    alts = "|".join(re.escape(n.lower()) for n in names) or "(?!)"
    return re.compile(rf"(?:{alts}){_GIVEN_NAME_ENDING.pattern}")


def _not_a_settlement(sent: str, run: re.Match, words: list[str], axis, w: ClaimWords) -> str:
    """Rule ``non_settlement``: why a capitalised run names no settlement, or "".

    An adjective of an axis or of a list of axes ("на Лиманському, 25 – на Сіверському
    напрямках") or a word of a claimant's name ("Кремля", "Сили оборони"; both in ``axis``,
    the spans of such names); a given name before a capitalised surname ("Володимир Зеленський"); a
    name in quotation marks right after the opening mark («Южная», угруповання "Схід",
    «Свободная пресса»: a grouping, unit or organisation); adjectives before a region word
    ("Бахмутского района", "в Покровському районі"). A run followed by its region word
    ("Володимир Волинської області") is not a person.
    """
    start = run.start()
    if any(a <= start < b for a, b in axis):
        return "an axis or a claimant's name"
    if (
        len(words) == 1
        and _ADJECTIVE.search(words[0].lower())
        and w.non_place_after.match(sent, run.end())
    ):
        return "a raion, oblast or axis adjective"  # "Бахмутского района"
    if start and sent[start - 1] in '«„"“' and _QUOTE_CLOSE.match(sent, run.end()):
        return "a quoted name"
    if start and sent[start - 1] == "#":
        return "a hashtag"  # rule hashtag: "#Курахово" tags a post, it claims no place
    if w.outlet_title_after.match(sent, run.end()):
        return "an outlet's name"  # rule outlet_title: "The New York Times", "the Kyiv Post"
    if may_hold(w.water_before, sent) and w.water_before.search(
        sent, max(0, start - WATER_REACH), start
    ):
        return "a river's or a lake's name"  # rule water_name: "на березі Інгульця"
    if (
        len(words) > 1
        and _CYRILLIC.search(words[0])
        and _given_name_forms(w.given_names_text).fullmatch(words[0].lower())
        and not w.non_place_after.match(sent, run.end())
    ):
        return "a person's name"
    if (
        len(words) > 1
        and not _CYRILLIC.search(words[0])
        and key(words[0]) in w.given_names
        and not w.non_place_after.match(sent, run.end())
    ):
        # rule given_name (Latin): "Vladimir Rogov", "Oleksandr Syrskyi": a given name and a
        # surname name a person — never Volodymyr or Oleksandriia, nor context for namesakes
        return "a person's name"
    if may_hold(w.quote_speaker_before, sent) and w.quote_speaker_before.search(
        sent, max(0, start - 80), start
    ):
        return "a person's name"  # "«…», — сказав Громов": who said the quote
    if len(words) == 2 and _CYRILLIC.search(words[0]) and _given_and_surname(*words):
        return "a person's name"  # "Олексій Громов": the dictionary's given name and surname
    return ""


#: How far before a name the words of rule ``water_name`` ("on the left bank of the") reach.
WATER_REACH = 40


def _given_and_surname(first: str, second: str) -> bool:
    """Whether the dictionary reads ``first`` as a given name and ``second`` as a surname."""
    return any(
        "Name" in person_name_parts(first.lower(), lang)
        and "Surn" in person_name_parts(second.lower(), lang)
        for lang in ("uk", "ru")
    )


#: What closes a quoted name: the closing mark, or a few lowercase words and then it
#: («Свободная пресса»).
_QUOTE_CLOSE = re.compile(r"(?:\s+[a-zа-яіїєґё][\w’'-]*){0,3}[»\"”]")


#: A raion, district or oblast in the locative right after a name ("… Мокрушино в Беловском
#: районе", "… у Біловському районі"; rule ``unresolved_in_region``): where the name is, so a
#: settlement the gazetteer lacks may end there as it ends a list.
_IN_REGION_AFTER = re.compile(
    r"\s+(?:в|во|у|на)\s+(?-i:[А-ЯЁІЇЄҐ])[\w’'-]*(?:ском|цком|ському|цькому|ской|цкой|ській|цькій)"
    r"\s+(?:район|округ|област|муниципальн|городск|міськ)\w*"
)


#: Words of a name not in the gazetteer that a list may still name as a settlement.
MAX_UNRESOLVED_WORDS = 3


def _unresolved(text: str, span: tuple[int, int], si: int, why: str) -> Mention:
    """A settlement the gazetteer does not know: kept (never drawn) under its nominative."""
    return Mention(text, span, si, "unresolved", name=_nominative(text),
                   context=f"not in the gazetteer; the text names it a settlement ({why})")  # fmt: skip


def _unlisted(text: str, sent: str, end: int) -> bool:
    """Whether an unknown capitalised run cannot be a settlement of a list: an abbreviation,
    a word of the lexicon's non-places, or an oblast or raion adjective before its region word."""
    w = claim_words()
    return (
        any(x.isupper() for x in text.split())
        or bool(w.not_places.fullmatch(text.split()[0]))
        or bool(w.non_place_after.match(sent, end))
    )


#: A single Latin-script name as a list may name a settlement the gazetteer lacks ("Vnezapnoe").
_LATIN_NAME = re.compile(r"(?-i:[A-Z][a-z\u00e0-\u024f]+(?:[’'-][A-Za-z\u00e0-\u024f]+)*)")


def _latin_listable(text: str, sent: str, at: int, end: int) -> bool:
    """Rule ``listed_with_places`` (Latin script): whether an unknown capitalised word may be
    an item of a list of settlements — a capitalised word ("Vnezapnoe", not "AFP" or
    "DeepState"), not a sentence's first word, a day, a month or a given name, followed by a
    comma, a joining word, the sentence's end or (the last item) a preposition."""
    w = claim_words(("en",))
    low = text.lower()
    return bool(
        _LATIN_NAME.fullmatch(text)
        and not _OPENING.fullmatch(sent, 0, at)
        and low not in w.months
        and low not in w.weekdays
        and key(text) not in w.given_names
        and not _unlisted(text, sent, end)
        and (_LIST_GOES_ON.match(sent, end) or w.list_end_after.match(sent, end))
        and not _sources_list(sent, end, w)
    )


def _action_object(sent: str, at: int, report: str) -> bool:
    """Rule ``action_object``: whether a name the gazetteer lacks at ``at`` is an English
    action's object ("forces had liberated Zaritsevo", "the first attack in Nikolaevo-Darino",
    "near the village of Zaritsevo"): what stands between them is the lexicon's
    ``object_gap``."""
    langs = sentence_languages(sent, report)
    if "en" not in langs:
        return False
    w = claim_words(("en",))
    return any(w.object_gap.fullmatch(sent, a[1], at) for a in _actions(sent, langs) if a[1] <= at)


#: How many names after a word :func:`_sources_list` reads (linear time on any list).
LIST_TAIL_REACH = 12


def _sources_list(sent: str, end: int, w: ClaimWords) -> bool:
    """Whether the names linked after ``end`` run into a verb of saying ("…, Reuters and
    Bloomberg reported"): a list of sources or people, not of settlements."""
    pos, bare = end, False
    for _ in range(LIST_TAIL_REACH):
        link = w.list_link.match(sent, pos)
        word = _CAP_WORD.match(sent, link.end()) if link else None
        if word is None:
            break
        pos, bare = word.end(), link.group().strip() == ","
    if bare:
        return False  # "… in Nikolaevo-Darino, DeepState said": the comma sets off the speaker
    return bool(w.non_place_after.match(sent, pos) or w.speech.match(sent, pos + 1))


def _listed_with_places(sent, start, si, mentions, unknown, link) -> list[Mention]:
    """Rule ``listed_with_places``: a Cyrillic name the gazetteer does not know that is listed
    with settlements ("освободили Звановку, Петровское и Васюковку": an item of the list, linked
    to a settlement by a comma or "і"/"и" directly) is a settlement too, kept unresolved; a
    Russian spelling in Ukrainian text so listed takes its spelling-variant reading."""
    taken = {(m.span[0] - start, m.span[1] - start) for m in mentions}
    unknown = [
        u for u in unknown
        if u[:2] not in taken  # already read after "the villages of"
        # a region's name ("Красноармейска в Донецкой Народной Республике и Волчанска") is
        # where a listed place lies, never an item of the list
        and u[2].split()[-1].lower() not in _REGION_WORDS
        # a surname after a given name ("сообщил глава ОВА Александр Ганжа") is a person
        # named after the list, never an item of it (rule given_name)
        and not _after_given_name(sent, u[0])
    ]  # fmt: skip
    if not unknown or not mentions:
        return []
    items = sorted(
        [(m.span[0] - start, m.span[1] - start, m.kind in _LIST_SEEDS, None) for m in mentions]
        + [(a, b, False, (text, variant)) for a, b, text, variant in unknown],
        key=lambda item: item[:2],
    )
    placed = [item[2] for item in items]
    linked = [
        bool(link.fullmatch(sent, items[i][1], items[i + 1][0])) for i in range(len(items) - 1)
    ]
    # a list is a run of linked items: one pass each way reaches every item of a run that
    # holds a settlement
    for i in range(1, len(items)):
        placed[i] = placed[i] or (placed[i - 1] and linked[i - 1])
    for i in range(len(items) - 2, -1, -1):
        placed[i] = placed[i] or (placed[i + 1] and linked[i])
    return [
        found[1] or _unresolved(found[0], (start + a, start + b), si, "listed with settlements")
        for (a, b, _, found), ok in zip(items, placed, strict=True)
        if ok and found is not None
    ]


_REGION_WORDS = lexicon().region_words


def _after_given_name(sent: str, at: int) -> bool:
    """Whether the word right before ``at`` is a capitalised given name of the claims
    lexicons ("Александр" in "Александр Ганжа")."""
    before = _word_before(sent, at)
    if not before or not before[:1].isupper():
        return False
    w = claim_words()
    return bool(
        _given_name_forms(w.given_names_text).fullmatch(before.lower())
        or key(before) in w.given_names
    )


#: What may seed a list of names the gazetteer lacks: a settlement, or a name already taken
#: as a claim's place ("had taken Mahnovka and Zaoleshenka": the first is the action's object).
_LIST_SEEDS = ("settlement", "unresolved")


_OBLIQUE = re.compile(r"(?:у|ю|ої|ого|ому|ой|ую|ою|ею|ом|ем)$")


def _nominative(text: str) -> str:
    """The nominative of a Cyrillic name the gazetteer lacks, when its last word has an oblique
    case ending and the analyser reads it one way only ("Черкаську Конопельку" → "Черкаська
    Конопелька"); else the name as written."""
    if not _CYRILLIC.search(text) or not _OBLIQUE.search(text.lower().split()[-1]):
        return text
    from gazetteer.inflection import lemmas

    readings = lemmas(text)
    if len(readings) != 1:
        return text
    return re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), readings[0])


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+\.?)")


#: The word right before a run of capitals ("эксперт" in "… эксперт Кошкин").
def _word_before(sent: str, at: int) -> str | None:
    r"""The word of letters right before ``at``, white space between, within the 40 characters
    before it: what ``([^\W\d_]+)\s+$`` finds there, read from the end instead of tried at every
    position (a tenth of the time, once per capitalised run)."""
    lo = max(0, at - 40)
    end = lo + len(sent[lo:at].rstrip())
    if end == at:
        return None  # no white space before ``at``
    start = end
    while start > lo and (c := sent[start - 1]).isalnum() and not c.isdecimal() and c != "_":
        start -= 1
    return sent[start:end] if start < end else None


#: What may precede a sentence's first word: quotes, brackets, bullets, dashes.
_QUOTE_OPENING = re.compile(r"[:,]\s*[\"“«„]\s*$")


_OPENING = re.compile(r"[\s\"«“„'(•*\-–—]*")


def _partial_name(sent: str, run: re.Match, rest: list[str]) -> bool:
    """Whether a run's first words are only part of a name the gazetteer lacks ("Черкаську
    Конопельку": not Cherkasy; "Antonina Ustymenko", a person). The words after a place may
    instead be its oblast or raion ("Хотень Сумской области", "Kherson Oblast") or an
    abbreviation ("Горловка ДНР"), or a word that starts something else: a day or month
    ("captured Kupiansk Monday"), a title ("Pokrovsk Mayor …"), a claimant ("біля Покровська
    Сили оборони …")."""
    if all(w.isupper() for w in rest):
        return False
    w, lex = claim_words(), lexicon()
    first = rest[0].lower().strip("’'")
    if first in w.weekdays or first in w.months or w.person_roles.fullmatch(first):
        return False
    nxt = _NEXT_WORD.match(sent, run.end())
    following = nxt.group(1).lower() if nxt else ""
    if following in lex.region_qualifiers and (after := _NEXT_WORD.match(sent, nxt.end())):
        # rule qualified_region: "Очеретино Ясиноватского муниципального округа", "Горловке
        # Горловского городского округа": the region word after its qualifier
        following = after.group(1).lower()
    if (
        first in lex.region_words
        or first in lex.settlement_words
        or (following in lex.region_words or following.rstrip(".") in lex.region_words)
        or w.non_place_after.match(sent, run.end())
    ):
        return False  # "Kherson Oblast", "Kyiv City", "Хотень Сумской области"
    after = sent[run.end() - len(" ".join(rest)) :][:60]
    return not any(c[0] == 0 for c in _claimants_in(after, {}))


def _region_after(sent: str, end: int) -> bool:
    """Whether a region word or an oblast or raion adjective with its region word follows
    ``end`` ("… Донецкой Народной Республики", "… области")."""
    nxt = _NEXT_WORD.match(sent, end)
    following = nxt.group(1).lower().rstrip(".") if nxt else ""
    w = claim_words()
    return (
        following in lexicon().region_words
        or bool(w.non_place_after.match(sent, end))
        or (nxt is not None and any(p.match(sent, nxt.start(1)) for p, _ in w.region_anchors))
    )


def _region_follows(sent: str, run: re.Match) -> bool:
    """Whether a run of capitalised words ends in an oblast or raion adjective followed by its
    region word ("Вильча Харьковской области")."""
    nxt = _NEXT_WORD.match(sent, run.end())
    following = nxt.group(1).lower().rstrip(".") if nxt else ""
    return following in lexicon().region_words or bool(
        claim_words().non_place_after.match(sent, run.end())
    )


def _credible(candidate, text: str) -> bool:
    """Whether a gazetteer reading of ``text`` is evidence that the text names a place:
    a settlement read by a trusted kind of match; not a small foreign namesake of a common
    word ("Republic", "Adam"); not an odd alternate name ("Putin" for a village)."""
    p = candidate.place
    if candidate.match_kind not in _kinds(text) or p.feature_class not in ("P", None):
        return False
    if candidate.match_kind == "variant" and not _russian_spelling(text, p):
        return False
    if p.country not in _REPORTED_COUNTRIES and (
        (p.population or 0) < FOREIGN_MENTION_POPULATION
        or fuzz.ratio(key(candidate.matched), key(p.name)) < ALTERNATE_SIMILARITY
    ):
        return False  # a spelling of its own name ("Wad Madani" for Wad Medani), not an alias
    if _CYRILLIC.search(text) and not _adjective_fits(text, (p.name_uk, p.name_ru)):
        return False
    own = {key(n) for n in (p.name, p.name_uk, p.name_ru) if n}
    return not (
        candidate.match_kind == "exact"
        and key(candidate.matched) not in own
        and max(fuzz.ratio(key(candidate.matched), n) for n in own) < ALTERNATE_SIMILARITY
    )


def _russian_spelling(text: str, place) -> bool:
    """Whether a spelling-variant reading of ``text`` can be the Russian spelling of a Ukrainian
    village's name (rule ``russian_spelling``: "Иванополье" Іванопілля, "Новобойковское"
    Новобойківське): a Ukrainian settlement, a name of ordinary words (no abbreviation such as
    "МО РФ"), and an adjective-shaped word only for an adjective-shaped name ("Донецкой" is
    the oblast's adjective, not Donetsk)."""
    if place.country != "UA" or any(w.isupper() for w in text.split()):
        return False
    own = place.name_uk or place.name_ru or place.name or ""
    last = own.lower().split()[-1] if own.split() else ""
    return bool(_ADJECTIVE.search(text.lower().split()[-1])) == bool(_ADJECTIVE.search(last))


#: An adjective's ending that a person's title may open with ("Верховному главнокомандующему",
#: "Верховний головнокомандувач"; rule ``role_adjective``).
_TITLE_ADJECTIVE = re.compile(r"(?:ому|ему|ий|ый|ого|ій)$")


_ADJECTIVE = re.compile(
    r"(?:ськ|цьк|зьк|ск|цк|зк)"
    r"(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими|ая|ой|ую|ое|ым|ом|ые|ых|ие|ими|ыми)$"
)


_FEMININE = {"а", "ої", "ій", "у", "ою", "ая", "ой", "ую"}


_PLURAL = {"і", "их", "ими", "ые", "ых", "ие", "ыми"}


_TOWN_NOUN = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")


def _adjective_fits(text: str, names) -> bool:
    """Whether an adjective-shaped word can be a form of one of a place's Cyrillic names.

    "Торецька" is Toretsk's genitive (a noun in -ськ); "Покровського" a form of the neuter
    Покровське; but "Білопільській" (громаді) is the adjective of Білопілля — it names the
    hromada, raion or axis, not the settlement — and a feminine form cannot be a neuter name.
    """
    m = _ADJECTIVE.search(text.lower().split()[-1])
    if m is None:
        return True
    for name in filter(None, names):
        last = name.lower().split()[-1]
        if _TOWN_NOUN.search(last) and _gender(m.group(1)) != "pl":
            return True  # "Торецька", "Покровськом"; never a plural ("Українські")
        own = _ADJECTIVE.search(last)
        if own and _gender(own.group(1)) == _gender(m.group(1)):
            return True
    return False


def _gender(ending: str) -> str:
    """Feminine, plural or other, as an adjective's ending tells ("Українські" is plural: no
    form of the village Українське)."""
    return "f" if ending in _FEMININE else "pl" if ending in _PLURAL else "other"


def _in_region(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_region``: a settlement the sentence places in a region ("the settlement of
    Zaporizhzhia in Ukraine's eastern Donetsk region") is read among that oblast's places,
    and is no longer ambiguous when one place there has its name (else it is ambiguous: the
    region rules out the reading found elsewhere).

    Rule ``region_anchor``: words of the lexicon that name an oblast ("в ДНР", "Донецкой
    Народной Республики", "на Сумщині", "in Donetsk region") read the settlements of their
    sentence in that oblast, and those of the whole report when it names no other oblast so;
    a name found elsewhere keeps its reading when the oblast has no place of that name, and a
    town of :data:`ANCHOR_KEEP_POPULATION` is never moved by an oblast named in another
    sentence. Several places of the name in the region leave it ambiguous (its note lists
    them), unless exactly one is such a town and the rest villages, or the text's other places
    already decided it there; a region the sentence names that has no place of the name rules
    out the reading found elsewhere (ambiguous, with that reason).
    """
    w = claim_words()
    between = w.in_region_between
    listed = _anchored_lists(mentions, sents, w)
    report = frozenset(oblast for _, _, sent in sents for _, oblast in anchors_in(sent))
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "settlement":
            continue
        start = sents[m.sentence][0]
        sent = sents[m.sentence][2]
        opened = False  # the region is named in the mention's own sentence
        region = out[i + 1] if i + 1 < len(out) else None
        if (
            region is not None
            and region.kind == "region"
            and region.sentence == m.sentence
            and between.match(sent[m.span[1] - start : region.span[0] - start])
        ):
            admin, label, strict = f"{region.text} oblast", region.text, True
        else:
            opening = _opening_anchor(sent, w)
            if m.span in listed:
                admin, own = listed[m.span], True
            elif opening is not None and opening[0] < m.span[0] - start:
                # "In Donetsk Oblast, troops liberated A, B and C" (rule region_opening): the
                # sentence names the region (said so below), the name is not moved off a town
                admin, own = opening[1], False
                opened = True
            elif len(report) == 1:
                (admin,), own = report, False
                # the report's one oblast, named in the mention's own sentence ("Георгиевка
                # (Луганская область)"): the sentence names it
                opened = any(oblast == admin for _, oblast in anchors_in(sent))
            else:
                continue
            label, strict = admin, False
            p = gz.get(m.place_id) if m.place_id else None
            if (
                p is not None
                and not m.ambiguous
                and (
                    (p.admin1 == admin and "joint_context" in m.decided_by)
                    or (not own and p.admin1 == admin)
                    or (not own and (p.population or 0) >= ANCHOR_KEEP_POPULATION)
                    or (not own and "joint_context" in m.decided_by)
                )
            ):
                if p.admin1 == admin and not _ANCHORS.intersection(m.decided_by):
                    # read there already: the region anchors it all the same, and a statement
                    # measures it among that oblast's readings only (rule region_anchor)
                    where = "sentence" if own or opened else "report"
                    out[i] = replace(
                        m, context=f"{m.context}; in the {admin} region the {where} names",
                        decided_by=(*m.decided_by, f"region_{where}"),
                    )  # fmt: skip
                continue  # already read there; a town or a decided name is not moved
        try:
            here = gz.resolve(m.text, in_admin=admin, limit=5)
        except (PlaceNotFound, ValueError, LookupError):
            continue
        region_key = key(label)[:5]
        local = [
            c for c in here
            if c.match_kind in _kinds(m.text) and key(c.place.admin1 or "").startswith(region_key)
            and (strict or c.place.feature_class in ("P", None))
        ]  # fmt: skip
        # rule own_name: a place the name is only another word for ("Kalynivskyi", a district
        # of Horlivka, listed under "Kalynivka") never beats the places called so
        local = [c for c in local if not _lookalike(c)] or local
        exact = [c for c in local if c.match_kind == "exact"] or local
        if not exact:
            if (strict or own) and m.place_id and not m.ambiguous:
                # the gazetteer has no such place in the region its sentence names: not the
                # one found elsewhere ("Красногорское … Запорожской области" is no Crimean
                # village)
                note = (
                    f"ambiguous: the text places {m.text!r} in {label}, where the gazetteer "
                    f"has no place of that name; the reading elsewhere ({m.name}, "
                    f"{_admin1_of(gz, m)}) is ruled out: a raion, a neighbouring village or "
                    "coordinates would place it"
                )
                ruled_out = {"ambiguous": True, "context": note, "decided_by": (),
                             "decided_near": None, "unmapped": "region_rules_out"}  # fmt: skip
                out[i] = replace(m, **ruled_out)
                # the report's later mentions of the name are that place too: the reading
                # ruled out here is no better there (rule region_rules_out)
                for j in range(i + 1, len(out)):
                    o = out[j]
                    if o.kind == "settlement" and o.text == m.text and o.place_id == m.place_id:
                        out[j] = replace(o, **ruled_out)
            continue
        # several places of the name in the region: undecided, whichever one the gazetteer
        # happens to hold under the spelling written, unless one is a town among villages —
        # by its own name: a town the name once was ("Hrodivka", Myrnohrad's) never beats a
        # village called so today
        towns = [
            c
            for c in local
            if (c.place.population or 0) >= ANCHOR_KEEP_POPULATION and not _renamed(c)
        ]
        several = len({c.place.id for c in local}) > 1 and len({c.place.id for c in towns}) != 1
        if len(towns) >= 1 and not several:
            exact = towns
        if (
            exact[0].place.id == m.place_id
            and not several
            and not (m.ambiguous and len(exact) == 1)
        ):
            if not _ANCHORS.intersection(m.decided_by):  # read there already (region_anchor)
                where = "report" if not strict and not own and not opened else "sentence"
                out[i] = replace(m, context=f"{m.context}; in the {label} region the {where} names",
                                 decided_by=(*m.decided_by, f"region_{where}"))  # fmt: skip
            continue
        where = "report" if not (strict or own or opened) else "sentence"
        placed = _mention(m.text, m.span, m.sentence, None, exact[0],
                          f"{exact[0].evidence[0]}; in the {label} region the {where} names",
                          (f"region_{where}",))  # fmt: skip
        if several:
            placed = replace(placed, ambiguous=True,
                             context=_readings_note(gz, m, exact[0].place.admin1),
                             **_readings_fields(m))  # fmt: skip
        if not strict:
            out[i] = placed
            continue
        # the report's later mentions of the name are that place too, unless said to be a
        # city ("distinct from the Ukrainian city of Zaporizhzhia")
        for j, other in enumerate(out):
            if other.kind != "settlement" or other.text != m.text or other.span[0] < m.span[0]:
                continue
            o_start, o_sent = sents[other.sentence][0], sents[other.sentence][2]
            rel = other.span[0] - o_start
            if other is not m and w.city_cue.search(o_sent[max(0, rel - 20) : rel]):
                continue
            out[j] = replace(placed, span=other.span, sentence=other.sentence)
    return out


def _admin1_of(gz, m: Mention) -> str:
    place = gz.get(m.place_id) if m.place_id else None
    return (place.admin1 or place.country or "?") if place else "?"


def _only_reading(gz, m: Mention, belongs, in_admin: str | None = None):
    """The one reading of a mention's name whose place ``belongs`` (a hromada, a raion the
    text names), or None when there is none or several."""
    try:
        readings = gz.resolve(m.text, in_admin=in_admin, limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        return None
    there = [c for c in readings if c.match_kind in _kinds(m.text) and belongs(c.place)]
    return there[0] if len({c.place.id for c in there}) == 1 else None


def _in_hromada(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_hromada``: a settlement followed by its hromada ("Басівка Юнаківської
    громади") is the one place of its name in that hromada, when the gazetteer has one."""
    w = claim_words()
    out = []
    for m in mentions:
        if m.kind == "settlement":
            start, _, sent = sents[m.sentence]
            for pattern, ending in w.hromada_after:
                h = pattern.match(sent, m.span[1] - start)
                if h is None:
                    continue
                hromada = key(h.group(1) + ending)
                one = _only_reading(gz, m, lambda p, h=hromada: key(p.hromada or "") == h)
                if one is not None:
                    m = _mention(m.text, m.span, m.sentence, None, one,
                                 f"{one.evidence[0]}; in the {h.group(1)}{ending} hromada "
                                 "the text names", ("in_hromada",))  # fmt: skip
                break
        out.append(m)
    return out


#: "Novoselivka Druha (…) is a village in Ocheretyne settlement hromada, Pokrovsk Raion, …":
#: the raion a sentence places the settlement that opens it in (rule ``in_raion``).
_RAION_AFTER = re.compile(
    r"(?:\([^()]{0,200}\)|[^.;()]){0,300}?\bis\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement)\b"
    r"[^.;]{0,120}?\b(?P<raion>[A-Z][\w’'-]+)\s+(?:Raion|raion|district|District)\b"
)


def _in_raion(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_raion``: a settlement that opens a reference page's sentence saying which raion
    it is in ("Novoselivka Druha … is a village in … Pokrovsk Raion, Donetsk Oblast") is the
    one place of its name in that raion, when the gazetteer has exactly one there."""
    after = claim_words().raion_after
    out = []
    for m in mentions:
        start, _, sent = sents[m.sentence]
        r = _RAION_AFTER.match(sent, m.span[1] - start) if m.kind == "settlement" else None
        if r is not None and m.span[0] == start:
            raion, in_admin = r.group("raion"), f"{r.group('raion')} raion"
        else:
            # the raion right after the name, in any of the languages ("Макаровка
            # Волновахского района", "Mezhove, Pokrovsk Raion", "Грушівка (Запорізький район)")
            r = m.kind == "settlement" and next(
                (x for x in (p.match(sent, m.span[1] - start) for p in after) if x), None
            )
            if not r:
                out.append(m)
                continue
            raion, in_admin = r.group(1), None
        stem = key(raion)[:5]
        one = _only_reading(
            gz, m, lambda p, s=stem: key(p.admin2 or "").startswith(s), in_admin=in_admin
        )
        if one is not None and in_admin is None and one.place.precision != "point":
            # a codifier entry placed at its hromada's centre: the gazetteer may hold the same
            # village as a point under its former raion; the raion decides nothing then
            one = None
        if one is not None and (m.ambiguous or m.place_id != one.place.id):
            m = _mention(m.text, m.span, m.sentence, None, one,
                         f"{one.evidence[0]}; in the {raion} raion, a region the sentence names",
                         ("in_raion",))  # fmt: skip
        elif one is not None:
            m = replace(
                m, context=f"{m.context}; in the {raion} raion, a region the sentence names",
                decided_by=(*m.decided_by, "in_raion"),
            )  # fmt: skip
        out.append(m)
    return out


def _anchored_lists(mentions: list[Mention], sents, w: ClaimWords) -> dict:
    """``{span: oblast}`` of the mentions a region anchor places (rule ``region_anchor``): the
    names of the list that ends at the anchor ("Ленинское, Новоалексеевка … и Новодмитровка
    Донецкой Народной Республики", "Суворово и Никаноровка в ДНР"), each linked to the next
    by :attr:`ClaimWords.region_anchor_gap` only."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: dict = {}
    for si, here in by_sentence.items():
        start, _, sent = sents[si]
        found = sorted(anchors_in(sent))
        if may_hold(w.same_region, sent):
            found = sorted(found + _same_region_in(sents, si, found, w))
        for at, oblast in found:
            # "Donetsk Oblast's Makarivka": the place the region owns (rule possessive_run)
            end = max((e.end() for p, o in w.region_anchors if o == oblast
                       if (e := p.match(sent, at))), default=None)  # fmt: skip
            own = w.region_possessive.match(sent, end) if end is not None else None
            if own is not None:
                for m in here:
                    if m.span[0] - start == own.end():
                        out.setdefault(m.span, oblast)
        for at, oblast in found:
            before = [m for m in here if m.span[1] - start <= at]
            end = at
            for m in reversed(before):
                if not w.region_anchor_gap.fullmatch(sent, m.span[1] - start, end):
                    break
                out.setdefault(m.span, oblast)
                end = m.span[0] - start
    return out


def _opening_anchor(sent: str, w: ClaimWords) -> tuple[int, str] | None:
    """``(start, oblast)`` of a region anchor that opens the sentence ("In Donetsk Oblast,
    …"; rule ``region_opening``) when the sentence names no other oblast, else None."""
    found = anchors_in(sent)
    if not found or len({o for _, o in found}) != 1:
        return None
    at, oblast = min(found)
    return (at, oblast) if w.region_opening.fullmatch(sent, 0, at) else None


def _same_region_in(sents, si: int, found, w: ClaimWords) -> list:
    """``(start, oblast)`` of the words of a sentence that refer back to the oblast last named
    ("Storozheve, Donetsk Oblast, and Blahodatne … in the same oblast"; rule ``same_region``):
    the last anchor before them in the sentence, else in the three sentences before."""
    out = []
    for ref in w.same_region.finditer(sents[si][2]):
        before = [a for a in found if a[0] < ref.start()]
        k = si
        while not before and k > 0 and si - k < 3:
            k -= 1
            before = sorted(anchors_in(sents[k][2]))
        if before:
            out.append((ref.start(), before[-1][1]))
    return out


#: A town at least this populous keeps its reading against an oblast named in another
#: sentence of the report (rule ``region_anchor``): "удар по Запорожью" in a report "в ДНР"
#: is the city, not the Donetsk-oblast village.
ANCHOR_KEEP_POPULATION = 10_000


def _cued_town(gz, m: Mention, sents, w: ClaimWords) -> Candidate | None:
    """Rule ``town_cue``: the one town of a name the sentence calls a town or a city ("the town
    of Dobropillia", "місто Костянтинівка"), when it has :data:`ANCHOR_KEEP_POPULATION` people
    and :data:`TOWN_RATIO` times as many as every namesake more than :data:`ONE_PLACE_KM` away;
    else None."""
    start, _, sent = sents[m.sentence]
    rel = m.span[0] - start
    if m.kind != "settlement" or not w.town_cue.search(sent, max(0, rel - 20), rel):
        return None
    try:
        readings = [c for c in gz.resolve(m.text, limit=None, fuzzy=False)
                    if c.match_kind in _kinds(m.text) and c.place.feature_class in ("P", None)]  # fmt: skip
    except (PlaceNotFound, ValueError, LookupError):
        return None
    town = max(readings, key=lambda c: c.place.population or 0, default=None)
    people = (town.place.population or 0) if town is not None else 0
    if people < ANCHOR_KEEP_POPULATION or _renamed(town):
        return None
    from gazetteer.store import haversine_matrix

    others = [c.place for c in readings if c.place.id != town.place.id]
    if others:
        far = haversine_matrix([(town.place.lat, town.place.lon)],
                               [(p.lat, p.lon) for p in others])[0] > ONE_PLACE_KM  # fmt: skip
        if any(
            (p.population or 0) * TOWN_RATIO > people for p, f in zip(others, far, strict=True) if f
        ):
            return None
    return town


def _with_report_context(gz, mentions: list[Mention], sents=None) -> list[Mention]:
    """Re-read ambiguous mentions in the oblast most of the report's places lie in; a name
    the sentence calls a town is its town (rule ``town_cue``), never a village there."""
    from collections import Counter

    if sents is not None:
        w = claim_words()
        cued = []
        for m in mentions:
            town = _cued_town(gz, m, sents, w)
            if town is not None:
                m = _mention(m.text, m.span, m.sentence, None, town,
                             f"{town.evidence[0]}; the town the sentence names",
                             ("town_cue",))  # fmt: skip
            cued.append(m)
        mentions = cued

    oblasts = Counter()
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and not found.ambiguous and found.best.place.admin1:
            oblasts[found.best.place.admin1] += 1
    if not oblasts:
        return mentions
    (home, most), *rest = oblasts.most_common(2)
    # rule report_oblast: as many of the report's places in another oblast — the first named
    # leads, but never re-reads a town named as written ("Solone near Pokrovsk": the far
    # Solone's oblast never makes Pokrovsk a raion of Dnipropetrovsk)
    tied = bool(rest) and rest[0][1] == most
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" else None
        if found is not None and "town_cue" in m.decided_by:
            found = None  # rule town_cue: the town the sentence names stays
        if found is not None and tied and not found.ambiguous and _town_as_written(gz, m):
            found = None
        if found is not None and found.best.place.admin1 != home:
            try:
                here = gz.resolve(m.text, in_admin=home, limit=5)
                # a place of that name in the oblast before one that once had it
                named = [c for c in here if c.match_kind in ("exact", "inflected")
                         and c.place.admin1 == home]  # fmt: skip
                local = named[0] if named else here.best
            except PlaceNotFound:
                local, named = None, []
            if (
                local is not None
                and local.place.admin1 == home
                and local.match_kind in _kinds(m.text)
                # a spelling variant in the home oblast never displaces a name read as written
                and (local.match_kind != "variant" or found.best.match_kind == "variant")
            ):
                m = _mention(m.text, m.span, m.sentence, None, local,
                             f"{local.evidence[0]}; in {home}, where the report's other places lie",
                             ("report_oblast",))  # fmt: skip
                # several villages of the name there: the oblast alone does not decide
                m = replace(m, ambiguous=len(named) > 1)
        out.append(m)
    return out


def _by_joint_context(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``joint_context``: a name the gazetteer leaves ambiguous, or reads only by the
    oblast most of the report's places lie in, takes the reading that the report's other
    places decide (:func:`frontmap.verify.resolve_context`, the same joint resolution the
    distance statements use): "Sergiivka … 15 km from Pokrovsk" is the village by Pokrovsk,
    not a namesake 45 km away in the same oblast."""
    names = [m.text for m in mentions if m.kind == "settlement"]
    if not names:
        return mentions
    context = resolve_context(gz, names)
    out = []
    for m in mentions:
        cands = context.get(m.text) if m.kind == "settlement" else None
        if cands and not cands.ambiguous and m.place_id:
            best = cands.best
            # the gazetteer's note on how the report's places decided it, shown to the reader
            decided = (
                next(e for e in best.evidence if e.startswith("decided by context"))
                if best.anchor is not None
                else None
            )
            alone = _lookup(gz, m.text)
            if (
                decided
                and "ending stripped" not in best.evidence[0]  # a stem is no evidence to decide
                and not _renamed(best)  # a name a place once had is no evidence either
                # a spelling variant decides only a name read so alone ("Сили" is no Sil)
                and (best.match_kind != "variant" or (alone and alone.best.match_kind == "variant"))
                and best.place.id != m.place_id
                and best.match_kind in _kinds(m.text)
                and _credible(best, m.text)
            ):
                m = _mention(m.text, m.span, m.sentence, None, best,
                             f"{best.evidence[0]}; {decided}", ("joint_context",), best.anchor)  # fmt: skip
            elif (
                decided
                and "ending stripped" not in best.evidence[0]
                and best.place.id == m.place_id
                and m.ambiguous
            ):
                m = replace(m, ambiguous=False, context=f"{m.context}; {decided}",
                            decided_by=(*m.decided_by, "joint_context"),
                            decided_near=best.anchor)  # fmt: skip
        out.append(m)
    return out


#: A village named "near" a place lies this close to it (rule ``near_anchor``) ...
NEAR_ANCHOR_KM = 25.0


#: ... and a reading this far from it is not what the writer meant ("Каменское под
#: Запорожьем" is not the city of Kamianske 85 km off; red team 25b) ...
NEAR_ANCHOR_FAR_KM = 50.0


#: ... while a place said to lie some way of another ("Kamianske, south of Zaporizhzhia") lies
#: this close to it, in that direction (:data:`NEAR_COMPASS_SECTOR` either side of it), and a
#: reading farther, or off that side, is not what the writer meant.
NEAR_COMPASS_KM = 50.0
NEAR_COMPASS_FAR_KM = 100.0
NEAR_COMPASS_SECTOR = 67.5


_NEAR_WORDS = sorted(lexicon().near_prepositions, key=len, reverse=True)


#: What may stand between a place and the place it is said to be near: "X near Y", "X, near
#: the town of Y", "X in Donetsk region, near Y", "Рівнопілля біля Гуляйполя", "Шахово — под
#: Покровском".
#: An English compass point with "of" ("Karlivka, south-east of Pokrovsk"): a place said to lie
#: that way from another lies near it too (rule near_anchor).
#: The place in brackets after a name, the way ISW places villages ("Kalynivka (northwest of
#: Chasiv Yar)"), is said so too (rule near_anchor).
_COMPASS_OF = (
    r"(?:(?:just|about|some|directly|immediately)\s+)?(?P<compass>"
    + "|".join(map(re.escape, sorted(lexicon().compass_by_language["en"], key=len, reverse=True)))
    + r")(?:ern)?\s+of"
)

_NEAR_GAP = re.compile(
    r"\s*[,—–(]?\s*(?:[^,;.!?()\n]{0,40},\s*)?(?:(?:"
    + "|".join(map(re.escape, _NEAR_WORDS))
    + "|"
    + _COMPASS_OF
    + r")\s+)(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+)?"
    + r"(?:(?:"
    + "|".join(map(re.escape, sorted(lexicon().type_words, key=len, reverse=True)))
    + r")\.?\s+)?$",
    re.IGNORECASE,
)


def _anchor_point(gz, anchor: Mention, gap: str) -> tuple[float, float] | None:
    """Where the place a village is said to be near lies (rule ``near_anchor``): its reading,
    when the text decided it; else, for a name read several ways ("под Покровском": Pokrovsk or
    a village Pokrovske) or a name of a region and its city right after "near" or "south of"
    ("south of Zaporizhzhia": the city), the name's one town of
    :data:`ANCHOR_KEEP_POPULATION` people or more (Ukraine's first); None when there is none or
    several."""
    if anchor.kind == "settlement" and not anchor.ambiguous and anchor.lat is not None:
        return anchor.lat, anchor.lon
    if anchor.kind == "region" and key(anchor.text) not in _REGION_NAMES:
        return None
    towns = {
        c.place.id: c.place
        for c in _all_readings(gz, anchor.text)
        if _credible(c, anchor.text)
        and c.place.precision == "point"
        and c.match_kind in ("exact", "inflected", "variant")
        and (c.place.population or 0) >= ANCHOR_KEEP_POPULATION
    }
    # Ukraine's towns first: "под Покровском" is Pokrovsk, not the Russian Pokrovskoye
    towns = {k: t for k, t in towns.items() if t.country == "UA"} or towns
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    return town.lat, town.lon


def _city_said_near(region: Mention, m: Mention, sents) -> bool:
    """Whether a name read as a region that is also its city's ("Zaporizhzhia") follows ``m``
    past "near" or "south of" in its sentence: "Kamianske, south of Zaporizhzhia" means the
    city (rule ``near_anchor``)."""
    if region.sentence != m.sentence or key(region.text) not in _REGION_NAMES:
        return False
    start, _, sent = sents[m.sentence]
    return bool(_NEAR_GAP.fullmatch(sent[m.span[1] - start : region.span[0] - start]))


def _own_reading(candidate) -> bool:
    """Whether a reading bears the name as its own (not a former or other name of another
    village: "Nevske" for Balka Zhuravka, "Petrivka" for Osynovo; rule ``near_anchor``)."""
    return candidate.match_kind != "former" and not _renamed(candidate)


def _near_anchor(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``near_anchor``: a settlement said to be near another ("Kalynivka near Chasiv Yar",
    "Рівнопілля біля Гуляйполя") is its reading within :data:`NEAR_ANCHOR_KM` of that place,
    when it has exactly one there, even if a town of its name elsewhere is the likelier reading
    alone (the town Kalynivka 686 km away), when the reading it had lies more than
    :data:`NEAR_ANCHOR_FAR_KM` away (or none was decided). Said to lie some way of it
    ("Kamianske, south of Zaporizhzhia"), the reading lies within :data:`NEAR_COMPASS_KM` on
    that side. Only a reading that bears the name as its own decides: a village that once had
    the name (Balka Zhuravka, "Nevs'ke") is another village. A reading out of reach of the
    place (farther, or on another side) that no reading there replaces — none, or several —
    leaves the mention ambiguous: no point rather than a far namesake. The place near which
    must itself be read one way (or be the one town of its name)."""
    import numpy as np

    from ..geodesy import compass_degrees, inverse

    out = []
    readings: dict[str, list] = {}  # a name's credible point readings, looked up once
    for i, m in enumerate(mentions):
        # the next place named, past the region the village is said to lie in ("Kalynivka in
        # Donetsk region, near Chasiv Yar"): only the mentions right after it are looked at
        j = i + 1
        while (
            j < len(mentions)
            and mentions[j].kind == "region"
            and j - i <= 3
            and not _city_said_near(mentions[j], m, sents)
        ):
            j += 1
        anchor = mentions[j] if j < len(mentions) else None
        if m.kind != "settlement" or anchor is None or anchor.sentence != m.sentence:
            out.append(m)
            continue
        start, _, sent = sents[m.sentence]
        gap = sent[m.span[1] - start : anchor.span[0] - start]
        said = _NEAR_GAP.fullmatch(gap)
        point = _anchor_point(gz, anchor, gap) if said else None
        if point is None:
            out.append(m)
            continue
        if m.text not in readings:
            found = _all_readings(gz, m.text)
            credible = [c for c in found if _credible(c, m.text) and c.place.precision == "point"]
            readings[m.text] = [c for c in credible if not _lookalike(c)] or credible  # own_name
        cands = readings[m.text]
        if not cands:
            out.append(m)
            continue
        between = [r.text for r in mentions[i + 1 : j] if r.kind == "region"]
        if between:  # "Kalynivka in Donetsk region, near Chasiv Yar": a reading in that region
            stem = key(between[0])[:5]
            cands = [c for c in cands if key(c.place.admin1 or "").startswith(stem)]
        if not cands:
            out.append(m)
            continue
        compass = said.group("compass")
        lats = np.array([c.place.lat for c in cands] + [m.lat if m.lat is not None else np.nan])
        lons = np.array([c.place.lon for c in cands] + [m.lon if m.lon is not None else np.nan])
        d, az = inverse(point[0], point[1], lats, lons)
        d, az = np.atleast_1d(d), np.atleast_1d(az)
        if compass:
            off = np.abs((az - compass_degrees(compass) + 180.0) % 360.0 - 180.0)
            fits = off <= NEAR_COMPASS_SECTOR
            near_km, far_km = NEAR_COMPASS_KM, NEAR_COMPASS_FAR_KM
        else:
            fits = np.ones(len(d), dtype=bool)
            near_km, far_km = NEAR_ANCHOR_KM, NEAR_ANCHOR_FAR_KM
        near = [
            c for c, km, ok in zip(cands, d[:-1], fits[:-1], strict=True)
            if km <= near_km and ok and _own_reading(c)
        ]  # fmt: skip
        here = None if m.lat is None else float(d[-1])
        in_reach = here is not None and here <= far_km and bool(fits[-1])
        what = f"{'near' if not compass else compass + ' of'} {anchor.text} (rule near_anchor)"
        if here is not None and here <= near_km and bool(fits[-1]) and not m.ambiguous:
            out.append(m)  # read there already
            continue
        if len({c.place.id for c in near}) == 1 and (not in_reach or m.ambiguous):
            best = near[0]
            km = float(d[cands.index(best)])
            out.append(
                _mention(m.text, m.span, m.sentence, None, best,
                         f"{best.evidence[0]}; said to be {what}: {km:.0f} km from it",
                         ("near_anchor",))
            )  # fmt: skip
            continue
        if in_reach or (m.ambiguous and here is None):
            out.append(m)
            continue
        # the place it is said to be near (and the region, if one is named) disagree with its
        # reading, and no one place of the name there replaces it: neither decides ("Nove in
        # Donetsk region, near Huliaipole"; "Karlivka near Pokrovsk" read as the Poltava town
        # 190 km off — the gazetteer may lack the village; red team 25b; "Novoukrainka near
        # Velyka Novosilka", three villages of the name there, read as the Kirovohrad town)
        region = f" in {between[0]}" if between else ""
        where = (
            ""
            if here is None
            else f" lies {here:.0f} km from {anchor.text}"
            + ("" if fits[-1] else ", on another side of it")
        )
        there = "none" if not near else f"{len({c.place.id for c in near})}"
        note = (
            f"ambiguous: the text places {m.text!r}{region}{' and' if between else ''} "
            f"{what}, but the reading{' there' if between else ''} ({m.name}){where}, and "
            f"{there} of the name's places{region} lie within {near_km:.0f} km of it"
            f"{' on that side' if compass else ''}"
        )
        out.append(replace(m, ambiguous=True, context=note, decided_by=(),
                           decided_near=None, unmapped="near_anchor"))  # fmt: skip
    return out


#: Rule ``list_neighbours``: a place named among others lies within this of them ("near",
#: for a village of a General Staff list or of an axis: the villages of one axis lie within
#: some 60 km of one another and of the axis town) ...
NEIGHBOURS_KM = 60.0

#: ... unless the places its sentence names lie this far apart themselves (a list of strikes on
#: cities across the country: "Kharkiv, Dnipro and Zaporizhzhia" decide nothing for each other)
NEIGHBOURS_SPREAD_KM = 2 * NEIGHBOURS_KM

#: ... or the name, read as a town of this size, is listed with towns of this size only ("Lozova
#: and Kupiansk were shelled": a list of towns, not of front-line villages).
LISTED_TOWN_POPULATION = 20_000

#: The decisions that place a mention by the text itself: such a place anchors its neighbours and
#: is never re-read by them (rule ``list_neighbours``).
_FIRM_DECISIONS = frozenset({"near_anchor", "town_cue", "list_neighbours"})

#: A Cyrillic adjective of an axis ("на Куп'янському напрямку", "на Купянском направлении"):
#: its stem, and the letter of its -ськ-/-ск- suffix.
_AXIS_ADJECTIVE = re.compile(
    r"(?P<stem>[\w’'ʼ-]+?)(?P<s>[сцз])ь?к(?:ому|ім|ий|ого|ом|ое|ого|ая|ой)$", re.IGNORECASE
)


def _axis_towns(gz, sent: str, w: ClaimWords) -> list[tuple[str, float, float]]:
    """``(name, lat, lon)`` of the town each axis of a sentence is named after ("On the Kupiansk
    axis", "На Куп'янському напрямку", "на Северском направлении"), when the name is the one
    Ukrainian town of :data:`ANCHOR_KEEP_POPULATION` people or more its words can name (rule
    ``list_neighbours``); an axis named after no such town ("Prydniprovske", "Kursk") gives
    none."""
    if not may_hold(w.axis, sent):
        return []
    found = []
    for a in w.axis.finditer(sent):
        for word in re.findall(r"[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]+", a.group()):
            forms = [word]
            if (adj := _AXIS_ADJECTIVE.fullmatch(word)) is not None:
                stem, s_ = adj.group("stem"), adj.group("s")
                uk = bool(re.search(r"[іїєґь]", word))
                forms = [stem + s_ + ("ьк" if uk else "к"), stem, stem + "ка"]
                if stem.endswith(("ів", "ов")):
                    forms.append(stem[:-2] + ("ове" if uk else "ово"))
            towns = {
                c.place.id: c.place
                for f in forms
                for c in _all_readings(gz, f)
                if c.match_kind in ("exact", "inflected")
                and c.place.country == "UA"
                and c.place.feature_class == "P"
                and c.place.precision == "point"
                and (c.place.population or 0) >= ANCHOR_KEEP_POPULATION
            }
            if len(towns) == 1:
                town = next(iter(towns.values()))
                found.append((word, town.lat, town.lon))
    return found


def _list_neighbours(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``list_neighbours``: a village named among others ("Zahryzove, Lozova, Pishchane,
    Kolisnykivka and Kruhliakivka"), or on a named axis ("On the Kupiansk axis"), lies near
    them: a name read, by its name alone, as a namesake more than :data:`NEIGHBOURS_KM` from
    every place its sentence fixes (the town Lozova 123 km off, Kamianske on the Dnipro,
    Kalynivka in Vinnytsia region, Belaya Gora in Yakutia) is re-read:

    * as its one namesake within :data:`NEIGHBOURS_KM` of those places, when it has one;
    * as no point (ambiguous, its readings listed) when it has several there;
    * as no point too when it has none there and its reading lies in another country than
      every place that fixes it (a Donetsk list names no village of Yakutia);
    * else it stays: a far town in a list is a far town ("Kharkiv and Dnipro").

    The places that fix it ("near" means within :data:`NEIGHBOURS_KM` of one of them): the
    sentence's other settlements read one way by the text or by their name alone (a name with
    one place, or read by a region, a hromada, a place it is said to be near, a town cue), and
    the town its axis is named after. A sentence whose fixed places lie more than
    :data:`NEIGHBOURS_SPREAD_KM` apart (strikes across the country) decides nothing; nor does a
    list of towns of :data:`LISTED_TOWN_POPULATION` people for a name read as such a town.
    A reading the population alone chose never outweighs the place the text anchors it to."""
    from gazetteer.store import haversine_matrix

    w = claim_words()
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind == "settlement":
            by_sentence.setdefault(m.sentence, []).append(i)
    out = list(mentions)
    people: dict[str, int] = {}

    sole: dict[tuple, bool] = {}  # (name, place) -> whether the name has that one place

    def readings_of(text: str) -> list:
        found = [c for c in _all_readings(gz, text)
                 if _credible(c, text) and c.place.precision == "point" and _own_reading(c)]  # fmt: skip
        return [c for c in found if not _lookalike(c)] or found

    def firm(m: Mention) -> bool:
        if _FIRM_DECISIONS.intersection(m.decided_by) or _ANCHORS.intersection(m.decided_by):
            return True
        if (m.text, m.place_id) not in sole:
            sole[m.text, m.place_id] = one_place(m)
        return sole[m.text, m.place_id]

    def one_place(m: Mention) -> bool:
        # its name's one place (a codifier village placed at its hromada's centre too)
        # (a village the name is a former name of is another place of the name: "Nevske" is a
        # Crimean village as written and Balka Zhuravka by Kreminna once)
        found = _all_readings(gz, m.text)
        pts = [(c.place.lat, c.place.lon) for c in found
               if (_credible(c, m.text) and _own_reading(c))
               or (c.match_kind == "former" and c.place.feature_class == "P")]  # fmt: skip
        return bool(pts) and bool(
            (haversine_matrix([(m.lat, m.lon)], pts)[0] <= ONE_PLACE_KM).all()
        )

    def population(m: Mention) -> int:
        if m.place_id not in people:
            people[m.place_id] = next(
                (c.place.population or 0 for c in _all_readings(gz, m.text)
                 if c.place.id == m.place_id), 0)  # fmt: skip
        return people[m.place_id]

    for si, idx in by_sentence.items():
        placed = [
            mentions[i] for i in idx if mentions[i].lat is not None and not mentions[i].ambiguous
        ]
        if not placed:
            continue
        fixed = [m for m in placed if firm(m)]
        listed = list(dict.fromkeys((m.text, m.lat, m.lon, m.country) for m in fixed))
        anchors = listed + [(t, la, lo, "UA") for t, la, lo in _axis_towns(gz, sents[si][2], w)]
        if not anchors:
            continue
        if (
            len(listed) > 1
            and haversine_matrix([a[1:3] for a in listed], [a[1:3] for a in listed]).max()
            > NEIGHBOURS_SPREAD_KM
        ):
            continue
        fixed_ids = {id(m) for m in fixed}
        small = {f.text for f in fixed if population(f) < LISTED_TOWN_POPULATION}
        done: dict[tuple, Mention | None] = {}  # a name listed again is read as before
        for i in idx:
            m = mentions[i]
            if m.lat is None or m.ambiguous or id(m) in fixed_ids:
                continue
            if (m.text, m.place_id) in done:
                if (again := done[m.text, m.place_id]) is not None:
                    out[i] = replace(again, span=m.span)
                continue
            done[m.text, m.place_id] = None
            others = [a for a in anchors if a[0] != m.text]
            if not others:
                continue
            d = haversine_matrix([(m.lat, m.lon)], [a[1:3] for a in others])[0]
            if d.min() <= NEIGHBOURS_KM:
                continue
            axis_only = len(others) > len([a for a in listed if a[0] != m.text])
            if population(m) >= LISTED_TOWN_POPULATION and not axis_only and not small - {m.text}:
                continue  # a list of towns ("Lozova and Kupiansk"): a far town stays
            cands = readings_of(m.text)
            near = []
            if cands:
                dist = haversine_matrix([(c.place.lat, c.place.lon) for c in cands],
                                        [a[1:3] for a in others])  # fmt: skip
                near = [(c, float(row.min()), others[int(row.argmin())][0])
                        for c, row in zip(cands, dist, strict=True)
                        if row.min() <= NEIGHBOURS_KM]  # fmt: skip
            # a namesake there that bears the name only as a former or other name ("Nevske" for
            # Balka Zhuravka by Kreminna) rules the far reading out, but does not stand for it
            loose = [] if near else [
                (c.place.lat, c.place.lon) for c in _all_readings(gz, m.text)
                if c.place.precision == "point" and c.place.feature_class in ("P", None)
            ]  # fmt: skip
            near_other = bool(loose) and bool(
                haversine_matrix(loose, [a[1:3] for a in others]).min() <= NEIGHBOURS_KM
            )
            distinct = []
            for c, km, by in sorted(near, key=lambda t: t[1]):
                if all(haversine_matrix([(c.place.lat, c.place.lon)],
                                        [(o.place.lat, o.place.lon)])[0][0] > ONE_PLACE_KM
                       for o, _, _ in distinct):  # fmt: skip
                    distinct.append((c, km, by))
            far = f"read alone as {m.name} ({_admin1_of(gz, m)}), {d.min():.0f} km from every place its sentence fixes"
            if len(distinct) == 1:
                best, km, by = distinct[0]
                out[i] = _mention(m.text, m.span, m.sentence, None, best,
                                  f"{best.evidence[0]}; named with {by}, {km:.0f} km from it "
                                  f"({far}; rule list_neighbours)", ("list_neighbours",), by)  # fmt: skip
                done[m.text, m.place_id] = out[i]
            elif (
                distinct
                or near_other
                or (m.country != "UA" and all(a[3] != m.country for a in others))
            ):
                note = (f"ambiguous: {m.text!r} is {far}, and "
                        f"{len(distinct) or 'none'} of the name's places lie within "
                        f"{NEIGHBOURS_KM:.0f} km of them (rule list_neighbours)")  # fmt: skip
                out[i] = replace(m, ambiguous=True, context=note, decided_by=(),
                                 decided_near=None, unmapped="readings")  # fmt: skip
                done[m.text, m.place_id] = out[i]
    return out


def _foreign_region(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``foreign_region``: a settlement the text places in a region of another country
    ("Ольговка … в Курской области", "Демидовка Краснояружского округа", "the village of
    Olgovka in Kursk region", Belgorod's governor Gladkov reporting shelling of it) is never
    one of Ukraine's places of its name: it is that country's place of the name within the
    region's reach, when the gazetteer has exactly one; else it is left off the map, with the
    reason.

    A name the anchor follows (its list: "Ольговка, Михайловка и Лебедевка в Курской
    области") always loses its Ukrainian readings. Other names of the anchor's sentence, and
    of the whole report when it names no Ukrainian oblast, lose them too unless they are read
    as written as a Ukrainian town of :data:`ANCHOR_KEEP_POPULATION` ("shelled from
    Vovchansk")."""
    import numpy as np

    from ..geodesy import inverse

    w = claim_words()
    # a region only bordered ("near the border with Russia's Belgorod region") places nothing
    found = {
        si: tuple(
            h for h in foreign_in(sent)
            if not w.foreign_border_before.search(sent, max(0, h[0] - BORDER_REACH), h[0])
        )
        for si, (_, _, sent) in enumerate(sents)
    }  # fmt: skip
    if not any(found.values()):
        return mentions
    foreign_keys = {key(e[1].split()[0]) for hits in found.values() for _, e in hits}
    ua_named = any(anchors_in(sent) for _, _, sent in sents) or any(
        m.kind == "region" and key(m.text) not in foreign_keys for m in mentions
    )
    report = next(e for hits in found.values() for _, e in hits)
    # the names whose places decided another's reading (rule joint_context)
    anchors = {m.decided_near for m in mentions if not m.ambiguous and m.decided_near}
    linked: dict = {}  # span -> entry of the names a foreign anchor follows
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for si, hits in found.items():
        start, _, sent = sents[si]
        for at, entry in sorted(hits, key=lambda h: h[0]):
            end = at
            for m in reversed([m for m in by_sentence.get(si, []) if m.span[1] - start <= at]):
                if m.kind == "region":
                    continue
                gap = sent[m.span[1] - start : end]
                if not (w.region_anchor_gap.fullmatch(gap) or w.in_region_between.fullmatch(gap)):
                    break
                linked.setdefault(m.span, entry)
                end = m.span[0] - start
    out = []
    for m in mentions:
        if m.kind != "settlement":
            out.append(m)
            continue
        entry = linked.get(m.span)
        strict = entry is not None
        if entry is None and found.get(m.sentence):
            entry = found[m.sentence][0][1]
        elif entry is None and not ua_named:
            entry = report
        if entry is None:
            out.append(m)
            continue
        _, region, country, lat, lon, reach = entry
        if m.place_id and not m.ambiguous and m.country == country:
            out.append(m)
            continue
        if not strict and m.place_id and not m.ambiguous and _town_as_written(gz, m):
            out.append(m)  # "shelled from Vovchansk": a Ukrainian town named as such
            continue
        if (
            not strict
            and not found.get(m.sentence)
            and m.place_id
            and not m.ambiguous
            and (_PLACED_BY_TEXT.intersection(m.decided_by) or m.text in anchors)
        ):
            out.append(m)  # another sentence's village its neighbours placed, or that placed them
            continue
        try:
            there = [
                c for c in gz.resolve(m.text, country=country, limit=20, fuzzy=False)
                if c.match_kind in _kinds(m.text) and c.place.country == country
                and c.place.feature_class in ("P", None)
            ]  # fmt: skip
        except (PlaceNotFound, ValueError, LookupError):
            there = []
        if there:
            d, _ = inverse(lat, lon, np.array([c.place.lat for c in there]),
                           np.array([c.place.lon for c in there]))  # fmt: skip
            there = [c for c, km in zip(there, d, strict=True) if km <= reach]
        if there:  # one town's second points ("Gorod Shebekino"): the most populous
            d, _ = inverse(there[0].place.lat, there[0].place.lon,
                           np.array([c.place.lat for c in there]),
                           np.array([c.place.lon for c in there]))  # fmt: skip
            if float(d.max()) <= ONE_PLACE_KM:
                there = [max(there, key=lambda c: c.place.population or 0)]
        code = foreign_region_codes().get(region)
        if len({c.place.id for c in there}) == 1 and there[0].place.admin1_code not in (code, None):
            # the one place within reach is of another region ("Новопокровку Бєлгородської
            # області" is no town of Voronezh Oblast near Belgorod's middle): no reading
            there = []
        scope = "sentence" if strict or found.get(m.sentence) else "report"
        why = f"the {scope} names"
        if len({c.place.id for c in there}) == 1:
            best = there[0]
            out.append(_mention(m.text, m.span, m.sentence, None, best,
                                f"{best.evidence[0]}; in {region} ({country}), a region "
                                f"{why} (rule foreign_region)", (f"foreign_{scope}",)))  # fmt: skip
            continue
        if not m.place_id and not m.ambiguous:
            out.append(m)  # nothing read: nothing to rule out
            continue
        elsewhere = f" ({m.name}, {_admin1_of(gz, m)})" if m.place_id and not m.ambiguous else ""
        has = "several places" if there else "no place"
        note = (
            f"ambiguous: the text places {m.text!r} in {region} ({country}), a region {why}, "
            f"where the gazetteer has {has} of that name; Ukraine's readings{elsewhere} are "
            "ruled out (rule foreign_region)"
        )
        # the region the text places it in anchors it still (rule region_anchor reads it so)
        # named as written: the gazetteer's name of a ruled-out Ukrainian reading would label
        # the claim with a village the text says it is not ("Отрадное" in Belgorod Oblast is
        # no "Odradne")
        # its country is the region's: a Belarusian namesake ruled out ("Чаусы" of Bryansk
        # Oblast is no Chavusy) must not make the place one outside the war's theatre
        out.append(replace(m, name=m.text, ambiguous=True, context=note,
                           decided_by=(f"foreign_{scope}",), decided_near=None,
                           unmapped="foreign_region", country=country))  # fmt: skip
    return out


#: How far before a foreign region's words a border word is read (rule ``foreign_region``).
BORDER_REACH = 40


def _town_as_written(gz, m: Mention) -> bool:
    """Whether a mention is read, by its name as written (no spelling variant, no other
    word), as a town of at least :data:`ANCHOR_KEEP_POPULATION` people."""
    found = _lookup(gz, m.text)
    best = next((c for c in found or () if c.place.id == m.place_id), None)
    return bool(
        best is not None
        and best.match_kind in ("exact", "inflected")
        and not _lookalike(best)
        and (best.place.population or 0) >= ANCHOR_KEEP_POPULATION
    )


def _lookalike(candidate) -> bool:
    """Whether a reading matched, as written, a name that is another word of the same stem
    than each of the place's own names (rule ``own_name``: "Kalynivka" listed for
    Kalynivskyi, "Oleksandrivka" for Oleksandrivskyi, a district named after a village): an
    adjective's suffix on one side only. A spelling of the name ("Kupiansk" for Kupyansk,
    "Novoye Zaporozh'ye" for Nove Zaporizhzhya) and a former name ("Пушкіне", Chumatske's;
    rule ``former_name``) are no look-alikes."""
    from gazetteer.names import variant

    if candidate.match_kind == "former" or _renamed(candidate):
        return False
    p = candidate.place
    names = [n for n in (p.name, p.name_uk, p.name_ru, p.name_en) if n]
    if variant(candidate.matched) in {variant(n) for n in names}:
        return False
    shaped = bool(_ADJECTIVE_NAME.search(key(candidate.matched)))
    return all(bool(_ADJECTIVE_NAME.search(key(n))) != shaped for n in names)


#: A name shaped as an adjective in -sk- (its key): Kalynivskyi, Pokrovske, Oleksandrivska.
_ADJECTIVE_NAME = re.compile(r"(?:sk|tsk|zk)(?:yi|yy|iy|ii|yj|ij|e|a|oe|oye|oie|aya|aia|ie)$")


def _renamed(candidate) -> bool:
    """Whether a reading matched a name unlike the place's current names (a former name)."""
    p = candidate.place
    own = {key(n) for n in (p.name, p.name_uk, p.name_ru, p.name_en) if n}
    return max(fuzz.ratio(key(candidate.matched), n) for n in own) < ALTERNATE_SIMILARITY


def _former_name(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``former_name``: a place read by a name it once had ("Новоолександрівка",
    Melitopol's name of the 18th century) does not beat a settlement so named today in the
    report's area (the oblast most of its places lie in, or one its region anchors name), nor,
    when the renamed place lies outside that area, anywhere in Ukraine: the name is left
    ambiguous unless the report's places or an oblast it names decide (later rules)."""
    from collections import Counter

    area = {oblast for _, _, sent in sents for _, oblast in anchors_in(sent)}
    oblasts = Counter()
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and not found.ambiguous and not _renamed(found.best):
            oblasts[found.best.place.admin1] += 1
    area |= {oblasts.most_common(1)[0][0]} if oblasts else set()
    # a report that names no area: any Ukrainian settlement so named today is a rival
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and m.place_id else None
        if found is not None and not m.ambiguous and found.best.place.id == m.place_id:
            if not _renamed(found.best):
                out.append(m)
                continue
            rivals = gz.resolve(m.text, limit=None, fuzzy=False)[1:]
            # the area decides among rivals only when the renamed place lies in it ("KYIV, June
            # 10 (Reuters) - … Novooleksandrivka": a dateline's capital is no area that makes
            # Melitopol's old name beat the villages so named today)
            local = area and found.best.place.admin1 in area
            if any(
                (c.place.admin1 in area if local else c.place.country == "UA")
                and c.match_kind in _kinds(m.text)
                and not _renamed(c)
                for c in rivals
            ):
                m = replace(m, ambiguous=True)
        out.append(m)
    return out


def _same_place(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``same_place``: a name left ambiguous that one of its readings makes a place the
    report names decidedly under another spelling or case ("Sergeevka" beside "Sergiivka",
    "Високого" beside "Високе") is that place. So is a name read only through an inflection
    or a spelling variant ("Никифоровці", the Russian spelling "Никифоровка" inflected) that
    the gazetteer puts elsewhere, when its nominative is another spelling of a name the
    report writes as it is ("Никифорівка") and one of its readings is that place: one
    village is not drawn at two points 13 km apart (rule ``same_place_spelling``)."""
    decided = {m.place_id for m in mentions if m.kind == "settlement" and m.place_id
               and not m.ambiguous}  # fmt: skip
    mentions = _same_place_spelling(gz, mentions)
    out = []
    for m in mentions:
        if m.kind == "settlement" and m.ambiguous and decided and m.unmapped != "region_rules_out":
            try:
                readings = gz.resolve(m.text, limit=None, fuzzy=False)
            except PlaceNotFound:
                readings = []
            # a spelling variant too: the report spells the place it named one way here, but a
            # variant of an inflected form, or one that adds or drops a final vowel, is another
            # name ("Pokrovske" beside "Pokrovsk": a village and a city)
            inflected = any(c.match_kind == "inflected" for c in readings)
            named = [
                c for c in readings
                if c.place.id in decided and c.match_kind != "fuzzy"
                and (c.match_kind != "variant"
                     or (not inflected and _same_ending(c.matched, m.text)))
            ]  # fmt: skip
            # a village that bears the name today in the named place's oblast beats the named
            # place's former name ("Hrodivka, a village east of Myrnohrad"; Dzerzhinsk, which
            # no town of Donetsk Oblast is called today, is still Toretsk)
            named = [
                c for c in named
                if c.match_kind != "former"
                or not any(o.match_kind == "exact" and o.place.admin1 == c.place.admin1
                           and o.place.id != c.place.id for o in readings)
            ]  # fmt: skip
            if len({c.place.id for c in named}) == 1:
                m = _mention(m.text, m.span, m.sentence, None, named[0],
                             f"{named[0].evidence[0]}; the place the report names so elsewhere",
                             ("same_place",))  # fmt: skip
        out.append(m)
    return out


#: How many people a namesake needs to be a town among villages (rule ``town_among_villages``),
#: how many times more than any other namesake, how near the report's other places must lie,
#: and within what distance two readings are one place (a town and its own second point).
TOWN_POPULATION, TOWN_RATIO, FRONT_KM, ONE_PLACE_KM = 10_000, 10, 100.0, 5.0


def _town_among_villages(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``town_among_villages``: a name left ambiguous between a town and villages
    ("Avdiivka", a city of ~35,000 people, and two tiny Chernihiv-oblast Avdiivkas) is the town
    when all of these hold:

    * the town has at least :data:`TOWN_POPULATION` people and :data:`TOWN_RATIO` times as
      many as every other namesake (one with no population counts as none; readings within
      :data:`ONE_PLACE_KM` of the town are the town's own second points);
    * the report names other places it decides, at least one within :data:`FRONT_KM` of the
      town, and none within :data:`FRONT_KM` of another namesake — the report is about the
      town's part of the front, not the villages' region.

    Otherwise the name stays ambiguous: two towns, or a report whose places lie near both the
    town and a village, or one that names no other place, never pick one.
    """
    from gazetteer.store import haversine_matrix

    points = {(m.text, m.lat, m.lon) for m in mentions
              if m.kind == "settlement" and m.place_id and not m.ambiguous and m.lat is not None}  # fmt: skip
    if not points:
        return mentions
    towns: dict[str, Candidate | None] = {}  # decided once per name: a list repeats names

    def town_of(name: str) -> Candidate | None:
        try:
            readings = [c for c in gz.resolve(name, limit=None, fuzzy=False)
                        if c.match_kind in _kinds(name)]  # fmt: skip
        except PlaceNotFound:
            return None
        town = max(readings, key=lambda c: c.place.population or 0, default=None)
        people = (town.place.population or 0) if town is not None else 0
        if people < TOWN_POPULATION:
            return None
        here = (town.place.lat, town.place.lon)
        places = [c.place for c in readings]
        apart = haversine_matrix([here], [(p.lat, p.lon) for p in places])[0] > ONE_PLACE_KM
        others = [p for p, far in zip(places, apart, strict=True) if far]
        near = sorted({(lat, lon) for text, lat, lon in points if text != name})
        if not others or not near or any((p.population or 0) * TOWN_RATIO > people for p in others):
            return None
        if not (haversine_matrix([here], near) <= FRONT_KM).any():
            return None
        if (haversine_matrix([(p.lat, p.lon) for p in others], near) <= FRONT_KM).any():
            return None
        return town

    out = []
    for m in mentions:
        if m.kind == "settlement" and m.ambiguous and m.unmapped != "region_rules_out":
            if m.text not in towns:
                towns[m.text] = town_of(m.text)
            if (town := towns[m.text]) is not None:
                people = town.place.population or 0
                m = _mention(m.text, m.span, m.sentence, None, town,
                             f"{town.evidence[0]}; a town of {people:,} people among villages "
                             f"of its name, by the report's other places within {FRONT_KM:.0f} km",
                             ("town_among_villages",))  # fmt: skip
        out.append(m)
    return out


def _same_ending(a: str, b: str) -> bool:
    """Whether two spellings both end in a vowel or both in a consonant: the spelling skeleton
    drops a final vowel, so "Pokrovske" (a village) and "Pokrovsk" (a city) share it."""
    from gazetteer.names import key

    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka[-1] in "aeiouy") == (kb[-1] in "aeiouy")


def _same_place_spelling(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``same_place_spelling`` (see :func:`_same_place`)."""
    from gazetteer.inflection import lemmas
    from gazetteer.names import variant

    # a name's spelling skeleton -> (place, the name as written) of the places read as written
    written: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and m.place_id and found.best.match_kind == "exact":
            written.setdefault(variant(m.text), set()).add((m.place_id, m.text))
    if not written:
        return mentions
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and m.place_id else None
        if found is not None and found.best.match_kind in ("inflected", "variant"):
            # an inflected name's own ending is a case ending: its nominatives are compared
            readings = tuple(lemmas(m.text))
            if found.best.match_kind == "inflected" and readings:
                nominatives = readings
            else:
                nominatives = (m.text, *readings)
            ids = {
                pid
                for n in nominatives
                for pid, name in written.get(variant(n), ())
                if _same_ending(n, name)
            }
            if len(ids) == 1 and m.place_id not in ids:
                (pid,) = ids
                readings = []
                for n in nominatives:
                    with suppress(PlaceNotFound):
                        readings += gz.resolve(n, limit=None, fuzzy=False)
                same = next((c for c in readings if c.place.id == pid), None)
                if same is not None:
                    m = _mention(m.text, m.span, m.sentence, None, same,
                                 f"{same.evidence[0]}; the place the report names so elsewhere",
                                 ("same_place",))  # fmt: skip
        out.append(m)
    return out


#: Anchors the text gives the name itself (:attr:`Mention.decided_by`): a region its sentence
#: names (an oblast, a raion, another country's region), its hromada. An oblast the report
#: names elsewhere (about other places, perhaps) reads the mention there, but it does not rule
#: out the name's readings in other oblasts for a statement (rule ``region_anchor``): "In Sumy
#: region, two people were injured … Pokrovka, which lies 120 km west of Kupiansk" is not
#: measured from the Sumy Pokrovka alone.
_TEXT_ANCHORS = frozenset({"region_sentence", "in_raion", "in_hromada", "foreign_sentence"})


#: The readings of a mention an anchor in the text made (rules ``in_region``,
#: ``region_anchor``, ``in_hromada``, ``in_raion``, ``foreign_region``): a region the sentence
#: or the report names, its hromada. Only these override the statements' joint readings.
_ANCHORS = _TEXT_ANCHORS | {"region_report", "foreign_report"}


#: What in a report's own words placed a name (an anchor, the places beside it, a place it is
#: near): a foreign region the report names elsewhere does not move it (rule
#: ``foreign_region``).
_PLACED_BY_TEXT = _ANCHORS | {"joint_context", "near_anchor"}


def _as_mentions(context: dict, mentions: list[Mention]) -> dict:
    """The joint readings with each name the report's mentions read one way (by a region
    anchor, the report's context or a decided namesake) put first: a statement measures the
    place its sentence's claim is drawn at (rule ``region_anchor``)."""
    read: dict[str, set] = {}
    by_raion: set[str] = set()
    bare: set[str] = set()
    for m in mentions:
        if m.kind != "settlement" or not _TEXT_ANCHORS.intersection(m.decided_by):
            continue
        # the statement names the place without its place-type word ("Село П’ятихатки …
        # розташоване за 16 км …" measures "П’ятихатки"): both names are read so
        for text in dict.fromkeys((m.text, place_name(m.text) or m.text)):
            if text in context:
                if text != m.text:
                    bare.add(text)
                read.setdefault(text, set()).add(None if m.ambiguous else m.place_id)
                if "in_raion" in m.decided_by:
                    by_raion.add(text)
    out = dict(context)
    for name, ids in read.items():
        if len(ids) != 1 or None in ids:
            continue
        (pid,) = ids
        cands = context[name]
        raion = name in by_raion
        chosen = next((c for c in cands if c.place.id == pid), None)
        if chosen is None:
            continue
        # the region (or hromada) that anchors the name rules out its readings in other
        # oblasts; a raion the sentence names leaves no other reading (rule in_raion)
        oblast = (chosen.place.country, chosen.place.admin1_code)
        rest = [
            c for c in cands
            if c.place.id != pid and not raion and (c.place.country, c.place.admin1_code) == oblast
        ]  # fmt: skip
        if chosen is cands.best and not cands.ambiguous and len(rest) == len(cands) - 1:
            continue
        if name in bare and chosen.match_kind not in ("exact", "former", "inflected"):
            continue  # the bare name matches that place only by another spelling
        first = replace(chosen, ambiguous=False)
        out[name] = Candidates([first, *rest], query=name, ambiguous=False, tried=cands.tried)
    return out


def _as_written(gz, m: Mention) -> str:
    """The name an ambiguous mention is shown under: its first reading's when that reading
    bears the name today, else the name the reading matched (a claim on "Новоолександрівка"
    is shown as Novooleksandrivka, not as Melitopol; rule ``former_name``)."""
    try:
        best = next(
            c for c in gz.resolve(m.text, limit=None, fuzzy=False) if c.place.id == m.place_id
        )
    except (PlaceNotFound, StopIteration):
        return m.name
    return best.matched if _renamed(best) else m.name


#: Readings an ambiguous place's note lists (the rest are counted).
SHOWN_READINGS = 5


def _readings_note(gz, m: Mention, region: str | None = None) -> str:
    """Why a place is left off the map, and what would place it: ``"ambiguous: 4 places are
    named 'Blahodatne' — Blahodatne (Volnovakha Raion, Donetsk Oblast, UA), …; the report does
    not decide: naming the raion, the oblast or a village beside it would"``; with the
    ``region`` the text names, its readings there (``"… named 'Садовое' in Kharkiv Oblast"``)."""
    if m.unmapped is not None:
        return m.context  # already told, with the region the text names
    try:
        found = gz.resolve(m.text, in_admin=region, limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        found = []
    found = [c for c in found if c.match_kind in _kinds(m.text)]
    found = [c for c in found if not _lookalike(c)] or found  # places so named (rule own_name)
    readings = list(
        {
            c.place.id: f"{c.place.name} ({c.place.admin_path}; {c.place.lat:.3f}, {c.place.lon:.3f})"
            for c in found
            if region is None or c.place.admin1 == region
        }.values()
    )
    shown = "; ".join(readings[:SHOWN_READINGS])
    more = f"; and {len(readings) - SHOWN_READINGS} more" if len(readings) > SHOWN_READINGS else ""
    where = f" in {region}" if region and readings else ""
    decide = (
        "the raion or a village beside it"
        if where
        else "the raion, the oblast or a village beside it"
    )
    return (
        f"ambiguous: {len(readings) or 'several'} places are named {m.text!r}{where}"
        + (f" — {shown}{more}" if shown else "")
        + f"; the report does not decide: naming {decide} would"
    )


def _readings_fields(m: Mention) -> dict:
    """The typed fields that go with :func:`_readings_note` of ``m``: ``m``'s own when a
    rule's note already says why it is left off the map, else those of the note listing its
    readings (which no anchor decides).

    Parameters
    ----------
    m : Mention
        The mention left ambiguous.

    Returns
    -------
    dict
        ``decided_by``, ``decided_near`` and ``unmapped``, for :func:`dataclasses.replace`.
    """
    if m.unmapped is not None:
        return {"decided_by": m.decided_by, "decided_near": m.decided_near,
                "unmapped": m.unmapped}  # fmt: skip
    return {"decided_by": (), "decided_near": None, "unmapped": "readings"}


def _mention(text, span, sentence, found, best, context, decided_by=(), near=None) -> Mention:
    """A settlement mention placed at ``best``; ambiguous when ``found`` is (None: decided).

    Parameters
    ----------
    text, span, sentence
        The name as written, its span in the report and its sentence's index.
    found : Candidates or None
        The name's readings; the mention is ambiguous when they are (None: decided).
    best : Candidate
        The reading the mention is placed at.
    context : str
        The note that tells the reader how it was read.
    decided_by : tuple of Decision
        The rules, beyond its name, that read it (:attr:`Mention.decided_by`).
    near : str or None
        The name of another place of the text whose place decided it (rule
        ``joint_context``).

    Returns
    -------
    Mention
    """
    p = best.place
    one_country = found is not None and all(c.place.country == p.country for c in found)
    return Mention(text, span, sentence, "settlement", p.id, p.name, p.lat, p.lon, best.score,
                   context, p.precision, p.radius_km if p.precision != "point" else None, p.source,
                   bool(found is not None and found.ambiguous), p.country, tuple(decided_by),
                   near, one_country=one_country)  # fmt: skip


_LOOKUPS: dict = {}


def _kinds(text: str) -> tuple[str, ...]:
    """Match kinds that name a place: Ukrainian and Russian names are inflected ("Торецька"),
    and a Cyrillic name without Ukrainian letters may be the Russian spelling of a Ukrainian
    village ("Иванополье", "Васюковку": Іванопілля, Васюківка), which only the gazetteer's
    spelling-variant key reaches (rule ``russian_spelling``; see :func:`_credible`)."""
    if not _CYRILLIC.search(text):
        return ("exact", "former")
    if writes_own_letters(text, "uk"):
        return ("exact", "former", "inflected")
    return ("exact", "former", "inflected", "variant")


def _lookup(gz, text):
    k = (id(gz), text)
    if k not in _LOOKUPS:
        try:
            found = gz.resolve(text, limit=3, fuzzy=False)
            _LOOKUPS[k] = found if found.best.match_kind in _kinds(text) else None
        except PlaceNotFound:
            _LOOKUPS[k] = None
    return _LOOKUPS[k]


def _placed(target: Mention) -> tuple:
    """``(lat, lon, place_id)`` of a claim: none for a name the report leaves ambiguous."""
    if target.ambiguous:
        return None, None, None
    return target.lat, target.lon, target.place_id


def _placing(target: Mention) -> tuple:
    """``(precision, radius_km, place_source, resolution, resolution_note)`` of a claim."""
    if target.ambiguous:
        return None, None, None, "ambiguous", target.context
    if target.kind == "unresolved":
        return None, None, None, "unresolved", target.context
    return target.precision, target.radius_km, target.source, "resolved", target.context


_EN_DATE = re.compile(
    # "January 4th"; "June 9-10" (a night or a span: its last day)
    r"\b([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2}[-–])?(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b"
    r"|\b(?:\d{1,2}[-–])?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\b(?:\s+(\d{4}))?"  # "8-9 August": the 9th
)


#: A Cyrillic day and month ("12 лютого", "8–14 февраля"); the day may carry its ordinal ending
#: ("12-го лютого", "11-е февраля"; rule ``ordinal_day``).
_CY_DATE = re.compile(
    r"\b(?:\d{1,2}[-–])?(\d{1,2})(?:-(?:го|ого|е|те))?\s+([а-яіїєґё]+)(?:\s+(\d{4}))?", re.I
)


_WORD_RUN = re.compile(r"[\w’'-]+")


_DIGIT = re.compile(r"\d")


#: Days a span of dates may cover and still date its claims to a week ("с 8 по 14 февраля").
WEEK_DAYS = 7


_CAP_WORD = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w’'-]*")


@lru_cache(maxsize=4096)
def _all_readings(gz, name: str | None) -> tuple:
    """Every reading of a name the gazetteer has (up to 200), or none (remembered per name)."""
    if not name:
        return ()
    try:
        return tuple(gz.resolve(name, limit=200, fuzzy=False))
    except PlaceNotFound:
        return ()


#: Descriptions that stand for a settlement named nearby ("the town", "this battered city").
_DESCRIBED_PLACES = lexicon().settlement_words | lexicon().type_words
