"""The repeating motif tiles: each draws one size*size tile of a batik motif in its colours."""

from __future__ import annotations

import itertools
import math

from ._canvas import PI, bezier, leaf_outline, linspace, mix, offset, place
from ._ornaments import GRAIN, OVAL, dot, fire, flower, leaf, tendril

# Each tile function draws on a size*size tile; shapes may overflow the edges because the caller
# draws the tile nine times, offset by the tile size, so that the pattern wraps seamlessly.


def _kawung_tile(draw, size, colours):
    """Kawung: rosettes of four palm-fruit ovals, with small flowers between them."""
    main, accent, dark = colours.main, colours.accent, colours.dark
    h, lw = size / 2, max(2, size // 150)
    for cx, cy in ((0, 0), (h, 0), (0, h), (h, h)):
        for a in (PI / 4 + q * PI / 2 for q in range(4)):
            px, py = offset(cx, cy, a, h * 0.37)
            draw.polygon(place(OVAL, px, py, h * 0.33, a), fill=main, outline=dark, width=lw)
            draw.polygon(place(leaf_outline(0.3, 0.5), px, py, h * 0.2, a), fill=accent)
            for t in (-0.07, 0.07):
                dot(draw, *offset(px, py, a, h * t), h * 0.025, dark)
        dot(draw, cx, cy, h * 0.07, dark)
        dot(draw, cx, cy, h * 0.03, main)
        for ox, oy in ((h / 2, 0), (0, h / 2)):
            flower(draw, cx + ox, cy + oy, h * 0.1, accent, main, 4, PI / 4)


def _gastra_rinonce_tile(draw, size, colours):
    """Gastra rinonce: lattice oil derricks crowned with fire, beside gas flares."""
    main, accent, light = colours.main, colours.accent, colours.light
    lw, flame = max(2, size // 150), (accent, mix(main, accent, 0.4), main)
    for cx, cy in ((0.5 * size, 0.6 * size), (0, 0.1 * size)):
        top, base, wb, wt = cy - 0.27 * size, cy + 0.2 * size, 0.12 * size, 0.022 * size
        lv = [(base + (top - base) * i / 5, wb + (wt - wb) * i / 5) for i in range(6)]
        for (y0, w0), (y1, w1) in itertools.pairwise(lv):
            for seg in ((-w0, y0, w1, y1), (w0, y0, -w1, y1), (-w1, y1, w1, y1)):
                draw.line([(cx + seg[0], seg[1]), (cx + seg[2], seg[3])], fill=main, width=lw)
        for sg in (-1, 1):
            draw.line([(cx + sg * wb, base), (cx + sg * wt, top)], fill=main, width=2 * lw)
        plinth = [cx - wb * 1.6, base, cx + wb * 1.6, base + size / 33]
        draw.rounded_rectangle(plinth, lw * 2, light)
        draw.rectangle([cx - wt * 2.2, top - 0.02 * size, cx + wt * 2.2, top], fill=light)
        fire(draw, cx, top - 0.02 * size, 0.13 * size, flame)
        fx, fy = cx + 0.5 * size, cy + 0.12 * size  # a gas flare in the free space
        for a in (i * PI / 7 for i in range(14)):
            dot(draw, *offset(fx, fy - 0.08 * size, a, 0.17 * size), 0.01 * size, main)
        flare_base = [fx - 0.09 * size, fy - 0.03 * size, fx + 0.09 * size, fy + 0.05 * size]
        draw.chord(flare_base, 180, 360, fill=light)
        for ox, ht in ((-0.05, 0.13), (0.05, 0.11), (0, 0.2)):
            fire(draw, fx + ox * size, fy, ht * size, flame, ox * 3)


def _jagung_miji_emas_tile(draw, size, colours):
    """Jagung miji emas: corn cobs of golden kernels in their husk leaves."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    lw, ln = max(2, size // 160), 0.27 * size
    for cx, cy, a in ((0.3 * size, 0.5 * size, -1.1), (0.8 * size, 0.0, -2.05)):
        bx, by = offset(cx, cy, a, -ln * 0.95)
        for la in (a - 0.75, a + 0.7, a - 0.35):  # husk leaves
            husk = offset(bx, by, la, ln * 0.62)
            leaf(draw, *husk, ln * 0.66, la, accent, light, (0.2, 1, -0.2), 4, lw)
        draw.polygon(place(leaf_outline(0.36, 0.6, -0.15), cx, cy, ln, a), fill=dark)
        for u in range(-9, 10):  # golden kernels (miji emas)
            hw = 0.36 * (1 - (u / 10) ** 2) ** 0.6 * (1 - 0.015 * u)
            for y in (v * 0.085 + (0.042 if u % 2 else 0) for v in range(-4, 5)):
                if abs(y) < hw - 0.05:
                    px, py = place([(u / 10, y)], cx, cy, ln, a)[0]
                    dot(draw, px, py, ln * 0.043, main)
                    dot(draw, px - ln * 0.012, py - ln * 0.012, ln * 0.012, light)
        tx, ty = offset(cx, cy, a, ln)
        for da in (-0.4, -0.15, 0.1, 0.35):
            draw.line([(tx, ty), offset(tx, ty, a + da, ln * 0.3)], fill=light, width=lw)
        for i in range(6):
            ox, oy = (0.5, 0) if i < 3 else (0, 0.5)
            x = cx + ox * size + (i % 3 - 1) * 0.03 * size
            dot(draw, x, cy + oy * size, 0.014 * size, main)


def _mliwis_mukti_tile(draw, size, colours):
    """Mliwis mukti: whistling ducks on rippling water, with tendrils and flowers."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    lw = max(2, size // 180)
    for cx, cy, mirror in ((0.3 * size, 0.3 * size, 1), (0.8 * size, 0.8 * size, -1)):

        def to_tile(spec, cx=cx, cy=cy, mirror=mirror):
            return place(spec, cx, cy, 0.3 * size, 0, mirror)

        water = [(-0.7 + i / 10, 0.36 + 0.04 * math.sin(i * 1.6)) for i in range(15)]
        draw.line(to_tile(water), fill=accent, width=lw)
        draw.polygon(to_tile("-0.45,-0.1 -0.9,-0.38 -0.78,0.0 -0.5,0.16"), fill=main, outline=dark)
        body = to_tile([(x * 0.58, y * 0.58 + 0.05) for x, y in OVAL])
        draw.polygon(body, fill=main, outline=dark)
        neck = to_tile("0.28,-0.1 0.38,-0.42 0.5,-0.64 0.72,-0.6 0.58,-0.4 0.52,-0.02")
        draw.polygon(neck, fill=main)
        draw.polygon(to_tile([(0.62 + x * 0.17, -0.62 + y * 0.28) for x, y in OVAL]), fill=main)
        draw.polygon(to_tile("0.74,-0.69 1.02,-0.6 0.76,-0.55"), fill=accent)
        dot(draw, *to_tile("0.66,-0.65")[0], 0.018 * size, dark)
        wing = [(x * 0.4 - 0.12, y * 0.4 - 0.02) for x, y in leaf_outline(0.42, 0.8, 0.3)]
        draw.polygon(to_tile(wing), fill=mix(main, accent, 0.35), outline=dark)
        for i in range(3):
            feather = to_tile([(-0.35 + i * 0.15, -0.06), (-0.05 + i * 0.12, 0.06)])
            draw.line(feather, fill=dark, width=lw)
        start = (cx + 0.48 * size * mirror, cy - 0.02 * size)
        tendril(draw, *start, 0.12 * size, 0.5, accent, lw, mirror, light)
        flower(draw, cx - 0.05 * size * mirror, cy + 0.45 * size, 0.05 * size, accent, main)


def _parang_tile(draw, size, colours, draw_unit):
    """Diagonal parang bands: separators with mlinjon lozenges, motif units between them."""
    main, light, dark = colours.main, colours.light, colours.dark
    lw = max(2, size // 160)

    def band_point(t, cc):  # t runs along a band, cc = x - y picks the band
        return ((t + cc) / 2, (t - cc) / 2)

    for c0 in (size / 4, 3 * size / 4):
        for e, colour in ((0.095 * size, dark), (0.065 * size, light), (0.05 * size, dark)):
            band = [(-size, c0 - e), (3 * size, c0 - e), (3 * size, c0 + e), (-size, c0 + e)]
            draw.polygon([band_point(*p) for p in band], colour)
        for t in (i * size / 8 for i in range(-1, 17)):
            e = 0.035 * size
            lozenge = [(t - e, c0), (t, c0 - e), (t + e, c0), (t, c0 + e)]
            draw.polygon([band_point(*p) for p in lozenge], fill=main)
            dot(draw, *band_point(t + size / 16, c0), 0.008 * size, light)
    for j in range(2):
        for i in range(-1, 9):
            draw_unit(draw, *band_point(i * size / 4, j * size / 2), size * 0.1, i, colours, lw)


def _flame_unit(draw, x, y, unit, index, colours, lw):
    """Parang dahana munggal: three flames, turned to face along the band."""
    main, accent, light = colours.main, colours.accent, colours.light
    a = PI / 4 + (PI if index % 2 else 0)
    for ox, ht, da in ((-0.42, 1.2, -0.35), (0.42, 1.2, 0.35), (0, 1.9, 0)):
        fire(draw, *place([(ox, 1.0)], x, y, unit, a)[0], ht * unit, (main, accent, light), a + da)
    for px, py in place("-0.75,0.6 -0.6,0.3 0.75,0.6 0.6,0.3", x, y, unit, a):
        dot(draw, px, py, 0.08 * unit, light)


def _lembu_unit(draw, x, y, unit, index, colours, lw):
    """Parang lembu sekar rinambat: a bull's head or a flower on a winding vine."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    a, sg = PI / 4, (1 if index % 4 < 2 else -1) * (1 if index % 2 else -1)
    vine = [(v / 10, sg * 0.5 * math.sin(PI * v / 9)) for v in range(-9, 10)]  # sekar rinambat
    draw.line(place(vine, x, y, unit, a), fill=main, width=lw)
    if index % 2:
        return flower(draw, x, y, 0.5 * unit, accent, main, 5, 0.3, dark)

    def to_tile(spec):
        return place(spec, x, y, unit * 1.25, a)

    horns = [(0.66 * math.cos(t), -0.62 + 0.62 * math.sin(t)) for t in linspace(0.25, 2.89, 10)]
    horns += [(0.5 * math.cos(t), -0.82 + 0.6 * math.sin(t)) for t in linspace(2.9, 0.24, 10)]
    draw.polygon(to_tile(horns), fill=dark)
    for e in (-1, 1):
        ear = to_tile([(e * (0.3 + x2 * 0.17), y2 * 0.17 - 0.2) for x2, y2 in GRAIN])
        draw.polygon(ear, main, dark)
    head = "-0.21,-0.32 0.21,-0.32 0.16,0.28 0.11,0.48 -0.11,0.48 -0.16,0.28"
    draw.polygon(to_tile(head), fill=main, outline=dark, width=lw)
    draw.polygon(to_tile([(x2 * 0.14, 0.36 + y2 * 0.2) for x2, y2 in OVAL]), fill=light)
    for px, py in to_tile("-0.09,-0.09 0.09,-0.09 -0.05,0.38 0.05,0.38"):
        dot(draw, px, py, 0.05 * unit, dark)
    draw.polygon(to_tile("0,-0.3 0.07,-0.2 0,-0.1 -0.07,-0.2"), fill=accent)


def _pari_sumilak_tile(draw, size, colours):
    """Pari sumilak: ripe rice panicles bending under their grains."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    lw = max(2, size // 170)
    for bx, by in ((0.1 * size, 0.98 * size), (0.6 * size, 0.48 * size)):
        for a, ln in ((-2.1, 0.17 * size), (-1.35, 0.22 * size), (-0.7, 0.14 * size)):
            blade = place(leaf_outline(0.1, 1.0, -0.5), *offset(bx, by, a, ln), ln, a)
            draw.polygon(blade, fill=light, outline=dark, width=lw)
        bend, tip = (bx + 0.06 * size, by - 0.8 * size), (bx + 0.42 * size, by - 0.5 * size)
        cv = bezier((bx, by), bend, tip, 32)
        draw.line(cv, fill=main, width=2 * lw, joint="curve")
        for i in range(13, 33):  # ripening grains hang from the bending panicle
            (x0, y0), (x1, y1) = cv[i - 1], cv[i]
            tang, sz = math.atan2(y1 - y0, x1 - x0), 0.028 * size * (1.1 - (i - 13) / 40)
            for ga in (tang - 0.7, tang + 0.7) if i % 2 else (tang + 0.7,):
                grain = place(GRAIN, *offset(x1, y1, ga, sz * 1.2), sz, ga)
                draw.polygon(grain, fill=accent, outline=dark)
        flower(draw, bx + 0.38 * size, by - 0.12 * size, 0.05 * size, accent, main, 6)


def _rancak_thengul_tile(draw, size, colours):
    """Rancak thengul: two thengul puppets standing in their rack."""
    ground, main, accent, light, dark = colours
    lw = max(2, size // 160)
    draw.rectangle([0, 0.86 * size, size, 0.97 * size], fill=dark)  # the rancak (puppet rack)
    draw.rectangle([0, 0.87 * size, size, 0.88 * size], fill=main)
    for i in range(8):
        dot(draw, (i + 0.5) * size / 8, 0.925 * size, 0.012 * size, main)
    for n, cx in enumerate((0.25 * size, 0.75 * size)):
        k1, k2 = (main, accent) if n == 0 else (accent, main)

        def to_tile(spec, cx=cx):
            return place(spec, cx, 0.9 * size, 0.78 * size)

        draw.line(to_tile("0,0 0,-0.3"), fill=light, width=2 * lw)
        for e in (-1, 1):
            arm = to_tile(f"{e * 0.15},-0.7 {e * 0.27},-0.56 {e * 0.23},-0.43")
            draw.line(arm, fill=light, width=3 * lw, joint="curve")
            draw.line([arm[-1], to_tile(f"{e * 0.3},-0.04")[0]], fill=main, width=lw)
            dot(draw, *arm[-1], 0.02 * size, light)
        draw.polygon(to_tile("-0.17,-0.28 0.17,-0.28 0.12,-0.53 -0.12,-0.53"), k2, dark, lw)
        for j in range(5):
            stripe = to_tile(f"{-0.11 + j * 0.05},-0.3 {-0.06 + j * 0.05},-0.5")
            draw.line(stripe, fill=light, width=lw)
        draw.polygon(to_tile("-0.12,-0.53 0.12,-0.53 0.17,-0.72 -0.17,-0.72"), k1, dark, lw)
        draw.line(to_tile("-0.14,-0.56 0.14,-0.56"), fill=dark, width=2 * lw)
        for px, py in to_tile("-0.07,-0.69 0,-0.66 0.07,-0.69"):
            dot(draw, px, py, 0.012 * size, light)
        face = to_tile([(x * 0.1, -0.8 + y * 0.18) for x, y in OVAL])
        draw.polygon(face, fill=light, outline=dark)
        for px, py in to_tile("-0.035,-0.81 0.035,-0.81"):
            dot(draw, px, py, 0.008 * size, dark)
        draw.line(to_tile("-0.02,-0.77 0.02,-0.77"), fill=accent if n else ground, width=lw)
        crown = "-0.11,-0.85 0.11,-0.85 0.13,-0.95 0.06,-0.92 0,-1.02 -0.06,-0.92 -0.13,-0.95"
        draw.polygon(to_tile(crown), main, dark, lw)
        dot(draw, *to_tile("0,-0.9")[0], 0.012 * size, ground)


def _sata_gondo_wangi_tile(draw, size, colours):
    """Sata gondo wangi: tobacco leaves and fragrant flowers on a diagonal stem."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    lw = max(2, size // 170)
    draw.line([(-0.1 * size, 1.1 * size), (1.1 * size, -0.1 * size)], fill=dark, width=3 * lw)
    for t, a, colour in ((0.3, 0.12, main), (0.8, -1.65, accent), (0.55, -0.2, accent)):
        ln = (0.23 if colour == main else 0.2) * size
        cx, cy = offset(t * size, (1 - t) * size, a, ln)
        leaf(draw, cx, cy, ln, a, colour, light, (0.42, 0.8, -0.1), 7, lw)
    for x, y, rad in ((0.3, 0.28, 0.055), (0.17, 0.4, 0.045), (0.42, 0.2, 0.04)):
        stalk = bezier((0.47 * size, 0.53 * size), (x * size, 0.5 * size), (x * size, y * size))
        draw.line(stalk, fill=dark, width=lw)
        flower(draw, x * size, y * size, rad * size, light, accent, 5, 0.3, dark)


def _sekar_jati_tile(draw, size, colours):
    """Sekar jati: a teak tree with spreading roots and broad leaves."""
    main, accent, light, dark = colours.main, colours.accent, colours.light, colours.dark
    lw, cx, cy, unit = max(2, size // 170), 0.5 * size, 0.54 * size, 0.52 * size
    for dx in (-0.42, -0.22, 0, 0.22, 0.42):  # roots
        bend, end = (cx + dx * 0.4 * unit, cy + 0.4 * unit), (cx + dx * unit, cy + unit / 2)
        root = bezier((cx, cy + unit / 5), bend, end)
        draw.line(root, fill=accent, width=2 * lw, joint="curve")
    draw.polygon(place("-0.07,0.32 0.07,0.32 0.035,-0.2 -0.035,-0.2", cx, cy, unit), fill=accent)
    for q, a in enumerate((-2.75, -2.2, -1.57, -0.94, -0.39)):
        by = cy - 0.16 * unit
        draw.line([(cx, by), offset(cx, by, a, 0.12 * unit)], fill=accent, width=lw)
        colour = main if q % 2 else mix(main, accent, 0.4)
        centre = offset(cx, by, a, 0.35 * unit)
        leaf(draw, *centre, 0.25 * unit, a, colour, light, (0.6, 0.7, -0.2), 5, lw)
    for a in (0.6, 2.4, 3.9, 5.6):
        centre = offset(0, 0, a, 0.13 * size)
        leaf(draw, *centre, 0.09 * size, a, accent, light, (0.55, 0.7, -0.2), 3, lw)
    flower(draw, 0, 0, 0.05 * size, dark, light, 6)


def _parang_dahana_munggal_tile(draw, size, colours):
    """Parang dahana munggal: parang bands of rising flames."""
    _parang_tile(draw, size, colours, _flame_unit)


def _parang_lembu_sekar_rinambat_tile(draw, size, colours):
    """Parang lembu sekar rinambat: parang bands of bulls' heads and flowers on a vine."""
    _parang_tile(draw, size, colours, _lembu_unit)


# The tiled motifs (eco-print and jumput are drawn full-frame instead), by motif key.
TILE_DRAWERS = {
    "gastra-rinonce": _gastra_rinonce_tile,
    "jagung-miji-emas": _jagung_miji_emas_tile,
    "mliwis-mukti": _mliwis_mukti_tile,
    "parang-dahana-munggal": _parang_dahana_munggal_tile,
    "parang-lembu-sekar-rinambat": _parang_lembu_sekar_rinambat_tile,
    "pari-sumilak": _pari_sumilak_tile,
    "rancak-thengul": _rancak_thengul_tile,
    "sata-gondo-wangi": _sata_gondo_wangi_tile,
    "sekar-jati": _sekar_jati_tile,
    "kawung": _kawung_tile,
}
