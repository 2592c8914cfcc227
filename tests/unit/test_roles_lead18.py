"""Roles written after a name that run over a shared compound ("formand for teknik- og
miljøudvalget") or a place ("head of planning in Leeds"); review18 saw the first cut to "formand"."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.role_after import role_after
from reader.analysis.roles import speaker_roles


@pytest.mark.parametrize("text, role", [
    ("siger Kim Kærgaard, formand for teknik- og miljøudvalget.", "formand for teknik- og miljøudvalget"),
    ("siger Kim Kærgaard, formand for Teknik- og Miljøudvalget i Holbæk Kommune.",
     "formand for Teknik- og Miljøudvalget i Holbæk Kommune"),
    ("said Tom Hill, head of planning in Leeds.", "head of planning in Leeds"),
    # guards: a lower-case word after the place word is no part of the role
    ("said Tom Hill, head of planning in the city.", "head"),
    ("said Ann Lee, president of the Fair Pay Union, on Monday.", "president of the Fair Pay Union"),
    ("said Ann Lee, head of finance for the firm.", "head"),
])
def test_role_after_the_name(text: str, role: str) -> None:
    assert role_after(text, text.index(",")) == role


def test_affiliation_over_a_shared_compound() -> None:
    text = "Sagen.\n\n- Det er for dyrt, siger Kim Kærgaard, formand for Teknik- og Miljøudvalget.\n"
    [quote] = analyze(text, "da").quotes
    assert (quote.speaker, quote.role, quote.affiliation) == ("Kim Kærgaard", "formand", "Teknik- og Miljøudvalget")


def test_panel_role_over_a_lower_case_compound() -> None:
    text = "Sagen.\n\n- Det er for dyrt, siger Kim Kærgaard, formand for teknik- og miljøudvalget.\n"
    assert speaker_roles(analyze(text, "da"))["Kim Kærgaard"] == "formand for teknik- og miljøudvalget"
