"""Names in the forms of the sixth blind probe (probe12): ships after the word for their kind or
their prefix, ranks and church titles written short, numbered Danish roads, kind words that type a
name, bodies of three words or more after "the", a person after "said" or a relative's word, and a
newspaper told something."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, language).entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, language, wanted, unwanted", [
    ("Trawleren Anne Sofie fra Skagen blev bugseret i havn. Redningsbåden Emma Bukh hjalp.", "da",
     {("Skagen", "LOC")}, {"Anne Sofie", "Emma Bukh"}),
    ("Inspektionsskibet Ejnar Mikkelsen sejlede fra Nuuk. Pressechef hos Ærø Færgen Lone Brix siger nej.", "da",
     {("Nuuk", "LOC"), ("Lone Brix", "PER")}, {"Ejnar Mikkelsen"}),
    ("The crew of the trawler Ruth Ann were rescued near Whitby on Sunday. HMS Kent was sent.", "en",
     {("Whitby", "LOC")}, {"Ruth Ann", "HMS Kent"}),
    ("The talk was given by Cdr Helen Pryor and the Rt Rev Simon Vickers.", "en",
     {("Helen Pryor", "PER"), ("Simon Vickers", "PER")}, {"Cdr Helen Pryor", "Rt Rev"}),
    ("The lecture was given by Prof Obinna Eze of Keele.", "en", {("Obinna Eze", "PER")}, set()),
    ("Trafikken ledes ad Rute 34 og Primærrute 18, ikke ad rute 170.", "da",
     {("Rute 34", "LOC"), ("Primærrute 18", "LOC")}, {"rute 170"}),
    ("Forslaget skal høres i Viborg Stift, og Hørsholm Sogn siger ja. Det skrev Lemvig Folkeblad.", "da",
     {("Viborg Stift", "ORG"), ("Hørsholm Sogn", "LOC"), ("Lemvig Folkeblad", "ORG")}, set()),
    ("The calf was born at Banham Zoo. The Diocese of Ely said no.", "en",
     {("Banham Zoo", "ORG"), ("Diocese of Ely", "ORG")}, set()),
    ("The Welsh Air Ambulance Service was called, and the Marine Accident Investigation Branch is looking into it.",
     "en", {("Welsh Air Ambulance Service", "ORG"), ("Marine Accident Investigation Branch", "ORG")}, set()),
    ('"We will be back," said Ailsa Drummond. "Next year."', "en", {("Ailsa Drummond", "PER")}, set()),
    ("Her grandson Tiernan drove her home. The story was told to us, she told The Courier.", "en",
     {("Tiernan", "PER"), ("The Courier", "ORG")}, set()),
    ("Det fortalte hun til TV Midtvest fredag.", "da", {("TV Midtvest", "ORG")}, set()),
    ("»Togene kører igen i morgen,« lyder det fra DSB på X.", "da", {("DSB", "ORG"), ("X", "ORG")}, set()),
    ("The mayor says in a post on X that the road will reopen.", "en", {("X", "ORG")}, set()),
])
def test_probe12_forms(text: str, language: str, wanted: set[tuple[str, str]], unwanted: set[str]) -> None:
    found = _names(text, language)
    assert wanted <= found
    assert not unwanted & {name for name, _label in found}
