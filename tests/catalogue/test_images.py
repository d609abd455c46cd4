"""Product image uploads: JPEG/PNG/WebP only, byte/pixel/size limits, thumbnails built on upload.

The pixel check must read the header only. tracemalloc cannot prove that:
Pillow allocates pixel buffers with C ``malloc``, so a full 100-megapixel
decode shows up as a 0.01 MB peak. Pillow's own arena counter
(``Image.core.get_stats()["new_count"]``, one per pixel buffer) can, and
does below, together with ``load``/``verify`` that fail if called.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from oscar.core.loading import get_model
from oscar.test import factories
from PIL import Image, ImageFile
from sorl.thumbnail.base import ThumbnailBackend

from catalogue.images import MESSAGES, check_product_image, validate_product_image
from catalogue.thumbnails import THUMBNAIL_SPECS
from tests.cms.builders import build_product, build_storefront

ProductImage = get_model("catalogue", "ProductImage")



def test_product_images_are_validated_at_the_model_level():
    assert validate_product_image in ProductImage._meta.get_field("original").validators


def image_bytes(fmt, size=(800, 800), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "white" if mode == "RGB" else 0).save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb_png():
    """A PNG of ~12 KB declaring 10,000 × 10,000 pixels: 100 MB of pixel buffer if decoded.

    Pillow writes it from a 1-bit image in ~0.4 s; its rows of zeros deflate to nothing.
    """
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, "PNG")
    return buffer.getvalue()


def pixel_buffers_allocated():
    """How many image buffers Pillow has allocated in this process so far."""
    Image.init()  # loading the plugins allocates one (PalmImagePlugin's colour map): done first
    return Image.core.get_stats()["new_count"]


def message(key, **params):
    return str(MESSAGES[key]) % params


def _no_decoding(*args, **kwargs):
    raise AssertionError("pixels were decoded")


# --------------------------------------------------------------------------- validator


def test_a_pixel_bomb_is_refused_from_its_header_without_decoding(bomb_png, monkeypatch):
    # Given a small PNG declaring 10,000 × 10,000 pixels, and decoding made to fail
    assert len(bomb_png) < 400_000
    upload = SimpleUploadedFile("bomb.png", bomb_png, content_type="image/png")
    monkeypatch.setattr(ImageFile.ImageFile, "load", _no_decoding)
    monkeypatch.setattr(Image.Image, "load", _no_decoding)
    monkeypatch.setattr(Image.Image, "verify", _no_decoding)
    buffers_before = pixel_buffers_allocated()

    # When it is validated
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)

    # Then it is refused for its pixel count, no pixel buffer was allocated,
    # and the upload is rewound for whoever reads it next
    assert refused.value.code == "image_too_many_pixels"
    assert refused.value.messages == [message("too_many_pixels", max="40")]
    assert pixel_buffers_allocated() == buffers_before
    assert upload.tell() == 0


def test_the_decode_probe_sees_a_decode():
    # Given the counter the bomb test relies on
    before = pixel_buffers_allocated()

    # When a (small) image is decoded
    Image.open(io.BytesIO(image_bytes("PNG", (10, 10)))).load()

    # Then it counts a pixel buffer
    assert pixel_buffers_allocated() > before


def test_an_image_over_the_pixel_cap_but_under_pillows_warning_is_refused(settings):
    # Given a 600-pixel cap and an image of 40 × 40 (far below Pillow's own warning)
    settings.SHOP_IMAGE_MAX_PIXELS = 600
    settings.SHOP_IMAGE_MIN_SIDE = 10
    upload = SimpleUploadedFile("photo.png", image_bytes("PNG", (40, 40)))

    # When it is validated, then it is refused with the configured cap
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)
    assert refused.value.messages == [message("too_many_pixels", max="0.0006")]


def test_a_text_file_renamed_jpg_is_refused():
    # Given a text file named like a photo
    upload = SimpleUploadedFile("photo.jpg", b"not a picture at all\n" * 20, "image/jpeg")

    # When it is validated, then the actual format is what counts
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)
    assert refused.value.code == "image_format"
    assert refused.value.messages == [message("format")]


@pytest.mark.parametrize(
    ("name", "code"),
    [("animation.gif", "image_extension"), ("animation.png", "image_format")],
)
def test_a_gif_is_refused(name, code):
    # Given a real GIF, named .gif or disguised as .png
    upload = SimpleUploadedFile(name, image_bytes("GIF"))

    # When it is validated, then it is refused
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)
    assert refused.value.code == code


def test_an_oversized_file_is_refused(settings):
    # Given a 1 KB cap (the default 10 MB would make the test slow) and a larger JPEG
    settings.SHOP_IMAGE_MAX_BYTES = 1024
    data = image_bytes("JPEG")
    assert len(data) > 1024
    upload = SimpleUploadedFile("photo.jpg", data)

    # When it is validated, then it is refused with both sizes in the message
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)
    assert refused.value.messages == [
        message("too_big", size=filesizeformat(len(data)), max=filesizeformat(1024))
    ]


def test_a_too_small_image_is_refused():
    # Given an image 150 pixels wide
    upload = SimpleUploadedFile("photo.png", image_bytes("PNG", (150, 900)))

    # When it is validated, then the message says how big it must be
    with pytest.raises(ValidationError) as refused:
        validate_product_image(upload)
    assert refused.value.messages == [message("too_small", width=150, height=900, min=200)]


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "photo.jpg"), ("PNG", "photo.png"),
                                           ("WEBP", "photo.webp")])
def test_a_normal_photo_is_accepted(fmt, name):
    # Given an 800 × 800 photo
    upload = SimpleUploadedFile(name, image_bytes(fmt))

    # When it is validated
    validate_product_image(upload)

    # Then it passes, and is rewound for saving
    assert check_product_image(upload).format == fmt
    assert upload.tell() == 0


def test_a_stored_image_is_not_read_again_by_the_validator(db):
    # Given an image already in storage that predates the limits (a 160 px demo card)
    image = ProductImage(product=factories.create_product())
    image.original.save("card.jpg", ContentFile(image_bytes("JPEG", (160, 160))), save=True)
    image.refresh_from_db()

    # When the field validator and the audit check look at it
    validate_product_image(image.original)
    with pytest.raises(ValidationError) as refused:
        check_product_image(image.original)

    # Then only the audit refuses it, and the stored file is closed again
    assert refused.value.code == "image_too_small"
    assert image.original.closed


# --------------------------------------------------------------------------- model and dashboard


def test_the_model_refuses_a_pixel_bomb(db, bomb_png):
    # Given a product image holding a pixel bomb
    image = ProductImage(
        product=factories.create_product(), original=SimpleUploadedFile("bomb.png", bomb_png)
    )

    # When the model is validated, then the image field is refused
    with pytest.raises(ValidationError) as refused:
        image.full_clean()
    assert refused.value.message_dict["original"] == [message("too_many_pixels", max="40")]


@pytest.fixture
def product(db, django_capture_on_commit_callbacks):
    """A public product of an approved enterprise (buyers can see it), with no image yet.

    Built inside a commit of its own: the storefront's image gets its thumbnails,
    and the commit callbacks a test captures afterwards are the test's alone.
    """
    with django_capture_on_commit_callbacks(execute=True):
        storefront = build_storefront()
        return build_product(
            storefront["enterprise"], category=storefront["categories"][0],
            title="ผ้าไหมแพรวา", slug="praewa-silk",
        )


def dashboard_form_data(response):
    """The POST data a browser sends back for the form as shown (nothing changed)."""
    forms = [response.context["form"]]
    for name in ("category_formset", "image_formset", "recommended_formset",
                 "stockrecord_formset"):
        formset = response.context[name]
        forms += [formset.management_form, *formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False or hasattr(value, "url"):
                continue
            data[field.html_name] = "on" if value is True else value
            if field.field.show_hidden_initial:  # fields with a callable default
                data[field.html_initial_name] = data[field.html_name]
    return data


def upload_through_dashboard(client, product, upload, **changes):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = dashboard_form_data(client.get(url))
    data.update(changes, **{"images-0-original": upload})
    return client.post(url, data)


def thumbnail_files():
    root = Path(settings.MEDIA_ROOT)
    return {path for path in root.rglob("*") if path.is_file() and "cache" in path.parts}


# Django's own forms.ImageField opens (and warns about) the upload before our validator.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_the_dashboard_refuses_a_pixel_bomb(admin_client, product, bomb_png):
    # Given a staff user editing a product
    images_before = ProductImage.objects.count()
    buffers_before = pixel_buffers_allocated()

    # When they upload a pixel bomb and change the title in the same submit
    response = upload_through_dashboard(
        admin_client, product, SimpleUploadedFile("bomb.png", bomb_png, "image/png"),
        title="ชื่อใหม่",
    )

    # Then the form comes back with the message, nothing was decoded and nothing saved
    assert response.status_code == 200
    assert pixel_buffers_allocated() == buffers_before
    with translation.override(response.headers["Content-Language"]):
        expected = message("too_many_pixels", max="40")
    assert escape(expected) in response.content.decode()
    assert ProductImage.objects.count() == images_before
    product.refresh_from_db()
    assert product.title == "ผ้าไหมแพรวา"


def test_an_upload_has_its_thumbnails_before_any_page_view(
    admin_client, client, product, django_capture_on_commit_callbacks, monkeypatch
):
    # Given a staff user uploading a photo of a product
    before = thumbnail_files()
    upload = SimpleUploadedFile("silk.jpg", image_bytes("JPEG"), "image/jpeg")

    # When the dashboard saves it and the transaction commits
    with django_capture_on_commit_callbacks(execute=True):
        response = upload_through_dashboard(admin_client, product, upload)

    # Then the image exists with every thumbnail size on disk
    assert response.status_code == 302
    image = ProductImage.objects.get(product=product)
    built = thumbnail_files() - before
    assert len(built) == len(THUMBNAIL_SPECS)

    # And a buyer's product page shows one of them without rendering anything
    monkeypatch.setattr(ThumbnailBackend, "_create_thumbnail", _no_decoding)
    page = client.get(product.get_absolute_url())
    assert page.status_code == 200
    shown = [path for path in built if path.name in page.content.decode()]
    assert shown, f"no thumbnail of {image.original.name} on the product page"
    assert thumbnail_files() - before == built


def test_a_stored_pixel_bomb_gets_no_thumbnails_and_breaks_no_save(
    db, bomb_png, caplog, django_capture_on_commit_callbacks
):
    # Given a pixel bomb saved straight to the model, past any upload validation
    buffers_before = pixel_buffers_allocated()
    before = thumbnail_files()

    # When the save commits
    with django_capture_on_commit_callbacks(execute=True):
        image = ProductImage(product=factories.create_product())
        image.original.save("bomb.png", ContentFile(bomb_png), save=True)

    # Then the save stands, the refusal is logged, and nothing was decoded or built
    assert ProductImage.objects.filter(pk=image.pk).exists()
    assert f"could not build thumbnails for product image {image.pk}" in caplog.text
    assert pixel_buffers_allocated() == buffers_before
    assert thumbnail_files() == before
