"""Small campaigns written on the fly, and YAML read the way editors read it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from game.content.loader import LoadResult, load_campaign
from game.content.problems import Problems
from game.content.yaml_source import Budget, Node, compose

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini_campaign"
SCHEMA = REPO / "game" / "schema" / "campaign.schema.json"

HEADER = """\
format: 1
id: test
name: Test
description: A test campaign.
start: 1930-01
end: 1934-12
turn_months: 3
base_map: europe_1930
"""

NATION = """\
  - code: {code}
    name: Nation {code}
    military: 50
    economy: 50
    will: 50
    legitimacy: 50
    stability: 50
    orientation: 50
"""


PLAYABLE = """\
    playable: true
    briefing: You lead.
    objectives:
      - {id: one, text: One, condition: {tension: {op: "<", value: 90}}}
      - {id: two, text: Two, condition: {tension: {op: "<", value: 80}}}
      - {id: three, text: Three, condition: {tension: {op: "<", value: 70}}}
"""


def nations(*codes: str) -> str:
    """A nations section; the first nation is playable, so the campaign can be played."""
    return "nations:\n" + "".join(NATION.format(code=c) + (PLAYABLE if i == 0 else "")
                                   for i, c in enumerate(codes))


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def load_text(tmp_path: Path, main: str, **others: str) -> LoadResult:
    """Load a campaign whose campaign.yaml is ``main`` (other files by name)."""
    files = {"campaign.yaml": main}
    files.update({name.replace("__", "."): text for name, text in others.items()})
    return load_campaign(write(tmp_path / "c", files))


def lines(result: LoadResult) -> list[str]:
    return [str(p) for p in result.problems]


def has(result: LoadResult, pattern: str, severity: str | None = None) -> bool:
    """Whether a problem's text matches the regular expression."""
    return any(re.search(pattern, str(p)) and (severity is None or p.severity == severity)
               for p in result.problems)


_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)"
                    r"|\.(nan|NaN|NAN)")


def yaml12(text: str):
    """Plain data as a YAML 1.2 editor sees it (core schema: NO is text, 1931-09-18 is text)."""
    problems = Problems()
    root = compose(text, "<text>", problems, Budget())
    assert root is not None, problems.items
    return _plain(root)


def _plain(node: Node):
    if node.kind == "map":
        return {k.value: _plain(v) for k, v in node.value}
    if node.kind == "seq":
        return [_plain(v) for v in node.value]
    if not node.plain:
        return node.value
    v = node.value
    if v in _NULL:
        return None
    if v in _BOOL:
        return _BOOL[v]
    if _INT.fullmatch(v):
        return int(v, 0) if v.startswith(("0o", "0x")) else int(v)
    if _FLOAT.fullmatch(v):
        return float(v)
    return v


def mini_with(tmp_path: Path, file: str, anchor: str, extra: str):
    """The mini campaign copied into ``tmp_path`` with ``extra`` inserted after the line
    ``anchor`` of ``file``: the loaded result and the line ``extra`` starts on."""
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + extra, 1), encoding="utf-8")
    return load_campaign(folder), text[:text.index(anchor)].count("\n") + 2
