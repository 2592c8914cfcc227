"""The type of each name the tagger found: the span typer's decision, after splitting off descriptions
and people that share a capitalised run with an organisation."""

from __future__ import annotations

from typing import Collection, Sequence

from reader.analysis import en_parts22, typer
from reader.analysis.en_doc import doc_features
from reader.analysis.en_openers import named_elsewhere
from reader.analysis.en_orgs import names_body
from reader.analysis.scoring import row_sum
from reader.analysis.gazetteer import FIRST_NAMES, lookup
from reader.analysis.name_base import SETTINGS, Settings, cut_run, runs



def retype(
    words: Sequence[str], offset: int, tags: dict[int, str], starts: Collection[int], model,
    begins: dict[int, Sequence[float]], settings: Settings = SETTINGS["da"],
    evidence: dict[int, tuple[float, ...]] | None = None, doc: dict | None = None,
) -> None:
    """Give every tagged span the type the span typer prefers (in place; ``tags``, ``starts`` and
    ``begins`` index ``words`` from ``offset``).

    The typer decides every span, also a lone word the tagger is sure of (letting the tagger's
    type stand when its margin was over 10 cost CV typed F1: 0.8168 -> 0.8189 without it).
    """
    scorer = model.span_scorer
    found = _split_descriptions(words, offset, runs(tags), tags)
    if settings.split_pairs:
        found = _split_pairs(words, offset, found, tags)
    if settings.split_parts:  # "Ziguinchor and Dakar" (namesen22)
        found = en_parts22.split_runs(words, offset, found, tags, model.vocab)
    for k, j, _label in _split_people(words, offset, found, tags):
        # The capital rule may have let the name begin before the tagger did ("HK Limfjord" where the
        # tagger began at "Limfjord"): the tagger's scores where it began still count (CV neutral,
        # 0.8197 -> 0.8194; the sample article's club was lost without them).
        tagger = begins.get(k)
        if tagger is None:
            tagger = next((begins[m] for m in range(k + 1, j) if m in begins), None)
        weight = settings.tagger_weight
        prior = [weight * tagger[1], weight * tagger[3], weight * tagger[5], weight * tagger[7]] if tagger else None
        if settings.reject_bias or settings.reject_multi:
            prior = prior or [0.0] * 4
            prior[3] += settings.reject_bias if j == k + 1 else settings.reject_multi
        if doc is not None:  # what the other mentions of its words in the text say (en_doc)
            feats = doc_features(words, k + offset, j + offset, k in starts, doc)
            if feats:
                prior = [a + b for a, b in zip(prior or [0.0] * 4, row_sum(model.typer_dense, feats, 4))]
        totals = scorer.totals(words, k + offset, j + offset, k in starts, prior)
        label = typer.TYPES[totals.index(max(totals))]
        # "the National Convention": its head names a body (en_orgs; namesen8). The typer's scores
        # are no evidence for its type then (one name, one type would let them outvote the head).
        body = label == typer.REJECT and settings.keep_bodies and names_body(words[k + offset: j + offset])
        if body:
            label = "ORG"
        # A lone word the text names elsewhere as a name (en_openers.named_elsewhere): its best type.
        kept = label == typer.REJECT and doc is not None and j == k + 1 and named_elsewhere(
            words, k + offset, k in starts, doc, model.vocab)
        if kept:
            prior = prior or [0.0] * 4
            prior[3] = -1e9
            totals = scorer.totals(words, k + offset, j + offset, k in starts, prior)
            label = typer.TYPES[totals.index(max(totals))]
            body = True  # (no evidence for one name, one type either)
        if label == typer.REJECT:
            if not lookup(" ".join(words[k + offset: j + offset]).lower()):
                for m in range(k, j):
                    del tags[m]
                continue
            # A name in the gazetteers stays a name: its best type.
            prior = prior or [0.0] * 4
            prior[3] = -1e9
            totals = scorer.totals(words, k + offset, j + offset, k in starts, prior)
            label = typer.TYPES[totals.index(max(totals))]
        if evidence is not None and not body:
            evidence[k] = tuple(totals[:3])
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label


_AND = frozenset(("og", "and"))


