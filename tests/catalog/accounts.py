"""The people of the authorization tests: a buyer, two artisans, an editor, an admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from artisans.accounts import link_account
from tests.artisans.factories import ArtisanFactory


def artisan_account(username, artisan=None):
    """A user who keeps an artisan's shop (a new artisan unless one is given)."""
    artisan = artisan or ArtisanFactory()
    user = get_user_model().objects.create_user(username=username, password="x")
    link_account(artisan, user)
    return user, artisan


def editor_account(username="editor"):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return user


def buyer_account(username="buyer"):
    return get_user_model().objects.create_user(username=username, password="x")
