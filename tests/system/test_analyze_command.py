"""`reader analyze`, the evaluate command and import hygiene of reader.analysis."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from reader.analysis.evaluate import main as evaluate_main
from reader.cli import main

ARTICLE = (
    "- Det er en god dag for Aarhus, siger Mette Hansen.\n\n"
    "Borgmester Mette Hansen (S) fik \x1b[31mrøde\x1b[0m tal fredag.\n\n"
    "- Vi skal spare 3,5 pct., tilføjer hun.\n"
)


def _run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def test_json_shape_and_offsets(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out = _run(["analyze", "--raw", "--json", "--lang", "da", "--db", str(tmp_path / "none.json"), str(path)], capsys)
    assert code == 0
    data = json.loads(out)
    text = data["text"]
    assert text == ARTICLE and data["language"] == "da"
    for ent in data["entities"]:
        assert set(ent) >= {"start", "end", "text", "label", "canonical"}
        assert text[ent["start"]:ent["end"]] == ent["text"]
        assert ent["label"] in {"PER", "ORG", "LOC", "MISC", "DATE", "NUM"}
    quotes = data["quotes"]
    assert [q["speaker"] for q in quotes] == ["Mette Hansen", "Mette Hansen"]
    for q in quotes:
        assert set(q) >= {"start", "end", "text", "speaker", "speaker_start", "speaker_end"}
        assert text[q["start"]:q["end"]] == q["text"]
        assert text[q["speaker_start"]:q["speaker_end"]] in ("Mette Hansen", "hun")
    assert quotes[0]["text"] == "Det er en god dag for Aarhus"
    assert any(e["label"] == "NUM" and e["text"] == "3,5 pct." for e in data["entities"])


def test_report_is_terminal_safe_and_reads_stdin(monkeypatch, capsys) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out = _run(["analyze", "--raw", "-"], capsys)
    assert code == 0
    assert "\x1b" not in out
    assert "Mette Hansen" in out and "Quotes:" in out and "People:" in out


def test_corrections_from_the_database_are_tolerated(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out = _run(["analyze", "--raw", "--json", "--db", str(bad), str(path)], capsys)
    assert code == 0 and json.loads(out)["quotes"]


def test_evaluate_on_a_tiny_gold_file(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "da_tiny.iob2"
    gold.write_text(
        "# text = Lise Holm bor i Aarhus.\n"
        "1\tLise\tB-PER\tB-PER#O\ts\n2\tHolm\tI-PER\tI-PER#O\ts\n3\tbor\tO\tO#O\ts\n"
        "4\ti\tO\tO#O\ts\n5\tAarhus\tB-LOC\tB-LOC#O\ts\n6\t.\tO\tO#O\ts\n\n"
        "# text = Hun arbejder for Novo Nordisk.\n"
        "1\tHun\tO\tO#O\ts\n2\tarbejder\tO\tO#O\ts\n3\tfor\tO\tO#O\ts\n"
        "4\tNovo\tB-ORG\tB-ORG#O\ts\n5\tNordisk\tI-ORG\tI-ORG#O\ts\n6\t.\tO\tO#O\ts\n",
        encoding="utf-8",
    )
    assert evaluate_main([str(gold)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:] if line.strip()}
    assert {"PER", "LOC", "typed", "untyped"} <= set(lines)
    assert float(lines["PER"][2]) == 1.0 and int(lines["PER"][3]) == 1
    assert 0.0 <= float(lines["typed"][2]) <= 1.0


def test_import_is_light_and_pure() -> None:
    code = (
        "import sys\n"
        "import reader.analysis\n"
        "assert 'reader.analysis.perceptron' not in sys.modules\n"
        "from reader.analysis.perceptron import load_model\n"
        "assert load_model() is not None\n"
        "reader.analysis.analyze('Mette Hansen bor i Aarhus.')\n"
        "bad = [m for m in ('textual', 'rich', 'tinydb') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_evaluate_whole_documents(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "en_docs.iob2"
    gold.write_text(
        "# newdoc id = a\n# text = Smith won.\n1\tSmith\tB-PER\t-\t-\n2\twon\tO\t-\t-\n3\t.\tO\t-\t-\n\n"
        "# text = Ask Smith.\n1\tAsk\tO\t-\t-\n2\tSmith\tB-PER\t-\t-\n3\t.\tO\t-\t-\n\n"
        "# newdoc id = b\n# text = Rain in Ohio.\n1\tRain\tO\t-\t-\n2\tin\tO\t-\t-\n3\tOhio\tB-LOC\t-\t-\n"
        "4\t.\tO\t-\t-\n",
        encoding="utf-8",
    )
    from reader.analysis.iob import read_iob2

    assert [s.doc for s in read_iob2(gold)] == [1, 1, 2]
    assert evaluate_main(["--documents", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "whole documents" in out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:] if line.strip()}
    assert float(lines["LOC"][2]) == 1.0


def test_stdin_is_parsed_as_wire_copy_unless_raw_and_binary_stdin_is_refused(monkeypatch, capsys):
    import io
    import sys as _sys

    from reader.cli import main as cli_main

    wire = " date 2020-05 Overskrift om byen\n\nAarhus. Borgmester Mette Hansen åbner broen.\n\n/ritzau/\n"

    def run(data: bytes, *extra: str) -> tuple[int, str, str]:
        monkeypatch.setattr(_sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code = cli_main(["analyze", "-", "--json", *extra])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run(wire.encode())
    text = json.loads(out)["text"]
    assert code == 0 and text.startswith("Aarhus.") and "/ritzau/" not in text
    code, out, _ = run(wire.encode(), "--raw")
    assert code == 0 and json.loads(out)["text"].startswith(" date 2020-05")
    code, out, _ = run("Jacob Holm met Mette Frederiksen in Aarhus.\n".encode())  # pasted, no headline
    assert code == 0 and json.loads(out)["text"].startswith("Jacob Holm")
    code, _, err = run(bytes(range(256)) * 20)
    assert code == 2 and "binary" in err and len(err.strip().splitlines()) == 1


def test_headline_names_in_json_and_report(tmp_path: Path, capsys) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        " date 2025-03 Kabelfabrik i Esbjerg får ordre fra Tyskland\n\n"
        "Esbjerg. Fabrikken ansætter 300 medarbejdere, oplyser direktør Lone Vinther.\n\n/nordbureau/\n",
        encoding="utf-8",
    )
    db = ["--db", str(tmp_path / "none.json")]
    code, out = _run(["analyze", "--json", *db, str(path)], capsys)
    data = json.loads(out)
    assert code == 0 and data["title"].startswith("Kabelfabrik")
    assert not data["text"].startswith("Kabelfabrik")  # offsets of "entities" still index the body
    heads = {(e["text"], e["label"]) for e in data["title_entities"]}
    assert {("Esbjerg", "LOC"), ("Tyskland", "LOC")} <= heads
    for ent in data["title_entities"]:
        assert data["title"][ent["start"]:ent["end"]] == ent["text"]
    code, out = _run(["analyze", *db, str(path)], capsys)
    assert out.startswith("Headline: Kabelfabrik i Esbjerg")
    places = out.split("Places:")[1].split("\n\n")[0]
    assert "Tyskland" in places and "2  Esbjerg" in places  # the headline's mention counts too
    code, out = _run(["analyze", "--raw", "--json", *db, str(path)], capsys)
    assert "title" not in json.loads(out)
