"""Campaign YAML read as untrusted input: bytes and depth limits, no tags, positions kept.

Nothing is constructed. The parser's events become plain ``Node``s and the loader decides what
a scalar means from the field it fills, so ``NO`` stays Norway's code and never becomes False.
Composition is iterative and stops at the depth limit, so deep nesting cannot exhaust the
stack; aliases share one node, so an alias bomb costs nothing until it is walked (the loader
counts every node it visits).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from game.content.problems import Problems
from game.engine.model import Src

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000
"""Per campaign: composed nodes, and separately nodes visited by the loader (aliases count)."""
PARSER_DEPTH_ERROR = "exceeded maximum nesting depth"
"""LibYAML's own depth limit (about 1000 levels): on one line of brackets its scanner reads
ahead past ours before the first event, so the file gets our message either way."""
TOO_DEEP = (f"values are nested more than {MAX_DEPTH} levels deep",
            "no campaign needs this much nesting")
"""The problem and hint for nesting past MAX_DEPTH, whichever parser noticed it first."""

STANDARD = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(STANDARD + t
                         for t in ("str", "int", "float", "bool", "null", "seq", "map"))

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""LibYAML's parser when PyYAML was built with it (ten times faster); only its events are used."""


class Node:
    """A YAML node: ``kind`` is scalar, seq or map; a map's value is a list of (key, value)."""

    __slots__ = ("kind", "value", "tag", "plain", "line", "col")

    def __init__(self, kind: str, value: Any, tag: str | None, plain: bool, line: int, col: int):
        self.kind = kind
        self.value = value
        """A scalar's text, a seq's list of nodes, a map's list of (key, value) nodes."""
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
    composer = _Composer(file, problems, budget)
    try:
        return composer.run(text)
    except _Stop:
        return None
    except yaml.YAMLError as exc:
        if PARSER_DEPTH_ERROR in str(getattr(exc, "problem", "")):
            mark = exc.problem_mark
            problems.error(Src(file, mark.line + 1, mark.column + 1), *TOO_DEEP)
        else:
            _report_yaml_error(exc, text, file, problems)
        return None


class _Stop(Exception):
    """Composition gave up; the problem is already recorded."""


class _Composer:
    """Nodes from the parser's events, without recursion, within the limits."""

    def __init__(self, file: str, problems: Problems, budget: Budget) -> None:
        self.file = file
        self.problems = problems
        self.budget = budget
        self.open: list[list[Any]] = []  # [collection node, its pending map key or None]
        self.anchors: dict[str, Node] = {}
        self.root: Node | None = None
        self.documents = 0
        self.handlers = {
            yaml.ScalarEvent: self._scalar, yaml.AliasEvent: self._alias,
            yaml.SequenceStartEvent: self._start, yaml.MappingStartEvent: self._start,
            yaml.SequenceEndEvent: self._end, yaml.MappingEndEvent: self._end,
            yaml.DocumentStartEvent: self._document,
        }

    def run(self, text: str) -> Node:
        parser = _PARSER(text)
        try:
            handlers = self.handlers
            while parser.check_event():
                event = parser.get_event()
                handler = handlers.get(event.__class__)
                if handler is not None:
                    handler(event)
        finally:
            parser.dispose()
        return self.root if self.root is not None else Node("map", [], None, False, 1, 1)

    def _stop(self, event: Any, message: str, hint: str = "") -> _Stop:
        mark = event.start_mark
        self.problems.error(Src(self.file, mark.line + 1, mark.column + 1), message, hint)
        return _Stop()

    def _document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self._stop(event, "a campaign file holds one YAML document; this is a second",
                             "remove the '---' line and merge the documents")

    def _new(self, event: Any, kind: str, value: Any, plain: bool) -> Node:
        tag = event.tag
        if tag is not None and tag != "!" and tag not in ALLOWED_TAGS:
            shown = "!!" + tag[len(STANDARD):] if tag.startswith(STANDARD) else tag
            raise self._stop(event, f"the tag '{shown}' is not allowed in campaign files",
                             "remove it: campaign files hold plain data, never objects")
        self.budget.composed -= 1
        if self.budget.composed < 0:
            raise self._stop(event, f"the campaign has more than {MAX_NODES} YAML values",
                             "no real campaign is this large")
        mark = event.start_mark
        node = Node(kind, value, tag, plain, mark.line + 1, mark.column + 1)
        if event.anchor:
            self.anchors[event.anchor] = node
        return node

    def _scalar(self, event: Any) -> None:
        self._attach(self._new(event, "scalar", event.value, bool(event.implicit[0])))

    def _alias(self, event: Any) -> None:
        node = self.anchors.get(event.anchor)
        if node is None:
            raise self._stop(event, f"alias '*{event.anchor}' names no anchor defined before it",
                             f"define '&{event.anchor}' earlier in this file")
        if any(entry[0] is node for entry in self.open):
            raise self._stop(event, f"alias '*{event.anchor}' refers to a node that contains it")
        self._attach(node)

    def _start(self, event: Any) -> None:
        kind = "seq" if event.__class__ is yaml.SequenceStartEvent else "map"
        node = self._new(event, kind, [], False)
        self._attach(node)
        if len(self.open) >= MAX_DEPTH:
            raise self._stop(event, *TOO_DEEP)
        self.open.append([node, None])

    def _end(self, event: Any) -> None:
        node = self.open.pop()[0]
        if not self.open:
            self.root = node

    def _attach(self, node: Node) -> None:
        if not self.open:
            self.root = node
            return
        parent = self.open[-1]
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
    if any(ord(ch) < 32 and ch != "\t" for ch in row):
        hint = "remove the invisible control character from this line"
    elif "\t" in row or "\t" in around:
        hint = "indent with spaces: YAML does not allow tabs for indentation"
    else:
        hint = ("check the indentation and the ':', '-', quotes and brackets on this line or "
                "the one before")
    problems.error(Src(file, line, col), f"malformed YAML: {message or 'syntax error'}", hint)
