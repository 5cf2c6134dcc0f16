"""Buyers' inquiries for the demo: the demo artisan's inbox holds a new question (overdue), an
export quote request it has priced, a custom order it has answered and a few older answered
questions (so its profile shows a response time); the council has a message of its own. Stored
as they would be, without sending any email."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from home.demo import content
from inquiries.models import Author, Inquiry, InquiryKind, InquiryMessage, InquiryStatus, SavedReply

SAVED_REPLIES = [
    (
        "Waktu kirim",
        "Terima kasih sudah bertanya. Barang yang ada stoknya kami kirim dalam 2 hari kerja; "
        "pesanan khusus selesai dalam 3 sampai 4 minggu.",
    ),
    (
        "Perawatan batik tulis",
        "Cuci dengan tangan memakai sabun lerak atau sampo bayi, jangan diperas, jemur di tempat "
        "teduh, dan setrika dari balik kain.",
    ),
]

# (kind, status, hours ago, buyer, email, language, product index or None, message, answer
#  after so many hours or None, extra fields)
INQUIRIES = [
    (
        InquiryKind.QUESTION,
        InquiryStatus.NEW,
        96,
        "Dewi Lestari",
        "dewi@example.com",
        "id",
        0,
        "Apakah kain ini tersedia dengan warna dasar biru indigo? Untuk seragam arisan.",
        None,
        {},
    ),
    (
        InquiryKind.QUOTE,
        InquiryStatus.QUOTED,
        50,
        "Emma de Vries",
        "emma@example.com",
        "en",
        0,
        "We run a homeware shop in Utrecht. Could you quote 40 pieces, packed for sea freight?",
        6,
        {
            "company": "De Vries Wonen",
            "quantity": 40,
            "country": "NL",
            "incoterm": "FOB",
            "samples_wanted": True,
        },
    ),
    (
        InquiryKind.CUSTOM,
        InquiryStatus.ANSWERED,
        30,
        "Budi Santoso",
        "budi@example.com",
        "id",
        None,
        "Saya ingin memesan 6 kain motif Sekar Jati warna soga untuk seragam keluarga.",
        2,
        {"motif": "Sekar Jati", "colours": "soga, krem", "size": "2 x 1,15 m", "quantity": 6},
    ),
    *[
        (
            InquiryKind.QUESTION,
            InquiryStatus.ANSWERED,
            24 * (10 + number),
            name,
            f"pembeli{number}@example.com",
            "id",
            number % 2,
            "Berapa lama pengiriman ke Surabaya?",
            hours,
            {},
        )
        for number, (name, hours) in enumerate(
            [("Sari Wulandari", 3), ("Agus Priyono", 5), ("Rina Hartati", 2)]
        )
    ],
]
COUNCIL_MESSAGE = (
    "Ani Rahmawati",
    "ani@example.com",
    "Kapan pameran kerajinan berikutnya di Bojonegoro? Kami ingin datang bersama rombongan.",
)
ANSWER = {
    InquiryKind.QUOTE: "Thank you! 40 pieces FOB Tanjung Perak: see the quote on this page.",
    InquiryKind.CUSTOM: "Bisa, Kak. Enam kain selesai dalam 4 minggu; kami kirim contoh warna.",
    InquiryKind.QUESTION: "Ke Surabaya 1 sampai 2 hari dengan JNE Reguler.",
}


def load_inquiries(loader):
    """The demo inquiries, once (nothing is added when any inquiry exists)."""
    if Inquiry.objects.exists():
        return
    artisan = loader.artisans[content.ARTISANS[0]["slug"]]
    products = list(artisan.products.order_by("pk")[:2])
    now = timezone.now()
    for title, body in SAVED_REPLIES:
        SavedReply.objects.create(artisan=artisan, title=title, body=body)
    for kind, status, hours, name, email, language, product, text, after, extra in INQUIRIES:
        created = now - timedelta(hours=hours)
        inquiry = Inquiry.objects.create(
            kind=kind,
            status=status,
            artisan=artisan,
            product=products[product] if product is not None and products else None,
            name=name,
            email=email,
            language=language,
            message=text,
            created_at=created,
            last_message_at=created,
            **extra,
        )
        InquiryMessage.objects.create(
            inquiry=inquiry, author_kind=Author.BUYER, body=text, created_at=created
        )
        if after is not None:
            answered = created + timedelta(hours=after)
            InquiryMessage.objects.create(
                inquiry=inquiry, author_kind=Author.ARTISAN, body=ANSWER[kind], created_at=answered
            )
            inquiry.first_answered_at = inquiry.last_message_at = answered
        if status == InquiryStatus.QUOTED:
            inquiry.quoted_amount, inquiry.quoted_currency = Decimal("1850.00"), "USD"
            inquiry.quote_valid_until = timezone.localdate() + timedelta(days=30)
        inquiry.save()
        loader.created += 1
    name, email, text = COUNCIL_MESSAGE
    created = now - timedelta(hours=5)
    inquiry = Inquiry.objects.create(
        kind=InquiryKind.MESSAGE,
        name=name,
        email=email,
        message=text,
        created_at=created,
        last_message_at=created,
    )
    InquiryMessage.objects.create(
        inquiry=inquiry, author_kind=Author.BUYER, body=text, created_at=created
    )
    loader.created += 1
