"""Catalogue fork: community products with provenance, and their certifications.

Custom models stand above Oscar's star import (Oscar's convention), which then
skips the models we have already defined.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import (
    AbstractCategory,
    AbstractProduct,
    AbstractProductImage,
)
from oscar.apps.catalogue.managers import ProductQuerySet
from oscar.utils.models import get_image_upload_path

from catalogue.images import validate_evidence_file, validate_product_image
from catalogue.validators import normalise_fda_food_number, validate_certification_number
from shop.localised import localised
from shop.sanitise import clean_seller_html


class CommunityProductQuerySet(ProductQuerySet):
    def browsable(self):
        """Public, canonical products of approved enterprises: what buyers may see."""
        return super().browsable().filter(enterprise__status="approved")

    def available(self):
        """Browsable products a buyer can order now: with stock left on a stock record of
        their own or of a variant, or priced and of a class that does not track stock."""
        from oscar.core.loading import get_model

        StockRecord = get_model("partner", "StockRecord")
        net_stock = models.F("num_in_stock") - Coalesce("num_allocated", 0)
        stocked = StockRecord.objects.annotate(net=net_stock).filter(net__gt=0)
        untracked = StockRecord.objects.filter(product__product_class__track_stock=False)
        return self.browsable().filter(
            models.Exists(stocked.filter(product=models.OuterRef("pk")))
            | models.Exists(stocked.filter(product__parent=models.OuterRef("pk")))
            | models.Exists(untracked.filter(product=models.OuterRef("pk")))
        )


class Product(AbstractProduct):
    """A community product: Thai in Oscar's fields, English in ``*_en`` ones."""

    #: The community enterprise that makes and sells the product (its stock records'
    #: partner must be the same enterprise).
    enterprise = models.ForeignKey(
        "partner.Partner",
        verbose_name=_("Community enterprise"),
        null=True,
        on_delete=models.PROTECT,
        related_name="products",
    )
    #: English title; Thai is Oscar's own ``title``.
    title_en = models.CharField(_("Title (English)"), max_length=255, blank=True)
    short_description = models.CharField(_("Short description (Thai)"), max_length=300, blank=True)
    short_description_en = models.CharField(
        _("Short description (English)"), max_length=300, blank=True
    )
    #: English long description; Thai is Oscar's own ``description``.
    description_en = models.TextField(_("Description (English)"), blank=True)
    materials = models.CharField(_("Materials (Thai)"), max_length=255, blank=True)
    materials_en = models.CharField(_("Materials (English)"), max_length=255, blank=True)
    care_instructions = models.TextField(_("Care instructions (Thai)"), blank=True)
    care_instructions_en = models.TextField(_("Care instructions (English)"), blank=True)
    #: How long making one piece takes, in days (shown to buyers of made-to-order goods).
    production_days = models.PositiveSmallIntegerField(
        _("Production time (days)"), null=True, blank=True
    )
    made_to_order = models.BooleanField(_("Made to order"), default=False)
    #: Days between the order and shipping when made to order.
    lead_time_days = models.PositiveSmallIntegerField(
        _("Lead time (days)"), null=True, blank=True
    )
    #: Shipping weight in grams, packaging included (Thailand Post rates are by weight).
    weight_grams = models.PositiveIntegerField(_("Weight (g)"), null=True, blank=True)
    length_cm = models.DecimalField(
        _("Length (cm)"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    width_cm = models.DecimalField(
        _("Width (cm)"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    height_cm = models.DecimalField(
        _("Height (cm)"), max_digits=6, decimal_places=1, null=True, blank=True
    )

    objects = CommunityProductQuerySet.as_manager()

    def clean(self):
        super().clean()
        if self.made_to_order and not self.lead_time_days:
            raise ValidationError(
                {"lead_time_days": _("Say in how many days a made-to-order product ships.")}
            )

    def save(self, *args, **kwargs):
        self.description = clean_seller_html(self.description)
        self.description_en = clean_seller_html(self.description_en)
        super().save(*args, **kwargs)

    def get_title(self):
        """The title in the active language, falling back to Thai, then to the parent's."""
        title = localised(self, "title")
        if not title and self.parent_id:
            return self.parent.get_title()
        return title

    def get_description(self):
        """The long description in the active language, falling back to Thai."""
        return localised(self, "description")

    def get_short_description(self):
        return localised(self, "short_description")

    @property
    def dimensions(self):
        """``30 × 20 × 5 cm`` when all three are known, else an empty string."""
        sizes = (self.length_cm, self.width_cm, self.height_cm)
        if any(size is None for size in sizes):
            return ""
        return " × ".join(f"{size.normalize():f}" for size in sizes) + " cm"

    def is_visible_to_buyers(self) -> bool:
        """Public, canonical and sold by an approved enterprise."""
        enterprise = self.enterprise if self.enterprise_id else None
        return (
            bool(self.is_public)
            and self.parent_id is None
            and enterprise is not None
            and enterprise.is_approved
        )


class Category(AbstractCategory):
    """An OTOP product category. ``name`` is Thai; ``name_en`` English."""

    #: English name; Thai is Oscar's own ``name``.
    name_en = models.CharField(_("Name (English)"), max_length=255, blank=True)

    def get_name(self):
        """The name in the active language, falling back to Thai."""
        return localised(self, "name")


class ProductImage(AbstractProductImage):
    """A product photo: JPEG, PNG or WebP only, within size and pixel caps (checked from
    the header, never decoded); thumbnails are built when it is uploaded."""

    original = models.ImageField(
        _("Original"),
        upload_to=get_image_upload_path,
        max_length=255,
        validators=[validate_product_image],
    )


class CertificationQuerySet(models.QuerySet):
    def shown_to_buyers(self, today=None):
        """Verified and not expired: on its expiry date a certification stops showing."""
        today = today or timezone.localdate()
        return self.filter(status=Certification.Status.VERIFIED).filter(
            models.Q(expires_on__isnull=True) | models.Q(expires_on__gt=today)
        )


class Certification(models.Model):
    """A standard or mark a product holds, shown as a badge once DIP staff verify it."""

    class Kind(models.TextChoices):
        #: มผช. = Thai Community Product Standard (TCPS), TISI.
        TCPS = "tcps", _("Thai Community Product Standard (มผช.)")
        #: OTOP Product Champion stars, Community Development Department.
        OTOP = "otop", _("OTOP stars")
        #: Geographical indication, Department of Intellectual Property.
        GI = "gi", _("Geographical indication (GI)")
        #: เลขสารบบอาหาร (อย.), Thai FDA.
        FDA_FOOD = "fda_food", _("Thai FDA food number (อย.)")
        #: เลขที่ใบรับจดแจ้ง for cosmetics (soap, balm), Thai FDA.
        COSMETIC = "cosmetic", _("Cosmetic notification number")
        HALAL = "halal", _("Halal")
        ORGANIC = "organic", _("Organic")
        GMP = "gmp", _("GMP")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")

    product = models.ForeignKey(
        "catalogue.Product",
        verbose_name=_("Product"),
        on_delete=models.CASCADE,
        related_name="certifications",
    )
    kind = models.CharField(_("Kind"), max_length=20, choices=Kind.choices)
    number = models.CharField(_("Number"), max_length=64)
    issuer = models.CharField(_("Issuer"), max_length=255)
    #: OTOP star level (1–5); only for OTOP stars.
    star_level = models.PositiveSmallIntegerField(
        _("Stars"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    issued_on = models.DateField(_("Issued on"), null=True, blank=True)
    expires_on = models.DateField(_("Expires on"), null=True, blank=True)
    #: Scan or photo of the certificate (JPEG, PNG, WebP or PDF).
    evidence = models.FileField(
        _("Evidence"),
        upload_to="certifications/%Y/%m/",
        blank=True,
        validators=[validate_evidence_file],
    )
    status = models.CharField(
        _("Verification"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("Verified at"), null=True, blank=True)
    verification_note = models.TextField(_("Verification note"), blank=True)
    date_created = models.DateTimeField(_("Created"), auto_now_add=True)

    objects = CertificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Certification")
        verbose_name_plural = _("Certifications")
        ordering = ["kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(star_level__isnull=True)
                | models.Q(star_level__gte=1, star_level__lte=5),
                name="certification_star_level_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"

    def clean(self):
        errors = {}
        if self.kind == self.Kind.FDA_FOOD:
            self.number = normalise_fda_food_number(self.number)
        try:
            validate_certification_number(self.kind, self.number)
        except ValidationError as error:
            errors["number"] = error
        if self.kind == self.Kind.OTOP and not self.star_level:
            errors["star_level"] = _("OTOP certifications need a star level from 1 to 5.")
        if self.kind != self.Kind.OTOP and self.star_level:
            errors["star_level"] = _("Only OTOP certifications have stars.")
        if self.issued_on and self.expires_on and self.expires_on <= self.issued_on:
            errors["expires_on"] = _("The expiry date must come after the issue date.")
        if errors:
            raise ValidationError(errors)

    def verify(self, user, status, note=""):
        """Record DIP staff's decision on this certification."""
        self.status = status
        self.verified_by = user
        self.verified_at = timezone.now()
        self.verification_note = note
        self.save(update_fields=["status", "verified_by", "verified_at", "verification_note"])

    def is_shown(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.status == self.Status.VERIFIED and (
            self.expires_on is None or self.expires_on > today
        )


from oscar.apps.catalogue.models import *  # noqa: E402,F403
