"""Budgets for a buyer on a phone and a slow mobile network (issue 9): a full product list page
under 60 KB of HTML, under 50 KB of CSS and JavaScript once compressed, and under 200 KB of
images in the first screen; every photo sized, the first screen's main photo loaded at once and
the photos below it only when the buyer scrolls to them."""

import re
from io import BytesIO
from itertools import cycle

from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

import pytest
import wagtail_factories
from whitenoise.compress import Compressor, brotli_installed

from home.demo.patterns.products import draw_product_photo
from tests.artisans.factories import ArtisanFactory, DistrictFactory, TechniqueFactory
from tests.catalog.browsing import PHONE, launched_browser
from tests.catalog.factories import (
    CategoryFactory,
    ExchangeRateFactory,
    ProductFactory,
    ProductImageFactory,
)

KB = 1024
HTML_BUDGET = 60 * KB
CSS_JS_BUDGET = 50 * KB
FIRST_SCREEN_IMAGES_BUDGET = 200 * KB
PER_PAGE = 24
# A 390 x 844 phone screen as the phones that have it draw it: three device pixels to a CSS
# pixel, so the browser picks the largest photos it would pick on such a phone.
PHONE_PIXEL_RATIO = 3
KINDS = ("cloth", "shirt", "dress", "scarf", "bag", "shoes", "decor", "food-pack")
MOTIFS = ("sekar-jati", "parang-dahana-munggal", "kawung", "mliwis-mukti", "jumput")


def long_name(number):
    """A product name as long as artisans write them (about 90 characters)."""
    return (
        f"Kain Batik Tulis Sutra Motif Sekar Jati Pewarna Alam Khas Bojonegoro Ukuran 2,5 m "
        f"No. {number}"
    )


def studio_photo(number):
    """A 1200 px photo with the detail of a real product photo (the demo's drawings), so the
    renditions weigh what real ones weigh."""
    picture = draw_product_photo(
        KINDS[number % len(KINDS)], MOTIFS[number % len(MOTIFS)], 1200, 1200, seed=number
    )
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=88)
    return get_image_model().objects.create(
        title=f"Foto produk {number}",
        file=SimpleUploadedFile(f"kain-batik-tulis-{number}.jpg", buffer.getvalue()),
    )


def full_catalog(photo, count=PER_PAGE + 6):
    """More products than a page holds, each with a long name, its own artisan and district,
    a technique and a photo; a second photo for the first product. Newest first, so the first
    product built is the last in the list."""
    categories = CategoryFactory.create_batch(8)
    techniques = TechniqueFactory.create_batch(6)
    ExchangeRateFactory(currency="USD")
    products = [
        ProductFactory(
            name=long_name(number),
            artisan=ArtisanFactory(
                business_name=f"Sanggar Batik Tulis Sekar Jati Pewarna Alam {number}",
                district=DistrictFactory(name=f"Kecamatan Kedungadem Lor {number}"),
            ),
            category=category,
            technique=technique,
            price=1_250_000 + number * 1000,
            photos=0,
        )
        for number, category, technique in zip(
            range(count), cycle(categories), cycle(techniques), strict=False
        )
    ]
    for number, product in enumerate(products):
        ProductImageFactory(product=product, image=photo(number), sort_order=0)
    for extra in range(3):
        ProductImageFactory(product=products[0], image=photo(count + extra), sort_order=1 + extra)
    return products


def tiny_photo(number):
    return wagtail_factories.ImageFactory(title=f"Foto produk {number}")


@pytest.fixture
def catalog(home_page):
    return full_catalog(tiny_photo)


def compressed_size(data):
    """Bytes on the wire as WhiteNoise serves them: its gzip level, or brotli when installed
    and smaller."""
    sizes = [len(Compressor.compress_gzip(data))]
    if brotli_installed:
        sizes.append(len(Compressor.compress_brotli(data)))
    return min(sizes)


def linked_css_and_js(html):
    """The style sheets and scripts a page links, as paths under STATIC_URL."""
    tags = re.findall(r"<link\b[^>]*>|<script\b[^>]*>", html)
    addresses = []
    for tag in tags:
        if tag.startswith("<link") and not re.search(r'rel="[^"]*\bstylesheet\b', tag):
            continue
        found = re.search(r'(?:href|src)="([^"]+)"', tag)
        if found:
            addresses.append(found[1])
    return addresses


def static_file(address, static_url="/static/"):
    assert address.startswith(static_url), f"{address} is not one of the site's static files"
    path = finders.find(address.removeprefix(static_url).split("?")[0])
    assert path, f"{address} links a static file that does not exist"
    with open(path, "rb") as file:
        return file.read()


# --- HTML and CSS + JS ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_full_product_list_page_is_under_60_kb_of_html(catalog, client):
    # A buyer abroad who chose to see dollars: every price has its approximate amount too.
    client.post(reverse("catalog:set_currency"), {"currency": "USD", "next": "/"})

    response = client.get(reverse("catalog:product_list"))

    html = response.content
    assert response.status_code == 200
    assert html.count(b'class="card product-card"') == PER_PAGE
    assert html.count(long_name(len(catalog) - 1).encode()) == 1
    assert b'rel="next"' in html
    assert len(html) < HTML_BUDGET, f"{len(html):,} bytes of HTML"


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["product_list", "product_detail"])
def test_the_css_and_javascript_a_page_links_are_under_50_kb_compressed(catalog, client, page):
    if page == "product_list":
        url = reverse("catalog:product_list")
    else:
        url = catalog[0].get_absolute_url()

    html = client.get(url).content.decode()

    linked = linked_css_and_js(html)
    assert any(address.endswith(".css") for address in linked)
    total = sum(compressed_size(static_file(address)) for address in linked)
    assert total < CSS_JS_BUDGET, f"{total:,} bytes compressed: {', '.join(linked)}"


