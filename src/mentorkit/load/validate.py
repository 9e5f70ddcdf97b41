"""Validating plain data against a model, turning every pydantic error into a located problem."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from mentorkit.load.yamlfile import Key, Positions
from mentorkit.problems import (
    BAD_DATE,
    BAD_PERIOD,
    MISSING_FIELD,
    UNKNOWN_FIELD,
    WRONG_VALUE,
    Problem,
)

M = TypeVar("M", bound=BaseModel)

# Keys people write in Russian, or by habit, for the fields the format names in English.
_SYNONYMS = {
    "срок": "deadline",
    "сроки": "deadline",
    "ответственный": "responsible",
    "ответственные": "responsible",
    "название": "title",
    "наименование": "title",
    "мероприятие": "title",
    "результат": "result",
    "выполнено": "done",
    "номер": "number",
    "период": "period",
    "наставник": "mentor",
    "наставляемые": "mentees",
    "наставляемый": "mentees",
    "mentee": "mentees",
    "встречи": "meetings",
    "фио": "name",
    "должность": "position",
    "стаж": "experience",
    "согласие": "consent",
    "дата": "date",
}


def validate(
    model: type[M],
    data: Any,
    positions: Positions,
    shift: Callable[[Key], Key] | None = None,
) -> tuple[M | None, list[Problem]]:
    """The model, or the problems of `data`, each at its place (`shift` moves an error's path
    where a part of a file was validated alone)."""
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        return None, problems_of(model, error.errors(), positions, shift)


def problems_of(
    model: type[BaseModel],
    details: list[ErrorDetails],
    positions: Positions,
    shift: Callable[[Key], Key] | None = None,
) -> list[Problem]:
    """The problems of pydantic's errors, each at its place in the file."""
    return _dedupe(
        [
            _problem(model, detail, positions, shift, suggest=index < SUGGESTED)
            for index, detail in enumerate(details)
        ]
    )


SUGGESTED = 5000
"""Unknown fields that get a «возможно, …» suggestion, per part of a file: no report shows more
problems than that (JSON lists 5,000, text 20 of a code in a file), and looking for the close
name of each of 100,000 unknown keys took seconds."""


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str, str]] = set()
    result = []
    for problem in problems:
        key = (problem.code, str(problem.location), problem.message)
        if key not in seen:
            seen.add(key)
            result.append(problem)
    return result


def _problem(
    model: type[BaseModel],
    detail: ErrorDetails,
    positions: Positions,
    shift: Callable[[Key], Key] | None,
    suggest: bool = True,
) -> Problem:
    loc: Key = tuple(part for part in detail["loc"] if isinstance(part, str | int))
    if shift is not None:
        loc = shift(loc)
    kind = detail["type"]
    value = detail.get("input")
    if kind == "extra_forbidden":
        name = str(loc[-1])
        known = _known_fields(model, tuple(0 if isinstance(p, int) else p for p in loc[:-1]))
        if name == "sections" and "items" in known:
            return UNKNOWN_FIELD.at(
                positions.at(*loc, key=True),
                "разделы вкладываются только на один уровень (раздел → подраздел → пункты): "
                "перенесите эти пункты в подраздел выше",
            )
        if name.lower() in ("~", "null"):
            return UNKNOWN_FIELD.at(
                positions.at(*loc, key=True),
                f"поле без имени («{name}:» — в YAML пустое значение): напишите перед двоеточием "
                f"имя поля или удалите строку; известные поля: {', '.join(known)}",
            )
        return UNKNOWN_FIELD.at(
            positions.at(*loc, key=True),
            f"неизвестное поле «{name}»{_suggest(name, known) if suggest else ''}",
        )
    if kind == "missing":
        return MISSING_FIELD.at(
            positions.at(*loc[:-1]), f"нет обязательного поля «{loc[-1]}»{_context(loc[:-1])}"
        )
    loc = _as_written(loc, positions)
    where = positions.at(*loc)
    field = _field_name(loc)
    ctx = detail.get("ctx") or {}
    if kind == "value_error":
        message = str(ctx.get("error", detail["msg"]))
        code = BAD_PERIOD if field == "period" else WRONG_VALUE
        if "дат" in message and field != "period":
            code = BAD_DATE
        return code.at(where, f"{_field(loc)}{message}")
    return WRONG_VALUE.at(where, f"{_field(loc)}{_message(kind, value, ctx)}")


def _as_written(loc: Key, positions: Positions) -> Key:
    """The place as the file has it: «consent: 2024-02-31» is read as consent.date, and pydantic
    names a member of a union, but the user wrote `consent`, so the message names that."""
    while loc and loc not in positions.values and loc not in positions.keys:
        loc = loc[:-1]
    return loc


def _field_name(loc: Key) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def _field(loc: Key) -> str:
    name = _field_name(loc)
    return f"поле «{name}»: " if name else ""


def _context(loc: Key) -> str:
    if not loc:
        return ""
    if isinstance(loc[-1], int):
        return f" в элементе {loc[-1] + 1} списка «{_field_name(loc)}»"
    return f" в «{loc[-1]}»"


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "словарь"
    if isinstance(value, list | tuple):
        return "список"
    if isinstance(value, bool):
        return "да/нет"
    if isinstance(value, int | float):
        return f"число {value}"
    if value is None:
        return "пустое значение"
    return f"«{value}»"


