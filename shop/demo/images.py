"""Illustrative product cards drawn with Pillow.

The demo has no photographs of real products, so each listing gets an honest
card instead: a colour per OTOP category, a simple motif, the product's name
and the words "Illustrative image / ภาพประกอบ". The same input always gives the
same bytes, so re-running the loader never needs to redraw a card.

Thai needs a Thai-capable font: the TLWG fonts (Debian ``fonts-thai-tlwg``) are
used when installed. Without one the card falls back to Pillow's default font
and leaves the Thai text out rather than drawing empty boxes.
"""

import hashlib
import io
import math
import random
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

#: Where to look for a Thai-capable TrueType font, best first.
THAI_FONT_DIRS = [Path("/usr/share/fonts/truetype/tlwg")]
THAI_FONT_FILES = {
    "regular": ["Loma.ttf", "Garuda.ttf", "Waree.ttf", "Sawasdee.ttf"],
    "bold": ["Loma-Bold.ttf", "Garuda-Bold.ttf", "Waree-Bold.ttf", "Sawasdee-Bold.ttf"],
}

#: Background colour and motif per category code; sub-categories fall back to their root.
CATEGORY_STYLES = {
    "food": ("#f6e6c8", "crackers"),
    "beverages": ("#dcecdf", "rings"),
    "textiles-apparel": ("#f3e1e6", "ikat"),
    "household-decor-souvenirs": ("#efdccd", "pot"),
    "herbal-non-food": ("#e4eed4", "leaves"),
    "household-decor-souvenirs/toys-souvenirs": ("#efdccd", "toy"),
}
DEFAULT_STYLE = ("#ececec", "rings")

LABEL = "Illustrative image / ภาพประกอบ"
LABEL_LATIN = "Illustrative image"
INK = "#2b2b2b"
PANEL = "#fffdf8"


@cache
def thai_font_path(weight="regular"):
    """The first Thai-capable font file found, or None."""
    for folder in THAI_FONT_DIRS:
        for name in THAI_FONT_FILES[weight]:
            path = folder / name
            if path.is_file():
                return path
        if folder.is_dir():
            found = sorted(folder.glob("*.ttf"))
            if found:
                return found[0]
    return None


def load_font(size, weight="regular"):
    """(font, can_draw_thai). Never fails: falls back to Pillow's own font."""
    path = thai_font_path(weight)
    if path is not None:
        try:
            return ImageFont.truetype(str(path), size), True
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size), False
    except (TypeError, OSError, ImportError):
        return ImageFont.load_default(), False


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(colour, other, amount):
    """``colour`` moved ``amount`` (0–1) of the way towards ``other``."""
    a, b = _rgb(colour), _rgb(other)
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


