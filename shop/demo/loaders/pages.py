"""Sites and Wagtail pages: the home page replaces Wagtail's welcome page."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Page
from wagtail.models import Site as WagtailSite

from cms.models import HomePage, VillageIndexPage, VillagePage
from shop.demo.loaders.records import sync_fields, upsert, upsert_page
from shop.demo.villages import HOME, SITE, VILLAGE_INDEX, VILLAGES

#: Wagtail's initial data migration creates this page at depth 2.
WELCOME_SLUG = "home"


class DemoDataError(Exception):
    """The database holds something the loader will not overwrite."""


def load_pages(tally, progress):
    """Sites, home page, village index and villages.

    Returns (home page, {village slug: VillagePage}).
    """
    home = _home_page(tally)
    _sites(home, tally)
    progress.update(1)
    index = upsert_page(home, VillageIndexPage, VILLAGE_INDEX, tally)
    progress.update(1)
    villages = {}
    for data in VILLAGES:
        villages[data["slug"]] = upsert_page(index, VillagePage, data, tally)
        progress.update(1)
    return home, villages


def _home_page(tally):
    home = HomePage.objects.first()
    if home is not None:
        values = {name: value for name, value in HOME.items() if name != "slug"}
        if sync_fields(home, values) or not home.live:
            home.save_revision().publish()
            tally.updated += 1
        return home
    root = Page.get_first_root_node()
    _remove_welcome_page(root, tally)
    return upsert_page(root, HomePage, HOME, tally)


def _remove_welcome_page(root, tally):
    """Delete Wagtail's "Welcome to your new Wagtail site!" page, moving its sites to root."""
    plain_page = ContentType.objects.get_for_model(Page)
    welcome = Page.objects.filter(
        depth=2, slug=WELCOME_SLUG, content_type=plain_page
    ).first()
    if welcome is None:
        return
    if welcome.get_children().exists():
        raise DemoDataError(
            f"Wagtail's welcome page (id {welcome.pk}) has child pages; move or delete "
            "them before loading demo data."
        )
    for site in WagtailSite.objects.filter(root_page=welcome):
        site.root_page = root
        site.save()
    welcome.delete()
    tally.updated += 1


def _sites(home, tally):
    """Wagtail's default site serves the home page; Django's site names the shop."""
    default = WagtailSite.objects.filter(is_default_site=True)
    if not default.exists():
        default = WagtailSite.objects.filter(hostname=SITE["hostname"], port=SITE["port"])
    site = default.first()
    values = {
        "hostname": SITE["hostname"],
        "port": SITE["port"],
        "site_name": SITE["name"],
        "root_page_id": home.pk,
        "is_default_site": True,
    }
    if site is None:
        WagtailSite.objects.create(**values)
        tally.created += 1
    elif sync_fields(site, values):
        site.save()
        tally.updated += 1
    upsert(
        DjangoSite.objects,
        {"pk": settings.SITE_ID},
        {"domain": f"{SITE['hostname']}:{SITE['port']}", "name": SITE["name"]},
        tally,
    )
