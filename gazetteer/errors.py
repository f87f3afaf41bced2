"""Errors raised by the gazetteer; each message says what was wrong and what to do next."""

from __future__ import annotations

__all__ = [
    "AmbiguousPlace",
    "BrokenStoreWarning",
    "GazetteerError",
    "InstallError",
    "PlaceNotFound",
    "PlacesFileError",
]


class GazetteerError(Exception):
    """Base class of every gazetteer error."""


class PlaceNotFound(GazetteerError, LookupError):
    """No installed source knows the name.

    ``tried`` lists the keys tried, ``suggestions`` the nearest names.
    """

    def __init__(self, message: str, *, query: str = "", tried=(), suggestions=()):
        super().__init__(message)
        self.query = query
        self.tried = tuple(tried)
        self.suggestions = tuple(suggestions)


class AmbiguousPlace(GazetteerError, LookupError):
    """A name fits several places about equally well and the caller needs exactly one."""

    def __init__(self, message: str, *, candidates=()):
        super().__init__(message)
        self.candidates = list(candidates)


class InstallError(GazetteerError, ValueError):
    """A source could not be downloaded, validated or built; the previous store is untouched."""


class PlacesFileError(GazetteerError, ValueError):
    """A row of a user's places file is malformed; the message names the file and line."""


class BrokenStoreWarning(UserWarning):
    """A file in the store directory is not a readable gazetteer store and was skipped."""
