"""A small library for the who-said-what tests: a wire story, a follow-up that repeats (and
changes) its quote, and a story about another Samuelsen written as needed."""

from __future__ import annotations

from pathlib import Path

WIRE = """---
title: Danske specialister skal til Irak
date: 2018-08-24
source: ritzau
language: da
---

København. Regeringen sender 22 specialister til Irak som del af en ny mission under Nato.

Her var regeringen repræsenteret ved udenrigsminister Anders Samuelsen (LA) og forsvarsminister Claus Hjort Frederiksen (V).

- Det er en videreførelse af de seneste års markante danske indsats i kampen mod terror i Irak, siger Samuelsen.

- Vi skal gøre, hvad vi kan for at opbygge den irakiske sikkerhedssektor, siger Claus Hjort Frederiksen.
"""

FOLLOW_UP = """---
title: Folketinget bakker op om Irak-mission
date: 2018-08-27
source: dr
language: da
---

København. Et flertal i Folketinget støtter, at Danmark sender soldater til Irak under Nato.

- Det er en videreførelse af de seneste års store danske indsats i kampen mod terror i Irak, siger Samuelsen.

Mette Frederiksen fra Socialdemokratiet støtter også missionen.
"""

OTHER = """---
title: Ny direktør i Vestkyst Kabel
date: 2019-03-02
source: ritzau
language: da
---

Esbjerg. Vestkyst Kabel A/S har ansat Inger Samuelsen som direktør.

- Vi glæder os til at komme i gang med arbejdet i Esbjerg, siger Inger Samuelsen.
"""


DYCHE = """---
title: Dyche furious after late penalty
date: 2024-03-02
source: wire
language: en
---

Burnley manager Sean Dyche was angry after the match on Saturday.

"That was never a penalty in a hundred years," Dyche said.

"We were robbed in the last minute and everybody saw it," Dyche said.

"I had a clear view and the defender caught his ankle," Dyche said.
"""

JOINT = """---
title: Ministers promise to watch the water firms
date: 2024-05-10
source: wire
language: en
---

Health secretary Wes Streeting met the water companies on Friday with environment minister Helen Marsh.

"The bills cannot keep going up while the rivers get dirtier," Marsh said.

"Patients are falling ill from the water in our rivers," Streeting said.

Streeting and Marsh left the meeting together after two hours.

"We will hold them to that," they said.

"I expect a full plan by the summer," Marsh said.
"""


def write_library(folder: Path, *, other: bool = False) -> Path:
    """The wire story and the follow-up (and, with ``other``, the story of Inger Samuelsen)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wire.md").write_text(WIRE, encoding="utf-8")
    (folder / "follow.md").write_text(FOLLOW_UP, encoding="utf-8")
    if other:
        (folder / "other.md").write_text(OTHER, encoding="utf-8")
    return folder
