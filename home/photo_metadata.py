"""Photos are re-encoded at upload so that nothing but the picture is published.

Phones write the place a photo was taken (GPS), the device and the time into its EXIF data, and
Wagtail's renditions keep it: without this, an artisan's home address would be published with
every product photo. Re-encoding also drops anything appended to the file (a JPEG with HTML
after its end passes the format check) and turns the picture upright from its EXIF orientation.
"""

from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile

from PIL import Image, ImageOps

# Pillow format -> keyword arguments for a faithful, metadata-free re-encode.
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90, "method": 4},
    "AVIF": {"quality": 80},
    "GIF": {},
}


class ReencodedImage(ContentFile):
    """An image file already re-encoded by `without_metadata` (not to be re-encoded again)."""


def without_metadata(uploaded_file, keep_colour_profile=True):
    """A copy of an uploaded image file holding only its pixels (and colour profile, unless
    `keep_colour_profile` is false: a profile is free-form bytes that could carry anything)."""
    uploaded_file.seek(0)
    with Image.open(uploaded_file) as original:
        # Many Android cameras write MPO (a JPEG with extra frames): keep the first frame.
        image_format = "JPEG" if original.format == "MPO" else original.format
        icc_profile = original.info.get("icc_profile")
        upright = ImageOps.exif_transpose(original)
        upright.load()
    upright.info = {}
    options = dict(SAVE_OPTIONS.get(image_format, {}))
    if keep_colour_profile and icc_profile and image_format in {"JPEG", "PNG", "WEBP", "AVIF"}:
        options["icc_profile"] = icc_profile
    if image_format == "JPEG" and upright.mode not in {"RGB", "L", "CMYK"}:
        upright = upright.convert("RGB")
    buffer = BytesIO()
    upright.save(buffer, format=image_format, **options)
    return ReencodedImage(buffer.getvalue(), name=Path(uploaded_file.name).name)
