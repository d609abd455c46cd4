"""What a product image upload must be: JPEG, PNG or WebP, within byte, pixel and size limits.

Checked from the file's header only. Pillow's ``Image.open`` reads the few
bytes that declare format and dimensions and decodes nothing, so a small PNG
declaring 10,000 × 10,000 pixels (386 MiB once decoded) is refused for the
cost of reading 41 bytes. Nothing here calls ``load()``, ``verify()`` or
``thumbnail()``.

Limits (our settings, read at call time so tests can override them):

* ``SHOP_IMAGE_MAX_BYTES``: largest file accepted (default 10 MiB);
* ``SHOP_IMAGE_MAX_PIXELS``: largest width × height (default 40 megapixels);
* ``SHOP_IMAGE_MIN_SIDE``: smallest width and height in pixels (default 200).
"""

from __future__ import annotations

import os
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 40_000_000
DEFAULT_MIN_SIDE = 200

#: Pillow format name -> the file name endings we accept for it.
ACCEPTED_FORMATS = {
    "JPEG": (".jpg", ".jpeg"),
    "PNG": (".png",),
    "WEBP": (".webp",),
}
ACCEPTED_EXTENSIONS = tuple(ext for exts in ACCEPTED_FORMATS.values() for ext in exts)

MESSAGES = {
    "too_big": _("The file is %(size)s; product images may be at most %(max)s."),
    "extension": _("The file name must end in .jpg, .jpeg, .png or .webp."),
    "format": _("This file is not a JPEG, PNG or WebP image. Please upload a photo in one "
                "of these formats."),
    "too_many_pixels": _("The image has too many pixels: at most %(max)s megapixels (width × "
                         "height) are allowed. Please make it smaller and upload it again."),
    "evidence_format": _("Evidence must be a PDF or a JPEG, PNG or WebP image."),
    "logo_format": _("A logo must be a JPEG, PNG or WebP image."),
    "too_small": _("The image is %(width)s × %(height)s pixels; it must be at least %(min)s "
                   "pixels wide and %(min)s pixels high."),
}


@dataclass(frozen=True)
class ImageHeader:
    """Format and dimensions as an image file declares them."""

    format: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def max_bytes() -> int:
    return getattr(settings, "SHOP_IMAGE_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pixels() -> int:
    return getattr(settings, "SHOP_IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def min_side() -> int:
    return getattr(settings, "SHOP_IMAGE_MIN_SIDE", DEFAULT_MIN_SIDE)


def validate_product_image(file) -> None:
    """Model/form field validator for a product image being uploaded.

    A file already in storage (an ``ImageFieldFile`` loaded from the database)
    is not checked again: Django re-validates every image of a product each
    time the dashboard saves that product, and re-reading them would cost a
    storage round trip each and lock sellers out of products whose images
    predate these limits (the demo's 160 px cards, for one). Use
    :func:`check_product_image` to audit stored files.
    """
    if isinstance(file, FieldFile) and file._committed:
        return
    check_product_image(file)


def validate_evidence_file(file) -> None:
    """Certification evidence: a real PDF, or an image as strict as product photos
    (format and pixel caps from the header; any size down to a phone snapshot)."""
    if isinstance(file, FieldFile) and file._committed:
        return
    _check_size(file)
    extension = os.path.splitext(file.name or "")[1].lower()
    if extension == ".pdf":
        with _rewound(file) as fp:
            if fp.read(5) != b"%PDF-":
                raise ValidationError(MESSAGES["evidence_format"], code="evidence_format")
        return
    if extension not in ACCEPTED_EXTENSIONS:
        raise ValidationError(MESSAGES["evidence_format"], code="evidence_format")
    read_header(file, formats=tuple(ACCEPTED_FORMATS))


def validate_logo(file) -> None:
    """An enterprise logo: a JPEG, PNG or WebP image within the byte and pixel caps."""
    if isinstance(file, FieldFile) and file._committed:
        return
    _check_size(file)
    if os.path.splitext(file.name or "")[1].lower() not in ACCEPTED_EXTENSIONS:
        raise ValidationError(MESSAGES["logo_format"], code="logo_format")
    read_header(file, formats=tuple(ACCEPTED_FORMATS))


def _check_size(file) -> None:
    size = _size(file)
    if size is not None and size > max_bytes():
        raise ValidationError(
            MESSAGES["too_big"],
            code="image_too_big",
            params={"size": filesizeformat(size), "max": filesizeformat(max_bytes())},
        )


def check_product_image(file) -> ImageHeader:
    """Refuse (``ValidationError``) anything but a JPEG/PNG/WebP within our limits.

    Works on an ``UploadedFile``, a Django ``File`` or an ``ImageFieldFile``;
    the file is left open and rewound (one that was closed is closed again).
    """
    _check_size(file)
    if os.path.splitext(file.name or "")[1].lower() not in ACCEPTED_EXTENSIONS:
        raise ValidationError(MESSAGES["extension"], code="image_extension")
    header = read_header(file, formats=tuple(ACCEPTED_FORMATS))
    if header.width < min_side() or header.height < min_side():
        raise ValidationError(
            MESSAGES["too_small"],
            code="image_too_small",
            params={"width": header.width, "height": header.height, "min": min_side()},
        )
    return header


def read_header(file, formats: tuple[str, ...] | None = None) -> ImageHeader:
    """Format and dimensions from the header, refusing more pixels than we allow.

    ``formats`` limits which Pillow parsers may look at the bytes (all when
    None). Pillow's own decompression-bomb warning is turned into a refusal
    too: it fires before Pillow returns the image, and its limit (89 MP) is
    above ours anyway.
    """
    with _rewound(file) as fp, warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(fp, formats=formats) as image:
                header = ImageHeader(image.format, *image.size)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels() from None
        except Exception as exc:  # Pillow raises many kinds on bytes it cannot parse
            raise ValidationError(MESSAGES["format"], code="image_format") from exc
    if header.pixels > max_pixels():
        raise _too_many_pixels()
    return header


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        MESSAGES["too_many_pixels"],
        code="image_too_many_pixels",
        params={"max": f"{max_pixels() / 1_000_000:g}"},
    )


def _size(file) -> int | None:
    try:
        return file.size
    except (AttributeError, OSError, TypeError, ValueError):
        return None


@contextmanager
def _rewound(file):
    """The file, open and at its start; rewound (or closed again) afterwards."""
    was_closed = bool(getattr(file, "closed", False))
    if was_closed:
        file.open("rb")
    try:
        file.seek(0)
        yield file
    finally:
        if was_closed:
            file.close()
        else:
            file.seek(0)
