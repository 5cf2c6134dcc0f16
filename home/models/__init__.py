from .images import SiteImage, SiteRendition
from .motifs import MotifIndexPage, MotifPage
from .pages import HomePage, StandardPage
from .site_settings import CouncilSettings
from .stories import StoryIndexPage, StoryPage, StoryTag

__all__ = [
    "CouncilSettings",
    "HomePage",
    "MotifIndexPage",
    "MotifPage",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
]
