"""A role carried from "Ifølge topchef X" is "topchef" (quote_roles_carried, stop 43)."""

from reader.analysis import analyze


def test_ifolge_is_no_part_of_the_role() -> None:
    text = ("Ifølge direktør Hanne Gravgaard rammer fyringerne især lageret i Kolding.\n\n"
            "- Det er en svær dag for alle, siger Hanne Gravgaard i meddelelsen.\n")
    assert [(q.speaker, q.role) for q in analyze(text, "da").quotes] == [("Hanne Gravgaard", "direktør")]
