"""Certification evidence (PDF or image) and enterprise logos are checked like photos."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from catalogue.images import validate_evidence_file, validate_logo


def png(size=(120, 80)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_real_pdf_and_a_small_photo_are_accepted_as_evidence():
    validate_evidence_file(SimpleUploadedFile("cert.pdf", b"%PDF-1.7\n%...\n"))
    validate_evidence_file(SimpleUploadedFile("cert.png", png()))


@pytest.mark.parametrize(
    "name, content",
    [
        ("cert.pdf", b"<html><script>alert(1)</script></html>"),  # not really a PDF
        ("cert.jpg", b"just text renamed"),
        ("cert.html", b"<html></html>"),
        ("cert.svg", b"<svg onload='alert(1)'/>"),
    ],
)
def test_anything_else_is_refused_as_evidence_with_a_message(name, content):
    with pytest.raises(ValidationError) as refusal:
        validate_evidence_file(SimpleUploadedFile(name, content))
    assert "PDF" in " ".join(refusal.value.messages) or "JPEG" in " ".join(
        refusal.value.messages
    )


def test_a_logo_must_be_a_real_image():
    validate_logo(SimpleUploadedFile("logo.png", png((64, 64))))
    with pytest.raises(ValidationError) as refusal:
        validate_logo(SimpleUploadedFile("logo.png", b"not an image"))
    assert "JPEG" in " ".join(refusal.value.messages)


def test_a_pixel_bomb_is_refused_as_evidence(tmp_path):
    # a 1-bit PNG that declares 10,000 x 10,000 pixels compresses to a few KB
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, "PNG")
    with pytest.raises(ValidationError) as refusal:
        validate_evidence_file(SimpleUploadedFile("cert.png", buffer.getvalue()))
    assert refusal.value.code == "image_too_many_pixels"