def test_compressed_size_counts_what_travels():
    text = b"batik " * 10_000

    assert 0 < compressed_size(text) < len(text) / 50


def test_linked_css_and_js_finds_style_sheets_and_scripts_only():
    html = (
        '<link rel="canonical" href="/id/"><link rel="stylesheet" href="/static/css/site.css">'
        '<link rel="icon" href="/static/img/favicon.svg"><script src="/static/js/checkout.js" '
        'defer></script><script type="application/ld+json">{}</script>'
    )

    assert linked_css_and_js(html) == ["/static/css/site.css", "/static/js/checkout.js"]


# --- Images in a real browser ----------------------------------------------------------------

IMAGES_ON_SCREEN = """() => {
    const resources = new Map(
        performance.getEntriesByType("resource").map((entry) => [entry.name, entry])
    );
    return [...document.images].map((img) => {
        const box = img.getBoundingClientRect();
        const seen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < innerHeight && box.left < innerWidth;
        const visibleArea = seen
            ? (Math.min(box.bottom, innerHeight) - Math.max(box.top, 0))
              * (Math.min(box.right, innerWidth) - Math.max(box.left, 0))
            : 0;
        const resource = resources.get(img.currentSrc);
        return {
            tag: img.outerHTML.slice(0, 160),
            src: img.currentSrc,
            width: img.getAttribute("width"),
            height: img.getAttribute("height"),
            loading: img.getAttribute("loading"),
            inMain: Boolean(img.closest("main")),
            firstScreen: seen,
            belowFirstScreen: box.top >= innerHeight,
            visibleArea,
            bytes: resource ? resource.transferSize : null,
        };
    });
}"""

FIRST_SCREEN_LOADED = """() => [...document.images].every((img) => {
    const box = img.getBoundingClientRect();
    const seen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
        && box.right > 0 && box.left < innerWidth;
    return !seen || (img.complete && img.naturalWidth > 0);
})"""


@pytest.fixture
def phone_catalog(home_page):
    """The full catalog with real-looking photos (built before the browser starts: its event
    loop then owns this thread)."""
    return full_catalog(studio_photo)


@pytest.fixture
def browser():
    """Headless Chromium (skipped with a reason when missing; a failure on CI)."""
    yield from launched_browser()


@pytest.fixture
def phone_site(settings, live_server, browser):
    """Open a page of the live site on a 390 x 844 phone, in a fresh browser (nothing cached),
    once the photos in its first screen have arrived; returns what each <img> shows and cost."""
    settings.ROOT_URLCONF = "tests.site.media_urls"  # the photos are served too
    contexts = []

    def visit(path):
        context = browser.new_context(
            viewport=PHONE, device_scale_factor=PHONE_PIXEL_RATIO, is_mobile=True, has_touch=True
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200
        page.wait_for_load_state("load")
        page.wait_for_function(FIRST_SCREEN_LOADED, timeout=15_000)
        return page.evaluate(IMAGES_ON_SCREEN)

    yield visit
    for context in contexts:
        context.close()


def first_screen_paths(products):
    return {
        "product list": reverse("catalog:product_list"),
        "product page": products[0].get_absolute_url(),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_images_in_a_phones_first_screen_are_under_200_kb(phone_catalog, phone_site):
    for name, path in first_screen_paths(phone_catalog).items():
        images = phone_site(path)

        on_screen = {image["src"]: image for image in images if image["firstScreen"]}
        assert on_screen, f"{name}: no image in the first screen"
        unmeasured = [src for src, image in on_screen.items() if image["bytes"] is None]
        assert not unmeasured, f"{name}: no transfer size for {unmeasured}"
        total = sum(image["bytes"] for image in on_screen.values())
        assert total < FIRST_SCREEN_IMAGES_BUDGET, (
            f"{name}: {total:,} bytes of images in the first screen: "
            + ", ".join(
                f"{src.rsplit('/', 1)[-1]} {image['bytes']:,}" for src, image in on_screen.items()
            )
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("page", ["product list", "product page"])
def test_photos_are_sized_and_only_those_below_the_first_screen_wait(
    phone_catalog, phone_site, page
):
    images = phone_site(first_screen_paths(phone_catalog)[page])

    content = [image for image in images if image["inMain"]]
    assert content
    unsized = [image["tag"] for image in images if not (image["width"] and image["height"])]
    assert not unsized, f"images without width and height (the page jumps): {unsized}"
    below = [image for image in content if image["belowFirstScreen"]]
    assert below, "the page should have photos below its first screen"
    eager_below = [image["tag"] for image in below if image["loading"] != "lazy"]
    assert not eager_below, f"photos below the first screen loaded at once: {eager_below}"
    main = max(content, key=lambda image: image["visibleArea"])
    assert main["visibleArea"] > 0, "no photo in the first screen"
    assert main["loading"] != "lazy", f"the first screen's main photo waits: {main['tag']}"
