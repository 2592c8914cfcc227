"""The app's colours for any theme: entity colours and note backgrounds, made readable."""

from __future__ import annotations


ENTITY_BASES = (("per", "warning"), ("org", "primary"), ("loc", "success"), ("misc", "secondary"),
                 ("date", "accent"), ("num", "error"))


def reader_colours(variables: dict[str, str]) -> dict[str, str]:
    """The app's own colour variables for a theme: readable fixes, entity and note colours."""
    from reader.tui.colours import readable_variables

    out = readable_variables(variables)
    out.update(entity_colours({**variables, **out}))
    return out


def entity_colours(variables: dict[str, str]) -> dict[str, str]:
    """``$reader-per`` ... ``$reader-num``, ``$reader-quote`` and ``$reader-note-1`` ... ``$reader-note-10``.

    Each entity type takes its theme colour (people: warning, organisations: primary, ...) unless
    an earlier type already has one close to it (textual-dark's accent and warning are the same
    orange): then its hue is turned until it stands apart. Note backgrounds are ten fixed colours
    (NOTE_DARK or NOTE_LIGHT by the theme's background), distinct in any terminal. Then the colours are
    made readable (reader.tui.colours): each entity colour at 4.5:1 on the background and 3:1 on every note background
    (``$reader-note-text`` is the text colour on notes).
    """
    from textual.color import Color

    from reader.tui.colours import BODY, SECONDARY, contrast, readable

    out: dict[str, str] = {}
    taken: list[Color] = []
    background = Color.parse(variables.get("background", "#000000"))
    dark = background.brightness < 0.5
    foreground = Color.parse(variables.get("foreground", "#e0e0e0" if dark else "#1f1f1f"))
    truecolour = background.ansi is None and foreground.ansi is None
    notes: list[Color] = []
    for slot, colour in enumerate(NOTE_DARK if dark else NOTE_LIGHT, 1):
        notes.append(Color.parse(colour))
        out[f"reader-note-{slot}"] = colour
    # Text on a note: the theme's foreground where it reads on every note colour, else white or
    # black (solarized-dark's grey foreground was 1.8:1 on the orange note).
    out["reader-note-text"] = variables.get("foreground", "auto 87%")
    if truecolour and any(contrast(foreground, note) < BODY for note in notes):
        out["reader-note-text"] = "#ffffff" if dark else "#000000"
    # Quotes: the background a tenth of the way to the text colour (#262626 on textual-dark, #cdcdcd
    # on textual-light; $surface was 12 and 8 levels off the background, too faint to see a quote by).
    quote = quote_shade(background, foreground) if truecolour else None
    out["reader-quote"] = quote.hex if quote is not None else variables.get("surface", background.hex)
    against = [(background, BODY)] + ([(quote, BODY)] if quote is not None else []) + [(note, SECONDARY) for note in notes]

    def fit(colour: Color) -> Color:
        return readable(colour, against, lighter=dark) if truecolour and colour.ansi is None else colour

    for kind, base in ENTITY_BASES:
        colour = fit(Color.parse(variables.get(f"text-{base}", variables.get(base, "#888888"))))
        turns = 0
        while any(_close(colour, other) for other in taken) and turns < 12:
            h, s, l = colour.hsl
            # Turned, and kept readable on the background (light text on dark, dark on light).
            l = max(l, 0.62) if dark else min(l, 0.38)
            colour = fit(Color.from_hsl((h + 0.13) % 1.0, max(s, 0.55), l))
            turns += 1
        taken.append(colour)
        out[f"reader-{kind}"] = colour.hex if colour.ansi is None else variables.get(f"text-{base}", colour.hex)
    return out


# Note backgrounds: colours of the xterm 256-colour cube (levels 00 5f 87 on dark themes, af d7 ff
# on light ones), so that a terminal without true colour shows them exactly and all ten stay apart
# (blends of the theme's background came out as two or three shades there). Labels 1-5 first:
# orange, blue, green, red, purple.
NOTE_DARK = ("#875f00", "#00005f", "#005f00", "#870000", "#5f0087",
             "#005f5f", "#5f5f00", "#87005f", "#5f5f87", "#005f87")
NOTE_LIGHT = ("#ffd787", "#afd7ff", "#afd7af", "#ffafaf", "#d7afff",
              "#afd7d7", "#d7d787", "#ffafd7", "#d7d7d7", "#d7ffaf")


def quote_shade(background, foreground):
    """A quote's background: the page moved towards the text colour until the two stand apart
    (1.18:1; $surface was 1.08-1.12:1, too faint) while the text on it still reads at 4.5:1; where
    the theme's text has no contrast to spare (solarized), moved away from the text instead, so the
    quote reads better than the page."""
    from textual.color import Color

    from reader.tui.colours import BODY, contrast

    best = background
    for step in range(4, 21):  # 4 % to 20 % of the way
        shade = background.blend(foreground, step / 100)
        if contrast(foreground, shade) < BODY:
            break
        best = shade
        if contrast(shade, background) >= 1.18:
            return shade
    away = Color(0, 0, 0) if background.brightness < 0.5 else Color(255, 255, 255)
    for step in range(10, 61, 5):
        shade = background.blend(away, step / 100)
        if contrast(shade, background) >= 1.18:
            return shade
    return best if contrast(best, background) > contrast(background.blend(away, 0.6), background) else background.blend(away, 0.6)


def _close(a, b) -> bool:
    """Whether two colours are hard to tell apart as text (hue and lightness both near)."""
    ha, sa, la = a.hsl
    hb, sb, lb = b.hsl
    hue = min(abs(ha - hb), 1 - abs(ha - hb))
    if sa < 0.15 or sb < 0.15:  # greys: only lightness tells them apart
        return abs(la - lb) < 0.15
    return hue < 0.07 and abs(la - lb) < 0.2
