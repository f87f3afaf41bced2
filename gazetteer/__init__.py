"""gazetteer — names in, places out.

Resolve Ukrainian (and neighbouring) place names written in any script,
spelling, transliteration or former name to ranked, located candidates
with the evidence for each. Knows nothing of wars or maps.

>>> import gazetteer
>>> gz = gazetteer.open()                       # doctest: +SKIP
>>> gz.resolve("Krasnoarmeysk").best.place.name  # doctest: +SKIP
'Pokrovsk'

Place data: GeoNames (geonames.org), CC BY 4.0; KATOTTG codifier of Ukraine.
"""

from .errors import (
    AmbiguousPlace,
    BrokenStoreWarning,
    GazetteerError,
    InstallError,
    PlaceNotFound,
    PlacesFileError,
)
from .install import install_geonames, install_places, open, remove
from .model import Candidate, Candidates, Place
from .resolver import Gazetteer, UnknownAdmin

__all__ = [
    "AmbiguousPlace",
    "BrokenStoreWarning",
    "Candidate",
    "Candidates",
    "Gazetteer",
    "GazetteerError",
    "InstallError",
    "Place",
    "PlaceNotFound",
    "PlacesFileError",
    "UnknownAdmin",
    "install_geonames",
    "install_places",
    "open",
    "remove",
]
