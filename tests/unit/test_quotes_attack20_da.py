"""Danish (attack20): a definite description ("forligsmanden") is not resolved to the one person
named near it when that person was introduced with another role ("formand for ... Mette Skau")."""

from __future__ import annotations

from reader.analysis.pipeline import analyze

_LEAD = ("Strejken kan slutte i dag\n\n"
         "{intro}\n\n"
         "»Vi er klar til at forhandle,« siger {who}.\n\n"
         "Ifølge forligsmanden var parterne i nat »meget tæt på en aftale«.")


def _last(intro: str, who: str) -> str | None:
    return analyze(_LEAD.format(intro=intro, who=who), "da").quotes[-1].speaker


def test_a_union_leader_is_not_the_mediator() -> None:
    speaker = _last("Havnearbejderne har strejket i tre uger.", "formand for Havnearbejdernes Fagforening Mette Skau")
    assert speaker == "forligsmanden"


def test_the_mediator_named_with_that_role_is_still_found() -> None:
    assert _last("Forligsmand Ole Bjerre har indkaldt parterne.", "Mette Skau") == "Ole Bjerre"


def test_a_compound_role_still_fits_its_head() -> None:
    text = ("Ribe vil være bilfri\n\n"
            "Formand for teknikudvalget Anders Bech (V) bakker op.\n\n"
            "»Det skal være nemt at komme til Ribe,« siger udvalgsformanden.")
    assert analyze(text, "da").quotes[-1].speaker == "Anders Bech"


def test_according_to_her_is_the_woman_named_before() -> None:
    text = ("Minister under pres\n\n"
            "Ifølge TV 2 har skatteminister Lene Friis kaldt sagen »en storm i et glas vand«.\n\n"
            "Ifølge hende er sagen »helt opklaret«.")
    quote = analyze(text, "da").quotes[-1]
    assert quote.speaker == "Lene Friis" and quote.role != "er"
