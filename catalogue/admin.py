"""Oscar's catalogue admin registrations, unchanged."""

from oscar.apps.catalogue.admin import *  # noqa: F403
