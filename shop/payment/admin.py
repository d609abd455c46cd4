"""Oscar's payment admin registrations, unchanged."""

from oscar.apps.payment.admin import *  # noqa: F403
