"""What every uploaded file must pass, in one place, and how private uploads are served back.

- Photos (Wagtail's image form, the artisans' product photos): Wagtail's own checks (extension,
  format matching the extension), the size and the pixel count read from the file's header
  before anything is decoded (Willow decodes the whole picture to count its pixels: a small PNG
  declaring 30,000 x 30,000 pixels would take gigabytes), then the picture is decoded and
  re-encoded without metadata, which drops whatever was hidden in or after it.
- Scans (transfer proofs, certificates' evidence): a PDF, JPEG or PNG by its content, never by
  its name; pictures are re-encoded like photos, PDFs cut short or carrying scripts are refused.
- Documents (Wagtail's documents): the content must be what the extension says.
- Private files are served with the type their content has, inline only for PDFs and pictures.

Every refusal is a ValidationError with a message for the person who sent the file.
"""

import math
import re
import warnings
import zipfile
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import FileExtensionValidator
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from wagtail.documents.fields import WagtailDocumentField
from wagtail.images.fields import WagtailImageField

from PIL import Image

from .photo_metadata import without_metadata
from .upload_limits import OversizeUpload

MB = 1024 * 1024
# A web page or a script, as a browser or a server would run it. Only long tokens: a photo's
# compressed bytes are near-random, and a short one (say "<svg") turns up in 1 photo in 100.
MARKUP = re.compile(
    rb"<(?:script|iframe|object|embed|!doctype|html[\s>]|body[\s>]|\?php\s)", re.IGNORECASE
)
# What makes a PDF do more than show pages: scripts, launching programs, files inside it.
PDF_ACTIVE = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)\b")
PDF_TAIL = 1024  # readers accept a little after the final %%EOF, no more
SIGNATURES = [
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"PK\x03\x04", "zip"),
]
SCAN_PICTURES = {"jpeg": ".jpg", "png": ".png"}
# Kind of content -> the type a private file is served inline with; anything else downloads.
INLINE_TYPES = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}
OFFICE_ZIP = {"docx": "[Content_Types].xml", "xlsx": "[Content_Types].xml", "odt": "mimetype"}

MESSAGES = {
    "empty": _("This file is empty (0 bytes): choose the file again."),
    "too_large": _("This file is too large (%(size)s); the most is %(limit)s."),
    "photo_type": _("This kind of file cannot be used: send a photo in %(formats)s."),
    "mislabelled": _(
        "This file is named .%(extension)s but holds a %(actual)s picture: choose the original "
        "photo again."
    ),
    "not_a_photo": _("This file is not a photo, or it is damaged: send a photo in %(formats)s."),
    "damaged": _("This photo could not be read: the file is damaged or incomplete."),
    "too_many_pixels": _(
        "This picture is too large (%(width)s x %(height)s pixels); the most is "
        "%(limit)s megapixels. Make it smaller and send it again."
    ),
    "bomb": _(
        "This picture is far too large (over %(limit)s megapixels). Make it smaller and send "
        "it again."
    ),
    "active_content": _(
        "This file holds more than a picture (a web page or a program hidden inside), so it "
        "cannot be used. Save the picture again and send the new copy."
    ),
    "pdf_damaged": _("This PDF is incomplete or damaged: save or download it again."),
    "pdf_active": _(
        "This PDF contains scripts or attached files, which are not accepted. Print it to a "
        "new PDF, or send a photo of it."
    ),
    "document_mislabelled": _(
        "This file's content is not a .%(extension)s file: open it and save it again as "
        "%(extension)s."
    ),
}


def refuse(code, **params):
    message = MESSAGES[code]
    return ValidationError(message % params if params else message, code=code)


def size_text(size):
    """A file size for people: '5 MB', '5,1 MB' (rounded up, so a file just over the limit
    never reads as the limit), smaller sizes as Django writes them."""
    if size < MB:
        return filesizeformat(size)
    tenths = math.ceil(size * 10 / MB)
    places = 0 if tenths % 10 == 0 else 1
    return f"{number_format(tenths / 10, decimal_pos=places, force_grouping=True)} MB"


def check_size(upload, limit):
    """Refuse an empty file, or one over `limit` bytes (None: no limit), or one too large to
    have been kept at all (home.upload_limits)."""
    if isinstance(upload, OversizeUpload):
        limit = min(limit or settings.FILE_UPLOAD_MAX_SIZE, settings.FILE_UPLOAD_MAX_SIZE)
    elif not upload.size:
        raise refuse("empty")
    if limit is not None and upload.size > limit:
        raise refuse("too_large", size=size_text(upload.size), limit=size_text(limit))


def sniff(upload):
    """What the file is by its first bytes ('pdf', 'jpeg', 'png', 'zip'), or None."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    return next((kind for start, kind in SIGNATURES if head.startswith(start)), None)


def check_pixels(upload, limit):
    """Refuse a picture whose header declares more than `limit` pixels (all frames counted),
    before a single pixel is decoded."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own limit; ours, below it, decides.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload) as picture:
                width, height = picture.size
                pixels = width * height * getattr(picture, "n_frames", 1)
    except Image.DecompressionBombError:
        raise refuse("bomb", limit=megapixels(limit or 2 * Image.MAX_IMAGE_PIXELS)) from None
    except (OSError, SyntaxError, ValueError):
        raise refuse("damaged") from None
    finally:
        upload.seek(0)
    if limit and pixels > limit:
        raise refuse(
            "too_many_pixels",
            width=number_format(width, force_grouping=True),
            height=number_format(height, force_grouping=True),
            limit=megapixels(limit),
        )


