"""Errors raised by frontmap; each message names the input, what was wrong, and the next step."""

from __future__ import annotations

__all__ = ["FrontmapError", "StatementParseError"]


class FrontmapError(Exception):
    """Base class of every frontmap error."""


class StatementParseError(FrontmapError, ValueError):
    """A sentence holds no statement that can be parsed (or is not text)."""
