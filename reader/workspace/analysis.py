"""Analysing an article for the front ends: names, quotes and their speakers' roles; anchors."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.roles import speaker_roles
from reader.anchoring import make_anchor

__all__ = ["analyze", "make_anchor", "speaker_roles"]
