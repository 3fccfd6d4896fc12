#!/usr/bin/env python3
"""Renders a terminal capture (text with SGR escape sequences, as `tmux capture-pane -e -p -N` prints it)
to a PNG: a monospace grid where wide characters (CJK, emoji) take two cells, backgrounds drawn first,
then glyphs, with a per-character fallback to CJK, symbol and colour-emoji fonts.

    render_terminal_png.py capture.ans out.png [--cols 120] [--rows 40] [--profile dark|light]

Needs Pillow. Uses the C library's wcwidth() (what tmux and ncurses measure with), else the `wcwidth`
package, else unicodedata, to place characters on the grid.
"""

import argparse
import ctypes
import ctypes.util
import os
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

# --------------------------------------------------------------------------------------------------
# Terminal profiles: default colours and the 16 standard colours (the rest of the 256 are fixed).

PROFILES = {
    "dark": {
        "background": (0x1E, 0x1F, 0x24),
        "foreground": (0xD4, 0xD4, 0xD4),
        "palette": [
            "#1e1f24", "#e05561", "#8cc265", "#d18f52", "#4aa5f0", "#c162de", "#42b3c2", "#d4d4d4",
            "#5c6370", "#ff616e", "#a5e075", "#f0a45d", "#4dc4ff", "#de73ff", "#4cd1e0", "#f5f5f5",
        ],
    },
    "light": {
        "background": (0xFA, 0xFA, 0xFA),
        "foreground": (0x24, 0x29, 0x2E),
        "palette": [
            "#24292e", "#cf222e", "#116329", "#7d4e00", "#0550ae", "#8250df", "#1b7c83", "#d0d7de",
            "#57606a", "#a40e26", "#1a7f37", "#633c01", "#218bff", "#a475f9", "#3192aa", "#ffffff",
        ],
    },
}