def megapixels(pixels):
    return number_format(pixels // 1_000_000)


def reencoded(upload):
    """The picture alone, re-encoded without metadata (a ReencodedImage); refused if it cannot
    be decoded, or if a web page or script survives re-encoding (hidden in the colour profile
    or arranged in the pixels)."""
    try:
        clean = without_metadata(upload)
        if MARKUP.search(clean.read()):
            clean = without_metadata(upload, keep_colour_profile=False)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise refuse("damaged") from None
    finally:
        upload.seek(0)
    if MARKUP.search(clean.read()):
        raise refuse("active_content")
    clean.seek(0)
    return clean


class PhotoField(WagtailImageField):
    """Wagtail's image upload field, with the checks above; its clean value is the photo as it
    will be stored (re-encoded), so what was checked is what is kept."""

    def formats_text(self):
        return ", ".join(
            sorted(
                {
                    "JPEG" if ext in ("jpg", "jpeg") else ext.upper()
                    for ext in self.allowed_image_extensions
                }
            )
        )

    def to_python(self, data):
        if data not in self.empty_values:
            check_size(data, self.max_upload_size)  # before anything reads the file
        try:
            return super().to_python(data)
        except ValidationError as error:
            if error.code == "invalid_image":
                raise refuse("not_a_photo", formats=self.formats_text()) from None
            raise

    def check_image_file_format(self, f):
        try:
            super().check_image_file_format(f)
        except ValidationError as error:
            if error.code == "invalid_image_extension":
                raise refuse("photo_type", formats=self.formats_text()) from None
            actual = f.image.format_name
            if actual not in self.allowed_image_extensions:  # an SVG, a web page, a GIF...
                raise refuse("not_a_photo", formats=self.formats_text()) from None
            extension = PurePath(f.name).suffix.lower().lstrip(".")
            raise refuse("mislabelled", extension=extension, actual=actual.upper()) from None

    def check_image_pixel_size(self, f):
        check_pixels(f, self.max_image_pixels)

    def clean(self, data, initial=None):
        photo = super().clean(data, initial)
        if isinstance(photo, UploadedFile):  # a new upload, not the stored file kept
            return reencoded(photo)
        return photo


def check_scan(upload, limit, invalid_message):
    """A scan or photo of a paper (receipt, certificate): a PDF, or a JPEG or PNG picture,
    whatever its name says. Returns the file to store, named for what it is."""
    check_size(upload, limit)
    kind = sniff(upload)
    stem = PurePath(upload.name or "file").stem[:80] or "file"
    if kind == "pdf":
        check_pdf(upload)
        upload.name = f"{stem}.pdf"
        return upload
    if kind in SCAN_PICTURES:
        check_pixels(upload, getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None))
        clean = reencoded(upload)
        clean.name = stem + SCAN_PICTURES[kind]
        return clean
    raise ValidationError(invalid_message, code="invalid_scan")


def check_pdf(upload):
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    if b"%%EOF" not in content[-PDF_TAIL:]:
        raise refuse("pdf_damaged")
    if PDF_ACTIVE.search(content) or MARKUP.search(content):
        raise refuse("pdf_active")


class ScanField(forms.FileField):
    """A PDF or a photo (JPEG, PNG) of a paper, checked by `check_scan`."""

    def __init__(self, *, max_size, invalid_message, **kwargs):
        self.max_size, self.invalid_message = max_size, invalid_message
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
        )
        super().__init__(**kwargs)
        self.error_messages["empty"] = MESSAGES["empty"]

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return check_scan(upload, self.max_size, self.invalid_message)


def check_document(upload):
    """A document's extension must be one of WAGTAILDOCS_EXTENSIONS (Django's validator, as
    Wagtail's model uses it) and its content what the extension says."""
    allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
    if allowed:
        FileExtensionValidator(allowed)(upload)
    extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
    kind = sniff(upload)
    if extension == "pdf":
        matches = kind == "pdf"
    elif extension in OFFICE_ZIP:
        matches = kind == "zip" and _zip_holds(upload, OFFICE_ZIP[extension])
    elif extension == "csv":
        upload.seek(0)
        head = upload.read(64 * 1024)
        upload.seek(0)
        matches = kind is None and b"\x00" not in head and not MARKUP.search(head)
    else:
        return  # no content check known for this extension
    if not matches:
        raise refuse("document_mislabelled", extension=extension)


def _zip_holds(upload, member):
    try:
        with zipfile.ZipFile(upload) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        upload.seek(0)


class DocumentField(WagtailDocumentField):
    """Wagtail's document field, refusing an empty, oversized or mislabelled file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["empty"] = MESSAGES["empty"]

    def to_python(self, data):
        if data not in self.empty_values:
            check_size(data, self.max_upload_size)
        upload = super().to_python(data)
        if upload is not None:
            check_document(upload)
        return upload


def serve_private_file(field_file):
    """A private upload as a response: inline only if its content is a PDF, JPEG or PNG (with
    that type, whatever its name), otherwise downloaded; never sniffed, never run."""
    handle = field_file.open("rb")
    content_type = INLINE_TYPES.get(sniff(handle))
    response = FileResponse(
        handle,
        as_attachment=content_type is None,
        filename=PurePath(field_file.name).name,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response
