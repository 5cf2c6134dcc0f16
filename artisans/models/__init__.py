from .pages import ArtisanIndexPage, ArtisanPage, ArtisanPageGalleryImage
from .regions import Region
from .registry import (
    Artisan,
    ArtisanLink,
    Association,
    Certification,
    CertificationKind,
    Sector,
    Technique,
)

__all__ = [
    "Artisan",
    "ArtisanIndexPage",
    "ArtisanLink",
    "ArtisanPage",
    "ArtisanPageGalleryImage",
    "Association",
    "Certification",
    "CertificationKind",
    "Region",
    "Sector",
    "Technique",
]
