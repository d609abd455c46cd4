"""Settings shared by every environment.

Secrets and anything that differs between machines come from the environment
(django-environ). Our own settings are prefixed ``SHOP_``.
"""

from pathlib import Path

import environ
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F401,F403  (Oscar's OSCAR_* defaults)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# ---------------------------------------------------------------------------
# Core
# https://docs.djangoproject.com/en/5.2/ref/settings/
# ---------------------------------------------------------------------------
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
SITE_ID = 1

# ---------------------------------------------------------------------------
# Database
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
# ---------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True

# ---------------------------------------------------------------------------
# Applications
# ---------------------------------------------------------------------------
DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
]

# Oscar's apps; our forks replace the originals under the same labels.
OSCAR_APPS = [
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "shop.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "shop.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "oscar.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "oscar.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
]

WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

THIRD_PARTY_APPS = [
    "widget_tweaks",
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    "django_filters",
]

LOCAL_APPS = [
    "shop.apps.ShopConfig",
    "cms.apps.CmsConfig",
]

INSTALLED_APPS = DJANGO_APPS + OSCAR_APPS + WAGTAIL_APPS + THIRD_PARTY_APPS + LOCAL_APPS

# ---------------------------------------------------------------------------
# Middleware
# ---------------------------------------------------------------------------
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_REDIRECT_URL = "/"

# ---------------------------------------------------------------------------
# Templates and theme
# The theme is a folder under themes/ holding templates/ and static/.
# ---------------------------------------------------------------------------
SHOP_THEME = env("SHOP_THEME", default="chumchon")
SHOP_THEME_DIR = BASE_DIR / "themes" / SHOP_THEME

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SHOP_THEME_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "shop.context_processors.shop",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Internationalisation: Thai first, English second
# https://docs.djangoproject.com/en/5.2/topics/i18n/
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
#: Each page exists once per language (cms/translation.py explains the set-up).
WAGTAIL_I18N_ENABLED = True
#: Publishing a Thai page creates its English alias (the fallback) when there is none.
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True

# ---------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [SHOP_THEME_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "var" / "media"))

# ---------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------
EMAIL_CONFIG = env.email("DJANGO_EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="Chumchon Market <shop@localhost>")

# ---------------------------------------------------------------------------
# Oscar
# https://django-oscar.readthedocs.io/en/latest/ref/settings.html
# ---------------------------------------------------------------------------
OSCAR_SHOP_NAME = _("Chumchon Market")
OSCAR_SHOP_TAGLINE = _("Products from Thai community enterprises")
#: Wagtail's home page in the active language ("/" on Thai pages, "/en/" on English).
OSCAR_HOMEPAGE = reverse_lazy("wagtail_serve", args=[""])
OSCAR_DEFAULT_CURRENCY = "THB"
OSCAR_CURRENCY_FORMAT = {"THB": {"format": "฿#,##0.00", "format_type": "standard"}}
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_ALLOW_ANON_CHECKOUT = True
# Order states: see shop/order/status.py (pending payment → paid | expired | cancelled).
from shop.order import status as _order_status  # noqa: E402

OSCAR_INITIAL_ORDER_STATUS = _order_status.PENDING_PAYMENT
OSCAR_INITIAL_LINE_STATUS = _order_status.PENDING_PAYMENT
OSCAR_ORDER_STATUS_PIPELINE = _order_status.PIPELINE
OSCAR_LINE_STATUS_PIPELINE = _order_status.PIPELINE
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"

# Oscar's search modules import haystack: keep it configured with the simple
# engine and no realtime processor. Our own backends (SHOP_SEARCH_*) do the work.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# ---------------------------------------------------------------------------
# Product search (search/)
# ---------------------------------------------------------------------------
#: "database" (SQLite FTS5 / PostgreSQL full text) or "elasticsearch".
SHOP_SEARCH_BACKEND = env("SHOP_SEARCH_BACKEND", default="database")
SHOP_ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="http://127.0.0.1:9200")
SHOP_ELASTICSEARCH_INDEX = env("SHOP_ELASTICSEARCH_INDEX", default="chumchon-products")
#: Seconds an Elasticsearch request may take before the page falls back to the database.
SHOP_ELASTICSEARCH_TIMEOUT = env.int("SHOP_ELASTICSEARCH_TIMEOUT", default=5)
#: Index on commit after saves (turn off for bulk imports, then run search_rebuild).
SHOP_SEARCH_REALTIME = env.bool("SHOP_SEARCH_REALTIME", default=True)
#: Processes that build documents during search_rebuild (forked; they never touch the
#: database). Unset: one per CPU; 0 or 1: build them in the command's own process.
SHOP_SEARCH_INDEX_WORKERS = env.int("SHOP_SEARCH_INDEX_WORKERS", default=None)

