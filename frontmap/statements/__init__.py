"""Parse distance and direction statements out of sentences.

>>> s = parse("Moscow claimed its forces captured Yasenove, roughly 12 miles south of the city of Pokrovsk.")[0]
>>> s.subject, s.qualifier, s.value, s.unit, s.direction, s.reference, s.relation
('Yasenove', 'roughly', 12.0, 'mi', 'south', 'Pokrovsk', 'distance_direction')

How a sentence is read
----------------------
1. **Measures** — a number (digits, ``10-15``, ``2,760``, ``five``, ``Thirty``,
   ``a few``), a unit (km, kilometres, kms, ``20km``, ``20-kilometre``, miles,
   metres, feet, hours), an optional qualifier before (roughly, about, some,
   nearly, only, less than, just over, little over, within …) or after
   (``or so``), and an optional parenthetical conversion ``(11 miles)``, kept
   as ``alt_value``/``alt_unit``.
2. **Direction** after the measure — any of the 32 compass points in words or
   letters, ``to the north``, ``further south`` — then the reference after
   ``of``/``from``/``away from``. Without a number: ``south of X``,
   ``to Bakhmut's north``, ``the southeastern outskirts of X``, ``in the west of X``.
3. **Proximity and between** — ``near``, ``just outside``, ``on the outskirts
   of``, ``at the gates of``, ``overlooking``; ``between X and Y``.
4. **Subject** — the place the statement is about, found to the left: an
   appositive (``Yasenove, roughly 12 miles …``), a relative clause
   (``Toretsk, which sits …``), the clause subject (``Selydove … is located``),
   a coordinated second measure (``… of Odesa and 10.7 km … of Ochakiv``
   shares the first subject; so does a list, ``60 km southwest of Aleppo, 132 km
   from Latakia``), a fronted participle (``Located 30 km south of Gaza, Rafah's
   …``), an absolute clause (``…, with Israeli tanks about 1500 meters away
   from …``), or a settlement the measure directly follows (``the terrorists in
   the small town of al-Ayadiya a few miles north of Tal Afar``; a locative verb,
   ``lies in X, 10 km …``, still points to the clause subject). Pronouns and descriptions (``It``, ``They``,
   ``the town``) are kept as written and marked unresolved
   (``subject_kind``), never guessed.
5. **Reference** — the noun phrase after ``of``/``from`` up to a clause
   boundary, keeping descriptors (``the capital Khartoum``); non-places (a
   border, the front line, positions, a river or road) are marked
   ``reference_kind="non_place"`` so verification returns ``unverifiable``.
6. **Ukrainian and Russian** — ``за 20 км на південь від Покровська``,
   ``в 20 км к югу от Покровска``, ``в 20 км южнее Покровска``, ``на 12 миль
   (19,3 километра) от``; inflected names are left for the gazetteer to resolve.
   Subjects: the clause's name, a settlement the measure follows after a comma
   (``поблизу села Роботине, за 10 км …``), the name before a participle
   (``Торецьк, розташований за 5 км …``), forces with their adjectives
   (``російські окупанти були за 38 км``); inverted forms name the subject after
   the measure (``В 2 км юго-западнее расположено село X``, ``За 5 км від Y
   розташоване село X``); a list after a plural type word gives one statement a
   name (``от городов Марганец и Никополь``). ``на N км`` without ``від``/``от``
   is how far something moved, not a distance, and is skipped. A verb's object right before
   the measure is what it places (``уразив … завод більш як за 1300 км від``); a capitalised
   adverb or adjective opening the sentence (``Водночас``, ``Залізнична станція``) is no name
   (pymorphy3's dictionary decides, :func:`gazetteer.inflection.word_classes`).
   Directions with no distance (rule ``direction_uk_ru``) take the name or noun phrase right
   before them (``захопили кілька лісових масивів на північ від X``), none after another verb
   (``просунулися на північ від X`` is a movement); places named after the reference are
   what lies there (rule ``direction_near_uk_ru``: ``на південь від Торецька біля
   Неліпівки``, ``к западу от Авдеевки возле Орловки, Тоненького и Семеновки``).
7. **Stretches** (rule ``distance_span``) — ``The distance between Idleb and
   Aleppo is 60km``, ``Відстань від Суджі до АЕС — близько 80 км``, ``Відстань до
   центру громади становить 12 км``, ``до города Запорожье осталось менее 100 км``.

Inverted forms (``20 km to the north is Kurakhovo``) and chained forms
(``20 kilometres further south``) take the named place as the subject and
leave the implied side empty (``reference=None``). A measure ``away`` or ``to
the west`` with no ``from`` takes the one settlement the sentence names before
it (``in Pokrovsk``, ``the city of Bakhmut``; rule ``implied_reference``), and
none when it names several.
"""

from .model import RELATIONS, Statement, place_name
from .parser import parse, parse_one

__all__ = ["RELATIONS", "Statement", "parse", "parse_one", "place_name"]
