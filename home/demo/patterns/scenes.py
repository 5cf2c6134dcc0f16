"""The artisan portrait and the scenes (exhibition, training, gallery, hero banner)."""

from __future__ import annotations

import math
import random

from PIL import Image

from ._canvas import (
    CREAM,
    DOWN_SHADE,
    EDGE_SHADE,
    ROUND_SHADE,
    Frame,
    flat,
    fold_shading,
    gradient,
    linspace,
    mix,
    vignette,
)
from ._tiles import TILE_DRAWERS
from .motifs import MOTIF_KEYS, batik_cloth, cloth_source

_WOOD = (86, 54, 30)
_SKIN = ((141, 94, 62), (168, 118, 80), (120, 80, 54))
_CLOTHES = ((92, 58, 110), (40, 60, 90), (150, 40, 50))
_PERSON_COLOURS = _SKIN + _CLOTHES  # the visitors' and students' heads are any of these


def _person(frame, x, y, height, body, head, seated=False):
    """A stylised faceless person, feet (or seat) at (x, y), height times the short side tall."""
    (x, y), h = frame.point(x, y), height * frame.short_side  # in pixels
    if not seated:
        legs = mix(body if isinstance(body, tuple) else (60, 50, 45), (0, 0, 0), 0.45)
        leg_box = (x - 0.09 * h, y - 0.45 * h, x + 0.09 * h, y)
        frame.put(legs, [("r", leg_box, 0.05 * h)], ROUND_SHADE)
    torso = ("r", (x - h / 7, y - 0.8 * h, x + h / 7, y - 0.36 * h), h / 10)
    frame.put(body, [torso], ROUND_SHADE)
    frame.put(head, [("e", (x - 0.08 * h, y - 0.99 * h, x + 0.08 * h, y - 0.8 * h))], ROUND_SHADE)