def hex_rgb(text):
    text = text.lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def palette_256(standard):
    colours = [hex_rgb(c) for c in standard]
    levels = [0, 95, 135, 175, 215, 255]
    for i in range(216):
        colours.append((levels[i // 36], levels[(i // 6) % 6], levels[i % 6]))
    for i in range(24):
        grey = 8 + 10 * i
        colours.append((grey, grey, grey))
    return colours


# --------------------------------------------------------------------------------------------------
# Display width, measured as tmux measured it when it placed the characters.

class Width:
    def __init__(self):
        self.libc = None
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c"))
            libc.setlocale.restype = ctypes.c_char_p
            libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
            lc_ctype = 0  # LC_CTYPE on glibc
            for locale in (b"C.UTF-8", b"C.utf8", b"en_US.UTF-8"):
                if libc.setlocale(lc_ctype, locale):
                    libc.wcwidth.argtypes = [ctypes.c_wchar]
                    libc.wcwidth.restype = ctypes.c_int
                    self.libc = libc
                    break
        except (OSError, AttributeError):
            self.libc = None
        try:
            import wcwidth as wcwidth_package
            self.package = wcwidth_package.wcwidth
        except ImportError:
            self.package = None
        self.cache = {}

    def __call__(self, char):
        width = self.cache.get(char)
        if width is None:
            width = self.measure(char)
            self.cache[char] = width
        return width

    def measure(self, char):
        if self.libc is not None:
            width = self.libc.wcwidth(char)
            if width >= 0:
                return width
        if self.package is not None:
            width = self.package(char)
            if width >= 0:
                return width
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            return 0
        return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# --------------------------------------------------------------------------------------------------
# Parsing: SGR state machine over the capture, producing a grid of cells.

class Style:
    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "reverse", "hidden", "strike", "ul_colour")

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None  # None = default, int = palette index, tuple = RGB
        self.bg = None
        self.bold = self.dim = self.italic = self.reverse = self.hidden = self.strike = False
        self.underline = 0  # 0 none, 1 single, 2 double, 3 curly, 4 dotted, 5 dashed
        self.ul_colour = None

    def copy(self):
        other = Style.__new__(Style)
        for name in Style.__slots__:
            setattr(other, name, getattr(self, name))
        return other


class Cell:
    __slots__ = ("text", "style", "width")

    def __init__(self, text, style, width):
        self.text = text
        self.style = style
        self.width = width  # 1 or 2; the cell after a wide one is a continuation (None in the grid)


def parse_colour(params, i):
    """Parses an extended colour starting at params[i] == 38/48/58. Returns (colour, next index)."""
    if i + 1 < len(params):
        mode = params[i + 1]
        if mode == 5 and i + 2 < len(params):
            return params[i + 2], i + 3
        if mode == 2 and i + 4 < len(params):
            return (params[i + 2] & 255, params[i + 3] & 255, params[i + 4] & 255), i + 5
    return None, len(params)


def apply_sgr(style, raw):
    # Sub-parameters (colons) are flattened; "38:2::r:g:b" (with an empty colour-space id) is handled.
    if ":" in raw:
        groups = raw.split(";")
        params = []
        for group in groups:
            parts = group.split(":")
            if len(parts) >= 5 and parts[0] in ("38", "48", "58") and parts[1] == "2":
                rgb = parts[-3:]
                params.extend([int(parts[0]), 2] + [int(p or 0) for p in rgb])
            elif parts[0] == "4" and len(parts) > 1:
                params.append(("underline", int(parts[1] or 0)))
            else:
                params.extend(int(p or 0) for p in parts)
    else:
        params = [int(p) if p else 0 for p in raw.split(";")] if raw else [0]
    i = 0
    while i < len(params):
        p = params[i]
        if isinstance(p, tuple):
            style.underline = p[1]
            i += 1
            continue
        if p == 0:
            style.reset()
        elif p == 1:
            style.bold = True
        elif p == 2:
            style.dim = True
        elif p == 3:
            style.italic = True
        elif p == 4:
            style.underline = 1
        elif p == 5 or p == 6:
            pass  # blink: a still picture shows it steady
        elif p == 7:
            style.reverse = True
        elif p == 8:
            style.hidden = True
        elif p == 9:
            style.strike = True
        elif p == 21:
            style.underline = 2
        elif p == 22:
            style.bold = style.dim = False
        elif p == 23:
            style.italic = False
        elif p == 24:
            style.underline = 0
        elif p == 25:
            pass
        elif p == 27:
            style.reverse = False
        elif p == 28:
            style.hidden = False
        elif p == 29:
            style.strike = False
        elif 30 <= p <= 37:
            style.fg = p - 30
        elif p == 38:
            colour, i = parse_colour(params, i)
            if colour is not None:
                style.fg = colour
            continue
        elif p == 39:
            style.fg = None
        elif 40 <= p <= 47:
            style.bg = p - 40
        elif p == 48:
            colour, i = parse_colour(params, i)
            if colour is not None:
                style.bg = colour
            continue
        elif p == 49:
            style.bg = None
        elif p == 58:
            colour, i = parse_colour(params, i)
            style.ul_colour = colour
            continue
        elif p == 59:
            style.ul_colour = None
        elif 90 <= p <= 97:
            style.fg = p - 90 + 8
        elif 100 <= p <= 107:
            style.bg = p - 100 + 8
        i += 1


ESCAPE = re.compile(
    r"\x1b\[([0-9;:?<=>]*)([ -/]*[@-~])"   # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC (hyperlinks and the like): ignored
    r"|\x1b[PX^_][^\x1b]*\x1b\\"           # DCS, SOS, PM, APC: ignored
    r"|\x1b[()][0-9A-Za-z]"                # charset designation: ignored
    r"|\x1b[^\[\]]"                        # other two-byte escapes: ignored
)

ZERO_WIDTH_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}


def parse(text, cols, rows, width):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if rows is None:
        rows = len(lines)
    style = Style()
    grid = []
    warnings = []
    for row_index in range(rows):
        line = lines[row_index] if row_index < len(lines) else ""
        row = []
        pos = 0
        while pos < len(line):
            match = ESCAPE.match(line, pos) if line[pos] == "\x1b" else None
            if match:
                if match.group(2) == "m":
                    apply_sgr(style, match.group(1))
                pos = match.end()
                continue
            char = line[pos]
            pos += 1
            if char == "\r" or (ord(char) < 0x20 and char != "\t") or char == "\x7f":
                continue
            if char == "\t":
                while len(row) % 8 != 7:
                    row.append(Cell(" ", style.copy(), 1))
                char = " "
            w = width(char)
            if w == 0:
                # A combining mark or joiner rides on the previous cell, as tmux stored it.
                for prev in reversed(row):
                    if prev is not None:
                        prev.text += char
                        break
                continue
            cell = Cell(char, style.copy(), w)
            row.append(cell)
            if w == 2:
                row.append(None)
        used = len(row)
        if cols is not None and used > cols:
            warnings.append("row %d measures %d columns, more than %d" % (row_index + 1, used, cols))
        grid.append(row)
    if cols is None:
        cols = max((len(r) for r in grid), default=80)
    for row in grid:
        while len(row) < cols:
            row.append(Cell(" ", Style(), 1))
        del row[cols:]
        if row and row[-1] is not None and row[-1].width == 2:
            row[-1].width = 1
    return grid, cols, rows, warnings


# --------------------------------------------------------------------------------------------------
# Fonts and glyph fallback.

FONT_DIRS = ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype", "/usr/share/fonts",
             os.path.expanduser("~/.local/share/fonts")]


