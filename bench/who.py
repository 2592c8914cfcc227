"""Benchmark: who said what on an indexed library of 10k or 100k generated wire stories.

The index is filled directly with generated analysis records (names, speakers, quotes, a tenth of
them repeated or reworded in later stories), as ``reader index`` would leave it; analysing 100k
stories for real takes most of an hour (bench/index.py measures that). Each figure is printed beside
a baseline measured in the same run on the same index:

* the Speakers list (``who.speakers``, names merged across articles) vs the bare
  ``SELECT speaker, count(*) ... GROUP BY speaker``;
* the Names list (``who.entities``) vs the bare ``GROUP BY label, name`` over the mentions;
* one speaker's quotes, newest first (``who.quotes``) vs ``SELECT ... WHERE speaker = ?``;
* one quote's provenance (``who.provenance``: candidates by shingle keys, similarity, word diff)
  vs reading the quote's own row.

Medians over several runs (different speakers and quotes each time).

    nice -n 19 python bench/who.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FIRST = ("Anders Peter Maria Hanne Jens Mette Lars Sofie Karen Ole Emma Oliver Sarah James Inger Claus Birthe "
         "Henrik Trine Rasmus Signe Kasper Else Jonas Dorthe Morten Karina Simon Poul Helen").split()
LAST = ("Hansen Nielsen Jensen Pedersen Andersen Christensen Larsen Smith Brown Taylor Wilson Dahl Kold "
        "Samuelsen Frederiksen Vestergaard Bundgaard Sørensen Lyngby Holt Friis Bach Kjær Okoro Marsh Flett "
        "Achebe Rendall Brackley Pollard Haddad Kapoor Leduc Okafor Whitfield Fairbanks Greaves Lowry").split()
WORDS = ("kommune byråd borgmester budget skole havn fabrik ordre regering forslag aftale bidrag indsats "
         "vi skal gøre hvad kan for at opbygge den det er en vigtig dag sikkerhed mission arbejde penge "
         "the council said we will not accept cuts to the budget this year and workers deserve better").split()
ROLES = ("borgmester", "minister", "direktør", "formand", "", "", "")
PARTIES = ("V", "S", "K", "LA", "", "", "", "")


def generate(index, articles: int, seed: int = 7) -> int:
    """Fill ``index`` with ``articles`` analysed articles; returns the number of quotes."""
    from reader.index import who
    from reader.index.records import AnalysisRecord

    rng = random.Random(seed)
    people = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(people)
    people = people[:1000]
    orgs = [f"{w.capitalize()} {s}" for w in WORDS[:40] for s in ("A/S", "Gruppen", "Fonden")]
    places = [f"{w.capitalize()}by" for w in WORDS] + ["Ribe", "Vejle", "Aarhus", "Leeds", "Cork"]
    earlier: list[str] = []
    quotes = 0
    conn = index.conn
    conn.execute("BEGIN")
    for n in range(articles):
        day = 1 + n * 3000 // max(1, articles)
        date = f"{2015 + day // 365:04d}-{1 + day % 365 // 31:02d}-{1 + day % 31 % 28:02d}"
        cur = conn.execute(
            "INSERT INTO articles (path, item, id, uid, title, date, source, dateline, language, format, byline,"
            " meta_tags, fingerprint, analysed) VALUES (?, 0, ?, ?, ?, ?, ?, '', 'da', 'txt', '', '', '', 1)",
            (f"/bench/{n:06d}.txt", f"a{n}", f"a{n}", f"Story {n}", date, rng.choice(("ritzau", "dr", "tv2"))))
        rowid = cur.lastrowid
        named = rng.sample(people, 3)
        rows = []
        for k in range(rng.choice((1, 2, 3, 3, 4))):
            speaker = named[k % 3]
            said = speaker.split()[-1] if rng.random() < 0.2 else speaker
            if earlier and rng.random() < 0.1:  # a wire update or follow-up repeats a quote
                text = rng.choice(earlier)
                if rng.random() < 0.5:
                    words = text.split()
                    words[rng.randrange(len(words))] = rng.choice(WORDS)
                    text = " ".join(words)
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
                if len(earlier) < 20_000:
                    earlier.append(text)
            rows.append((k * 200, k * 200 + len(text), said, rng.choice(ROLES), rng.choice(PARTIES), text))
        mentions = [("PER", p, rng.randint(1, 4)) for p in named]
        mentions += [("ORG", o, rng.randint(1, 3)) for o in rng.sample(orgs, 2)]
        mentions += [("LOC", p, rng.randint(1, 3)) for p in rng.sample(places, 3)]
        who.write_analysis(conn, AnalysisRecord(rowid, quotes=len(rows), mentions=tuple(mentions), quote_rows=tuple(rows)))
        quotes += len(rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return quotes


def median_ms(fn, args_list) -> float:
    """The median wall time of ``fn(*args)`` over ``args_list``, in milliseconds."""
    times = []
    for args in args_list:
        start = time.perf_counter()
        fn(*args)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _line(label: str, ours: float, target: int, baseline: float) -> None:
    mark = "ok" if ours <= target else "MISSED"
    print(f"{label:30} {ours:7.1f}ms {target:6d}ms {baseline:7.1f}ms {ours / max(baseline, 1e-3):6.1f}x  {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from reader.index import LibraryIndex, who

    with tempfile.TemporaryDirectory() as tmp:
        index = LibraryIndex(os.path.join(tmp, "bench.sqlite3"))
        start = time.perf_counter()
        quotes = generate(index, args.articles)
        print(f"{args.articles:,} articles, {quotes:,} quotes generated and indexed in {time.perf_counter() - start:.1f} s")
        conn = index.conn
        rng = random.Random(1)
        names = [s.name for s in who.speakers(index)]
        quote_ids = [r[0] for r in conn.execute("SELECT id FROM quotes ORDER BY random() LIMIT ?", (args.runs,))]
        picks = [(rng.choice(names),) for _ in range(args.runs)]
        path = index.path

        def fresh(_n=None):  # another process: nothing in memory, the lists kept in the index file
            other = LibraryIndex(path)
            other.conn  # noqa: B018
            return other

        def stale():  # the index just changed: the lists are counted anew
            index.conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'who_version'")
            return index

        speakers_base = lambda: conn.execute("SELECT speaker, count(*) FROM quotes GROUP BY speaker").fetchall()  # noqa: E731
        names_base = lambda: conn.execute(  # noqa: E731
            "SELECT label, name, sum(count) FROM mentions GROUP BY label, name").fetchall()
        figures = [
            ("Speakers, counted anew", 300, lambda ix: who.speakers(ix), stale, speakers_base),
            ("Speakers, kept (new process)", 300, lambda ix: who.speakers(ix), fresh, speakers_base),
            ("Names, counted anew", 300, lambda ix: who.entities(ix), stale, names_base),
            ("Names, kept (new process)", 300, lambda ix: who.entities(ix), fresh, names_base),
        ]
        print(f"{'':30} {'median':>9} {'target':>8} {'baseline':>9} {'ratio':>7}")
        for label, target, fn, setup, base in figures:
            times = []
            for _ in range(args.runs):
                ix = setup()
                start = time.perf_counter()
                fn(ix)
                times.append((time.perf_counter() - start) * 1000)
            ours = statistics.median(times)
            baseline = median_ms(base, [()] * args.runs)
            _line(label, ours, target, baseline)
        who.speakers(index)
        for label, target, fn, fn_args, base, base_args in (
            ("one speaker's quotes", 100, lambda name: who.quotes(index, speaker=name), picks,
             lambda name: conn.execute("SELECT * FROM quotes WHERE speaker = ?", (name,)).fetchall(), picks),
            ("one quote's provenance", 50, lambda qid: who.provenance(index, qid), [(q,) for q in quote_ids],
             lambda qid: conn.execute("SELECT * FROM quotes WHERE id = ?", (qid,)).fetchall(), [(q,) for q in quote_ids]),
        ):
            fn(*fn_args[0])  # warm the page cache once
            _line(label, median_ms(fn, fn_args), target, median_ms(base, base_args))
        index.close()


if __name__ == "__main__":
    main()
