"""Sites, the home page, the villages and their DIP regional centres (Thai and English).

The home page replaces Wagtail's welcome page. Each page is written in Thai and given
its English translation by :func:`shop.demo.loaders.bilingual.write_page`.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Locale, Page
from wagtail.models import Site as WagtailSite

from cms.models import HomePage, RegionalCentre, VillageIndexPage, VillagePage
from shop.demo.home import HOME, SITE
from shop.demo.loaders.bilingual import words, write_page
from shop.demo.loaders.records import DemoDataError, sync_fields, upsert
from shop.demo.regional_centres import CENTRES
from shop.demo.villages import VILLAGE_INDEX, VILLAGES

#: Wagtail's initial data migration creates this page at depth 2.
WELCOME_SLUG = "home"


def load_home(tally, progress):
    """Sites and the home page (Thai, with its English translation); returns the Thai one."""
    home = _thai_home()
    if home is None:
        root = Page.get_first_root_node()
        _remove_welcome_page(root, tally)
        parent = root
    else:
        parent = home.get_parent()
    home = write_page(parent, HomePage, HOME["slug"], HOME["th"], HOME["en"], tally)
    _sites(home, tally)
    progress.update(1)
    return home


def load_villages(home, images, tally, progress):
    """Regional centres, the village index and the nine villages; returns {slug: VillagePage}."""
    centres = {}
    for data in CENTRES:
        values = {name: value for name, value in data.items() if name != "number"}
        centres[data["number"]] = upsert(
            RegionalCentre.objects, {"number": data["number"]}, values, tally
        )
    index = write_page(home, VillageIndexPage, VILLAGE_INDEX["slug"], VILLAGE_INDEX["th"],
                       VILLAGE_INDEX["en"], tally)
    progress.update(1)
    villages = {}
    for data in VILLAGES:
        slug = data["slug"]
        thai = {
            **data["shared"],
            "dip_centre": centres[data["centre"]],
            "logo": images[data["logo"]],
            **words(data["th"], f"village:{slug}:th", images),
        }
        gallery = [
            {"image_id": images[key].pk, "caption": caption} for key, caption in data["gallery"]
        ]
        villages[slug] = write_page(
            index, VillagePage, slug, thai, words(data["en"], f"village:{slug}:en", images),
            tally, children={"gallery_images": gallery},
        )
        progress.update(1)
    return villages


def _thai_home():
    thai = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return HomePage.objects.filter(locale=thai).order_by("path").first()


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
    """Wagtail's default site serves the (Thai) home page; Django's site names the shop."""
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
