"""Files nobody may fetch by URL (transfer proofs, certificates' evidence, imported registry
sheets), served only through views that check who asks (home.uploads.serve_private_file).

Where they are kept is the storage STORAGES["private"] names: a folder outside the public
media (LocalPrivateStorage, PRIVATE_MEDIA_ROOT) or, with object storage, a bucket of their own
(home.storage.PrivateBucketStorage). The models' fields name `private_storage`, which hands
every call to that storage: a field deconstructs to the same `PrivateFileStorage()` whatever
the settings, so moving the files to object storage makes no migration.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.deconstruct import deconstructible


@deconstructible
class LocalPrivateStorage(FileSystemStorage):
    """PRIVATE_MEDIA_ROOT, read when used (each test has its own), with no URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


@deconstructible
class PrivateFileStorage(Storage):
    """The storage of STORAGES["private"], looked up at each use (settings may change)."""

    @property
    def backend(self):
        return storages["private"]

    @property
    def base_url(self):
        return getattr(self.backend, "base_url", None)

    def open(self, name, mode="rb"):
        return self.backend.open(name, mode)

    def save(self, name, content, max_length=None):
        return self.backend.save(name, content, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend.generate_filename(filename)

    def get_valid_name(self, name):
        return self.backend.get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.backend.get_available_name(name, max_length=max_length)

    def delete(self, name):
        return self.backend.delete(name)

    def exists(self, name):
        return self.backend.exists(name)

    def listdir(self, path):
        return self.backend.listdir(path)

    def size(self, name):
        return self.backend.size(name)

    def url(self, name):
        return self.backend.url(name)

    def path(self, name):
        return self.backend.path(name)

    def get_accessed_time(self, name):
        return self.backend.get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend.get_created_time(name)

    def get_modified_time(self, name):
        return self.backend.get_modified_time(name)


private_storage = PrivateFileStorage()
