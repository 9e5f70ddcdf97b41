"""Reading one YAML file into plain data, keeping the line and column of every key and value.

The check needs positions, not round-trip objects: the C parser composes nodes that carry their
marks, and we build plain Python data from them ourselves. That also lets us refuse duplicate keys,
stop alias bombs, and keep dates as strings for pydantic to parse (a bad date is then a located
problem, not a crash inside the YAML library).
"""

from __future__ import annotations

import re
from dataclasses import field
from pathlib import Path
from typing import Any, ClassVar, Protocol

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

from mentorkit.errors import os_reason
from mentorkit.lazyre import lazy
from mentorkit.load import fastyaml
from mentorkit.load.safepath import Refused, TooLarge, read_inside
from mentorkit.problems import (
    ALIAS_BOMB,
    BINARY_FILE,
    DUPLICATE_KEY,
    EMPTY_FILE,
    FILE_TOO_LARGE,
    NOT_UTF8,
    TAB_INDENT,
    UNREADABLE,
    YAML_SYNTAX,
    Location,
    Problem,
)
from mentorkit.records import dataclass

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused: no real roadmap comes near it, and reading one would take minutes."""
MAX_ALIAS_EXPANSIONS = 100_000
MAX_ELEMENTS = 250_000
"""Lines and list elements of one file: a real roadmap has a few hundred, the largest workload
of the benchmarks (30,000 items) about 200,000; a list of a million items would take a minute
and gigabytes."""

Key = tuple[str | int, ...]


class Mark(Protocol):
    """libyaml's mark of a node as PyYAML's C composer gives it: 0-based line and column."""

    line: int
    column: int


Place = tuple[int, int] | Mark
"""Where a key or a value stands: (line, column), 1-based, or the libyaml mark it was read at
(`fastyaml` keeps the mark itself: making a tuple for each of a large file's nodes took a quarter
of building it, and only a problem needs the numbers)."""


def line_col(place: Place) -> tuple[int, int]:
    """The 1-based line and column of a place."""
    if type(place) is tuple:
        return place
    return place.line + 1, place.column + 1  # type: ignore[union-attr]


@dataclass
class Positions:
    """Where each key and each value of a file stands (see `Place`; `line_col` reads one)."""

    path: str
    keys: dict[Key, Place] = field(default_factory=dict)
    values: dict[Key, Place] = field(default_factory=dict)

    def at(self, *keys: str | int, key: bool = False) -> Location:
        """The location of a value (or, with key=True, of its key); the nearest known parent
        stands in for a place the file does not have."""
        path: Key = keys
        values, own_keys = self.values, self.keys
        while True:
            # One lookup each (a tuple's hash is made anew every time it is asked for).
            found = (own_keys.get(path) if key else None) or values.get(path)
            if found is not None:
                line, col = line_col(found)
                return Location(self.path, line, col)
            if not path:
                return Location(self.path, 1, 1)
            path = path[:-1]


@dataclass
class YamlFile:
    data: Any
    positions: Positions


def _tag(suffix: str) -> Tag:
    """A tag that also carries its text as a plain attribute: ruamel's `node.tag` makes a new
    string through two properties each time it is read, once per scalar."""
    tag = Tag(suffix=suffix)
    tag.text = suffix  # type: ignore[attr-defined]
    return tag


_STR_TAG = _tag("tag:yaml.org,2002:str")
_MERGE = "tag:yaml.org,2002:merge"


class _FastResolver(VersionedResolver):
    """ruamel's resolver, with its per-scalar work done once: it looked up the YAML version
    and made a new tag for every scalar, which took seconds for a file of 100,000 meetings.
    The rules (YAML 1.2, or the version a %YAML line names) are the same."""

    _table: dict[str, list[tuple[Tag, re.Pattern[str]]]] | None = None
    _tables: ClassVar[dict[Any, dict[str, list[tuple[Tag, re.Pattern[str]]]]]] = {}
    """The table of each YAML version, made once a process: ruamel makes its rules again in
    every resolver, that is for every file (a fifth of reading a small file)."""

    def _implicit(self) -> dict[str, list[tuple[Tag, re.Pattern[str]]]]:
        table = self._table
        if table is None:
            version = self.processing_version
            table = self._tables.get(version)
        if table is None:
            found = self.versioned_resolver
            tail = [
                (_tag(tag), re.compile(rx.pattern, rx.flags)) for tag, rx in found.get(None, [])
            ]
            table = {
                str(first): [(_tag(tag), re.compile(rx.pattern, rx.flags)) for tag, rx in entries]
                + tail
                for first, entries in found.items()
                if first is not None
            }
            table[_OTHER] = tail
            self._tables[version] = table
        self._table = table
        return table

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            if implicit[0]:
                table = self._table or self._implicit()
                for tag, regexp in table.get(value[:1]) or table[_OTHER]:
                    if regexp.match(value):
                        return tag
            if not self.yaml_path_resolvers:
                return _STR_TAG  # what ruamel gives a plain scalar: its DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, (False, False))


_OTHER = "\x00other"


def _tag_text(node: Node) -> str | None:
    text: str | None = getattr(node.ctag, "text", None)
    return text if text is not None else node.tag


class _AliasBomb(Exception):
    pass


_TooDeep = fastyaml.TooDeep


class _Builder:
    def __init__(self, positions: Positions) -> None:
        self.positions = positions
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.expansions = 0

    def build(self, node: Node, path: Key, depth: int = 0) -> Any:
        key = id(node)
        if key in self.seen:
            self.expansions += 1
            if self.expansions > MAX_ALIAS_EXPANSIONS:
                raise _AliasBomb
        self.seen.add(key)
        if depth > MAX_DEPTH:
            raise _TooDeep
        values = self.positions.values
        if path not in values:
            mark = node.start_mark
            values[path] = (mark.line + 1, mark.column + 1)
        if type(node) is ScalarNode:  # the most frequent, tested first
            return _scalar(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth + 1)
        if isinstance(node, SequenceNode):
            return [self.build(child, (*path, i), depth + 1) for i, child in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return _scalar(node)

    def _mapping(self, node: MappingNode, path: Key, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merges: list[Any] = []
        for key_node, value_node in node.value:
            if _tag_text(key_node) == _MERGE:
                merges.append(self.build(value_node, path, depth))
                continue
            key = _key_text(key_node) if isinstance(key_node, ScalarNode) else "?"
            if key in result:
                first = line_col(self.positions.keys.get((*path, key), (0, 0)))[0]
                line, col = _mark(key_node)
                self.problems.append(
                    DUPLICATE_KEY.at(
                        Location(self.positions.path, line, col),
                        f"ключ «{key}» уже был в строке {first}: YAML возьмёт только одно "
                        "значение; оставьте один ключ",
                    )
                )
                continue
            self.positions.keys[(*path, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*path, key), depth)
        fastyaml.merge_into(result, merges)
        return result


def _mark(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _key_text(node: ScalarNode) -> str:
    """A key as the person wrote it: `~:` or `null:` is the key «~», not Python's «None»."""
    if node.tag == "tag:yaml.org,2002:null":
        return node.value or "~"
    return str(_scalar(node))


