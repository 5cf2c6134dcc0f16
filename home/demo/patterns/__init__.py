"""Deterministic, Pillow-only batik pictures for the demo content.

Motifs are small supersampled tiles (drawn nine times, offset, so shapes wrap seamlessly) that are
tiled over the cloth; eco-print and jumput are drawn full-frame. Product photos, the portrait and
the scenes paste these patterns through antialiased shape masks with simple shading profiles.
"""

from .motifs import MOTIF_KEYS, draw_motif
from .products import draw_product_photo
from .scenes import draw_portrait, draw_scene

__all__ = ["MOTIF_KEYS", "draw_motif", "draw_portrait", "draw_product_photo", "draw_scene"]
