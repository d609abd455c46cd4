"""``{% matching_pages query as pages %}``: the pages site search finds for a query.

Lives in cms so the search app never imports cms (cms imports search's analysis).
The answer is kept on the request, so a template may ask in several blocks (the
side column and the main column of the search results page) for one query.
"""

from django import template
from django.utils import translation

from cms.page_search import PAGES_IN_RESULTS, search_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def matching_pages(context, query, limit=PAGES_IN_RESULTS):
    """Live villages, stories, collections and pages in the reader's language matching
    ``query``, best first (:func:`cms.page_search.search_pages`); each result is a
    ``PageSearchEntry`` with ``title``, ``place``, ``summary``, ``kind`` and ``page``."""
    language = translation.get_language()
    request = context.get("request")
    if request is None:
        return search_pages(query, language, limit)
    answers = request.__dict__.setdefault("_matching_pages", {})
    key = (query, language, limit)
    if key not in answers:
        answers[key] = search_pages(query, language, limit)
    return answers[key]
