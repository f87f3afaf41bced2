"""Ukraine's first-level divisions, and matching admin names written any way.

GeoNames keys Ukraine's oblasts by ``admin1`` codes (``05`` = Donetsk),
the KATOTTG codifier by ``UA14…`` identifiers. :data:`OBLASTS` ties the
two together with the English, Ukrainian and Russian names; it is the
only hand-written geography in the package (27 rows, stable since 1991, with each
oblast's administrative centre by law — Kropyvnytskyi, Dnipro under their 2016 names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import variant

__all__ = [
    "OBLASTS",
    "AdminArea",
    "admin_level",
    "oblast_by_admin1",
    "oblast_by_katottg",
    "oblast_variants",
]


@dataclass(frozen=True)
class AdminArea:
    """A first-level division of Ukraine."""

    admin1: str
    katottg: str
    en: str
    uk: str
    ru: str
    #: the English name of its administrative centre (by Ukrainian law; Simferopol for Crimea)
    centre: str


def _rows() -> tuple[AdminArea, ...]:
    table = """
    01 UA71 Cherkasy_Oblast Черкаська_область Черкасская_область Cherkasy
    02 UA74 Chernihiv_Oblast Чернігівська_область Черниговская_область Chernihiv
    03 UA73 Chernivtsi_Oblast Чернівецька_область Черновицкая_область Chernivtsi
    04 UA12 Dnipropetrovsk_Oblast Дніпропетровська_область Днепропетровская_область Dnipro
    05 UA14 Donetsk_Oblast Донецька_область Донецкая_область Donetsk
    06 UA26 Ivano-Frankivsk_Oblast Івано-Франківська_область Ивано-Франковская_область Ivano-Frankivsk
    07 UA63 Kharkiv_Oblast Харківська_область Харьковская_область Kharkiv
    08 UA65 Kherson_Oblast Херсонська_область Херсонская_область Kherson
    09 UA68 Khmelnytskyi_Oblast Хмельницька_область Хмельницкая_область Khmelnytskyi
    10 UA35 Kirovohrad_Oblast Кіровоградська_область Кировоградская_область Kropyvnytskyi
    11 UA01 Autonomous_Republic_of_Crimea Автономна_Республіка_Крим Республика_Крым Simferopol
    12 UA80 Kyiv_City Київ Киев Kyiv
    13 UA32 Kyiv_Oblast Київська_область Киевская_область Kyiv
    14 UA44 Luhansk_Oblast Луганська_область Луганская_область Luhansk
    15 UA46 Lviv_Oblast Львівська_область Львовская_область Lviv
    16 UA48 Mykolaiv_Oblast Миколаївська_область Николаевская_область Mykolaiv
    17 UA51 Odesa_Oblast Одеська_область Одесская_область Odesa
    18 UA53 Poltava_Oblast Полтавська_область Полтавская_область Poltava
    19 UA56 Rivne_Oblast Рівненська_область Ровенская_область Rivne
    20 UA85 Sevastopol_City Севастополь Севастополь Sevastopol
    21 UA59 Sumy_Oblast Сумська_область Сумская_область Sumy
    22 UA61 Ternopil_Oblast Тернопільська_область Тернопольская_область Ternopil
    23 UA05 Vinnytsia_Oblast Вінницька_область Винницкая_область Vinnytsia
    24 UA07 Volyn_Oblast Волинська_область Волынская_область Lutsk
    25 UA21 Zakarpattia_Oblast Закарпатська_область Закарпатская_область Uzhhorod
    26 UA23 Zaporizhzhia_Oblast Запорізька_область Запорожская_область Zaporizhzhia
    27 UA18 Zhytomyr_Oblast Житомирська_область Житомирская_область Zhytomyr
    """
    rows = []
    for line in table.strip().splitlines():
        code, kat, en, uk, ru, centre = (part.replace("_", " ") for part in line.split())
        rows.append(AdminArea(code, kat, en, uk, ru, centre))
    return tuple(rows)


OBLASTS: tuple[AdminArea, ...] = _rows()
_BY_ADMIN1 = {area.admin1: area for area in OBLASTS}
_BY_KATOTTG = {area.katottg: area for area in OBLASTS}

#: Words that say which level an admin name is at.
_LEVEL_WORDS = {
    **dict.fromkeys(
        ["oblast", "oblasti", "region", "province", "obl", "область", "обл", "області", "области"],
        "oblast",
    ),
    **dict.fromkeys(
        ["raion", "rayon", "district", "raioni", "район", "района", "району", "районі", "р-н"],
        "raion",
    ),
    **dict.fromkeys(["hromada", "community", "громада", "громади"], "hromada"),
}
_WORD = re.compile(r"[\w'’ʼ\-.]+")


def oblast_by_admin1(code: str | None) -> AdminArea | None:
    """The oblast with a GeoNames ``admin1`` code, or None."""
    return _BY_ADMIN1.get(code or "")


def oblast_by_katottg(code: str) -> AdminArea | None:
    """The oblast a KATOTTG identifier (``UA14…``) lies in, or None."""
    return _BY_KATOTTG.get(code[:4])


def admin_level(text: str) -> tuple[str, str | None]:
    """Split an admin name into its bare name's variant key and the level word it carries.

    Examples
    --------
    >>> admin_level("Донецька область")
    ('donitsk', 'oblast')
    >>> admin_level("Pokrovskyi district")
    ('pokrivsk', 'raion')
    """
    words = _WORD.findall(text.casefold())
    level = None
    kept = []
    for word in words:
        bare = word.rstrip(".")
        if bare in _LEVEL_WORDS or word in _LEVEL_WORDS:
            level = level or _LEVEL_WORDS.get(bare) or _LEVEL_WORDS[word]
        else:
            kept.append(word)
    return variant(" ".join(kept)) if kept else "", level


def oblast_variants(area: AdminArea) -> set[str]:
    """Variant keys under which an oblast is known (English, Ukrainian, Russian)."""
    keys = {admin_level(name)[0] for name in (area.en, area.uk, area.ru)}
    return {k for k in keys if k}
