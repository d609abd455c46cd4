"""The header search box's autocomplete: ``/shop/search/suggest/?q=ผ้``, as JSON.

Answers from the configured backend (the database one when Elasticsearch is
down), at most :data:`LIMIT` entries with labels and URLs in the language of
the request (``/en/shop/search/suggest/`` answers in English). Browsers may
keep an answer for a minute: suggestions change only when the catalogue does,
and a buyer typing, deleting and retyping the same letters then costs nothing.
"""

from __future__ import annotations

import logging

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views import View

from search.backends import SearchUnavailable
from search.suggestions import normalise_prefix
from search.views.base import run_suggest

logger = logging.getLogger(__name__)

#: Suggestions listed under the search box.
LIMIT = 8
#: Seconds a browser may reuse an answer.
MAX_AGE = 60


class SuggestView(View):
    """``{"query": "...", "suggestions": [{"kind", "label", "url"}, ...]}``."""

    def get(self, request, *args, **kwargs):
        query = request.GET.get("q", "")[:200]
        language = "en" if (get_language() or "").startswith("en") else "th"
        suggestions = []
        if normalise_prefix(query):
            try:
                suggestions = run_suggest(query, LIMIT)
            except SearchUnavailable as exc:
                # Even the database could not answer: an empty list keeps the box calm.
                logger.warning("autocomplete unavailable: %s", exc)
        response = JsonResponse(
            {
                "query": query,
                "suggestions": [
                    {
                        "kind": suggestion.kind,
                        "label": suggestion.label_for(language),
                        "url": suggestion.url_for(language),
                    }
                    for suggestion in suggestions
                ],
            },
            json_dumps_params={"ensure_ascii": False},
        )
        patch_cache_control(response, private=True, max_age=MAX_AGE)
        return response
