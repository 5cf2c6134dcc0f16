"""Deterministic, Pillow-only batik pictures for the demo content.

Motifs are small supersampled tiles (drawn nine times, offset, so shapes wrap seamlessly) that are
tiled over the cloth; eco-print and jumput are drawn full-frame. Product photos, the portrait and
the scenes paste these patterns through antialiased shape masks with simple shading profiles.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import namedtuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter

RES, PI = Image.Resampling, math.pi
_Pal = namedtuple("_Pal", "gr c1 c2 lt dk")  # ground, main, accent, light, dark
_PAL = {
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
MOTIF_KEYS: tuple[str, ...] = tuple(_PAL)
# Ground dots (isen-isen cecek): dots per tile side, radius as a fraction of the tile, colour.
_ISEN = {
    "gastra-rinonce": (10, 0.006, "lt"),
    "jagung-miji-emas": (8, 0.008, "c1"),
    "mliwis-mukti": (12, 0.005, "c2"),
    "pari-sumilak": (10, 0.006, "c1"),
    "rancak-thengul": (8, 0.007, "c1"),
    "sata-gondo-wangi": (12, 0.005, "c2"),
    "sekar-jati": (10, 0.006, "lt"),
    "kawung": (8, 0.008, "dk"),
}
_GOLD, _CREAM, _WOOD = (201, 162, 39), (244, 237, 225), (86, 54, 30)
_SKIN = ((141, 94, 62), (168, 118, 80), (120, 80, 54), (92, 58, 110), (40, 60, 90), (150, 40, 50))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _pts(spec):
    """'x,y x,y ...' (or a list of points) -> [(x, y), ...]."""
    if isinstance(spec, list):
        return spec
    return [tuple(map(float, p.split(","))) for p in spec.split()]


def _tf(pts, cx, cy, sc, ang=0.0, fx=1):
    """Scale, mirror (fx=-1) and rotate unit points, then move them to (cx, cy)."""
    ca, sa = math.cos(ang), math.sin(ang)
    pts = [(fx * x, y) for x, y in _pts(pts)]
    return [(cx + sc * (x * ca - y * sa), cy + sc * (x * sa + y * ca)) for x, y in pts]


def _at(x, y, a, dist):
    return x + math.cos(a) * dist, y + math.sin(a) * dist


def _leafpts(w=0.4, e=1.0, k=0.0, n=16):
    """Leaf/oval outline from x=-1 (base) to x=1 (tip); e<1 rounds the ends, k moves the belly."""
    xs = [-math.cos(PI * i / n) for i in range(n + 1)]  # denser towards the ends
    top = [(x, -w * (1 - x * x) ** e * (1 + k * x)) for x in xs]
    return top + [(x, -y) for x, y in reversed(top[1:-1])]


def _lin(a, b, n):
    return [a + (b - a) * i / n for i in range(n + 1)]


def _bez(p0, p1, p2, n=24):
    """Points along a quadratic Bezier curve."""
    return [(_mix1(p0, p1, p2, t, 0), _mix1(p0, p1, p2, t, 1)) for t in _lin(0, 1, n)]


def _mix1(p0, p1, p2, t, i):
    return (1 - t) ** 2 * p0[i] + 2 * (1 - t) * t * p1[i] + t * t * p2[i]


def _flamepts(n=16):
    side = [(0.34 * math.sin(PI * t**0.6), 0.12 * math.sin(7.5 * t) * t, -t) for t in _lin(0, 1, n)]
    return [(x - hw, y) for hw, x, y in side] + [(x + hw, y) for hw, x, y in reversed(side)]


_FLAME, _OVAL, _GRAIN = _flamepts(), _leafpts(0.5, 0.5), _leafpts(0.42, 0.7)


def _dot(d, x, y, r, fill):
    d.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def _fire(d, x, y, ht, cols, ang=0.0):
    for f, col in zip((1, 0.64, 0.32), cols, strict=True):
        d.polygon(_tf(_FLAME, x, y, ht * f, ang), fill=col)


def _leaf(d, cx, cy, ln, ang, fill, line, shape=(0.38, 1.0, 0.0), veins=5, lw=2):
    w, e, k = shape
    d.polygon(_tf(_leafpts(w, e, k), cx, cy, ln, ang), fill=fill, outline=line, width=lw)
    d.line(_tf([(-1.1, 0), (0.9, 0)], cx, cy, ln, ang), fill=line, width=lw)
    for x in (-1 + 2 * i / (veins + 1) for i in range(1, veins + 1)):
        y = w * (1 - (x + 0.2) ** 2) ** e * (1 + k * x) * 0.75
        for sg in (-1, 1):
            d.line(_tf([(x, 0), (x + 0.22, sg * y)], cx, cy, ln, ang), fill=line, width=lw // 2 + 1)


def _flower(d, x, y, rad, petal, centre, n=5, rot=0.0, line=None):
    for a in (rot + i * 2 * PI / n for i in range(n)):
        d.polygon(_tf(_GRAIN, *_at(x, y, a, rad * 0.55), rad * 0.5, a), fill=petal, outline=line)
    _dot(d, x, y, rad * 0.22, centre)


def _tendril(d, x, y, sc, a0, col, lw, sg=1, leaf=None):
    ang = [a0 + sg * 4.4 * i / 36 for i in range(37)]
    pts = [_at(x, y, a, sc * (1 - 0.8 * i / 36)) for i, a in enumerate(ang)]
    d.line(pts, fill=col, width=lw, joint="curve")
    for i in (3, 13):
        a = ang[i] - sg * 0.6
        d.polygon(_tf(_GRAIN, *_at(*pts[i], a, sc * 0.2), sc * 0.2, a), fill=leaf or col)


# --- motif tiles: each draws on an s*s tile; shapes may overflow because the tile wraps ------


def _t_kawung(d, s, c):
    h, lw = s / 2, max(2, s // 150)
    for cx, cy in ((0, 0), (h, 0), (0, h), (h, h)):
        for a in (PI / 4 + q * PI / 2 for q in range(4)):
            px, py = _at(cx, cy, a, h * 0.37)
            d.polygon(_tf(_OVAL, px, py, h * 0.33, a), fill=c.c1, outline=c.dk, width=lw)
            d.polygon(_tf(_leafpts(0.3, 0.5), px, py, h * 0.2, a), fill=c.c2)
            for t in (-0.07, 0.07):
                _dot(d, *_at(px, py, a, h * t), h * 0.025, c.dk)
        _dot(d, cx, cy, h * 0.07, c.dk)
        _dot(d, cx, cy, h * 0.03, c.c1)
        for ox, oy in ((h / 2, 0), (0, h / 2)):
            _flower(d, cx + ox, cy + oy, h * 0.1, c.c2, c.c1, 4, PI / 4)


def _t_gastra(d, s, c):
    lw, flame = max(2, s // 150), (c.c2, _mix(c.c1, c.c2, 0.4), c.c1)
    for cx, cy in ((0.5 * s, 0.6 * s), (0, 0.1 * s)):
        top, base, wb, wt = cy - 0.27 * s, cy + 0.2 * s, 0.12 * s, 0.022 * s
        lv = [(base + (top - base) * i / 5, wb + (wt - wb) * i / 5) for i in range(6)]
        for (y0, w0), (y1, w1) in itertools.pairwise(lv):
            for seg in ((-w0, y0, w1, y1), (w0, y0, -w1, y1), (-w1, y1, w1, y1)):
                d.line([(cx + seg[0], seg[1]), (cx + seg[2], seg[3])], fill=c.c1, width=lw)
        for sg in (-1, 1):
            d.line([(cx + sg * wb, base), (cx + sg * wt, top)], fill=c.c1, width=2 * lw)
        d.rounded_rectangle([cx - wb * 1.6, base, cx + wb * 1.6, base + s / 33], lw * 2, c.lt)
        d.rectangle([cx - wt * 2.2, top - 0.02 * s, cx + wt * 2.2, top], fill=c.lt)
        _fire(d, cx, top - 0.02 * s, 0.13 * s, flame)
        fx, fy = cx + 0.5 * s, cy + 0.12 * s  # a gas flare in the free space
        for a in (i * PI / 7 for i in range(14)):
            _dot(d, *_at(fx, fy - 0.08 * s, a, 0.17 * s), 0.01 * s, c.c1)
        d.chord([fx - 0.09 * s, fy - 0.03 * s, fx + 0.09 * s, fy + 0.05 * s], 180, 360, fill=c.lt)
        for ox, ht in ((-0.05, 0.13), (0.05, 0.11), (0, 0.2)):
            _fire(d, fx + ox * s, fy, ht * s, flame, ox * 3)


def _t_jagung(d, s, c):
    lw, ln = max(2, s // 160), 0.27 * s
    for cx, cy, a in ((0.3 * s, 0.5 * s, -1.1), (0.8 * s, 0.0, -2.05)):
        bx, by = _at(cx, cy, a, -ln * 0.95)
        for la in (a - 0.75, a + 0.7, a - 0.35):  # husk leaves
            _leaf(d, *_at(bx, by, la, ln * 0.62), ln * 0.66, la, c.c2, c.lt, (0.2, 1, -0.2), 4, lw)
        d.polygon(_tf(_leafpts(0.36, 0.6, -0.15), cx, cy, ln, a), fill=c.dk)
        for u in range(-9, 10):  # golden kernels (miji emas)
            hw = 0.36 * (1 - (u / 10) ** 2) ** 0.6 * (1 - 0.015 * u)
            for y in (v * 0.085 + (0.042 if u % 2 else 0) for v in range(-4, 5)):
                if abs(y) < hw - 0.05:
                    px, py = _tf([(u / 10, y)], cx, cy, ln, a)[0]
                    _dot(d, px, py, ln * 0.043, c.c1)
                    _dot(d, px - ln * 0.012, py - ln * 0.012, ln * 0.012, c.lt)
        tx, ty = _at(cx, cy, a, ln)
        for da in (-0.4, -0.15, 0.1, 0.35):
            d.line([(tx, ty), _at(tx, ty, a + da, ln * 0.3)], fill=c.lt, width=lw)
        for i in range(6):
            ox, oy = (0.5, 0) if i < 3 else (0, 0.5)
            _dot(d, cx + ox * s + (i % 3 - 1) * 0.03 * s, cy + oy * s, 0.014 * s, c.c1)


def _t_mliwis(d, s, c):
    lw = max(2, s // 180)
    for cx, cy, fx in ((0.3 * s, 0.3 * s, 1), (0.8 * s, 0.8 * s, -1)):

        def T(spec, cx=cx, cy=cy, fx=fx):
            return _tf(spec, cx, cy, 0.3 * s, 0, fx)

        water = [(-0.7 + i / 10, 0.36 + 0.04 * math.sin(i * 1.6)) for i in range(15)]
        d.line(T(water), fill=c.c2, width=lw)
        d.polygon(T("-0.45,-0.1 -0.9,-0.38 -0.78,0.0 -0.5,0.16"), fill=c.c1, outline=c.dk)
        d.polygon(T([(x * 0.58, y * 0.58 + 0.05) for x, y in _OVAL]), fill=c.c1, outline=c.dk)
        d.polygon(T("0.28,-0.1 0.38,-0.42 0.5,-0.64 0.72,-0.6 0.58,-0.4 0.52,-0.02"), fill=c.c1)
        d.polygon(T([(0.62 + x * 0.17, -0.62 + y * 0.28) for x, y in _OVAL]), fill=c.c1)
        d.polygon(T("0.74,-0.69 1.02,-0.6 0.76,-0.55"), fill=c.c2)
        _dot(d, *T("0.66,-0.65")[0], 0.018 * s, c.dk)
        wing = [(x * 0.4 - 0.12, y * 0.4 - 0.02) for x, y in _leafpts(0.42, 0.8, 0.3)]
        d.polygon(T(wing), fill=_mix(c.c1, c.c2, 0.35), outline=c.dk)
        for i in range(3):
            d.line(T([(-0.35 + i * 0.15, -0.06), (-0.05 + i * 0.12, 0.06)]), fill=c.dk, width=lw)
        _tendril(d, cx + 0.48 * s * fx, cy - 0.02 * s, 0.12 * s, 0.5, c.c2, lw, fx, c.lt)
        _flower(d, cx - 0.05 * s * fx, cy + 0.45 * s, 0.05 * s, c.c2, c.c1)


def _t_parang(d, s, c, unit):
    """Diagonal parang bands: separators with mlinjon lozenges, motif units between them."""

    def P(t, cc):  # t runs along a band, cc = x - y picks the band
        return ((t + cc) / 2, (t - cc) / 2)

    for c0 in (s / 4, 3 * s / 4):
        for e, col in ((0.095 * s, c.dk), (0.065 * s, c.lt), (0.05 * s, c.dk)):
            d.polygon([P(-s, c0 - e), P(3 * s, c0 - e), P(3 * s, c0 + e), P(-s, c0 + e)], col)
        for t in (i * s / 8 for i in range(-1, 17)):
            e = 0.035 * s
            d.polygon([P(t - e, c0), P(t, c0 - e), P(t + e, c0), P(t, c0 + e)], fill=c.c1)
            _dot(d, *P(t + s / 16, c0), 0.008 * s, c.lt)
    for j in range(2):
        for i in range(-1, 9):
            unit(d, *P(i * s / 4, j * s / 2), s * 0.1, i, c, max(2, s // 160))


def _u_flame(d, x, y, u, i, c, lw):
    a = PI / 4 + (PI if i % 2 else 0)
    for ox, ht, da in ((-0.42, 1.2, -0.35), (0.42, 1.2, 0.35), (0, 1.9, 0)):
        _fire(d, *_tf([(ox, 1.0)], x, y, u, a)[0], ht * u, (c.c1, c.c2, c.lt), a + da)
    for px, py in _tf("-0.75,0.6 -0.6,0.3 0.75,0.6 0.6,0.3", x, y, u, a):
        _dot(d, px, py, 0.08 * u, c.lt)


def _u_lembu(d, x, y, u, i, c, lw):
    a, sg = PI / 4, (1 if i % 4 < 2 else -1) * (1 if i % 2 else -1)
    vine = [(v / 10, sg * 0.5 * math.sin(PI * v / 9)) for v in range(-9, 10)]  # sekar rinambat
    d.line(_tf(vine, x, y, u, a), fill=c.c1, width=lw)
    if i % 2:
        return _flower(d, x, y, 0.5 * u, c.c2, c.c1, 5, 0.3, c.dk)

    def T(spec):
        return _tf(spec, x, y, u * 1.25, a)

    horns = [(0.66 * math.cos(t), -0.62 + 0.62 * math.sin(t)) for t in _lin(0.25, 2.89, 10)]
    horns += [(0.5 * math.cos(t), -0.82 + 0.6 * math.sin(t)) for t in _lin(2.9, 0.24, 10)]
    d.polygon(T(horns), fill=c.dk)
    for e in (-1, 1):
        d.polygon(T([(e * (0.3 + x2 * 0.17), y2 * 0.17 - 0.2) for x2, y2 in _GRAIN]), c.c1, c.dk)
    head = "-0.21,-0.32 0.21,-0.32 0.16,0.28 0.11,0.48 -0.11,0.48 -0.16,0.28"
    d.polygon(T(head), fill=c.c1, outline=c.dk, width=lw)
    d.polygon(T([(x2 * 0.14, 0.36 + y2 * 0.2) for x2, y2 in _OVAL]), fill=c.lt)
    for px, py in T("-0.09,-0.09 0.09,-0.09 -0.05,0.38 0.05,0.38"):
        _dot(d, px, py, 0.05 * u, c.dk)
    d.polygon(T("0,-0.3 0.07,-0.2 0,-0.1 -0.07,-0.2"), fill=c.c2)


def _t_pari(d, s, c):
    lw = max(2, s // 170)
    for bx, by in ((0.1 * s, 0.98 * s), (0.6 * s, 0.48 * s)):
        for a, ln in ((-2.1, 0.17 * s), (-1.35, 0.22 * s), (-0.7, 0.14 * s)):
            leaf = _tf(_leafpts(0.1, 1.0, -0.5), *_at(bx, by, a, ln), ln, a)
            d.polygon(leaf, fill=c.lt, outline=c.dk, width=lw)
        cv = _bez((bx, by), (bx + 0.06 * s, by - 0.8 * s), (bx + 0.42 * s, by - 0.5 * s), 32)
        d.line(cv, fill=c.c1, width=2 * lw, joint="curve")
        for i in range(13, 33):  # ripening grains hang from the bending panicle
            (x0, y0), (x1, y1) = cv[i - 1], cv[i]
            tang, sz = math.atan2(y1 - y0, x1 - x0), 0.028 * s * (1.1 - (i - 13) / 40)
            for ga in (tang - 0.7, tang + 0.7) if i % 2 else (tang + 0.7,):
                d.polygon(_tf(_GRAIN, *_at(x1, y1, ga, sz * 1.2), sz, ga), fill=c.c2, outline=c.dk)
        _flower(d, bx + 0.38 * s, by - 0.12 * s, 0.05 * s, c.c2, c.c1, 6)


def _t_thengul(d, s, c):
    lw = max(2, s // 160)
    d.rectangle([0, 0.86 * s, s, 0.97 * s], fill=c.dk)  # the rancak (puppet rack)
    d.rectangle([0, 0.87 * s, s, 0.88 * s], fill=c.c1)
    for i in range(8):
        _dot(d, (i + 0.5) * s / 8, 0.925 * s, 0.012 * s, c.c1)
    for n, cx in enumerate((0.25 * s, 0.75 * s)):
        k1, k2 = (c.c1, c.c2) if n == 0 else (c.c2, c.c1)

        def T(spec, cx=cx):
            return _tf(spec, cx, 0.9 * s, 0.78 * s)

        d.line(T("0,0 0,-0.3"), fill=c.lt, width=2 * lw)
        for e in (-1, 1):
            arm = T(f"{e * 0.15},-0.7 {e * 0.27},-0.56 {e * 0.23},-0.43")
            d.line(arm, fill=c.lt, width=3 * lw, joint="curve")
            d.line([arm[-1], T(f"{e * 0.3},-0.04")[0]], fill=c.c1, width=lw)
            _dot(d, *arm[-1], 0.02 * s, c.lt)
        d.polygon(T("-0.17,-0.28 0.17,-0.28 0.12,-0.53 -0.12,-0.53"), k2, c.dk, lw)
        for j in range(5):
            d.line(T(f"{-0.11 + j * 0.05},-0.3 {-0.06 + j * 0.05},-0.5"), fill=c.lt, width=lw)
        d.polygon(T("-0.12,-0.53 0.12,-0.53 0.17,-0.72 -0.17,-0.72"), k1, c.dk, lw)
        d.line(T("-0.14,-0.56 0.14,-0.56"), fill=c.dk, width=2 * lw)
        for px, py in T("-0.07,-0.69 0,-0.66 0.07,-0.69"):
            _dot(d, px, py, 0.012 * s, c.lt)
        d.polygon(T([(x * 0.1, -0.8 + y * 0.18) for x, y in _OVAL]), fill=c.lt, outline=c.dk)
        for px, py in T("-0.035,-0.81 0.035,-0.81"):
            _dot(d, px, py, 0.008 * s, c.dk)
        d.line(T("-0.02,-0.77 0.02,-0.77"), fill=c.c2 if n else c.gr, width=lw)
        crown = "-0.11,-0.85 0.11,-0.85 0.13,-0.95 0.06,-0.92 0,-1.02 -0.06,-0.92 -0.13,-0.95"
        d.polygon(T(crown), c.c1, c.dk, lw)
        _dot(d, *T("0,-0.9")[0], 0.012 * s, c.gr)


def _t_sata(d, s, c):
    lw = max(2, s // 170)
    d.line([(-0.1 * s, 1.1 * s), (1.1 * s, -0.1 * s)], fill=c.dk, width=3 * lw)
    for t, a, col in ((0.3, 0.12, c.c1), (0.8, -1.65, c.c2), (0.55, -0.2, c.c2)):
        ln = (0.23 if col == c.c1 else 0.2) * s
        cx, cy = _at(t * s, (1 - t) * s, a, ln)
        _leaf(d, cx, cy, ln, a, col, c.lt, (0.42, 0.8, -0.1), 7, lw)
    for x, y, rad in ((0.3, 0.28, 0.055), (0.17, 0.4, 0.045), (0.42, 0.2, 0.04)):
        d.line(_bez((0.47 * s, 0.53 * s), (x * s, 0.5 * s), (x * s, y * s)), fill=c.dk, width=lw)
        _flower(d, x * s, y * s, rad * s, c.lt, c.c2, 5, 0.3, c.dk)


def _t_jati(d, s, c):
    lw, cx, cy, u = max(2, s // 170), 0.5 * s, 0.54 * s, 0.52 * s
    for dx in (-0.42, -0.22, 0, 0.22, 0.42):  # roots
        root = _bez((cx, cy + u / 5), (cx + dx * 0.4 * u, cy + 0.4 * u), (cx + dx * u, cy + u / 2))
        d.line(root, fill=c.c2, width=2 * lw, joint="curve")
    d.polygon(_tf("-0.07,0.32 0.07,0.32 0.035,-0.2 -0.035,-0.2", cx, cy, u), fill=c.c2)
    for q, a in enumerate((-2.75, -2.2, -1.57, -0.94, -0.39)):
        by = cy - 0.16 * u
        d.line([(cx, by), _at(cx, by, a, 0.12 * u)], fill=c.c2, width=lw)
        col = c.c1 if q % 2 else _mix(c.c1, c.c2, 0.4)
        _leaf(d, *_at(cx, by, a, 0.35 * u), 0.25 * u, a, col, c.lt, (0.6, 0.7, -0.2), 5, lw)
    for a in (0.6, 2.4, 3.9, 5.6):
        _leaf(d, *_at(0, 0, a, 0.13 * s), 0.09 * s, a, c.c2, c.lt, (0.55, 0.7, -0.2), 3, lw)
    _flower(d, 0, 0, 0.05 * s, c.dk, c.lt, 6)


def _noise(r, w, h, cells=(12, 9)):
    return Image.frombytes("L", cells, r.randbytes(cells[0] * cells[1])).resize((w, h), RES.BICUBIC)


def _eco(w, h, c, r):
    """Leaves and fern fronds pressed into cream cloth: translucent, soft, with veins."""
    w2, h2, m = max(8, w // 2), max(8, h // 2), max(8, min(w, h) // 2)
    stain = _noise(r, w2, h2).point(lambda v: max(0, v - 90))
    img = Image.composite(_flat(_mix(c.gr, c.c1, 0.18), w2, h2), _flat(c.gr, w2, h2), stain)
    d = ImageDraw.Draw(img, "RGBA")
    for _ in range(int(w2 * h2 / 9000) + 8):
        x, y, a = r.uniform(0, w2), r.uniform(0, h2), r.uniform(0, 6.3)
        ln = m * r.uniform(0.05, 0.14)
        col, al = r.choice((c.c1, c.c2, c.lt, _mix(c.c1, c.dk, 0.3))), r.randint(110, 190)
        if r.random() < 0.25:  # a fern frond
            d.line([(x, y), _at(x, y, a, 2 * ln)], fill=(*col, al), width=max(1, m // 250))
            for i in range(1, 9):
                px, py = _at(x, y, a, 2 * ln * i / 9)
                for la in (a - 1, a + 1):
                    leaflet = _tf(_GRAIN, *_at(px, py, la, ln * 0.2), ln * 0.2 * (1.2 - i / 9), la)
                    d.polygon(leaflet, fill=(*col, al))
            continue
        lw = r.uniform(0.25, 0.55)
        edge, vein = (*_mix(col, c.dk, 0.5), 200), (*_mix(col, c.gr, 0.45), 210)
        d.polygon(_tf(_leafpts(lw, r.choice((0.6, 0.8, 1)), -0.15), x, y, ln, a), (*col, al), edge)
        d.line(_tf([(-1.2, 0), (0.9, 0)], x, y, ln, a), fill=vein, width=max(1, m // 300))
        for v in (-1 + i / 3 for i in range(1, 6)):
            for sg in (-1, 1):
                d.line(_tf([(v, 0), (v + 0.3, sg * lw * 0.7 * (1 - v * v))], x, y, ln, a), vein)
    return img.resize((w, h), RES.BICUBIC)


def _jumput(w, h, c, r):
    """Tie-dye: pale dotted rings with radial creases on uneven indigo."""
    w2, h2 = max(8, w // 2), max(8, h // 2)
    img = Image.composite(_flat(c.gr, w2, h2), _flat(c.dk, w2, h2), _noise(r, w2, h2, (16, 9)))
    d, step = ImageDraw.Draw(img, "RGBA"), max(12, min(w2, h2) / 2.6)
    for j in range(-1, int(h2 / step) + 2):
        for i in range(-1, int(w2 / step) + 2):
            cx = (i + 0.5 * (j % 2) + r.uniform(-0.08, 0.08)) * step
            cy, rad = (j * 0.9 + r.uniform(-0.08, 0.08)) * step, step * r.uniform(0.3, 0.4)
            for a in (q * PI / 9 + r.uniform(-0.1, 0.1) for q in range(18)):
                d.line([(cx, cy), _at(cx, cy, a, rad * 1.15)], (*c.c2, 70), max(1, int(rad / 30)))
            for k in range(5, 0, -1):
                rk, n = rad * k / 5 * r.uniform(0.95, 1.05), 10 + 8 * k
                col = c.c1 if k % 2 else c.c2
                for q in range(n):
                    px, py = _at(cx, cy, q * 2 * PI / n + k, rk)
                    _dot(d, px, py, rad * r.uniform(0.03, 0.06), (*col, 240 - k * 25))
            _dot(d, cx, cy, rad * 0.13, (*c.c1, 250))
    return img.filter(ImageFilter.GaussianBlur(0.8)).resize((w, h), RES.BICUBIC)


_TILES = {
    "gastra-rinonce": _t_gastra,
    "jagung-miji-emas": _t_jagung,
    "mliwis-mukti": _t_mliwis,
    "parang-dahana-munggal": lambda d, s, c: _t_parang(d, s, c, _u_flame),
    "parang-lembu-sekar-rinambat": lambda d, s, c: _t_parang(d, s, c, _u_lembu),
    "pari-sumilak": _t_pari,
    "rancak-thengul": _t_thengul,
    "sata-gondo-wangi": _t_sata,
    "sekar-jati": _t_jati,
    "kawung": _t_kawung,
}


class _Shift:
    """ImageDraw proxy that offsets every coordinate, to draw the wrapped copies of a tile."""

    def __init__(self, d, dx, dy):
        self.d, self.dx, self.dy = d, dx, dy

    def __getattr__(self, name):
        def call(xy, *args, **kwargs):
            if isinstance(xy[0], int | float):
                xy = [v + (self.dy if i % 2 else self.dx) for i, v in enumerate(xy)]
            else:
                xy = [(x + self.dx, y + self.dy) for x, y in xy]
            return getattr(self.d, name)(xy, *args, **kwargs)

        return call


def _flat(col, w, h):
    return Image.new("RGB", (w, h), col)


def _palette(key, seed):
    cols = [tuple(int(v[i : i + 2], 16) for i in (0, 2, 4)) for v in _PAL[key].split()]
    f = [random.Random(seed * 7919 + 17).uniform(0.92, 1.08) for _ in range(3)] if seed else [1] * 3
    return _Pal(
        *(tuple(min(255, round(v * k)) for v, k in zip(col, f, strict=True)) for col in cols)
    )


def _tile(key, t, c):
    s = 2 * t  # drawn at twice the size, then downsampled for antialiasing
    im = Image.new("RGB", (s, s), c.gr)
    d = ImageDraw.Draw(im)
    n, rad, col = _ISEN.get(key, (0, 0, "gr"))
    for i in range(n * n):
        _dot(d, (i % n + 0.5) * s / n, (i // n + 0.5) * s / n, rad * s, getattr(c, col))
    for dx in (-s, 0, s):
        for dy in (-s, 0, s):
            _TILES[key](_Shift(d, dx, dy), s, c)
    return im.resize((t, t), RES.LANCZOS)


def _border(w, bh, c):
    """A pinggiran edge band with tumpal triangles pointing into the field (its bottom side)."""
    W, H = 2 * w, 2 * bh
    im = Image.new("RGB", (W, H), c.dk)
    d, n = ImageDraw.Draw(im), max(3, round(W / (H * 0.8)))
    d.rectangle([0, H * 0.07, W, H * 0.13], fill=c.lt)
    d.rectangle([0, H * 0.86, W, H * 0.92], fill=c.lt)
    for x0, st in ((i * W / n, W / n) for i in range(n)):
        d.polygon([(x0, H * 0.2), (x0 + st, H * 0.2), (x0 + st / 2, H * 0.84)], c.c1, c.lt)
        d.polygon([(x0 + st * 0.3, H / 4), (x0 + st * 0.7, H / 4), (x0 + st / 2, H * 0.62)], c.c2)
        _dot(d, x0, H * 0.5, H * 0.05, c.lt)
    return im.resize((w, bh), RES.LANCZOS)


def _finish(img, c, r, crackle=True):
    """Cloth grain and the fine wax crackle (remukan) of hand-drawn batik."""
    w, h = img.size
    grain = _noise(r, 192, 192, (96, 96)).point(lambda v: 228 + v * 27 // 255).convert("RGB")
    layer = Image.new("RGB", (w, h))
    for x in range(0, w, 192):
        for y in range(0, h, 192):
            layer.paste(grain, (x, y))
    img = ImageChops.multiply(img, layer)
    d, m = ImageDraw.Draw(img, "RGBA"), min(w, h)
    for _ in range(w * h // 40000 + 2 if crackle else 0):
        x, y, a, pts = r.uniform(0, w), r.uniform(0, h), r.uniform(0, 6.3), []
        for _ in range(6):
            pts.append((x, y))
            a += r.uniform(-0.9, 0.9)
            x, y = _at(x, y, a, m * 0.03)
        d.line(pts, fill=(*c.dk, 70), width=1)
    return img


def _pattern(key, w, h, seed=0, tile=None, border=False):
    """A w*h piece of batik cloth; tile is the motif repeat in pixels."""
    key, w, h = key if key in _PAL else "kawung", max(1, int(w)), max(1, int(h))
    c, r = _palette(key, seed), random.Random(f"{key}:{seed}")
    if key == "eco-print" or key == "jumput":
        img = (_eco if key == "eco-print" else _jumput)(w, h, c, r)
    else:
        t = max(24, int(tile or min(w, h) / 3.5))
        im, ox, oy, img = _tile(key, t, c), r.randrange(t), r.randrange(t), Image.new("RGB", (w, h))
        for x in range(-ox, w, t):
            for y in range(-oy, h, t):
                img.paste(im, (x, y))
    if border and min(w, h) > 40:  # edge bands at the top and bottom, or at the "sides"
        sides, tr = border == "sides", Image.Transpose
        band = _border(h if sides else w, max(8, round(min(w, h) * 0.09)), c)
        band = band.transpose(tr.ROTATE_90) if sides else band
        img.paste(band, (0, 0))
        img.paste(
            band.transpose(tr.FLIP_LEFT_RIGHT if sides else tr.FLIP_TOP_BOTTOM),
            (w - band.width, h - band.height),
        )
    return _finish(img, c, r, key in _TILES)


# --- shapes, masks and shading -------------------------------------------------------------
# A shape is (kind, data[, size]): "p" polygon points, "e" ellipse box, "r" box + corner radius,
# "l" polyline points + width. A kind starting with "-" cuts the shape out of the mask.


def _draw_shapes(d, shapes, sc, ox, oy):
    for kind, data, *ext in shapes:
        fill, kind = (0, kind[1:]) if kind[0] == "-" else (255, kind)
        pts = [(data[0], data[1]), (data[2], data[3])] if kind in "er" else data
        xy = [((x - ox) * sc, (y - oy) * sc) for x, y in pts]
        if kind == "p":
            d.polygon(xy, fill=fill)
        elif kind == "e":
            d.ellipse(xy, fill=fill)
        elif kind == "r":
            d.rounded_rectangle(xy, ext[0] * sc, fill=fill)
        else:
            d.line(xy, fill=fill, width=max(1, round(ext[0] * sc)), joint="curve")


def _bbox(shapes, size):
    xs, ys, pad = [], [], 2
    for kind, data, *ext in (sh for sh in shapes if sh[0][0] != "-"):
        pts = [(data[0], data[1]), (data[2], data[3])] if kind in "er" else data
        xs, ys = xs + [p[0] for p in pts], ys + [p[1] for p in pts]
        pad = max(pad, ext[0] if kind == "l" else 0)
    x0, y0 = max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad))
    return x0, y0, min(size[0], int(max(xs) + pad + 1)), min(size[1], int(max(ys) + pad + 1))


def _fold(n, lo, hi, vertical=False, ph=0.0):
    """A shading profile of n cosine folds between lo and hi (n=0.5 is a ramp)."""
    im = Image.new("L", (64, 1))
    im.putdata([lo + (hi - lo) * (0.5 - 0.5 * math.cos(PI * n * i / 31.5 + ph)) for i in range(64)])
    return im.transpose(Image.Transpose.ROTATE_270) if vertical else im


_ROUND, _DOWN, _EDGE = _fold(1, 175, 255), _fold(0.5, 255, 215, True), _fold(0.5, 250, 125, True)


def _cloth(key, seed, tile, border=False):
    """A pattern source for put() drawn at the size of the shape."""
    return lambda size: _pattern(key, *size, seed, tile, border)


class _Frame:
    """Draws on img in unit coordinates: a centred square, or the whole (non-square) image."""

    def __init__(self, img, square=True):
        w, h = img.size
        self.img, self.S = img, min(w, h)
        self.sx, self.sy = (self.S, self.S) if square else (w, h)
        self.ox, self.oy = ((w - self.S) / 2, (h - self.S) / 2) if square else (0, 0)

    def p(self, x, y):
        return (self.ox + x * self.sx, self.oy + y * self.sy)

    def poly(self, spec):
        return [("p", [self.p(*v) for v in _pts(spec)])]

    def line(self, spec, width):
        return [("l", [self.p(*v) for v in _pts(spec)], width * self.S)]

    def rect(self, x0, y0, x1, y1, rad=0.0, cut=False):
        return [("-r" if cut else "r", (*self.p(x0, y0), *self.p(x1, y1)), rad * self.S)]

    def ell(self, x0, y0, x1, y1):
        return [("e", (*self.p(x0, y0), *self.p(x1, y1)))]

    def put(self, src, shapes, *shade, alpha=255):
        """Paste src (a colour, an image or a function of the size) through antialiased shapes."""
        x0, y0, x1, y1 = _bbox(shapes, self.img.size)
        if x1 <= x0 or y1 <= y0:
            return
        size = (x1 - x0, y1 - y0)
        m = Image.new("L", (size[0] * 2, size[1] * 2))
        _draw_shapes(ImageDraw.Draw(m), shapes, 2, x0, y0)
        src = src(size) if callable(src) else src
        src = src if isinstance(src, Image.Image) else Image.new("RGB", size, src)
        reg = src.crop((x0, y0, x1, y1)) if src.size == self.img.size else src.resize(size)
        for sh in shade:
            reg = ImageChops.multiply(reg, sh.resize(size, RES.BILINEAR).convert("RGB"))
        self.img.paste(reg, (x0, y0), m.reduce(2).point(lambda v: v * alpha // 255))

    def shadow(self, shapes, dx, dy, blur, alpha=130, colour=(45, 32, 24)):
        """A soft shadow (or glow); offsets and blur are fractions of the shorter side."""
        (w, h), S = self.img.size, self.S
        m = Image.new("L", (w // 4 + 1, h // 4 + 1))
        _draw_shapes(ImageDraw.Draw(m), shapes, 0.25, -dx * S, -dy * S)
        m = m.filter(ImageFilter.GaussianBlur(blur * S / 4)).resize((w, h), RES.BILINEAR)
        self.img.paste(colour, (0, 0, w, h), m.point(lambda v: v * alpha // 255))


def _gradient(w, h, top, bottom):
    mask = Image.linear_gradient("L").resize((w, h))
    return Image.composite(_flat(bottom, w, h), _flat(top, w, h), mask)


def _vignette(img, strength, tint=(1, 1, 1)):
    vig = Image.radial_gradient("L").resize(img.size).point(lambda v: 255 - v * strength // 255)
    vig = Image.merge("RGB", [vig.point(lambda v, t=t: v * t) for t in tint])
    return ImageChops.multiply(img, vig)


# --- product photos --------------------------------------------------------------------------


def _p_cloth(f, key, seed, c):
    f.shadow(f.poly("0.2,0.34 0.8,0.34 0.87,0.82 0.13,0.82"), 0.02, 0.025, 0.05)
    for i, y in enumerate((0.81, 0.75, 0.69)):
        f.put(_cloth(key, seed + 31 * i, f.S / 7), f.rect(0.14, y - 0.065, 0.86, y, 0.03), _EDGE)
    top, light = f.poly("0.21,0.33 0.79,0.33 0.86,0.65 0.14,0.65"), _fold(0.5, 205, 255, True)
    f.put(_cloth(key, seed + 62, f.S / 7, True), top, light, _fold(1, 215, 255))
    f.put((40, 28, 20), f.line("0.19,0.46 0.81,0.46", 0.004), alpha=50)


def _p_shirt(f, key, seed, c):
    body = f.poly(
        "0.41,0.16 0.27,0.2 0.12,0.4 0.22,0.48 0.31,0.38 0.31,0.86 0.69,0.86 0.69,0.38"
        " 0.78,0.48 0.88,0.4 0.73,0.2 0.59,0.16"
    )
    f.shadow(body, 0.015, 0.02, 0.04)
    dk, pat = _mix(c.dk, (0, 0, 0), 0.3), _pattern(key, *f.img.size, seed, f.S / 6)
    f.put(dk, f.poly("0.41,0.16 0.59,0.16 0.56,0.21 0.44,0.21"))
    f.put(pat, body, _fold(1, 200, 255), _DOWN)
    seams = "0.135,0.39 0.225,0.465|0.865,0.39 0.775,0.465|0.27,0.2 0.31,0.38|0.73,0.2 0.69,0.38|"
    seams += "0.485,0.25 0.485,0.86|0.515,0.25 0.515,0.86|0.56,0.35 0.56,0.44 0.64,0.44 0.64,0.35"
    for spec in seams.split("|"):
        f.put(dk, f.line(spec, 0.003), alpha=140)
    for sg in (-1, 1):  # collar
        flap = [(0.5 + sg * x, y) for x, y in _pts("0.09,0.155 0,0.25 0.035,0.31 0.12,0.21")]
        f.put(pat, f.poly(flap), _fold(0.5, 120, 200, True))
        f.put(dk, f.line([*flap, flap[0]], 0.004), alpha=220)
    for y in _lin(0.3, 0.8, 5):
        f.put((236, 228, 210), f.ell(0.49, y - 0.01, 0.51, y + 0.01), _fold(0.5, 255, 160, True))


def _p_dress(f, key, seed, c):
    hem = [(0.78 - i * 0.028, 0.88 + 0.012 * math.sin(i * 1.3)) for i in range(21)]
    skirt = f.poly([(0.41, 0.42), (0.59, 0.42), *hem])
    bodice = f.poly(
        "0.44,0.12 0.36,0.14 0.3,0.25 0.36,0.28 0.39,0.26 0.41,0.43 0.59,0.43"
        " 0.61,0.26 0.64,0.28 0.7,0.25 0.64,0.14 0.56,0.12 0.5,0.19"
    )
    f.shadow(skirt + bodice, 0.015, 0.02, 0.04)
    pat = _pattern(key, *f.img.size, seed, f.S / 6)
    f.put(pat, skirt, _fold(4.5, 165, 255, ph=1.2), _DOWN)
    f.put(pat, bodice, _ROUND)
    f.put(c.dk, f.rect(0.4, 0.41, 0.6, 0.445, 0.01), _fold(0.5, 255, 170, True))
    f.put(c.dk, f.ell(0.52, 0.405, 0.56, 0.45), _fold(0.5, 255, 150, True))


def _p_scarf(f, key, seed, c):
    xs = _lin(0.1, 0.9, 30)
    mid = [(x, 0.25 + 0.5 * x + 0.07 * math.sin(3.75 * PI * (x - 0.1))) for x in xs]
    upper = [(x, y - 0.11 + 0.015 * math.sin(9 * x)) for x, y in mid]
    band = f.poly(upper + [(x, y + 0.11) for x, y in mid[::-1]])
    f.shadow(band, 0.015, 0.025, 0.04)
    for x, y0, sg in ((0.1, 0.3, -1), (0.9, 0.7, 1)):  # fringes
        for y in _lin(y0 - 0.1, y0 + 0.1, 14):
            f.put(c.c1, f.line([(x, y), (x + sg * 0.035, y + 0.004 * sg)], 0.004))
    f.put(_cloth(key, seed, f.S / 6), band, _fold(1.5, 150, 255, ph=2.2), _fold(3, 215, 255))


def _p_bag(f, key, seed, c):
    body = f.poly("0.26,0.38 0.74,0.38 0.77,0.84 0.76,0.86 0.24,0.86 0.23,0.84")
    strap = (98, 64, 38) if seed % 2 else (196, 170, 128)
    f.shadow(body, 0.02, 0.02, 0.05)
    for dx, hi in ((0.02, 150), (0, 255)):  # back and front handles
        arc = [(0.5 + dx + 0.13 * math.cos(t), 0.41 - 0.25 * math.sin(t)) for t in _lin(0, PI, 24)]
        f.put(strap, f.line(arc, 0.03), _fold(1, hi * 0.6, hi))
    f.put(_cloth(key, seed, f.S / 6), body, _fold(1, 185, 255), _DOWN)
    f.put(strap, f.poly("0.26,0.38 0.74,0.38 0.742,0.42 0.258,0.42"), _DOWN)
    for x in (0.37, 0.63):
        f.put(strap, f.rect(x - 0.02, 0.39, x + 0.02, 0.47, 0.005), _ROUND)
        f.put(_CREAM, f.line([(x - 0.012, 0.455), (x + 0.012, 0.405)], 0.003), alpha=150)


def _p_shoes(f, key, seed, c):
    S, pat = f.S, _pattern(key, *f.img.size, seed, f.S / 9)
    for x, a in ((0.38, -1.72), (0.62, -1.42)):
        cx, cy = f.p(x, 0.5)
        sole = [("p", _tf(_leafpts(0.38, 0.45, 0.12, 48), cx, cy, S * 0.3, a))]
        f.shadow(sole, 0.01, 0.015, 0.025, 150)
        f.put((62, 40, 28), sole)
        f.put(pat, [("p", _tf(_leafpts(0.35, 0.45, 0.12, 48), cx, cy, S * 0.285, a))], _ROUND)
        hole = _tf(_leafpts(0.36, 0.5, 0, 40), *_at(cx, cy, a, -0.135 * S), S * 0.15, a)
        f.put(c.dk, [("l", [*hole, hole[0]], S * 0.012)])
        f.put((205, 172, 130), [("p", hole)], _fold(0.5, 150, 255))
        bow = _tf("-1,0 0,-0.6 1,0 0,0.6", *_at(cx, cy, a, 0.075 * S), S * 0.03, a)
        f.put(_GOLD, [("p", bow)], _ROUND)


def _p_decor(f, key, seed, c):
    if seed % 2:  # a framed cloth
        f.shadow(f.rect(0.17, 0.2, 0.83, 0.8), 0.02, 0.03, 0.05)
        f.put((92, 58, 34), f.rect(0.17, 0.2, 0.83, 0.8), _fold(1, 150, 255))
        f.put((238, 230, 214), f.rect(0.2, 0.23, 0.8, 0.77), _fold(0.5, 200, 255, True))
        return f.put(_cloth(key, seed, f.S / 8, True), f.rect(0.25, 0.28, 0.75, 0.72))
    corners, pts = _pts("0.2,0.2 0.8,0.2 0.8,0.8 0.2,0.8"), []  # a cushion with sagging edges
    for i, (nx, ny) in enumerate(_pts("0,1 -1,0 0,-1 1,0")):
        (ax, ay), (bx, by) = corners[i], corners[(i + 1) % 4]
        for t, sag in ((t, 0.035 * math.sin(PI * t)) for t in _lin(0, 1, 14)[:-1]):
            pts.append((ax + (bx - ax) * t + nx * sag, ay + (by - ay) * t + ny * sag))
    f.shadow(f.poly(pts), 0.02, 0.03, 0.05)
    f.put(_cloth(key, seed, f.S / 6), f.poly(pts), _fold(1, 150, 255), _fold(1, 150, 255, True))
    f.put(_GOLD, f.line([*pts, pts[0]], 0.008), _ROUND)
    f.put(c.dk, f.ell(0.485, 0.485, 0.515, 0.515), _fold(0.5, 255, 140, True))


def _p_notebook(f, key, seed, c):
    f.shadow(f.rect(0.27, 0.18, 0.745, 0.85), 0.02, 0.02, 0.04)
    f.put((240, 232, 214), f.rect(0.28, 0.19, 0.745, 0.85, 0.01))
    for y in _lin(0.838, 0.844, 5):
        f.put((190, 178, 160), f.line([(0.3, y), (0.742, y)], 0.001))
    cover = f.rect(0.27, 0.18, 0.73, 0.84, 0.01)
    f.put(_cloth(key, seed, f.S / 6), cover, _DOWN, _fold(0.5, 215, 255))
    f.put((92, 60, 38), f.rect(0.27, 0.18, 0.32, 0.84, 0.01), _ROUND)
    f.put((60, 44, 34), f.rect(0.66, 0.175, 0.675, 0.845), _fold(1, 140, 255))
    f.put((196, 160, 112), f.rect(0.4, 0.3, 0.6, 0.37, 0.008), _DOWN)
    for y, x1 in ((0.325, 0.56), (0.345, 0.52)):
        f.put((90, 64, 40), f.line([(0.44, y), (x1, y)], 0.004))
    f.put((150, 40, 34), f.poly("0.49,0.84 0.515,0.84 0.515,0.91 0.5025,0.895 0.49,0.91"))


def _p_food(f, key, seed, c):
    zig = [(x, 0.14 + 0.006 * (i % 2)) for i, x in enumerate(_lin(0.3, 0.7, 20))]
    sides = _pts("0.7,0.14 0.715,0.5 0.71,0.84 0.69,0.86 0.31,0.86 0.29,0.84 0.285,0.5")
    pouch = f.poly(sides + zig)  # with a zigzag heat seal on top
    f.shadow(pouch, 0.02, 0.02, 0.05)
    f.put((196, 160, 112), pouch, _fold(1, 170, 255), _DOWN)
    zipper, gusset = (
        f.line("0.29,0.215 0.71,0.215", 0.004),
        f.line("0.3,0.8 0.5,0.82 0.7,0.8", 0.003),
    )
    f.put((120, 90, 60), zipper + gusset)
    f.put((248, 242, 230), f.rect(0.34, 0.34, 0.66, 0.74, 0.02), _fold(1, 215, 255))
    bands = f.rect(0.34, 0.34, 0.66, 0.74, 0.02) + f.rect(0.34, 0.45, 0.66, 0.66, cut=True)
    f.put(_pattern(key, *f.img.size, seed, f.S / 8), bands)
    f.put(c.dk, f.rect(0.39, 0.47, 0.61, 0.51, 0.01))
    for y, x1 in ((0.54, 0.58), (0.57, 0.52), (0.6, 0.55)):
        f.put((130, 110, 90), f.line([(0.42, y), (x1, y)], 0.006))
    f.put(_GOLD, f.ell(0.57, 0.57, 0.64, 0.64), _ROUND)


def _p_drink(f, key, seed, c):
    liquid = ((150, 78, 30), (128, 36, 30), (96, 110, 44), (70, 40, 26))[seed % 4]
    rnd = _fold(1, 150, 255)

    def bottle(y0):  # neck, shoulder and body, filled from y0 down
        ys = _lin(y0, 0.87, 40)
        hw = [0.035 + 0.085 * math.sin(min(1.57, max(0, y - 0.27) * 15.7)) for y in ys]
        side = [(0.5 - w, y) for w, y in zip(hw, ys, strict=True)]
        body = f.rect(0.38, max(y0, 0.5), 0.62, 0.87, 0.03)
        return f.poly(side + [(1 - x, y) for x, y in side[::-1]]) + body

    f.shadow(bottle(0.17), 0.03, 0.01, 0.03, 150)
    f.put((214, 220, 212), bottle(0.17), _fold(1, 170, 255))
    f.put(liquid, bottle(0.24), _fold(1, 110, 255))
    f.put(_GOLD, f.rect(0.455, 0.11, 0.545, 0.175, 0.008), _fold(9, 160, 255))
    f.put(_cloth(key, seed, f.S / 9), f.rect(0.38, 0.5, 0.62, 0.74), rnd)
    f.put(_GOLD, f.rect(0.38, 0.494, 0.62, 0.506) + f.rect(0.38, 0.734, 0.62, 0.746), rnd)
    f.put((246, 240, 226), f.ell(0.43, 0.56, 0.57, 0.68), _fold(1, 190, 255))
    f.put(c.dk, f.line("0.46,0.61 0.54,0.61", 0.012) + f.line("0.47,0.64 0.53,0.64", 0.005))
    f.put((255, 255, 255), f.line("0.415,0.4 0.41,0.84", 0.012), alpha=80)


_PRODUCTS = {
    "cloth": _p_cloth,
    "shirt": _p_shirt,
    "dress": _p_dress,
    "scarf": _p_scarf,
    "bag": _p_bag,
    "shoes": _p_shoes,
    "decor": _p_decor,
    "notebook": _p_notebook,
    "food-pack": _p_food,
    "drink": _p_drink,
}
_STUDIO = ((236, 230, 220), (228, 224, 216), (234, 225, 208), (222, 214, 202))


def draw_motif(motif_key: str, width: int = 1200, height: int = 900, seed: int = 0) -> Image.Image:
    """A flat batik cloth with the motif and its edge bands (pinggiran); unknown keys: kawung."""
    return _pattern(motif_key, width, height, seed, border=True)


def draw_product_photo(
    kind: str, motif_key: str | None, width: int = 1200, height: int = 1200, seed: int = 0
) -> Image.Image:
    """A studio photo of a product of this kind (unknown: cloth), printed with the motif."""
    key = motif_key if motif_key in _PAL else "kawung"
    base = _STUDIO[random.Random(f"{kind}:{key}:{seed}").randrange(len(_STUDIO))]
    light, dark = _mix(base, (255, 255, 255), 0.3), _mix(base, (90, 80, 70), 0.12)
    f = _Frame(_vignette(_gradient(width, height, light, dark), 70))
    _PRODUCTS.get(kind, _p_cloth)(f, key, seed, _palette(key, seed))
    return f.img


# --- the artisan portrait and the scenes ------------------------------------------------------


def _person(f, x, y, ht, body, head, seated=False):
    """A stylised person without a face, feet (or seat) at (x, y), ht (of the short side) tall."""
    (x, y), ht = f.p(x, y), ht * f.S
    if not seated:
        legs = _mix(body if isinstance(body, tuple) else (60, 50, 45), (0, 0, 0), 0.45)
        f.put(legs, [("r", (x - 0.09 * ht, y - 0.45 * ht, x + 0.09 * ht, y), 0.05 * ht)], _ROUND)
    f.put(body, [("r", (x - ht / 7, y - 0.8 * ht, x + ht / 7, y - 0.36 * ht), ht / 10)], _ROUND)
    f.put(head, [("e", (x - 0.08 * ht, y - 0.99 * ht, x + 0.08 * ht, y - 0.8 * ht))], _ROUND)


def draw_portrait(seed: int = 0, width: int = 900, height: int = 1200) -> Image.Image:
    """An artisan waxing a cloth hung on a frame with a canting, by the wax pot, in warm light."""
    f, tiled = _Frame(_gradient(width, height, (96, 60, 38), (168, 112, 70)), False), list(_TILES)
    key, skin, body = tiled[seed % len(tiled)], _SKIN[seed % 3], _SKIN[3 + seed % 3]
    f.put((118, 78, 48), f.rect(0, 0.8, 1, 1), _fold(0.5, 170, 255, True))
    f.put((255, 214, 150), f.poly("0,0 0.4,0 0.95,0.8 0.3,0.8"), alpha=45)  # window light
    for x in (0.1, 0.6):
        f.put(_WOOD, f.rect(x, 0.29, x + 0.03, 0.86, 0.005), _ROUND)
    # the cloth on the gawangan frame: waxed and dyed above, only pencil-sketched below
    pat = _pattern(key, width, height, seed, f.S / 5)
    sketch = Image.blend(pat, _flat(_CREAM, width, height), 0.8)
    done = Image.linear_gradient("L").resize(pat.size).point(lambda v: (155 - v) * 20)
    hem = [(0.6 - i * 0.024, 0.72 + 0.01 * math.sin(i)) for i in range(21)]
    cloth = f.poly([(0.12, 0.3), (0.6, 0.3), *hem])
    f.put(Image.composite(pat, sketch, done), cloth, _fold(3, 195, 255))
    f.put(_WOOD, f.rect(0.07, 0.285, 0.66, 0.315, 0.006), _fold(0.5, 255, 150, True))
    # the anglo stove with a wajan of molten wax
    f.shadow(f.ell(0.3, 0.72, 0.62, 0.98), 0, 0, 0.1, 150, (255, 150, 60))
    f.put((150, 76, 44), f.poly("0.36,0.8 0.54,0.8 0.52,0.93 0.38,0.93"), _ROUND)
    f.put((255, 160, 50), f.ell(0.41, 0.86, 0.49, 0.91), _fold(0.5, 255, 170, True))
    f.put((48, 38, 32), f.ell(0.34, 0.74, 0.56, 0.84) + f.rect(0, 0, 1, 0.785, cut=True), _ROUND)
    f.put((214, 150, 60), f.ell(0.345, 0.775, 0.555, 0.795), _fold(1, 190, 255))
    for i in range(3):
        wisp = [(0.4 + i / 20 + 0.015 * math.sin(t * 0.7 + i), 0.77 - t / 80) for t in range(12)]
        f.put((255, 240, 220), f.line(wisp, 0.006), alpha=60)
    # the artisan on a low stool, a batik kain on the lap, reaching out with the canting
    stool = f.rect(0.66, 0.83, 0.88, 0.86) + f.rect(0.68, 0.83, 0.7, 0.93)
    f.put(_WOOD, stool + f.rect(0.84, 0.83, 0.86, 0.93), _DOWN)
    lap = f.poly("0.64,0.66 0.87,0.66 0.9,0.84 0.56,0.86 0.55,0.78")
    f.put(_cloth(tiled[(seed + 3) % len(tiled)], seed, f.S / 7), lap, _fold(2, 170, 255))
    f.put(body, f.poly("0.68,0.46 0.82,0.46 0.87,0.7 0.64,0.7"), _ROUND)
    f.put(skin, f.ell(0.685, 0.36, 0.755, 0.445), _ROUND)
    scarf = ((200, 150, 90), (60, 100, 90), (180, 60, 60), (40, 60, 90))[seed % 4]
    scarf_shape = f.ell(0.7, 0.33, 0.83, 0.45) + f.poly("0.7,0.42 0.83,0.42 0.87,0.53 0.66,0.53")
    f.put(scarf, scarf_shape, _ROUND)
    f.put(body, f.line("0.72,0.5 0.64,0.61 0.57,0.585", 0.05), _ROUND)
    f.put(skin, f.ell(0.545, 0.565, 0.58, 0.6))
    f.put((205, 172, 110), f.line("0.565,0.58 0.49,0.552", 0.01))
    f.put((180, 108, 56), f.ell(0.475, 0.537, 0.5, 0.562) + f.line("0.48,0.555 0.467,0.572", 0.004))
    f.put(body, f.line("0.81,0.5 0.8,0.64 0.72,0.68", 0.05), _ROUND)
    return _vignette(f.img, 110, (1, 0.93, 0.85))


def _sc_exhibition(f, pats, keys, r):
    f.put((196, 176, 146), f.rect(0, 0.66, 1, 1), _fold(0.5, 205, 255, True))
    f.put(pats[keys[-1]], f.rect(0, 0.03, 1, 0.1))
    for b, x0 in enumerate((0.03, 0.355, 0.68)):  # three stands
        x1 = x0 + 0.3
        f.put((246, 241, 232), f.rect(x0, 0.16, x1, 0.66), _fold(1, 215, 255))
        f.put((70, 58, 48), f.rect(x0 - 0.006, 0.14, x0, 0.7) + f.rect(x1, 0.14, x1 + 0.006, 0.7))
        f.put(pats[keys[b]], f.rect(x0 - 0.006, 0.14, x1 + 0.006, 0.2), _DOWN)
        f.put((80, 70, 60), f.line([(x0 + 0.01, 0.25), (x1 - 0.01, 0.25)], 0.006))
        for i in range(3):
            hang = f.rect(x0 + 0.025 + i * 0.09, 0.25, x0 + 0.1 + i * 0.09, 0.56)
            f.shadow(hang, 0.006, 0.008, 0.012, 90)
            f.put(pats[keys[(b * 3 + i + 3) % len(keys)]], hang, _fold(2.5, 175, 255))
        table_cloth = f.rect(x0 + 0.02, 0.62, x1 - 0.02, 0.77)
        f.put(pats[keys[(b + 5) % len(keys)]], table_cloth, _fold(6, 185, 255))
        f.put((120, 84, 52), f.rect(x0 + 0.015, 0.6, x1 - 0.015, 0.625), _DOWN)
        for j, k in ((j, k) for j in range(2) for k in range(3)):  # folded cloths on the table
            y, xj = 0.58 - k * 0.018, x0 + 0.04 + j * 0.13
            f.put(pats[keys[(b + j + k) % 12]], f.rect(xj, y, xj + 0.1, y + 0.02, 0.006), _EDGE)
    for y in sorted(r.uniform(0.88, 1.05) for _ in range(7)):  # visitors
        body = r.choice([*_SKIN[3:], pats[r.choice(keys)]])
        _person(f, r.uniform(0.04, 0.96), y, r.uniform(0.42, 0.56) * y, body, r.choice(_SKIN))


def _sc_training(f, pats, keys, r):
    f.put((150, 104, 64), f.rect(0, 0.62, 1, 1), _fold(0.5, 190, 255, True))
    f.put((250, 246, 238), f.rect(0.32, 0.08, 0.72, 0.34, 0.005), _fold(1, 230, 255))
    f.put(pats[keys[0]], f.rect(0.32, 0.08, 0.72, 0.12) + f.rect(0.32, 0.3, 0.72, 0.34))
    for i, x1 in enumerate((0.62, 0.56, 0.66)):
        f.put((90, 80, 70), f.line([(0.38, 0.17 + i * 0.04), (x1, 0.17 + i * 0.04)], 0.01))
    _person(f, 0.17, 0.84, 0.62, pats[keys[1]], _SKIN[4])  # the trainer
    for row, (y, sc, n) in enumerate(((0.56, 0.72, 5), (0.8, 1.0, 4))):
        x0, x1, d = 0.3 - 0.04 * row, 0.97 + 0.01 * row, 0.04 * sc
        xs = [x0 + (i + 0.5) * (x1 - x0) / n for i in range(n)]
        for x in xs:
            _person(f, x, y + 0.12 * sc, 0.48 * sc, r.choice(_SKIN[3:]), r.choice(_SKIN), True)
        f.put((212, 176, 126), f.poly([(x0, y), (x1, y), (x1 + 0.02, y + d), (x0 - 0.02, y + d)]))
        f.put((112, 74, 44), f.rect(x0 - 0.02, y + d, x1 + 0.02, y + 1.9 * d), _DOWN)
        for i, x in enumerate(xs):  # practice cloths and small wax pots on the tables
            cloth = f.rect(x - 1.5 * d, y + 0.004, x + 0.75 * d, y + 0.85 * d)
            f.put(pats[keys[(i + row * n) % len(keys)]], cloth, _fold(0.5, 235, 255, True))
            f.put((48, 38, 32), f.ell(x + 1.1 * d, y + 0.008, x + 1.9 * d, y + 0.75 * d))
            f.put((225, 160, 60), f.ell(x + 1.25 * d, y + 0.01, x + 1.75 * d, y + 0.45 * d))


def _sc_gallery(f, pats, keys, r):
    for x in _lin(0, 1, 24):
        f.put((70, 44, 26), f.line([(x, 0), (x, 1)], 0.002), alpha=70)
    for x in (0.15, 0.4, 0.62, 0.86):  # spotlights
        f.shadow(f.ell(x - 0.12, -0.05, x + 0.12, 0.5), 0, 0, 0.08, 70, (255, 226, 170))
    for y in (0.32, 0.56, 0.8):  # shelves of folded cloths
        for j in range(6):
            for k in range(r.randint(3, 5)):
                x, yk = 0.05 + j * 0.105, y - k * 0.036
                box = f.rect(x, yk - 0.036, x + 0.09, yk, 0.01)
                f.put(pats[r.choice(keys)], box, _EDGE)
        f.put((64, 40, 24), f.rect(0.03, y, 0.69, y + 0.025), _DOWN)
    f.put((120, 90, 60), f.rect(0, 0.9, 1, 1), _DOWN)
    f.put((60, 44, 34), f.line("0.72,0.1 0.98,0.1", 0.012))
    for i in range(3):
        hang = f.rect(0.73 + i * 0.08, 0.1, 0.84 + i * 0.08, 0.86 - 0.04 * i)
        f.shadow(hang, -0.01, 0.01, 0.02, 110)
        f.put(pats[keys[(i + 4) % len(keys)]], hang, _fold(2.5, 170, 255))


def _sc_hero(f, pats, keys, r):
    for i in range(7):  # long cloths hung side by side, overlapping, with wavy edges
        x0, x1, ys = -0.02 + i * 0.15, 0.17 + i * 0.15, _lin(-0.05, 1.05, 20)
        left = [(x0 + 0.012 * math.sin(y * 12.7 + i), y) for y in ys]
        panel = f.poly(left + [(x1 + 0.012 * math.sin(y * 12.7 + i + 1), y) for y in ys[::-1]])
        f.shadow(panel, -0.02, 0.01, 0.04, 170)
        f.put(_cloth(keys[i % len(keys)], i + 1, f.S / 6, "sides"), panel, _fold(2, 170, 255, ph=i))


_SCENES = {
    "exhibition": (_sc_exhibition, (236, 228, 214), (206, 196, 180)),
    "training": (_sc_training, (242, 234, 220), (222, 210, 192)),
    "gallery": (_sc_gallery, (146, 100, 62), (104, 68, 42)),
    "hero": (_sc_hero, (60, 38, 24), (40, 26, 18)),
}


def draw_scene(kind: str, seed: int = 0, width: int = 1600, height: int = 900) -> Image.Image:
    """An "exhibition", "training", "gallery" or "hero" (a wide banner of layered cloths)."""
    scene, top, bottom = _SCENES.get(kind, _SCENES["hero"])
    r, keys = random.Random(f"scene:{kind}:{seed}"), list(MOTIF_KEYS)
    f = _Frame(_gradient(width, height, top, bottom), False)
    r.shuffle(keys)
    size = (width, height) if scene is not _sc_hero else (0, 0)
    pats = {k: _pattern(k, *size, seed + i, f.S / 9) for i, k in enumerate(keys) if size[0]}
    scene(f, pats, keys, r)
    return _vignette(f.img, 60)
