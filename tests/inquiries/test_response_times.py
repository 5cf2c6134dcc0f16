"""Each artisan's median response time over the last 90 days, as its profile shows it."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone, translation
from django.utils.translation import ngettext

import pytest

from inquiries.models import Author
from inquiries.response_times import (
    describe,
    describe_for,
    median_response_time,
    median_response_times,
)
from tests.artisans.factories import ArtisanFactory, ArtisanIndexPageFactory, ArtisanPageFactory
from tests.inquiries.factories import InquiryFactory, InquiryMessageFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def answered_inquiry(artisan, created, answered=None, by=Author.ARTISAN):
    """An inquiry received at `created`, answered by `by` at `answered` (or not answered)."""
    inquiry = InquiryFactory(artisan=artisan, created_at=created, first_answered_at=answered)
    if answered is not None:
        InquiryMessageFactory(inquiry=inquiry, author_kind=by, created_at=answered)
    return inquiry


def asked(artisan, *, days_ago, answered_after=None, now=NOW):
    """An inquiry received `days_ago` before `now`, answered by the artisan `answered_after`
    later (a timedelta), or not answered."""
    created = now - timedelta(days=days_ago)
    answered = created + answered_after if answered_after is not None else None
    return answered_inquiry(artisan, created, answered)


def test_an_answer_by_the_council_does_not_count_as_the_artisans():
    artisan = ArtisanFactory()
    for hours in (1, 2, 3):
        asked(artisan, days_ago=5, answered_after=timedelta(hours=hours))
    for _ in range(3):
        created = NOW - timedelta(days=5)
        answered_inquiry(artisan, created, created + timedelta(minutes=5), by=Author.COUNCIL)

    assert median_response_time(artisan, now=NOW) == timedelta(hours=2)


def test_the_median_counts_answered_inquiries_of_the_last_90_days_only():
    artisan = ArtisanFactory()
    for hours in (1, 2, 4, 30):
        asked(artisan, days_ago=10, answered_after=timedelta(hours=hours))
    asked(artisan, days_ago=5)  # not answered yet: left out, not counted as "never"
    asked(artisan, days_ago=91, answered_after=timedelta(hours=200))  # too old
    asked(ArtisanFactory(), days_ago=1, answered_after=timedelta(days=9))  # someone else

    assert median_response_time(artisan, now=NOW) == timedelta(hours=3)  # (2 + 4) / 2


def test_the_median_of_an_odd_number_is_the_middle_one_whatever_the_order():
    artisan = ArtisanFactory()
    for minutes in (600, 20, 45, 5, 1_000):
        asked(artisan, days_ago=3, answered_after=timedelta(minutes=minutes))

    assert median_response_time(artisan, now=NOW) == timedelta(minutes=45)


def test_the_window_starts_exactly_90_days_ago():
    artisan = ArtisanFactory()
    asked(artisan, days_ago=90, answered_after=timedelta(hours=1))
    asked(artisan, days_ago=1, answered_after=timedelta(hours=2))
    asked(artisan, days_ago=1, answered_after=timedelta(hours=3))
    answered_inquiry(  # a second before the window
        artisan, NOW - timedelta(days=90, seconds=1), NOW - timedelta(days=89)
    )

    assert median_response_time(artisan, now=NOW) == timedelta(hours=2)


def test_fewer_than_3_answered_inquiries_show_no_response_time():
    artisan = ArtisanFactory()
    asked(artisan, days_ago=2, answered_after=timedelta(hours=1))
    asked(artisan, days_ago=2, answered_after=timedelta(hours=1))
    for _ in range(5):
        asked(artisan, days_ago=2)  # unanswered ones do not make up the number

    assert median_response_time(artisan, now=NOW) is None
    assert describe_for(artisan, now=NOW) == ""


def test_many_artisans_in_one_query(django_assert_num_queries):
    artisans = [ArtisanFactory() for _ in range(10)]
    for index, artisan in enumerate(artisans[:6]):
        for _ in range(3):
            asked(artisan, days_ago=1, answered_after=timedelta(hours=index + 1))

    with django_assert_num_queries(1):
        medians = median_response_times(artisans, now=NOW)
    with django_assert_num_queries(1):
        assert median_response_times([a.pk for a in artisans], now=NOW) == medians
    with django_assert_num_queries(0):
        assert median_response_times([], now=NOW) == {}

    assert medians == {artisan.pk: timedelta(hours=i + 1) for i, artisan in enumerate(artisans[:6])}


@pytest.mark.parametrize(
    ("delay", "text"),
    [
        (timedelta(minutes=5), "Usually replies within 1 hour"),
        (timedelta(hours=1), "Usually replies within 1 hour"),
        (timedelta(hours=2, minutes=10), "Usually replies within 3 hours"),  # rounded up
        (timedelta(hours=3), "Usually replies within 3 hours"),
        (timedelta(hours=47), "Usually replies within 47 hours"),
        (timedelta(hours=47, minutes=30), "Usually replies within 2 days"),
        (timedelta(hours=48), "Usually replies within 2 days"),
        (timedelta(hours=49), "Usually replies within 3 days"),
        (timedelta(days=12), "Usually replies within 12 days"),
        (timedelta(0), "Usually replies within 1 hour"),
    ],
)
def test_the_text_says_hours_below_48_and_days_beyond(delay, text):
    with translation.override("en"):
        assert describe(delay) == text


@pytest.fixture
def profile(home_page):
    index = ArtisanIndexPageFactory(parent=home_page)
    return ArtisanPageFactory(parent=index)


def answered_recently(artisan, hours, count=1):
    now = timezone.now()
    for _ in range(count):
        created = now - timedelta(days=2)
        answered_inquiry(artisan, created, created + timedelta(hours=hours))


def test_the_profile_shows_the_response_time_in_each_language(client, profile, home_page_en):
    answered_recently(profile.artisan, hours=1)
    answered_recently(profile.artisan, hours=3)
    answered_recently(profile.artisan, hours=5)
    with translation.override("id"):
        indonesian = ngettext(
            "Usually replies within %(count)d hour", "Usually replies within %(count)d hours", 3
        ) % {"count": 3}

    assert indonesian in client.get(profile.url).content.decode()
    english = profile.copy_for_translation(home_page_en.locale, copy_parents=True)
    english.save_revision().publish()
    english.refresh_from_db()
    assert "Usually replies within 3 hours" in client.get(english.url).content.decode()


def test_the_profile_hides_it_with_fewer_than_3_answered(client, profile):
    answered_recently(profile.artisan, hours=1, count=2)
    InquiryFactory(artisan=profile.artisan)  # waiting

    response = client.get(profile.url)

    assert response.context["response_time"] == ""
    assert "(median over the last 90 days)" not in response.content.decode()


def test_the_profile_costs_the_same_queries_with_3_and_60_inquiries(client, profile):
    answered_recently(profile.artisan, hours=2, count=3)
    with_three = queries_for(client, profile.url)

    answered_recently(profile.artisan, hours=4, count=57)

    assert queries_for(client, profile.url) == with_three
