"""Anchors: making them, and re-attaching them after the text changed (exact, moved, fuzzy, orphaned)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Anchor, AnchorStatus
from reader.anchoring.anchors import make_anchor, reanchor
from reader.anchoring.fuzzy import _column_scores, best_start, edit_distance, find_ends

BODY = (
    "Forsvarsminister Claus Hjort Frederiksen (V) siger, at Danmark skal bidrage.\n\n"
    "- Vi skal tage vores del af ansvaret, siger Claus Hjort Frederiksen.\n\n"
    "Udenrigsminister Anders Samuelsen (LA) er enig.\n\n"
    "- Det er en vigtig mission for Nato, siger Anders Samuelsen."
)


def anchor_on(text: str, phrase: str) -> Anchor:
    start = text.index(phrase)
    return make_anchor(text, start, start + len(phrase))


def test_make_anchor_context_and_clamping() -> None:
    anchor = make_anchor("abcdefghij", 3, 5, context=2)
    assert anchor == Anchor(3, 5, "de", "bc", "fg")
    clamped = make_anchor("abc", -4, 99)
    assert (clamped.start, clamped.end, clamped.exact) == (0, 3, "abc")


def test_unchanged_text_is_exact() -> None:
    anchor = anchor_on(BODY, "vigtig mission")
    assert reanchor(anchor, BODY) == (anchor, AnchorStatus.EXACT)


def test_paragraph_inserted_before_is_moved() -> None:
    anchor = anchor_on(BODY, "vigtig mission for Nato")
    changed = "OPDATERET: Ny indledning om sagen.\n\n" + BODY
    new, status = reanchor(anchor, changed)
    assert status is AnchorStatus.MOVED
    assert changed[new.start:new.end] == "vigtig mission for Nato"
    assert new.start == anchor.start + len("OPDATERET: Ny indledning om sagen.\n\n")


def test_paragraph_removed_is_moved() -> None:
    anchor = anchor_on(BODY, "Det er en vigtig mission")
    changed = BODY.replace("Udenrigsminister Anders Samuelsen (LA) er enig.\n\n", "")
    new, status = reanchor(anchor, changed)
    assert status is AnchorStatus.MOVED
    assert changed[new.start:new.end] == anchor.exact


def test_repeated_quote_chooses_occurrence_by_context() -> None:
    text = "siger han. Alpha beta siger han. Gamma delta siger han. Epsilon"
    start = text.index("siger han", 20)  # the one after "Alpha beta "
    anchor = make_anchor(text, start, start + 9)
    shifted = "XXXXX " + text
    new, status = reanchor(anchor, shifted)
    assert status is AnchorStatus.MOVED
    assert shifted[new.start - 11:new.start] == "Alpha beta "


def test_context_beats_distance_for_exact_matches() -> None:
    text = "Nato sagde ja. " + "fyld " * 50 + "Ifølge Nato er det slut."
    start = text.index("Nato", 10)
    anchor = make_anchor(text, start, start + 4)
    changed = text.replace("fyld " * 50, "fyld " * 10) + " Nato sagde nej."
    new, status = reanchor(anchor, changed)
    assert status is AnchorStatus.MOVED
    assert changed[new.start - 7:new.end] == "Ifølge Nato"


def test_typo_fixed_in_quote_is_fuzzy() -> None:
    typo = BODY.replace("ansvaret", "ansvarett")
    anchor = anchor_on(typo, "Vi skal tage vores del af ansvarett")
    new, status = reanchor(anchor, BODY)
    assert status is AnchorStatus.FUZZY
    assert BODY[new.start:new.end].startswith("Vi skal tage vores del af ansvaret")


def test_reworded_and_moved_is_fuzzy() -> None:
    anchor = anchor_on(BODY, "Det er en vigtig mission for Nato")
    changed = "Indledning.\n\n" + BODY.replace("Det er en vigtig mission for Nato", "Det er en meget vigtig mission for Nato")
    new, status = reanchor(anchor, changed)
    assert status is AnchorStatus.FUZZY
    assert "vigtig mission for Nato" in changed[new.start:new.end]


def test_rewritten_text_orphans_and_keeps_anchor() -> None:
    anchor = anchor_on(BODY, "Vi skal tage vores del af ansvaret")
    other = "Vejret i morgen bliver koldt med spredte byger og let vind fra vest.\n\nIngen kommentarer."
    assert reanchor(anchor, other) == (anchor, AnchorStatus.ORPHANED)


def test_short_quote_is_not_fuzzy_matched() -> None:
    anchor = Anchor(5, 7, "Ja", "xxx", "yyy")
    assert reanchor(anchor, "Nej tak, det gør vi ikke")[1] is AnchorStatus.ORPHANED


def test_empty_text_orphans() -> None:
    anchor = anchor_on(BODY, "Nato")
    assert reanchor(anchor, "")[1] is AnchorStatus.ORPHANED


def test_a_quote_gone_from_a_long_article_is_orphaned() -> None:
    # Behaviour only: bench/pathological.py times this search beside difflib on the same text.
    paragraph = "Regeringen har i dag fremlagt et udspil om skat og velfærd for de kommende år. "
    text = paragraph * 1500  # about 120,000 characters, 20,000 words
    anchor = Anchor(500, 560, "Et helt andet citat som ikke står i teksten overhovedet her", "", "")
    assert reanchor(anchor, text)[1] is AnchorStatus.ORPHANED
    near = Anchor(500, 560, paragraph[:40].replace("udspil", "udspl"), "", "")
    placed, status = reanchor(near, text)
    assert status is AnchorStatus.FUZZY and text[placed.start:placed.end].startswith("Regeringen")


def brute_distance_ending_at(pattern: str, text: str, end: int) -> int:
    return min(edit_distance(pattern, text[start:end]) for start in range(end + 1))


@settings(max_examples=200, deadline=None)
@given(st.text("abc", max_size=14), st.text("abc", min_size=1, max_size=6))
def test_myers_search_matches_brute_force(text: str, pattern: str) -> None:
    scores = list(_column_scores(pattern, text, anchored=False))
    assert scores == [brute_distance_ending_at(pattern, text, end) for end in range(1, len(text) + 1)]
    for end, errors in find_ends(pattern, text, len(pattern)):
        start, found = best_start(pattern, text, end, len(pattern))
        assert found == edit_distance(pattern, text[start:end]) == errors


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.data())
def test_unchanged_text_always_exact(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    anchor = make_anchor(text, start, end)
    assert reanchor(anchor, text) == (anchor, AnchorStatus.EXACT)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=120), st.text(max_size=40), st.data())
def test_placed_anchor_always_inside_text(text: str, inserted: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = make_anchor(text, start, end)
    cut = data.draw(st.integers(0, len(text)))
    changed = text[:cut] + inserted + text[cut:]
    new, status = reanchor(anchor, changed)
    if status is AnchorStatus.ORPHANED:
        assert new == anchor
    else:
        assert 0 <= new.start <= new.end <= len(changed)
        assert changed[new.start:new.end] == new.exact
        if status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
            assert new.exact == anchor.exact


def _cuts_word(text: str, i: int) -> bool:
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


def test_fuzzy_match_takes_whole_words() -> None:
    before = "Politiet oplyser, at kvinden havde købt billetter til koncerten i forvejen. Hun var glad."
    after = before.replace("billetter", "biletterne")
    new, status = reanchor(anchor_on(before, "at kvinden havde købt billetter"), after)
    assert status is AnchorStatus.FUZZY
    assert new.exact == "at kvinden havde købt biletterne"  # not "... købt biletter"
    before = "Veninden fortæller, at hun er meget ked af det, og at hun vil hjem. Mere tekst her."
    after = before.replace("meget", "mere end")
    new, status = reanchor(anchor_on(before, "Veninden fortæller, at hun er meget"), after)
    assert status is AnchorStatus.FUZZY
    assert not _cuts_word(after, new.start) and not _cuts_word(after, new.end)
    assert new.exact == "Veninden fortæller, at hun er mere"  # not "... er me" or "... mere e"


def test_substantially_changed_quote_is_orphaned_not_fuzzy() -> None:
    before = ("Arrangørerne skriver: - Der var 14.000 gæster på pladsen, da festivalen fredag blev aflyst. "
              "Det oplyser de.")
    after = before.replace("14.000", "41.000").replace("festivalen fredag", "politiet lørdag")
    anchor = anchor_on(before, "Der var 14.000 gæster på pladsen, da festivalen fredag blev aflyst")
    assert reanchor(anchor, after) == (anchor, AnchorStatus.ORPHANED)  # kept as it was, never dropped
    only_number = before.replace("14.000", "41.000")  # one changed word of eleven: still the passage
    new, status = reanchor(anchor, only_number)
    assert status is AnchorStatus.FUZZY
    assert new.exact == "Der var 41.000 gæster på pladsen, da festivalen fredag blev aflyst"


def test_close_quote_in_foreign_surroundings_is_orphaned() -> None:
    anchor = anchor_on(BODY, "Vi skal tage vores del af ansvaret")
    other = ("Kommunen har i en pressemeddelelse skrevet at vi skal tage vores del af ansvaret "
             "for de ældre borgere i byen, men det blev afvist i går.")
    assert reanchor(anchor, other) == (anchor, AnchorStatus.ORPHANED)


WORDS = ["minister", "siger", "at", "det", "er", "vigtigt", "for", "Danmark", "og", "Nato", "14.000", "kroner"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=8, max_size=30), st.data())
def test_fuzzy_matches_never_cut_a_word(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words) + "."
    first = data.draw(st.integers(0, len(words) - 3))
    last = data.draw(st.integers(first + 2, len(words) - 1))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = len(" ".join(words[:last + 1]))
    anchor = make_anchor(text, start, end)
    cut = data.draw(st.integers(0, len(text)))
    removed = data.draw(st.integers(0, 4))
    changed = text[:cut] + data.draw(st.sampled_from(["", "x", "ne", " og ", "e"])) + text[cut + removed:]
    new, status = reanchor(anchor, changed)
    if status is AnchorStatus.FUZZY:
        assert not _cuts_word(changed, new.start) and not _cuts_word(changed, new.end), (changed, new)
        assert changed[new.start:new.end] == new.exact
