"""Load the demo content: the council, artisans, the nine motifs, products, stories.

Idempotent: every object is looked up by a stable key and created only when missing, so a
second run changes nothing (and leaves editors' changes to the demo alone).
"""

from datetime import date
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from artisans.accounts import link_account
from artisans.models import (
    Artisan,
    ArtisanIndexPage,
    ArtisanPage,
    ArtisanPageGalleryImage,
    Region,
    Technique,
)
from catalog.models import Category, Product, ProductImage
from home.models import (
    CouncilSettings,
    HomePage,
    MotifIndexPage,
    MotifPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)

from . import content, patterns
from .images import demo_collection, stored_image
from .registry import add_registry_details

REGENCY_CODE = "35.22"  # Kabupaten Bojonegoro
DEMO_USERS = [
    # username, password, role, groups, first name
    ("admin", "pasarkriya-admin", "administrator", [], "Admin"),
    ("editor", "pasarkriya-editor", "council editor", ["Editors", "Moderators"], "Editor"),
    ("perajin", "pasarkriya-perajin", "artisan", [], "Perajin"),
]
DEMO_ARTISAN_ACCOUNT = ("perajin", 0)  # username, index in content.ARTISANS
TECHNIQUES = [
    ("batik-tulis", "Batik tulis", "Hand-drawn batik (tulis)"),
    ("batik-cap", "Batik cap", "Stamped batik (cap)"),
    ("batik-kombinasi", "Batik kombinasi", "Combined batik (tulis and cap)"),
    ("jumput", "Jumput", "Jumput tie-dye"),
    ("ciprat", "Ciprat", "Splash batik (ciprat)"),
    ("ecoprint-pounding", "Eco-print pukul", "Eco-print, pounded"),
    ("ecoprint-steaming", "Eco-print kukus", "Eco-print, steamed"),
    ("anyaman", "Anyaman", "Weaving"),
    ("ukir-kayu", "Ukir kayu", "Wood carving"),
    ("olahan-pangan", "Olahan pangan", "Food processing"),
]


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def stream_data(entries):
    """Content entries ("heading", text) / ("paragraph", text) / ("quote", text, who)."""
    blocks = []
    for kind, text, *rest in entries:
        if kind == "paragraph":
            blocks.append({"type": "paragraph", "value": f"<p>{escape(text)}</p>"})
        elif kind == "quote":
            blocks.append(
                {"type": "quote", "value": {"text": text, "attribution": rest[0] if rest else ""}}
            )
        else:
            blocks.append({"type": kind, "value": text})
    return blocks


