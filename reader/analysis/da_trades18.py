"""Danish: a name typed as a person whose last word is a trade or a kind of business ("Petersen
Auto", "Fabricius Isenkram", "Holm VVS") is a firm named after its owner (issue 16: "a firm named
like a person"). Words that are also common surnames ("Smed", "Bager", "Fisker", "Møller") are left
out, so "Jens Smed" stays a person; so does a given name and one such word ("Mads Ure", "Line Kro":
attack18), where the firm's first word would be its owner's surname."""

from __future__ import annotations

from reader.analysis.gazetteer import FIRST_NAMES, SURNAMES

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish

TRADES = frozenset(
    """auto autoservice autoværksted autolakering bageri bilsalg biler blomster boligservice byg byggeri
    cykler el el-service entreprise ejendomme ejendomsservice elektro farvehandel fisk foto frisør
    glarmester gulve handel isenkram kloak kro køkkener maskinstation murerforretning møbelfabrik
    møbler optik planteskole rengøring revision slagter slagteri snedkeri tagdækning tandklinik
    tømrer tømrerfirma transport trælast ure vognmand vognmandsforretning vvs værksted""".split()
)


def trades(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each person of two words or more that ends in a trade retyped ORG."""
    out = spans
    for k, (start, end, label) in enumerate(spans):
        if label != "PER":
            continue
        words = text[start:end].split()
        if len(words) == 2 and words[0].lower() in FIRST_NAMES and words[0].lower() not in SURNAMES:
            continue  # "Søren Foto kom for sent": a person, not "Petersen Foto"
        if len(words) >= 2 and words[-1].lower() in TRADES and words[0][:1].isupper():
            if out is spans:
                out = list(spans)
            out[k] = (start, end, "ORG")
    return out
