"""Batik cloth: motif palettes, tiling with ground dots and edge bands, eco-print and jumput."""

from __future__ import annotations

import random
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from PIL.Image import Resampling, Transpose

from ._canvas import PI, flat, leaf_outline, mix, offset, place
from ._ornaments import GRAIN, dot
from ._tiles import TILE_DRAWERS


class Palette(NamedTuple):
    """The five colours of a motif."""

    ground: tuple[int, int, int]
    main: tuple[int, int, int]
    accent: tuple[int, int, int]
    light: tuple[int, int, int]
    dark: tuple[int, int, int]


# Hex colours per motif key, in Palette order: ground, main, accent, light, dark.
PALETTES = {
    "gastra-rinonce": "1f2a44 c9a227 a8321c f4ede1 111a30",
    "jagung-miji-emas": "6b3f1d dcb033 55702c f4ede1 2a1a0e",
    "mliwis-mukti": "1f2a44 f4ede1 c9a227 2e3f6e 0f1526",
    "parang-dahana-munggal": "7a1f1f c9a227 e07b2a f4ede1 3a0f0f",
    "parang-lembu-sekar-rinambat": "f4ede1 6b3f1d 2e3f6e a0672f 2a1a0e",
    "pari-sumilak": "f4ede1 8b5a2b c9a227 6f7d3a 3a2412",
    "rancak-thengul": "7a1f1f c9a227 1f2a44 f4ede1 2a0c0c",
    "sata-gondo-wangi": "efe4cf 6b7a34 8b5a2b f4ede1 3a2412",
    "sekar-jati": "a0672f 6b3f1d 2a1a0e f4ede1 c9a227",
    "eco-print": "efe6d2 8a4b24 5b6b2e 6b3f1d 3d2a18",
    "jumput": "2e3f6e f4ede1 8fa3c8 1f2a44 121a30",
    "kawung": "6b3f1d f4ede1 a0672f 8b5a2b 2a1a0e",
}
MOTIF_KEYS: tuple[str, ...] = tuple(PALETTES)
# Ground dots (isen-isen cecek): dots per tile side, radius as a fraction of the tile, colour.
_GROUND_DOTS = {
    "gastra-rinonce": (10, 0.006, "light"),
    "jagung-miji-emas": (8, 0.008, "main"),
    "mliwis-mukti": (12, 0.005, "accent"),
    "pari-sumilak": (10, 0.006, "main"),
    "rancak-thengul": (8, 0.007, "main"),
    "sata-gondo-wangi": (12, 0.005, "accent"),
    "sekar-jati": (10, 0.006, "light"),
    "kawung": (8, 0.008, "dark"),
}


def palette(key, seed):
    """The motif's colours; a non-zero seed makes them all slightly lighter or darker."""
    colours = [tuple(int(v[i : i + 2], 16) for i in (0, 2, 4)) for v in PALETTES[key].split()]
    factor = random.Random(seed * 7919 + 17).uniform(0.92, 1.08) if seed else 1  # nosec B311
    return Palette(*(tuple(min(255, round(v * factor)) for v in colour) for colour in colours))


def _noise(rng, width, height, cells=(12, 9)):
    cloud = Image.frombytes("L", cells, rng.randbytes(cells[0] * cells[1]))
    return cloud.resize((width, height), Resampling.BICUBIC)


