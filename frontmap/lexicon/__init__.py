"""The words frontmap reads, per language, kept as data (``en.json``, ``uk.json``, ``ru.json``).

One vocabulary shared by every module that reads text (statements, verification, extraction):
numbers, units, qualifiers *with their meaning*, compass words, travel modes, words that name
lines and other things that are not settlements, pronouns, place-type words and months.

Qualifier meanings (what :mod:`frontmap.verify` does with the stated value):

``approximate``  "about 12 km": the value ± a wider tolerance
``upper``        "less than 12 km", "within", "up to": anywhere from 0 to the value
``lower``        "more than 12 km", "at least": the value or more
``just_over``    "just over 12 km": the value to 1.2× the value
``exact``        "just 12 km", "only": the value with the base tolerance
``vague``        "a few", "several": a range of small numbers (``vague_numbers``)

Adding a language: copy ``en.json``, translate each list (keep the keys), and add the file's
language code to :data:`LANGUAGES`; test cases live as data beside the corpus.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["LANGUAGES", "MEANINGS", "Lexicon", "claims_lexicon", "lexicon"]

LANGUAGES = ("en", "uk", "ru")
MEANINGS = ("approximate", "upper", "lower", "just_over", "exact", "vague")
_HERE = Path(__file__).parent


@dataclass(frozen=True)
class Lexicon:
    """The merged vocabulary of some languages (all of :data:`LANGUAGES` by default)."""

    numbers: dict[str, float]
    vague_numbers: dict[str, tuple[float, float]]
    units: dict[str, str]
    qualifiers: dict[str, str]
    #: compass words, with the sides a place is approached from ("з південного сходу")
    compass: dict[str, str]
    compass_by_language: dict[str, dict[str, str]]
    #: per Cyrillic language, its own words and word endings (see :func:`cyrillic_language`)
    language_cues: dict[str, dict]
    direction_adjectives: frozenset[str]
    proximity: tuple[str, ...]
    travel_modes: dict[str, str]
    non_place: frozenset[str]
    #: "attacks", "обстріли", "взрывы": nouns of an event; a phrase holding one names what
    #: happened somewhere, never a place ("Атаки отбиты в 3 км от …" is not measured from a
    #: village that happens to be called Ataky)
    event_nouns: frozenset[str]
    line_words: frozenset[str]
    pronouns: frozenset[str]
    #: words a full stop follows without ending the sentence ("Feb.", "с. Дачне", "on the r. Desna")
    abbreviations: frozenset[str]
    #: "a", "another", "одне": a description after one introduces a place, it does not point back
    indefinite_determiners: frozenset[str]
    function_caps: frozenset[str]
    demonyms: frozenset[str]
    connectors: frozenset[str]
    #: articles glued to a name by a hyphen ("al-Balah", "ez-Zor", "ash-Sham"), never on their own
    name_articles: frozenset[str]
    type_tail: frozenset[str]
    type_words: frozenset[str]
    np_stop: frozenset[str]
    partitive: frozenset[str]
    time_words: frozenset[str]
    months: dict[str, int]
    links: frozenset[str]
    tail_words: frozenset[str]
    locative_prepositions: frozenset[str]
    route_links: tuple[str, ...]
    editorial_marks: tuple[str, ...]
    region_words: frozenset[str]
    relative_pronouns: frozenset[str]
    settlement_words: frozenset[str]
    front_words: frozenset[str]
    border_words: frozenset[str]
    force_words: frozenset[str]
    countries: dict[str, str]
    force_sides: dict[str, str]
    participles: frozenset[str]
    coordinators: frozenset[str]
    appositive_heads: frozenset[str]
    locative_verbs: frozenset[str]
    distance_verbs: frozenset[str]
    distance_nouns: frozenset[str]
    span_subject: dict[str, str]
    span_from: frozenset[str]
    span_to: frozenset[str]
    plural_type_words: frozenset[str]
    according_to: frozenset[str]
    span_between: frozenset[str]
    span_and: frozenset[str]
    #: "или", "або": between two measures of one stretch, another way to measure it ("13 км на
    #: юг или 32 км по автодорогам")
    span_or: frozenset[str]
    #: "or", "або", "или": between two names after a link ("20 km from Kramatorsk or
    #: Sloviansk"), the text leaves open which one a measure is from
    alternative_links: frozenset[str]
    #: "across", "downstream": a phrase placing a thing relative to a place after "from"/"of"
    relative_position_from: frozenset[str]
    #: "opposite": the same, with the place right after it
    relative_position_direct: frozenset[str]
    #: "hometown", "birthplace": a place named by whose it is
    owner_place_heads: frozenset[str]
    #: "hub", "stronghold", "home": heads of a description in apposition that describe a place
    #: (with the settlement words and appositive heads; rule described_apposition)
    place_description_heads: frozenset[str]
    #: "largest", "busiest": an elliptical superlative in apposition ("one of Russia's
    #: largest") describes the noun before it (rule described_apposition)
    apposed_superlatives: frozenset[str]
    #: "самом", "самому": an emphatic word between a preposition and a name ("в самом Очакове")
    emphatic_words: frozenset[str]
    #: "траси", "автодороги": a road word, whose name may be its two ends ("траси Київ — Чоп")
    road_words: frozenset[str]
    #: "звідси", "оттуда": a measure's reference that points at a place said before ("в
    #: километре оттуда", "за 5 км звідси")
    deictic_from: frozenset[str]
    object_verbs: frozenset[str]
    #: "районі", "окраинах", "передмістя": an area of a place ("в районе Работино"); as written
    #: or, in the nominative, matched through a word's readings (rule area_of_place)
    area_words: frozenset[str]
    plural_verbs: frozenset[str]
    from_directions: dict[str, str]
    #: "вище за течією", "ниже по течению": a side along a river, not a compass direction
    river_directions: frozenset[str]
    #: verb phrases that end a subject's clause ("The battles took place 3 km from …")
    tail_phrases: frozenset[str]
    #: words that make the name after them a river, lake or mountain ("on the r. Desna")
    feature_before: frozenset[str]
    #: a distance measured along a route ("by road", "залізницею") → its mode
    route_modes: dict[str, str]
    #: "біля", "в районі", "возле": a place named after a direction's reference is what lies
    #: there ("на південь від Торецька біля Неліпівки")
    near_prepositions: frozenset[str] = frozenset()
    #: "length", "довжина", "протяженность": a span's figure is a line's length (line_length)
    length_words: frozenset[str] = frozenset()
    #: verbs of movement: "advanced west from X" says where a thing went, not where it lies
    motion_verbs: frozenset[str] = frozenset()
    #: verbs whose object is where a movement set out ("fled X to Y", "left X for Y")
    departure_verbs: frozenset[str] = frozenset()
    #: rule between_each: "each", "both": a reference standing for a "between" phrase's pair
    pair_pronouns: frozenset[str] = frozenset()
    #: who holds a place, before its name ("occupied Donetsk", "Moscow-held Donetsk")
    control_modifiers: frozenset[str] = frozenset()
    #: rule reference_holder: an area named by who holds it after its noun ("territory under
    #: Russian control", "areas held by Ukrainian forces"): the area nouns and the nouns of holding
    held_area_nouns: frozenset[str] = frozenset()
    holding_nouns: frozenset[str] = frozenset()
    #: "the capital", "столиці": a capital with no name (rule ``capital_of_country``) …
    capital_words: frozenset[str] = frozenset()
    #: … the only words it may stand with ("the country's capital"), and each country's capital
    capital_modifiers: frozenset[str] = frozenset()
    country_capitals: dict[str, str] = field(default_factory=dict)
    #: "the regional center", "обласного центру", "райцентр": the seat of an area, with the
    #: level it is the seat of ("oblast" or "raion"; rule ``oblast_centre``)
    seat_words: dict[str, str] = field(default_factory=dict)
    #: … and the words a seat phrase may carry besides its name ("the", "of", "oblast")
    seat_fillers: frozenset[str] = frozenset()
    #: "village", "села", "деревни": a place called so is no city even when a city bears its
    #: name ("від села Запоріжжя"; ``frontmap.verify``)
    village_words: frozenset[str] = frozenset()
    #: A description's head that names a town or city, never a village ("the town", "місто").
    city_words: frozenset[str] = frozenset()
    #: A description's head that names a village, never a town or a seat ("the village", "село").
    rural_words: frozenset[str] = frozenset()
    #: "plant", "airport": an appositive with this head says a name stands for a facility
    #: ("Zaporizhzhia, Europe's largest nuclear power plant, near Enerhodar")
    facility_heads: frozenset[str] = frozenset()
    #: rule facility_point: the words that say a facility's type ("airport": air, "ГЭС": hydro),
    #: each type's GeoNames feature codes and the words a plain power station's (PS) names hold
    #: to be of it, and the words no part of a facility's own name
    facility_features: dict[str, str] = field(default_factory=dict)
    facility_types: dict[str, dict] = field(default_factory=dict)
    facility_name_fillers: frozenset[str] = frozenset()
    #: "the same distance north of X": a measure that repeats the one before, about its subject
    distance_anaphors: frozenset[str] = frozenset()
    #: "to Minova, a further 15 km south": a measure on from the place named before
    further_measures: frozenset[str] = frozenset()
    #: "roughly the size of Delaware": an aside comparing the subject (rule comparison_aside)
    comparison_asides: frozenset[str] = frozenset()
    #: "fired two missiles at a tanker 75 nm west of …" (rule attack_target)
    attack_at_verbs: frozenset[str] = frozenset()
    attack_at_prepositions: frozenset[str] = frozenset()
    #: "residents of all settlements …": who lives in or leaves the places after "of" (rule
    #: population_partitive)
    population_partitives: frozenset[str] = frozenset()
    #: "in central Gaza": words before the area a named place lies in (rule place_in_area)
    area_adjectives: frozenset[str] = frozenset()
    named_place_heads: frozenset[str] = frozenset()
    #: "X, positioned 6 km away, shells Y": verbs acting on a place from afar (rule away_object)
    away_object_verbs: frozenset[str] = frozenset()
    #: "Pokrovsk's neighbour Myrnohrad, 5 km away": a place named by its relation to the
    #: possessor, which the measure is taken from (rule possessor_neighbour)
    neighbour_heads: frozenset[str] = frozenset()
    #: "откуда", "звідки": a relative adverb of "from where" after a name and a comma
    #: ("Белгород, откуда до границы 40 км"): the name is the stretch's subject (rule
    #: span_relative_from)
    relative_from: frozenset[str] = frozenset()
    #: "Israel's 32-mile border": a measure as an adjective of a line is a length (rule
    #: length_attribute)
    length_nouns: frozenset[str] = frozenset()
    #: "Kibbutz Kerem Shalom": a type word before the name (rule type_prefix)
    name_type_prefixes: frozenset[str] = frozenset()
    #: "Kupiansk straddles the Oskil and lies …": verbs saying where a place is (rule
    #: shared_subject_located)
    placing_verbs: frozenset[str] = frozenset()
    #: "200 km an hour": a speed or pace, no distance (rule rate)
    rate_words: frozenset[str] = frozenset()
    #: "can hit targets 40 km …": a weapon's reach (rule weapon_reach)
    reach_modals: frozenset[str] = frozenset()
    #: "the convoy stretched for 40 miles": a length (rule extent_verb)
    extent_verbs: frozenset[str] = frozenset()
    #: "примикає до", "граничит с": a clause's subject lies next to the place the verb governs,
    #: so a measure after that place still places the subject (rule lying_subject)
    adjacency_verbs: frozenset[str] = frozenset()
    #: "Фронт зовсім поруч — за 7 км", "Передовая совсем рядом, в 1,5 км": a predicate of
    #: nearness with no "від"/"от", its measure after a dash or comma (rule near_predicate)
    near_predicates: frozenset[str] = frozenset()
    #: "between 12 and 30 km", "між 7 і 12 км": a word that makes "N and M" one range, not a
    #: list of figures for a list of names (rule value_list)
    range_openers: frozenset[str] = frozenset()
    #: "dozens of other communities", "part of a belt": a quantity or share of what follows "of"
    quantity_partitives: frozenset[str] = frozenset()
    #: "were spotted 2 km from …": the word after one is the predicate, not a noun phrase
    auxiliaries: frozenset[str] = frozenset()
    #: "по прямой", "по прямій": a distance said to be measured in a straight line
    straight_line: frozenset[str] = frozenset()
    #: "что", "що" after a verb of saying: a conjunction opening a clause, not a relative
    complementizers: frozenset[str] = frozenset()
    #: "в", "у", "на": prepositions naming what a place lies in ("в Запорожской области")
    container_prepositions: frozenset[str] = frozenset()
    #: "відомо", "известно": a predicate that a "що"/"что" clause completes
    predicatives: frozenset[str] = frozenset()
    #: "о том, что", "про те, що": a pronoun ending a clause that takes up the complement after
    #: it; "что"/"що" after it opens no relative clause (rule complement_after_correlative)
    correlatives: frozenset[str] = frozenset()
    #: "які", "которые": a relative pronoun that points back to several places at once
    plural_relatives: frozenset[str] = frozenset()
    #: "що", "что": a relative pronoun of no number; it points back to several places only
    #: when a plural verb follows it ("Стрілече та Пильна, що лежать за 1 км від кордону")
    neutral_relatives: frozenset[str] = frozenset()
    #: "к": the end a movement approaches, a stretch's end when the distance is stated after
    #: it ("подошли к Покровску на расстояние 3 км")
    approach_to: frozenset[str] = frozenset()
    #: "вийти", "продвинуться", "наступать": verbs of moving towards a place (dictionary forms,
    #: any aspect); the place one governs through ``goal_prepositions`` right before a measure
    #: is what the measure places ("вышли к Ивановке в 8 км от …"; rule motion_goal)
    goal_verbs: frozenset[str] = frozenset()
    #: "к", "до", "на": the prepositions of a movement's goal after a ``goal_verbs`` verb
    goal_prepositions: frozenset[str] = frozenset()
    #: "бои за", "боротьба за": fighting for a place; the place right before a measure is what
    #: the measure places ("идут бои за Торецк, в 20 км от …"; rule fight_for)
    fight_for: frozenset[str] = frozenset()
    #: "неподалік від", "недалеко от": nearness to a reference a measure may then quantify
    near_from: frozenset[str] = frozenset()
    #: "це", "этот": a demonstrative before the noun it points with ("Це село")
    demonstratives: frozenset[str] = frozenset()
    #: "район", "область": an administrative unit's head noun in the nominative
    region_heads: frozenset[str] = frozenset()
    #: every case form of the relative pronouns ("якому", "котором", "где"): a clause opener
    relative_forms: frozenset[str] = frozenset()
    #: "м.", "с.", "г.", "пгт": a settlement type shortened before a name ("від м. Покровськ")
    type_abbreviations: frozenset[str] = frozenset()
    #: "з половиною", "с половиной": a half added to the number before it
    and_a_half: frozenset[str] = frozenset()
    #: "зоні", "полосе": after a measure adjective ("у 20-кілометровій зоні від кордону"), the
    #: zone is what the measure bounds
    zone_words: frozenset[str] = frozenset()
    #: "відділяє", "отделяют": "X від Y відділяє N км" says how far X lies from Y
    separation_verbs: frozenset[str] = frozenset()
    #: "його", "их": a pronoun as the object a separation verb sets apart ("от России его
    #: отделяет 800 метров"), kept as the subject as written
    object_pronouns: frozenset[str] = frozenset()
    #: "їм", "им": a dative pronoun for whom a distance remains ("…, им осталось до него 30
    #: км"), standing for the forces that open the clause before (rule dative_experiencer)
    dative_pronouns: frozenset[str] = frozenset()
    #: Words before a destination's name ("a bus travelling to", "the road to", "ехавшему в",
    #: "що їхав до"; rule ``destination``): the name is where something was heading.
    destination_leads: frozenset[str] = frozenset()
    #: Rule ``not_asserted``: negations (and the words after one that make it a bound, "not
    #: more than"), cues of a supposed figure ("if", "якби", "чтобы") and of a disputed one
    #: ("myth", "неправда"): a figure the sentence does not assert is never judged.
    negations: frozenset[str] = frozenset()
    negation_exempt: frozenset[str] = frozenset()
    hypothetical_cues: frozenset[str] = frozenset()
    conditional_cues: frozenset[str] = frozenset()
    inverted_conditionals: frozenset[str] = frozenset()
    counterfactual_words: frozenset[str] = frozenset()
    falsity_cues: frozenset[str] = frozenset()
    #: "in fact", "насправді", "на самом деле": a figure before one is corrected (disputed)
    correction_cues: frozenset[str] = frozenset()
    #: "might", "allegedly", "нібито", "якобы" right before a figure: the text hedges it
    hedge_cues: frozenset[str] = frozenset()
    #: "unlike", "rather than", "на відміну від", "в отличие от": a name after one is set apart
    #: from the statement ("Selydove, unlike Myrnohrad, lies …"; rule contrast_aside)
    contrast_leads: frozenset[str] = frozenset()
    #: "Donbas", "Галичина", "Крым": historical and geographic regions, never a settlement
    region_names: frozenset[str] = frozenset()
    #: "Kharkiv is separated from the border by 30 km": the passive, its measure after "by"
    separation_participles: frozenset[str] = frozenset()
    #: "built", "split", "held", "retaken": past participles not in -ed that open an aside
    #: between commas ("Kupiansk, split by the Oskil River, is …"; rule participle_aside)
    irregular_participles: frozenset[str] = frozenset()
    #: "away", "distant": a word after a measure that says how far with no reference named
    #: ("Russian troops are 30 km away", "the menace 30 km distant"; rule measure)
    away_words: frozenset[str] = frozenset()
    #: "approached", "nearing": a verb whose object is what a measure after it is taken from
    #: ("Russian forces approached Pokrovsk to within 5 km"; rule approached_object)
    approach_verbs: frozenset[str] = frozenset()
    #: "respectively", "відповідно", "соответственно": figures and names paired by their order
    respectively: frozenset[str] = frozenset()
    #: rule gapped_reference in English: "and", "while", "with" opening a second place and its bare
    #: measure after a statement ("… 18 km from Pokrovsk, and Novohrodivka 15 km")
    gapping_openers: frozenset[str] = frozenset()
    #: rule water_name: rivers named with "the" and no "river" ("the Donets", "the Danube")
    #: that the gazetteer holds under another name; the ones it holds as streams it names itself
    river_names: frozenset[str] = frozenset()
    #: rule subject_before_span: "road", "highway": a way named by its two ends ("on the road
    #: from Avdiivka to Pokrovsk"), in English (Ukrainian and Russian: ``road_words``)
    route_nouns: frozenset[str] = frozenset()
    #: rule subject_before_span: "midway", "посередині": an adverb before "between"
    span_adverbs: frozenset[str] = frozenset()
    #: "як", "і", "как", "и" opening a first "від" phrase and "так і", "и" a second one: "за 10
    #: км як від кордону, так і від Вовчанська", "в 20 км и от границы, и от Грайворона"
    correlative_first: frozenset[str] = frozenset()
    correlative_second: frozenset[str] = frozenset()
    #: "apart": "X and Y are 80 km apart" measures the stretch between the two named before
    span_apart: frozenset[str] = frozenset()
    #: "distance": "the distance to the front line is 7 km" measures a stretch named by one end
    #: only, from the place the text is about (a route noun measures along a road: not these)
    span_one_end_nouns: frozenset[str] = frozenset()
    #: rule inverted_subject: "Some 15 km east of Pokrovsk lies the town of Myrnohrad", "Just
    #: 40 km from Belgorod passes the border": verbs after an opening measure, before what it places
    inverted_verbs: frozenset[str] = frozenset()
    #: rule content_clause: "…, which means the troops were now 15 km from …": verbs opening a
    #: clause with a subject of its own
    content_clause_verbs: frozenset[str] = frozenset()
    #: rule along_street: "200 meters down the street": a distance along a way from where the
    #: speaker is, with no place named (read as "away" is, never given a reference)
    away_links: frozenset[str] = frozenset()
    #: "now", "reportedly": adverbs between an auxiliary and its participle ("are now fighting")
    sentence_adverbs: frozenset[str] = frozenset()
    #: "said", "believed": "X is said to be 5 km from …" says where X is, as "X is" does
    raising_verbs: frozenset[str] = frozenset()
    #: "said", "told": after "In Kyiv," a verb of saying makes the place where it was said
    speech_verbs: frozenset[str] = frozenset()
    #: "Як", "Чим", "Как": a headline's question word; the verb after it, then its subject
    #: ("Чим живуть Куп'янськ і Вовчанськ за кілька кілометрів від …")
    interrogatives: frozenset[str] = frozenset()
    #: "кілометр", "километре": a unit after "за"/"в" with no number is one of it ("в
    #: километре от Покровска", "за кілометр від …")
    single_units: frozenset[str] = frozenset()
    #: "Він", "Она": a personal pronoun that stands for a place when a word of
    #: ``placed_words`` follows it ("Він розташований за 20 км …": a town is masculine)
    place_pronouns: frozenset[str] = frozenset()
    #: "у", "в": "in" a place ("Вибухи пролунали у Краматорську за 20 км від …": the measure
    #: places the town the event is in)
    in_prepositions: frozenset[str] = frozenset()
    placed_words: frozenset[str] = frozenset()
    #: "знаходиться", "находится": "is", "lies", said of a person or a force as well as of a
    #: place — a pronoun before one stands for a place only when it opens the sentence before
    lying_words: frozenset[str] = frozenset()
    #: "Розташований", "Расположен": a sentence opening with one states where the place the
    #: text is about lies, its subject left unsaid
    located_openers: frozenset[str] = frozenset()
    #: "віддалене", "відстоїть": "X віддалене від Y на 25 км" says how far X lies from Y
    removal_words: frozenset[str] = frozenset()
    #: "тис.", "тысяч": after a figure, thousands of the unit ("1,2 тис. км").
    thousands: frozenset[str] = frozenset()
    #: "Донеччина", "на Харківщині", "Белгородчина": how a region's own name ends.
    region_name_endings: frozenset[str] = frozenset()
    #: Endings of place names written undeclined in any case ("в Шебекино", "жители Глушково"):
    #: no case agreement can be read from such a name (subject rule relative_agreement).
    indeclinable_name_endings: frozenset[str] = frozenset()
    #: Stems of words that describe a settlement's state before its name ("Звільнена
    #: Іванівка", "Оккупированная Горловка"), never part of a name.
    place_modifiers: frozenset[str] = frozenset()
    #: "кстати", "до речі", "як відомо": a word or phrase set off by commas that says nothing
    #: about the clause's parts ("Кам'янка, до речі, розташована …"); ``according_to`` phrases
    #: with their source ("за словами губернатора") are such asides too
    asides: frozenset[str] = frozenset()
    #: "обидва", "каждый": a word after a list of names that distributes the measure over
    #: each of them ("Роботине і Вербове, обидва за 15 км від …"; rule list_distributive)
    list_distributives: frozenset[str] = frozenset()
    #: "утримувати", "штурмовать": infinitives of verbs whose object (or postposed subject) is
    #: a place; every form of them reads as the listed ``object_verbs`` (rule object_verb_lemma)
    object_verb_lemmas: frozenset[str] = frozenset()
    #: "Farther", "To", "Beyond": a short phrase opening with one, fronted before a measure set
    #: off by commas, leaves the place to the verb after the measure (rule fronted_inverted)
    fronted_openers: frozenset[str] = frozenset()
    #: "захоплення", "освобождение", "удар": nouns of taking or striking (lemmas); the place
    #: one governs right before a measure is what the measure places
    object_nouns: frozenset[str] = frozenset()
    #: "станція", "платформа": a railway stop; after "найближча" (``nearest_words``) it names
    #: the nearest one to the place a text is about ("Ближайшая станция — Водяная (3,5 км)")
    station_words: frozenset[str] = frozenset()
    nearest_words: frozenset[str] = frozenset()
    #: "місто", "город", "зупинка": other things a "найближче"/"ближайший" phrase names the
    #: nearest of ("Ближайший город — Каменск-Шахтинский (26 км)")
    nearest_heads: frozenset[str] = frozenset()
    #: "с лишним", "з гаком": after a number, more than it ("20 с лишним км"); each is also a
    #: qualifier (meaning ``lower``)
    odd_suffixes: frozenset[str] = frozenset()
    #: "in", "inside", "at": a preposition whose named object says where an unnamed reference
    #: is ("the launch sites in Ukraine"); the reference phrase keeps it (``reference_postmodifier``)
    postmodifier_prepositions: frozenset[str] = frozenset()
    #: "inside": a link that says into what a depth runs; a "from" phrase after its area names
    #: what the depth is measured from (rule ``depth_from``)
    depth_links: frozenset[str] = frozenset()
    #: "border", "front line": what lies between a measure's two ends in "3 km across the border
    #: from X" (rule across_from; a named water or a feature word does too)
    across_features: frozenset[str] = frozenset()
    #: English clause grammar for the subject reader (rules ``shared_subject``,
    #: ``participle_phrase``): auxiliaries and modals that open a predicate, personal pronouns
    #: (a phrase opening with one is a clause), words that open a subordinate clause,
    #: prepositions a participle's short phrase may open with, words in -ing that are no
    #: participle, and words in -s that are no plural head
    clause_auxiliaries: frozenset[str] = frozenset()
    personal_pronouns: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    #: "while", "although": a subordinate clause after a fronted measure, and "their", "our":
    #: a possessor the reader resolves; neither opens what the measure places (rules
    #: ``fronted_subordinate``, ``fronted_possessed``)
    subordinators: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    #: "between", "under": where a clause puts its subject; "up", "out": a verb's particle
    #: before them (rule ``opening_complement``)
    placing_prepositions: frozenset[str] = frozenset()
    verb_particles: frozenset[str] = frozenset()
    #: "There is a camp in …": a word standing in the subject's place, no subject
    expletives: frozenset[str] = frozenset()
    #: "attack", "strike", "raid": a noun whose "on" phrase names its target (rule
    #: ``attack_target``)
    attack_nouns: frozenset[str] = frozenset()
    #: "took place at", "hit": the verb of a relative clause on an event noun that names where
    #: the event was (rule ``event_site_relative``)
    event_site_verbs: frozenset[str] = frozenset()
    #: "each other", "one another": a reference standing for the subject itself, no place (rule
    #: ``reciprocal_reference``)
    reciprocal_pronouns: frozenset[str] = frozenset()
    participle_prepositions: frozenset[str] = frozenset()
    not_participles: frozenset[str] = frozenset()
    not_plural_heads: frozenset[str] = frozenset()
    #: "been", "being": verb forms that never make a clause of their own (rule closed_relative)
    non_finite_verbs: frozenset[str] = frozenset()
    #: "Location:", "Watch:", "Update:": a label before a colon, never a headline's place (rule
    #: headline_name)
    headline_labels: frozenset[str] = frozenset()
    #: "region", "oblast", "адміністративн…", "област…": stems that, next to a border word, make
    #: it a region's edge ("the Kharkiv region border"), never the state's (rule internal_border)
    internal_border_stems: frozenset[str] = frozenset()
    #: "with", "з", "с": the word after a border word that names what lies across it ("the
    #: border with Russia", "кордону з Запорізькою областю"; rules internal_border, region_border)
    border_partner_words: frozenset[str] = frozenset()
    #: "з", "с": a preposition opening a description's attribute after its type word ("місто з
    #: населенням 17 тисяч", "город с портом"): the type word stays bare, in apposition to the
    #: name before it (rule typed_attribute)
    attribute_prepositions: frozenset[str] = frozenset()
    #: "населенням", "жителей": an inhabitant count, the one attribute that leaves the type word
    #: bare ("місто з населенням 17 тисяч"; not "город с плотиной"; rule typed_attribute)
    attribute_population_words: frozenset[str] = frozenset()
    #: "the", "a", "its", "several": a word after one of these that can also be a verb ("a
    #: shell landed") is a noun (rule determined_noun)
    noun_determiners: frozenset[str] = frozenset()
    #: "which", "що", "который": the relative words that open a clause on the noun before
    #: (statement clauses; a curated subset of :attr:`relative_pronouns`)
    clause_relatives: frozenset[str] = frozenset()
    #: "front", "lines": line words whose "of"-phrase says whose line it is, not where ("the
    #: front lines of Russia's war") — unless the word after "of" is one of
    #: :attr:`line_of_kept` ("the line of contact")
    line_heads_of: frozenset[str] = frozenset()
    line_of_kept: frozenset[str] = frozenset()
    #: "oblast", "region": region words glued to a name that may be the subject itself
    #: ("Kryvyi Rih district" is often the town)
    glued_region_words: frozenset[str] = frozenset()
    #: "муниципального", "селищної", "urban": words between a raion's or hromada's adjective
    #: and its region word ("Очеретино Ясиноватского муниципального округа"; rule
    #: ``qualified_region``)
    region_qualifiers: frozenset[str] = frozenset()
    #: Given names, the claims lexicons' own (``claims-<language>.json``, one vocabulary shared
    #: by claims and statements): "Ivan Franko", "Іван Франко" name a person (rule person_name)
    given_names: frozenset[str] = frozenset()
    #: "was born", "lived", "народився", "родился": a subject of one is a person (rule person_name)
    person_verbs: frozenset[str] = frozenset()
    #: rule person_name: nouns of people heading a subject phrase ("A Kramatorsk family", "the
    #: Kramatorsk mayor") and the words that open an origin aside (", originally from X,",
    #: ", родом з X,"): the phrase names a person, not the place
    person_heads: frozenset[str] = frozenset()
    origin_leads: frozenset[str] = frozenset()
    #: "областю", "областью": the instrumental region word after a border's partner ("граница
    #: с Белгородской областью"; rule border_partner_subject)
    region_instrumental: frozenset[str] = frozenset()

    def meaning(self, qualifier: str | None) -> str | None:
        """The meaning of a qualifier as written (``"roughly"`` → ``approximate``).

        Two stacked qualifiers ("just over about") take the first one's meaning; a vague
        quantity ("a few") is ``vague``.
        """
        if not qualifier:
            return None
        q = " ".join(qualifier.lower().split())
        if q in self.qualifiers:
            return self.qualifiers[q]
        if any(q == v or q.endswith(" " + v) for v in self.vague_numbers):
            return "vague"
        for phrase in sorted(self.qualifiers, key=len, reverse=True):
            if q.startswith(phrase + " "):
                return self.qualifiers[phrase]
        return None

    def vague_range(self, qualifier: str | None) -> tuple[float, float] | None:
        """The range a vague quantity stands for (``"a few"`` → ``(1, 5)``)."""
        q = " ".join((qualifier or "").lower().split())
        return next(
            (tuple(r) for k, r in self.vague_numbers.items() if q == k or q.endswith(" " + k)),
            None,
        )


def _read(language: str) -> dict:
    return json.loads((_HERE / f"{language}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def lexicon(languages: tuple[str, ...] = LANGUAGES) -> Lexicon:
    """The merged vocabulary of ``languages`` (read once)."""
    data = [_read(lang) for lang in languages]

    def merged(key: str) -> dict:
        out: dict = {}
        for d in data:
            out.update(d.get(key, {}))
        return out

    def joined(key: str) -> frozenset[str]:
        return frozenset(w for d in data for w in d.get(key, []))

    def compass(d: dict) -> dict:
        # "на півд.-сх.", "к сев.-вост.", "юго-вост.": each abbreviated point with each of the
        # language's prepositions (rule compass_abbreviated); spelled-out forms win on a clash
        abbr = d.get("compass_abbreviated", {})
        crossed = {
            p + k: v for p in abbr.get("prefixes", []) for k, v in abbr.get("points", {}).items()
        }
        return {**crossed, **d.get("compass", {})}

    def apostrophes(words: dict) -> dict:
        # "п’ять" is also written "пʼять" (U+02BC, the apostrophe of Ukrainian orthography)
        return {**words, **{k.replace("’", "ʼ"): v for k, v in words.items() if "’" in k}}

    return Lexicon(
        numbers=apostrophes(merged("numbers")),
        vague_numbers={k: tuple(v) for k, v in apostrophes(merged("vague_numbers")).items()},
        units=merged("units"),
        qualifiers=merged("qualifiers"),
        compass={
            **{k: v for d in data for k, v in compass(d).items()},
            **merged("from_directions"),
        },
        compass_by_language={d["language"]: compass(d) for d in data},
        language_cues={d["language"]: d["language_cues"] for d in data if "language_cues" in d},
        direction_adjectives=joined("direction_adjectives"),
        proximity=tuple(w for d in data for w in d.get("proximity", [])),
        travel_modes=merged("travel_modes"),
        non_place=joined("non_place"),
        event_nouns=joined("event_nouns"),
        line_words=joined("line_words"),
        pronouns=joined("pronouns"),
        abbreviations=joined("abbreviations"),
        indefinite_determiners=joined("indefinite_determiners"),
        function_caps=joined("function_caps"),
        demonyms=joined("demonyms"),
        connectors=joined("connectors"),
        name_articles=joined("name_articles"),
        type_tail=joined("type_tail"),
        type_words=joined("type_words"),
        np_stop=joined("np_stop"),
        partitive=joined("partitive"),
        time_words=joined("time_words"),
        months=merged("months"),
        links=joined("links"),
        tail_words=joined("tail_words"),
        locative_prepositions=joined("locative_prepositions"),
        route_links=tuple(w for d in data for w in d.get("route_links", [])),
        editorial_marks=tuple(w for d in data for w in d.get("editorial_marks", [])),
        region_words=joined("region_words"),
        relative_pronouns=joined("relative_pronouns"),
        settlement_words=joined("settlement_words"),
        front_words=joined("front_words"),
        border_words=joined("border_words"),
        force_words=joined("force_words"),
        countries=merged("countries"),
        force_sides=merged("force_sides"),
        participles=joined("participles"),
        coordinators=joined("coordinators"),
        appositive_heads=joined("appositive_heads") | joined("settlement_words"),
        locative_verbs=joined("locative_verbs"),
        distance_verbs=joined("distance_verbs"),
        distance_nouns=joined("distance_nouns"),
        span_subject={d["language"]: d.get("span_subject", "from") for d in data},
        span_from=joined("span_from"),
        span_to=joined("span_to"),
        plural_type_words=joined("plural_type_words"),
        village_words=joined("village_words"),
        city_words=joined("city_words"),
        rural_words=joined("rural_words"),
        facility_heads=joined("facility_heads"),
        facility_features=merged("facility_features"),
        facility_types=merged("facility_types"),
        facility_name_fillers=joined("facility_name_fillers"),
        according_to=joined("according_to"),
        span_between=joined("span_between"),
        span_and=joined("span_and"),
        span_or=joined("span_or"),
        alternative_links=joined("alternative_links"),
        relative_position_from=joined("relative_position_from"),
        relative_position_direct=joined("relative_position_direct"),
        owner_place_heads=joined("owner_place_heads"),
        place_description_heads=joined("place_description_heads"),
        apposed_superlatives=joined("apposed_superlatives"),
        emphatic_words=joined("emphatic_words"),
        road_words=joined("road_words"),
        deictic_from=joined("deictic_from"),
        object_verbs=joined("object_verbs"),
        area_words=joined("area_words"),
        plural_verbs=joined("plural_verbs"),
        from_directions=merged("from_directions"),
        river_directions=joined("river_directions"),
        tail_phrases=joined("tail_phrases"),
        feature_before=joined("feature_before"),
        route_modes=merged("route_modes"),
        near_prepositions=joined("near_prepositions"),
        length_words=joined("length_words"),
        motion_verbs=joined("motion_verbs"),
        departure_verbs=joined("departure_verbs"),
        pair_pronouns=joined("pair_pronouns"),
        control_modifiers=joined("control_modifiers"),
        held_area_nouns=joined("held_area_nouns"),
        holding_nouns=joined("holding_nouns"),
        capital_words=joined("capital_words"),
        capital_modifiers=joined("capital_modifiers"),
        country_capitals=merged("country_capitals"),
        seat_words=merged("seat_words"),
        seat_fillers=joined("seat_fillers"),
        distance_anaphors=joined("distance_anaphors"),
        further_measures=joined("further_measures"),
        comparison_asides=joined("comparison_asides"),
        attack_at_verbs=joined("attack_at_verbs"),
        attack_at_prepositions=joined("attack_at_prepositions"),
        population_partitives=joined("population_partitives"),
        area_adjectives=joined("area_adjectives"),
        named_place_heads=joined("named_place_heads"),
        away_object_verbs=joined("away_object_verbs"),
        neighbour_heads=joined("neighbour_heads"),
        relative_from=joined("relative_from"),
        length_nouns=joined("length_nouns"),
        name_type_prefixes=joined("name_type_prefixes"),
        placing_verbs=joined("placing_verbs"),
        rate_words=joined("rate_words"),
        reach_modals=joined("reach_modals"),
        extent_verbs=joined("extent_verbs"),
        adjacency_verbs=joined("adjacency_verbs"),
        near_predicates=joined("near_predicates"),
        range_openers=joined("range_openers"),
        quantity_partitives=joined("quantity_partitives"),
        auxiliaries=joined("auxiliaries"),
        straight_line=joined("straight_line"),
        complementizers=joined("complementizers"),
        container_prepositions=joined("container_prepositions"),
        predicatives=joined("predicatives"),
        correlatives=joined("correlatives"),
        plural_relatives=joined("plural_relatives"),
        neutral_relatives=joined("neutral_relatives"),
        approach_to=joined("approach_to"),
        goal_verbs=joined("goal_verbs"),
        goal_prepositions=joined("goal_prepositions"),
        fight_for=joined("fight_for"),
        near_from=joined("near_from"),
        demonstratives=joined("demonstratives"),
        region_heads=joined("region_heads"),
        relative_forms=joined("relative_forms"),
        type_abbreviations=joined("type_abbreviations"),
        and_a_half=joined("and_a_half"),
        zone_words=joined("zone_words"),
        separation_verbs=joined("separation_verbs"),
        object_pronouns=joined("object_pronouns"),
        dative_pronouns=joined("dative_pronouns"),
        destination_leads=joined("destination_leads"),
        negations=joined("negations"),
        negation_exempt=joined("negation_exempt"),
        hypothetical_cues=joined("hypothetical_cues"),
        conditional_cues=joined("conditional_cues"),
        inverted_conditionals=joined("inverted_conditionals"),
        counterfactual_words=joined("counterfactual_words"),
        falsity_cues=joined("falsity_cues"),
        correction_cues=joined("correction_cues"),
        hedge_cues=joined("hedge_cues"),
        contrast_leads=joined("contrast_leads"),
        region_names=joined("region_names"),
        separation_participles=joined("separation_participles"),
        irregular_participles=joined("irregular_participles"),
        away_words=joined("away_words"),
        approach_verbs=joined("approach_verbs"),
        respectively=joined("respectively"),
        gapping_openers=joined("gapping_openers"),
        river_names=joined("river_names"),
        route_nouns=joined("route_nouns"),
        span_adverbs=joined("span_adverbs"),
        correlative_first=joined("correlative_first"),
        correlative_second=joined("correlative_second"),
        span_apart=joined("span_apart"),
        span_one_end_nouns=joined("span_one_end_nouns"),
        inverted_verbs=joined("inverted_verbs"),
        content_clause_verbs=joined("content_clause_verbs"),
        away_links=joined("away_links"),
        sentence_adverbs=joined("sentence_adverbs"),
        raising_verbs=joined("raising_verbs"),
        speech_verbs=joined("speech_verbs"),
        interrogatives=joined("interrogatives"),
        single_units=joined("single_units"),
        place_pronouns=joined("place_pronouns"),
        in_prepositions=joined("in_prepositions"),
        placed_words=joined("placed_words"),
        lying_words=joined("lying_words"),
        located_openers=joined("located_openers"),
        removal_words=joined("removal_words"),
        thousands=joined("thousands"),
        region_name_endings=joined("region_name_endings"),
        indeclinable_name_endings=joined("indeclinable_name_endings"),
        place_modifiers=joined("place_modifiers"),
        asides=joined("asides"),
        list_distributives=joined("list_distributives"),
        object_verb_lemmas=joined("object_verb_lemmas"),
        fronted_openers=joined("fronted_openers"),
        object_nouns=joined("object_nouns"),
        station_words=joined("station_words"),
        nearest_words=joined("nearest_words"),
        nearest_heads=joined("nearest_heads"),
        odd_suffixes=joined("odd_suffixes"),
        postmodifier_prepositions=joined("postmodifier_prepositions"),
        depth_links=joined("depth_links"),
        across_features=joined("across_features"),
        clause_auxiliaries=joined("clause_auxiliaries"),
        personal_pronouns=joined("personal_pronouns"),
        clause_openers=joined("clause_openers"),
        subordinators=joined("subordinators"),
        possessive_determiners=joined("possessive_determiners"),
        placing_prepositions=joined("placing_prepositions"),
        verb_particles=joined("verb_particles"),
        expletives=joined("expletives"),
        attack_nouns=joined("attack_nouns"),
        event_site_verbs=joined("event_site_verbs"),
        reciprocal_pronouns=joined("reciprocal_pronouns"),
        headline_labels=joined("headline_labels"),
        internal_border_stems=joined("internal_border_stems"),
        border_partner_words=joined("border_partner_words"),
        attribute_prepositions=joined("attribute_prepositions"),
        attribute_population_words=joined("attribute_population_words"),
        noun_determiners=joined("noun_determiners"),
        participle_prepositions=joined("participle_prepositions"),
        not_participles=joined("not_participles"),
        not_plural_heads=joined("not_plural_heads"),
        non_finite_verbs=joined("non_finite_verbs"),
        clause_relatives=joined("clause_relatives"),
        line_heads_of=joined("line_heads_of"),
        line_of_kept=joined("line_of_kept"),
        glued_region_words=joined("glued_region_words"),
        region_instrumental=joined("region_instrumental"),
        region_qualifiers=joined("region_qualifiers"),
        given_names=frozenset(
            n.lower() for lang in languages for n in claims_lexicon(lang).get("given_names", [])
        )
        | frozenset(n.lower() for n in joined("given_names")),
        person_verbs=joined("person_verbs"),
        person_heads=joined("person_heads"),
        origin_leads=joined("origin_leads"),
    )


@lru_cache(maxsize=8)
def claims_lexicon(language: str) -> dict:
    """The claim vocabulary of one language (``claims-<language>.json``): claimants with side
    and kind, actions, negation, conditional and status cues, axis phrases, date words."""
    return json.loads((_HERE / f"claims-{language}.json").read_text(encoding="utf-8"))


#: Letters (and the apostrophe between letters) only Ukrainian or only Russian writes. Each
#: branch opens with its characters (the apostrophe's letter before it is looked back at after
#: it), so the engine skips every other character without entering the pattern.
_OWN_LETTERS = {
    "uk": re.compile(r"[іїєґІЇЄҐ]|['’ʼ](?<=[бпвмфрБПВМФР]['’ʼ])(?=[яюєїЯЮЄЇ])"),
    "ru": re.compile(r"[ыэъёЫЭЪЁ]"),
}


def writes_own_letters(text: str, language: str) -> bool:
    """Whether ``text`` writes a letter only ``language`` (``"uk"`` or ``"ru"``) writes."""
    return _OWN_LETTERS[language].search(text) is not None


def own_letters_language(text: str) -> str | None:
    """``"uk"`` or ``"ru"``: the language whose own letters the text writes more (Ukrainian
    і ї є ґ and the apostrophe between letters, Russian ы э ъ ё); None on a tie."""
    uk, ru = (len(_OWN_LETTERS[lang].findall(text)) for lang in ("uk", "ru"))
    if uk == ru:
        return None
    return "uk" if uk > ru else "ru"


@lru_cache(maxsize=1)
def _language_cues() -> dict[str, re.Pattern]:
    """Per Cyrillic language, one pattern for its own words and word endings, matched against
    lower-cased text (three times faster than ``re.IGNORECASE`` over Cyrillic, same counts)."""
    out = {}
    for lang, cues in lexicon(("uk", "ru")).language_cues.items():
        words = sorted((w.lower() for w in cues["words"]), key=len, reverse=True)
        long = "|".join(re.escape(w) for w in words if len(w) > 2)
        # a word of one or two letters before a full stop is an abbreviation ("с." село)
        short = "|".join(re.escape(w) for w in words if len(w) <= 2)
        ends = "|".join(sorted((e.lower() for e in cues["endings"]), key=len, reverse=True))
        out[lang] = re.compile(
            rf"(?<![\w'’ʼ.-])(?:(?:{long})(?![\w'’ʼ-])|(?:{short})(?![\w'’ʼ.-]))"
            rf"|(?<=[^\W\d_]{{3}})(?:{ends})(?![\w'’ʼ-])"
        )
    return out


@lru_cache(maxsize=4096)
def cyrillic_language(text: str) -> str | None:
    """``"uk"`` or ``"ru"`` by evidence (rule ``language_cues``): the letters only one of the
    two writes, else the words and endings only one writes so (``language_cues`` of
    ``uk.json``/``ru.json``), whichever language has more; None when neither wins (a short
    line of names and shared words: read it with both)."""
    own = own_letters_language(text)
    if own:
        return own
    cues, low = _language_cues(), text.lower()
    uk, ru = (len(cues[lang].findall(low)) for lang in ("uk", "ru"))
    if uk != ru:
        return "uk" if uk > ru else "ru"
    return None


#: Latin letters that look like Cyrillic ones, each beside its Cyrillic twin (rule mixed_script).
_TWINS = (("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ"),)
_TO_CYRILLIC = str.maketrans(_TWINS[0][0], _TWINS[0][1])
_TO_LATIN = str.maketrans(_TWINS[0][1], _TWINS[0][0])
#: A Latin letter touching a Cyrillic one: a word written in both scripts.
_SCRIPT_SEAM = re.compile(r"[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z]")
_MIXED_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")


def unmixed(text: str) -> str:
    """``text`` with each word written in both scripts read in the script most of its letters
    are in (rule ``mixed_script``): look-alike letters of the other script ("прocyнyлиcя" with
    Latin o, c, y; "Pokrоvsk" with a Cyrillic о) are replaced by their twins. Same length and
    offsets; the text itself when no word mixes scripts."""
    # two scans for one letter of each script (the engine skips to it) before the seam's, which
    # tries both of its branches at every position: most texts write one script only
    if (
        _CYRILLIC_LETTER.search(text) is None
        or _LATIN_LETTER.search(text) is None
        or _SCRIPT_SEAM.search(text) is None
    ):
        return text

    def fix(m: re.Match) -> str:
        word = m.group(0)
        cyr, lat = len(_CYRILLIC_LETTER.findall(word)), len(_LATIN_LETTER.findall(word))
        if not cyr or not lat:
            return word
        return word.translate(_TO_CYRILLIC if cyr >= lat else _TO_LATIN)

    return _MIXED_WORD.sub(fix, text)