# ---------------------------------------------------------------------------
# ---- Payments (Stripe) ----
# https://docs.stripe.com/keys , docs/checkout.md "Payments". Only shop/payment/stripe_api.py
# talks to Stripe. With no STRIPE_SECRET_KEY the shop uses localstripe (a fake Stripe on
# 127.0.0.1 that `make run` starts) and every page shows a "test payments" banner.
# ---------------------------------------------------------------------------
#: Where localstripe listens when no Stripe keys are set (scripts/services/localstripe.sh).
SHOP_LOCALSTRIPE_URL = env("SHOP_LOCALSTRIPE_URL", default="http://127.0.0.1:8420")
#: True when payments go to localstripe: no real money moves (the banner shows).
SHOP_TEST_PAYMENTS = not env("STRIPE_SECRET_KEY", default="")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="sk_test_localstripe")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", default="pk_test_localstripe")
#: The webhook endpoint's signing secret (whsec_...); localstripe signs with the same value.
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="whsec_localstripe_dev")
STRIPE_API_BASE = env(
    "STRIPE_API_BASE",
    default=SHOP_LOCALSTRIPE_URL if SHOP_TEST_PAYMENTS else "https://api.stripe.com",
)
#: Stripe.js; tests and `make run` load localstripe's copy.
STRIPE_JS_URL = env(
    "STRIPE_JS_URL",
    default=(
        f"{SHOP_LOCALSTRIPE_URL}/js.stripe.com/v3/"
        if SHOP_TEST_PAYMENTS
        else "https://js.stripe.com/v3/"
    ),
)
#: Seconds a Stripe request may take before the buyer is told to try again.
STRIPE_TIMEOUT = env.int("STRIPE_TIMEOUT", default=20)
#: Minutes an order waits for payment before `expire_unpaid_orders` releases its stock.
SHOP_PAYMENT_TIMEOUT_MINUTES = env.int("SHOP_PAYMENT_TIMEOUT_MINUTES", default=30)
TEMPLATES[0]["OPTIONS"]["context_processors"].append(
    "shop.payment.context_processors.test_payments"
)

# ---------------------------------------------------------------------------
# Wagtail
# https://docs.wagtail.org/en/stable/reference/settings.html
# ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Chumchon Market"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]

# ---------------------------------------------------------------------------
# Product images (catalogue/images.py)
# ---------------------------------------------------------------------------
#: Largest product image file accepted, in bytes.
SHOP_IMAGE_MAX_BYTES = env.int("SHOP_IMAGE_MAX_BYTES", default=10 * 1024 * 1024)
#: Largest width × height accepted (read from the header, never decoded).
SHOP_IMAGE_MAX_PIXELS = env.int("SHOP_IMAGE_MAX_PIXELS", default=40_000_000)
#: Smallest width and height accepted, in pixels.
SHOP_IMAGE_MIN_SIDE = env.int("SHOP_IMAGE_MIN_SIDE", default=200)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = SHOP_IMAGE_MAX_PIXELS

# ---------------------------------------------------------------------------
# Shipping (Thailand Post rates per enterprise) — docs/checkout.md
# ---------------------------------------------------------------------------
#: Weight assumed for one item whose product has no weight_grams (packaging included).
SHOP_DEFAULT_ITEM_WEIGHT_GRAMS = env.int("SHOP_DEFAULT_ITEM_WEIGHT_GRAMS", default=500)
#: The Thailand Post rate table (CSV); blank = shop/shipping/data/thailand_post.csv.
SHOP_SHIPPING_RATES_FILE = env("SHOP_SHIPPING_RATES_FILE", default="")

# ---------------------------------------------------------------------------
# Thumbnails (sorl-thumbnail, Oscar's thumbnailer)
# ---------------------------------------------------------------------------
THUMBNAIL_PRESERVE_FORMAT = True
THUMBNAIL_QUALITY = 85

# ---------------------------------------------------------------------------
# Logging
# ---------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "search": {"level": "INFO"},
        "elastic_transport": {"level": "ERROR"},
    },
}
