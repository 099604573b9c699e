"""Campaign YAML read as untrusted input: bytes and depth limits, no tags, positions kept.

Nothing is constructed. The parser's events become plain ``Node``s and the loader decides what
a scalar means from the field it fills, so ``NO`` stays Norway's code and never becomes False.
Composition is iterative and stops at the depth limit, so deep nesting cannot exhaust the
stack; aliases share one node, so an alias bomb costs nothing until it is walked (the loader
counts every node it visits).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from game.content.problems import Problems
from game.engine.model import Src

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000
"""Per campaign: composed nodes, and separately nodes visited by the loader (aliases count)."""

STANDARD = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(STANDARD + t for t in ("str", "int", "float", "bool", "null", "seq", "map"))

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""LibYAML's parser when PyYAML was built with it (ten times faster); only its events are used."""


class Node:
    """A YAML node: ``kind`` is scalar, seq or map; a map's value is a list of (key, value)."""

    __slots__ = ("kind", "value", "tag", "plain", "line", "col")

    def __init__(self, kind: str, value, tag: str | None, plain: bool, line: int, col: int):
        self.kind = kind
        self.value = value
        self.tag = tag
        self.plain = plain
        """A plain (unquoted, untagged) scalar: only these may read as numbers, booleans or null."""
        self.line = line
        self.col = col

    def src(self, file: str) -> Src:
        return Src(file, self.line, self.col)


class Budget:
    """Node allowances shared by all files of one campaign."""

    def __init__(self, composed: int = MAX_NODES, visited: int = MAX_NODES) -> None:
        self.composed = composed
        self.visited = visited


def read_limited(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it is larger than ``limit`` (read no further than that).

    Raises OSError when the file cannot be read at all; the loader reports that separately.
    """
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    return None if len(data) > limit else data


def decode(data: bytes, file: str, problems: Problems) -> str | None:
    """UTF-8 text (a leading byte-order mark is dropped), or None with the bad byte's place."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        col = len(data[start:exc.start].decode("utf-8", "replace")) + 1
        problems.error(Src(file, line, col),
                       f"byte 0x{data[exc.start]:02X} is not UTF-8 text",
                       "save the file with the UTF-8 encoding")
        return None
    return text[1:] if text.startswith("\ufeff") else text


def compose(text: str, file: str, problems: Problems, budget: Budget) -> Node | None:
    """The document's root node (an empty mapping for an empty file), or None with problems
    when the YAML is unusable."""
    try:
        return _compose(text, file, problems, budget)
    except yaml.YAMLError as exc:
        _report_yaml_error(exc, text, file, problems)
        return None


class _Stop(Exception):
    """Composition gave up; the problem is already recorded."""


def _compose(text: str, file: str, problems: Problems, budget: Budget) -> Node | None:
    def stop(event, message: str, hint: str = "") -> _Stop:
        problems.error(Src(file, event.start_mark.line + 1, event.start_mark.column + 1),
                       message, hint)
        return _Stop()

    root: Node | None = None
    open_nodes: list[list] = []  # [node, pending map key]
    anchors: dict[str, Node] = {}
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise stop(event, "a campaign file holds one YAML document; this is a second",
                               "remove the '---' line and merge the documents")
                continue
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                node = open_nodes.pop()[0]
                if not open_nodes:
                    root = node
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            if isinstance(event, yaml.AliasEvent):
                node = anchors.get(event.anchor)
                if node is None:
                    raise stop(event, f"alias '*{event.anchor}' names no anchor defined before it",
                               f"define '&{event.anchor}' earlier in this file")
                if any(entry[0] is node for entry in open_nodes):
                    raise stop(event, f"alias '*{event.anchor}' refers to a node that contains it")
            else:
                node = _new_node(event, stop)
                budget.composed -= 1
                if budget.composed < 0:
                    raise stop(event, f"the campaign has more than {MAX_NODES} YAML values",
                               "is an alias or a generated file blowing up? no real campaign is this large")
                if event.anchor:
                    anchors[event.anchor] = node
            _attach(open_nodes, node)
            if not open_nodes and node.kind == "scalar":
                root = node
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_nodes) >= MAX_DEPTH:
                    raise stop(event, f"values are nested more than {MAX_DEPTH} levels deep",
                               "no campaign needs this much nesting")
                open_nodes.append([node, None])
    except _Stop:
        return None
    return root if root is not None else Node("map", [], None, False, 1, 1)


def _new_node(event, stop) -> Node:
    tag = event.tag
    if tag not in (None, "!") and tag not in ALLOWED_TAGS:
        shown = "!!" + tag[len(STANDARD):] if tag.startswith(STANDARD) else tag
        raise stop(event, f"the tag '{shown}' is not allowed in campaign files",
                   "remove it: campaign files hold plain data, never objects")
    line, col = event.start_mark.line + 1, event.start_mark.column + 1
    if isinstance(event, yaml.ScalarEvent):
        return Node("scalar", event.value, tag, bool(event.implicit[0]), line, col)
    kind = "seq" if isinstance(event, yaml.SequenceStartEvent) else "map"
    return Node(kind, [], tag, False, line, col)


def _attach(open_nodes: list[list], node: Node) -> None:
    if not open_nodes:
        return
    parent = open_nodes[-1]
    if parent[0].kind == "seq":
        parent[0].value.append(node)
    elif parent[1] is None:
        parent[1] = node
    else:
        parent[0].value.append((parent[1], node))
        parent[1] = None


def _report_yaml_error(exc: yaml.YAMLError, text: str, file: str, problems: Problems) -> None:
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        line, col = mark.line + 1, mark.column + 1
        message = " ".join(part for part in (getattr(exc, "problem", None),
                                              getattr(exc, "context", None)) if part)
    else:  # a ReaderError: a character YAML does not allow, given by its offset
        offset = getattr(exc, "position", 0)
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = str(getattr(exc, "reason", "")) or "unreadable character"
    lines = text.splitlines()
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    around = lines[line - 2] if 1 < line <= len(lines) + 1 else ""
    if "\t" in row or "\t" in around:
        hint = "indent with spaces: YAML does not allow tabs for indentation"
    else:
        hint = "check the indentation and the ':', '-', quotes and brackets on this line or the one before"
    problems.error(Src(file, line, col), f"malformed YAML: {message or 'syntax error'}", hint)
