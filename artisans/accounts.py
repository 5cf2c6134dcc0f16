"""Artisans' own accounts: they keep their profile current, an editor approves each change.

Wagtail's page permission "add" on the artisan index lets a user edit only the pages they own
and never publish; their edits go to the Moderators through the default approval workflow.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

ARTISANS_GROUP = "Artisans"
ARTISAN_PERMISSIONS = [("wagtailadmin", "access_admin")]
# Wagtail checks images per collection: artisans may upload photos and choose existing ones
# (and, through Wagtail's ownership rule, edit only the photos they uploaded).
ARTISAN_IMAGE_PERMISSIONS = ["add_image", "choose_image"]


def artisans_group():
    """The group of artisans' accounts, with what they may do in the admin."""
    group, _created = Group.objects.get_or_create(name=ARTISANS_GROUP)
    for app_label, codename in ARTISAN_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    root_collection = Collection.get_first_root_node()
    for codename in ARTISAN_IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    return group


def open_to_artisans(index_page):
    """Let artisans edit their own profiles under this index (and only submit them)."""
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    GroupPagePermission.objects.get_or_create(
        group=artisans_group(), page=index_page, permission=add_page
    )


@transaction.atomic
def grant_profile_access(artisan):
    """Give the accounts of `artisan` its profile pages in every language, and take them
    from anyone who is no longer one of its accounts."""
    group = artisans_group()
    members = list(artisan.members.all())
    for user in members:
        user.groups.add(group)
    profiles = list(artisan.profile_pages.all())
    for profile in profiles:
        open_to_artisans(profile.get_parent())
    Page.objects.filter(pk__in=[profile.pk for profile in profiles]).exclude(
        owner__in=members
    ).update(owner=members[0] if members else None)
    # Accounts that keep no artisan any more lose the artisans' access.
    for user in group.user_set.filter(artisans__isnull=True):
        user.groups.remove(group)


def link_account(artisan, user):
    """Make `user` one of the people who keep `artisan`'s profile current."""
    artisan.members.add(user)
    grant_profile_access(artisan)