def _scalar(node: ScalarNode) -> Any:
    value: str = node.value
    tag = _tag_text(node)
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on")
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:float":
        # Kept as written: «number: 1.10» is the text «1.10», and pydantic reads «0.5» as a
        # number where a number is wanted.
        return value
    # Timestamps and everything else stay text: the models parse dates with located errors.
    return value


def read_yaml(
    root: Path, relpath: str, outside_ok: bool = False
) -> tuple[YamlFile | None, list[Problem]]:
    """Read `root/relpath`; on any failure return None and the one problem that explains it.
    `outside_ok`: the user named this file outside the repository on purpose."""
    where = Location(relpath, 1, 1)
    try:
        raw = read_inside(root, relpath, MAX_FILE_BYTES, outside_ok=outside_ok)
    except Refused as refused:
        return None, [refused.refusal.code.at(Location(relpath), refused.refusal.message)]
    except TooLarge as large:
        mb = large.size / 1024 / 1024
        return None, [
            FILE_TOO_LARGE.at(
                where,
                f"файл весит {mb:.0f} МБ, а mentorkit читает файлы до "
                f"{MAX_FILE_BYTES // 1024 // 1024} МБ: разделите его на несколько",
            )
        ]
    except OSError as error:
        return None, [UNREADABLE.at(where, f"файл не читается: {os_reason(error)}")]
    text, problem = decode(raw, relpath)
    if problem:
        return None, [problem]
    assert text is not None
    elements = text.count("\n") + text.count(",")
    if elements > MAX_ELEMENTS:
        return None, [
            FILE_TOO_LARGE.at(
                where,
                f"в файле {elements:,} строк и элементов списков".replace(",", " ")
                + f", а mentorkit читает файлы до {MAX_ELEMENTS:,}".replace(",", " ")
                + ": такой файл не пишут руками — проверьте, что это тот файл, или разделите "
                "его на несколько",
            )
        ]
    return parse_yaml(text, relpath)


