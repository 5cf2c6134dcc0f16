"""Studio product photos (cloths, clothes, bags, shoes, decor, notebooks, food and drink)."""

from __future__ import annotations

import math
import random

from PIL import Image

from ._canvas import (
    CREAM,
    DOWN_SHADE,
    EDGE_SHADE,
    GOLD,
    PI,
    ROUND_SHADE,
    Frame,
    as_points,
    fold_shading,
    gradient,
    leaf_outline,
    linspace,
    mix,
    offset,
    place,
    vignette,
)
from .motifs import PALETTES, batik_cloth, cloth_source, palette


def _cloth_stack(frame, key, seed, colours):
    """A stack of folded cloths, the top one showing its edge band."""
    side = frame.short_side
    frame.shadow(frame.poly("0.2,0.34 0.8,0.34 0.87,0.82 0.13,0.82"), 0.02, 0.025, 0.05)
    for i, y in enumerate((0.81, 0.75, 0.69)):
        folded = frame.rect(0.14, y - 0.065, 0.86, y, 0.03)
        frame.put(cloth_source(key, seed + 31 * i, side / 7), folded, EDGE_SHADE)
    top = frame.poly("0.21,0.33 0.79,0.33 0.86,0.65 0.14,0.65")
    light = fold_shading(0.5, 205, 255, True)
    frame.put(cloth_source(key, seed + 62, side / 7, True), top, light, fold_shading(1, 215, 255))
    frame.put((40, 28, 20), frame.line("0.19,0.46 0.81,0.46", 0.004), alpha=50)


def _shirt(frame, key, seed, colours):
    """A batik shirt with a collar, seams, a pocket and buttons."""
    body = frame.poly(
        "0.41,0.16 0.27,0.2 0.12,0.4 0.22,0.48 0.31,0.38 0.31,0.86 0.69,0.86 0.69,0.38"
        " 0.78,0.48 0.88,0.4 0.73,0.2 0.59,0.16"
    )
    frame.shadow(body, 0.015, 0.02, 0.04)
    trim = mix(colours.dark, (0, 0, 0), 0.3)
    pat = batik_cloth(key, *frame.image.size, seed, frame.short_side / 6)
    frame.put(trim, frame.poly("0.41,0.16 0.59,0.16 0.56,0.21 0.44,0.21"))
    frame.put(pat, body, fold_shading(1, 200, 255), DOWN_SHADE)
    seams = "0.135,0.39 0.225,0.465|0.865,0.39 0.775,0.465|0.27,0.2 0.31,0.38|0.73,0.2 0.69,0.38|"
    seams += "0.485,0.25 0.485,0.86|0.515,0.25 0.515,0.86|0.56,0.35 0.56,0.44 0.64,0.44 0.64,0.35"
    for spec in seams.split("|"):
        frame.put(trim, frame.line(spec, 0.003), alpha=140)
    for sg in (-1, 1):  # collar
        flap = [(0.5 + sg * x, y) for x, y in as_points("0.09,0.155 0,0.25 0.035,0.31 0.12,0.21")]
        frame.put(pat, frame.poly(flap), fold_shading(0.5, 120, 200, True))
        frame.put(trim, frame.line([*flap, flap[0]], 0.004), alpha=220)
    for y in linspace(0.3, 0.8, 5):
        button = frame.ellipse(0.49, y - 0.01, 0.51, y + 0.01)
        frame.put((236, 228, 210), button, fold_shading(0.5, 255, 160, True))


def _dress(frame, key, seed, colours):
    """A dress with a flared, folded skirt and a dark waistband with a knot."""
    hem = [(0.78 - i * 0.028, 0.88 + 0.012 * math.sin(i * 1.3)) for i in range(21)]
    skirt = frame.poly([(0.41, 0.42), (0.59, 0.42), *hem])
    bodice = frame.poly(
        "0.44,0.12 0.36,0.14 0.3,0.25 0.36,0.28 0.39,0.26 0.41,0.43 0.59,0.43"
        " 0.61,0.26 0.64,0.28 0.7,0.25 0.64,0.14 0.56,0.12 0.5,0.19"
    )
    frame.shadow(skirt + bodice, 0.015, 0.02, 0.04)
    pat = batik_cloth(key, *frame.image.size, seed, frame.short_side / 6)
    frame.put(pat, skirt, fold_shading(4.5, 165, 255, phase=1.2), DOWN_SHADE)
    frame.put(pat, bodice, ROUND_SHADE)
    waistband = frame.rect(0.4, 0.41, 0.6, 0.445, 0.01)
    knot = frame.ellipse(0.52, 0.405, 0.56, 0.45)
    frame.put(colours.dark, waistband, fold_shading(0.5, 255, 170, True))
    frame.put(colours.dark, knot, fold_shading(0.5, 255, 150, True))


