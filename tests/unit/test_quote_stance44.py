"""Danish: "siger han" after an unnamed person's stance in the paragraph before ("En lokal
købmand er mindre tilgivende.") is that person (reader.analysis.quote_da_subject, stop 44).
Each sentence written for this test."""

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


def test_siger_han_after_an_unnamed_persons_stance():
    text = ("Vejen lukket i en uge\n\n"
            "En talsmand for kommunen oplyser, at vejen åbner igen mandag.\n\n"
            "- Vi beklager generne, siger han.\n\n"
            "En lokal købmand er mindre tilgivende.\n\n"
            "- Ingen har fortalt os noget, siger han.\n")
    assert _speakers(text) == ["en talsmand", "en lokal købmand"]


def test_a_charged_man_is_still_not_the_speaker():
    text = ("Spritbilist sigtet\n\n"
            "- Vi fik anmeldelsen ved midnat, siger vagtchef Ole Fisker.\n\n"
            "En 34-årig mand er sigtet for spritkørsel.\n\n"
            "- Han havde en promille på over to, siger han.\n")
    assert _speakers(text) == ["Ole Fisker", "Ole Fisker"]
