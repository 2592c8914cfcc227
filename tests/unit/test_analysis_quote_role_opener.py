"""Danish "siger hun" after a paragraph that opens with a role and names nobody (probe11)."""

from __future__ import annotations

from reader.analysis import analyze

_CHURCH = ("Kirker lukker\n\nFormand for menighedsrådet Else Marie Tolstrup og sognepræst Birthe Kallesøe var til "
           "stede.\n\n- Vi har fem kirker, siger Else Marie Tolstrup.\n\nSognepræsten frygter, at de ældre mister "
           "deres kirke.\n\n- Dem må vi ikke glemme, siger hun.")
_WARD = ("Afdeling lukker senge\n\nRegionshospitalet Gødstrup lukker 12 senge. Det oplyser Region Midtjylland."
         "\n\nHospitalsdirektøren beklager over for patienterne.\n\n»Det er ikke en let beslutning,« siger hun.")


def test_the_role_is_the_person_introduced_with_it() -> None:
    assert [q.speaker for q in analyze(_CHURCH, "da").quotes] == ["Else Marie Tolstrup", "Birthe Kallesøe"]


def test_a_role_nobody_was_introduced_with_speaks_as_the_role() -> None:
    assert [q.speaker for q in analyze(_WARD, "da").quotes] == ["hospitalsdirektøren"]
