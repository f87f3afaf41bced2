"""Errors raised by frontmap; each message names the input, what was wrong, and the next step."""

from __future__ import annotations

__all__ = ["FrontmapError"]


class FrontmapError(Exception):
    """Base class of every frontmap error."""
