"""English: a name only the rules found, whose every capitalised word the document also writes in
lower case, is no name (namesen19).

"Linguistics" in "a journal of Linguistics" beside "linguistics" elsewhere, "Atomic Theory" beside
"atomic theory": the tagger passed over them, and the typer reads how the document writes a word
elsewhere (``en_doc``), but the rules do not. On GUM cross-validation read as whole documents,
such rule-only names were right 6 times and wrong 69 (docs/log/namesen19.md).
"""

from __future__ import annotations

from typing import Sequence

from reader.analysis import en_doc
from reader.analysis.en_typer_stands import formed, listed, person
from reader.analysis.word_sets import where

Span = tuple[int, int, str]
ON = True  # names.find_names drops such names of the rules
KNOWN = True  # a name the word lists or its form know stays ("British Business Bank", "National Rail")
# Only in a text of up to so many tokens: in a long one (a report, many stories in one file) any
# ordinary word turns up in lower case somewhere ("North West Water Services", "National Rail" were
# lost in the 19,600 words of tests/ner_articles/en.txt read as one text). GUM's longest document
# has 1794, so cross-validation cannot tell this choice.
LIMIT = 3000
CAPS = True  # a word in capitals is left out of the test ("US" beside "us", "IT" beside "it")


def written_low(text: str, spans: list[Span], words: Sequence[str]) -> list[Span]:
    """``spans`` (names only the rules found) without those whose every capitalised word the
    document also has in lower case: the ``en_doc`` table of the document being evaluated, else
    ``words`` (the text's)."""
    if not spans:
        return spans
    parts = {}
    for s, e, _label in spans:
        parts[(s, e)] = [w.lower() for w in text[s:e].split() if w[:1].isupper() and not (CAPS and w.isupper())]
    table = en_doc.current()
    if table is None and len(words) > LIMIT:
        return spans
    if table is not None:
        low = {w for ws in parts.values() for w in ws if (table.get(w) or (0,))[0] > 0}
    else:
        need = {w for ws in parts.values() for w in ws}
        low = {words[k] for k in where(words, need.__contains__)} if need else set()
    return [x for x in spans if not (parts[x[:2]] and all(w in low for w in parts[x[:2]])) or KNOWN and _known(text, x)]


def _known(text: str, span: Span) -> bool:
    """Whether the lists or the form of the name know it (``en_typer_stands``)."""
    name = text[span[0]:span[1]]
    return listed(name) or formed(name) or person(text, span[0], span[1])