def _scarf(frame, key, seed, colours):
    """A fringed scarf lying in a wave across the frame."""
    xs = linspace(0.1, 0.9, 30)
    mid = [(x, 0.25 + 0.5 * x + 0.07 * math.sin(3.75 * PI * (x - 0.1))) for x in xs]
    upper = [(x, y - 0.11 + 0.015 * math.sin(9 * x)) for x, y in mid]
    band = frame.poly(upper + [(x, y + 0.11) for x, y in mid[::-1]])
    frame.shadow(band, 0.015, 0.025, 0.04)
    for x, y0, sg in ((0.1, 0.3, -1), (0.9, 0.7, 1)):  # fringes
        for y in linspace(y0 - 0.1, y0 + 0.1, 14):
            frame.put(colours.main, frame.line([(x, y), (x + sg * 0.035, y + 0.004 * sg)], 0.004))
    waves = fold_shading(1.5, 150, 255, phase=2.2), fold_shading(3, 215, 255)
    frame.put(cloth_source(key, seed, frame.short_side / 6), band, *waves)


def _tote_bag(frame, key, seed, colours):
    """A tote bag with leather (odd seeds) or canvas handles."""
    body = frame.poly("0.26,0.38 0.74,0.38 0.77,0.84 0.76,0.86 0.24,0.86 0.23,0.84")
    strap = (98, 64, 38) if seed % 2 else (196, 170, 128)
    frame.shadow(body, 0.02, 0.02, 0.05)
    for dx, hi in ((0.02, 150), (0, 255)):  # back and front handles
        ts = linspace(0, PI, 24)
        arc = [(0.5 + dx + 0.13 * math.cos(t), 0.41 - 0.25 * math.sin(t)) for t in ts]
        frame.put(strap, frame.line(arc, 0.03), fold_shading(1, hi * 0.6, hi))
    cloth = cloth_source(key, seed, frame.short_side / 6)
    frame.put(cloth, body, fold_shading(1, 185, 255), DOWN_SHADE)
    frame.put(strap, frame.poly("0.26,0.38 0.74,0.38 0.742,0.42 0.258,0.42"), DOWN_SHADE)
    for x in (0.37, 0.63):
        frame.put(strap, frame.rect(x - 0.02, 0.39, x + 0.02, 0.47, 0.005), ROUND_SHADE)
        frame.put(CREAM, frame.line([(x - 0.012, 0.455), (x + 0.012, 0.405)], 0.003), alpha=150)


def _shoes(frame, key, seed, colours):
    """A pair of slip-on shoes seen from above, each with a small gold bow."""
    side, pat = frame.short_side, batik_cloth(key, *frame.image.size, seed, frame.short_side / 9)
    for x, a in ((0.38, -1.72), (0.62, -1.42)):
        cx, cy = frame.point(x, 0.5)
        sole = [("p", place(leaf_outline(0.38, 0.45, 0.12, 48), cx, cy, side * 0.3, a))]
        frame.shadow(sole, 0.01, 0.015, 0.025, 150)
        frame.put((62, 40, 28), sole)
        upper = place(leaf_outline(0.35, 0.45, 0.12, 48), cx, cy, side * 0.285, a)
        frame.put(pat, [("p", upper)], ROUND_SHADE)
        opening = offset(cx, cy, a, -0.135 * side)
        hole = place(leaf_outline(0.36, 0.5, 0, 40), *opening, side * 0.15, a)
        frame.put(colours.dark, [("l", [*hole, hole[0]], side * 0.012)])
        frame.put((205, 172, 130), [("p", hole)], fold_shading(0.5, 150, 255))
        bow = place("-1,0 0,-0.6 1,0 0,0.6", *offset(cx, cy, a, 0.075 * side), side * 0.03, a)
        frame.put(GOLD, [("p", bow)], ROUND_SHADE)


