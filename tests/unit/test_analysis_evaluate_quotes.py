"""The quote evaluation command on a tiny gold file written here (real gold files stay outside)."""

from __future__ import annotations

import json
from pathlib import Path

from reader.analysis.evaluate_quotes import main, speaker_right


def _record(text: str, quote: str, speaker: list[str] | None, part: str = "held") -> dict:
    start = text.index(quote)
    return {"id": "x", "lang": "da", "part": part, "text": text,
            "quotes": [{"start": start, "end": start + len(quote), "speaker": speaker, "unknown": False}]}


def test_scores_span_match_and_speaker(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        _record("- Vi har fået pengene, siger Lise Holm.", "Vi har fået pengene", ["Holm"]),
        _record("- Det holder ikke, siger Ole Dam.", "Det holder ikke", ["Sten Berg", "Berg"]),
        _record("- Ingen kommentarer, siger Eva Lund.", "Ingen kommentarer", ["Eva Lund"], part="tune"),
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "da (held): quotes 2 gold, 2 found" in out and "F1 1.000" in out
    assert "speaker accuracy 0.500 (1/2)" in out  # Ole Dam is not Sten Berg


def test_missing_gold_file_is_skipped(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "absent.jsonl")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_speaker_match_rules() -> None:
    assert speaker_right("Lise Holm", ["Holm"]) and speaker_right(None, None)
    assert not speaker_right("Lise Holm", None) and not speaker_right(None, ["Holm"])
    assert speaker_right("the owner", ["owner"]) and not speaker_right("Ole Dam", ["Ida Berg"])


def test_any_part_name_is_scored_and_an_unknown_one_lists_the_parts(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        _record("- Vi har fået pengene, siger Lise Holm.", "Vi har fået pengene", ["Holm"], part="tune2"),
        _record("- Det holder ikke, siger Ole Dam.", "Det holder ikke", ["Dam"], part="held3"),
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main([str(gold), "--part", "held3"]) == 0
    assert "da (held3): quotes 1 gold, 1 found" in capsys.readouterr().out
    assert main([str(gold), "--part", "held9"]) == 1
    assert capsys.readouterr().out.strip() == "no texts in part 'held9'; the parts are: held3, tune2"