def font_path(name):
    for base in FONT_DIRS:
        for root, _dirs, files in os.walk(base):
            if name in files:
                return os.path.join(root, name)
    return None


class FontSet:
    def __init__(self, size):
        self.size = size
        mono = {
            "regular": font_path("DejaVuSansMono.ttf"),
            "bold": font_path("DejaVuSansMono-Bold.ttf"),
            "italic": font_path("DejaVuSansMono-Oblique.ttf"),
            "bolditalic": font_path("DejaVuSansMono-BoldOblique.ttf"),
        }
        if not mono["regular"]:
            sys.exit("render_terminal_png: DejaVu Sans Mono not found (install fonts-dejavu-core)")
        self.mono = {}
        for key, path in mono.items():
            self.mono[key] = ImageFont.truetype(path or mono["regular"], size)
        ascent, descent = self.mono["regular"].getmetrics()
        self.ascent = ascent
        self.cell_w = int(round(self.mono["regular"].getlength("M")))
        self.cell_h = ascent + descent

        # Fallbacks, tried in order for a character the monospace font lacks.
        self.fallbacks = []
        cjk = font_path("NotoSansCJK-Regular.ttc")
        cjk_bold = font_path("NotoSansCJK-Bold.ttc")
        if cjk:
            # Index 5 is "Noto Sans Mono CJK JP" in Debian's collection; fall back to 0 if absent.
            for index in (5, 0):
                try:
                    regular = ImageFont.truetype(cjk, size, index=index)
                    bold = ImageFont.truetype(cjk_bold, size, index=index) if cjk_bold else regular
                    self.fallbacks.append(("cjk", regular, bold))
                    break
                except OSError:
                    continue
        for name in ("DejaVuSans.ttf", "Symbola_hint.ttf", "Symbola.ttf", "NotoSansSymbols2-Regular.ttf",
                     "NotoSansSymbols-Regular.ttf", "NotoSans-Regular.ttf"):
            path = font_path(name)
            if path:
                font = ImageFont.truetype(path, size)
                bold_path = font_path(name.replace(".ttf", "-Bold.ttf"))
                bold = ImageFont.truetype(bold_path, size) if bold_path else font
                self.fallbacks.append((name, font, bold))
        emoji = font_path("NotoColorEmoji.ttf")
        self.emoji = None
        if emoji:
            try:
                self.emoji = ImageFont.truetype(emoji, 109)  # a bitmap font: only its strike size loads
            except OSError:
                self.emoji = None
        self.notdef = {}
        self.has_cache = {}

    def has_glyph(self, font, char):
        key = (id(font), char)
        cached = self.has_cache.get(key)
        if cached is not None:
            return cached
        if font is self.emoji:
            mask = font.getmask(char, mode="RGBA")
            result = mask.size[1] > 0 and mask.getbbox() is not None
        else:
            fid = id(font)
            if fid not in self.notdef:
                missing = font.getmask("\U0010FFFD")
                self.notdef[fid] = (missing.size, bytes(missing))
            mask = font.getmask(char)
            result = (mask.size, bytes(mask)) != self.notdef[fid]
        self.has_cache[key] = result
        return result

    def pick(self, char, bold, italic, emoji_first):
        """Returns (kind, font) for drawing `char`: kind is "mono", "fallback" or "emoji"."""
        if emoji_first and self.emoji is not None and self.has_glyph(self.emoji, char):
            return "emoji", self.emoji
        style = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
        mono = self.mono[style]
        if self.has_glyph(self.mono["regular"], char):
            return "mono", mono
        for _name, regular, bold_font in self.fallbacks:
            if self.has_glyph(regular, char):
                return "fallback", bold_font if bold else regular
        if self.emoji is not None and self.has_glyph(self.emoji, char):
            return "emoji", self.emoji
        return "mono", mono  # draws the missing-glyph box, which at least shows something was there


