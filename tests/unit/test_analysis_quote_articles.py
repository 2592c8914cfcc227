"""Our own English news articles (tests/quote_articles): quote F1 and speaker accuracy have floors.

The floors are the figures measured when the articles were written (raised with each change that
improved them), less about 0.01: a change that finds news quotes or their speakers worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.evaluate_quotes import QuoteScore, read_articles, read_marked_quotes, score_record

HERE = Path(__file__).resolve().parents[1] / "quote_articles"
F1_FLOOR = 0.99  # 1.000 (127 quotes, all found); 0.988 when the articles were written, on main
SPEAKER_FLOOR = 0.974  # 0.984 (124/126); 0.935 (116/124) when the articles were written, on main


def test_articles_score_above_floors() -> None:
    records = read_articles(HERE)
    assert len(records) >= 20
    assert all(3 <= len(r["quotes"]) <= 6 for r in records)
    score = QuoteScore()
    for record in records:
        score_record(record, score)
    f1 = score.f1()[2]
    assert f1 >= F1_FLOOR, f"quote F1 {f1:.3f} fell below {F1_FLOOR}"
    assert score.accuracy() >= SPEAKER_FLOOR, f"speaker accuracy {score.accuracy():.3f} fell below {SPEAKER_FLOOR}"


def test_marks_are_read_exactly() -> None:
    text, quotes = read_marked_quotes(
        '“Go,”{{Ann Lee}} she said. He called it “a mess”.{{Tom Reed/Reed|partial}}\n\nA. [[Yes.]]{{-}} "No."{{?}}'
    )
    assert text == '“Go,” she said. He called it “a mess”.\n\nA. Yes. "No."'
    assert [text[q["start"]:q["end"]] for q in quotes] == ["“Go,”", "“a mess”", "Yes.", '"No."']
    assert [q["speaker"] for q in quotes] == [["Ann Lee"], ["Tom Reed", "Reed"], None, None]
    assert [q["kind"] for q in quotes] == ["full", "partial", "full", "full"]
    assert [q["unknown"] for q in quotes] == [False, False, False, True]


@pytest.mark.parametrize("raw", ["no quote here{{Ann Lee}}", '"Go,"{{Ann|loud}}'])
def test_a_bad_mark_is_an_error(raw: str) -> None:
    with pytest.raises(ValueError):
        read_marked_quotes(raw)


def test_the_command_scores_a_folder(tmp_path: Path, capsys) -> None:
    from reader.analysis.evaluate_quotes import main

    (tmp_path / "en_01_a.txt").write_text('“We will win,”{{Ann Lee}} said Ann Lee.\n', encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "en (articles): quotes 1 gold, 1 found" in capsys.readouterr().out
    (tmp_path / "en_02_b.txt").write_text("no quote{{Ann Lee}}\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert "no quotation closes" in capsys.readouterr().err
