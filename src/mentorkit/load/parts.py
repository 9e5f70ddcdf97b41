"""Validating a file part by part: a bad value invalidates the item, meeting, pair or section it
belongs to, not the whole file. What could not be read is recorded as `Unread`, so that nothing
built on the rest pretends to be complete.

A file is validated whole first. Where the errors all lie inside parts (an item of a roadmap, a
pair or a meeting of a pairs file), those parts are cut out of the data and the rest validated
again; the positions are renumbered so that every kept part still points at its own lines, and a
roadmap's items keep the numbers they had (1.3 stays 1.3 when 1.2 is cut out). An error outside
every part (a roadmap's period, a pairs file's form) still makes the whole file unread.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from mentorkit.load.validate import problems_of
from mentorkit.load.yamlfile import Key, Positions
from mentorkit.model import Order, PairsFile, Roadmap
from mentorkit.model.config import Config
from mentorkit.problems import Location, Problem
from mentorkit.records import dataclass

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Unread:
    """A file, a folder or a part of a file that could not be read: what it says is unknown.

    `location` is where it stands (`path` relative to the repository's root, with the line of
    the part); `part` says what it is: "folder", "file", "section", "item", "pair", "meeting" or
    "person"; `keys` is its place in the file as written (`("pairs", 1, "meetings", 2)`; `()` for
    a whole file); `within` is the place, in the loaded model, of the part that holds it and was
    read (`("pairs", 0)` for a meeting of the model's first pair; `()` where nothing read holds
    it); `label` names it for a message: «пункт 1.3», «встреча 3 пары 2»."""

    location: Location
    part: str
    keys: Key = ()
    within: Key = ()
    label: str = ""

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def describe(self) -> str:
        """«roadmaps/a.yaml:12:9: пункт 1.3» — for the list of what was not read."""
        return f"{self.location}: {self.label}" if self.label else str(self.location)


# Where the parts of each kind of file stand: a pattern is a key path, `int` for any index.
_Pattern = tuple[str | type[int], ...]
_PARTS: dict[type[BaseModel], tuple[tuple[_Pattern, str], ...]] = {
    Roadmap: (
        (("items", int), "item"),
        (("sections", int), "section"),
        (("sections", int, "items", int), "item"),
        (("sections", int, "sections", int), "section"),
        (("sections", int, "sections", int, "items", int), "item"),
    ),
    PairsFile: (
        (("pairs", int), "pair"),
        (("pairs", int, "meetings", int), "meeting"),
    ),
    Order: (),
    Config: (),
}


def _matches(keys: Key, pattern: _Pattern) -> bool:
    if len(keys) < len(pattern):
        return False
    for part, expected in zip(keys, pattern, strict=False):
        if expected is int:
            if not isinstance(part, int):
                return False
        elif part != expected:
            return False
    return True


def _part_of(model: type[BaseModel], loc: Key) -> tuple[Key, str] | None:
    """The innermost part that holds the place `loc`, or None where it lies outside them all."""
    # The part depends only on the names in `loc` and where its list indices are: found once
    # for the 100,000 errors of one place.
    deepest = _DEEPEST.get(model, 0)
    found = _part_shape(model, tuple(-1 if isinstance(p, int) else p for p in loc[:deepest]))
    return None if found is None else (loc[: found[0]], found[1])


_DEEPEST = {model: max((len(p) for p, _ in parts), default=0) for model, parts in _PARTS.items()}
"""How much of a place decides its part: the patterns match its beginning."""


@functools.lru_cache(maxsize=1024)
def _part_shape(model: type[BaseModel], shape: Key) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern, kind in _PARTS.get(model, ()):
        if _matches(shape, pattern) and (best is None or len(pattern) > best[0]):
            best = (len(pattern), kind)
    return best


@dataclass(frozen=True)
class PartResult:
    """A file validated part by part: the model (None: the file as a whole is unread), the
    positions renumbered to the model, the problems found and the parts left out."""

    model: Any
    positions: Positions
    problems: list[Problem]
    unread: tuple[Unread, ...]


_MAX_ROUNDS = 3
"""Cutting parts out rarely uncovers new errors (never, for the models of format v1): a few
rounds, then the file as a whole is called unread rather than looping."""


def validate_parts(model: type[M], data: Any, positions: Positions) -> PartResult:
    """`data` validated as `model`, leaving out the parts that hold errors."""
    problems: list[Problem] = []
    cut: dict[Key, str] = {}
    current, current_positions, back = data, positions, _identity
    for _ in range(_MAX_ROUNDS):
        try:
            parsed = model.model_validate(current)
        except ValidationError as error:
            details = error.errors()
        else:
            unread = tuple(_unread(model, data, positions, cut, back)) if cut else ()
            return PartResult(parsed, current_positions, problems, unread)
        found = problems_of(model, details, positions, shift=back)
        problems.extend(found)
        new_cut: dict[Key, str] = {}
        for detail in details:
            loc = back(tuple(p for p in detail["loc"] if isinstance(p, str | int)))
            part = _part_of(model, loc)
            if part is None:
                return _whole_file(positions, problems)
            new_cut[part[0]] = part[1]
        cut.update(new_cut)
        cut = _outermost(cut)
        current, current_positions, back = _prune(data, positions, set(cut), model is Roadmap)
    return _whole_file(positions, problems)


def _identity(keys: Key) -> Key:
    return keys


def _whole_file(positions: Positions, problems: list[Problem]) -> PartResult:
    unread = Unread(Location(positions.path), "file")
    return PartResult(None, positions, _dedupe(problems), (unread,))


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    result = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            result.append(problem)
    return result


def _outermost(cut: dict[Key, str]) -> dict[Key, str]:
    """A part inside a part already cut out is not recorded a second time."""
    return {
        keys: kind
        for keys, kind in cut.items()
        if not any(other != keys and keys[: len(other)] == other for other in cut)
    }


def _prune(
    data: Any, positions: Positions, cut: set[Key], renumber: bool
) -> tuple[Any, Positions, Any]:
    """`data` without the parts in `cut`, the positions moved to the new indices, and the map
    from a new place back to the place in the file."""
    new_positions = Positions(positions.path)
    back_map: dict[Key, Key] = {}

    def walk(value: Any, old: Key, new: Key) -> Any:
        back_map[new] = old
        if old in positions.values:
            new_positions.values[new] = positions.values[old]
        if old in positions.keys:
            new_positions.keys[new] = positions.keys[old]
        if isinstance(value, dict):
            return {k: walk(v, (*old, k), (*new, k)) for k, v in value.items()}
        if isinstance(value, list):
            kept: list[Any] = []
            for index, element in enumerate(value):
                if (*old, index) in cut:
                    continue
                kept.append(walk(element, (*old, index), (*new, len(kept))))
            return kept
        return value

    pruned = walk(data, (), ())
    if renumber and isinstance(pruned, dict):
        _keep_numbers(data, pruned, cut)

    def back(keys: Key) -> Key:
        for length in range(len(keys), -1, -1):
            if keys[:length] in back_map:
                return (*back_map[keys[:length]], *keys[length:])
        return keys

    return pruned, new_positions, back


def _keep_numbers(data: dict[str, Any], pruned: dict[str, Any], cut: set[Key]) -> None:
    """Items and sections are numbered by position: one cut out before them would renumber
    them, so they are given the numbers they had in the file."""

    def number_of(entry: Any) -> str | None:
        if isinstance(entry, dict) and isinstance(entry.get("number"), str | int):
            text = str(entry["number"]).strip()
            return text or None
        return None

    def fill(old_list: Any, new_list: Any, keys: Key, prefix: str, nested: bool) -> None:
        if not isinstance(old_list, list) or not isinstance(new_list, list):
            return
        kept = [i for i in range(len(old_list)) if (*keys, i) not in cut]
        for new_index, old_index in enumerate(kept):
            entry = new_list[new_index]
            if not isinstance(entry, dict):
                continue
            own = number_of(old_list[old_index])
            number = (own or f"{prefix}{old_index + 1}").rstrip(".")
            if own is None and new_index != old_index:
                entry["number"] = number
            if nested:
                fill(
                    old_list[old_index].get("items"),
                    entry.get("items"),
                    (*keys, old_index, "items"),
                    f"{number}.",
                    nested=False,
                )

    fill(data.get("items"), pruned.get("items"), ("items",), "", nested=False)
    sections, new_sections = data.get("sections"), pruned.get("sections")
    if not isinstance(sections, list) or not isinstance(new_sections, list):
        return
    fill(sections, new_sections, ("sections",), "", nested=True)
    kept = [i for i in range(len(sections)) if ("sections", i) not in cut]
    for new_index, old_index in enumerate(kept):
        section, new_section = sections[old_index], new_sections[new_index]
        if not isinstance(section, dict) or not isinstance(new_section, dict):
            continue
        s_number = (number_of(section) or str(old_index + 1)).rstrip(".")
        fill(
            section.get("sections"),
            new_section.get("sections"),
            ("sections", old_index, "sections"),
            f"{s_number}.",
            nested=True,
        )


def _unread(
    model: type[BaseModel], data: Any, positions: Positions, cut: dict[Key, str], back: Any
) -> list[Unread]:
    forward = _forward(back, data, cut)
    result = []
    for keys, kind in sorted(cut.items(), key=lambda kv: positions.at(*kv[0])):
        holder = _holder(model, keys)
        within = forward.get(holder, ()) if holder else ()
        result.append(
            Unread(positions.at(*keys), kind, keys, within, _label(data, keys, kind, holder))
        )
    return result


def _holder(model: type[BaseModel], keys: Key) -> Key:
    """The place of the part that holds the part at `keys` (() where none does)."""
    best: Key = ()
    for pattern, _ in _PARTS.get(model, ()):
        if len(pattern) < len(keys) and _matches(keys, pattern):
            best = max(best, keys[: len(pattern)], key=len)
    return best


def _forward(back: Any, data: Any, cut: dict[Key, str]) -> dict[Key, Key]:
    """For each kept list element of the file, its place in the model (the inverse of `back`)."""
    result: dict[Key, Key] = {}

    def walk(value: Any, old: Key, new: Key) -> None:
        result[old] = new
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*old, k), (*new, k))
        elif isinstance(value, list):
            kept = 0
            for index, element in enumerate(value):
                if (*old, index) in cut:
                    continue
                walk(element, (*old, index), (*new, kept))
                kept += 1

    walk(data, (), ())
    return result


_NOUNS = {"item": "пункт", "section": "раздел", "pair": "пара", "meeting": "встреча"}


def _label(data: Any, keys: Key, kind: str, holder: Key) -> str:
    noun = _NOUNS.get(kind, kind)
    index = keys[-1]
    position = index + 1 if isinstance(index, int) else index
    if kind == "item":
        number = _item_number(data, keys)
        return f"{noun} {number}" if number else f"{noun} {position}"
    if kind == "meeting":
        return f"{noun} {position} пары {_position(holder)}"
    if kind == "section" and holder:
        return f"подраздел {position} раздела {_position(holder)}"
    return f"{noun} {position}"


def _position(keys: Key) -> str:
    return str(keys[-1] + 1) if keys and isinstance(keys[-1], int) else ""


def _item_number(data: Any, keys: Key) -> str:
    """The number an item has in the file: its own `number`, or 1.3 by position."""
    numbers: list[str] = []
    node = data
    for depth, part in enumerate(keys):
        if not isinstance(node, dict | list):
            return ""
        try:
            node = node[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return ""
        if isinstance(part, int) and depth >= 1:
            own = node.get("number") if isinstance(node, dict) else None
            if isinstance(own, str | int) and str(own).strip():
                numbers = [str(own).strip().rstrip(".")]
            else:
                numbers.append(str(part + 1))
    return ".".join(numbers)
