"""Per-character highlight codes: entity type, quote, speaker, annotation slot, quote state."""

from __future__ import annotations

from typing import Iterable, Mapping

from reader.model import Annotation, Entity, EntityLabel, Quote, QuoteState

ENTITY_ORDER = (None, EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC, EntityLabel.MISC, EntityLabel.DATE, EntityLabel.NUM)
ENTITY_CODE = {label: code for code, label in enumerate(ENTITY_ORDER) if label is not None}
ENTITY_CLASSES = {
    code: f"article-view--{label.value.lower()}" for code, label in enumerate(ENTITY_ORDER) if label is not None
}
QUOTE = 1 << 3
SPEAKER = 1 << 4
ANN_SHIFT = 5  # 4 bits: 0 none, 1 note without label, 2..10 labels 1..9 (11+ wrap to 10)
STATE_SHIFT = 9  # 2 bits: 0 unverified, 1 verified, 2 contested
STATE_CODE = {QuoteState.UNVERIFIED: 0, QuoteState.VERIFIED: 1, QuoteState.CONTESTED: 2}


def annotation_slot(label: str, label_slots: Mapping[str, int]) -> int:
    """Colour slot of an annotation label: the label's slot, or 1 for a plain note."""
    if not label:
        return 1
    return min(10, label_slots.get(label, 9) + 1)


def build_codes(
    length: int,
    entities: Iterable[Entity],
    quotes: Iterable[Quote],
    annotations: Iterable[Annotation],
    label_slots: Mapping[str, int],
    quote_states: Mapping[tuple[int, int], QuoteState],
) -> list[int]:
    """One integer per character of the text describing every highlight on it."""
    codes = [0] * length

    def paint(start: int, end: int, value: int, clear: int = 0) -> None:
        start, end = max(0, start), min(length, end)
        for index in range(start, end):
            codes[index] = (codes[index] & ~clear) | value

    for quote in quotes:
        state = STATE_CODE.get(quote_states.get((quote.start, quote.end), QuoteState.UNVERIFIED), 0)
        paint(quote.start, quote.end, QUOTE | (state << STATE_SHIFT))
        if quote.speaker_start is not None and quote.speaker_end is not None:
            paint(quote.speaker_start, quote.speaker_end, SPEAKER)
    for entity in entities:
        paint(entity.start, entity.end, ENTITY_CODE.get(EntityLabel(entity.label), 0), 0b111)
    for annotation in annotations:
        slot = annotation_slot(annotation.label, label_slots)
        paint(annotation.anchor.start, annotation.anchor.end, slot << ANN_SHIFT, 0b1111 << ANN_SHIFT)
    return codes
