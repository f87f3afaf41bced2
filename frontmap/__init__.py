"""frontmap — resolve, check and map front-line claims in the Russia-Ukraine war.

Place resolution lives in the separate :mod:`gazetteer` package, which
frontmap builds on (never the other way round).
"""

from .errors import FrontmapError

__all__ = ["FrontmapError"]
__version__ = "0.1.0"