class DemoLoader:
    def __init__(self, photo_size=1200, stdout=None):
        self.photo_size = photo_size
        self.stdout = stdout
        self.created = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- helpers ---------------------------------------------------------------------------

    def image(self, title, draw, **kwargs):
        return stored_image(title, partial(draw, **kwargs), self.collection)

    def child_page(self, parent, model, slug, **fields):
        """The live child of `parent` with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def translation(self, page, slug=None, **fields):
        """The English version of `page`, copied, filled in and published if missing."""
        existing = page.get_translation_or_none(self.english)
        if existing:
            return existing.specific
        translated = page.copy_for_translation(self.english).specific
        for name, value in fields.items():
            setattr(translated, name, value)
        if slug:
            translated.slug = slug
        translated.save_revision().publish()
        self.created += 1
        return translated

    # --- steps -------------------------------------------------------------------------------

    @transaction.atomic
    def load(self):
        self.collection = demo_collection()
        self.indonesian = Locale.objects.get_or_create(language_code="id")[0]
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        self.load_regions()
        self.load_users()
        self.home = self.load_home()
        self.load_settings()
        self.load_pages()
        self.motifs = self.load_motifs()
        self.artisans = self.load_artisans()
        self.load_catalog()
        self.load_stories()
        self.load_galleries()
        self.load_artisan_account()
        return self.created

    def load_regions(self):
        if not Region.objects.filter(code=REGENCY_CODE).exists():
            Region.objects.import_regency(REGENCY_CODE)
            self.created += 1
        self.districts = {
            region.name.lower(): region for region in Region.objects.districts_of(REGENCY_CODE)
        }

    def load_users(self):
        user_model = get_user_model()
        for username, password, role, group_names, first_name in DEMO_USERS:
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
            self.created += 1

    def load_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        text = content.HOME["id"]
        hero = self.image("Hero", patterns.draw_scene, kind="hero", width=1600, height=800)
        home = HomePage(
            title=text["title"],
            slug="beranda",
            locale=self.indonesian,
            hero_heading=text["hero_heading"],
            hero_text=text["hero_text"],
            hero_cta_label=text["cta_label"],
            intro=text["intro"],
            hero_image=hero,
            search_description=text["hero_text"][:250],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        previous_roots = (
            Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(locale=self.english)
        )
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = content.COUNCIL["short_name"]
        site.save()
        for page in previous_roots:
            if not page.get_children().exists() and not page.sites_rooted_here.exists():
                page.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
        english = content.HOME["en"]
        self.translation(
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

    def load_settings(self):
        council = CouncilSettings.for_site(Site.objects.get(root_page=self.home))
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
        self.created += 1

    def load_pages(self):
        for page_data in content.PAGES:
            text = page_data["id"]
            page = self.child_page(
                self.home,
                StandardPage,
                page_data["slug"],
                title=text["title"],
                intro=text["intro"],
                body=stream_data(text["body"]),
                show_in_menus=page_data["show_in_menus"],
            )
            english = page_data["en"]
            self.translation(
                page,
                slug=page_data["slug_en"],
                title=english["title"],
                intro=english["intro"],
                body=stream_data(english["body"]),
            )

    def load_motifs(self):
        index_text = content.MOTIF_INDEX
        index = self.child_page(
            self.home,
            MotifIndexPage,
            index_text["id"]["slug"],
            title=index_text["id"]["title"],
            intro=index_text["id"]["intro"],
            show_in_menus=True,
        )
        self.translation(
            index,
            slug=index_text["en"]["slug"],
            title=index_text["en"]["title"],
            intro=index_text["en"]["intro"],
        )
        motifs = {}
        for seed, motif in enumerate(content.MOTIFS):
            image = self.image(
                f"Motif {motif['name']}",
                patterns.draw_motif,
                motif_key=motif["key"],
                width=self.photo_size,
                height=self.photo_size * 3 // 4,
                seed=seed,
            )
            fields = {}
            for language in ("id", "en"):
                text = motif[language]
                fields[language] = {
                    "title": motif["name"],
                    "subject": text["subject"],
                    "summary": text["summary"],
                    "meaning": paragraphs_html(text["meaning"]),
                    "history": paragraphs_html(text["history"]),
                    "technique": paragraphs_html(text["technique"]),
                    "search_description": text["summary"][:250],
                }
            page = self.child_page(index, MotifPage, motif["key"], image=image, **fields["id"])
            self.translation(page, **fields["en"])
            motifs[motif["key"]] = page
        return motifs

    def load_artisans(self):
        for slug, name, name_en in TECHNIQUES:
            Technique.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
        index_text = content.ARTISAN_INDEX
        index = self.child_page(
            self.home,
            ArtisanIndexPage,
            index_text["id"]["slug"],
            title=index_text["id"]["title"],
            intro=index_text["id"]["intro"],
            show_in_menus=True,
        )
        self.translation(
            index,
            slug=index_text["en"]["slug"],
            title=index_text["en"]["title"],
            intro=index_text["en"]["intro"],
        )
        artisans = {}
        for seed, data in enumerate(content.ARTISANS):
            artisan = Artisan.objects.filter(slug=data["slug"]).first()
            if artisan is None:
                district = self.districts[data["district"].lower()]
                village = (
                    district.children.filter(name__iexact=data["village"]).first()
                    if data["village"]
                    else None
                )
                artisan = Artisan.objects.create(
                    slug=data["slug"],
                    business_name=data["business_name"],
                    owner_name=data["owner_name"],
                    sector=data["sector"],
                    district=district,
                    village=village,
                    founded_year=data["founded_year"],
                    workers=data["workers"],
                    whatsapp=data["whatsapp"],
                    instagram=data["instagram"],
                )
                artisan.techniques.set(Technique.objects.filter(slug__in=data["techniques"]))
                add_registry_details(artisan, seed)
                self.created += 1
            artisans[data["slug"]] = artisan
            photo = self.image(
                f"Artisan {data['business_name']}",
                patterns.draw_portrait,
                seed=seed,
                width=self.photo_size * 3 // 4,
                height=self.photo_size,
            )
            page = self.child_page(
                index,
                ArtisanPage,
                data["slug"],
                title=data["business_name"],
                artisan=artisan,
                intro=data["id"]["intro"],
                photo=photo,
                body=stream_data(("paragraph", text) for text in data["id"]["story"]),
                search_description=data["id"]["intro"][:250],
            )
            self.translation(
                page,
                intro=data["en"]["intro"],
                body=stream_data(("paragraph", text) for text in data["en"]["story"]),
                search_description=data["en"]["intro"][:250],
            )
        return artisans

    def load_catalog(self):
        categories = {}
        for order, data in enumerate(content.CATEGORIES):
            categories[data["slug"]], _created = Category.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["id"],
                    "name_en": data["en"],
                    "parent": categories.get(data["parent"]),
                    "sort_order": order,
                },
            )
        techniques = {technique.slug: technique for technique in Technique.objects.all()}
        # Created last to first, so the first products of the content are the newest ones
        # and lead the home page's "new in the catalog".
        for seed, data in reversed(list(enumerate(content.PRODUCTS))):
            if Product.objects.filter(slug=data["slug"]).exists():
                continue
            product = Product.objects.create(
                slug=data["slug"],
                artisan=self.artisans[data["artisan"]],
                name=data["id"]["name"],
                name_en=data["en"]["name"],
                description=data["id"]["description"],
                description_en=data["en"]["description"],
                category=categories[data["category"]],
                technique=techniques.get(data["technique"]),
                motif=self.motifs.get(data["motif"]) if data["motif"] else None,
                material=data["material"]["id"],
                material_en=data["material"]["en"],
                price=data["price"],
                stock=data["stock"],
                weight_grams=data["weight_grams"],
            )
            photo = self.image(
                f"Product {data['slug']}",
                patterns.draw_product_photo,
                kind=data["photo"],
                motif_key=data["motif"] or None,
                width=self.photo_size,
                height=self.photo_size,
                seed=seed,
            )
            ProductImage.objects.create(
                product=product,
                image=photo,
                sort_order=0,
                alt_text=data["id"]["name"],
                alt_text_en=data["en"]["name"],
            )
            self.created += 1

    def load_stories(self):
        index_text = content.STORY_INDEX
        index = self.child_page(
            self.home,
            StoryIndexPage,
            index_text["id"]["slug"],
            title=index_text["id"]["title"],
            intro=index_text["id"]["intro"],
            show_in_menus=True,
        )
        self.translation(
            index,
            slug=index_text["en"]["slug"],
            title=index_text["en"]["title"],
            intro=index_text["en"]["intro"],
        )
        scene_for_kind = {"news": "gallery", "exhibition": "exhibition", "training": "training"}
        for seed, story in enumerate(content.STORIES):
            image = self.image(
                f"Story {story['slug']}",
                patterns.draw_scene,
                kind=scene_for_kind[story["kind"]],
                seed=seed,
                width=self.photo_size * 4 // 3,
                height=self.photo_size * 3 // 4,
            )
            fields = {
                language: {
                    "title": story[language]["title"],
                    "intro": story[language]["intro"],
                    "body": stream_data(story[language]["body"]),
                    "search_description": story[language]["intro"][:250],
                }
                for language in ("id", "en")
            }
            page = self.child_page(
                index,
                StoryPage,
                story["slug"],
                kind=story["kind"],
                date=date.fromisoformat(story["date"]),
                image=image,
                artisans=[self.artisans[slug] for slug in story["artisans"]],
                **fields["id"],
            )
            if story["tags"] and not page.tags.exists():
                page.tags.add(*story["tags"])
                page.save_revision().publish()
            self.translation(page, slug=story["slug_en"], **fields["en"])

    def load_galleries(self):
        """Each profile shows the photos of its artisan's products as a gallery."""
        for profile in ArtisanPage.objects.filter(locale=self.indonesian):
            if profile.gallery_images.exists():
                continue
            photos = ProductImage.objects.filter(product__artisan=profile.artisan_id)[:4]
            for position, photo in enumerate(photos):
                profile.gallery_images.add(
                    ArtisanPageGalleryImage(
                        image=photo.image, caption=photo.alt_text, sort_order=position
                    )
                )
            profile.save_revision().publish()
            for translation in profile.get_translations():
                translation.specific.gallery_images.add(
                    *[
                        ArtisanPageGalleryImage(image=item.image, sort_order=item.sort_order)
                        for item in profile.gallery_images.all()
                    ]
                )
                translation.specific.save_revision().publish()
            self.created += 1

    def load_artisan_account(self):
        """The demo artisan keeps one profile current (an editor approves the changes)."""
        username, position = DEMO_ARTISAN_ACCOUNT
        artisan = self.artisans[content.ARTISANS[position]["slug"]]
        user = get_user_model().objects.get(username=username)
        if not artisan.members.filter(pk=user.pk).exists():
            link_account(artisan, user)
            self.created += 1


def load_demo(photo_size=1200, stdout=None):
    """Load the demo content; returns how many objects were created (0 on a second run)."""
    return DemoLoader(photo_size=photo_size, stdout=stdout).load()
