"""Attaching an article: record what it is, follow renames and id changes, re-anchor its notes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import compress
from operator import attrgetter

from reader.model import Annotation, Article
from reader.store import records, schema
from reader.anchoring import reanchor
from reader.store.core import StoreCore
from reader.store.index import Index

MULTI_ARTICLE_FORMATS = frozenset({"json"})


def find_predecessor(
    index: Index,
    article: Article,
    exists: Callable[[str], bool] = os.path.exists,
    claimed: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """A known record that is this article under an older id, if one is certain enough.

    Same path and same text: surely it. Same text only: if the old file is gone (moved and
    retitled). Same path only (a wire story updated under a new headline): if that path holds
    one article only, so never for JSON files, which may hold several.
    """
    same_text = index.by_fingerprint.get(article.fingerprint, set()) - {article.id} - claimed
    same_path = index.by_path.get(article.path, set()) - {article.id} - claimed if article.path else set()
    both = same_text & same_path
    if both:
        return min(both)
    gone = sorted(old for old in same_text if not _still_there(index, old, exists))
    if gone:
        return gone[0]
    if article.format not in MULTI_ARTICLE_FORMATS and len(same_path) == 1:
        return next(iter(same_path))
    return None


def _still_there(index: Index, article_id: str, exists: Callable[[str], bool]) -> bool:
    path = index.articles[article_id].path
    return bool(path) and exists(path)


def _path_suffix(path: str, attempt: int = 0) -> str:
    key = f"{path}\n{attempt}" if attempt else path
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:4]  # a name that is not UTF-8


def _concerned(index: Index, articles: Sequence[Article]) -> tuple[list[int], set[str] | None]:
    """The positions of the articles a record may concern (a record at their path, or under
    their id or base id), and the ids of all the others (None when the ids are not all
    distinct: every article then takes the whole way). For the others settle_ids' first two
    passes do nothing, and the last keeps their ids unless one is taken."""
    ids = list(map(attrgetter("id"), articles))
    whole = range(len(ids))
    distinct = set(ids)
    if len(distinct) != len(ids) or "" in index.articles:
        return list(whole), None
    held = index.articles.__contains__
    marked = set(compress(whole, map(index.by_path.__contains__, map(attrgetter("path"), articles))))
    marked.update(compress(whole, map(held, ids)))
    marked.update(compress(whole, map(held, map(attrgetter("base_id"), articles))))
    concerned = sorted(marked)
    return concerned, distinct.difference([ids[k] for k in concerned])


def _file_in(key: str, folders: set[str], besides: set[str]) -> bool:
    """True when a file other than ``besides`` in one of ``folders`` has the file key ``key``."""
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.path in besides or not entry.is_file(follow_symlinks=False):
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if f"{info.st_dev}:{info.st_ino}" == key:
                        return True
        except OSError:
            continue
    return False


class Attaching(StoreCore):
    """The ``attach`` part of the Store's API."""

    def settle_ids(
        self, articles: Sequence[Article], exists: Callable[[str], bool] = os.path.exists
    ) -> list[Article]:
        """``articles`` with ids that stay with their files, whatever else is scanned with them.

        Files with the same headline, date and source share a base id, and a scan tells them
        apart by the order it meets them. Here the store's records decide instead: a file keeps
        the id its record has at its path; a file whose base id a record at another, existing file
        holds takes a suffix of its own path's hash (a copy, an export, a twin story), so it never
        shows or takes over that file's notes. A record whose file is gone still passes to a file
        with its id (a move or rename).
        """
        return self._settle(articles, exists)

    def _settle(self, articles: Sequence[Article], exists: Callable[[str], bool], fast: bool = True) -> list[Article]:
        """settle_ids; ``fast`` False: every article walked the whole way (the same result: the
        fast way only skips what cannot change, and the tests check it against this)."""
        index = self._index
        out = list(articles)
        used: set[str] = set()
        pending: list[int] = []
        concerned, others = _concerned(index, out) if fast else (list(range(len(out))), None)
        for k in concerned:  # first the files the store knows at their paths
            article = out[k]
            base = article.base_id or article.id
            at_path = index.by_path.get(article.path) if article.path else None
            mine = sorted(  # most files have no record: no sort for them
                i for i in at_path if i == base or i.startswith(base + "-")
            ) if at_path else []
            if len(mine) == 1 and mine[0] not in used:
                used.add(mine[0])
                if mine[0] != article.id:
                    out[k] = replace(article, id=mine[0], base_id=base)
            else:
                pending.append(k)
        still: list[int] = []
        heirs: dict[str, list[int]] = {}
        for k in pending:  # then a record whose file is gone goes to the file with its text
            article = out[k]
            base = article.base_id or article.id
            holder = index.articles.get(base)
            if (
                holder is not None and base not in used and holder.fingerprint == article.fingerprint
                and not (holder.path and exists(holder.path))
            ):
                heirs.setdefault(base, []).append(k)
            else:
                still.append(k)
        for base, ks in heirs.items():
            # Several files with that text (the file renamed, and a copy of it): the one that is
            # the same file (device and inode) is the renamed one; else the first met.
            holder = index.articles[base]
            known = holder.file
            chosen = next((k for k in ks if known and schema.file_key(out[k].path) == known), None)
            if chosen is None:
                folders = {os.path.dirname(p) for p in [holder.path] + [out[k].path for k in ks] if p}
                if known and _file_in(known, folders, {out[k].path for k in ks}):
                    used.add(base)  # the file itself lies beside them, renamed: these are copies,
                    still.extend(ks)  # and none of them may take its record (here or on attach)
                    continue
                chosen = ks[0]
            used.add(base)
            if base != out[chosen].id:
                out[chosen] = replace(out[chosen], id=base, base_id=base)
            still.extend(k for k in ks if k != chosen)
        still.sort()
        # The others keep their own ids in the last pass unless one of them is taken (then the
        # whole way decides): by an article a record concerns, or (a guard: the passes above
        # give record ids only, and an article with a record's id is concerned) by those passes.
        if others is not None and not used.isdisjoint(others):
            return self._settle(articles, exists, fast=False)
        for k in still:
            wanted = self._settled_id(out, k, used, exists)
            if others is not None and wanted in others:
                return self._settle(articles, exists, fast=False)
            used.add(wanted)
        self._claimed.update(used)
        if others:
            self._claimed.update(others)
        return out

    def _settled_id(self, out: list[Article], k: int, used: set[str], exists: Callable[[str], bool]) -> str:
        """The id article ``k`` takes in settle_ids' last pass (``out[k]`` given it), ``used``
        holding the ids taken before it."""
        article = out[k]
        base = article.base_id or article.id
        wanted = article.id
        holder = self._index.articles.get(wanted)
        taken = holder is not None and holder.path and holder.path != article.path and exists(holder.path)
        if taken or wanted in used:
            wanted = base + "-" + _path_suffix(article.path)
        attempt = 0
        while wanted in used or (wanted != article.id and self._held_elsewhere(wanted, article.path)):
            attempt += 1
            wanted = base + "-" + _path_suffix(article.path, attempt)
        if wanted != article.id:
            out[k] = replace(article, id=wanted, base_id=base)
        return wanted

    def relocate(self, articles: Sequence[Article], exists: Callable[[str], bool] = os.path.exists) -> int:
        """Record the new paths of moved or renamed files (ids as settle_ids gave them), in one
        write, so that a later copy of the old folder cannot claim their notes; returns how many.
        A read-only store records nothing."""
        if self.readonly:
            return 0
        index = self._index
        moved = []
        articles = list(articles)  # walked twice below (most have no record: skipped in C)
        for article in compress(articles, map(index.articles.__contains__, map(attrgetter("id"), articles))):
            summary = index.articles.get(article.id)
            if summary is None or not article.path or article.path == "-" or summary.path == article.path:
                continue
            if summary.path and exists(summary.path):
                continue
            moved.append((article.id, article.path))
        if moved:
            with self._writing():
                for aid, path in moved:
                    records.update_meta(self._tinydb, aid, path=path, file=schema.file_key(path))
        return len(moved)

    def follow_updated(self, articles: Sequence[Article]) -> int:
        """Attach the articles whose saved data is under an older id (a file updated in place
        under a new headline), so lists show their tags and notes before they are opened;
        returns how many. Articles the store knows, or at new paths, cost a look-up (no body is
        read: a file both moved and retitled follows when it is opened, as before)."""
        index = self._index
        followed = 0
        articles = list(articles)  # walked twice below (most have no record at their path: skipped in C)
        for article in compress(articles, map(index.by_path.__contains__, map(attrgetter("path"), articles))):
            if article.id in index.articles or article.id in self._seen:
                continue
            if article.path and article.path in index.by_path and self._attach_needed(article):
                self.attach(article)
                followed += 1
        return followed

    def _held_elsewhere(self, article_id: str, path: str) -> bool:
        summary = self._index.articles.get(article_id)
        return summary is not None and summary.path != path

    def attach(self, article: Article) -> list[Annotation]:
        """Update the article's record and re-anchor its annotations to its text; returns them.

        An article with nothing saved is only remembered (no write): its record is made,
        with path, title and fingerprint, by its first tag, note or quote state.
        """
        self._seen[article.id] = article
        if self._attach_needed(article):
            context = self._storage.scratch() if self.readonly else self._writing()
            with context:
                self._attach_now(article)
        return self.annotations(article.id)

    def _attach_needed(self, article: Article) -> bool:
        summary = self._index.articles.get(article.id)
        if summary is None:  # nothing saved for it yet: only a renamed record needs work
            if self._index.alias.get(article.id) is not None:
                return True
            return find_predecessor(self._index, article, claimed=self._claimed) is not None
        if (summary.path, summary.title, summary.fingerprint) != (article.path, article.title, article.fingerprint):
            return True
        return any("placed" not in doc for doc in records.article_table(self._tinydb, article.id).all()
                   if doc.get("kind") != schema.ARTICLE)

    def _attach_now(self, article: Article) -> None:
        aid = article.id
        if aid not in self._index.articles:
            source = self._index.alias.get(aid) or find_predecessor(self._index, article, claimed=self._claimed)
            if source is not None and source in self._index.articles:
                self._move_table(source, aid)
        meta = records.ensure_meta(self._tinydb, aid)
        fields = {**schema.path_record(article.path), "title": article.title,
                  "fingerprint": article.fingerprint, "file": schema.file_key(article.path)}
        if any(meta.get(k) != v for k, v in fields.items()):
            records.update_meta(self._tinydb, aid, **fields)
        for doc in records.article_table(self._tinydb, aid).all():
            if doc.get("kind") not in (schema.NOTE, schema.QUOTE):
                continue
            original = schema.original_anchor(doc)
            anchor, status = reanchor(original, article.body)
            placed = schema.placed_field(anchor, status, original)
            if doc.get("placed") != placed:
                records.replace(self._tinydb, aid, doc.doc_id, {**doc, "placed": placed})

    def _move_table(self, old: str, new: str) -> None:
        """Give an article's records its new id, remembering the old one."""
        docs = records.article_table(self._tinydb, old).all()
        moved = []
        for doc in docs:
            doc = dict(doc)
            if doc.get("kind") == schema.ARTICLE:
                aliases = [a for a in doc.get("aliases", []) if a != new]
                doc.update(id=new, aliases=aliases + [old])
            elif doc.get("kind") in (schema.NOTE, schema.QUOTE):
                doc["article_id"] = new
            moved.append(doc)
        self._tinydb.drop_table(schema.article_table(old))
        records.article_table(self._tinydb, new).insert_multiple(moved)
