"""Reading YAML for the check on PyYAML's C composer: the same data, positions and problems as
`yamlfile`'s ruamel path, in a fraction of the time.

ruamel's C parser still composes through Python (a resolver call that makes a `Tag` per scalar,
its own node classes); PyYAML's `CParser` composes in C and its nodes carry the same libyaml
marks (line, column). What stays in Python is one call per plain scalar to pick its tag, by
ruamel's YAML 1.2 rules (ruamel with its C parser reads every file as 1.2, whatever a `%YAML`
line says), and building the data. The builder below is `yamlfile._Builder` written for these
nodes: the same order of work, so that duplicate keys, merge keys (`<<`), the bound on alias
expansions and the positions come out the same; tests/test_fast_paths_scale.py compares both on
every YAML file of the tests and examples and on the hostile corpus.

Edits keep ruamel (they splice text at its nodes); a file with a `%` directive, and a Python
without PyYAML's C extension, are read by ruamel too, and so are small files until PyYAML is
loaded (`FAST_FROM`, `warm`): importing it costs more than it saves on a small repository.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mentorkit.problems import DUPLICATE_KEY, Location, Problem

Key = tuple[str | int, ...]

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_OTHER = "\x00other"


def _rules() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """ruamel's implicit rules for YAML 1.2, by first character, as tag texts: the very table
    `yamlfile._FastResolver` matches with."""
    from mentorkit.load.yamlfile import _FastResolver

    table = _FastResolver()._implicit()
    return {first: tuple((str(tag), rx) for tag, rx in rules) for first, rules in table.items()}


FAST_FROM = 24 * 1024
"""Characters of a file from which PyYAML is worth importing: its import costs ~4 ms where its
regular expressions come from the cache (`mentorkit.regexcode`; ~8.5 ms where they do not), about
what ruamel's composer spends on 25-30 thousand characters more than PyYAML's; once it is loaded,
every file after is read by it. A small repository (its files under this) is read by ruamel alone,
as before; a `render order` of 100 pairs (people.yaml 29,000 characters, the pairs 39,000) by
PyYAML: 35 M instructions fewer of ~1,350 M."""

_composer: Any = None
_KNOWN_TAGS = 1 << 16
"""Short plain scalars whose tag a process keeps (the first ones it reads; ~6 MB at most)."""
_tried = False


def warm() -> bool:
    """Import PyYAML's composer now (a region of small repositories, read by the hundred, is
    worth it); False where PyYAML has no C extension."""
    global _composer, _tried
    if not _tried:
        _tried = True
        _composer = _make_composer()
    return _composer is not None


def available(text: str) -> bool:
    """Whether this path reads `text` (else ruamel does): the text is large or PyYAML is
    loaded already, PyYAML's C extension is there, and no `%YAML`/`%TAG` directive asks for
    rules that the two libyaml builds may treat apart."""
    if text.startswith("%") or "\n%" in text:
        return False
    if _tried:
        return _composer is not None
    return len(text) >= FAST_FROM and warm()


_ScalarNode: Any = None
_MappingNode: Any = None
_SequenceNode: Any = None


def _make_composer() -> Any:
    global _ScalarNode, _MappingNode, _SequenceNode
    try:
        from yaml import nodes
        from yaml._yaml import CParser
    except ImportError:  # PyYAML without libyaml: ruamel reads everything
        return None
    _ScalarNode, _MappingNode, _SequenceNode = (
        nodes.ScalarNode,
        nodes.MappingNode,
        nodes.SequenceNode,
    )
    scalar_node, sequence_node = nodes.ScalarNode, nodes.SequenceNode
    known: dict[str, str] = {}

    class Composer(CParser):  # type: ignore[misc]
        """libyaml's composer with ruamel's 1.2 tag rules; no path resolvers (we have none)."""

        table: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = _rules()

        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            if kind is scalar_node:
                if implicit[0]:
                    # A plain scalar's tag depends on its text alone, and keys, dates, flags
                    # and stages repeat thousands of times: each text is matched once.
                    tag = known.get(value)
                    if tag is None:
                        tag = _STR
                        table = self.table
                        for rule, regexp in table.get(value[:1], table[_OTHER]):
                            if regexp.match(value):
                                tag = rule
                                break
                        if len(value) <= 40 and len(known) < _KNOWN_TAGS:
                            known[value] = tag
                    return tag
                return _STR
            return _SEQ if kind is sequence_node else _MAP

        # The composer calls these two around every node, for path resolvers, which we have
        # none of. Built-ins that take the same arguments and do nothing cost a C call instead
        # of a Python frame each: an eighth of the composing time.
        descend_resolver = slice  # slice(parent, index): made and dropped
        ascend_resolver = tuple  # tuple(): the empty tuple

    return Composer


def compose(text: str) -> Any:
    """The node tree of `text` (None for a file of comments); raises PyYAML's errors."""
    if not warm():
        raise RuntimeError("PyYAML without its C extension: ask `available` first")
    composer = _composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


