"""Certifications of the demo products, verified by the DIP staff demo user."""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model

from shop.demo.certifications import CERTIFICATIONS, DEMO_DATE
from shop.demo.images import render_certificate
from shop.demo.loaders.records import sync_fields

Certification = get_model("catalogue", "Certification")

#: A certification that has expired was issued this long before it expired.
EXPIRED_VALIDITY = timedelta(days=730)


def _at_ten(day):
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def _dates(spec, today):
    """(issued on, expires on, verified at) of a demo certification."""
    if spec.expired:
        expires = today - timedelta(days=1)
        issued = expires - EXPIRED_VALIDITY
        return issued, expires, _at_ten(issued + timedelta(days=7))
    issued, expires = spec.dates
    return issued, expires, _at_ten(DEMO_DATE)


def load_certifications(products, dip_user, tally, progress):
    """Every demo certification with a stamped evidence image; returns (total, verified).

    Matched on (product, kind, number); each is checked with ``full_clean()``.
    """
    today = timezone.localdate()
    for spec in CERTIFICATIONS:
        product = products[spec.upc]
        issued, expires, verified_at = _dates(spec, today)
        decided = spec.status != Certification.Status.PENDING
        values = {
            "issuer": spec.issuer,
            "star_level": spec.star_level,
            "issued_on": issued,
            "expires_on": expires,
            "status": spec.status,
            "verified_by_id": dip_user.pk if decided else None,
            "verified_at": verified_at if decided else None,
            "verification_note": spec.note,
        }
        lookup = {"product_id": product.pk, "kind": spec.kind, "number": spec.number}
        certification = Certification.objects.filter(**lookup).first()
        created = certification is None
        if created:
            certification = Certification(**lookup, **values)
        changed = not created and sync_fields(certification, values)
        if _draw_evidence(certification, spec, product) or created or changed:
            certification.full_clean()
            certification.save()
            tally.created += int(created)
            tally.updated += int(not created)
        progress.update(1)
    demo = Certification.objects.filter(product__in=products.values())
    return demo.count(), demo.filter(status=Certification.Status.VERIFIED).count()


def _draw_evidence(certification, spec, product):
    """Draw the stamped stand-in image when missing (not saved yet); True when drawn."""
    evidence = certification.evidence
    if evidence and evidence.storage.exists(evidence.name):
        return False
    kind = str(Certification.Kind(spec.kind).label)
    if spec.star_level:
        kind = f"{kind}: {spec.star_level} stars / {spec.star_level} ดาว"
    data = render_certificate(kind, spec.number, product.title_en or product.title)
    filename = f"{spec.upc.lower()}-{spec.kind}-{slugify(spec.number)}.png".replace("--", "-")
    target = evidence.field.generate_filename(certification, filename)
    if evidence.storage.exists(target):
        evidence.storage.delete(target)  # left by an earlier database; same name, redraw
    evidence.save(filename, ContentFile(data), save=False)
    return True