def _split_pairs(
    words: Sequence[str], offset: int, found: list[tuple[int, int, str]], tags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Runs the tagger took for one person that read given name ... "og"/"and" given name ... split
    at the "og"/"and" (which is then no part of either): two people, not one ("Sanne Kirk og Lise
    Hald"). An organisation's run ("Bill og Melinda Gates Fonden") and a run whose first word is no
    given name ("Dansk Handel og Service") stay whole. The typer then types or drops each part."""
    out: list[tuple[int, int, str]] = []
    for k, j, label in found:
        cut = None
        if label == "PER" and j - k >= 3 and words[k + offset].lower() in FIRST_NAMES and words[k + offset][:1].isupper():
            for m in range(k + 1, j - 1):
                after = words[m + 1 + offset]
                if words[m + offset] in _AND and after[:1].isupper() and after.lower() in FIRST_NAMES:
                    cut = m
                    break
        cut_run(out, tags, k, j, label, cut)
    return out


def _split_descriptions(
    words: Sequence[str], offset: int, found: list[tuple[int, int, str]], tags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Runs that open with a hyphenated word ending in an ordinary lower-case word, a description
    ("Sønderborg-klubben SG Als", "Tholstrup-familien Kosan Gruppen", "FN-styrke Dancon"), split in
    two: that word and the name after it (CV typed F1 0.8194 -> 0.8224). Likewise such a word
    after a genitive ends the run on its own ("Danmarks EF-udspil", "Tyrkiets FN-ambassadør":
    0.8224 -> 0.8241). The typer then types or drops each part."""
    out: list[tuple[int, int, str]] = []
    for k, j, label in found:
        if j - k >= 2 and _description(words[k + offset]):
            tags[k + 1] = "B-" + label
            out += [(k, k + 1, label), (k + 1, j, label)]
            continue
        before = words[j - 2 + offset] if j - k >= 2 else ""
        if len(before) > 2 and before.endswith(("s", "'s", "’s")) and _description(words[j - 1 + offset]):
            tags[j - 1] = "B-" + label
            out += [(k, j - 1, label), (j - 1, j, label)]
            continue
        out.append((k, j, label))
    return out


def _description(word: str) -> bool:
    """Whether ``word`` is hyphenated and ends in a lower-case word of three letters or more."""
    parts = typer.hyphen_parts(word) if "-" in word else None
    return parts is not None and len(parts[1]) >= 3 and parts[1].isalpha() and parts[1].islower()


# Words before a given name that make it part of a place or a title ("Sankt Hans Torv", "Kong
# Frederik"), and endings of a last word that make the whole a place ("Christian IX's Gade").
_NOT_BEFORE_PERSON = frozenset("sankt skt kong dronning prins prinsesse kronprins kronprinsesse hellige".split())
_PLACE_ENDINGS = ("gade", "vej", "torv", "plads", "allé", "alle", "kirke", "skole", "bro", "havn", "park", "hus",
                  "stræde", "hospital", "gymnasium", "centret", "center")


def _split_people(
    words: Sequence[str], offset: int, found: list[tuple[int, int, str]], tags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Runs with a person's full name after an organisation or a party in one capitalised run
    ("formand for Ældresagen Poul Erik Skov", "Dansk Metal Claus Jensen", "Venstres Jakob
    Ellemann-Jensen") split in two: the part before the first given name, and the person (tagged
    PER here; the typer then types both parts). A given name after another word that is not one
    starts the person; the person has two or three words."""
    out: list[tuple[int, int, str]] = []
    for k, j, label in found:
        cut = None
        if j - k >= 3:
            for m in range(k + 1, j - 1):
                here, before = words[m + offset], words[m - 1 + offset]
                last = words[j - 1 + offset].lower()
                if (
                    2 <= j - m <= 3 and here[:1].isupper() and here.lower() in FIRST_NAMES
                    and before.lower() not in FIRST_NAMES and before[:1].isupper() and before.isalpha()
                    and before.lower() not in _NOT_BEFORE_PERSON and not last.endswith(_PLACE_ENDINGS)
                ):
                    cut = m
                    break
        if cut is None:
            out.append((k, j, label))
            continue
        tags[k] = "B-" + label
        tags[cut] = "B-PER"
        for m in range(cut + 1, j):
            tags[m] = "I-PER"
        out += [(k, cut, label), (cut, j, "PER")]
    return out