def draw_portrait(seed: int = 0, width: int = 900, height: int = 1200) -> Image.Image:
    """An artisan waxing a cloth hung on a frame with a canting, by the wax pot, in warm light."""
    frame = Frame(gradient(width, height, (96, 60, 38), (168, 112, 70)), False)
    tiled = list(TILE_DRAWERS)
    key, skin, body = tiled[seed % len(tiled)], _SKIN[seed % 3], _CLOTHES[seed % 3]
    frame.put((118, 78, 48), frame.rect(0, 0.8, 1, 1), fold_shading(0.5, 170, 255, True))
    frame.put((255, 214, 150), frame.poly("0,0 0.4,0 0.95,0.8 0.3,0.8"), alpha=45)  # window light
    for x in (0.1, 0.6):
        frame.put(_WOOD, frame.rect(x, 0.29, x + 0.03, 0.86, 0.005), ROUND_SHADE)
    # the cloth on the gawangan frame: waxed and dyed above, only pencil-sketched below
    pat = batik_cloth(key, width, height, seed, frame.short_side / 5)
    sketch = Image.blend(pat, flat(CREAM, width, height), 0.8)
    done = Image.linear_gradient("L").resize(pat.size).point(lambda v: (155 - v) * 20)
    hem = [(0.6 - i * 0.024, 0.72 + 0.01 * math.sin(i)) for i in range(21)]
    cloth = frame.poly([(0.12, 0.3), (0.6, 0.3), *hem])
    frame.put(Image.composite(pat, sketch, done), cloth, fold_shading(3, 195, 255))
    frame.put(_WOOD, frame.rect(0.07, 0.285, 0.66, 0.315, 0.006), fold_shading(0.5, 255, 150, True))
    # the anglo stove with a wajan of molten wax
    frame.shadow(frame.ellipse(0.3, 0.72, 0.62, 0.98), 0, 0, 0.1, 150, (255, 150, 60))
    frame.put((150, 76, 44), frame.poly("0.36,0.8 0.54,0.8 0.52,0.93 0.38,0.93"), ROUND_SHADE)
    embers = frame.ellipse(0.41, 0.86, 0.49, 0.91)
    frame.put((255, 160, 50), embers, fold_shading(0.5, 255, 170, True))
    wajan = frame.ellipse(0.34, 0.74, 0.56, 0.84) + frame.rect(0, 0, 1, 0.785, cut=True)
    frame.put((48, 38, 32), wajan, ROUND_SHADE)
    frame.put((214, 150, 60), frame.ellipse(0.345, 0.775, 0.555, 0.795), fold_shading(1, 190, 255))
    for i in range(3):
        wisp = [(0.4 + i / 20 + 0.015 * math.sin(t * 0.7 + i), 0.77 - t / 80) for t in range(12)]
        frame.put((255, 240, 220), frame.line(wisp, 0.006), alpha=60)
    # the artisan on a low stool, a batik kain on the lap, reaching out with the canting
    stool = frame.rect(0.66, 0.83, 0.88, 0.86) + frame.rect(0.68, 0.83, 0.7, 0.93)
    frame.put(_WOOD, stool + frame.rect(0.84, 0.83, 0.86, 0.93), DOWN_SHADE)
    lap = frame.poly("0.64,0.66 0.87,0.66 0.9,0.84 0.56,0.86 0.55,0.78")
    kain = cloth_source(tiled[(seed + 3) % len(tiled)], seed, frame.short_side / 7)
    frame.put(kain, lap, fold_shading(2, 170, 255))
    frame.put(body, frame.poly("0.68,0.46 0.82,0.46 0.87,0.7 0.64,0.7"), ROUND_SHADE)
    frame.put(skin, frame.ellipse(0.685, 0.36, 0.755, 0.445), ROUND_SHADE)
    scarf = ((200, 150, 90), (60, 100, 90), (180, 60, 60), (40, 60, 90))[seed % 4]
    scarf_shape = frame.ellipse(0.7, 0.33, 0.83, 0.45)
    scarf_shape += frame.poly("0.7,0.42 0.83,0.42 0.87,0.53 0.66,0.53")
    frame.put(scarf, scarf_shape, ROUND_SHADE)
    frame.put(body, frame.line("0.72,0.5 0.64,0.61 0.57,0.585", 0.05), ROUND_SHADE)
    frame.put(skin, frame.ellipse(0.545, 0.565, 0.58, 0.6))
    frame.put((205, 172, 110), frame.line("0.565,0.58 0.49,0.552", 0.01))
    canting = frame.ellipse(0.475, 0.537, 0.5, 0.562) + frame.line("0.48,0.555 0.467,0.572", 0.004)
    frame.put((180, 108, 56), canting)
    frame.put(body, frame.line("0.81,0.5 0.8,0.64 0.72,0.68", 0.05), ROUND_SHADE)
    return vignette(frame.image, 110, (1, 0.93, 0.85))


