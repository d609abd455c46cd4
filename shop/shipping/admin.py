"""Oscar's shipping admin registrations, unchanged."""

from oscar.apps.shipping.admin import *  # noqa: F403
