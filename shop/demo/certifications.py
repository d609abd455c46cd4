"""Certifications of the demo products: realistic kinds and issuers, invented numbers.

Which product holds which mark follows the domain notes (/work/shared/DOMAIN.md):
อย. numbers for food and drinks, มผช. for snacks and cloth, OTOP stars for several,
GI for Praewa silk (Ban Phon) and Ko Kret pottery, Halal for Koh Yo keropok,
Organic for On Tai's rice and herbs, cosmetic notification numbers for soap and balm.
Every number is invented and says so where the format allows ("DEMO", 99999).

Dates are fixed (issued around ``DEMO_DATE``) so the set is stable, with three
deliberate exceptions that show what buyers must NOT see as a badge:

* one verified certification that expired yesterday (its dates follow today),
* certifications still pending verification,
* one rejected certification.

The natural key is (product UPC, kind, number).
"""

from dataclasses import dataclass
from datetime import date

#: The day the demo certificates were (notionally) checked by DIP staff.
DEMO_DATE = date(2026, 3, 16)

VERIFIED_NOTE = "Demo certificate — number is invented for demonstration (ข้อมูลตัวอย่าง)"
REJECTED_NOTE = (
    "Demo: rejected because the evidence names a different product. "
    "The number is invented for demonstration (ข้อมูลตัวอย่าง)"
)

ISSUERS = {
    "tcps": "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม (สมอ.) / Thai Industrial Standards Institute (TISI)",
    "otop": "กรมการพัฒนาชุมชน / Community Development Department",
    "gi": "กรมทรัพย์สินทางปัญญา / Department of Intellectual Property",
    "fda_food": "สำนักงานคณะกรรมการอาหารและยา (อย.) / Thai FDA",
    "cosmetic": "สำนักงานคณะกรรมการอาหารและยา (อย.) / Thai FDA",
    "halal": "สำนักงานคณะกรรมการกลางอิสลามแห่งประเทศไทย / CICOT",
    "organic": "Organic Thailand, กรมวิชาการเกษตร / Department of Agriculture",
}

#: (issued on, years valid or None for no expiry) per kind.
VALIDITY = {
    "tcps": (date(2025, 9, 1), 3),
    "otop": (date(2026, 2, 1), 2),
    "gi": (date(2026, 1, 15), 2),
    "fda_food": (date(2024, 11, 1), None),
    "cosmetic": (date(2025, 6, 1), 3),
    "halal": (date(2026, 1, 10), 2),
    "organic": (date(2026, 2, 20), 2),
}


@dataclass(frozen=True)
class DemoCertification:
    upc: str
    kind: str
    number: str
    star_level: int | None = None
    status: str = "verified"
    #: Verified, but its dates are set so that it expired yesterday.
    expired: bool = False

    @property
    def issuer(self):
        return ISSUERS[self.kind]

    @property
    def dates(self):
        """(issued on, expires on) for the ordinary, stable certificates."""
        issued, years = VALIDITY[self.kind]
        return issued, (issued.replace(year=issued.year + years) if years else None)

    @property
    def note(self):
        if self.status == "rejected":
            return REJECTED_NOTE
        return VERIFIED_NOTE if self.status == "verified" else ""


def _serial(upc):
    return upc.removeprefix("DEMO-")


def fda(upc, province):
    """An อย. number: the province's two digits, then an obviously invented 99999 block."""
    return DemoCertification(upc, "fda_food", f"{province}-2-99999-2-{_serial(upc)}")


def tcps(upc, standard):
    """มผช. numbers: invented standard numbers in the 9000s."""
    return DemoCertification(upc, "tcps", f"มผช. {standard}/2567")


def otop(upc, stars, **kwargs):
    return DemoCertification(upc, "otop", f"OTOP-DEMO-2568-{_serial(upc)}", star_level=stars,
                             **kwargs)


def mark(upc, kind, prefix, **kwargs):
    return DemoCertification(upc, kind, f"{prefix}-DEMO-{_serial(upc)}", **kwargs)


