"""manage.py demo_logins: the demo accounts, their shared password and where to sign in."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from shop.demo.users import DEMO_PASSWORD, USERS


class Command(BaseCommand):
    help = "Print the demo logins (e-mail, password, role, where to sign in)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Address the site runs at (default: WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, base_url, **options):
        base_url = base_url.rstrip("/")
        existing = set(
            get_user_model().objects.filter(
                email__in=[user["email"] for user in USERS]
            ).values_list("email", flat=True)
        )
        rows = [("E-mail", "Password", "Role", "Sign in at")]
        for user in USERS:
            where = ", ".join(f"{base_url}{path}" for path in user["sign_in"])
            rows.append((user["email"], DEMO_PASSWORD, user["role"], where))
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        lines = []
        for number, row in enumerate(rows):
            cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
            lines.append("  ".join([*cells, row[3]]))
            if number == 0:
                lines.append("  ".join(["-" * width for width in widths] + ["-" * 10]))
        self.stdout.write("Demo logins (demo data only; they share one published password):")
        self.stdout.write("\n".join(lines))
        missing = [user["email"] for user in USERS if user["email"] not in existing]
        if missing:
            self.stdout.write(
                self.style.WARNING(
                    f"Not in this database yet: {', '.join(missing)}. "
                    "Run `manage.py load_demo_data`."
                )
            )