def _exhibition(frame, cloths, keys, rng):
    """Three exhibition stands hung with cloths, with visitors in front."""
    frame.put((196, 176, 146), frame.rect(0, 0.66, 1, 1), fold_shading(0.5, 205, 255, True))
    frame.put(cloths[keys[-1]], frame.rect(0, 0.03, 1, 0.1))
    for stand, x0 in enumerate((0.03, 0.355, 0.68)):  # three stands
        x1 = x0 + 0.3
        frame.put((246, 241, 232), frame.rect(x0, 0.16, x1, 0.66), fold_shading(1, 215, 255))
        posts = frame.rect(x0 - 0.006, 0.14, x0, 0.7) + frame.rect(x1, 0.14, x1 + 0.006, 0.7)
        frame.put((70, 58, 48), posts)
        frame.put(cloths[keys[stand]], frame.rect(x0 - 0.006, 0.14, x1 + 0.006, 0.2), DOWN_SHADE)
        frame.put((80, 70, 60), frame.line([(x0 + 0.01, 0.25), (x1 - 0.01, 0.25)], 0.006))
        for i in range(3):
            hang = frame.rect(x0 + 0.025 + i * 0.09, 0.25, x0 + 0.1 + i * 0.09, 0.56)
            frame.shadow(hang, 0.006, 0.008, 0.012, 90)
            hung = cloths[keys[(stand * 3 + i + 3) % len(keys)]]
            frame.put(hung, hang, fold_shading(2.5, 175, 255))
        table_cloth = frame.rect(x0 + 0.02, 0.62, x1 - 0.02, 0.77)
        frame.put(cloths[keys[(stand + 5) % len(keys)]], table_cloth, fold_shading(6, 185, 255))
        frame.put((120, 84, 52), frame.rect(x0 + 0.015, 0.6, x1 - 0.015, 0.625), DOWN_SHADE)
        for j, k in ((j, k) for j in range(2) for k in range(3)):  # folded cloths on the table
            y, xj = 0.58 - k * 0.018, x0 + 0.04 + j * 0.13
            folded = frame.rect(xj, y, xj + 0.1, y + 0.02, 0.006)
            frame.put(cloths[keys[(stand + j + k) % 12]], folded, EDGE_SHADE)
    for y in sorted(rng.uniform(0.88, 1.05) for _ in range(7)):  # visitors
        body = rng.choice([*_CLOTHES, cloths[rng.choice(keys)]])
        x, height = rng.uniform(0.04, 0.96), rng.uniform(0.42, 0.56) * y
        _person(frame, x, y, height, body, rng.choice(_PERSON_COLOURS))


def _training(frame, cloths, keys, rng):
    """A batik class: a trainer by the board and students waxing at two rows of tables."""
    frame.put((150, 104, 64), frame.rect(0, 0.62, 1, 1), fold_shading(0.5, 190, 255, True))
    frame.put((250, 246, 238), frame.rect(0.32, 0.08, 0.72, 0.34, 0.005), fold_shading(1, 230, 255))
    board_edges = frame.rect(0.32, 0.08, 0.72, 0.12) + frame.rect(0.32, 0.3, 0.72, 0.34)
    frame.put(cloths[keys[0]], board_edges)
    for i, x1 in enumerate((0.62, 0.56, 0.66)):
        frame.put((90, 80, 70), frame.line([(0.38, 0.17 + i * 0.04), (x1, 0.17 + i * 0.04)], 0.01))
    _person(frame, 0.17, 0.84, 0.62, cloths[keys[1]], _CLOTHES[1])  # the trainer
    for row, (y, scale, n) in enumerate(((0.56, 0.72, 5), (0.8, 1.0, 4))):
        x0, x1, depth = 0.3 - 0.04 * row, 0.97 + 0.01 * row, 0.04 * scale
        xs = [x0 + (i + 0.5) * (x1 - x0) / n for i in range(n)]
        for x in xs:
            body, head = rng.choice(_CLOTHES), rng.choice(_PERSON_COLOURS)
            _person(frame, x, y + 0.12 * scale, 0.48 * scale, body, head, True)
        table_top = [(x0, y), (x1, y), (x1 + 0.02, y + depth), (x0 - 0.02, y + depth)]
        frame.put((212, 176, 126), frame.poly(table_top))
        table_front = frame.rect(x0 - 0.02, y + depth, x1 + 0.02, y + 1.9 * depth)
        frame.put((112, 74, 44), table_front, DOWN_SHADE)
        for i, x in enumerate(xs):  # practice cloths and small wax pots on the tables
            cloth = frame.rect(x - 1.5 * depth, y + 0.004, x + 0.75 * depth, y + 0.85 * depth)
            practice = cloths[keys[(i + row * n) % len(keys)]]
            frame.put(practice, cloth, fold_shading(0.5, 235, 255, True))
            pot = frame.ellipse(x + 1.1 * depth, y + 0.008, x + 1.9 * depth, y + 0.75 * depth)
            frame.put((48, 38, 32), pot)
            wax = frame.ellipse(x + 1.25 * depth, y + 0.01, x + 1.75 * depth, y + 0.45 * depth)
            frame.put((225, 160, 60), wax)


