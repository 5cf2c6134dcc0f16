"""S3 object storage in the tests: the buckets' names, the settings the object storage block
gives for an environment, and what a bucket holds (read with moto's client)."""

from siteconf.settings.base import object_storage

PUBLIC, PRIVATE = "pk-media", "pk-private"
CDN = "media.pasarkriya.example"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
BUCKETS = {"AWS_STORAGE_BUCKET_NAME": PUBLIC, "AWS_PRIVATE_STORAGE_BUCKET_NAME": PRIVATE}
ENV = {**BUCKETS, **CREDENTIALS, "AWS_S3_REGION_NAME": "us-east-1"}
# How the README asks for the public bucket to be opened: reads of every object, nothing else.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{PUBLIC}/*",
        }
    ],
}


def use_object_storage(settings, **env):
    """The settings the object storage block gives for these environment variables."""
    configured, media_url = object_storage({**ENV, **env})
    settings.STORAGES = {**settings.STORAGES, **configured}
    settings.MEDIA_URL = media_url


def keys(s3, bucket):
    return {item["Key"] for item in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}


def content(s3, bucket, key):
    return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
