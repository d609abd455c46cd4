"""Oscar's order admin registrations, unchanged."""

from oscar.apps.order.admin import *  # noqa: F403
