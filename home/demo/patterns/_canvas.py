"""Shared helpers: point geometry, colours, gradients, shading and the Frame that pastes shapes."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from PIL.Image import Resampling

PI = math.pi
GOLD, CREAM = (201, 162, 39), (244, 237, 225)


# --- geometry and colour ------------------------------------------------------------------------


def mix(start, end, amount):
    """The colour (or point) the fraction amount of the way from start to end, rounded."""
    return tuple(round(x + (y - x) * amount) for x, y in zip(start, end, strict=True))


def as_points(spec):
    """'x,y x,y ...' (or a list of points) -> [(x, y), ...]."""
    if isinstance(spec, list):
        return spec
    return [tuple(map(float, p.split(","))) for p in spec.split()]


def place(spec, cx, cy, scale, angle=0.0, mirror=1):
    """Scale, mirror (mirror=-1) and rotate unit points, then move them to (cx, cy)."""
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    pts = [(mirror * x, y) for x, y in as_points(spec)]
    return [
        (cx + scale * (x * cos_a - y * sin_a), cy + scale * (x * sin_a + y * cos_a)) for x, y in pts
    ]


def offset(x, y, angle, distance):
    """The point distance away from (x, y) in the direction angle."""
    return x + math.cos(angle) * distance, y + math.sin(angle) * distance


def linspace(start, stop, steps):
    """steps + 1 evenly spaced values from start to stop, both included."""
    return [start + (stop - start) * i / steps for i in range(steps + 1)]


def leaf_outline(half_width=0.4, taper=1.0, belly=0.0, steps=16):
    """Leaf/oval outline from x=-1 (base) to x=1 (tip); taper<1 rounds the ends, belly shifts it."""
    xs = [-math.cos(PI * i / steps) for i in range(steps + 1)]  # denser towards the ends
    top = [(x, -half_width * (1 - x * x) ** taper * (1 + belly * x)) for x in xs]
    return top + [(x, -y) for x, y in reversed(top[1:-1])]


def bezier(p0, p1, p2, steps=24):
    """Points along a quadratic Bezier curve."""
    return [
        (_bezier_coord(p0, p1, p2, t, 0), _bezier_coord(p0, p1, p2, t, 1))
        for t in linspace(0, 1, steps)
    ]


def _bezier_coord(p0, p1, p2, t, axis):
    return (1 - t) ** 2 * p0[axis] + 2 * (1 - t) * t * p1[axis] + t * t * p2[axis]


# --- whole images -------------------------------------------------------------------------------


def flat(colour, width, height):
    """A plain RGB image of one colour."""
    return Image.new("RGB", (width, height), colour)


def gradient(width, height, top, bottom):
    """A vertical gradient from the top colour to the bottom colour."""
    mask = Image.linear_gradient("L").resize((width, height))
    return Image.composite(flat(bottom, width, height), flat(top, width, height), mask)


def vignette(img, strength, tint=(1, 1, 1)):
    """img darkened (and tinted, per RGB channel) towards its corners."""
    vig = Image.radial_gradient("L").resize(img.size).point(lambda v: 255 - v * strength // 255)
    vig = Image.merge("RGB", [vig.point(lambda v, t=t: v * t) for t in tint])
    return ImageChops.multiply(img, vig)


# --- shapes, masks and shading ------------------------------------------------------------------
# A shape is (kind, data[, size]): "p" polygon points, "e" ellipse box, "r" box + corner radius,
# "l" polyline points + width. A kind starting with "-" cuts the shape out of the mask.


def _draw_shapes(draw, shapes, scale, origin_x, origin_y):
    for kind, data, *extra in shapes:
        fill, kind = (0, kind[1:]) if kind[0] == "-" else (255, kind)
        pts = [(data[0], data[1]), (data[2], data[3])] if kind in "er" else data
        xy = [((x - origin_x) * scale, (y - origin_y) * scale) for x, y in pts]
        if kind == "p":
            draw.polygon(xy, fill=fill)
        elif kind == "e":
            draw.ellipse(xy, fill=fill)
        elif kind == "r":
            draw.rounded_rectangle(xy, extra[0] * scale, fill=fill)
        else:
            draw.line(xy, fill=fill, width=max(1, round(extra[0] * scale)), joint="curve")


def _bounding_box(shapes, size):
    xs, ys, pad = [], [], 2
    for kind, data, *extra in (shape for shape in shapes if shape[0][0] != "-"):
        pts = [(data[0], data[1]), (data[2], data[3])] if kind in "er" else data
        xs, ys = xs + [p[0] for p in pts], ys + [p[1] for p in pts]
        pad = max(pad, extra[0] if kind == "l" else 0)
    x0, y0 = max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad))
    return x0, y0, min(size[0], int(max(xs) + pad + 1)), min(size[1], int(max(ys) + pad + 1))


def fold_shading(folds, low, high, vertical=False, phase=0.0):
    """A shading profile of cosine folds between low and high (folds=0.5 is a ramp)."""
    im = Image.new("L", (64, 1))
    curve = (0.5 - 0.5 * math.cos(PI * folds * i / 31.5 + phase) for i in range(64))
    im.putdata([low + (high - low) * c for c in curve])
    return im.transpose(Image.Transpose.ROTATE_270) if vertical else im


# Common profiles: rounded across, slightly darker downwards, and a strong dark lower edge.
ROUND_SHADE = fold_shading(1, 175, 255)
DOWN_SHADE = fold_shading(0.5, 255, 215, True)
EDGE_SHADE = fold_shading(0.5, 250, 125, True)


class Frame:
    """Draws on image in unit coordinates: a centred square, or the whole (non-square) image."""

    def __init__(self, image, square=True):
        (w, h), side = image.size, min(image.size)
        self.image, self.short_side = image, side
        self.scale_x, self.scale_y = (side, side) if square else (w, h)
        self.offset_x, self.offset_y = ((w - side) / 2, (h - side) / 2) if square else (0, 0)

    def point(self, x, y):
        """Unit coordinates -> pixels."""
        return (self.offset_x + x * self.scale_x, self.offset_y + y * self.scale_y)

    def poly(self, spec):
        return [("p", [self.point(*v) for v in as_points(spec)])]

    def line(self, spec, width):
        return [("l", [self.point(*v) for v in as_points(spec)], width * self.short_side)]

    def rect(self, x0, y0, x1, y1, radius=0.0, cut=False):
        box = (*self.point(x0, y0), *self.point(x1, y1))
        return [("-r" if cut else "r", box, radius * self.short_side)]

    def ellipse(self, x0, y0, x1, y1):
        return [("e", (*self.point(x0, y0), *self.point(x1, y1)))]

    def put(self, source, shapes, *shading, alpha=255):
        """Paste source (a colour, an image or a function of the size) through the shapes."""
        x0, y0, x1, y1 = _bounding_box(shapes, self.image.size)
        if x1 <= x0 or y1 <= y0:
            return
        size = (x1 - x0, y1 - y0)
        mask = Image.new("L", (size[0] * 2, size[1] * 2))
        _draw_shapes(ImageDraw.Draw(mask), shapes, 2, x0, y0)
        source = source(size) if callable(source) else source
        source = source if isinstance(source, Image.Image) else Image.new("RGB", size, source)
        if source.size == self.image.size:
            region = source.crop((x0, y0, x1, y1))
        else:
            region = source.resize(size)
        for profile in shading:
            profile = profile.resize(size, Resampling.BILINEAR).convert("RGB")
            region = ImageChops.multiply(region, profile)
        self.image.paste(region, (x0, y0), mask.reduce(2).point(lambda v: v * alpha // 255))

    def shadow(self, shapes, dx, dy, blur, alpha=130, colour=(45, 32, 24)):
        """A soft shadow (or glow); offsets and blur are fractions of the shorter side."""
        (w, h), side = self.image.size, self.short_side
        mask = Image.new("L", (w // 4 + 1, h // 4 + 1))
        _draw_shapes(ImageDraw.Draw(mask), shapes, 0.25, -dx * side, -dy * side)
        mask = mask.filter(ImageFilter.GaussianBlur(blur * side / 4))
        mask = mask.resize((w, h), Resampling.BILINEAR)
        self.image.paste(colour, (0, 0, w, h), mask.point(lambda v: v * alpha // 255))
