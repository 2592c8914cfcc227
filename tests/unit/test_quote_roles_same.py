"""Every quote of a speaker carries the role the article gave them at another of their quotes."""

from reader.analysis import analyze

DA = (
    "Bageriet Kornet åbner endnu en butik i Vejle.\n\n"
    "- Vi har ventet på det rigtige hus i tre år, siger indehaver Lise Dalgaard.\n\n"
    "Butikken får tolv ansatte, oplyser kommunen.\n\n"
    "Borgmester Per Holm er glad for de nye job.\n\n"
    "- Det er godt for bymidten, siger Per Holm.\n\n"
    "- Vi bager stadig alt om natten, siger hun."
)
EN = (
    "A bakery is opening a second shop in Bath.\n\n"
    '"We waited three years for the right building," said owner Carla Moss.\n\n'
    "The council said the shop would employ twelve people.\n\n"
    '"We still bake everything at night," Moss said.'
)


def _by_speaker(text, language):
    return [(q.speaker, q.role) for q in analyze(text, language=language).quotes]


def test_a_danish_speakers_later_quote_keeps_her_role():
    quotes = _by_speaker(DA, "da")
    assert quotes[0] == ("Lise Dalgaard", "indehaver")
    assert quotes[-1] == ("Lise Dalgaard", "indehaver")
    assert ("Per Holm", "indehaver") not in quotes


def test_an_english_speakers_later_quote_keeps_her_role():
    quotes = _by_speaker(EN, "en")
    assert quotes[0] == ("Carla Moss", "owner")
    assert quotes[-1] == ("Carla Moss", "owner")
