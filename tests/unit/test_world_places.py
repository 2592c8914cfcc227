"""The world list of places: what it holds, and where the analysis reads it."""

from __future__ import annotations

from reader.analysis.world import place_class


def test_the_world_list_holds_countries_regions_and_cities_in_both_languages() -> None:
    assert place_class("guadeloupe") == "N"
    assert place_class("tyskland") == "N"  # Danish
    assert place_class("łódź") == "2"  # a city of 100,000 people or more
    assert place_class("copenhagen") == "C"
    assert place_class("københavn") == "1"
    assert place_class("abu dhabi") == "C"
    assert place_class("of") == ""  # (a Turkish town: too short to be listed)
    assert place_class("Łódź") == ""  # the keys are in lower case


def test_the_typer_reads_the_world_class_of_a_name_and_its_genitive() -> None:
    from reader.analysis.typer import span_features

    words = ["Han", "rejste", "til", "Abu", "Dhabi", "og", "Łódźs", "borgmester", "."]
    assert {"wg=C", "wgc=CUU"} <= set(span_features(words, 3, 5, False, {}))
    assert {"wg=2s", "wgc=2sUU"} <= set(span_features(words, 6, 7, False, {}))
    assert "wg=-" in span_features(words, 7, 8, False, {})  # "borgmester"


def test_english_cities_no_word_list_of_ours_names_are_places() -> None:
    from reader.analysis import analyze

    for town in ("Bydgoszcz", "Kisumu", "Cochabamba"):
        text = f"{town} has grown quickly. Officials in the region said {town} needs new schools."
        found = [(text[e.start:e.end], e.label.value) for e in analyze(text, "en").entities]
        assert (town, "LOC") in found and (town, "PER") not in found, found
