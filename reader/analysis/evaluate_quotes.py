"""Score quote finding and attribution on a gold file: ``python -m reader.analysis.evaluate_quotes FILE``.

The gold file is JSON Lines, one text a line::

    {"id": "...", "lang": "da"|"en", "part": "tune"|"held"|any name, "text": "...",
     "quotes": [{"start": 0, "end": 10, "kind": "full"|"partial",
                 "speaker": ["Name", "other spelling"] | null, "unknown": false}]}

A found quote matches a gold quote when their spans are equal once surrounding whitespace,
quotation marks and punctuation are trimmed (one to one). Speaker accuracy is counted over the
matched quotes whose speaker the text settles (``unknown`` false): a gold speaker of null wants no
speaker; else the found speaker must end in the same word as one of the gold spellings ("Lise
Holm" for "Holm", "the owner" for "owner"). Gold files stay outside the project; a missing file is
reported and skipped.

A folder instead of a file is read as marked test articles (``read_articles``: ``en_*.txt`` and
``da_*.txt``, the language from the name): a quotation is marked by ``{{Speaker}}`` right after its
closing mark (``{{Speaker|partial}}`` for a partial quote, ``{{A/B}}`` for two spellings, ``{{-}}``
for no speaker, ``{{?}}`` for one the text does not settle), and a quote without marks (an interview
answer) by ``[[...]]`` before its ``{{...}}``. The analysis sees the text without the marks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reader.analysis.quote_misses import MissBreakdown

_TRIM = " \t\n,.;:!?\"'»«“”„‘’–—-"
_MARK = re.compile(r"\[\[|\]\]|\{\{([^{}]*)\}\}")
_OPENING = {"”": "“", '"': '"', "’": "‘", "«": "»", "“": "„"}


@dataclass
class QuoteScore:
    """Counts for one language (and part)."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    judged: int = 0  # matched quotes whose gold speaker is settled
    right: int = 0

    def f1(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of the spans."""
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self) -> float:
        """Share of judged quotes with the right speaker."""
        return self.right / self.judged if self.judged else 0.0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _last_word(name: str) -> str:
    words = name.lower().replace("’s", "").replace("'s", "").split()
    return words[-1].strip(_TRIM) if words else ""


def speaker_right(found: str | None, gold: list[str] | None) -> bool:
    """Whether ``found`` names the gold speaker (None for none)."""
    if not gold:
        return not found
    if not found:
        return False
    return any(found.lower() == name.lower() or _last_word(found) == _last_word(name) for name in gold)


def read_marked_quotes(raw: str) -> tuple[str, list[dict]]:
    """The text without its marks and the gold quotes the marks give (raises ValueError on a bad mark)."""
    parts: list[str] = []
    quotes: list[dict] = []
    size, last, opened, closed = 0, 0, None, None
    for match in _MARK.finditer(raw):
        parts.append(raw[last:match.start()])
        size += match.start() - last
        last = match.end()
        if match.group(0) == "[[":
            opened = size
            continue
        if match.group(0) == "]]":
            closed = size
            continue
        text = "".join(parts)
        end = size
        if opened is not None and closed == size:
            start = opened
        else:
            end = len(text.rstrip(".,;:!?"))  # a full stop after the closing mark: "... town”.{{X}}"
            start = text.rfind(_OPENING.get(text[end - 1:end], "\0"), 0, end - 1)
            if start < 0:
                raise ValueError(f"no quotation closes before the mark {match.group(0)!r} at {match.start()}")
        opened = closed = None
        who, _, kind = match.group(1).partition("|")
        if kind not in ("", "full", "partial"):
            raise ValueError(f"unknown kind in the mark {match.group(0)!r}")
        names = [name.strip() for name in who.split("/") if name.strip()]
        quotes.append({"start": start, "end": end, "kind": kind or "full", "unknown": who.strip() == "?",
                       "speaker": None if who.strip() in ("-", "?") else names})
    parts.append(raw[last:])
    return "".join(parts), quotes


def read_articles(folder: Path) -> list[dict]:
    """Gold records from the marked articles ``en_*.txt`` / ``da_*.txt`` in ``folder``."""
    records = []
    for path in sorted(folder.glob("[a-z][a-z]_*.txt")):
        text, quotes = read_marked_quotes(path.read_text(encoding="utf-8"))
        records.append({"id": path.stem, "lang": path.name[:2], "part": "articles", "text": text, "quotes": quotes})
    return records


def score_record(record: dict, score: QuoteScore, analyze=None, breakdown=None) -> list[tuple[str, str]]:
    """Add one gold record to ``score`` (and ``breakdown``); return the misses as (kind, description) lines."""
    if analyze is None:
        from reader.analysis import analyze
    text = record["text"]
    result = analyze(text, record.get("lang"))
    gold = {_trimmed(text, q["start"], q["end"]): q for q in record["quotes"]}
    found = {_trimmed(text, q.start, q.end): q for q in result.quotes}
    score.gold += len(gold)
    score.found += len(found)
    misses: list[tuple[str, str]] = []
    spans = [(q["start"], q["end"]) for q in record["quotes"]] + [(q.start, q.end) for q in result.quotes]
    for span, quote in gold.items():
        hit = found.get(span)
        right = hit is not None and speaker_right(hit.speaker, quote.get("speaker"))
        if breakdown is not None and not quote.get("unknown"):
            breakdown.add(text, quote, hit, list(result.sentences), spans, right)
        if hit is None:
            misses.append(("missed", text[span[0]:span[1]][:80]))
            continue
        score.matched += 1
        if quote.get("unknown"):
            continue
        score.judged += 1
        if right:
            score.right += 1
        else:
            misses.append(("speaker", f"{hit.speaker!r} for {quote.get('speaker')!r}: {text[span[0]:span[1]][:60]}"))
    for span in found.keys() - gold.keys():
        misses.append(("extra", text[span[0]:span[1]][:80]))
    return misses


def main(argv: list[str] | None = None) -> int:
    """Print quote F1 and speaker accuracy per language for one part of a gold file."""
    parser = argparse.ArgumentParser(prog="python -m reader.analysis.evaluate_quotes", description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="JSON Lines gold file, or a folder of marked articles")
    parser.add_argument("--part", default="held", help="a part named in the gold file (tune, held, ...) or all (default held)")
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--breakdown", action="store_true", help="count the judged quotes by layout and outcome (no text)")
    args = parser.parse_args(argv)
    path = Path(args.gold)
    if path.is_dir():
        args.part = "articles"
    elif not path.is_file():
        print(f"gold file not found, skipped: {path}")
        return 0
    scores: dict[str, QuoteScore] = {}
    breakdowns: dict[str, MissBreakdown] = {}
    try:
        if path.is_dir():
            records = read_articles(path)
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError) as err:
        print(f"cannot read gold file {path}: {err}", file=sys.stderr)
        return 1
    for record in records:
        if args.part != "all" and record.get("part") != args.part:
            continue
        score = scores.setdefault(record.get("lang", "?"), QuoteScore())
        breakdown = breakdowns.setdefault(record.get("lang", "?"), MissBreakdown()) if args.breakdown else None
        for kind, what in score_record(record, score, breakdown=breakdown):
            if args.show:
                print(f"  {record.get('id')} {kind}: {what}")
    if not scores:
        parts = sorted({str(r.get("part")) for r in records})
        print(f"no texts in part {args.part!r}; the parts are: {', '.join(parts) or 'none'}")
        return 1
    for lang, score in sorted(scores.items()):
        p, r, f = score.f1()
        print(
            f"{lang} ({args.part}): quotes {score.gold} gold, {score.found} found; P {p:.3f} R {r:.3f} F1 {f:.3f}; "
            f"speaker accuracy {score.accuracy():.3f} ({score.right}/{score.judged})"
        )
        if lang in breakdowns:
            print("\n".join(breakdowns[lang].lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
