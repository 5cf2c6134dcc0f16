"""Media in S3-compatible object storage (django-storages), set up by the object storage block
of the settings when AWS_STORAGE_BUCKET_NAME is set.

- MediaStorage, the public bucket: photos, their renditions and documents' files, read by
  anyone at plain addresses (no signature) and cached for a year. That is safe only if a name,
  once used, never holds other bytes: Wagtail names a rendition after its original
  ("kain.2e16d0ba.fill-320x320.format-webp.webp"), and Django gives a deleted file's name to
  the next upload of the same name, so a new photo "kain.jpg" would be shown from caches as
  the deleted one. Every name gets a random suffix, whether or not it is taken now.
- PrivateBucketStorage, the private bucket: transfer proofs, certificates' evidence, imported
  sheets (home.private_files). It has no address to give: the files go out only through the
  views that check who asks (home.uploads.serve_private_file).

A store that cannot be reached, or refuses, raises one of STORAGE_ERRORS while a file is saved
(OSError for a full or read-only disk): the views that take uploads catch them and tell the
person uploading to try again, keeping what they typed.
"""

import os
from pathlib import PurePath

from django.utils.deconstruct import deconstructible

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage

STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)
# A store that does not answer fails an upload in at most about 20 seconds (two tries of 5 s to
# connect or 10 s to read), well inside nginx's 60 s, not after minutes of botocore's defaults:
# the person uploading gets the message, and an app server's worker is not held.
PATIENCE = Config(
    connect_timeout=5, read_timeout=10, retries={"mode": "standard", "max_attempts": 2}
)


class ImpatientS3Storage(S3Storage):
    """django-storages' S3 storage with PATIENCE added to its client's settings (kept out of the
    storage's options, which Wagtail passes to tasks as JSON)."""

    def __init__(self, **settings):
        super().__init__(**settings)
        self.client_config = self.client_config.merge(PATIENCE)


@deconstructible
class MediaStorage(ImpatientS3Storage):
    def get_available_name(self, name, max_length=None):
        folder, file_name = os.path.split(name)
        # Split as Django does: "kain.2e16d0ba.fill-320x320.webp" -> "kain", ".2e16d0ba...".
        extension = "".join(PurePath(file_name).suffixes)
        fresh = self.get_alternative_name(file_name.removesuffix(extension), extension)
        return super().get_available_name(os.path.join(folder, fresh), max_length)


@deconstructible
class PrivateBucketStorage(ImpatientS3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("This file is not accessible via a URL.")
