"""Artisans keep their own profile current; an editor approves each change before it is live."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from artisans.accounts import grant_profile_access, link_account
from tests.artisans.factories import ArtisanFactory, ArtisanIndexPageFactory, ArtisanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def profiles(home_page):
    index = ArtisanIndexPageFactory(parent=home_page)
    return (
        ArtisanPageFactory(parent=index, title="Batik Jati"),
        ArtisanPageFactory(parent=index, title="Batik Kapas"),
    )


def account(username, artisan):
    user = get_user_model().objects.create_user(username=username, password="x")
    link_account(artisan, user)
    return user


def edit_form(profile, title, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": profile.slug,
            "artisan": profile.artisan_id,
            "intro": profile.intro,
            "body": streamfield([]),
            "gallery_images": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_an_artisan_can_open_their_own_profile_but_not_another_artisans(client, profiles):
    own, other = profiles
    client.force_login(account("sri", own.artisan))

    assert client.get(edit_url(own)).status_code == 200
    response = client.get(edit_url(other))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] != edit_url(other)


def test_an_artisan_cannot_publish_or_change_another_profile(client, profiles):
    own, other = profiles
    client.force_login(account("sri", own.artisan))
    revisions_of_other = other.revisions.count()

    client.post(edit_url(own), edit_form(own, "Batik Jati Baru", "action-publish"))
    client.post(edit_url(other), edit_form(other, "Dibajak", "action-publish"))

    own.refresh_from_db()
    other.refresh_from_db()
    assert own.title == "Batik Jati"  # the live page is unchanged
    assert other.title == "Batik Kapas"
    assert other.revisions.count() == revisions_of_other  # not even a draft was saved
    assert own.get_latest_revision().content["title"] == "Batik Jati Baru"  # a draft only


def test_moderation_round_trip_from_artisan_to_editor(client, profiles):
    own, _other = profiles
    client.force_login(account("sri", own.artisan))

    client.post(edit_url(own), edit_form(own, "Batik Jati Dander", "action-submit"))

    own.refresh_from_db()
    state = own.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert own.title == "Batik Jati"  # not live before approval

    moderator = get_user_model().objects.create_user(username="editor", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[own.pk, "approve", task_state.pk]),
        {"comment": "Bagus"},
    )

    assert response.status_code in (200, 302)
    own.refresh_from_db()
    assert own.title == "Batik Jati Dander"
    assert own.current_workflow_state is None


def test_linking_an_account_makes_it_the_owner_of_every_language_version(profiles, english):
    own, _other = profiles
    english_version = own.copy_for_translation(english, copy_parents=True)

    user = account("sri", own.artisan)

    own.refresh_from_db()
    english_version.refresh_from_db()
    assert own.owner == user
    assert english_version.owner == user
    assert user.groups.filter(name="Artisans").exists()


def test_an_artisans_dashboard_leads_to_their_profile_and_shows_its_state(client, profiles):
    own, other = profiles
    client.force_login(account("sri", own.artisan))

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("wagtailadmin_pages:edit", args=[own.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[other.pk]) not in html


def test_an_editors_dashboard_has_no_profile_panel(admin_client, profiles):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "your-artisan-profile" not in html


def test_an_artisan_cannot_create_or_copy_profiles(client, profiles):
    own, _other = profiles
    client.force_login(account("sri", own.artisan))
    unprofiled = ArtisanFactory()
    index = own.get_parent()
    pages_before = Page.objects.count()

    create = client.post(
        reverse("wagtailadmin_pages:add", args=["artisans", "artisanpage", index.pk]),
        {**edit_form(own, "Profil palsu", "action-submit"), "artisan": unprofiled.pk},
    )
    copy = client.post(
        reverse("wagtailadmin_pages:copy", args=[own.pk]),
        {"new_title": "Salinan", "new_slug": "salinan", "new_parent_page": index.pk},
    )

    assert create.status_code == 403
    assert copy.status_code == 403
    assert Page.objects.count() == pages_before


def test_an_artisan_cannot_move_their_profile_to_another_artisan(client, profiles):
    own, other = profiles
    client.force_login(account("sri", own.artisan))

    client.post(
        edit_url(own),
        {**edit_form(own, "Batik Jati", "action-submit"), "artisan": other.artisan_id},
    )

    assert own.get_latest_revision_as_object().artisan_id == own.artisan_id


def test_an_account_removed_from_an_artisan_loses_the_profile(client, profiles):
    own, _other = profiles
    user = account("sri", own.artisan)
    own.artisan.members.remove(user)

    grant_profile_access(own.artisan)  # what saving the artisan in the admin runs
    client.force_login(user)

    own.refresh_from_db()
    assert own.owner is None
    assert not user.groups.filter(name="Artisans").exists()
    assert client.get(edit_url(own)).status_code != 200


def test_artisans_and_editors_can_upload_and_choose_photos(client, profiles):
    own, _other = profiles
    editor = get_user_model().objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))

    for user in (account("sri", own.artisan), editor):
        client.force_login(user)
        assert client.get(reverse("wagtailimages:add")).status_code == 200
        assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_an_artisan_browses_only_their_own_profile_and_no_reports(client, profiles):
    own, other = profiles
    client.force_login(account("sri", own.artisan))

    listing = client.get(reverse("wagtailadmin_explore", args=[own.get_parent().pk]))
    html = listing.content.decode()

    assert listing.status_code == 200
    assert own.title in html
    assert other.title not in html
    assert (
        reverse("wagtailadmin_reports:site_history")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
