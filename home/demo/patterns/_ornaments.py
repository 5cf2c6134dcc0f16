"""Small drawn elements for the motif tiles and the eco print: dots, flames, leaves, flowers."""

from __future__ import annotations

import math

from ._canvas import PI, leaf_outline, linspace, offset, place


def _flame_outline(steps=16):
    side = [
        (0.34 * math.sin(PI * t**0.6), 0.12 * math.sin(7.5 * t) * t, -t)
        for t in linspace(0, 1, steps)
    ]
    return [(x - hw, y) for hw, x, y in side] + [(x + hw, y) for hw, x, y in reversed(side)]


# Unit outlines: a flickering flame rising from (0, 0), a blunt oval and a rice grain (or petal).
_FLAME, OVAL, GRAIN = _flame_outline(), leaf_outline(0.5, 0.5), leaf_outline(0.42, 0.7)


def dot(draw, x, y, radius, fill):
    """A filled circle around (x, y)."""
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)


def fire(draw, x, y, height, colours, angle=0.0):
    """Three nested flames (colours from the outside in) rising from (x, y)."""
    for fraction, colour in zip((1, 0.64, 0.32), colours, strict=True):
        draw.polygon(place(_FLAME, x, y, height * fraction, angle), fill=colour)


def leaf(draw, cx, cy, length, angle, fill, line, shape=(0.38, 1.0, 0.0), veins=5, line_width=2):
    """A leaf with a midrib and veins; shape is leaf_outline's (half_width, taper, belly)."""
    half_width, taper, belly = shape
    outline = place(leaf_outline(half_width, taper, belly), cx, cy, length, angle)
    draw.polygon(outline, fill=fill, outline=line, width=line_width)
    draw.line(place([(-1.1, 0), (0.9, 0)], cx, cy, length, angle), fill=line, width=line_width)
    for x in (-1 + 2 * i / (veins + 1) for i in range(1, veins + 1)):
        y = half_width * (1 - (x + 0.2) ** 2) ** taper * (1 + belly * x) * 0.75
        for side in (-1, 1):
            vein = place([(x, 0), (x + 0.22, side * y)], cx, cy, length, angle)
            draw.line(vein, fill=line, width=line_width // 2 + 1)


def flower(draw, x, y, radius, petal, centre, petals=5, rotation=0.0, line=None):
    """A round flower of grain-shaped petals around a centre dot."""
    for angle in (rotation + i * 2 * PI / petals for i in range(petals)):
        outline = place(GRAIN, *offset(x, y, angle, radius * 0.55), radius * 0.5, angle)
        draw.polygon(outline, fill=petal, outline=line)
    dot(draw, x, y, radius * 0.22, centre)


def tendril(draw, x, y, size, start_angle, colour, line_width, turn=1, leaf_colour=None):
    """A tendril curling into a spiral (turn=-1 mirrors it), with two small leaves."""
    angles = [start_angle + turn * 4.4 * i / 36 for i in range(37)]
    pts = [offset(x, y, angle, size * (1 - 0.8 * i / 36)) for i, angle in enumerate(angles)]
    draw.line(pts, fill=colour, width=line_width, joint="curve")
    for i in (3, 13):
        angle = angles[i] - turn * 0.6
        outline = place(GRAIN, *offset(*pts[i], angle, size * 0.2), size * 0.2, angle)
        draw.polygon(outline, fill=leaf_colour or colour)
