"""Generated wire stories for the benchmarks: Danish and English, with a dateline, a named person,
a quote and an agency, over a Zipf-weighted vocabulary (news text has a long tail of rare words)."""

from __future__ import annotations

import random
from pathlib import Path

FIRST = "Anders Peter Maria Hanne Jens Mette Lars Sofie Karen Ole Emma Oliver Sarah James".split()
LAST = "Hansen Nielsen Jensen Pedersen Andersen Christensen Larsen Smith Brown Taylor Wilson Dahl Kold".split()
TOWNS = "Ribe Vejle Aarhus Odense Esbjerg Aalborg Skagen Leeds Halifax Cork Bristol Dundee".split()
ORGS = "Vestkraft Danske Bank Novo Nordisk Mærsk Ørsted Carlsberg Unite Network Rail Meridian".split()
DA_WORDS = (
    "kommune byråd borgmester budget skole havn fabrik ordre regering forslag aftale bidrag bidraget"
    " bidrager millioner kroner forældre elever lærere underskrifter protest vejen broen trafik"
    " udvalg beslutning økonomi arbejdspladser ansatte virksomhed direktør medarbejdere kontrakt"
    " træningsmission soldater forsvaret nato-træningsmission sikkerhed politi retten dommer sag"
    " festival koncert publikum aflyst storm vejret landbrug landmænd uddannelse studerende"
).split()
EN_WORDS = (
    "council minister budget plan harbour factory order strike court vote union school parents"
    " teachers petition road bridge traffic committee decision economy jobs staff company director"
    " contract workers police judge case festival concert crowd cancelled storm weather farmers"
    " training mission soldiers security ferry ships battery museum flood repairs deposits"
).split()


def _vocabulary(words: list[str], syllables: str, seed: int, size: int = 6000) -> tuple[list[str], list[float]]:
    """The real words plus made-up ones, with Zipf weights: news text has a long tail of rare
    words, which is what makes a full-text index selective."""
    rng = random.Random(seed)
    parts = syllables.split()
    made = {"".join(rng.choice(parts) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    vocabulary = words + sorted(made - set(words))
    rng.shuffle(vocabulary)
    return vocabulary, [1.0 / (rank + 1) for rank in range(len(vocabulary))]


_VOCAB = {
    True: _vocabulary(DA_WORDS, "ka la ne ri sø bø ve ul ter ing hed lig mø da ks ør æn gå", 1),
    False: _vocabulary(EN_WORDS, "ka la ne ri so bo ve ul ter ing ness ly mo da ks or an go", 2),
}


def _sentence(rng: random.Random, words: list[str], size: int) -> str:
    vocabulary, weights = _VOCAB[words is DA_WORDS]
    text = " ".join(rng.choices(vocabulary, weights, k=size))
    return text[0].upper() + text[1:] + "."


def story(number: int, rng: random.Random) -> str:
    """One wire story (Danish or English) with a dateline, a named person, a quote and an agency."""
    danish = number % 2 == 0
    words = DA_WORDS if danish else EN_WORDS
    town = rng.choice(TOWNS)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    org = rng.choice(ORGS)
    title = f"{_sentence(rng, words, 6)[:-1]} i {town}" if danish else f"{_sentence(rng, words, 6)[:-1]} in {town}"
    year, month = rng.randint(2010, 2025), rng.randint(1, 12)
    body = [
        f"{town}. {_sentence(rng, words, 25)} {org} {_sentence(rng, words, 12)}" if danish
        else f"{town.upper()} (Meridian) - {_sentence(rng, words, 25)} {org} {_sentence(rng, words, 12)}",
        _sentence(rng, words, 30),
        f"- {_sentence(rng, words, 14)[:-1]}, siger {person}." if danish
        else f'"{_sentence(rng, words, 14)[:-1]}," said {person}.',
        _sentence(rng, words, 35),
    ]
    tail = "\n\n/benchbureau/\n" if danish else "\n"
    return f"date {year}-{month:02d}-{rng.randint(1, 28):02d} {title}\n\n" + "\n\n".join(body) + tail


def generate(folder: Path, count: int, seed: int = 11) -> None:
    """Write ``count`` stories into folders of 1,000 (a wire archive by day)."""
    rng = random.Random(seed)
    for number in range(count):
        sub = folder / f"{number // 1000:03d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:06d}.txt").write_text(story(number, rng), encoding="utf-8")
