"""One colour and one marker per claimant, for the whole dataset, and the contrast rule they meet.

Every chart of every report draws a claimant in the same colour with the same marker shape
(``claimant_style``), so a reader who learns that South Korea's NIS is a blue circle finds it
as a blue circle everywhere, in every report of a run and of an archive. Shape carries the
claimant as much as colour does, so a colour-blind reader, or a grey print, still tells two
claimants apart; whether a figure is a floor or a ceiling is drawn with an arrow, never by
the marker's shape or fill alone.

Every colour here reaches a contrast of at least 4.5:1 on the white page (WCAG 2.1 AA for
text, ``contrast``), so a claimant's name may be printed in its colour.

Data quirks: claimants are numbered by the day of their first claim in the whole dataset
(then by name), not by the claims a chart happens to show, so a claimant keeps its style
from the first run of an archive to the last; a claimant added with an older first claim
renumbers the ones after it. A name the dataset does not know (a test's made-up claimant)
gets a style from a checksum of its name.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

PAGE_BACKGROUND = "#ffffff"
MIN_CONTRAST = 4.5  # WCAG 2.1 AA, normal text

# ten hues dark enough for text on white; next to each other they differ in hue and lightness
PALETTE = (
    "#0072b2",  # blue
    "#b14a00",  # burnt orange
    "#117733",  # green
    "#7b3294",  # purple
    "#00707a",  # teal
    "#a8175c",  # magenta
    "#8a6100",  # ochre
    "#332288",  # indigo
    "#c0392b",  # red
    "#555555",  # grey
)
# seven marker shapes (matplotlib codes) and the character that shows each in text; no triangle,
# because an arrow says "more than" or "up to"
MARKERS = (("o", "●"), ("s", "■"), ("D", "◆"), ("p", "⬟"), ("h", "⬢"), ("P", "✚"), ("X", "✖"))
NEUTRAL = "#444444"  # what is not a claimant: bands, ticks, notes


@dataclass(frozen=True)
class Style:
    """How a claimant is drawn: a colour, a matplotlib marker and the character for that marker."""

    colour: str
    marker: str
    symbol: str


def style_at(index: int) -> Style:
    """The style of the claimant numbered ``index``: colours and shapes cycle at different lengths
    (10 and 7), so neighbours differ in both and 70 claimants get 70 different pairs."""
    marker, symbol = MARKERS[index % len(MARKERS)]
    return Style(PALETTE[index % len(PALETTE)], marker, symbol)


def claimant_order(claims: pd.DataFrame | None = None) -> list[str]:
    """Every claimant of the dataset, by the day of its first claim, then by name."""
    if claims is None:
        from analysis.data.tables import given

        claims = given(None, "claims")
    if claims.empty:
        return []
    first = claims.groupby(claims["claimant"].astype(str), observed=True)["reported_on"].min()
    return sorted(first.index, key=lambda name: (first[name], name))


def claimant_styles(names: Iterable[str], claims: pd.DataFrame | None = None) -> dict[str, Style]:
    """The style of each claimant named (see the module notes), in the order given."""
    order = {name: i for i, name in enumerate(claimant_order(claims))}
    return {
        name: style_at(order[name] if name in order else len(order) + zlib.crc32(name.encode()) % 70)
        for name in dict.fromkeys(str(n) for n in names)
    }


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(colour: str, background: str = PAGE_BACKGROUND) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    a, b = sorted((_luminance(colour), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


__all__ = [
    "MARKERS",
    "MIN_CONTRAST",
    "NEUTRAL",
    "PAGE_BACKGROUND",
    "PALETTE",
    "Style",
    "claimant_order",
    "claimant_styles",
    "contrast",
    "style_at",
]
