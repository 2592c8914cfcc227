"""Readable colours: WCAG contrast, and moving a colour's lightness until it is readable."""

from __future__ import annotations

from typing import Iterable

from textual.color import Color

BODY = 4.5  # WCAG AA: body text
SECONDARY = 3.0  # WCAG AA: large or secondary text


def luminance(color: Color) -> float:
    """WCAG relative luminance (0 black to 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: Color, against: Iterable[tuple[Color, float]], lighter: bool) -> Color:
    """``color`` with its lightness moved (up if ``lighter``, else down) in small steps until it
    has at least the given contrast with each background; the hue and saturation stay."""
    pairs = list(against)
    h, s, l = color.hsl
    candidate = color
    for _ in range(60):
        if all(contrast(candidate, other) >= minimum for other, minimum in pairs):
            return candidate
        l = min(1.0, l + 0.02) if lighter else max(0.0, l - 0.02)
        candidate = Color.from_hsl(h, s, l)
        if l in (0.0, 1.0):
            break
    return candidate


def readable_variables(variables: dict[str, str]) -> dict[str, str]:
    """Theme variables that some themes leave hard to read, made readable: coloured text on the
    background and the panel; the footer's keys
    against the footer (catppuccin-latte's orange on grey was 1.9:1); and ``$reader-on-primary``,
    text on the highlighted row (the theme's $text there was 4.0:1 in textual-dark)."""
    out: dict[str, str] = {"reader-on-primary": "auto 90%"}
    try:
        primary = Color.parse(variables["primary"])
        if primary.ansi is None:
            out["reader-on-primary"] = on_colour(primary, variables).hex
    except Exception:
        pass
    try:
        key = Color.parse(variables["footer-key-foreground"])
        footer = Color.parse(variables["footer-background"])
    except (KeyError, Exception):
        return out
    if key.ansi is not None or footer.ansi is not None or key.a < 1:
        return out  # the terminal's own colours (ansi themes)
    if contrast(key, footer) < BODY:
        out["footer-key-foreground"] = readable(key, [(footer, BODY)], footer.brightness < 0.5).hex
    # Coloured text ($text-accent, $text-warning, ...) on the background and on the status
    # lines' $panel (textual-light's accent was 2.8:1 on its panel).
    grounds = []
    for name in ("background", "surface", "panel"):
        try:
            grounds.append(Color.parse(variables[name]))
        except Exception:
            continue
    if not grounds or any(g.ansi is not None for g in grounds):
        return out
    dark = grounds[0].brightness < 0.5
    for name in ("text-primary", "text-secondary", "text-accent", "text-warning", "text-error", "text-success"):
        try:
            colour = Color.parse(variables[name])
        except Exception:
            continue
        if colour.ansi is None and any(contrast(colour, g) < BODY for g in grounds):
            out[name] = readable(colour, [(g, BODY) for g in grounds], lighter=dark).hex
    return out


def on_colour(background: Color, variables: dict[str, str]) -> Color:
    """Text for ``background``: the theme's foreground or background colour, whichever reads
    at 4.5:1 (the better one), else black or white."""
    candidates = []
    for name in ("foreground", "background"):
        try:
            candidates.append(Color.parse(variables[name]))
        except Exception:
            pass
    best = max(candidates, key=lambda c: contrast(c, background), default=None)
    if best is not None and best.ansi is None and contrast(best, background) >= BODY:
        return best
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return black if contrast(black, background) >= contrast(white, background) else white