def _gallery(frame, cloths, keys, rng):
    """A shop gallery: spotlit shelves of folded cloths and three hanging lengths."""
    for x in linspace(0, 1, 24):
        frame.put((70, 44, 26), frame.line([(x, 0), (x, 1)], 0.002), alpha=70)
    for x in (0.15, 0.4, 0.62, 0.86):  # spotlights
        frame.shadow(frame.ellipse(x - 0.12, -0.05, x + 0.12, 0.5), 0, 0, 0.08, 70, (255, 226, 170))
    for y in (0.32, 0.56, 0.8):  # shelves of folded cloths
        for j in range(6):
            for k in range(rng.randint(3, 5)):
                x, yk = 0.05 + j * 0.105, y - k * 0.036
                box = frame.rect(x, yk - 0.036, x + 0.09, yk, 0.01)
                frame.put(cloths[rng.choice(keys)], box, EDGE_SHADE)
        frame.put((64, 40, 24), frame.rect(0.03, y, 0.69, y + 0.025), DOWN_SHADE)
    frame.put((120, 90, 60), frame.rect(0, 0.9, 1, 1), DOWN_SHADE)
    frame.put((60, 44, 34), frame.line("0.72,0.1 0.98,0.1", 0.012))
    for i in range(3):
        hang = frame.rect(0.73 + i * 0.08, 0.1, 0.84 + i * 0.08, 0.86 - 0.04 * i)
        frame.shadow(hang, -0.01, 0.01, 0.02, 110)
        frame.put(cloths[keys[(i + 4) % len(keys)]], hang, fold_shading(2.5, 170, 255))


def _hero_banner(frame, cloths, keys, rng):
    """Long cloths with edge bands hung side by side, overlapping."""
    for i in range(7):  # long cloths hung side by side, overlapping, with wavy edges
        x0, x1, ys = -0.02 + i * 0.15, 0.17 + i * 0.15, linspace(-0.05, 1.05, 20)
        left = [(x0 + 0.012 * math.sin(y * 12.7 + i), y) for y in ys]
        panel = frame.poly(left + [(x1 + 0.012 * math.sin(y * 12.7 + i + 1), y) for y in ys[::-1]])
        frame.shadow(panel, -0.02, 0.01, 0.04, 170)
        cloth = cloth_source(keys[i % len(keys)], i + 1, frame.short_side / 6, "sides")
        frame.put(cloth, panel, fold_shading(2, 170, 255, phase=i))


_SCENES = {
    "exhibition": (_exhibition, (236, 228, 214), (206, 196, 180)),
    "training": (_training, (242, 234, 220), (222, 210, 192)),
    "gallery": (_gallery, (146, 100, 62), (104, 68, 42)),
    "hero": (_hero_banner, (60, 38, 24), (40, 26, 18)),
}


def draw_scene(kind: str, seed: int = 0, width: int = 1600, height: int = 900) -> Image.Image:
    """An "exhibition", "training", "gallery" or "hero" (a wide banner of layered cloths)."""
    scene, top, bottom = _SCENES.get(kind, _SCENES["hero"])
    rng, keys = random.Random(f"scene:{kind}:{seed}"), list(MOTIF_KEYS)  # nosec B311  # demo data
    frame = Frame(gradient(width, height, top, bottom), False)
    rng.shuffle(keys)
    size = (width, height) if scene is not _hero_banner else (0, 0)
    tile = frame.short_side / 9
    cloths = {k: batik_cloth(k, *size, seed + i, tile) for i, k in enumerate(keys) if size[0]}
    scene(frame, cloths, keys, rng)
    return vignette(frame.image, 60)
