"""Campaign folders read into the frozen model, with every problem found on the way.

Conversion walks the specs of schema.py: each scalar is read as the field it fills expects
(an id is always text; a number must look like one), so YAML's own guesses never leak in.
Bad content never raises: it becomes problems, and the campaign is None when any is an error.
"""

from __future__ import annotations

import hashlib
import os
import enum
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from collections.abc import Callable
from typing import Any, Final, NamedTuple

from game.content import schema as s
from game.content.problems import Problem, Problems, did_you_mean, shown_path
from game.content.validate import validate
from game.content.yaml_source import (MAX_FILE_BYTES, MAX_NODES, Budget, Node, compose, decode,
                                      read_limited)
from game.engine import calendar
from game.engine.model import Campaign, Src

CAMPAIGN_FILE = "campaign.yaml"
MAX_FILES = 64
MAX_TOTAL_BYTES = 8 * 1024 * 1024


class _Bad(enum.Enum):
    """The type of BAD: an enum member, so that ``value is BAD`` narrows a value's type."""

    BAD = "bad"


BAD: Final = _Bad.BAD
"""A value that could not be converted (its problem is already recorded)."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_WHOLE = re.compile(r"[-+]?[0-9]+")
_NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_TAG_INT = "tag:yaml.org,2002:int"


class Mention(NamedTuple):
    """An id as written somewhere: a definition or a use, with where it was written.

    A tuple rather than a frozen dataclass: a large campaign makes tens of thousands.
    """

    kind: str
    id: str
    file: str
    line: int
    col: int
    scope: str | None = None
    """The enclosing definition for ids unique only within it (a body within its org)."""

    @property
    def src(self) -> Src:
        return Src(self.file, self.line, self.col)


@dataclass
class Mentions:
    """What the loader saw that the model does not keep, for the validator."""

    defined: list[Mention] = field(default_factory=list)
    used: list[Mention] = field(default_factory=list)
    play_dates: list[tuple[int, Src]] = field(default_factory=list)
    header: dict[str, Src] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadResult:
    campaign: Campaign | None
    """None when any problem is an error."""
    problems: list[Problem]
    readable: bool = True
    """False when a file could not be read at all (missing, permissions, not a campaign)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def load_campaign(path: str | os.PathLike[str]) -> LoadResult:
    """Read and validate the campaign in a folder (or given by its campaign.yaml)."""
    main = Path(path)
    if not main.exists():
        return _unreadable(shown_path(main), "no such file or folder")
    if main.is_dir():
        if not (main / CAMPAIGN_FILE).is_file():
            return _unreadable(shown_path(main), "not a campaign folder: it has no campaign.yaml")
        main = main / CAMPAIGN_FILE
    elif not main.is_file():
        return _unreadable(shown_path(main), "not a regular file")
    loading = _Loading(main.parent)
    try:
        campaign = loading.run(main)
    except OSError as exc:
        return _unreadable(shown_path(main), f"cannot read: {exc.strerror or exc}")
    # past the node budget the model is cut short; after a syntax error every cross-file check
    # would only repeat its consequences ("unknown nation" for each nation the file defined)
    if loading.budget.visited >= 0 and not loading.syntax:
        validate(campaign, loading.mentions, loading.problems)
    problems = loading.syntax + [p for p in loading.problems.sorted() if p not in loading.syntax]
    ok = campaign is not None and not any(p.is_error for p in problems)
    return LoadResult(campaign if ok else None, problems, loading.readable)


def _unreadable(shown: str | os.PathLike[str], message: str) -> LoadResult:
    return LoadResult(None, [Problem(os.fspath(shown), 0, 0, "error", message)], readable=False)


