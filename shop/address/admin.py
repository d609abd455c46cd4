"""Oscar's address admin registrations, unchanged."""

from oscar.apps.address.admin import *  # noqa: F403
