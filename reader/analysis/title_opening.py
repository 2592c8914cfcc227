"""A headline's first word, capitalised only because it opens the headline ("Museum reopens after
flood repairs", "Stone hospital to close"), is no name on its own: the tagger reads it as it would
a capital inside a sentence, and typed such words as organisations or people.

Kept: a word the training text writes capitalised only (a given name, a town: "Ruby", "London"), a
word the model has never seen ("Vestas"), and a word the body names (the headline's "Brackley" of a
body's "Fiona Brackley" is found again by ``pipeline._named_again``).
"""

from __future__ import annotations

from reader.analysis.perceptron import load_model
from reader.model import Entity, EntityLabel

_NAMES = frozenset((EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC))


def opening_words(found: list[Entity], body: list[Entity], language: str) -> list[Entity]:
    """``found`` (the headline's entities) without a one-word name opening the headline that the
    model's training text also writes in lower case and the body does not name."""
    first = [e for e in found if e.start == 0 and e.label in _NAMES and " " not in e.text]
    if not first:
        return found
    model = load_model(language)
    word = first[0].text
    if model is None or model.vocab.get(word.lower()) not in ("L", "B"):
        return found
    if any(e.text == word or e.text.startswith(word + " ") for e in body if e.label in _NAMES):
        return found
    return [e for e in found if e is not first[0]]
