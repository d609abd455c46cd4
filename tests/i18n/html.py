"""Reading rendered pages in tests."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def language_switchers(page):
    """Each language-switcher form posting to set_language: its fields and the URL its
    button says it leads to."""
    switchers = []
    for form in page.select("form.language-switcher"):
        if form.get("action") != "/i18n/setlang/" or form.get("method") != "post":
            continue
        fields = {field["name"]: field["value"] for field in form.select("input[name]")}
        switchers.append({"fields": fields, "href": form.button["data-href"]})
    return switchers


def alternate_links(page):
    """hreflang -> path of the page's <link rel="alternate"> tags."""
    return {
        link["hreflang"]: "/" + link["href"].split("/", 3)[3]
        for link in page.select('link[rel="alternate"][hreflang]')
    }


def internal_links(page):
    """Every href on the page that stays on this site (paths starting with /)."""
    return [a["href"] for a in page.select("a[href]") if a["href"].startswith("/")]


def search_inputs(page):
    """The ``q`` inputs of GET forms that post to the site search."""
    return [
        form.find("input", {"name": "q"})
        for form in page.select("form[method=get]")
        if form.get("action", "").endswith("/shop/search/") and form.find("input", {"name": "q"})
    ]
