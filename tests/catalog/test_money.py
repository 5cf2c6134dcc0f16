from django.utils.translation import override

import pytest

from catalog.money import format_idr


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        (1_250_000, "id", "Rp1.250.000"),
        (150_000, "id", "Rp150.000"),
        (999, "id", "Rp999"),
        (0, "id", "Rp0"),
        (-25_000, "id", "-Rp25.000"),
        (1_250_000, "en", "IDR 1,250,000"),
        (12_000_000_000, "en", "IDR 12,000,000,000"),
    ],
)
def test_rupiah_is_written_the_way_each_language_writes_it(amount, language, expected):
    assert format_idr(amount, language) == expected


def test_the_active_language_is_used_when_none_is_given():
    with override("en"):
        assert format_idr(5_000) == "IDR 5,000"
    with override("id"):
        assert format_idr(5_000) == "Rp5.000"
