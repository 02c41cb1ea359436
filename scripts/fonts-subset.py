#!/usr/bin/env python3
"""Writes the Arabic and Chinese faces of assets/fonts/ (and their copies in ui/fonts/) as subsets
of the Noto fonts Debian ships, so that what is committed is reproducible and small.

  NotoSansArabic-Regular.ttf, NotoSansArabic-Bold.ttf   Noto Sans Arabic 2.005 from the Debian
      package fonts-noto-core 20201225-1: the Arabic blocks only (Latin, digits and spaces come
      from Noto Sans), every OpenType layout feature kept (rustybuzz shapes with them).
  NotoSansSC-Regular.otf, NotoSansSC-Bold.otf (assets/fonts only)   Noto Sans CJK SC 2.004
      (face 2 of NotoSansCJK-Regular.ttc and -Bold.ttc) from the Debian package fonts-noto-cjk
      1:20220127+repack1-1: the characters of assets/locales/zh/*.ftl and CJK punctuation. The
      PDFs print only the app's own Chinese words (no name is printed on the person's papers).
  ui/fonts/NotoSansSC-Regular-Common.otf   the same regular face, with the 3,755 characters of
      GB 2312 level 1 (the common characters of Simplified Chinese) added: on screen, a Chinese
      name typed in the interview shows too. The installer carries it once (docs/benchmarks.md).

A character outside the subset (a rare character in a name) is drawn by the system's fonts in the
interface and as the missing-glyph box in a PDF; docs/translating.md says how to widen the set.

usage: scripts/fonts-subset.py [--debs DIR]
  --debs DIR  a folder holding the two .deb files; default: `apt-get download` them into a
              temporary folder. Needs fontTools (pip install fonttools==4.*).
Run again after changing the Chinese .ftl files; the output is committed.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGES = ["fonts-noto-core=20201225-1", "fonts-noto-cjk=1:20220127+repack1-1"]
ARABIC_RANGES = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF), (0x200C, 0x200F), (0x25CC, 0x25CC)]
CJK_PUNCTUATION = [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2018, 0x201F), (0x2026, 0x2026),
                   (0x00B7, 0x00B7), (0x2014, 0x2014)]
SC_FACE = 2  # Noto Sans CJK SC in the collection (0 JP, 1 KR, 2 SC, 3 TC, 4 HK)


def expand(ranges):
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def gb2312_level1():
    out = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return out


def ftl_chars(lang):
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "assets/locales" / lang).glob("*.ftl"))
    return {ord(c) for c in text if ord(c) >= 0x2E80}


def write_subset(font, unicodes, out, features, folders=("assets/fonts", "ui/fonts")):
    options = subset.Options()
    # Arabic: every feature (init, medi, fina, rlig, mark placement...), rustybuzz picks.
    # Chinese: fontTools' default list; `aalt` and the other alternates would double the size.
    if features == "*":
        options.layout_features = ["*"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)
    font.save(out)
    for folder in folders:
        shutil.copyfile(out, ROOT / folder / out.name)
    print(f"{out.name}: {out.stat().st_size:,} bytes, {len(font.getGlyphOrder())} glyphs")


def main():
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        if args[:1] == ["--debs"]:
            debs = pathlib.Path(args[1])
        else:
            debs = tmp
            subprocess.run(["apt-get", "download", *PACKAGES], cwd=tmp, check=True)
        for deb in debs.glob("fonts-noto-c*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "x")], check=True)
        noto = tmp / "x/usr/share/fonts"
        arabic = expand(ARABIC_RANGES)
        for weight in ("Regular", "Bold"):
            write_subset(TTFont(noto / f"truetype/noto/NotoSansArabic-{weight}.ttf"), arabic,
                         tmp / f"NotoSansArabic-{weight}.ttf", "*")
        zh = ftl_chars("zh") | expand(CJK_PUNCTUATION)
        for weight in ("Regular", "Bold"):
            ttc = TTCollection(noto / f"opentype/noto/NotoSansCJK-{weight}.ttc")
            write_subset(ttc.fonts[SC_FACE], zh, tmp / f"NotoSansSC-{weight}.otf", "default",
                         folders=("assets/fonts",))
        ttc = TTCollection(noto / "opentype/noto/NotoSansCJK-Regular.ttc")
        write_subset(ttc.fonts[SC_FACE], zh | gb2312_level1(), tmp / "NotoSansSC-Regular-Common.otf",
                     "default", folders=("ui/fonts",))


if __name__ == "__main__":
    main()
