"""Oscar's partner admin registrations, unchanged."""

from oscar.apps.partner.admin import *  # noqa: F403