class AliasBomb(Exception):
    pass


class TooDeep(Exception):
    pass


MAX_DEPTH = 500
"""Data nested deeper than this is refused (by both builders, at the same node)."""
TOO_DEEP = "exceeded maximum nesting depth"
"""libyaml 0.2's own refusal, at 1,000 levels; ruamel's older libyaml has none."""


@contextmanager
def headroom() -> Iterator[None]:
    """Python's recursion limit raised for one build: the builders recurse once or twice per
    level, so MAX_DEPTH levels need more frames than the default 1,000 leaves under a deep
    caller; the limit, not the stack a caller happens to have, then decides what is refused."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(before + 4 * MAX_DEPTH)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def build(
    root: Any,
    relpath: str,
    keys: dict[Key, Any],
    values: dict[Key, Any],
    expansions_allowed: int,
    problems: list[Problem],
    aliased: bool = True,
) -> Any:
    """The data of a composed tree, the positions written into `keys` and `values` (each the
    libyaml mark of its node: `yamlfile.line_col` reads it), duplicate keys into `problems`;
    raises AliasBomb past `expansions_allowed` repeated nodes.
    `aliased` False: the text has no «*», so no node of the tree is reached twice and none is
    counted (a fifth of the building time)."""
    seen: set[int] = set()
    expansions = 0
    ScalarNode, MappingNode, SequenceNode = _ScalarNode, _MappingNode, _SequenceNode

    def scalar(node: Any) -> Any:
        tag = node.tag
        if tag == _STR:
            return node.value
        value: str = node.value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() in ("true", "yes", "on")
        if tag == _INT:
            try:
                return int(value.replace("_", ""), 0)
            except ValueError:
                return value
        return value  # floats, timestamps and the rest stay text, as yamlfile's builder keeps

    def key_text(node: Any) -> str:
        if node.tag == _NULL:
            return node.value or "~"
        return str(scalar(node))

    def node_data(node: Any, path: Key, depth: int) -> Any:
        nonlocal expansions
        if aliased:
            ident = id(node)
            if ident in seen:
                expansions += 1
                if expansions > expansions_allowed:
                    raise AliasBomb
            else:
                seen.add(ident)
        if depth > MAX_DEPTH:
            raise TooDeep
        values.setdefault(path, node.start_mark)  # the first place kept
        kind = type(node)
        if kind is ScalarNode:
            tag = node.tag
            return node.value if tag is _STR else scalar(node)
        if kind is MappingNode:
            depth += 1
            result: dict[str, Any] = {}
            merges: list[Any] = []
            for key_node, value_node in node.value:
                if type(key_node) is ScalarNode:
                    if key_node.tag == _MERGE:
                        merges.append(node_data(value_node, path, depth))
                        continue
                    key = key_node.value if key_node.tag is _STR else key_text(key_node)
                else:
                    if key_node.tag == _MERGE:
                        merges.append(node_data(value_node, path, depth))
                        continue
                    key = "?"
                at = key_node.start_mark
                if key in result:
                    earlier = keys.get((*path, key))
                    first = earlier.line + 1 if earlier is not None else 0
                    problems.append(
                        DUPLICATE_KEY.at(
                            Location(relpath, at.line + 1, at.column + 1),
                            f"ключ «{key}» уже был в строке {first}: YAML возьмёт только одно "
                            "значение; оставьте один ключ",
                        )
                    )
                    continue
                inner = (*path, key)
                keys[inner] = at
                if type(value_node) is ScalarNode and not aliased and depth <= MAX_DEPTH:
                    # what node_data does for it, without a call: most values are scalars
                    values.setdefault(inner, value_node.start_mark)
                    tag = value_node.tag
                    result[key] = value_node.value if tag is _STR else scalar(value_node)
                    continue
                result[key] = node_data(value_node, inner, depth)
            merge_into(result, merges)
            return result
        if kind is SequenceNode:
            return [node_data(child, (*path, i), depth + 1) for i, child in enumerate(node.value)]
        return scalar(node)

    try:
        return node_data(root, (), 0)
    finally:
        # node_data calls itself through its closure: a cycle that would keep `seen` and the
        # positions' dicts alive until the collector ran (a region's status makes thousands).
        node_data = None  # type: ignore[assignment]


def merge_into(result: dict[Any, Any], merges: list[Any]) -> None:
    """«<<: *anchor» fills in only the keys the mapping does not write itself, as YAML says."""
    for merged in merges:
        for part in merged if isinstance(merged, list) else [merged]:
            if isinstance(part, dict):
                for k, v in part.items():
                    result.setdefault(k, v)
