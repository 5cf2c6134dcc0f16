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
"""

import os
from pathlib import PurePath

from django.utils.deconstruct import deconstructible

from storages.backends.s3 import S3Storage


@deconstructible
class MediaStorage(S3Storage):
    def get_available_name(self, name, max_length=None):
        folder, file_name = os.path.split(name)
        # Split as Django does: "kain.2e16d0ba.fill-320x320.webp" -> "kain", ".2e16d0ba...".
        extension = "".join(PurePath(file_name).suffixes)
        fresh = self.get_alternative_name(file_name.removesuffix(extension), extension)
        return super().get_available_name(os.path.join(folder, fresh), max_length)


@deconstructible
class PrivateBucketStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("This file is not accessible via a URL.")