def _decor(frame, key, seed, colours):
    """A framed cloth (odd seeds) or a cushion with a centre button."""
    side = frame.short_side
    if seed % 2:  # a framed cloth
        frame.shadow(frame.rect(0.17, 0.2, 0.83, 0.8), 0.02, 0.03, 0.05)
        frame.put((92, 58, 34), frame.rect(0.17, 0.2, 0.83, 0.8), fold_shading(1, 150, 255))
        mount = frame.rect(0.2, 0.23, 0.8, 0.77)
        frame.put((238, 230, 214), mount, fold_shading(0.5, 200, 255, True))
        picture = frame.rect(0.25, 0.28, 0.75, 0.72)
        return frame.put(cloth_source(key, seed, side / 8, True), picture)
    corners, pts = as_points("0.2,0.2 0.8,0.2 0.8,0.8 0.2,0.8"), []  # a cushion with sagging edges
    for i, (nx, ny) in enumerate(as_points("0,1 -1,0 0,-1 1,0")):
        (ax, ay), (bx, by) = corners[i], corners[(i + 1) % 4]
        for t, sag in ((t, 0.035 * math.sin(PI * t)) for t in linspace(0, 1, 14)[:-1]):
            pts.append((ax + (bx - ax) * t + nx * sag, ay + (by - ay) * t + ny * sag))
    frame.shadow(frame.poly(pts), 0.02, 0.03, 0.05)
    puffed = fold_shading(1, 150, 255), fold_shading(1, 150, 255, True)
    frame.put(cloth_source(key, seed, side / 6), frame.poly(pts), *puffed)
    frame.put(GOLD, frame.line([*pts, pts[0]], 0.008), ROUND_SHADE)
    button = frame.ellipse(0.485, 0.485, 0.515, 0.515)
    frame.put(colours.dark, button, fold_shading(0.5, 255, 140, True))


def _notebook(frame, key, seed, colours):
    """A notebook: a cloth cover with a spine, an elastic band, a label and a ribbon."""
    frame.shadow(frame.rect(0.27, 0.18, 0.745, 0.85), 0.02, 0.02, 0.04)
    frame.put((240, 232, 214), frame.rect(0.28, 0.19, 0.745, 0.85, 0.01))
    for y in linspace(0.838, 0.844, 5):
        frame.put((190, 178, 160), frame.line([(0.3, y), (0.742, y)], 0.001))
    cover = frame.rect(0.27, 0.18, 0.73, 0.84, 0.01)
    cloth = cloth_source(key, seed, frame.short_side / 6)
    frame.put(cloth, cover, DOWN_SHADE, fold_shading(0.5, 215, 255))
    frame.put((92, 60, 38), frame.rect(0.27, 0.18, 0.32, 0.84, 0.01), ROUND_SHADE)
    frame.put((60, 44, 34), frame.rect(0.66, 0.175, 0.675, 0.845), fold_shading(1, 140, 255))
    frame.put((196, 160, 112), frame.rect(0.4, 0.3, 0.6, 0.37, 0.008), DOWN_SHADE)
    for y, x1 in ((0.325, 0.56), (0.345, 0.52)):
        frame.put((90, 64, 40), frame.line([(0.44, y), (x1, y)], 0.004))
    frame.put((150, 40, 34), frame.poly("0.49,0.84 0.515,0.84 0.515,0.91 0.5025,0.895 0.49,0.91"))


