"""Search engines and sharing: canonical and hreflang links, Open Graph, JSON-LD."""

import json
import re

import pytest

from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.factories import ProductFactory
from tests.conftest import translate
from tests.home.factories import (
    MotifIndexPageFactory,
    MotifPageFactory,
    StandardPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
LINK = re.compile(r'<link rel="(canonical|alternate)"(?: hreflang="([\w-]+)")? href="([^"]+)">')


def json_ld(response):
    """{@type: item} of every JSON-LD item on the page (each must parse)."""
    items = [json.loads(block) for block in JSON_LD.findall(response.content.decode())]
    return {item["@type"]: item for item in items}


def head_links(response):
    return {
        (rel, hreflang or None): href
        for rel, hreflang, href in LINK.findall(response.content.decode())
    }


def test_translated_page_has_canonical_and_hreflang_for_both_languages(
    client, home_page_en, english
):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    index = MotifIndexPageFactory(parent=home)
    motif = MotifPageFactory(parent=index, slug="sekar-jati")
    translate(index, english, slug="motifs")
    translate(motif, english)
    expected = {
        ("alternate", "id"): "http://testserver/id/motif/sekar-jati/",
        ("alternate", "en"): "http://testserver/en/motifs/sekar-jati/",
        ("alternate", "x-default"): "http://testserver/id/motif/sekar-jati/",
    }

    indonesian = head_links(client.get("/id/motif/sekar-jati/"))
    english_links = head_links(client.get("/en/motifs/sekar-jati/"))

    assert indonesian == expected | {("canonical", None): "http://testserver/id/motif/sekar-jati/"}
    assert english_links == expected | {
        ("canonical", None): "http://testserver/en/motifs/sekar-jati/"
    }


def test_untranslated_page_announces_no_alternate_it_does_not_have(client, home_page_en):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    StandardPageFactory(parent=home, slug="hanya-indonesia")

    links = head_links(client.get("/id/hanya-indonesia/"))

    assert ("alternate", "en") not in links
    assert links[("alternate", "id")] == "http://testserver/id/hanya-indonesia/"


def test_home_page_describes_the_council_as_an_organization(client, home_page):
    from home.models import CouncilSettings

    council = CouncilSettings.for_site(home_page.get_site())
    council.name = "Dekranasda Kabupaten Bojonegoro"
    council.instagram = "dekranasda.bjn"
    council.address = "Jl. Galeri Kriya 9, Bojonegoro"
    council.save()

    organization = json_ld(client.get("/id/"))["Organization"]

    assert organization["name"] == "Dekranasda Kabupaten Bojonegoro"
    assert organization["url"] == "http://testserver/id/"
    assert organization["sameAs"] == ["https://www.instagram.com/dekranasda.bjn/"]
    assert organization["address"]["addressCountry"] == "ID"


def test_artisan_profile_is_a_local_business_located_to_its_district_only(client, home_page):
    profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))

    items = json_ld(client.get(profile.url))

    business = items["LocalBusiness"]
    assert business["name"] == profile.artisan.business_name
    assert business["founder"] == {"@type": "Person", "name": profile.artisan.owner_name}
    assert business["address"]["addressLocality"] == profile.artisan.district.name
    assert "streetAddress" not in business["address"]
    assert business["address"]["addressRegion"] == "Jawa Timur"
    assert [crumb["position"] for crumb in items["BreadcrumbList"]["itemListElement"]] == [1, 2, 3]
    assert (
        items["BreadcrumbList"]["itemListElement"][-1]["item"] == f"http://testserver{profile.url}"
    )


def test_news_story_is_an_article_and_an_exhibition_is_an_event(client, home_page):
    index = StoryIndexPageFactory(parent=home_page)
    news = StoryPageFactory(parent=index, kind="news", title="Situs dibuka", date="2026-06-08")
    fair = StoryPageFactory(
        parent=index,
        kind="exhibition",
        title="Pameran Surabaya",
        date="2026-09-21",
        end_date="2026-09-25",
        venue="Surabaya",
    )

    article = json_ld(client.get(news.url))["Article"]
    event = json_ld(client.get(fair.url))["Event"]

    assert article["headline"] == "Situs dibuka"
    assert article["datePublished"] == "2026-06-08"
    assert article["inLanguage"] == "id"
    assert article["image"].startswith("http://testserver/")
    assert (event["name"], event["startDate"], event["endDate"]) == (
        "Pameran Surabaya",
        "2026-09-21",
        "2026-09-25",
    )
    assert event["location"]["name"] == "Surabaya"
    training = StoryPageFactory(parent=index, kind="training", venue="")
    assert json_ld(client.get(training.url))["Event"]["location"]["@type"] == "Place"


def test_product_page_has_a_product_with_an_offer_in_rupiah(client, home_page):
    product = ProductFactory(name="Kain Jati", price=1_250_000, stock=2)

    items = json_ld(client.get(f"/id/katalog/{product.slug}/"))

    offer = items["Product"]["offers"]
    assert items["Product"]["name"] == "Kain Jati"
    assert (offer["price"], offer["priceCurrency"]) == ("1250000", "IDR")
    assert offer["availability"] == "https://schema.org/InStock"
    assert len(items["Product"]["image"]) == 1


def test_json_ld_cannot_be_closed_by_page_content(client, home_page):
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, title="</script><script>alert(1)</script>")

    html = client.get(story.url).content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(client.get(story.url))["Article"]["headline"].startswith("</script>")


def test_shared_page_has_open_graph_and_twitter_card_with_an_image(client, home_page):
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, search_description="Pelatihan pewarna alam.")

    html = client.get(story.url).content.decode()

    assert '<meta property="og:description" content="Pelatihan pewarna alam.">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/[^"]+\.jpg">', html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_absolute_urls_use_the_host_the_visitor_asked_for(client, home_page):
    """The Site record may say localhost: canonical, og:url, hreflang, JSON-LD and the
    sitemap all follow the request's host instead."""
    site = home_page.get_site()
    site.hostname = "localhost"
    site.save()
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, slug="pameran")
    host = {"HTTP_HOST": "pasarkriya.example"}

    html = client.get(story.url, **host).content.decode()
    sitemap = client.get("/sitemap-pages.xml", **host).content.decode()

    assert '<link rel="canonical" href="http://pasarkriya.example/id/kabar/pameran/">' in html
    assert '<meta property="og:url" content="http://pasarkriya.example/id/kabar/pameran/">' in html
    assert '"url": "http://pasarkriya.example/id/kabar/pameran/"' in html
    assert "localhost" not in html
    assert "<loc>http://pasarkriya.example/id/kabar/pameran/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_each_page_of_a_list_is_canonical_and_filters_are_not(client, home_page_en):
    from tests.catalog.factories import ProductFactory

    product = ProductFactory()
    ProductFactory.create_batch(25, category=product.category)

    links = head_links(client.get("/id/katalog/", {"page": "2", "category": product.category.slug}))

    assert links[("canonical", None)] == "http://testserver/id/katalog/?page=2"
    assert links[("alternate", "en")] == "http://testserver/en/catalog/?page=2"
    assert links[("alternate", "id")] == "http://testserver/id/katalog/?page=2"
