"""Text read from a file (a save, its file name, an error about it) made safe to show.

A file may hold any character. pygame_gui renders through SDL_ttf, which raises on a NUL
("A null character was found in the text") and cannot encode a lone surrogate, and a string
of a hundred thousand characters stalls the layout for minutes. Every piece of text from
disk goes through ``shown`` before a widget, a tooltip or a dialog gets it; the data itself
stays as it was (an action's text must replay exactly).
"""

from __future__ import annotations

import re

LIMIT = 200
"""Characters of one shown piece of text; longer ones end in an ellipsis."""

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embeddings, overrides and isolates: they would let a file reorder the text around them.
Right-to-left letters themselves are kept."""


def shown(text: object, limit: int = LIMIT) -> str:
    """``text`` fit for a widget: control characters (NUL, escapes, line breaks) become a
    space, lone surrogates U+FFFD, direction overrides go, and it is cut to ``limit``."""
    raw = str(text)
    s = raw[:limit * 2]  # the rest would be cut anyway: spare the regexes a huge text
    s = _BIDI.sub("", _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", s)))
    if len(s) <= limit and len(raw) <= limit * 2:
        return s
    return s[:limit - 1].rstrip() + "…"
