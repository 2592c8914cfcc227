"""settle_ids walks only the articles a record concerns (scan20): over generated libraries with
twin stories, moved, copied, retitled and removed files and notes, it gives what the whole walk
gave (the code before scan20, kept below as the reference), ids the store claims included."""

from __future__ import annotations

import os
import random
from dataclasses import replace

from reader.library.scanner import _unique_id
from reader.model import Article
from reader.store import open_store, schema
from reader.store.attaching import _file_in, _path_suffix

TITLES = ["Storm", "Brand", "Valg", "Ål", "Strejke", "Kort nyt"]


def _reference(store, articles, exists):
    """settle_ids as it was before scan20 (every article through all three passes)."""
    index = store._index
    out = list(articles)
    used: set[str] = set()
    pending: list[int] = []
    for k, article in enumerate(out):
        base = article.base_id or article.id
        at_path = index.by_path.get(article.path) if article.path else None
        mine = sorted(i for i in at_path if i == base or i.startswith(base + "-")) if at_path else []
        if len(mine) == 1 and mine[0] not in used:
            used.add(mine[0])
            if mine[0] != article.id:
                out[k] = replace(article, id=mine[0], base_id=base)
        else:
            pending.append(k)
    still: list[int] = []
    heirs: dict[str, list[int]] = {}
    for k in pending:
        article = out[k]
        base = article.base_id or article.id
        holder = index.articles.get(base)
        if (holder is not None and base not in used and holder.fingerprint == article.fingerprint
                and not (holder.path and exists(holder.path))):
            heirs.setdefault(base, []).append(k)
        else:
            still.append(k)
    for base, ks in heirs.items():
        holder = index.articles[base]
        known = holder.file
        chosen = next((k for k in ks if known and schema.file_key(out[k].path) == known), None)
        if chosen is None:
            folders = {os.path.dirname(p) for p in [holder.path] + [out[k].path for k in ks] if p}
            if known and _file_in(known, folders, {out[k].path for k in ks}):
                used.add(base)
                still.extend(ks)
                continue
            chosen = ks[0]
        used.add(base)
        if base != out[chosen].id:
            out[chosen] = replace(out[chosen], id=base, base_id=base)
        still.extend(k for k in ks if k != chosen)
    still.sort()
    for k in still:
        article = out[k]
        base = article.base_id or article.id
        wanted = article.id
        holder = index.articles.get(wanted)
        taken = holder is not None and holder.path and holder.path != article.path and exists(holder.path)
        if taken or wanted in used:
            wanted = base + "-" + _path_suffix(article.path)
        attempt = 0
        while wanted in used or (wanted != article.id and store._held_elsewhere(wanted, article.path)):
            attempt += 1
            wanted = base + "-" + _path_suffix(article.path, attempt)
        used.add(wanted)
        if wanted != article.id:
            out[k] = replace(article, id=wanted, base_id=base)
    return out, used


def _listed(files: list[tuple[str, str, str]]) -> list[Article]:
    """Articles of (path, title, body) in path order, ids told apart as a scan tells them."""
    taken: set[str] = set()
    out = []
    for path, title, body in sorted(files):
        article = Article(id=f"2024-01-01-{title.casefold()}", path=path, title=title, body=body, date="2024-01-01")
        article = _unique_id(article, 0, taken)
        taken.add(article.id)
        out.append(article)
    return out


def _library(pick: random.Random, n: int) -> list[tuple[str, str, str]]:
    return [(f"/lib/{pick.choice('abc')}/{k:03}.txt", pick.choice(TITLES), f"Tekst {pick.randrange(n // 2)}.")
            for k in range(n)]


def _changed(pick: random.Random, files: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The library a while later: files moved, copied, retitled, removed, new twins."""
    out = []
    for path, title, body in files:
        roll = pick.random()
        if roll < 0.1:
            continue  # removed
        if roll < 0.25:
            path = f"/lib/moved/{os.path.basename(path)}"  # moved (its old path is gone)
        elif roll < 0.35:
            title = pick.choice(TITLES)  # updated in place under a (maybe) new headline
        elif roll < 0.45:
            out.append((f"/lib/copies/{pick.randrange(10**6)}.txt", title, body))  # a copy beside it
        out.append((path, title, body))
    out += [(f"/lib/new/{k}.txt", pick.choice(TITLES), f"Ny {k}.") for k in range(pick.randrange(8))]
    return out


def _check(store, articles, exists) -> None:
    expected, used = _reference(store, articles, exists)
    store._claimed.clear()
    assert store.settle_ids(articles, exists) == expected
    assert [a.base_id for a in store.settle_ids(articles, exists)] == [a.base_id for a in expected]
    store._claimed.clear()
    store.settle_ids(articles, exists)
    assert store._claimed == used


def test_settled_ids_are_the_whole_walks_over_generated_libraries(tmp_path):
    for seed in range(25):
        pick = random.Random(seed)
        before = _library(pick, pick.randrange(20, 60))
        first = _listed(before)
        with open_store(tmp_path / f"db{seed}.json") as store:
            for article in pick.sample(first, len(first) // 3):  # notes and tags on a third
                store.attach(article)
                store.add_tags(article.id, ["t"])
            after = _changed(pick, before)
            exists = {path for path, _t, _b in after}.__contains__
            _check(store, _listed(after), exists)
            _check(store, _listed(before), {p for p, _t, _b in before}.__contains__)
            shuffled = _listed(after)
            pick.shuffle(shuffled)  # any order the caller lists them in
            _check(store, shuffled, exists)
            _check(store, shuffled + shuffled[:3], exists)  # an id twice: the whole walk


def test_a_file_that_would_take_a_later_files_own_id_is_settled_the_whole_way(tmp_path):
    """The record's file (not listed: another folder) holds the headline's id, so a twin takes a
    suffix of its own path: the very id a file met later has (its scan gave it that one)."""
    with open_store(tmp_path / "db.json") as store:
        store.attach(Article(id="b", path="/elsewhere/a.txt", title="B", body="Held."))
        store.add_tags("b", ["t"])
        twin = Article(id="b", path="/lib/c.txt", title="B", body="Other.")
        clash = Article(id="b-" + _path_suffix("/lib/c.txt"), path="/lib/d.txt", title="B", body="Third.")
        articles = [twin, clash]
        exists = {"/elsewhere/a.txt", "/lib/c.txt", "/lib/d.txt"}.__contains__
        _check(store, articles, exists)
        settled = store.settle_ids(articles, exists)
        assert settled[0].id == clash.id and settled[1].id not in (clash.id, "b")  # the twin met first takes it
