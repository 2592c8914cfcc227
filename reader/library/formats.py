"""The article formats: one table that the scanner, ``format_for`` and the index's walker read.

Adding a format is one parser module (text -> drafts) plus one row in ``FORMATS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.errors import ArticleError
from reader.library.build import Draft
from reader.library.htmltext import parse_html
from reader.library.jsonfmt import parse_json
from reader.library.mdtext import parse_md
from reader.library.wire import parse_txt

Check = Callable[[], None]
Drafts = list[Draft | ArticleError]


@dataclass(frozen=True, slots=True)
class Format:
    """One kind of article file."""

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str, Check], Drafts]  # decoded text -> drafts (an ArticleError for a bad item)
    prepared: bool = True  # the text is normalised (line ends, NFC, visible controls) before parsing


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("txt", (".txt",), lambda text, check: [parse_txt(text)]),
        Format("md", (".md", ".markdown"), lambda text, check: [parse_md(text)]),
        Format("html", (".html", ".htm"), lambda text, check: [parse_html(text, check)]),
        Format("json", (".json",), lambda text, check: list(parse_json(text)), prepared=False),
    )
}
BY_SUFFIX: dict[str, str] = {suffix: f.name for f in FORMATS.values() for suffix in f.suffixes}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(BY_SUFFIX)
