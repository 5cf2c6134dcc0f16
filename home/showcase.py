"""What the home page shows besides its own fields: motifs, artisans, products, stories."""

from artisans.models import ArtisanPage
from catalog.models import Product
from home.models.motifs import MotifPage
from home.models.stories import StoryPage


def home_page_sections(home_page):
    """Featured content under a home page, in the home page's language."""
    return {
        "motifs": MotifPage.objects.live().descendant_of(home_page).with_listing_data()[:9],
        "artisan_pages": ArtisanPage.objects.public()
        .descendant_of(home_page)
        .with_listing_data()
        .order_by("-first_published_at")[:4],
        "products": Product.objects.live().in_stock().with_card_data().newest_first()[:8],
        "stories": StoryPage.objects.live()
        .descendant_of(home_page)
        .newest_first()
        .with_listing_data()[:3],
    }
