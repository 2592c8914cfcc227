"""A world list of places: countries and territories, world regions, US states, capitals and cities
of 15,000 people or more, in English and Danish spellings, derived from GeoNames (CC BY 4.0) and
the Unicode CLDR by ``tools/world_places.py`` (the derived list ships; its sources are no run-time
dependency)."""

from __future__ import annotations

import gzip
from pathlib import Path

PATH = Path(__file__).with_name("world_places.tsv.gz")
_TABLE: dict[str, str] = {}


def _load() -> dict[str, str]:
    """The list as a dict: lower-case name -> class (read once)."""
    if not _TABLE:
        with gzip.open(PATH, "rt", encoding="utf-8") as handle:
            _TABLE.update(line.rstrip("\n").split("\t", 1) for line in handle)
    return _TABLE


def place_class(low: str) -> str:
    """The class of a lower-case name in the world list ("" when it is none): N a country or
    territory, W a continent or world region, C a capital, A a US state, 1/2/3 a city of a
    million, 100,000 or 15,000 people or more."""
    return (_TABLE or _load()).get(low, "")
