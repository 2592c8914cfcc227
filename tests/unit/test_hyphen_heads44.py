"""A firm's short name after a hyphen is the firm (reader.analysis.one_type21.head_pairs, stop 44)."""

from reader.analysis import analyze


def test_the_part_after_a_hyphen_groups_with_the_full_name() -> None:
    text = "Aktien i A.P. Møller-Mærsk faldt 4 procent. Mærsk oplyser, at fragtraterne er lave."
    canon = {e.text: e.canonical for e in analyze(text, "da").entities}
    assert canon["Mærsk"] == "A.P. Møller-Mærsk"
