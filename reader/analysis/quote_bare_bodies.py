"""Danish: a quote whose speaker is left as a bare definite noun for a body ("lyder rådet fra
styrelsen" given the speaker "styrelsen") is the body named before whose name ends in the noun
("Fødevarestyrelsen"), as ``speaker_bodies.body_named_before`` reads it (probe33: a person of the
body, "Kontorchef i Fødevarestyrelsen, X", had kept the noun from being read as the body)."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.people import People
from reader.analysis.speaker_bodies import body_named_before
from reader.model import Quote

ON = True


def bare_bodies(text: str, quotes: list[Quote], people: People) -> list[Quote]:
    """``quotes`` with a bare definite noun as speaker read as the body it stands for."""
    if not ON:
        return quotes
    out = []
    for q in quotes:
        noun = q.speaker
        if (noun and noun.islower() and " " not in noun and noun.endswith(("en", "et")) and q.speaker_start is not None
                and text[q.speaker_start:q.speaker_end] == noun):
            body = body_named_before(text, people, noun, q.speaker_start)
            if body:
                q = replace(q, speaker=body)
        out.append(q)
    return out