def _seed(text):
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _wrap(draw, text, font, width, max_lines):
    """Greedy word wrap; the last line gets an ellipsis when text is left over."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and draw.textlength(lines[-1] + "…", font=font) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return lines


def _fit(draw, text, width, size, min_size, weight="regular"):
    """The largest font (down to ``min_size``) that fits ``text`` on one line."""
    while True:
        font, thai = load_font(size, weight)
        if size <= min_size or draw.textlength(text, font=font) <= width:
            return font, thai
        size -= 2


# --- motifs: each draws into a canvas of its own size (w, h) ----------------------------


def _motif_crackers(draw, w, h, accent, rng):
    placed = []
    for _ in range(200):
        if len(placed) == 9:
            break
        r = rng.uniform(0.08, 0.13) * w
        cx, cy = rng.uniform(r, w - r), rng.uniform(r, h - r)
        if all(math.dist((cx, cy), (x, y)) > (r + q) * 0.8 for x, y, q in placed):
            placed.append((cx, cy, r))
    edge = _mix(accent, "#000000", 0.3)
    for cx, cy, r in placed:
        shade = _mix(accent, "#ffffff", rng.uniform(0.0, 0.45))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=shade, outline=edge,
                     width=max(1, int(r / 18)))
        for _ in range(5):  # grains
            gx, gy = cx + rng.uniform(-r, r) * 0.6, cy + rng.uniform(-r, r) * 0.6
            g = r * 0.06
            draw.ellipse((gx - g, gy - g, gx + g, gy + g), fill=edge)


def _motif_rings(draw, w, h, accent, rng):
    cx, cy = w / 2, h / 2
    radius = min(w, h) * 0.36
    petals = rng.choice([6, 8, 10])
    offset = rng.uniform(0, math.pi)
    for i in range(petals):
        angle = offset + 2 * math.pi * i / petals
        px, py = cx + radius * 1.2 * math.cos(angle), cy + radius * 1.2 * math.sin(angle)
        p = radius * 0.16
        draw.ellipse((px - p, py - p, px + p, py + p), fill=_mix(accent, "#000000", 0.2))
    for step in range(7):
        r = radius * (1 - step / 7)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r),
                     fill=_mix(accent, "#ffffff", 0.15 + step * 0.1))


def _motif_ikat(draw, w, h, accent, rng):
    cell = w / rng.choice([5, 6, 7])
    dark, light = _mix(accent, "#000000", 0.25), _mix(accent, "#ffffff", 0.55)
    row, y = 0, -cell / 2
    while y < h:
        x = -(cell / 2 if row % 2 else 0)
        while x < w:
            cx, cy, r = x + cell / 2, y + cell / 2, cell / 2
            draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=dark)
            draw.polygon([(cx, cy - r / 2), (cx + r / 2, cy), (cx, cy + r / 2), (cx - r / 2, cy)],
                         fill=light)
            x += cell
        y += cell / 2
        row += 1


def _motif_pot(draw, w, h, accent, rng):
    cx = w / 2
    a, b = w * 0.22, h * 0.34
    ey = h - b - h * 0.03
    fill, line = _mix(accent, "#ffffff", 0.1), _mix(accent, "#000000", 0.35)
    draw.rectangle((cx - w * 0.08, h * 0.1, cx + w * 0.08, ey - b * 0.6), fill=fill)
    draw.ellipse((cx - w * 0.11, h * 0.07, cx + w * 0.11, h * 0.13), fill=line)
    draw.ellipse((cx - a, ey - b, cx + a, ey + b), fill=fill)
    stripes = rng.choice([3, 4, 5])
    for i in range(1, stripes + 1):
        y = ey - b + 2 * b * i / (stripes + 1)
        half = a * math.sqrt(max(0.0, 1 - ((y - ey) / b) ** 2))
        draw.arc((cx - half, y - h * 0.05, cx + half, y + h * 0.05), 0, 180, fill=line,
                 width=max(2, int(w / 160)))


def _motif_leaves(draw, w, h, accent, rng):
    vein = _mix(accent, "#000000", 0.3)
    for _ in range(9):
        length = rng.uniform(0.10, 0.17) * w
        cx, cy = rng.uniform(length, w - length), rng.uniform(length / 2, h - length / 2)
        angle = rng.uniform(0, math.pi)
        cos_a, sin_a = math.cos(angle), math.sin(angle)
        points = []
        for i in range(36):
            t = 2 * math.pi * i / 36
            px, py = length * math.cos(t), length * 0.42 * math.sin(t) * (0.55 + 0.45 * math.cos(t))
            points.append((cx + px * cos_a - py * sin_a, cy + px * sin_a + py * cos_a))
        draw.polygon(points, fill=_mix(accent, "#ffffff", rng.uniform(0.0, 0.4)))
        dx, dy = length * cos_a, length * sin_a
        draw.line([(cx - dx, cy - dy), (cx + dx, cy + dy)], fill=vein, width=max(1, int(w / 300)))


def _motif_check(draw, w, h, accent, rng):
    """Woven check, as on a pha khao ma: stripes both ways, darker where they cross."""
    band = w / rng.choice([8, 10, 12])
    light, dark = _mix(accent, "#ffffff", 0.6), _mix(accent, "#000000", 0.15)
    draw.rectangle((0, 0, w, h), fill=light)
    for i in range(0, int(w / band) + 1, 2):
        draw.rectangle((i * band, 0, (i + 1) * band, h), fill=_rgb(accent))
    for j in range(0, int(h / band) + 1, 2):
        draw.rectangle((0, j * band, w, (j + 1) * band), fill=_rgb(accent))
        for i in range(0, int(w / band) + 1, 2):
            draw.rectangle((i * band, j * band, (i + 1) * band, (j + 1) * band), fill=dark)


def _motif_toy(draw, w, h, accent, rng):
    """A doll hanging from a bar between two posts, like a ตุ๊กตาบาร์โหน."""
    wood, line = "#b08050", _mix(accent, "#000000", 0.4)
    cx, bar_y, post = w / 2, h * 0.22, w * 0.025
    for x in (cx - w * 0.22, cx + w * 0.22):
        draw.rectangle((x - post, bar_y - h * 0.05, x + post, h * 0.95), fill=wood)
    draw.rectangle((cx - w * 0.22, bar_y - post / 2, cx + w * 0.22, bar_y + post / 2), fill=line)
    head, body_top = h * 0.07, bar_y + h * 0.2
    draw.line([(cx - w * 0.05, bar_y), (cx - w * 0.03, body_top)], fill=_rgb(accent),
              width=int(post))
    draw.line([(cx + w * 0.05, bar_y), (cx + w * 0.03, body_top)], fill=_rgb(accent),
              width=int(post))
    draw.rectangle((cx - w * 0.06, body_top, cx + w * 0.06, body_top + h * 0.25), fill=_rgb(accent))
    draw.ellipse((cx - head, body_top + h * 0.25, cx + head, body_top + h * 0.25 + 2 * head),
                 fill="#f0c8a0", outline=line, width=max(1, int(w / 300)))
    kick = rng.uniform(0.06, 0.1) * w
    for side in (-1, 1):
        draw.line([(cx + side * w * 0.03, body_top), (cx + side * kick, bar_y - h * 0.02)],
                  fill=line, width=int(post))


MOTIFS = {
    "crackers": _motif_crackers,
    "rings": _motif_rings,
    "ikat": _motif_ikat,
    "pot": _motif_pot,
    "leaves": _motif_leaves,
    "check": _motif_check,
    "toy": _motif_toy,
}


# --- the card -------------------------------------------------------------------------


def render_card(title_en, title_th="", category="", accent="", subtitle="", size=800,
                motif=""):
    """An illustrative product card as JPEG bytes (``size`` × ``size`` pixels).

    ``motif`` overrides the category's motif (one of ``MOTIFS``).
    """
    background, default_motif = CATEGORY_STYLES.get(
        category, CATEGORY_STYLES.get(category.split("/")[0], DEFAULT_STYLE)
    )
    motif = motif or default_motif
    accent = accent or "#8a5a3a"
    unit = size / 800
    rng = random.Random(_seed(f"{title_en}|{category}|{accent}"))

    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    box = (round(40 * unit), round(82 * unit), round(size - 40 * unit), round(482 * unit))
    canvas = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), background)
    MOTIFS[motif](ImageDraw.Draw(canvas), canvas.width, canvas.height, accent, rng)
    image.paste(canvas, box[:2])  # pasting clips the motif to its box

    # The label sits on top so it survives every crop and thumbnail.
    label_font, thai = load_font(round(26 * unit), "bold")
    label = LABEL if thai else LABEL_LATIN
    draw.rectangle((0, 0, size, 62 * unit), fill=_mix(accent, "#000000", 0.55))
    draw.text((size / 2, 31 * unit), label, font=label_font, fill="#ffffff", anchor="mm")

    panel = (28 * unit, 500 * unit, size - 28 * unit, size - 28 * unit)
    draw.rounded_rectangle(panel, radius=24 * unit, fill=PANEL, outline=_rgb(accent),
                           width=max(2, round(4 * unit)))
    text_width = panel[2] - panel[0] - 56 * unit
    x, y = panel[0] + 28 * unit, panel[1] + 26 * unit

    title_font, _ = load_font(round(44 * unit), "bold")
    for line in _wrap(draw, title_en, title_font, text_width, max_lines=2):
        draw.text((x, y), line, font=title_font, fill=INK)
        y += 54 * unit
    if title_th and thai:
        thai_font, _ = _fit(draw, title_th, text_width, round(36 * unit), round(22 * unit))
        draw.text((x, y + 6 * unit), title_th, font=thai_font, fill=_mix(accent, INK, 0.6))
    if subtitle:
        small, _ = _fit(draw, subtitle, text_width, round(24 * unit), round(14 * unit))
        draw.text((x, panel[3] - 22 * unit), subtitle, font=small, fill="#6b6b6b", anchor="ls")

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# --- enterprise logos and certificate evidence --------------------------------------------

#: Stamped on every demo certificate image.
CERTIFICATE_LABEL = "DEMO / ตัวอย่าง — not a real certificate"
CERTIFICATE_LABEL_LATIN = "DEMO — not a real certificate"


def render_logo(monogram, name_th="", colour="#8a5a3a", size=256):
    """A simple monogram logo as PNG bytes: initials in a ring, the Thai name below."""
    image = Image.new("RGB", (size, size), _mix(colour, "#ffffff", 0.85))
    draw = ImageDraw.Draw(image)
    unit = size / 256
    ring = (28 * unit, 16 * unit, size - 28 * unit, size - 40 * unit)
    draw.ellipse(ring, fill=_rgb(colour), outline=_mix(colour, "#000000", 0.35),
                 width=max(2, round(6 * unit)))
    font, _ = _fit(draw, monogram, ring[2] - ring[0] - 40 * unit, round(96 * unit),
                   round(32 * unit), "bold")
    centre = ((ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2)
    draw.text(centre, monogram, font=font, fill="#ffffff", anchor="mm")
    small, thai = load_font(round(18 * unit))
    if name_th and thai:
        small, _ = _fit(draw, name_th, size - 16 * unit, round(18 * unit), round(9 * unit))
        draw.text((size / 2, size - 18 * unit), name_th, font=small, fill=INK, anchor="mm")
    return _png(image)


def render_certificate(kind, number, product, width=480):
    """A stand-in certificate scan as PNG bytes, clearly stamped as a demo."""
    height = round(width * 0.7)
    unit = width / 480
    image = Image.new("RGB", (width, height), PANEL)
    draw = ImageDraw.Draw(image)
    draw.rectangle((6 * unit, 6 * unit, width - 6 * unit, height - 6 * unit),
                   outline="#8a7a5a", width=max(2, round(3 * unit)))
    label_font, thai = load_font(round(22 * unit), "bold")
    label = CERTIFICATE_LABEL if thai else CERTIFICATE_LABEL_LATIN
    draw.rectangle((6 * unit, 6 * unit, width - 6 * unit, 50 * unit), fill="#b03030")
    label_font, _ = _fit(draw, label, width - 30 * unit, round(22 * unit), round(10 * unit),
                         "bold")
    draw.text((width / 2, 28 * unit), label, font=label_font, fill="#ffffff", anchor="mm")
    y = 80 * unit
    for text, size in ((kind, 24), (number, 22), (product, 18)):
        font, can_thai = _fit(draw, text, width - 60 * unit, round(size * unit),
                              round(9 * unit))
        if not can_thai and not text.isascii():
            text = text.encode("ascii", "ignore").decode().strip() or "-"
        draw.text((width / 2, y), text, font=font, fill=INK, anchor="mm")
        y += (size + 22) * unit
    stamp, _ = load_font(round(64 * unit), "bold")
    draw.text((width / 2, height - 48 * unit), "DEMO", font=stamp,
              fill=_mix("#b03030", PANEL, 0.55), anchor="mm")
    return _png(image)