def decode(raw: bytes, relpath: str) -> tuple[str | None, Problem | None]:
    where = Location(relpath, 1, 1)
    if raw.startswith(b"PK\x03\x04"):
        return None, BINARY_FILE.at(
            where,
            "это не YAML, а архив или документ Word (.docx): mentorkit читает только текст "
            "YAML; перенесите данные документа в YAML (образцы — в roadmaps/ mentorkit)",
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, NOT_UTF8.at(
            where,
            "файл в кодировке UTF-16 (в Блокноте — «Юникод»), а нужна UTF-8: сохраните его "
            "в кодировке UTF-8",
        )
    if b"\x00" in raw[:8192]:
        return None, BINARY_FILE.at(where, "файл двоичный, а не текстовый: нужен текст YAML")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        at = Location(relpath, line, 1)
        try:
            raw.decode("cp1251")
        except UnicodeDecodeError:
            return None, NOT_UTF8.at(at, "файл не в кодировке UTF-8: сохраните его в UTF-8")
        return None, NOT_UTF8.at(
            at,
            "файл в кодировке Windows-1251 (cp1251), а нужна UTF-8: откройте его в редакторе "
            "и сохраните в кодировке UTF-8",
        )
    if not text.strip():
        return None, EMPTY_FILE.at(where, "файл пуст: заполните его или удалите")
    return text, None


MAX_DEPTH = fastyaml.MAX_DEPTH
"""Deeper nesting is refused: brackets before parsing (the C parser would overflow its
stack), any other nesting as the data is built (the same depth on ruamel's nodes and on
PyYAML's, whose libyaml stops at 1,000 by itself)."""
_BRACKETS = re.compile(r"[\[\]{}]")


def _too_deep(text: str) -> bool:
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False  # too few to nest that deep: not worth finding each one
    depth = 0
    for bracket in _BRACKETS.findall(text):
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_DEPTH:
            return True
    return False


def composer() -> YAML:
    """ruamel's C parser and composer with the resolver above: nodes with their marks."""
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _FastResolver
    return yaml


def parse_yaml(text: str, relpath: str) -> tuple[YamlFile | None, list[Problem]]:
    """The data and positions of `text`, or the problem that stops it being read: on PyYAML's
    C composer where it can (`fastyaml`; the same answers, faster), else on ruamel's."""
    if fast_reader() and fastyaml.available(text):
        return _parse_fast(text, relpath)
    _, parsed, problems = parse_nodes(text, relpath)
    return parsed, problems


def fast_reader() -> bool:
    """Whether `parse_yaml` may read on PyYAML's C composer (the tests turn it off to compare)."""
    return True


def _parse_fast(text: str, relpath: str) -> tuple[YamlFile | None, list[Problem]]:
    import yaml

    if _too_deep(text):
        return None, [_too_deep_problem(relpath)]
    try:
        node = fastyaml.compose(text)
    except yaml.MarkedYAMLError as error:
        if fastyaml.TOO_DEEP in str(error.problem):
            return None, [_self_reference(relpath)]  # what ruamel's path says of it
        return None, [_syntax_problem(error, text, relpath)]
    except yaml.reader.ReaderError as error:
        return None, [_reader_problem(error, text, relpath)]
    except yaml.YAMLError:
        return None, [_unreadable(relpath)]
    if node is None:
        return None, [EMPTY_FILE.at(Location(relpath, 1, 1), "в файле одни комментарии")]
    positions = Positions(relpath)
    problems: list[Problem] = []
    try:
        with fastyaml.headroom():
            data = fastyaml.build(
                node,
                relpath,
                positions.keys,
                positions.values,
                MAX_ALIAS_EXPANSIONS,
                problems,
                aliased="*" in text,  # an alias is «*name»: without one, a tree
            )
    except fastyaml.AliasBomb:
        return None, [_alias_bomb(relpath)]
    except (_TooDeep, RecursionError):
        return None, [_self_reference(relpath)]
    return YamlFile(data, positions), problems


def parse_nodes(text: str, relpath: str) -> tuple[Node | None, YamlFile | None, list[Problem]]:
    """`parse_yaml`, with the composed nodes too (an edit splices text at their marks)."""
    found, problems = _parse(text, relpath)
    if found is None:
        return None, None, problems
    return found[0], found[1], problems


def _parse(text: str, relpath: str) -> tuple[tuple[Node, YamlFile] | None, list[Problem]]:
    positions = Positions(relpath)
    if _too_deep(text):
        return None, [_too_deep_problem(relpath)]
    try:
        node = composer().compose(text)
    except MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, relpath)]
    except ReaderError as error:
        return None, [_reader_problem(error, text, relpath)]
    except YAMLError:
        return None, [_unreadable(relpath)]
    if node is None:
        return None, [EMPTY_FILE.at(Location(relpath, 1, 1), "в файле одни комментарии")]
    builder = _Builder(positions)
    try:
        with fastyaml.headroom():
            data = builder.build(node, ())
    except _AliasBomb:
        return None, [_alias_bomb(relpath)]
    except (_TooDeep, RecursionError):
        return None, [_self_reference(relpath)]
    return (node, YamlFile(data, positions)), builder.problems


