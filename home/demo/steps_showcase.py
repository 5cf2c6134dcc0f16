"""Demo steps for what the council shows off: the motifs, the artisans with their profile
pages, galleries and demo account, and the stories. Each step takes the `DemoLoader`."""

from datetime import date

from django.contrib.auth import get_user_model

from artisans.accounts import link_account
from artisans.models import (
    Artisan,
    ArtisanIndexPage,
    ArtisanPage,
    ArtisanPageGalleryImage,
    Technique,
)
from catalog.models import ProductImage
from home.models import MotifIndexPage, MotifPage, StoryIndexPage, StoryPage

from . import content, patterns
from .registry import add_registry_details
from .richtext import paragraphs_html, stream_data

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


def load_motifs(loader):
    index = loader.sections[MotifIndexPage]  # from load_home
    motifs = {}
    for seed, motif in enumerate(content.MOTIFS):
        image = loader.image(
            f"Motif {motif['name']}",
            patterns.draw_motif,
            motif_key=motif["key"],
            width=loader.photo_size,
            height=loader.photo_size * 3 // 4,
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
        page = loader.child_page(index, MotifPage, motif["key"], image=image, **fields["id"])
        loader.translation(page, **fields["en"])
        motifs[motif["key"]] = page
    return motifs


def load_artisans(loader):
    for slug, name, name_en in TECHNIQUES:
        Technique.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
    index = loader.sections[ArtisanIndexPage]
    artisans = {}
    for seed, data in enumerate(content.ARTISANS):
        artisan = Artisan.objects.filter(slug=data["slug"]).first()
        if artisan is None:
            district = loader.districts[data["district"].lower()]
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
                # The demo's makers agreed to show their name and WhatsApp.
                public_owner=True,
                public_contact=True,
            )
            artisan.techniques.set(Technique.objects.filter(slug__in=data["techniques"]))
            add_registry_details(artisan, seed)
            loader.created += 1
        artisans[data["slug"]] = artisan
        photo = loader.image(
            f"Artisan {data['business_name']}",
            patterns.draw_portrait,
            seed=seed,
            width=loader.photo_size * 3 // 4,
            height=loader.photo_size,
        )
        page = loader.child_page(
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
        loader.translation(
            page,
            intro=data["en"]["intro"],
            body=stream_data(("paragraph", text) for text in data["en"]["story"]),
            search_description=data["en"]["intro"][:250],
        )
    return artisans


def load_stories(loader):
    index = loader.sections[StoryIndexPage]
    scene_for_kind = {"news": "gallery", "exhibition": "exhibition", "training": "training"}
    for seed, story in enumerate(content.STORIES):
        image = loader.image(
            f"Story {story['slug']}",
            patterns.draw_scene,
            kind=scene_for_kind[story["kind"]],
            seed=seed,
            width=loader.photo_size * 4 // 3,
            height=loader.photo_size * 3 // 4,
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
        page = loader.child_page(
            index,
            StoryPage,
            story["slug"],
            kind=story["kind"],
            date=date.fromisoformat(story["date"]),
            image=image,
            artisans=[loader.artisans[slug] for slug in story["artisans"]],
            **fields["id"],
        )
        if story["tags"] and not page.tags.exists():
            page.tags.add(*story["tags"])
            page.save_revision().publish()
        loader.translation(page, slug=story["slug_en"], **fields["en"])


def load_galleries(loader):
    """Each profile shows the photos of its artisan's products as a gallery."""
    for profile in ArtisanPage.objects.filter(locale=loader.indonesian):
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
        loader.created += 1


def load_artisan_account(loader, account):
    """The demo artisan keeps one profile current (an editor approves the changes).

    `account`: (username, index in content.ARTISANS), see DEMO_ARTISAN_ACCOUNT."""
    username, position = account
    artisan = loader.artisans[content.ARTISANS[position]["slug"]]
    user = get_user_model().objects.get(username=username)
    if not artisan.members.filter(pk=user.pk).exists():
        link_account(artisan, user)
        loader.created += 1