def is_emoji_presentation(text, width):
    base = ord(text[0])
    if "\ufe0f" in text:
        return True
    if width < 2:
        return False
    return (0x1F000 <= base <= 0x1FAFF) or (0x2600 <= base <= 0x27BF) or (0x2B00 <= base <= 0x2BFF) \
        or (0x2300 <= base <= 0x23FF) or base in (0x3030, 0x303D, 0x3297, 0x3299)


# --------------------------------------------------------------------------------------------------
# Box drawing and block elements, drawn as shapes so that lines join across cells.

# (up, right, down, left): 0 none, 1 light, 2 heavy, 3 double.
BOX = {}


def _box(first, table):
    for offset, arms in enumerate(table):
        if arms is not None:
            BOX[chr(first + offset)] = arms


_box(0x2500, [
    (0, 1, 0, 1), (0, 2, 0, 2), (1, 0, 1, 0), (2, 0, 2, 0),
    None, None, None, None, None, None, None, None,  # dashed: 2504..250B, handled below
    (0, 1, 1, 0), (0, 2, 1, 0), (0, 1, 2, 0), (0, 2, 2, 0),
    (0, 0, 1, 1), (0, 0, 1, 2), (0, 0, 2, 1), (0, 0, 2, 2),
    (1, 1, 0, 0), (1, 2, 0, 0), (2, 1, 0, 0), (2, 2, 0, 0),
    (1, 0, 0, 1), (1, 0, 0, 2), (2, 0, 0, 1), (2, 0, 0, 2),
    (1, 1, 1, 0), (1, 2, 1, 0), (2, 1, 1, 0), (1, 1, 2, 0), (2, 1, 2, 0), (2, 2, 1, 0), (1, 2, 2, 0), (2, 2, 2, 0),
    (1, 0, 1, 1), (1, 0, 1, 2), (2, 0, 1, 1), (1, 0, 2, 1), (2, 0, 2, 1), (2, 0, 1, 2), (1, 0, 2, 2), (2, 0, 2, 2),
    (0, 1, 1, 1), (0, 1, 1, 2), (0, 2, 1, 1), (0, 2, 1, 2), (0, 1, 2, 1), (0, 1, 2, 2), (0, 2, 2, 1), (0, 2, 2, 2),
    (1, 1, 0, 1), (1, 1, 0, 2), (1, 2, 0, 1), (1, 2, 0, 2), (2, 1, 0, 1), (2, 1, 0, 2), (2, 2, 0, 1), (2, 2, 0, 2),
    (1, 1, 1, 1), (1, 1, 1, 2), (1, 2, 1, 1), (1, 2, 1, 2), (2, 1, 1, 1), (1, 1, 2, 1), (2, 1, 2, 1), (2, 1, 1, 2),
    (2, 2, 1, 1), (1, 1, 2, 2), (1, 2, 2, 1), (2, 2, 1, 2), (1, 2, 2, 2), (2, 1, 2, 2), (2, 2, 2, 1), (2, 2, 2, 2),
    None, None, None, None,  # 254C..254F dashed
    (0, 3, 0, 3), (3, 0, 3, 0),
    (0, 3, 1, 0), (0, 1, 3, 0), (0, 3, 3, 0),
    (0, 0, 1, 3), (0, 0, 3, 1), (0, 0, 3, 3),
    (1, 3, 0, 0), (3, 1, 0, 0), (3, 3, 0, 0),
    (1, 0, 0, 3), (3, 0, 0, 1), (3, 0, 0, 3),
    (1, 3, 1, 0), (3, 1, 3, 0), (3, 3, 3, 0),
    (1, 0, 1, 3), (3, 0, 3, 1), (3, 0, 3, 3),
    (0, 3, 1, 3), (0, 1, 3, 1), (0, 3, 3, 3),
    (1, 3, 0, 3), (3, 1, 0, 1), (3, 3, 0, 3),
    (1, 3, 1, 3), (3, 1, 3, 1), (3, 3, 3, 3),
])
_box(0x2574, [
    (0, 0, 0, 1), (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0),
    (0, 0, 0, 2), (2, 0, 0, 0), (0, 2, 0, 0), (0, 0, 2, 0),
    (0, 2, 0, 1), (1, 0, 2, 0), (0, 1, 0, 2), (2, 0, 1, 0),
])
# Dashed lines: char -> (horizontal?, weight, dashes)
DASHED = {
    "\u2504": (True, 1, 3), "\u2505": (True, 2, 3), "\u2506": (False, 1, 3), "\u2507": (False, 2, 3),
    "\u2508": (True, 1, 4), "\u2509": (True, 2, 4), "\u250a": (False, 1, 4), "\u250b": (False, 2, 4),
    "\u254c": (True, 1, 2), "\u254d": (True, 2, 2), "\u254e": (False, 1, 2), "\u254f": (False, 2, 2),
}
# Rounded corners: char -> (vertical arm goes up?, horizontal arm goes right?)
ROUNDED = {"\u256d": (False, True), "\u256e": (False, False), "\u256f": (True, False), "\u2570": (True, True)}


