"""The drawn pictures of the demo's Wagtail pages (see ``shop.demo.illustrations``).

A picture is named by ``key``; pages refer to it by that key and the loader turns it
into a Wagtail image in the "Demo" collection, matched on its title.
"""

from dataclasses import dataclass

#: Wagtail collection the demo's images live in.
COLLECTION = "Demo"

#: Motif of a square village logo instead of a 16:9 picture.
LOGO = "logo"


@dataclass(frozen=True)
class Picture:
    key: str
    #: English title, shown on the picture and (labelled) in Wagtail's image library.
    title: str
    title_th: str
    #: A product-card motif (``shop.demo.images.MOTIFS``), "village", "island" or LOGO.
    motif: str
    accent: str

    @property
    def image_title(self):
        return f"{self.title} (illustrative / ภาพประกอบ)"

    @property
    def description(self):
        """Alt text: what the drawing shows, and that it is a drawing."""
        return f"Illustrative drawing / ภาพวาดประกอบ: {self.title} — {self.title_th}"

    @property
    def filename(self):
        return f"demo-{self.key}.{'png' if self.motif == LOGO else 'jpg'}"

    @property
    def monogram(self):
        """Two capitals for a logo, from the first two words of the English title."""
        return "".join(word[0] for word in self.title.split()[:2]).upper()