def _message(kind: str, value: Any, ctx: dict[str, Any]) -> str:
    got = _kind(value)
    if kind in ("string_type", "string_sub_type"):
        return f"ожидался текст, а здесь {got}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"ожидалось целое число, а здесь {got}"
    if kind in ("float_type", "float_parsing"):
        return f"ожидалось число, а здесь {got}"
    if kind in ("bool_type", "bool_parsing"):
        return f"ожидалось true или false, а здесь {got}"
    if kind == "literal_error":
        choices = _choices(str(ctx.get("expected", "")))
        expected = ", ".join(f"«{choice}»" for choice in choices)
        return f"недопустимое значение {got}; допустимы: {expected}{_close_value(value, choices)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"ожидался словарь (ключ: значение), а здесь {got}"
    if kind in ("tuple_type", "list_type", "iterable_type"):
        return f"ожидался список, а здесь {got}"
    if kind == "greater_than_equal":
        return f"значение должно быть не меньше {_number(ctx.get('ge'))}, а здесь {got}"
    if kind == "greater_than":
        return f"значение должно быть больше {_number(ctx.get('gt'))}, а здесь {got}"
    if kind == "less_than_equal":
        return f"значение должно быть не больше {_number(ctx.get('le'))}, а здесь {got}"
    if kind == "less_than":
        return f"значение должно быть меньше {_number(ctx.get('lt'))}, а здесь {got}"
    if kind == "finite_number":
        return f"ожидалось обычное число, а здесь {got}"
    if kind == "too_long":
        return (
            f"в списке больше {_number(ctx.get('max_length'))} элементов: такой список не "
            "пишут руками — проверьте, что это тот файл"
        )
    if kind == "too_short":
        return "список не может быть пустым"
    if kind == "string_too_short":
        return "значение не может быть пустым: впишите его"
    return f"неверное значение {got}"


def _number(value: Any) -> str:
    """A bound as people write it: 72, not 72.0."""
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)


def _choices(expected: str) -> list[str]:
    parts = [p.strip().strip("'") for p in expected.replace(" or ", ", ").split(",")]
    return [p for p in parts if p]


# Values people write in Russian, or in another form, for a choice the format names otherwise.
_VALUE_SYNONYMS = {
    "пары": "pairs",
    "пара": "pairs",
    "закрепление": "pairs",
    "закрепление пар": "pairs",
    "дорожная карта": "roadmap",
    "куратор": "curator",
    "планы": "plans",
    "награждение": "reward",
    "поощрение": "reward",
    "другой": "custom",
    "заключительная": "итоговая",
    "именительный": "nominative",
    "родительный": "genitive",
    "дательный": "dative",
    "винительный": "accusative",
    "творительный": "instrumental",
    "предложный": "prepositional",
}


def _close_value(value: Any, choices: list[str]) -> str:
    """« — возможно, «pairs»?» for `type: pair`: the allowed value the user most likely meant."""
    if not isinstance(value, str) or not choices:
        return ""
    written = " ".join(value.lower().split())
    synonym = _VALUE_SYNONYMS.get(written)
    if synonym in choices:
        return f" — возможно, «{synonym}»?"
    import difflib  # here: only a misspelling needs it, every check loads this

    close = difflib.get_close_matches(written, choices, n=1, cutoff=0.6)
    if not close:
        close = [choice for choice in choices if len(written) >= 3 and choice.startswith(written)]
    return f" — возможно, «{close[0]}»?" if len(close) == 1 else ""


def _suggest(name: str, known: list[str]) -> str:
    lowered = name.lower().strip()
    synonym = _SYNONYMS.get(lowered)
    if synonym and synonym in known:
        return f" — возможно, «{synonym}»?"
    import difflib  # here: only a misspelling needs it, every check loads this

    close = difflib.get_close_matches(lowered, known, n=1, cutoff=0.6)
    if close:
        return f" — возможно, «{close[0]}»?"
    if known:
        return f"; известные поля: {', '.join(f'«{field}»' for field in known)}"
    return ""


@functools.lru_cache(maxsize=256)
def _known_fields(model: type[BaseModel], loc: Key) -> list[str]:
    """The sorted field names at `loc` (list indices as 0: every element has the same model),
    found once for the 100,000 unknown keys of one place."""
    return sorted(_fields_at(model, loc))


def _fields_at(model: type[BaseModel], loc: Key) -> set[str]:
    """The field names of the model that stands at `loc` inside `model`."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = _element(current)
        elif _is_model(current) and part in current.model_fields:
            current = _model_in(current.model_fields[part].annotation)
        else:
            return set()
        if current is None:
            return set()
    if _is_model(current):
        return set(current.model_fields)
    return set()


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _element(tp: Any) -> Any:
    return tp if _is_model(tp) else None


def _model_in(annotation: Any) -> Any:
    """The model inside an annotation such as `tuple[Item, ...]` or `Consent | None`."""
    if _is_model(annotation):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return None
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
