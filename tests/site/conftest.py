"""Fixtures of the site's tests: S3 object storage in moto (two buckets, as production has),
and an order awaiting a bank transfer."""

import json

import boto3
import pytest
from moto import mock_aws

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart
from tests.catalog.factories import ProductFactory
from tests.catalog.test_bank_transfer import DETAILS

from .object_storage import CDN, PRIVATE, PUBLIC, PUBLIC_READ, use_object_storage


@pytest.fixture
def s3():
    """moto's S3 with the two buckets: the public one readable by anyone, the private one not."""
    with mock_aws():
        client = boto3.client(
            "s3",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        client.create_bucket(Bucket=PUBLIC)
        client.put_bucket_policy(Bucket=PUBLIC, Policy=json.dumps(PUBLIC_READ))
        client.create_bucket(Bucket=PRIVATE)
        yield client


@pytest.fixture
def buckets(s3, settings):
    """Object storage at the buckets' own addresses (https://pk-media.s3.amazonaws.com/)."""
    use_object_storage(settings)
    return s3


@pytest.fixture
def behind_cdn(s3, settings):
    """Object storage with a CDN in front of the public bucket (AWS_S3_CUSTOM_DOMAIN)."""
    use_object_storage(settings, AWS_S3_CUSTOM_DOMAIN=CDN)
    return s3


@pytest.fixture
def order():
    product = ProductFactory(stock=5)
    cart = Cart.objects.create()
    add_to_cart(cart, product, None, 1)
    return place_order(cart, **DETAILS)
