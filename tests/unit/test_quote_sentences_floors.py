"""Danish newspaper sentences the team wrote (tests/quote_sentences, quotesda28 and quotesda33):
quote F1 and speaker accuracy have floors.

da_qda28.jsonl (part tune28, 158 records, 136 quotes) was written blind and scored on main 9712dee:
F1 0.954, speakers 0.958 (92/96); with quotesda28's fixes 0.996 and 1.000 (102/102).
da_qda28b.jsonl (tune28b and tune28c, 65 records, 59 quotes) was written after the first fixes:
main 0.756 and 0.529 (9/17) on tune28b, 0.968 and 1.000 (23/23) on tune28c; with the fixes
1.000 and 1.000 (47/47) over both.
da_qda33.jsonl (part tune33s, 103 records, 81 quotes) was written blind and scored on main 32929d7:
F1 0.921, speakers 0.936 (44/47); with quotesda33's fixes 1.000 and 1.000 (50/50).
da_qda33b.jsonl (part tune33t, 38 records, 30 quotes) was written after the first five fixes:
main 0.721 and 0.722 (13/18); with the fixes 0.984 and 0.958 (23/24).
The floors: those figures less about 0.01 (0.02 for the small tune33t).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis.evaluate_quotes import QuoteScore, score_record

HERE = Path(__file__).resolve().parents[1] / "quote_sentences"
FLOORS = {"da_qda28.jsonl": (0.985, 0.985), "da_qda28b.jsonl": (0.98, 0.975),
          "da_qda33.jsonl": (0.99, 0.99), "da_qda33b.jsonl": (0.965, 0.94)}
LEAST_RECORDS = {"da_qda28.jsonl": 60, "da_qda28b.jsonl": 60, "da_qda33.jsonl": 30, "da_qda33b.jsonl": 30}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_sentences_score_above_floors(name: str) -> None:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) >= LEAST_RECORDS[name] and all(r["lang"] == "da" for r in records)
    score = QuoteScore()
    for record in records:
        score_record(record, score)
    f1 = score.f1()[2]
    f1_floor, speaker_floor = FLOORS[name]
    assert f1 >= f1_floor, f"{name}: quote F1 {f1:.3f} fell below {f1_floor}"
    assert score.accuracy() >= speaker_floor, f"{name}: speaker accuracy {score.accuracy():.3f} fell below {speaker_floor}"
