import factory
from factory.django import DjangoModelFactory

from inquiries.models import Author, Inquiry, InquiryKind, InquiryMessage, SavedReply
from tests.artisans.factories import ArtisanFactory


class InquiryFactory(DjangoModelFactory):
    """A buyer's question to an artisan (no product unless given), received now."""

    kind = InquiryKind.QUESTION
    artisan = factory.SubFactory(ArtisanFactory)
    product = None
    name = factory.Sequence(lambda n: f"Pembeli {n}")
    email = factory.Sequence(lambda n: f"pembeli{n}@example.com")
    language = "id"
    message = "Apakah kain ini tersedia dalam warna biru?"

    class Meta:
        model = Inquiry


class InquiryMessageFactory(DjangoModelFactory):
    inquiry = factory.SubFactory(InquiryFactory)
    author_kind = Author.BUYER
    body = "Terima kasih, saya tunggu kabarnya."

    class Meta:
        model = InquiryMessage


class SavedReplyFactory(DjangoModelFactory):
    """A saved reply of the Dekranasda (artisan None) unless an artisan is given."""

    artisan = None
    title = factory.Sequence(lambda n: f"Balasan {n}")
    body = "Terima kasih atas pertanyaan Anda. Kami akan segera menghubungi Anda."

    class Meta:
        model = SavedReply
