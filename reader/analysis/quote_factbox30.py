"""A fact box's heading (probe30): "FAKTA: Biogas i Danmark", "Fakta om ordningen", "Faktaboks",
"Key facts: sodium-ion batteries", "FACT BOX". Wire copy ends many stories with such a box of dash
lines ("- Der er omkring 50 store anlæg i landet."); its lines end like sentences, so they were read
as unattributed dash quotes, while ``quote_filters.listed_line`` took only a heading that ends with a
colon. A heading that opens with one of these words (any case) heads a list too. Gate: the
heading's first letters.
"""

from __future__ import annotations

import re

ON = True
_FACTS = re.compile(r"(?:fakta(?:boks)?|key\s+facts|facts?(?:\s+box|\s+file)?|factbox|fact\s+box)\b(?:\s*[:|/–-]|\s+om\b|\s*$)",
                    re.IGNORECASE)


def fact_heading(heading: str) -> bool:
    """Whether ``heading`` (one line) opens a fact box."""
    return ON and bool(_FACTS.match(heading.strip()))
