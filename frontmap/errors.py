"""Errors raised by frontmap; each message names the input, what was wrong, and the next step."""

from __future__ import annotations

__all__ = ["FrontmapError", "FrontmapWarning", "StatementParseError"]


class FrontmapError(Exception):
    """Base class of every frontmap error."""


class StatementParseError(FrontmapError, ValueError):
    """A sentence holds no statement that can be parsed (or is not text)."""


class FrontmapWarning(UserWarning):
    """Something was done, but not exactly as asked (a value cut to fit a format); the message
    says what and where. The command line prints it as one ``warning:`` line."""