class _Loading:
    """One load: its files, problems, node budget and what the validator will need."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems = Problems()
        self.mentions = Mentions()
        self.budget = Budget()
        self.convert = _Converter(self.problems, self.budget, self.mentions)
        self.files: dict[str, bytes] = {}
        self.total = 0
        self.readable = True
        self.syntax: list[Problem] = []
        """Syntax errors: reported first, and alone for their file."""

    def run(self, main: Path) -> Campaign | None:
        root = self._read(main, main.name, is_main=True)
        if root is None:
            return None
        values = self._convert_file(root, main.name, is_main=True)
        sections = {f.name: list(values.get(f.name, ())) for f in s.SECTIONS.fields}
        for item in self._includes(root, main.name):
            included = self._read(self.folder / item, item, is_main=False)
            if included is not None:
                more = self._convert_file(included, item, is_main=False)
                for name, entries in sections.items():
                    entries.extend(more.get(name, ()))
        return self._build(values, sections, root.src(shown_path(main)))

    def _read(self, path: Path, rel: str, is_main: bool) -> Node | None:
        """The file's root mapping, or None with problems; an unreadable campaign.yaml raises
        OSError, an unreadable included file makes the whole load unreadable."""
        shown = shown_path(path)
        where = Src(shown, 1, 1)
        try:
            data = read_limited(path, MAX_FILE_BYTES)
        except OSError:
            if is_main:
                raise
            self.readable = False
            self.problems.error(where, "cannot read this file")
            return None
        if data is None:
            size = path.stat().st_size
            self.problems.error(where, f"the file is {size / 2 ** 20:.1f} MB; a campaign file may "
                                f"hold at most {MAX_FILE_BYTES // 2 ** 20} MB",
                                "split it into several files and include them")
            return None
        self.total += len(data)
        if self.total > MAX_TOTAL_BYTES:
            self.problems.error(where, f"the campaign's files hold more than "
                                f"{MAX_TOTAL_BYTES // 2 ** 20} MB together")
            return None
        self.files[rel] = data
        text = decode(data, shown, self.problems)
        if text is None:
            return None
        before = len(self.problems.items)
        root = compose(text, shown, self.problems, self.budget)
        if root is None:
            self.syntax.extend(self.problems.items[before:])
        if root is None or root.kind == "map":
            return root
        self.problems.error(root.src(shown), "a campaign file must be a mapping of keys "
                            "(nations:, events:, ...)", "see docs/campaign-format.md")
        return None

    def _convert_file(self, root: Node, rel: str, is_main: bool) -> dict[str, Any]:
        shown = shown_path(self.folder / rel)
        self.convert.file = shown
        values = self.convert(root, s.FILE)
        keys = {k.value: (k, v) for k, v in root.value if k.kind == "scalar"}
        header = [f for f in s.HEADER.fields if f.name in keys]
        if is_main:
            for f in s.HEADER.fields:
                if f.required and f.name not in keys:
                    self.problems.error(root.src(shown), f"campaign.yaml needs the key '{f.name}'",
                                        f"{f.name}: {f.doc}")
            self.mentions.header = {f.name: keys[f.name][1].src(shown) for f in header}
        else:
            for f in header:
                self.problems.error(keys[f.name][0].src(shown),
                                    f"'{f.name}' belongs in campaign.yaml, not in an included file")
        return values if values is not BAD else {}

    def _includes(self, root: Node, main_name: str) -> list[str]:
        """The included files' names, checked to stay inside the campaign folder."""
        node = next((v for k, v in root.value if k.kind == "scalar" and k.value == "include"), None)
        if node is None or node.kind != "seq":
            return []
        shown = shown_path(self.folder / main_name)
        folder = os.path.realpath(self.folder)
        seen = {main_name}
        out = []
        for item in node.value:
            if item.kind != "scalar" or not re.match(s.FILE_NAME, item.value):
                continue  # the conversion already reported it
            where, rel = item.src(shown), item.value
            if ".." in PurePosixPath(rel).parts:
                self.problems.error(where, f"include '{rel}' points outside the campaign folder",
                                    "campaign files may only include files of their own folder")
                continue
            target = self.folder / rel
            if os.path.commonpath([folder, os.path.realpath(target)]) != folder:
                self.problems.error(where, f"include '{rel}' is a link to outside the campaign "
                                    "folder", "copy the file into the folder instead")
                continue
            if rel in seen:
                self.problems.error(where, f"'{rel}' is already read", "include each file once")
                continue
            seen.add(rel)
            if not target.exists():
                names = [p.name for p in self.folder.glob("*.y*ml")]
                self.problems.error(where, f"included file '{rel}' does not exist",
                                    did_you_mean(rel, names))
            elif not target.is_file():
                self.problems.error(where, f"included '{rel}' is not a regular file")
            elif len(seen) > MAX_FILES:
                self.problems.error(where, f"a campaign may have at most {MAX_FILES} files")
                break
            else:
                out.append(rel)
        return out

    def _build(self, header: dict[str, Any], sections: dict[str, list[Any]],
               src: Src) -> Campaign | None:
        required = [f.target for f in s.HEADER.fields if f.required]
        if any(name not in header for name in required):
            return None
        kwargs = {k: v for k, v in header.items() if k not in ("format", "include")
                  and k not in sections}
        kwargs.update({name: tuple(entries) for name, entries in sections.items()})
        return Campaign(**kwargs, content_hash=self._hash(), src=src)

    def _hash(self) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.files):
            data = self.files[name]
            digest.update(name.encode() + b"\0" + len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters a text may not hold: controls (tab and new line are fine), lone surrogates."""


class _Converter:
    """Turns nodes into model values by their spec, recording problems and mentions."""

    def __init__(self, problems: Problems, budget: Budget, mentions: Mentions) -> None:
        self.problems = problems
        self.budget = budget
        self.mentions = mentions
        self.file = ""
        self.scopes: list[str] = []
        self.by_type: dict[type[s.Spec], Callable[[Node, Any], Any]] = {
            s.Text: self._text, s.Ident: self._ident, s.Whole: self._whole, s.Number: self._number,
            s.Boolean: self._boolean, s.Date: self._date, s.OneOf: self._one_of,
            s.ListOf: self._list, s.Record: self._record, s.Tagged: self._tagged,
        }

    def __call__(self, node: Node, spec: s.Spec) -> Any:
        """The model value ``spec`` makes of ``node`` (its type follows the spec), or BAD."""
        self.budget.visited -= 1
        if self.budget.visited < 0:
            if self.budget.visited == -1:
                self._error(node, f"the campaign expands to more than {MAX_NODES} values",
                            "an anchor repeated through aliases ('*name') many times over?")
            return BAD
        if isinstance(spec, s.Use):
            spec = spec.resolve()
        return self.by_type[type(spec)](node, spec)

    def _error(self, node: Node, message: str, hint: str = "") -> None:
        self.problems.error(node.src(self.file), message, hint)

    def _expected(self, node: Node, spec: s.Spec, hint: str = "") -> _Bad:
        self._error(node, f"expected {spec.what}, got {_describe(node)}", hint)
        return BAD

    def _raw(self, node: Node, spec: s.Spec) -> str | _Bad:
        if node.kind != "scalar" or _is_null(node):
            return self._expected(node, spec)
        text: str = node.value
        return text

    # --- scalars ---

    def _text(self, node: Node, spec: s.Text) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        bad = _CONTROL.search(value)
        if bad:
            self._error(node, f"text holds the control character U+{ord(bad.group()):04X} "
                        f"(at character {bad.start() + 1}), which no screen can show",
                        "remove it; write line breaks as real new lines")
            return BAD
        return value

    def _ident(self, node: Node, spec: s.Ident) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        if not spec.regex.match(value):
            fixed = value.upper() if spec.pattern == s.NATION_CODE else re.sub(
                r"[^a-z0-9_]+", "_", value.lower()).strip("_")
            hint = f"write '{fixed}'" if re.match(spec.pattern, fixed) and fixed != value else ""
            self._error(node, f"expected a {spec.what} ({spec.rule}), got {_describe(node)}", hint)
            return BAD
        if spec.ref and not spec.scope:
            mentions = self.mentions.defined if spec.sets else self.mentions.used
            mentions.append(Mention(spec.ref, value, self.file, node.line, node.col))
        return value

    def _whole(self, node: Node, spec: s.Whole) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        if not _WHOLE.fullmatch(value) or not (node.plain or node.tag == _TAG_INT):
            return self._expected(node, spec, _unquote_hint(node, _WHOLE))
        number = int(value)
        if (spec.allowed and number not in spec.allowed) or not spec.lo <= number <= spec.hi:
            return self._expected(node, spec)
        return number

    def _number(self, node: Node, spec: s.Number) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        if not _NUMBER.fullmatch(value) or not node.plain:
            return self._expected(node, spec, _unquote_hint(node, _NUMBER))
        number = float(value)
        return number if spec.lo <= number <= spec.hi else self._expected(node, spec)

    def _boolean(self, node: Node, spec: s.Boolean) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        if node.plain and value in _TRUE | _FALSE:
            return value in _TRUE
        return self._expected(node, spec, "write true or false")

    def _date(self, node: Node, spec: s.Date) -> Any:
        value = self._raw(node, spec)
        if value is BAD:
            return BAD
        try:
            month = calendar.parse_date(value)
        except ValueError as exc:
            self._error(node, str(exc))
            return BAD
        if spec.in_play:
            self.mentions.play_dates.append((month, node.src(self.file)))
        return month

    def _one_of(self, node: Node, spec: s.OneOf) -> Any:
        value = self._raw(node, spec)
        if value is BAD or value in spec.values:
            return value
        return self._expected(node, spec, did_you_mean(value, spec.values) or spec.hint)

    # --- structures ---

    def _list(self, node: Node, spec: s.ListOf) -> Any:
        if node.kind != "seq":
            return self._expected(node, spec)
        items = [self(item, spec.item) for item in node.value]
        good = tuple(item for item in items if item is not BAD)
        if len(good) == len(items):
            if len(good) < spec.min_items:
                self._error(node, f"expected at least {spec.min_items} item(s), got {len(good)}")
            elif spec.max_items is not None and len(good) > spec.max_items:
                self._error(node, f"expected at most {spec.max_items} items, got {len(good)}")
        return good

    def _record(self, node: Node, spec: s.Record) -> Any:
        if node.kind == "scalar" and spec.shorthand and not _is_null(node):
            short = spec.by_name[spec.shorthand]
            value = self(node, short.spec)
            return BAD if value is BAD else self._build(spec, {short.target: value}, node)
        if node.kind != "map":
            return self._expected(node, spec)
        given = self._keys(node, spec)
        missing = [f.name for f in spec.fields if f.required and f.name not in given]
        for name in missing:
            self._error(node, f"this {spec.name.replace('_', ' ')} needs the key '{name}'",
                        spec.by_name[name].doc)
        values: dict[str, Any] = {}
        ok = not missing
        keyed = spec.key is not None
        for f in sorted(spec.fields, key=lambda f: f.name != spec.key):
            if f.name in given:
                value_node = given[f.name][1]
                value = None if f.nullable and _is_null(value_node) else self(value_node, f.spec)
                if value is BAD:
                    ok = False
                else:
                    values[f.target] = value
                    if f.name == spec.key and spec.defines:
                        self.mentions.defined.append(Mention(
                            spec.defines, values[f.target], self.file, value_node.line,
                            value_node.col, self._scope()))
            if f.name == spec.key:
                self.scopes.append(values.get(f.target, "?"))
        if keyed:
            self.scopes.pop()
        for f in spec.fields:
            if isinstance(f.spec, s.Ident) and f.spec.ref and f.spec.scope and f.target in values:
                at = given[f.name][1]
                self.mentions.used.append(Mention(f.spec.ref, values[f.target], self.file,
                                                  at.line, at.col, values.get(f.spec.scope)))
        chosen = [name for name in spec.one_of if name in given]
        if spec.one_of and len(chosen) != 1:
            self._error(node, "give exactly one of " + " or ".join(f"'{n}'" for n in spec.one_of))
            ok = False
        return self._build(spec, values, node) if ok else BAD

    def _scope(self) -> str | None:
        return self.scopes[-1] if self.scopes else None

    def _keys(self, node: Node, spec: s.Record) -> dict[str, tuple[Node, Node]]:
        given: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if key.kind != "scalar":
                self._error(key, "a key must be a plain word")
            elif key.value in given:
                self._error(key, f"the key '{key.value}' appears twice here "
                            f"(first at line {given[key.value][0].line})")
            elif key.value == "<<":
                self._error(key, "merge keys ('<<') are not supported", "write the keys out")
            elif spec.field(key.value) is None:
                what = spec.name.replace("_", " ")
                self._error(key, f"unknown key '{key.value}' in a {what}",
                            did_you_mean(key.value, spec.by_name)
                            or "known keys: " + ", ".join(spec.by_name))
            else:
                given[key.value] = (key, value)
        return given

    def _build(self, spec: s.Record, values: dict[str, Any], node: Node) -> Any:
        if spec.build is None:
            return values
        if "src" in getattr(spec.build, "__dataclass_fields__", {}):
            values["src"] = node.src(self.file)
        return spec.build(**values)

    def _tagged(self, node: Node, spec: s.Tagged) -> Any:
        if node.kind != "map" or not node.value:
            return self._expected(node, spec)
        if len(node.value) > 1:
            keys = ", ".join(f"'{k.value}'" for k, _ in node.value if k.kind == "scalar")
            hint = ("wrap several conditions in {all: [...]}" if spec is s.CONDITION
                    else "give each one its own list item")
            self._error(node, f"a {spec.name} has exactly one key; found {keys}", hint)
            return BAD
        key, value_node = node.value[0]
        form = spec.form(key.value) if key.kind == "scalar" else None
        if form is None:
            name = key.value if key.kind == "scalar" else "?"
            self._error(key, f"unknown {spec.name} '{name}'", did_you_mean(name, spec.by_key)
                        or "known forms: " + ", ".join(spec.by_key))
            return BAD
        value = self(value_node, form.spec)
        if value is BAD:
            return BAD
        return form.build(value) if form.build else value


def _is_null(node: Node) -> bool:
    return node.kind == "scalar" and node.plain and node.value in _NULLS


def _describe(node: Node) -> str:
    if node.kind == "seq":
        return "a list"
    if node.kind == "map":
        return "a mapping"
    if _is_null(node):
        return "nothing"
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return repr(text)


def _unquote_hint(node: Node, pattern: re.Pattern[str]) -> str:
    return "remove the quotes" if not node.plain and pattern.fullmatch(node.value) else ""