def _eco_print(width, height, colours, rng):
    """Leaves and fern fronds pressed into cream cloth: translucent, soft, with veins."""
    w2, h2, m = max(8, width // 2), max(8, height // 2), max(8, min(width, height) // 2)
    stain = _noise(rng, w2, h2).point(lambda v: max(0, v - 90))
    stained = flat(mix(colours.ground, colours.main, 0.18), w2, h2)
    img = Image.composite(stained, flat(colours.ground, w2, h2), stain)
    draw = ImageDraw.Draw(img, "RGBA")
    inks = (colours.main, colours.accent, colours.light, mix(colours.main, colours.dark, 0.3))
    for _ in range(int(w2 * h2 / 9000) + 8):
        x, y, a = rng.uniform(0, w2), rng.uniform(0, h2), rng.uniform(0, 6.3)
        ln = m * rng.uniform(0.05, 0.14)
        colour, alpha = rng.choice(inks), rng.randint(110, 190)
        if rng.random() < 0.25:  # a fern frond
            stem = [(x, y), offset(x, y, a, 2 * ln)]
            draw.line(stem, fill=(*colour, alpha), width=max(1, m // 250))
            for i in range(1, 9):
                px, py = offset(x, y, a, 2 * ln * i / 9)
                for la in (a - 1, a + 1):
                    base = offset(px, py, la, ln * 0.2)
                    leaflet = place(GRAIN, *base, ln * 0.2 * (1.2 - i / 9), la)
                    draw.polygon(leaflet, fill=(*colour, alpha))
            continue
        half_width = rng.uniform(0.25, 0.55)
        edge = (*mix(colour, colours.dark, 0.5), 200)
        vein = (*mix(colour, colours.ground, 0.45), 210)
        outline = leaf_outline(half_width, rng.choice((0.6, 0.8, 1)), -0.15)
        draw.polygon(place(outline, x, y, ln, a), (*colour, alpha), edge)
        draw.line(place([(-1.2, 0), (0.9, 0)], x, y, ln, a), fill=vein, width=max(1, m // 300))
        for v in (-1 + i / 3 for i in range(1, 6)):
            for side in (-1, 1):
                rib = [(v, 0), (v + 0.3, side * half_width * 0.7 * (1 - v * v))]
                draw.line(place(rib, x, y, ln, a), vein)
    return img.resize((width, height), Resampling.BICUBIC)


def _jumput(width, height, colours, rng):
    """Tie-dye: pale dotted rings with radial creases on uneven indigo."""
    w2, h2 = max(8, width // 2), max(8, height // 2)
    dyed = _noise(rng, w2, h2, (16, 9))
    img = Image.composite(flat(colours.ground, w2, h2), flat(colours.dark, w2, h2), dyed)
    draw, step = ImageDraw.Draw(img, "RGBA"), max(12, min(w2, h2) / 2.6)
    for j in range(-1, int(h2 / step) + 2):
        for i in range(-1, int(w2 / step) + 2):
            cx = (i + 0.5 * (j % 2) + rng.uniform(-0.08, 0.08)) * step
            cy, rad = (j * 0.9 + rng.uniform(-0.08, 0.08)) * step, step * rng.uniform(0.3, 0.4)
            for a in (q * PI / 9 + rng.uniform(-0.1, 0.1) for q in range(18)):
                crease = [(cx, cy), offset(cx, cy, a, rad * 1.15)]
                draw.line(crease, (*colours.accent, 70), max(1, int(rad / 30)))
            for k in range(5, 0, -1):
                rk, n = rad * k / 5 * rng.uniform(0.95, 1.05), 10 + 8 * k
                colour = colours.main if k % 2 else colours.accent
                for q in range(n):
                    px, py = offset(cx, cy, q * 2 * PI / n + k, rk)
                    dot(draw, px, py, rad * rng.uniform(0.03, 0.06), (*colour, 240 - k * 25))
            dot(draw, cx, cy, rad * 0.13, (*colours.main, 250))
    return img.filter(ImageFilter.GaussianBlur(0.8)).resize((width, height), Resampling.BICUBIC)


class _Shifted:
    """ImageDraw proxy that offsets every coordinate, to draw the wrapped copies of a tile."""

    def __init__(self, draw, dx, dy):
        self.draw, self.dx, self.dy = draw, dx, dy

    def __getattr__(self, name):
        def call(xy, *args, **kwargs):
            if isinstance(xy[0], int | float):
                xy = [v + (self.dy if i % 2 else self.dx) for i, v in enumerate(xy)]
            else:
                xy = [(x + self.dx, y + self.dy) for x, y in xy]
            return getattr(self.draw, name)(xy, *args, **kwargs)

        return call


def _motif_tile(key, tile_size, colours):
    size = 2 * tile_size  # drawn at twice the size, then downsampled for antialiasing
    im = Image.new("RGB", (size, size), colours.ground)
    draw = ImageDraw.Draw(im)
    n, rad, colour = _GROUND_DOTS.get(key, (0, 0, "ground"))
    for i in range(n * n):
        x, y = (i % n + 0.5) * size / n, (i // n + 0.5) * size / n
        dot(draw, x, y, rad * size, getattr(colours, colour))
    for dx in (-size, 0, size):
        for dy in (-size, 0, size):
            TILE_DRAWERS[key](_Shifted(draw, dx, dy), size, colours)
    return im.resize((tile_size, tile_size), Resampling.LANCZOS)


def _edge_band(width, band_height, colours):
    """A pinggiran edge band with tumpal triangles pointing into the field (its bottom side)."""
    w, h = 2 * width, 2 * band_height  # drawn at twice the size, like the tiles
    im = Image.new("RGB", (w, h), colours.dark)
    draw, n = ImageDraw.Draw(im), max(3, round(w / (h * 0.8)))
    draw.rectangle([0, h * 0.07, w, h * 0.13], fill=colours.light)
    draw.rectangle([0, h * 0.86, w, h * 0.92], fill=colours.light)
    for x0, st in ((i * w / n, w / n) for i in range(n)):
        outer = [(x0, h * 0.2), (x0 + st, h * 0.2), (x0 + st / 2, h * 0.84)]
        draw.polygon(outer, colours.main, colours.light)
        inner = [(x0 + st * 0.3, h / 4), (x0 + st * 0.7, h / 4), (x0 + st / 2, h * 0.62)]
        draw.polygon(inner, colours.accent)
        dot(draw, x0, h * 0.5, h * 0.05, colours.light)
    return im.resize((width, band_height), Resampling.LANCZOS)


def _finish(img, colours, rng, crackle=True):
    """Cloth grain and the fine wax crackle (remukan) of hand-drawn batik."""
    w, h = img.size
    grain = _noise(rng, 192, 192, (96, 96)).point(lambda v: 228 + v * 27 // 255).convert("RGB")
    layer = Image.new("RGB", (w, h))
    for x in range(0, w, 192):
        for y in range(0, h, 192):
            layer.paste(grain, (x, y))
    img = ImageChops.multiply(img, layer)
    draw, short_side = ImageDraw.Draw(img, "RGBA"), min(w, h)
    for _ in range(w * h // 40000 + 2 if crackle else 0):
        x, y, a, pts = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0, 6.3), []
        for _ in range(6):
            pts.append((x, y))
            a += rng.uniform(-0.9, 0.9)
            x, y = offset(x, y, a, short_side * 0.03)
        draw.line(pts, fill=(*colours.dark, 70), width=1)
    return img


def batik_cloth(key, width, height, seed=0, tile=None, border=False):
    """A width*height piece of batik cloth; tile is the motif repeat in pixels."""
    key = key if key in PALETTES else "kawung"
    w, h = max(1, int(width)), max(1, int(height))
    colours, rng = palette(key, seed), random.Random(f"{key}:{seed}")  # nosec B311  # demo data
    if key == "eco-print" or key == "jumput":
        img = (_eco_print if key == "eco-print" else _jumput)(w, h, colours, rng)
    else:
        tile_size = max(24, int(tile or min(w, h) / 3.5))
        tile_image = _motif_tile(key, tile_size, colours)
        ox, oy, img = rng.randrange(tile_size), rng.randrange(tile_size), Image.new("RGB", (w, h))
        for x in range(-ox, w, tile_size):
            for y in range(-oy, h, tile_size):
                img.paste(tile_image, (x, y))
    if border and min(w, h) > 40:  # edge bands at the top and bottom, or at the "sides"
        sides = border == "sides"
        band = _edge_band(h if sides else w, max(8, round(min(w, h) * 0.09)), colours)
        band = band.transpose(Transpose.ROTATE_90) if sides else band
        img.paste(band, (0, 0))
        flipped = band.transpose(Transpose.FLIP_LEFT_RIGHT if sides else Transpose.FLIP_TOP_BOTTOM)
        img.paste(flipped, (w - band.width, h - band.height))
    return _finish(img, colours, rng, key in TILE_DRAWERS)


def cloth_source(key, seed, tile, border=False):
    """A pattern source for Frame.put() drawn at the size of the shape."""
    return lambda size: batik_cloth(key, *size, seed, tile, border)


def draw_motif(motif_key: str, width: int = 1200, height: int = 900, seed: int = 0) -> Image.Image:
    """A flat batik cloth with the motif and its edge bands (pinggiran); unknown keys: kawung."""
    return batik_cloth(motif_key, width, height, seed, border=True)
