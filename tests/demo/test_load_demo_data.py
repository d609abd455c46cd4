"""manage.py load_demo_data: complete, honest and idempotent demo data."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.models import Site as WagtailSite

from catalogue.validators import validate_thai_tax_id
from cms.models import (
    CollectionProduct,
    HomePage,
    VillageGalleryImage,
    VillageIndexPage,
    VillagePage,
)
from shop.demo.categories import OTOP_ROOTS
from shop.demo.certifications import VERIFIED_NOTE
from shop.demo.enterprises import APPLIED_ENTERPRISE
from shop.demo.users import DEMO_PASSWORD, USERS
from shop.partner.models import Partner as CommunityEnterprise
from tests.demo.loading import load_demo_data

Category = get_model("catalogue", "Category")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

THAI = re.compile(r"[\u0E00-\u0E7F]")
DEMO_EMAILS = [user["email"] for user in USERS]


def _counts():
    return {
        "villages": VillagePage.objects.count(),
        "enterprises": Partner.objects.count(),
        "products": Product.objects.count(),
        "images": ProductImage.objects.count(),
        "certifications": Certification.objects.count(),
        "verified certifications": Certification.objects.filter(status="verified").count(),
        "users": get_user_model().objects.count(),
        "categories": Category.objects.count(),
        "product categories": ProductCategory.objects.count(),
        "stock records": StockRecord.objects.count(),
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "wagtail sites": WagtailSite.objects.count(),
        "wagtail images": get_image_model().objects.count(),
        "reference index": ReferenceIndex.objects.count(),
        "collection products": CollectionProduct.objects.count(),
        "gallery photos": VillageGalleryImage.objects.count(),
        "group memberships": get_user_model().groups.through.objects.count(),
    }


def test_a_second_run_changes_nothing(demo):
    # Given the demo data has been loaded once
    before = _counts()

    # When it is loaded again
    second = load_demo_data()

    # Then nothing is created or updated and every count stays the same
    assert (second.created, second.updated) == (0, 0), second.summary
    assert _counts() == before
    assert demo.created > 0
    assert second.summary.startswith(
        "Demo data: 9 villages, 4 stories, 3 collections, 4 standard pages, 41 page images, "
        "15 enterprises, 12 categories, 55 products, 55 images, "
        "96 certifications (93 verified), 4 users"
    )


def test_counts_meet_the_brief(demo):
    # Given / When the demo data is loaded
    # Then there are nine villages in each language, at least ten enterprises and 48 products
    assert VillagePage.objects.live().filter(locale__language_code="th").count() == 9
    assert VillagePage.objects.live().filter(locale__language_code="en").count() == 9
    assert Partner.objects.count() >= 10
    assert Product.objects.filter(upc__startswith="DEMO-").count() >= 48
    assert ProductImage.objects.filter(product__upc__startswith="DEMO-").count() >= 48


@pytest.mark.parametrize("slug", OTOP_ROOTS)
def test_each_otop_category_has_five_public_products(demo, slug):
    # Given the OTOP root category
    root = Category.get_root_nodes().get(slug=slug)

    # When its products, sub-categories included, are counted
    products = Product.objects.filter(
        is_public=True, categories__in=root.get_descendants_and_self()
    ).distinct()

    # Then there are at least five
    assert root.name and root.name_en
    assert products.count() >= 5


def test_every_product_is_complete(demo, django_assert_max_num_queries):
    # Given the demo products
    products = (
        Product.objects.filter(upc__startswith="DEMO-")
        .prefetch_related("images", "categories", "stockrecords__partner__village")
    )

    # When they are read with their images, categories and stock
    with django_assert_max_num_queries(6):
        products = list(products)
        records = {product.pk: list(product.stockrecords.all()) for product in products}

    # Then each has Thai and English text, one THB price with stock, an image and a village
    for product in products:
        assert THAI.search(product.title), product.upc
        assert product.title_en and not THAI.search(product.title_en), product.upc
        assert THAI.search(product.description) and product.description_en, product.upc
        assert product.is_public and product.structure == Product.STANDALONE
        assert len(product.categories.all()) == 1, product.upc
        [record] = records[product.pk]
        assert record.price_currency == "THB"
        assert isinstance(record.price, Decimal) and record.price > 0
        assert 5 <= record.num_in_stock <= 50
        assert record.partner.village is not None, product.upc
        [image] = product.images.all()
        assert image.display_order == 0
        assert image.original.storage.exists(image.original.name)


def test_titles_carry_the_thai_search_terms(demo):
    # Given the Thai compounds the search demo relies on
    terms = ["ผ้าไหมมัดหมี่", "ผ้าไหมแพรวา", "ผ้าขาวม้า", "ข้าวตัง", "กล้วยฉาบ", "ดินเผา",
             "ตุ๊กตาบาร์โหน"]

    # When the product titles are searched for each
    # Then every term is in at least one title
    for term in terms:
        assert Product.objects.filter(title__contains=term).exists(), term


def test_wagtail_serves_the_home_page_and_django_knows_the_site(demo):
    # Given / When the demo data is loaded
    site = WagtailSite.objects.get(is_default_site=True)
    home = HomePage.objects.get(locale__language_code="th")

    # Then the default Wagtail site's root is the home page and the welcome page is gone
    assert site.root_page_id == home.pk
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert home.title == "ตลาดชุมชน" and home.slug == "home" and home.live
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    index = VillageIndexPage.objects.child_of(home).get(slug="villages")
    assert VillagePage.objects.child_of(index).live().count() == 9
    # And Django's site has the shop's domain
    django_site = DjangoSite.objects.get(pk=settings.SITE_ID)
    assert django_site.domain == "127.0.0.1:8000"
    assert django_site.name == "Chumchon Market"


def test_demo_users_sign_in_with_the_demo_password(demo):
    # Given the four demo logins
    User = get_user_model()

    # When each signs in by e-mail (Oscar's EmailBackend)
    users = {email: authenticate(username=email, password=DEMO_PASSWORD) for email in DEMO_EMAILS}

    # Then all succeed, and each has what its role needs
    assert all(users.values()), users
    member = users["enterprise@chumchon.test"]
    assert member.partners.exists()
    assert member.has_perm("partner.dashboard_access")
    dip = users["dip@chumchon.test"]
    assert dip.is_staff and dip.has_perm("wagtailadmin.access_admin")
    assert dip.groups.filter(name="DIP staff").exists()
    assert not users["buyer@chumchon.test"].is_staff
    assert users["editor@chumchon.test"].has_perm("wagtailadmin.access_admin")
    assert User.objects.filter(email__in=DEMO_EMAILS).count() == 4


def test_demo_logins_prints_the_table(demo, capsys):
    # Given the demo data is loaded
    # When the logins are printed
    call_command("demo_logins")

    # Then each e-mail appears with the shared password and where to sign in
    out = capsys.readouterr().out
    for email in DEMO_EMAILS:
        assert email in out
    assert DEMO_PASSWORD in out
    assert "/shop/accounts/login/" in out and "/cms-admin/" in out


# --- provenance and certifications ---------------------------------------------------------

FOOD_ROOTS = ("food", "beverages")


def test_enterprises_are_approved_except_the_deliberate_applicant(demo):
    # Given the demo enterprises that sell something
    enterprises = CommunityEnterprise.objects.filter(products__isnull=False).distinct()

    # When their statuses are read
    statuses = {enterprise.code: enterprise.status for enterprise in enterprises}

    # Then all are approved but the one applicant, whose story says why it is there
    assert statuses.pop(APPLIED_ENTERPRISE) == "applied"
    assert set(statuses.values()) == {"approved"}
    applicant = CommunityEnterprise.objects.get(code=APPLIED_ENTERPRISE)
    assert "do not see" in applicant.story_en


def test_enterprise_profiles_are_complete_and_marked_as_demo(demo):
    # Given / When the demo enterprises are read
    enterprises = list(CommunityEnterprise.objects.all())

    # Then each has an invented profile, a logo and passes validation
    assert len(enterprises) == 15
    for enterprise in enterprises:
        enterprise.full_clean()
        assert enterprise.registration_number.startswith("DEMO-"), enterprise.code
        assert 12 <= enterprise.members_count <= 60
        assert "(ตัวอย่าง)" in enterprise.contact_name
        assert re.fullmatch(r"08\d-\d{3}-\d{4}", enterprise.phone)
        assert enterprise.email.endswith("@chumchon.test")
        assert "ตัวอย่างประกอบ" in enterprise.story and "illustrative" in enterprise.story_en
        assert re.fullmatch(r"#[0-9A-F]{6}", enterprise.brand_colour)
        assert enterprise.commission_rate == Decimal("10")
        assert enterprise.logo.storage.exists(enterprise.logo.name), enterprise.code
    vat = [enterprise for enterprise in enterprises if enterprise.vat_registered]
    assert len(vat) == 1
    validate_thai_tax_id(vat[0].tax_id)


def test_every_product_has_provenance_and_a_certification(demo):
    # Given the demo products with their categories and certifications
    products = Product.objects.filter(upc__startswith="DEMO-").prefetch_related(
        "categories", "certifications", "stockrecords"
    ).select_related("enterprise")

    # When each is checked
    for product in products:
        # Then it names its enterprise (the stock holder), village and category
        assert product.enterprise is not None, product.upc
        assert product.enterprise.village_id is not None, product.upc
        assert {record.partner_id for record in product.stockrecords.all()} == {
            product.enterprise_id
        }
        [category] = product.categories.all()
        product.full_clean()
        # And says what it is made of (ingredients for food), in both languages
        assert product.short_description and product.short_description_en, product.upc
        assert product.materials and product.materials_en, product.upc
        assert product.weight_grams and 20 <= product.weight_grams <= 3000, product.upc
        is_food = category.code.split("/")[0] in FOOD_ROOTS
        # And non-food goods have their dimensions, cloth and pottery how to care for them
        if not is_food:
            assert product.dimensions, product.upc
        if category.code.startswith(("textiles-apparel", "household-decor-souvenirs/pottery")):
            assert product.care_instructions and product.care_instructions_en, product.upc
        if product.made_to_order:
            assert product.lead_time_days, product.upc
        # And it holds at least one certification; food and drinks an อย. number
        kinds = {certification.kind for certification in product.certifications.all()}
        assert kinds, product.upc
        if is_food:
            assert "fda_food" in kinds, product.upc


def test_certifications_are_valid_and_labelled_as_demo(demo):
    # Given every demo certification
    certifications = Certification.objects.select_related("verified_by", "product")

    # When each is validated
    for certification in certifications:
        certification.full_clean()
        # Then each has stamped evidence, and verified ones name DIP staff and the demo note
        assert certification.evidence.storage.exists(certification.evidence.name)
        if certification.status == "verified":
            assert certification.verified_by.email == "dip@chumchon.test"
            assert certification.verified_at is not None
            assert certification.verification_note == VERIFIED_NOTE
    # And the marks the domain notes name are where they belong
    expected = {
        ("DEMO-0301", "gi"), ("DEMO-0404", "gi"), ("DEMO-0109", "halal"),
        ("DEMO-0501", "organic"), ("DEMO-0101", "tcps"), ("DEMO-0301", "otop"),
    }
    held = set(certifications.values_list("product__upc", "kind"))
    assert expected <= held
    otop = certifications.filter(kind="otop", status="verified")
    assert otop.count() >= 5
    assert all(c.issuer.startswith("กรมการพัฒนาชุมชน") and c.star_level for c in otop)
    made_to_order = Product.objects.get(upc="DEMO-0301")
    assert made_to_order.made_to_order and made_to_order.lead_time_days == 30


def test_expired_pending_and_rejected_certifications_are_not_badges(demo):
    # Given the certifications DIP staff would show as badges today
    today = timezone.localdate()
    shown = Certification.objects.shown_to_buyers()

    # When the deliberate exceptions are looked up
    expired = Certification.objects.filter(status="verified", expires_on__lte=today)
    pending = Certification.objects.filter(status="pending")
    rejected = Certification.objects.filter(status="rejected")

    # Then there is at least one of each, and none is shown
    assert expired.exists() and pending.exists() and rejected.exists()
    for queryset in (expired, pending, rejected):
        assert not shown.filter(pk__in=queryset).exists()
    assert all(not c.is_shown() for c in [*expired, *pending, *rejected])
    assert not pending.filter(verified_by__isnull=False).exists()
    # And the expired one lapsed only yesterday, i.e. it was valid until very recently
    assert expired.filter(expires_on__gte=today - timedelta(days=1)).exists()


def test_the_applicants_product_stays_hidden(demo):
    # Given the product of the enterprise that has only applied
    product = Product.objects.get(enterprise__code=APPLIED_ENTERPRISE)

    # When the products buyers may browse are listed
    browsable = Product.objects.browsable()

    # Then it is not among them, though every approved enterprise's product is
    assert product.is_public and not product.is_visible_to_buyers()
    assert not browsable.filter(pk=product.pk).exists()
    assert browsable.count() == Product.objects.filter(upc__startswith="DEMO-").count() - 1
