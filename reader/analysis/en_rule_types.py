"""English: a lone word that the rules type only because it is a piece of another name in the text
("Manufaktura Łódź" found as a person makes every "Łódź" a person, ``en_known_parts._known_parts``) keeps
the typer's type where the tagger found that very word too. Before, the rules' name replaced the
tagger's identical one with its borrowed type, and one name, one type then spread it to every
mention (namesen17: GUM analysed as whole documents 0.7163 -> 0.7289). And a name ``en_orgs``
retypes lets go of the typer's scores, as the forms of ``en_forms`` do (``let_go``)."""

from __future__ import annotations

Span = tuple[int, int, str]

ON = True
LET_GO = True  # ``let_go``


def typer_types_stand(spans: list[Span], ruled: list[Span], lone: set[tuple[int, int]]) -> list[Span]:
    """``ruled`` with each span in ``lone`` that the tagger's ``spans`` hold as well given their type."""
    if not ON or not lone:
        return ruled
    typed = {x[:2]: x[2] for x in spans}
    return [(s, e, typed.get((s, e), label)) if (s, e) in lone else (s, e, label) for s, e, label in ruled]


def let_go(before: list[Span], after: list[Span], evidence: dict | None) -> list[Span]:
    """``after``, a rule's retyping of ``before``; the typer's ``evidence`` of each name whose type it
    changed is let go, so that one name, one type does not vote the rule's type back at every mention
    ("Boston Red Sox" ORG by ``en_orgs`` was LOC again in a text that names it twice)."""
    if evidence and LET_GO:
        was = {x[:2]: x[2] for x in before}
        for s, e, label in after:
            if was.get((s, e), label) != label:
                evidence.pop((s, e), None)
    return after

