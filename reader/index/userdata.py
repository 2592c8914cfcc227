"""The user's notes, labels and tags in the index (handed to it: it never reads the notes
database), and the ids the library gives the indexed articles. A mixin of LibraryIndex."""

from __future__ import annotations

import hashlib
from typing import Iterable, Mapping, Sequence

from reader.index.articles import TAG_SEP


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


class UserData:
    """Searchable notes, labels and tags (see the module docstring)."""

    def set_ids(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Record the id the library gives indexed articles (rowid, id), where it is not the one
        their file gives (same-headline files): notes are found by it."""
        changed = [(uid, rowid, uid) for rowid, uid in pairs]
        if changed:
            with self._transaction() as conn:
                conn.executemany("UPDATE articles SET uid = ? WHERE rowid = ? AND uid != ?", changed)

    def set_user_data(self, data: Mapping[str, tuple[Sequence[str], Sequence[str], Sequence[str]]]) -> int:
        """Make the notes, labels and tags searchable: id -> (tags, notes, labels). Articles not
        in ``data`` have none. Only what changed is written; returns how many articles changed."""
        return self._guarded(lambda: self._set_user_data(data))  # type: ignore[return-value]

    def _set_user_data(self, data: Mapping[str, tuple[Sequence[str], Sequence[str], Sequence[str]]]) -> int:
        current = {uid: (rowid, key) for rowid, uid, key in
                   self.conn.execute("SELECT rowid, uid, user_key FROM articles WHERE user_key != ''")}
        wanted: dict[int, tuple[str, tuple]] = {}
        for uid, (tags, notes, labels) in data.items():
            if not (tags or notes or labels):
                continue
            value = (tuple(tags), tuple(n for n in notes if n), tuple(l for l in labels if l), len(notes))
            key = hashlib.sha1(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]
            if uid in current and current[uid][1] == key:
                current.pop(uid)
                continue
            for (rowid,) in self.conn.execute("SELECT rowid FROM articles WHERE uid = ?", (uid,)):
                wanted[rowid] = (key, value)
        cleared = [rowid for rowid, _key in current.values() if rowid not in wanted]
        if not wanted and not cleared:
            return 0
        with self._transaction() as conn:
            for rowid in cleared:
                file_tags = conn.execute("SELECT meta_tags FROM articles WHERE rowid = ?", (rowid,)).fetchone()[0]
                conn.execute("UPDATE fts SET notes = '', labels = '', tags = ? WHERE rowid = ?",
                             (" ; ".join(t for t in file_tags.split(TAG_SEP) if t), rowid))
                conn.execute("UPDATE articles SET notes = 0, user_key = '' WHERE rowid = ?", (rowid,))
            for rowid, (key, (tags, notes, labels, count)) in wanted.items():
                file_tags = conn.execute("SELECT meta_tags FROM articles WHERE rowid = ?", (rowid,)).fetchone()[0]
                all_tags = list(dict.fromkeys([*tags, *(t for t in file_tags.split(TAG_SEP) if t)]))
                conn.execute("UPDATE fts SET notes = ?, labels = ?, tags = ? WHERE rowid = ?",  # NFC, as the
                             tuple(_nfc(t) for t in ("\n\n".join(notes), " ; ".join(labels), " ; ".join(all_tags)))
                             + (rowid,))  # text and the query: a note or tag typed decomposed is found too
                conn.execute("UPDATE articles SET notes = ?, user_key = ? WHERE rowid = ?", (count, key, rowid))
        return len(wanted) + len(cleared)
