"""The team's own short stories shared by the system and app tests of speakers set by hand and
their roles (review27, attack27)."""

# Lene Strand is introduced with a role and organisation, Ib Mørk with none.
KAJ = """ date 2025-02 Ny kaj i Hvidsten er klar til sommer

Hvidsten. Energiselskabet Nordkraft er næsten færdigt med den nye kaj i Hvidsten, og de første både kan lægge til i juni.

- Vi har ventet på den her kaj i over ti år, siger Nordkrafts pressechef, Lene Strand.

Fiskeren Ib Mørk er mindre begejstret for prisen.

- Det er for dyrt for os, der fisker hver dag, siger Ib Mørk.

- Men kajen er flot, det skal de have.

/testbureau/
"""

# Jens Bager: first "formand", then "tidligere direktør i Vestfisk".
TWO_ROLES = """ date 2026-11-05 Ny formand for havnen har travlt.

Esbjerg. Esbjerg Havn har fået ny formand.

- Jeg glæder mig til at komme i gang, siger formand Jens Bager.

Han var indtil sidste år direktør i Vestfisk.

- Det var et godt firma at lede, siger tidligere direktør i Vestfisk Jens Bager.

Havnens kaptajn Ole Dam er glad for valget.

- Vi har brug for en, der kender fiskeriet, siger Ole Dam.
"""