def _too_deep_problem(relpath: str) -> Problem:
    return ALIAS_BOMB.at(
        Location(relpath, 1, 1),
        f"скобки [ ] или {{ }} вложены глубже {MAX_DEPTH} уровней: такой файл не "
        "пишут руками — проверьте, что это тот файл",
    )


def _unreadable(relpath: str) -> Problem:
    return YAML_SYNTAX.at(
        Location(relpath, 1, 1),
        "файл не читается как YAML: проверьте, что это тот файл и он сохранён как текст",
    )


def _alias_bomb(relpath: str) -> Problem:
    return ALIAS_BOMB.at(
        Location(relpath, 1, 1),
        "ссылки YAML (*имя) разворачиваются в слишком большой объём данных; "
        "запишите значения прямо, без якорей и ссылок",
    )


def _self_reference(relpath: str) -> Problem:
    return ALIAS_BOMB.at(Location(relpath, 1, 1), "слишком глубокая вложенность или ссылка на себя")


_SYNTAX_MESSAGES = (
    ("could not find expected ':'", "после ключа не найдено двоеточие «:»"),
    (
        "mapping values are not allowed",
        "двоеточие здесь не к месту: проверьте отступ или возьмите значение с «:» в кавычки",
    ),
    ("did not find expected key", "ожидался ключ: проверьте отступы"),
    ("did not find expected ',' or ']'", "список в [квадратных скобках] не закрыт «]»"),
    ("did not find expected ',' or '}'", "словарь в {фигурных скобках} не закрыт «}»"),
    ("did not find expected '-' indicator", "ожидался элемент списка «- »: проверьте отступы"),
    ("found undefined alias", "ссылка *… на якорь &…, которого нет"),
    ("found unexpected end of stream", "файл оборвался: не закрыта кавычка или скобка"),
    ("expected a single document", "в файле несколько документов (---): нужен один"),
    (
        "found character that cannot start any token",
        "с этого символа не может начинаться значение: возьмите значение в кавычки",
    ),
    ("found duplicate anchor", "якорь &… объявлен дважды"),
    ("block sequence entries are not allowed", "элемент списка «- » здесь не к месту"),
    ("found unknown escape character", "неизвестная escape-последовательность в кавычках"),
)