def _food_pouch(frame, key, seed, colours):
    """A stand-up food pouch with a label between bands of batik."""
    zig = [(x, 0.14 + 0.006 * (i % 2)) for i, x in enumerate(linspace(0.3, 0.7, 20))]
    sides = as_points("0.7,0.14 0.715,0.5 0.71,0.84 0.69,0.86 0.31,0.86 0.29,0.84 0.285,0.5")
    pouch = frame.poly(sides + zig)  # with a zigzag heat seal on top
    frame.shadow(pouch, 0.02, 0.02, 0.05)
    frame.put((196, 160, 112), pouch, fold_shading(1, 170, 255), DOWN_SHADE)
    zipper = frame.line("0.29,0.215 0.71,0.215", 0.004)
    gusset = frame.line("0.3,0.8 0.5,0.82 0.7,0.8", 0.003)
    frame.put((120, 90, 60), zipper + gusset)
    frame.put((248, 242, 230), frame.rect(0.34, 0.34, 0.66, 0.74, 0.02), fold_shading(1, 215, 255))
    bands = frame.rect(0.34, 0.34, 0.66, 0.74, 0.02) + frame.rect(0.34, 0.45, 0.66, 0.66, cut=True)
    frame.put(batik_cloth(key, *frame.image.size, seed, frame.short_side / 8), bands)
    frame.put(colours.dark, frame.rect(0.39, 0.47, 0.61, 0.51, 0.01))
    for y, x1 in ((0.54, 0.58), (0.57, 0.52), (0.6, 0.55)):
        frame.put((130, 110, 90), frame.line([(0.42, y), (x1, y)], 0.006))
    frame.put(GOLD, frame.ellipse(0.57, 0.57, 0.64, 0.64), ROUND_SHADE)


def _drink_bottle(frame, key, seed, colours):
    """A glass bottle of a coloured drink with a batik label."""
    liquid = ((150, 78, 30), (128, 36, 30), (96, 110, 44), (70, 40, 26))[seed % 4]
    rounded = fold_shading(1, 150, 255)

    def bottle(y0):  # neck, shoulder and body, filled from y0 down
        ys = linspace(y0, 0.87, 40)
        hw = [0.035 + 0.085 * math.sin(min(1.57, max(0, y - 0.27) * 15.7)) for y in ys]
        side = [(0.5 - w, y) for w, y in zip(hw, ys, strict=True)]
        body = frame.rect(0.38, max(y0, 0.5), 0.62, 0.87, 0.03)
        return frame.poly(side + [(1 - x, y) for x, y in side[::-1]]) + body

    frame.shadow(bottle(0.17), 0.03, 0.01, 0.03, 150)
    frame.put((214, 220, 212), bottle(0.17), fold_shading(1, 170, 255))
    frame.put(liquid, bottle(0.24), fold_shading(1, 110, 255))
    frame.put(GOLD, frame.rect(0.455, 0.11, 0.545, 0.175, 0.008), fold_shading(9, 160, 255))
    label = frame.rect(0.38, 0.5, 0.62, 0.74)
    frame.put(cloth_source(key, seed, frame.short_side / 9), label, rounded)
    trims = frame.rect(0.38, 0.494, 0.62, 0.506) + frame.rect(0.38, 0.734, 0.62, 0.746)
    frame.put(GOLD, trims, rounded)
    frame.put((246, 240, 226), frame.ellipse(0.43, 0.56, 0.57, 0.68), fold_shading(1, 190, 255))
    lettering = frame.line("0.46,0.61 0.54,0.61", 0.012) + frame.line("0.47,0.64 0.53,0.64", 0.005)
    frame.put(colours.dark, lettering)
    frame.put((255, 255, 255), frame.line("0.415,0.4 0.41,0.84", 0.012), alpha=80)


_PRODUCTS = {
    "cloth": _cloth_stack,
    "shirt": _shirt,
    "dress": _dress,
    "scarf": _scarf,
    "bag": _tote_bag,
    "shoes": _shoes,
    "decor": _decor,
    "notebook": _notebook,
    "food-pack": _food_pouch,
    "drink": _drink_bottle,
}
_STUDIO_BACKDROPS = ((236, 230, 220), (228, 224, 216), (234, 225, 208), (222, 214, 202))


def draw_product_photo(
    kind: str, motif_key: str | None, width: int = 1200, height: int = 1200, seed: int = 0
) -> Image.Image:
    """A studio photo of a product of this kind (unknown: cloth), printed with the motif."""
    key = motif_key if motif_key in PALETTES else "kawung"
    rng = random.Random(f"{kind}:{key}:{seed}")  # nosec B311  # seeded demo data, not a secret
    base = _STUDIO_BACKDROPS[rng.randrange(len(_STUDIO_BACKDROPS))]
    light, dark = mix(base, (255, 255, 255), 0.3), mix(base, (90, 80, 70), 0.12)
    frame = Frame(vignette(gradient(width, height, light, dark), 70))
    _PRODUCTS.get(kind, _cloth_stack)(frame, key, seed, palette(key, seed))
    return frame.image
