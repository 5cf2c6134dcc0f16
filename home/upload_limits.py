"""No uploaded file past FILE_UPLOAD_MAX_SIZE is written anywhere.

Django writes every uploaded file in full (to memory, then to a temporary file) before any form
sees it, so a file of gigabytes would fill the disk first and be refused after. This handler,
first in FILE_UPLOAD_HANDLERS, passes a file's bytes on to Django's handlers until the limit;
past it nothing more is kept, and the form receives an empty stand-in that has the file's real
size, which every upload check (home.uploads.check_size, the registry import) refuses first with
"too large". In production the proxy's body limit stops such a request sooner (see the README).
"""

import io

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class OversizeUpload(UploadedFile):
    """A file that was not kept because it was too large: its name and size, no content."""

    def __init__(self, name, content_type, size):
        super().__init__(io.BytesIO(), name, content_type, size)


class UploadSizeLimitHandler(FileUploadHandler):
    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.FILE_UPLOAD_MAX_SIZE:
            return None  # the next handlers receive nothing more of this file
        return raw_data

    def file_complete(self, file_size):
        if self.received > settings.FILE_UPLOAD_MAX_SIZE:
            return OversizeUpload(self.file_name, self.content_type, self.received)
        return None  # kept by the next handler, as Django does
