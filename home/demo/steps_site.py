"""Demo steps for the site itself: regions, user accounts, the home page and its sections (the
skeleton `manage.py create_site` builds, with the demo's texts), the council's settings and the
standard pages. Each step takes the `DemoLoader` and is idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Site
from wagtail.users.models import UserProfile

from artisans.models import ArtisanIndexPage, Region
from home.models import CouncilSettings, HomePage, MotifIndexPage, StandardPage, StoryIndexPage
from home.site_setup import build_skeleton
from privacy.models import PrivacySettings

from . import content, patterns
from .richtext import stream_data

REGENCY_CODE = "35.22"  # Kabupaten Bojonegoro


def load_regions(loader):
    if not Region.objects.filter(code=REGENCY_CODE).exists():
        Region.objects.import_regency(REGENCY_CODE)
        loader.created += 1
    loader.districts = {
        region.name.lower(): region for region in Region.objects.districts_of(REGENCY_CODE)
    }


def load_users(loader, users):
    """`users`: (username, password, role, groups, first name) tuples, see DEMO_USERS."""
    user_model = get_user_model()
    for username, password, role, group_names, first_name in users:
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model.objects.create_user(
            username=username,
            email=f"{username}@pasarkriya.example",
            password=password,
            first_name=first_name,
            is_staff=role != "artisan",
            is_superuser=role == "administrator",
        )
        user.groups.add(*Group.objects.filter(name__in=group_names))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "id-id"
        profile.save()
        loader.created += 1


def load_home(loader):
    """The site's skeleton (home page and sections, both languages) with the demo's texts."""
    site = Site.objects.filter(is_default_site=True).first()
    home_fields = {}
    if site is None or not isinstance(site.root_page.specific, HomePage):
        home_fields["hero_image"] = loader.image(
            "Hero", patterns.draw_scene, kind="hero", width=1600, height=800
        )
    skeleton = build_skeleton(skeleton_texts(), home_fields=home_fields)
    if skeleton.home in skeleton.created:
        skeleton.site.site_name = content.COUNCIL["short_name"]
        skeleton.site.save()
    loader.created += len(skeleton.created)
    loader.sections = skeleton.sections
    return skeleton.home


def skeleton_texts():
    """The demo's texts for the pages of the site's skeleton (see home.site_setup.TEXTS)."""
    home = {
        language: {
            "title": text["title"],
            "hero_heading": text["hero_heading"],
            "hero_text": text["hero_text"],
            "hero_cta_label": text["cta_label"],
            "intro": text["intro"],
            "search_description": text["hero_text"][:250],
        }
        for language, text in content.HOME.items()
    }
    return {
        "home": home,
        MotifIndexPage: content.MOTIF_INDEX,
        ArtisanIndexPage: content.ARTISAN_INDEX,
        StoryIndexPage: content.STORY_INDEX,
    }


def load_settings(loader):
    council = CouncilSettings.for_site(Site.objects.get(root_page=loader.home))
    if council.address:
        return
    data = content.COUNCIL
    council.name = data["name"]
    council.site_name = data["short_name"]
    council.address = data["address"]
    council.whatsapp = data["whatsapp"]
    council.phone = data["phone"]
    council.email = data["email"]
    council.instagram = data["instagram"]
    council.facebook = data["facebook"]
    council.youtube = data["youtube"]
    council.tiktok = data["tiktok"]
    council.opening_hours = data["opening_hours"]["id"]
    council.opening_hours_en = data["opening_hours"]["en"]
    council.tagline = content.HOME["id"]["hero_text"][:160]
    council.tagline_en = content.HOME["en"]["hero_text"][:160]
    council.regency_code = REGENCY_CODE
    council.save()
    loader.created += 1


def load_standard_pages(loader):
    for page_data in content.PAGES:
        text = page_data["id"]
        page = loader.child_page(
            loader.home,
            StandardPage,
            page_data["slug"],
            title=text["title"],
            intro=text["intro"],
            body=stream_data(text["body"]),
            show_in_menus=page_data["show_in_menus"],
        )
        english = page_data["en"]
        loader.translation(
            page,
            slug=page_data["slug_en"],
            title=english["title"],
            intro=english["intro"],
            body=stream_data(english["body"]),
        )
        if page_data["slug"] == "kebijakan-privasi":  # linked from the checkout
            privacy = PrivacySettings.for_site(loader.home.get_site())
            privacy.privacy_page = page
            privacy.save()
