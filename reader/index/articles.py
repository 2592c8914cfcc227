"""Articles as the index lists them: a row of the ``articles`` table made into an Article whose
body is read from the index when first asked for."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from reader.index.walking import from_db
from reader.model import Article

if TYPE_CHECKING:
    from reader.index.catalog import LibraryIndex

TAG_SEP = "\x1f"  # between the tags a file declares, in the articles table
ARTICLE_COLUMNS = "rowid, path, item, id, uid, title, date, source, dateline, language, format, byline, meta_tags, fingerprint"
_BODY = Article.__dict__["body"]  # the slot that holds an Article's body


@dataclass(frozen=True, slots=True)
class IndexedArticle(Article):
    """An article as the index lists it: its body is read from the index when first asked for
    (a hundred thousand rows keep none in memory); the fingerprint is the indexed body's."""

    rowid: int = field(default=0, compare=False)
    stored_fingerprint: str = field(default="", compare=False)
    index: "LibraryIndex | None" = field(default=None, compare=False, repr=False)

    @property
    def loaded(self) -> bool:
        """Whether the body is in memory."""
        return _BODY.__get__(self) is not None

    @property
    def provisional(self) -> bool:
        """Listed from its file's head (reader.index.provisional): not parsed yet, no text."""
        return self.rowid < 0

    @property
    def fingerprint(self) -> str:  # the hash of the body as it was indexed
        return self.stored_fingerprint


def _lazy_body(self: IndexedArticle) -> str:
    """The normalised text, read from the index the first time (None in the slot until then)."""
    value = _BODY.__get__(self)
    if value is None:
        value = (self.index.body(self.rowid) if self.index is not None else None) or ""
        _BODY.__set__(self, value)
    return value


# Set after the class is made: dataclass(slots=True) drops class attributes named like fields.
IndexedArticle.body = property(_lazy_body, _BODY.__set__, doc="The normalised text, read when first asked for.")  # type: ignore[assignment,misc]


def article_of(row: Sequence, index: "LibraryIndex", intern=sys.intern, title: str | None = None) -> IndexedArticle:
    """``title``: an equal string kept elsewhere, to hold instead of the row's own (or None)."""
    rowid, path, _item, base, uid, own_title, date, source, dateline, language, fmt, byline, tags, fp = row
    if title is None or title != own_title:
        title = own_title
    # the few values a thousand articles share (agency, place, language) are kept once
    source, dateline, language, fmt, date = intern(source), intern(dateline), intern(language), intern(fmt), intern(date)
    # positional: a hundred thousand of these are made on a launch; the body is read when asked for
    return IndexedArticle(
        uid or base, from_db(path), title, None, date, source, dateline, language, fmt, byline,  # type: ignore[arg-type]
        tuple(t for t in tags.split(TAG_SEP) if t) if tags else (), base if uid and uid != base else "", rowid, fp,
        index,
    )
