"""Partner fork: an Oscar partner is a community enterprise (วิสาหกิจชุมชน)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractPartner, AbstractStockRecord

from catalogue.images import validate_logo
from catalogue.validators import validate_hex_colour, validate_thai_tax_id
from shop.localised import localised
from shop.sanitise import clean_seller_html


class Partner(AbstractPartner):
    """A community enterprise that sells on the marketplace. ``name`` is Thai."""

    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        APPROVED = "approved", _("Approved")
        SUSPENDED = "suspended", _("Suspended")

    #: English name of the enterprise.
    name_en = models.CharField(_("Name (English)"), max_length=128, blank=True)
    #: Community enterprise registration number (รหัสทะเบียนวิสาหกิจชุมชน).
    registration_number = models.CharField(
        _("Community enterprise registration number"), max_length=32, blank=True
    )
    #: The village the enterprise belongs to (a Wagtail page).
    village = models.ForeignKey(
        "cms.VillagePage",
        verbose_name=_("Village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enterprises",
    )
    #: Members of the enterprise: the people the programme reaches.
    members_count = models.PositiveIntegerField(_("Number of members"), default=0)
    contact_name = models.CharField(_("Contact person"), max_length=128, blank=True)
    phone = models.CharField(_("Phone"), max_length=32, blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    line_id = models.CharField(_("LINE ID"), max_length=64, blank=True)
    story = models.TextField(_("Story (Thai)"), blank=True)
    story_en = models.TextField(_("Story (English)"), blank=True)
    logo = models.ImageField(
        _("Logo"), upload_to="enterprises/", blank=True, validators=[validate_logo]
    )
    brand_colour = models.CharField(
        _("Brand colour"), max_length=7, blank=True, validators=[validate_hex_colour]
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.APPLIED, db_index=True
    )
    #: Platform commission, percent of each line total.
    commission_rate = models.DecimalField(
        _("Commission rate (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("10.00"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    vat_registered = models.BooleanField(_("VAT registered"), default=False)
    tax_id = models.CharField(
        _("Tax id"), max_length=13, blank=True, validators=[validate_thai_tax_id]
    )
    #: Shipping is free for this enterprise's part of a basket from this goods total
    #: (THB, VAT included); blank = never free.
    free_shipping_threshold = models.DecimalField(
        _("Free shipping from (THB)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Goods total from which shipping is free. Leave blank to always charge."),
    )
    #: The enterprise sends by Thailand Post EMS (ด่วนพิเศษ).
    ships_ems = models.BooleanField(_("Ships by EMS"), default=True)
    #: The enterprise sends by Thailand Post registered parcel (พัสดุลงทะเบียน).
    ships_registered = models.BooleanField(_("Ships by registered parcel"), default=True)

    class Meta(AbstractPartner.Meta):
        verbose_name = _("Community enterprise")
        verbose_name_plural = _("Community enterprises")

    def clean(self):
        super().clean()
        if self.vat_registered and not self.tax_id:
            raise ValidationError({"tax_id": _("A VAT-registered enterprise needs its tax id.")})
        if not (self.ships_ems or self.ships_registered):
            raise ValidationError(
                {"ships_ems": _("Choose at least one way to send parcels (EMS or registered).")}
            )

    def save(self, *args, **kwargs):
        self.story = clean_seller_html(self.story)
        self.story_en = clean_seller_html(self.story_en)
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        return localised(self, "name") or self.code

    def get_story(self):
        return localised(self, "story")

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("catalogue:enterprise", kwargs={"code": self.code})


class StockRecord(AbstractStockRecord):
    """Stock of a product; always held by the product's own enterprise."""

    def clean(self):
        super().clean()
        self._check_enterprise()

    def save(self, *args, **kwargs):
        self._check_enterprise()
        super().save(*args, **kwargs)

    def _check_enterprise(self):
        product = self.product
        if product.enterprise_id is None:
            # A product's first stock record names its enterprise.
            product.enterprise_id = self.partner_id
            type(product).objects.filter(pk=product.pk).update(enterprise_id=self.partner_id)
        elif product.enterprise_id != self.partner_id:
            raise ValidationError(
                {"partner": _("Stock of a product must be held by the enterprise that makes it.")}
            )


from oscar.apps.partner.models import *  # noqa: E402,F403
