"""Analysing an article for the front ends: names, quotes and their speakers' roles; anchors."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.roles import speaker_roles
from reader.anchoring import make_anchor, reanchor
from reader.model import AnchorStatus

__all__ = ["analyze", "follow_span", "make_anchor", "speaker_roles"]


def follow_span(old: str, new: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where ``old[span]`` lies in ``new`` (a file read again), as a note would re-attach; None when gone."""
    if old == new:
        return span
    anchor, status = reanchor(make_anchor(old, span[0], span[1]), new)
    if status is AnchorStatus.ORPHANED or anchor.end <= anchor.start and span[1] > span[0]:
        return None
    return anchor.start, anchor.end
