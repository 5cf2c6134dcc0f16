"""Every editor's action on orders and on the registry leaves an entry in Wagtail's history:
who, when, what (shown on the object's History page and in the site history report)."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import ModelLogEntry

import pytest

from artisans.models import Artisan, Region, RegistryImport
from artisans.registry_import.services import apply_import, preview_import
from catalog import order_actions
from catalog.checkout.services import mark_order_paid
from catalog.models import FulfilmentStatus
from catalog.payments.bank_transfer import bank_transfer
from tests.artisans.factories import ArtisanFactory, RegencyFactory
from tests.catalog.accounts import editor_account
from tests.uploads import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return editor_account()


def entries(instance, action):
    return ModelLogEntry.objects.filter(
        action=action,
        object_id=str(instance.pk),
        content_type__model=instance._meta.model_name,
    )


def the_entry(instance, action, user):
    found = list(entries(instance, action))
    assert len(found) == 1, f"{action}: {found}"
    assert found[0].user_id == user.pk and found[0].timestamp is not None
    return found[0]


def paid_by_transfer(order, editor):
    payment = bank_transfer.start(order)
    bank_transfer.confirm(payment, editor)
    return payment


ORDER_ACTIONS = {
    "note": lambda order, editor: order_actions.add_note(order, editor, "Pembeli menelepon."),
    "cancel": lambda order, editor: order_actions.cancel_order(order, editor, reason="Stok rusak"),
    "refund": lambda order, editor: order_actions.refund_payment(
        paid_by_transfer(order, editor), editor, 1_000, "Ongkir lebih", "refund-1"
    ),
    "fulfilment": lambda order, editor: (
        mark_order_paid(order),
        order_actions.set_fulfilment(
            order.fulfilments.first(), editor, FulfilmentStatus.PACKED, note="Dikemas"
        ),
    ),
}


@pytest.mark.parametrize("action", ORDER_ACTIONS)
def test_each_change_to_an_order_is_logged_with_its_editor(place, editor, action):
    order = place()

    ORDER_ACTIONS[action](order, editor)

    entry = the_entry(order, f"catalog.order.{action}", editor)
    assert entry.message and entry.comment  # what it was, in the editor's words


def test_confirming_and_rejecting_transfers_in_the_admin_is_logged(client, place, editor):
    confirmed, rejected = place(), place()
    for order in (confirmed, rejected):
        bank_transfer.start(order)
    client.force_login(editor)

    def bulk(action, order, **data):
        url = reverse("wagtail_bulk_action", args=["catalog", "payment", action])
        payment = order.payments.get()
        client.post(f"{url}?id={payment.pk}&next=/admin/", data)

    bulk("confirm_transfer", confirmed)
    bulk("reject_transfer", rejected, note="Tidak ada di rekening")
    bulk("confirm_transfer", confirmed)  # twice: nothing new happened, nothing new logged

    the_entry(confirmed, "catalog.order.transfer_confirmed", editor)
    entry = the_entry(rejected, "catalog.order.transfer_rejected", editor)
    assert "Tidak ada di rekening" in entry.comment
    history = reverse("wagtailsnippets_catalog_order:history_results", args=[rejected.pk])
    with translation.override("id"):  # the admin's language
        assert str(entry.message) in client.get(history).content.decode()


def test_editing_and_deleting_an_artisan_in_the_admin_is_logged(client, editor, admin_user):
    artisan = ArtisanFactory(business_name="Batik Sekar Jati")
    edit = reverse("wagtailsnippets_artisans_artisan:edit", args=[artisan.pk])
    delete = reverse("wagtailsnippets_artisans_artisan:delete", args=[artisan.pk])

    client.force_login(editor)
    data = form_values(client.get(edit).content.decode())
    data["owner_name"] = "Siti Aminah"
    assert client.post(edit, data).status_code == 302
    client.post(delete)  # editors may not delete from the registry
    assert Artisan.objects.filter(pk=artisan.pk).exists()
    client.force_login(admin_user)
    client.post(delete)

    assert not Artisan.objects.filter(pk=artisan.pk).exists()
    the_entry(artisan, "wagtail.edit", editor)
    the_entry(artisan, "wagtail.delete", admin_user)


def sheet(*names):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(["Nama Usaha", "Nama Pemilik", "Sektor", "Kecamatan"])
    for name in names:
        writer.writerow([name, "Siti Aminah", "Batik", "Dander"])
    return SimpleUploadedFile("ikm.csv", text.getvalue().encode("utf-8-sig"))


def test_a_registry_import_is_logged_for_the_import_and_each_artisan_it_changed(editor):
    Region.objects.create(code="35.22.06", name="Dander", level=3, parent=RegencyFactory())
    kept = ArtisanFactory(business_name="Batik Lama")

    record = preview_import(sheet("Batik Sekar Jati", "Batik Mliwis"), editor, "35.22")
    outcome = apply_import(record, editor, "35.22")

    assert outcome.applied, outcome.problem
    record = RegistryImport.objects.get(pk=record.pk)
    entry = the_entry(record, "artisans.registry_import", editor)
    assert entry.data["created"] == 2
    for name in ("Batik Sekar Jati", "Batik Mliwis"):
        row_entry = the_entry(Artisan.objects.get(business_name=name), "artisans.imported", editor)
        assert row_entry.uuid == entry.uuid and "ikm.csv" in row_entry.message
    assert not entries(kept, "artisans.imported").exists()
