"""The words two away from a capitalised run that change no score: one in the run memo's key.

The tagger's and the typer's decision of a run reads up to two words either side; most of the words
two away have no feature in the weights, and a run in such surroundings is decided as in any other.
"""

from __future__ import annotations

from reader.analysis.scoring import Row, span_left_features, span_right_features
from reader.analysis.token_features import after2_features, before2_features, is_candidate


class FarWords:
    """Whether the word two before or two after a capitalised run changes any score.

    The tagger reads such a word alone (``token_features.before2_features``, ``after2_features``) and the
    typer with the word between it and the run (``span_left_features``, ``span_right_features`` and
    the cues ``k?nn=``); a word none of whose features is in the weights adds nothing, so every such
    word is one (``NONE``) in the key of the run's decision. The features a word brings are those
    that differ when it is replaced by ``NONE``.
    """

    NONE = "\x00"  # no token: tokens hold visible characters

    def __init__(self, dense: dict[str, Row], typer_weights: dict[str, Row], vocab: dict[str, str]) -> None:
        self.dense = dense
        self.typer = typer_weights
        self.vocab = vocab
        self.tails: set[str] | None = None  # of the typer's cues (built at first use)
        # The answers by (far, near) and by (near, far): callers may look them up themselves.
        self.lefts: dict[tuple[str, str], str] = {}
        self.rights: dict[tuple[str, str], str] = {}

    def clear(self) -> None:
        """Forget the answers (they depend on the weights only: this bounds memory)."""
        self.lefts.clear()
        self.rights.clear()

    def left(self, far: str, near: str) -> str:
        """``far`` (two before the run, ``near`` between) or ``NONE`` when no weight reads it."""
        found = self.lefts.get((far, near))
        if found is None:
            if len(self.lefts) > 200_000:
                self.lefts.clear()
            none = self.NONE
            read = _any_in(self.dense, before2_features(far), before2_features(none)) or _any_in(
                self.typer, span_left_features([far, near], self.vocab), span_left_features([none, near], self.vocab))
            found = self.lefts[far, near] = far if read else none
        return found

    def right(self, near: str, far: str) -> str:
        """``far`` (two after the run, ``near`` between) or ``NONE`` when no weight reads it (a
        capitalised ``near`` may continue the run for the tagger, which then reads ``far`` too)."""
        found = self.rights.get((near, far))
        if found is None:
            if len(self.rights) > 200_000:
                self.rights.clear()
            if self.tails is None:
                self.tails = _cue_tails(self.typer)
            none = self.NONE
            read = is_candidate(near) or (near.lower() + "|" + far.lower()) in self.tails or _any_in(
                self.dense, after2_features(far), after2_features(none)) or _any_in(
                self.typer, span_right_features([near, far]), span_right_features([near, none]))
            found = self.rights[near, far] = far if read else none
        return found


def _any_in(weights: dict[str, Row], feats: list[str], without: list[str]) -> bool:
    """Whether a feature of ``feats`` not in ``without`` has a weight."""
    return any(feat in weights for feat in set(feats).difference(without))


def _cue_tails(weights: dict[str, Row]) -> set[str]:
    """Every tail after a "|" of the typer's ``k?nn=`` features (holds each one's "nw|nw2")."""
    tails: set[str] = set()
    for feat in weights:
        if feat[:1] == "k" and feat[2:5] == "nn=":
            at = feat.find("|")
            while at >= 0:
                tails.add(feat[at + 1:])
                at = feat.find("|", at + 1)
    return tails
