"""Read IOB2 gold files (Universal NER layout) into sentences with character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One sentence: its text, the gold entity spans ``(start, end, label)`` and its document number."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    doc: int = 0


def read_iob2(path: str | Path) -> list[GoldSentence]:
    """Sentences of an IOB2 file; the text is rebuilt from the tokens and their space flags."""
    sentences: list[GoldSentence] = []
    rows: list[list[str]] = []
    text = ""
    doc = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    sentences.append(_with_doc(_aligned(text, rows) or _sentence(rows), doc))
                rows, text = [], ""
            elif line.startswith("# newdoc"):
                doc += 1
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    if rows:
        sentences.append(_with_doc(_aligned(text, rows) or _sentence(rows), doc))
    return sentences


def _with_doc(sentence: GoldSentence, doc: int) -> GoldSentence:
    """``sentence`` marked as part of document number ``doc`` (``# newdoc`` lines count them)."""
    return GoldSentence(sentence.text, sentence.spans, doc) if doc else sentence


def _aligned(text: str, rows: list[list[str]]) -> GoldSentence | None:
    """Place the tokens in the ``# text =`` line; None when they do not fit it."""
    if not text:
        return None
    spans: list[tuple[int, int, str]] = []
    current: list = []
    pos = 0
    for row in rows:
        token, tag = row[1], row[2] if len(row) > 2 else "O"
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(token, pos):
            return None
        start, end = pos, pos + len(token)
        pos = end
        if tag.startswith("B-") or (tag.startswith("I-") and (not current or current[2] != tag[2:])):
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = [start, end, tag[2:]]
        elif tag.startswith("I-"):
            current[1] = end
        elif current:
            spans.append(tuple(current))  # type: ignore[arg-type]
            current = []
    if current:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return GoldSentence(text, tuple(spans))


def _sentence(rows: list[list[str]]) -> GoldSentence:
    """Build one sentence from its token rows and space flags."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    current: list = []  # [start, end, label] of the open entity
    for row in rows:
        token, tag = row[1], row[2] if len(row) > 2 else "O"
        space = not (len(row) > 4 and row[4].strip().lower() in ("-", "", "no", "n", "false", "0"))
        if len(row) > 4 and row[4].strip() == "-":
            space = True  # the English files put "-" when no flag is given: assume a space
        start, end = pos, pos + len(token)
        if tag.startswith("B-") or (tag.startswith("I-") and (not current or current[2] != tag[2:])):
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = [start, end, tag[2:]]
        elif tag.startswith("I-"):
            current[1] = end
        else:
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = []
        parts.append(token)
        pos = end
        if space:
            parts.append(" ")
            pos += 1
    if current:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return GoldSentence("".join(parts).rstrip(" "), tuple(spans))


_MARK = re.compile(r"\{\{([^{}|\n]+)\|(PER|ORG|LOC|MISC)\}\}")


def read_marked(path: str | Path) -> list[GoldSentence]:
    """Articles with their names marked inline as ``{{text|TYPE}}``, one between lines of ``===``;
    each is one GoldSentence (the whole article) with the marks taken out and its own document number."""
    with open(path, encoding="utf-8") as handle:
        chunks = re.split(r"^===[ \t]*$", handle.read(), flags=re.MULTILINE)
    out: list[GoldSentence] = []
    for doc, chunk in enumerate((c.strip("\n") for c in chunks if c.strip()), 1):
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = size = 0
        for match in _MARK.finditer(chunk):
            parts.append(chunk[pos: match.start()])
            size += match.start() - pos
            parts.append(match.group(1))
            spans.append((size, size + len(match.group(1)), match.group(2)))
            size += len(match.group(1))
            pos = match.end()
        parts.append(chunk[pos:])
        text = "".join(parts)
        if "{{" in text or "}}" in text:
            raise ValueError(f"{path}: article {doc} has a mark that is not {{{{text|TYPE}}}}")
        out.append(GoldSentence(text, tuple(spans), doc))
    return out
