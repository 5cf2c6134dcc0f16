"""Files for upload tests, good and bad, built in memory: photos, a decompression bomb (a tiny
PNG declaring a huge picture), polyglots (a photo with a web page, a ZIP or PHP appended or
hidden inside), mislabelled files, PDFs; and what a refusal looks like."""

import io
import os
import struct
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from PIL import Image

SCRIPT = b"<script>alert(1)</script>"
PHP = b"<?php system($_GET['c']); ?>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body>" + SCRIPT + b"</body></html>"


def picture(image_format="JPEG", size=(40, 30), **options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (150, 80, 40)).save(buffer, format=image_format, **options)
    return buffer.getvalue()


def jpeg(size=(40, 30), **options):
    return picture("JPEG", size, **options)


def png(size=(40, 30)):
    return picture("PNG", size)


def png_declaring(width, height):
    """A PNG of a few dozen bytes whose header says width x height pixels (its pixel data is
    a fraction of a row): what a decompression bomb looks like before it is decoded."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def zip_bytes(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def png_with_payload_in_pixels():
    """A palette PNG whose pixel bytes spell a script: re-encoded, they are stored as they are
    (noise does not compress, palette rows are not filtered), so the payload survives."""
    data = bytearray(os.urandom(64 * 16))
    data[: len(SCRIPT)] = SCRIPT
    image = Image.frombytes("P", (64, 16), bytes(data))
    image.putpalette(list(range(256)) * 3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def pdf(body=b"BT /F1 12 Tf (Bukti transfer) Tj ET"):
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"3 0 obj << /Length " + str(len(body)).encode() + b" >> stream\n" + body + b"\nendstream"
        b" endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


PDF_WITH_SCRIPT = pdf().replace(
    b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"
)
ZIP_WITH_PHP = zip_bytes({"shell.php": PHP})


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type)


# Photos every photo upload refuses: (name, content, error code).
BAD_PHOTOS = [
    ("kosong.jpg", b"", "empty"),
    ("bom.png", png_declaring(30_000, 30_000), "bomb"),  # 900 Mpx: Pillow refuses to open it
    ("besar.png", png_declaring(9_000, 9_000), "too_many_pixels"),  # 81 Mpx: over our 60
    ("gambar.svg", SVG, "photo_type"),
    ("gambar.png", SVG, "not_a_photo"),  # an SVG named .png
    ("dokumen.jpg", pdf(), "not_a_photo"),
    ("halaman.jpg", HTML, "not_a_photo"),
    ("foto.png", jpeg(), "mislabelled"),  # a JPEG named .png
    ("potong.jpg", jpeg((400, 300))[:600], "damaged"),
    ("titik.png", png_with_payload_in_pixels(), "active_content"),
]
# Photos with something appended or hidden that re-encoding removes: (name, content).
POLYGLOT_PHOTOS = [
    ("html.jpg", jpeg() + HTML),
    ("zip.jpg", jpeg() + ZIP_WITH_PHP),
    ("php.png", png() + PHP),
    ("profil.jpg", jpeg(icc_profile=HTML * 4)),  # a web page as the colour profile
    ("komentar.jpg", jpeg(comment=SCRIPT)),
]
PAYLOADS = [SCRIPT, PHP, b"shell.php", b"<!DOCTYPE html>"]


def carries_payload(content):
    return any(payload.lower() in content.lower() for payload in PAYLOADS)


def error_codes(form, field):
    return [error.code for error in form.errors.as_data().get(field, [])]


def files_under(folder):
    folder = Path(folder)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


class FormValues(HTMLParser):
    """The values a browser would send back from the forms of a page (inputs, selects,
    textareas; file inputs left out), to post a page's form as it was shown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values, self.select, self.textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("file", "submit", "button"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.values.setdefault(name, []).append(attrs.get("value") or "")
        elif tag == "select" and name:
            self.select = name
            self.values.setdefault(name, [])
        elif tag == "option" and self.select and "selected" in attrs:
            self.values[self.select].append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.values[name] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea][0] += (
                data.lstrip("\n") if not self.values[self.textarea][0] else data
            )


def form_values(html):
    parser = FormValues()
    parser.feed(html)
    return {
        name: values if len(values) != 1 else values[0] for name, values in parser.values.items()
    }