def _syntax_problem(error: Any, text: str, relpath: str) -> Problem:
    """`error`: ruamel's or PyYAML's MarkedYAMLError (the same fields, both from libyaml)."""
    mark = error.problem_mark or error.context_mark
    line = (mark.line + 1) if mark else 1
    col = (mark.column + 1) if mark else 1
    where = Location(relpath, line, col)
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = source[: len(source) - len(source.lstrip())]
    if "\t" in indent or (mark and "\t" in source[: mark.column + 1] and not source.strip()):
        return TAB_INDENT.at(
            Location(relpath, line, indent.index("\t") + 1 if "\t" in indent else col),
            "табуляция в отступе: YAML допускает только пробелы; замените табуляцию пробелами",
        )
    problem = str(error.problem or "")
    explained = _explained(error, lines, relpath)
    if explained is not None:
        return explained
    for english, russian in _SYNTAX_MESSAGES:
        if english in problem:
            return YAML_SYNTAX.at(where, russian)
    return YAML_SYNTAX.at(where, f"ошибка синтаксиса YAML ({problem or error})")


_CLOSED_QUOTE = lazy(r"""^\s*(?:-\s+)*[^\s:#][^:#]*:\s+(["'])(?:(?!\1).)*\1\s*\S""")
"""A value that opens with a quote, closes it, and goes on: «title: "Школа" № 5»."""


def _explained(error: Any, lines: list[str], relpath: str) -> Problem | None:
    """The mistakes whose line is not where the parser stops, or whose cause it does not say:
    a key without a colon (the parser notices on the next line), a quote not closed (noticed
    at the end of the file), a quote closed before the end of the value."""
    problem = str(error.problem or "")
    context = str(error.context or "")
    start = error.context_mark
    if "could not find expected ':'" in problem and start is not None:
        source = lines[start.line] if start.line < len(lines) else ""
        key = source[start.column :].strip().split(" ")[0]
        return YAML_SYNTAX.at(
            Location(relpath, start.line + 1, start.column + 1),
            f"после «{key}» нет двоеточия: пишите «ключ: значение» (двоеточие, затем пробел); "
            "если это продолжение текста строкой выше, возьмите весь текст в кавычки",
        )
    if "while scanning a quoted scalar" in context and start is not None:
        source = lines[start.line] if start.line < len(lines) else ""
        quote = source[start.column : start.column + 1] or '"'
        return YAML_SYNTAX.at(
            Location(relpath, start.line + 1, start.column + 1),
            f"кавычка {quote} открыта здесь и не закрыта до конца файла: закройте её в конце "
            "значения или уберите",
        )
    mark = error.problem_mark
    if mark is not None and mark.line < len(lines) and "expected" in problem:
        source = lines[mark.line]
        found = _CLOSED_QUOTE.match(source)
        if found:
            quote = found.group(1)
            other = "'" if quote == '"' else '"'
            inner = "Внутри '…' кавычка пишется дважды (''). " if quote == "'" else ""
            return YAML_SYNTAX.at(
                Location(relpath, mark.line + 1, found.start(1) + 1),
                f"значение начинается с кавычки {quote}, а после закрывающей {quote} идёт ещё "
                f"текст: YAML считает кавычки границами значения. {inner}Возьмите всё значение "
                f"в кавычки {other}…{other} или уберите кавычки в начале",
            )
    return None


def _reader_problem(error: Any, text: str, relpath: str) -> Problem:
    """A character YAML does not allow in a file (a control character pasted from somewhere)."""
    position = error.position if isinstance(error.position, int) else 0
    code = error.character if isinstance(error.character, int) else 0
    if not (0 <= position < len(text) and ord(text[position]) == code):
        # libyaml counts bytes of UTF-8: on a line with Cyrillic letters that is not the index
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    shown = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return YAML_SYNTAX.at(
        Location(relpath, line, col),
        f"в файле невидимый управляющий символ {shown}, YAML его не допускает: удалите его "
        "(в редакторе его может быть не видно — перепечатайте эту строку)",
    )
