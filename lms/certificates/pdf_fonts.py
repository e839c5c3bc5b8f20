"""The Noto web fonts of static/vendor, arranged for WeasyPrint.

The web faces are split by `unicode-range` under one family name per script
(Noto Sans SC alone has about a hundred). WeasyPrint mixes up such subsets
(measured: 美 printed as another glyph of the wrong subset), so for PDFs each
subset file becomes a family of its own, and a document lists only the
subsets its text needs, Latin first.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FACE = re.compile(r"@font-face\s*{(?P<body>[^}]*)}")
RANGE = re.compile(r"U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?")


@dataclass(frozen=True)
class Subset:
    family: str  # e.g. "pdf-noto-sans-sc-57"
    ranges: tuple[tuple[int, int], ...]

    def covers(self, char: str) -> bool:
        code = ord(char)
        return any(low <= code <= high for low, high in self.ranges)


def _value(body: str, name: str) -> str:
    match = re.search(rf"{name}\s*:\s*([^;]+);", body)
    return match.group(1).strip() if match else ""


@cache
def parse(css_path: str) -> tuple[str, tuple[Subset, ...]]:
    """(@font-face rules with one family per subset file, the subsets in order)."""
    rules, subsets = [], {}
    for match in FACE.finditer(Path(css_path).read_text(encoding="utf-8")):
        body = match.group("body")
        url = re.search(r"url\(([^)]+)\)", body).group(1)
        stem = Path(url).name.removesuffix(".woff2")
        family = "pdf-" + re.sub(r"-\d{3}-normal$", "", stem)
        weight = _value(body, "font-weight") or "400"
        rules.append(
            f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
            f"src: url({url}); }}"
        )
        ranges = tuple(
            (int(low, 16), int(high or low, 16))
            for low, high in RANGE.findall(_value(body, "unicode-range"))
        )
        subsets.setdefault(family, Subset(family, ranges))
    return "\n".join(rules), tuple(subsets.values())


@cache
def _families_of(css_path: str, char: str) -> tuple[str, ...]:
    """The subset families that have a glyph for the character (remembered)."""
    _rules, subsets = parse(css_path)
    return tuple(subset.family for subset in subsets if subset.covers(char))


def families_for(text: str, css_path: str) -> list[str]:
    """The subset families that cover the text's characters, Latin ones first."""
    _rules, subsets = parse(css_path)
    needed = set()
    for char in set(text):
        needed.update(_families_of(css_path, char))
    ordered = [subset.family for subset in subsets if subset.family in needed]
    return sorted(ordered, key=lambda family: "latin" not in family)