class Painter:
    def __init__(self, image, fonts):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.fonts = fonts
        self.cw = fonts.cell_w
        self.ch = fonts.cell_h
        self.light = max(1, int(round(fonts.size / 14)))
        self.heavy = self.light * 2 + 1
        self.gap = self.light + 1  # half distance between the two strokes of a double line
        self.emoji_cache = {}
        self.glyph_cache = {}

    def rect(self, x0, y0, x1, y1, colour):
        """Fills [x0, x1) x [y0, y1)."""
        if x1 > x0 and y1 > y0:
            self.draw.rectangle([x0, y0, x1 - 1, y1 - 1], fill=colour)

    def thickness(self, weight):
        return {1: self.light, 2: self.heavy, 3: self.light}.get(weight, 0)

    def box(self, char, x, y, width, colour):
        cw = self.cw * width
        ch = self.ch
        cx = x + cw // 2
        cy = y + ch // 2
        if char in DASHED:
            horizontal, weight, dashes = DASHED[char]
            t = self.thickness(weight)
            if horizontal:
                seg = cw / dashes
                for i in range(dashes):
                    self.rect(int(x + i * seg), cy - t // 2, int(x + i * seg + seg * 0.6 + 0.5), cy - t // 2 + t, colour)
            else:
                seg = ch / dashes
                for i in range(dashes):
                    self.rect(cx - t // 2, int(y + i * seg), cx - t // 2 + t, int(y + i * seg + seg * 0.6 + 0.5), colour)
            return True
        if char in ROUNDED:
            up, right = ROUNDED[char]
            t = self.light
            r = max(2, min(cw, ch) // 2)
            # Vertical arm from the edge to the start of the arc, horizontal arm likewise, then the arc.
            if up:
                self.rect(cx - t // 2, y, cx - t // 2 + t, cy - r + 1, colour)
            else:
                self.rect(cx - t // 2, cy + r, cx - t // 2 + t, y + ch, colour)
            if right:
                self.rect(cx + r, cy - t // 2, x + cw, cy - t // 2 + t, colour)
            else:
                self.rect(x, cy - t // 2, cx - r + 1, cy - t // 2 + t, colour)
            ox = cx - t // 2 + (r if right else -r)  # the arc's centre
            oy = cy - t // 2 + (-r if up else r)
            start = {(False, True): 180, (False, False): 270, (True, False): 0, (True, True): 90}[(up, right)]
            self.draw.arc([ox - r, oy - r, ox + r + t - 1, oy + r + t - 1], start, start + 90, fill=colour, width=t)
            return True
        arms = BOX.get(char)
        if arms is None:
            return False
        up, right, down, left = arms
        vert = [w for w in (up, down) if w]
        horiz = [w for w in (right, left) if w]
        vmax = max((self.thickness(w) for w in vert), default=0)
        hmax = max((self.thickness(w) for w in horiz), default=0)
        d = self.gap
        v_double = {"up": up == 3, "down": down == 3}
        h_double = {"right": right == 3, "left": left == 3}
        any_v_double = up == 3 or down == 3
        any_h_double = right == 3 or left == 3

        light = self.light

        def stop_at(centre, thick, sign):
            # Where an arm coming from the `sign` side ends: the near edge of a line of `thick` at `centre`.
            return centre - thick // 2 if sign > 0 else centre - thick // 2 + thick

        # Horizontal arms.
        for side, weight in (("right", right), ("left", left)):
            if not weight:
                continue
            sign = 1 if side == "right" else -1
            edge = x + cw if side == "right" else x
            if weight == 3:
                for oy in (-d, d):
                    if any_v_double:
                        same = v_double["up"] if oy < 0 else v_double["down"]
                        stop = stop_at(cx + sign * d if same else cx - sign * d, light, sign)
                    else:
                        stop = stop_at(cx, vmax or light, sign)
                    self.hline(stop, edge, cy + oy - light // 2, light, colour)
            else:
                t = self.thickness(weight)
                if any_v_double:
                    stop = stop_at(cx - sign * d, light, sign)
                else:
                    stop = stop_at(cx, vmax or t, sign)
                self.hline(stop, edge, cy - t // 2, t, colour)
        # Vertical arms.
        for side, weight in (("down", down), ("up", up)):
            if not weight:
                continue
            sign = 1 if side == "down" else -1
            edge = y + ch if side == "down" else y
            if weight == 3:
                for ox in (-d, d):
                    if any_h_double:
                        same = h_double["left"] if ox < 0 else h_double["right"]
                        stop = stop_at(cy + sign * d if same else cy - sign * d, light, sign)
                    else:
                        stop = stop_at(cy, hmax or light, sign)
                    self.vline(stop, edge, cx + ox - light // 2, light, colour)
            else:
                t = self.thickness(weight)
                if any_h_double:
                    stop = stop_at(cy - sign * d, light, sign)
                else:
                    stop = stop_at(cy, hmax or t, sign)
                self.vline(stop, edge, cx - t // 2, t, colour)
        return True

    def hline(self, a, b, yy, t, colour):
        self.rect(min(a, b), yy, max(a, b), yy + t, colour)

    def vline(self, a, b, xx, t, colour):
        self.rect(xx, min(a, b), xx + t, max(a, b), colour)

    def block(self, char, x, y, width, fg, bg):
        code = ord(char)
        cw = self.cw * width
        ch = self.ch
        if code == 0x2588:
            self.rect(x, y, x + cw, y + ch, fg)
        elif code == 0x2580:
            self.rect(x, y, x + cw, y + ch // 2, fg)
        elif 0x2581 <= code <= 0x2587:  # lower eighths
            h = int(round(ch * (code - 0x2580) / 8))
            self.rect(x, y + ch - h, x + cw, y + ch, fg)
        elif 0x2589 <= code <= 0x258F:  # left eighths, 7/8 down to 1/8
            w = int(round(cw * (0x2590 - code) / 8))
            self.rect(x, y, x + w, y + ch, fg)
        elif code == 0x2590:
            self.rect(x + cw // 2, y, x + cw, y + ch, fg)
        elif 0x2591 <= code <= 0x2593:  # shades
            alpha = (code - 0x2590) / 4
            mixed = tuple(int(round(b + (f - b) * alpha)) for f, b in zip(fg, bg))
            self.rect(x, y, x + cw, y + ch, mixed)
        elif code == 0x2594:
            self.rect(x, y, x + cw, y + max(1, ch // 8), fg)
        elif code == 0x2595:
            self.rect(x + cw - max(1, cw // 8), y, x + cw, y + ch, fg)
        elif 0x2596 <= code <= 0x259F:
            quads = {0x2596: "3", 0x2597: "4", 0x2598: "1", 0x2599: "134", 0x259A: "14", 0x259B: "123",
                     0x259C: "124", 0x259D: "2", 0x259E: "23", 0x259F: "234"}[code]
            hx, hy = cw // 2, ch // 2
            for q in quads:
                qx = x if q in "13" else x + hx
                qy = y if q in "12" else y + hy
                self.rect(qx, qy, qx + (hx if q in "13" else cw - hx), qy + (hy if q in "12" else ch - hy), fg)
        else:
            return False
        return True

    def emoji(self, text, x, y, width):
        font = self.fonts.emoji
        key = (text, width)
        tile = self.emoji_cache.get(key)
        if tile is None:
            size = font.getbbox(text)
            canvas = Image.new("RGBA", (max(1, size[2]) + 8, max(1, size[3]) + 8), (0, 0, 0, 0))
            ImageDraw.Draw(canvas).text((0, 0), text, font=font, embedded_color=True)
            bbox = canvas.getbbox()
            if bbox:
                canvas = canvas.crop(bbox)
            box_w = self.cw * width - 1
            box_h = self.ch - 2
            scale = min(box_w / canvas.width, box_h / canvas.height)
            tile = canvas.resize((max(1, int(canvas.width * scale)), max(1, int(canvas.height * scale))),
                                 Image.LANCZOS)
            self.emoji_cache[key] = tile
        ox = x + (self.cw * width - tile.width) // 2
        oy = y + (self.ch - tile.height) // 2
        self.image.alpha_composite(tile, (ox, oy))

    def glyph(self, text, font, kind, x, y, width, colour):
        span = self.cw * width
        if kind == "mono":
            self.draw.text((x, y + self.fonts.ascent), text, font=font, fill=colour, anchor="ls")
            return
        # A fallback glyph is drawn at the grid's baseline and squeezed if it is wider than its cells.
        advance = font.getlength(text)
        if advance <= span + 1:
            offset = (span - advance) / 2 if width == 2 or advance < span else 0
            self.draw.text((x + offset, y + self.fonts.ascent), text, font=font, fill=colour, anchor="ls")
            return
        key = (text, id(font), width, colour)
        tile = self.glyph_cache.get(key)
        if tile is None:
            tw = int(advance) + 4
            canvas = Image.new("L", (tw, self.ch), 0)
            ImageDraw.Draw(canvas).text((0, self.fonts.ascent), text, font=font, fill=255, anchor="ls")
            mask = canvas.resize((span, self.ch), Image.LANCZOS)
            tile = Image.new("RGBA", (span, self.ch), colour + (0,))
            tile.putalpha(mask)
            self.glyph_cache[key] = tile
        self.image.alpha_composite(tile, (x, y))


# --------------------------------------------------------------------------------------------------

def resolve(colour, default, palette):
    if colour is None:
        return default
    if isinstance(colour, int):
        return palette[colour] if 0 <= colour < 256 else default
    return colour


def mix(a, b, amount):
    return tuple(int(round(x + (y - x) * amount)) for x, y in zip(a, b))


def render(grid, cols, rows, fonts, profile, padding, bold_is_bright=False):
    palette = palette_256(profile["palette"])
    default_bg = profile["background"]
    default_fg = profile["foreground"]
    cw, ch = fonts.cell_w, fonts.cell_h
    width = cols * cw + 2 * padding
    height = rows * ch + 2 * padding

    def colours(style):
        fg_index = style.fg
        if bold_is_bright and style.bold and isinstance(fg_index, int) and fg_index < 8:
            fg_index += 8
        fg = resolve(fg_index, default_fg, palette)
        bg = resolve(style.bg, default_bg, palette)
        if style.reverse:
            fg, bg = bg, fg
        if style.dim:
            fg = mix(fg, bg, 0.45)
        return fg, bg

    # The margin takes the colour most of the screen has: an app that paints its own background (a light
    # theme on a dark terminal, say) gets a frame of that colour rather than the terminal's.
    counts = {}
    for row in grid:
        for cell in row:
            if cell is not None:
                bg = colours(cell.style)[1]
                counts[bg] = counts.get(bg, 0) + cell.width
    base = max(counts, key=counts.get) if counts else default_bg
    if counts.get(base, 0) * 2 < cols * rows:
        base = default_bg
    image = Image.new("RGBA", (width, height), base + (255,))
    painter = Painter(image, fonts)

    # Backgrounds first, so glyphs that overhang their cell are not cut by the next cell's background.
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            _fg, bg = colours(cell.style)
            if bg != base:
                x = padding + c * cw
                y = padding + r * ch
                painter.rect(x, y, x + cw * cell.width, y + ch, bg)

    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            style = cell.style
            fg, bg = colours(style)
            x = padding + c * cw
            y = padding + r * ch
            text = cell.text
            base = text[0]
            if not style.hidden and base != " ":
                if painter.box(base, x, y, cell.width, fg) or painter.block(base, x, y, cell.width, fg, bg):
                    pass
                else:
                    drawn = "".join(ch_ for ch_ in text if ch_ not in ZERO_WIDTH_JOINERS) or base
                    kind, font = fonts.pick(base, style.bold, style.italic,
                                            is_emoji_presentation(text, cell.width))
                    if kind == "emoji":
                        emoji_text = base if len(text) == 1 else text.replace("\ufe0e", "")
                        painter.emoji(emoji_text, x, y, cell.width)
                    else:
                        painter.glyph(drawn, font, kind, x, y, cell.width, fg)
            if style.underline:
                ul = resolve(style.ul_colour, fg, palette) if style.ul_colour is not None else fg
                uy = y + fonts.ascent + max(1, fonts.size // 10)
                painter.rect(x, uy, x + cw * cell.width, uy + painter.light, ul)
                if style.underline == 2:
                    painter.rect(x, uy + 2 * painter.light, x + cw * cell.width, uy + 3 * painter.light, ul)
            if style.strike:
                sy = y + fonts.ascent - int(fonts.size * 0.3)
                painter.rect(x, sy, x + cw * cell.width, sy + painter.light, fg)
    return image.convert("RGB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("capture", help="the capture: text with SGR sequences ('-' for standard input)")
    parser.add_argument("output", help="the PNG to write")
    parser.add_argument("--cols", type=int, help="terminal width in cells (default: the widest line)")
    parser.add_argument("--rows", type=int, help="terminal height in cells (default: the number of lines)")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="dark",
                        help="the terminal's default colours and 16-colour palette (default: dark)")
    parser.add_argument("--background", help="override the default background, #rrggbb")
    parser.add_argument("--foreground", help="override the default foreground, #rrggbb")
    parser.add_argument("--font-size", type=int, default=16, help="pixel size of the font (default: 16)")
    parser.add_argument("--padding", type=int, default=12, help="margin around the grid in pixels (default: 12)")
    parser.add_argument("--bold-is-bright", action="store_true", help="draw bold text in colours 0-7 bright")
    parser.add_argument("--strict", action="store_true", help="fail when a row does not measure --cols columns")
    args = parser.parse_args()

    if args.capture == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(args.capture, "rb") as handle:
            data = handle.read()
    text = data.decode("utf-8", errors="replace")

    profile = dict(PROFILES[args.profile])
    if args.background:
        profile["background"] = hex_rgb(args.background)
    if args.foreground:
        profile["foreground"] = hex_rgb(args.foreground)

    grid, cols, rows, warnings = parse(text, args.cols, args.rows, Width())
    for warning in warnings:
        print("render_terminal_png: %s: %s" % (args.capture, warning), file=sys.stderr)
    if warnings and args.strict:
        return 1
    fonts = FontSet(args.font_size)
    image = render(grid, cols, rows, fonts, profile, args.padding, args.bold_is_bright)
    image.save(args.output, optimize=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
