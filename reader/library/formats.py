"""The article formats: one table that the scanner, ``format_for`` and the index's walker read.

Adding a format is one parser module (text -> drafts) plus one row in ``FORMATS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.errors import ArticleError
from reader.library.build import Draft

Check = Callable[[], None]
Drafts = list[Draft | ArticleError]


@dataclass(frozen=True, slots=True)
class Format:
    """One kind of article file."""

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str, Check], Drafts]  # decoded text -> drafts (an ArticleError for a bad item)
    prepared: bool = True  # the text is normalised (line ends, NFC, visible controls) before parsing


# Each parser is imported when a file of its kind is first read: a command that touches one
# wire story does not load lxml, markdown-it and PyYAML (a third of ``reader tag``'s time).
def _txt(text: str) -> Draft:
    from reader.library.wire import parse_txt

    return parse_txt(text)


def _md(text: str) -> Draft:
    from reader.library.mdtext import parse_md

    return parse_md(text)


def _html(text: str, check: Check) -> Draft | ArticleError:
    from reader.library.htmltext import parse_html

    return parse_html(text, check)


def _json(text: str) -> Drafts:
    from reader.library.jsonfmt import parse_json

    return list(parse_json(text))


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("txt", (".txt",), lambda text, check: [_txt(text)]),
        Format("md", (".md", ".markdown"), lambda text, check: [_md(text)]),
        Format("html", (".html", ".htm"), lambda text, check: [_html(text, check)]),
        Format("json", (".json",), lambda text, check: list(_json(text)), prepared=False),
    )
}
BY_SUFFIX: dict[str, str] = {suffix: f.name for f in FORMATS.values() for suffix in f.suffixes}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(BY_SUFFIX)
