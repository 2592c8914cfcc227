"""review25: a Markdown article whose front matter headline holds an unquoted colon
("title: Borgmester: nu skal der spares", as headlines often do) is invalid YAML; the block was
then read as the article's text, its headline shown as "title: Borgmester: nu skal der spares
date: 2025-01-02" and its date lost. A block of plain ``key: value`` lines whose keys are all
front matter fields is now read as fields; a Q&A opening between rules stays text (attack18)."""

from __future__ import annotations

from pathlib import Path

from reader.library import load_articles
from reader.library.frontmatter import parse_front_matter


def test_a_colon_in_the_headline_keeps_the_fields() -> None:
    text = "---\ntitle: Borgmester: nu skal der spares\ndate: 2025-01-02\nauthor: Lis Holm\n---\nBrødtekst.\n"
    fields, rest = parse_front_matter(text)
    assert fields == {"title": "Borgmester: nu skal der spares", "date": "2025-01-02", "author": "Lis Holm"}
    assert rest == "Brødtekst.\n"


def test_an_unknown_key_or_a_question_keeps_the_block_as_text() -> None:
    for text in ("---\nQ: Hvorfor gik du af?\nA: Jeg var træt: det var nok.\n---\nResten.\n",
                 "---\ntitle: Et svar: ja\nSvar: Nej: aldrig.\n---\nResten.\n"):
        assert parse_front_matter(text) == ({}, text)


def test_the_library_lists_the_headline_and_date(tmp_path: Path) -> None:
    (path := tmp_path / "spar.md").write_text("---\ntitle: Borgmester: nu skal der spares\ndate: 2025-01-02\n"
                                      "tags: budget, skat\n---\n\nByrådet vedtog i aften budgettet.\n",
                                      encoding="utf-8")
    (article,) = load_articles(path)
    assert article.title == "Borgmester: nu skal der spares" and article.date == "2025-01-02"
    assert article.meta_tags == ("budget", "skat")
    assert "title:" not in article.body
