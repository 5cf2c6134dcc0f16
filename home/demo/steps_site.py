"""Demo steps for the site itself: regions, user accounts, the home page, the council's
settings and the standard pages. Each step takes the `DemoLoader` and is idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from artisans.models import Region
from home.models import CouncilSettings, HomePage, StandardPage
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
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    text = content.HOME["id"]
    hero = loader.image("Hero", patterns.draw_scene, kind="hero", width=1600, height=800)
    home = HomePage(
        title=text["title"],
        slug="beranda",
        locale=loader.indonesian,
        hero_heading=text["hero_heading"],
        hero_text=text["hero_text"],
        hero_cta_label=text["cta_label"],
        intro=text["intro"],
        hero_image=hero,
        search_description=text["hero_text"][:250],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    previous_roots = Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(locale=loader.english)
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = content.COUNCIL["short_name"]
    site.save()
    for page in previous_roots:
        if not page.get_children().exists() and not page.sites_rooted_here.exists():
            page.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    english = content.HOME["en"]
    loader.translation(
        home,
        slug="home",
        title=english["title"],
        hero_heading=english["hero_heading"],
        hero_text=english["hero_text"],
        hero_cta_label=english["cta_label"],
        intro=english["intro"],
        search_description=english["hero_text"][:250],
    )
    return home


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
