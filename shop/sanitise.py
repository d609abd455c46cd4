"""Seller-provided rich text made safe: one allowlist, used when saving and when rendering.

Sellers (community enterprises) are untrusted: no script, event handler, style or
``javascript:`` URL may ever reach a page. nh3 (ammonia) strips what is not allowed and
keeps the text.
"""

import re

import nh3

#: What sellers may use in descriptions and stories; everything else is stripped.
SELLER_HTML_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li",
    "h2", "h3", "h4", "blockquote", "a",
}  # fmt: skip
SELLER_HTML_ATTRIBUTES = {"a": {"href", "title"}}
SELLER_URL_SCHEMES = {"http", "https", "mailto"}
#: A tag, comment or end tag: the text is HTML (``ราคา < 500`` is not).
LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z!/]")


def looks_like_html(text: str) -> bool:
    return bool(LOOKS_LIKE_HTML.search(text or ""))


def clean_seller_html(text: str) -> str:
    """``text`` with only the allowed tags, attributes and URL schemes left.

    Plain text (no tag in it) is returned unchanged, so ``ราคา < 500`` stays readable;
    templates escape it when they render it.
    """
    if not text or not looks_like_html(text):
        return text or ""
    return nh3.clean(
        text,
        tags=SELLER_HTML_TAGS,
        attributes=SELLER_HTML_ATTRIBUTES,
        url_schemes=SELLER_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
