"""Moved to :mod:`catalogue.thumbnails`, the single list of sizes the theme uses.

Kept so older imports keep working; new code imports from ``catalogue.thumbnails``.
"""

from catalogue.thumbnails import THUMBNAIL_SPECS, generate_thumbnails

__all__ = ["THUMBNAIL_SPECS", "generate_thumbnails"]
