#!/usr/bin/env python3
"""Puts French typography into assets/locales/fr/*.ftl values: U+00A0 before « : » and inside
« », U+202F before « ; ! ? ». Idempotent. Comments and Fluent syntax are left alone.
tests/tests/l10n.rs (french_text_follows_french_typography) fails when a file needs this."""
import glob
import os
import re

root = os.path.join(os.path.dirname(__file__), "..", "assets", "locales", "fr")
for path in sorted(glob.glob(os.path.join(root, "*.ftl"))):
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.lstrip().startswith("#"):
            out.append(line)
            continue
        if "=" in line and not line.startswith(" "):
            key, value = line.split("=", 1)
            prefix = key + "="
        else:
            prefix, value = "", line
        value = re.sub(r" :", "\u00a0:", value)
        value = re.sub(r" ([;!?])", "\u202f\\1", value)
        value = value.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
        out.append(prefix + value)
    open(path, "w", encoding="utf-8").write("\n".join(out))