def _upcs(first, last):
    prefix, start, end = first[:5], int(first[5:]), int(last[5:])
    return [f"{prefix}{number:04d}" for number in range(start, end + 1)]


CERTIFICATIONS = [
    # food (Nakhon Pathom 73, Chaiyaphum 36, Songkhla 90, Chiang Mai 50)
    *[fda(upc, "73") for upc in _upcs("DEMO-0101", "DEMO-0105")],
    *[tcps(upc, 9101) for upc in _upcs("DEMO-0101", "DEMO-0105")],
    otop("DEMO-0101", 4),
    *[fda(upc, "36") for upc in _upcs("DEMO-0106", "DEMO-0108")],
    *[tcps(upc, 9102) for upc in _upcs("DEMO-0106", "DEMO-0108")],
    otop("DEMO-0106", 3),
    *[fda(upc, "90") for upc in ("DEMO-0109", "DEMO-0110")],
    *[mark(upc, "halal", "TH-HALAL") for upc in ("DEMO-0109", "DEMO-0110")],
    tcps("DEMO-0109", 9103),
    *[fda(upc, "50") for upc in ("DEMO-0111", "DEMO-0112")],
    *[mark(upc, "organic", "OT") for upc in ("DEMO-0111", "DEMO-0112")],
    # the applied enterprise's product: its only certificate is still pending
    DemoCertification("DEMO-0113", "fda_food", "73-2-99999-2-0113", status="pending"),
    # beverages
    *[fda(upc, "50") for upc in ("DEMO-0201", "DEMO-0202", "DEMO-0203")],
    *[mark(upc, "organic", "OT") for upc in ("DEMO-0201", "DEMO-0202")],
    fda("DEMO-0204", "36"),
    otop("DEMO-0204", 3),
    *[fda(upc, "36") for upc in ("DEMO-0205", "DEMO-0206")],
    tcps("DEMO-0205", 9201),
    # textiles
    *[mark(upc, "gi", "GI-PRAEWA") for upc in _upcs("DEMO-0301", "DEMO-0304")],
    *[tcps(upc, 9301) for upc in _upcs("DEMO-0301", "DEMO-0304")],
    otop("DEMO-0301", 5),
    *[tcps(upc, 9301) for upc in _upcs("DEMO-0305", "DEMO-0308")],
    otop("DEMO-0305", 4),
    *[tcps(upc, 9302) for upc in ("DEMO-0309", "DEMO-0310")],
    otop("DEMO-0309", 4, status="pending"),
    *[tcps(upc, 9302) for upc in _upcs("DEMO-0311", "DEMO-0314")],
    otop("DEMO-0311", 3),
    *[tcps(upc, 9303) for upc in _upcs("DEMO-0315", "DEMO-0317")],
    otop("DEMO-0315", 4),
    *[tcps(upc, 9302) for upc in _upcs("DEMO-0318", "DEMO-0320")],
    otop("DEMO-0319", 3, expired=True),
    # household, decoration, souvenirs
    *[tcps(upc, 9401) for upc in _upcs("DEMO-0401", "DEMO-0403")],
    otop("DEMO-0401", 4),
    *[mark(upc, "gi", "GI-KOKRET") for upc in _upcs("DEMO-0404", "DEMO-0407")],
    *[tcps(upc, 9402) for upc in _upcs("DEMO-0404", "DEMO-0407")],
    otop("DEMO-0404", 5),
    *[tcps(upc, 9402) for upc in _upcs("DEMO-0408", "DEMO-0410")],
    otop("DEMO-0408", 3),
    # herbal, non-food
    *[tcps(upc, 9501) for upc in ("DEMO-0501", "DEMO-0502", "DEMO-0505")],
    *[mark(upc, "organic", "OT") for upc in ("DEMO-0501", "DEMO-0502", "DEMO-0505")],
    otop("DEMO-0501", 4),
    DemoCertification("DEMO-0503", "cosmetic", "50-1-9990503"),
    DemoCertification("DEMO-0504", "cosmetic", "50-1-9990504"),
    tcps("DEMO-0506", 9502),
    mark("DEMO-0506", "organic", "OT", status="rejected"),
]
