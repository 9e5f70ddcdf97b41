"""Changing a YAML text by splicing new text in at the positions of its nodes.

A user's file is never dumped again: comments, blank lines, quote styles and key order of the
parts not meant to change stay byte for byte as they were. Each change is a splice at a node's
start or end, written in the style of its neighbours (flow `{…}`/`[…]` or block). After the
splices the text is read again, and the data must equal the old data with exactly the intended
change: a splice that landed in the wrong place is refused instead of written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from mentorkit.errors import MentorkitError
from mentorkit.load.yamlfile import YamlFile, parse_nodes, parse_yaml

Scalar = str | int | float | bool | date | None
Value = Any
"""A scalar, a list of values or a dict of values: what a splice writes."""


class EditError(MentorkitError):
    """An edit that cannot be made; the file is left as it was."""

    exit_code = 1


@dataclass(frozen=True)
class Splice:
    start: int
    end: int
    text: str


_SAFE = YAML(typ="safe", pure=False)


def _loads(text: str) -> Any:
    return _SAFE.load(text)


def scalar(value: Scalar, flow: bool = False) -> str:
    """A scalar as YAML text: plain where it reads back as the same value, else in quotes."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text and "\n" not in text and text == text.strip() and not text.startswith("'"):
        probe = f"[{text}]" if flow else f"k: {text}"
        try:
            loaded = _loads(probe)
        except YAMLError:
            loaded = None
        if (flow and loaded == [text]) or (not flow and loaded == {"k": text}):
            return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def flow(value: Value) -> str:
    """A value written on one line: `{stage: работа, date: 2024-01-20}`, `[a, b]`."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value, flow=True)


def _nested(value: Value) -> bool:
    """Written on lines of its own under its key: a mapping, or a list holding collections."""
    if isinstance(value, dict):
        return bool(value)
    if isinstance(value, list | tuple):
        return any(isinstance(v, dict | list | tuple) for v in value)
    return False


def _lines(value: Value, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        out: list[str] = []
        for key, item in value.items():
            if _nested(item):
                out.append(f"{pad}{key}:")
                out.extend(_lines(item, indent + 2))
            elif isinstance(item, dict | list | tuple):
                out.append(f"{pad}{key}: {flow(item)}")
            else:
                out.append(f"{pad}{key}: {scalar(item)}")
        return out
    if isinstance(value, list | tuple):
        out = []
        for item in value:
            inner = _lines(item, indent + 2)
            out.append(f"{pad}- {inner[0][indent + 2 :]}")
            out.extend(inner[1:])
        return out
    return [pad + scalar(value)]


def block(value: Value, indent: int) -> list[str]:
    """A value in block style, as lines, the inner ones indented from column `indent`; the
    first line is without its indentation (it follows «- » or «key: » on its line)."""
    lines = _lines(value, indent)
    return [lines[0][indent:], *lines[1:]]


Key = str | int


class YamlText:
    """A YAML text and the splices planned on it; `result()` applies and verifies them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"
        # One reading gives both the nodes (where to splice) and the data the result must
        # read back as (a fresh object of its own: `expected` is changed with each splice).
        root, parsed, problems = parse_nodes(text, "file")
        if root is None or parsed is None or problems:
            raise EditError("файл не читается как YAML")
        self.root: Node = root
        self.expected: Any = parsed.data
        self.read_back: YamlFile | None = None
        """The result as read back by `result()`: the caller validates it without reading it
        a third time."""
        self.splices: list[Splice] = []

    # ---- finding nodes ------------------------------------------------------------------
    def node(self, *path: Key) -> Node:
        node = self.root
        for key in path:
            found = self._child(node, key)
            if found is None:
                raise EditError(f"в файле нет {'/'.join(str(k) for k in path)}")
            node = found
        return node

    def has(self, *path: Key) -> bool:
        try:
            self.node(*path)
        except EditError:
            return False
        return True

    @staticmethod
    def _child(node: Node, key: Key) -> Node | None:
        if isinstance(node, MappingNode) and isinstance(key, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == key:
                    return value_node  # type: ignore[no-any-return]
        if isinstance(node, SequenceNode) and isinstance(key, int) and key < len(node.value):
            return node.value[key]  # type: ignore[no-any-return]
        return None

    def _expected_at(self, path: tuple[Key, ...]) -> Any:
        data = self.expected
        for key in path:
            data = data[key]
        return data

    def expected_list(self, path: tuple[Key, ...]) -> list[Any]:
        """The list at `path` as it will read after the planned changes."""
        found = self._expected_at(path)
        return found if isinstance(found, list) else []

    def line_of(self, node: Node) -> int:
        return int(node.start_mark.line) + 1

    # ---- positions ----------------------------------------------------------------------
    def _last_end(self, node: Node) -> int:
        """Where a node's own text ends: for block collections, the end of their last leaf
        (their end marks lie past the comments and blank lines that follow them)."""
        if isinstance(node, MappingNode) and not node.flow_style and node.value:
            return self._last_end(node.value[-1][1])
        if isinstance(node, SequenceNode) and not node.flow_style and node.value:
            return self._last_end(node.value[-1])
        return int(node.end_mark.index)

    def _after(self, node: Node, lines: list[str]) -> Splice:
        """Lines (already indented) put on lines of their own after `node`'s text."""
        end = self._last_end(node)
        nl = self.newline
        if end == 0 or self.text[end - 1] == "\n":  # a block scalar ends at a line's start
            end = self._before_blank_lines(self._last_leaf(node), end)
            return Splice(end, end, nl.join(lines) + nl)
        stop = self.text.find("\n", end)
        if stop < 0:
            stop = len(self.text)
        elif stop > 0 and self.text[stop - 1] == "\r":
            stop -= 1
        return Splice(stop, stop, "".join(nl + line for line in lines))

    def _last_leaf(self, node: Node) -> Node:
        if isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
            last = node.value[-1]
            return self._last_leaf(last[1] if isinstance(node, MappingNode) else last)
        return node

    def _before_blank_lines(self, leaf: Node, end: int) -> int:
        """A block scalar's end lies past the blank lines after it: new lines go before them,
        unless the scalar keeps them (`|+`), when they are part of its value."""
        start = int(leaf.start_mark.index)
        header = self.text[start : self.text.find("\n", start)]
        if "+" in header:
            return end
        while end > 0:
            previous = self.text.rfind("\n", 0, end - 1) + 1
            if self.text[previous:end].strip():
                break
            end = previous
        return end

    def _line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def _dash(self, item: Node) -> tuple[int, int]:
        """The column of an item's «-» and of its content."""
        start = int(item.start_mark.index)
        line_start = self._line_start(start)
        before = self.text[line_start:start]
        dash = before.rfind("-")
        return dash, int(item.start_mark.column)

    # ---- changes ------------------------------------------------------------------------
    def set(self, path: tuple[Key, ...], key: str, value: Value) -> None:
        """Give `key` of the mapping at `path` the value: in place if the key is there."""
        mapping = self.node(*path)
        if not isinstance(mapping, MappingNode):
            raise EditError(f"{'/'.join(str(k) for k in path)} — не словарь")
        current = self._child(mapping, key)
        if current is None:
            self._insert_key(mapping, key, value)
        else:
            if not isinstance(current, ScalarNode) or isinstance(value, dict | list | tuple):
                if _nested(value) or not (mapping.flow_style or isinstance(current, ScalarNode)):
                    raise EditError(f"«{key}» уже есть и записано не одним значением")
                text = flow(value)
            else:
                text = scalar(value, flow=bool(mapping.flow_style))
            self._replace(current, text)
        self._expected_at(path)[key] = self._as_read(value)

    def _replace(self, node: Node, text: str) -> None:
        start, end = int(node.start_mark.index), int(node.end_mark.index)
        if isinstance(node, ScalarNode) and start == end:  # «key:» with nothing after it
            self.splices.append(Splice(start, end, " " + text))
            return
        self.splices.append(Splice(start, end, text))

    def _insert_key(self, mapping: MappingNode, key: str, value: Value) -> None:
        if mapping.flow_style:
            if mapping.value:
                end = int(mapping.value[-1][1].end_mark.index)
                self.splices.append(Splice(end, end, f", {key}: {flow(value)}"))
            else:
                at = int(mapping.start_mark.index) + 1
                self.splices.append(Splice(at, at, f"{key}: {flow(value)}"))
            return
        if not mapping.value:
            raise EditError("пустой словарь в блочном виде не правится")
        indent = int(mapping.value[0][0].start_mark.column)
        self.splices.append(self._after(mapping, _lines({key: value}, indent)))

    def insert(self, path: tuple[Key, ...], index: int | None, value: Value) -> None:
        """Put `value` into the list at `path` before item `index` (None: at the end). A list
        that is not there is created under its key."""
        *parent, key = path
        if not self.has(*path) or self._is_null(self.node(*path)):
            assert isinstance(key, str)
            self._new_list(tuple(parent), key, value)
            self._expected_at(tuple(parent))[key] = [self._as_read(value)]
            return
        seq = self.node(*path)
        if not isinstance(seq, SequenceNode):
            raise EditError(f"«{key}» — не список")
        items = list(seq.value)
        position = len(items) if index is None or index >= len(items) else index
        if seq.flow_style:
            self._insert_flow(seq, position, value, tuple(parent), str(key))
        else:
            self._insert_block(seq, position, value)
        self._expected_at(path).insert(position, self._as_read(value))

    def _is_null(self, node: Node) -> bool:
        return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"

    def _insert_flow(
        self, seq: SequenceNode, position: int, value: Value, parent: tuple[Key, ...], key: str
    ) -> None:
        items = seq.value
        if not items and isinstance(value, dict) and not self._inside_flow(parent):
            # «pairs: []» that gets its first pair: the list becomes a block list.
            start, end = int(seq.start_mark.index), int(seq.end_mark.index)
            while start > 0 and self.text[start - 1] == " ":
                start -= 1
            self.splices.append(Splice(start, end, ""))
            owner = self.node(*parent)
            assert isinstance(owner, MappingNode)
            key_node = next(k for k, v in owner.value if v is seq)
            indent = int(key_node.start_mark.column) + 2
            lines = block(value, indent + 2)
            end_of_line = self._after(seq, [" " * indent + "- " + lines[0], *lines[1:]])
            self.splices.append(end_of_line)
            return
        text = flow(value)
        if not items:
            at = int(seq.start_mark.index) + 1
            self.splices.append(Splice(at, at, text))
        elif position >= len(items):
            end = int(items[-1].end_mark.index)
            self.splices.append(Splice(end, end, f", {text}"))
        else:
            start = int(items[position].start_mark.index)
            self.splices.append(Splice(start, start, f"{text}, "))

    def _inside_flow(self, path: tuple[Key, ...]) -> bool:
        node = self.root
        for key in path:
            if getattr(node, "flow_style", False):
                return True
            found = self._child(node, key)
            if found is None:
                return False
            node = found
        return bool(getattr(node, "flow_style", False))

    def _insert_block(self, seq: SequenceNode, position: int, value: Value) -> None:
        items = seq.value
        dash, content = self._dash(items[0])
        gap = max(content - dash, 2)
        siblings_flow = all(
            isinstance(item, MappingNode | SequenceNode) and item.flow_style for item in items
        ) and isinstance(value, dict | list | tuple)
        lines = [flow(value)] if siblings_flow else block(value, dash + gap)
        first = " " * dash + "-" + " " * (gap - 1) + lines[0]
        new = [first, *lines[1:]]
        blank = self._blank_between(items)
        if position >= len(items):
            if blank:
                new = ["", *new]
            self.splices.append(self._after(items[-1], new))
        else:
            start = self._line_start(int(items[position].start_mark.index))
            nl = self.newline
            text = nl.join(new) + nl + (nl if blank else "")
            self.splices.append(Splice(start, start, text))

    def _blank_between(self, items: list[Node]) -> bool:
        """Whether the list's items are set apart by blank lines: a new one follows suit."""
        if len(items) < 2:
            return False
        between = self.text[self._last_end(items[-2]) : int(items[-1].start_mark.index)]
        return bool(re.search(r"\n[ \t]*\r?\n", between))

    def _new_list(self, parent: tuple[Key, ...], key: str, value: Value) -> None:
        owner = self.node(*parent)
        if not isinstance(owner, MappingNode):
            raise EditError(f"{'/'.join(str(k) for k in parent)} — не словарь")
        current = self._child(owner, key)
        if current is not None:  # «meetings:» with nothing after it
            if owner.flow_style:
                self._replace(current, flow([value]))
                return
            start, end = int(current.start_mark.index), int(current.end_mark.index)
            if start != end:
                while start > 0 and self.text[start - 1] == " ":
                    start -= 1
                self.splices.append(Splice(start, end, ""))
            key_node = next(k for k, v in owner.value if v is current)
            indent = int(key_node.start_mark.column) + 2
            lines = block(value, indent + 2)
            stop = self.text.find("\n", end)
            stop = len(self.text) if stop < 0 else stop
            if stop > 0 and self.text[stop - 1] == "\r":
                stop -= 1
            joined = "".join(
                self.newline + line for line in [" " * indent + "- " + lines[0], *lines[1:]]
            )
            self.splices.append(Splice(stop, stop, joined))
            return
        if owner.flow_style:
            self._insert_key(owner, key, [value])
            return
        indent = int(owner.value[0][0].start_mark.column)
        self.splices.append(
            self._after(owner, [" " * indent + f"{key}:", *_lines([value], indent + 2)])
        )

    @staticmethod
    def _as_read(value: Value) -> Any:
        """The value as the loader reads it back (dates stay text, as in the loader)."""
        if isinstance(value, dict):
            return {k: YamlText._as_read(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [YamlText._as_read(v) for v in value]
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, float):
            return scalar(value)  # the loader keeps a written float as its text
        return value

    # ---- the result ---------------------------------------------------------------------
    def result(self) -> str:
        """The new text; refused if it does not read back as the intended data."""
        text = self.text
        # From the end backwards; of two splices at one place the later one goes first, so
        # that the earlier stands before it in the text.
        order = sorted(enumerate(self.splices), key=lambda p: (p[1].start, p[1].end, p[0]))
        for _, splice in reversed(order):
            text = text[: splice.start] + splice.text + text[splice.end :]
        parsed, problems = parse_yaml(text, "file")
        self.read_back = parsed
        if parsed is None or problems or parsed.data != self.expected:
            raise EditError(
                "mentorkit не смог внести правку, не задев остального файла: файл не изменён",
                hint="внесите изменение вручную и сообщите разработчикам, приложив файл",
            )
        return text
