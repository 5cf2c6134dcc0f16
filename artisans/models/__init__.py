from .imports import ImportStatus, RegistryImport
from .pages import ArtisanIndexPage, ArtisanPage, ArtisanPageGalleryImage
from .regions import Region, RegionLevel
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
    "ImportStatus",
    "Region",
    "RegionLevel",
    "RegistryImport",
    "Sector",
    "Technique",
]
