"""Illustrative pictures for the demo's Wagtail pages, drawn with Pillow.

The demo has no photographs of the villages, so village pages, stories and collections
get honest drawings instead: a simple scene or motif, a caption panel, and a band that
reads "Illustrative image / ภาพประกอบ" on every picture, so that no one mistakes one for
a photograph of a real place or product. The same input always gives the same bytes.

The motifs, fonts and colour helpers are those of the product cards
(:mod:`shop.demo.images`).
"""

import io
import math
import random

from PIL import Image, ImageDraw

from shop.demo.images import (
    INK,
    LABEL,
    LABEL_LATIN,
    MOTIFS,
    PANEL,
    _fit,
    _mix,
    _rgb,
    _seed,
    load_font,
)

#: Height : width of a picture (heroes, cards and galleries crop from it).
ASPECT = 9 / 16
#: (left, top, right, bottom) on a 1200-wide picture that survives every crop the pages
#: make: a 12:5 hero keeps y 88-587, a 4:3 gallery photo keeps x 150-1050.
SAFE = (160, 100, 1040, 580)


def _motif_village(draw, w, h, accent, rng, water=False):
    """Hills, a row of raised wooden houses and, for island villages, water in front."""
    sky_bottom = h * 0.62
    for y in range(0, int(sky_bottom), max(1, int(h / 60))):
        draw.rectangle((0, y, w, y + h / 60 + 1), fill=_mix("#cfe6f2", "#fdf6e6", y / sky_bottom))
    for layer, shade in ((0.30, 0.45), (0.42, 0.25)):
        points = [(0, sky_bottom)]
        for step in range(9):
            x = w * step / 8
            points.append((x, h * layer + rng.uniform(-0.06, 0.06) * h))
        points += [(w, sky_bottom)]
        draw.polygon(points, fill=_mix(accent, "#7da06a", 1 - shade))
    ground = "#7aa0c0" if water else "#a8c27a"
    draw.rectangle((0, sky_bottom, w, h), fill=ground)
    wood, roof = "#8a6040", _mix(accent, "#000000", 0.25)
    houses = rng.choice([3, 4, 5])
    for i in range(houses):
        cx = w * (i + 0.5) / houses + rng.uniform(-0.03, 0.03) * w
        half, body = w * 0.055, h * 0.13
        base = sky_bottom + h * 0.06
        for leg in (-0.8, 0, 0.8):  # stilts
            draw.line([(cx + leg * half, base), (cx + leg * half, base + h * 0.08)], fill=wood,
                      width=max(1, int(w / 300)))
        draw.rectangle((cx - half, base - body, cx + half, base), fill=wood)
        draw.polygon([(cx - half * 1.3, base - body), (cx, base - body - h * 0.1),
                      (cx + half * 1.3, base - body)], fill=roof)
    if water:
        for row in range(4):
            y = sky_bottom + h * (0.2 + row * 0.05)
            for x in range(0, int(w), max(8, int(w / 12))):
                draw.arc((x, y - h * 0.015, x + w / 24, y + h * 0.015), 200, 340,
                         fill="#eaf4fa", width=max(1, int(w / 400)))


def render_picture(title_en, title_th="", motif="village", accent="#8a5a3a", width=1200):
    """A 16:9 illustration as JPEG bytes: motif, label band, a caption panel.

    ``motif`` is one of the product-card motifs, ``"village"`` or ``"island"``.
    """
    height = round(width * ASPECT)
    unit = width / 1200
    rng = random.Random(_seed(f"{title_en}|{motif}|{accent}"))
    background = _mix(accent, "#ffffff", 0.82)
    image = Image.new("RGB", (width, height), background)
    canvas = Image.new("RGB", (width, height), background)
    canvas_draw = ImageDraw.Draw(canvas)
    if motif in ("village", "island"):
        _motif_village(canvas_draw, width, height, accent, rng, water=motif == "island")
    else:
        MOTIFS[motif](canvas_draw, width, height, accent, rng)
    image.paste(canvas, (0, 0))
    draw = ImageDraw.Draw(image)

    # Label and caption stay inside SAFE, which every rendition crop keeps.
    left, top, right, bottom = (edge * unit for edge in SAFE)
    label = LABEL if load_font(8)[1] else LABEL_LATIN
    label_font, _ = _fit(draw, label, right - left - 40 * unit, max(8, round(30 * unit)),
                         max(6, round(12 * unit)), "bold")
    pill = draw.textlength(label, font=label_font) / 2 + 24 * unit
    centre = (left + right) / 2
    draw.rounded_rectangle((centre - pill, top, centre + pill, top + 52 * unit), radius=26 * unit,
                           fill=_mix(accent, "#000000", 0.55))
    draw.text((centre, top + 26 * unit), label, font=label_font, fill="#ffffff", anchor="mm")

    panel = (left, bottom - 170 * unit, right, bottom)
    draw.rounded_rectangle(panel, radius=20 * unit, fill=PANEL, outline=_rgb(accent),
                           width=max(1, round(4 * unit)))
    text_width = panel[2] - panel[0] - 60 * unit
    title_font, thai = _fit(draw, title_en, text_width, max(8, round(50 * unit)),
                            max(6, round(22 * unit)), "bold")
    draw.text((panel[0] + 30 * unit, panel[1] + 22 * unit), title_en, font=title_font, fill=INK)
    if title_th and thai:
        thai_font, _ = _fit(draw, title_th, text_width, max(8, round(40 * unit)),
                            max(6, round(18 * unit)))
        draw.text((panel[0] + 30 * unit, panel[1] + 90 * unit), title_th, font=thai_font,
                  fill=_mix(accent, INK, 0.6))

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def render_badge(monogram, name_th="", colour="#8a5a3a", size=256):
    """An illustrative village logo as PNG bytes: initials in a ring, labelled as such."""
    unit = size / 256
    image = Image.new("RGB", (size, size), _mix(colour, "#ffffff", 0.85))
    draw = ImageDraw.Draw(image)
    band = 34 * unit
    label_font, thai = _fit(draw, LABEL, size - 12 * unit, max(7, round(15 * unit)),
                            max(5, round(7 * unit)), "bold")
    draw.rectangle((0, size - band, size, size), fill=_mix(colour, "#000000", 0.55))
    draw.text((size / 2, size - band / 2), LABEL if thai else LABEL_LATIN, font=label_font,
              fill="#ffffff", anchor="mm")
    ring = (40 * unit, 12 * unit, size - 40 * unit, size - band - 30 * unit)
    draw.ellipse(ring, fill=_rgb(colour), outline=_mix(colour, "#000000", 0.35),
                 width=max(1, round(6 * unit)))
    for i in range(12):  # a ring of dots, like a stamp
        angle = 2 * math.pi * i / 12
        cx = (ring[0] + ring[2]) / 2 + (ring[2] - ring[0]) * 0.42 * math.cos(angle)
        cy = (ring[1] + ring[3]) / 2 + (ring[3] - ring[1]) * 0.42 * math.sin(angle)
        r = 3 * unit
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_mix(colour, "#ffffff", 0.5))
    font, _ = _fit(draw, monogram, (ring[2] - ring[0]) * 0.6, max(8, round(64 * unit)),
                   max(6, round(24 * unit)), "bold")
    centre = ((ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2)
    draw.text(centre, monogram, font=font, fill="#ffffff", anchor="mm")
    if name_th and thai:
        small, _ = _fit(draw, name_th, size - 16 * unit, max(7, round(18 * unit)),
                        max(5, round(8 * unit)))
        draw.text((size / 2, size - band - 14 * unit), name_th, font=small, fill=INK,
                  anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
