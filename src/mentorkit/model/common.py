"""Shared pieces of the models: the frozen base, dates, texts and lists as users write them."""

from __future__ import annotations

import inspect
import re
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainValidator,
    WithJsonSchema,
    field_validator,
)

from mentorkit.deadlines import Period
from mentorkit.words import parse_day


class Model(BaseModel):
    """Every model of the format: immutable, and no key it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _visible(cls, value: Any) -> Any:
        """No control character in a text: the editor does not show it, a document cannot hold
        it (Word's XML refuses it), and printed it may act on the terminal."""
        if type(value) is str:  # most values: no walk through them
            # a printable text has no control character (they are all unprintable), and
            # isprintable() is a plain loop, three times the speed of the search
            if value.isprintable() or _CONTROL.search(value) is None:
                return value
        elif not isinstance(value, tuple | list | dict):
            return value  # a number, a date, a model (whose own fields were looked at)
        hidden = _hidden(value)
        if hidden:
            code = ord(hidden.group())
            shown = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
            raise ValueError(
                f"в тексте невидимый управляющий символ {shown} (в редакторе его не "
                "видно): удалите его или перепечатайте значение"
            )
        return value


def _signed(*functions: Any) -> None:
    """Work out each function's signature once: pydantic inspects a validator's signature (does
    it take `info`?) for every field it applies to, anew each time — `_visible` for every field
    of every model (125 times as `check` starts) and the converters below for each of their
    fields. `inspect.signature` returns the stored one: the same signature."""
    for function in functions:
        function.__signature__ = inspect.signature(function)


_signed(Model._visible.__func__)  # type: ignore[attr-defined]


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""Control characters, but the tab and the line breaks a block of text may hold."""


def _hidden(value: Any) -> re.Match[str] | None:
    """The first control character of the texts in `value` (a text, or lists and dicts of
    them, in order); models inside are skipped, their own fields were looked at. A loop, not
    a generator: every list of every model passes here (the items of a roadmap, its
    responsible people, the meetings of each pair)."""
    if isinstance(value, str):
        return None if value.isprintable() else _CONTROL.search(value)
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, tuple | list):
        return None
    kinds = _KINDS
    for element in value:
        kind = kinds.get(type(element))
        if kind is None:
            kind = kinds[type(element)] = _kind(element)
        if kind == _TEXT:
            hidden = None if element.isprintable() else _CONTROL.search(element)
        elif kind == _NESTED:
            hidden = _hidden(element)
        else:
            continue
        if hidden:
            return hidden
    return None


_TEXT, _NESTED, _OTHER = 1, 2, 0
_KINDS: dict[type, int] = {}
"""What each type of element is to `_hidden` (a list of 10,000 items is walked element by
element: one lookup each, not three `isinstance`)."""


def _kind(element: Any) -> int:
    if isinstance(element, str):
        return _TEXT
    if isinstance(element, tuple | list | dict):
        return _NESTED
    return _OTHER


def parse_date(value: Any) -> date:
    """A date as YAML gives it: 2023-09-01 (also written 01.09.2023)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            day = parse_day(value)
        except ValueError:
            raise ValueError(f"«{value.strip()}» — такой даты нет в календаре") from None
        if day is None:
            raise ValueError(
                f"«{value}» — не дата; пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2023-09-01"
            )
        return day
    raise ValueError(
        f"{_shown(value)} — не дата; пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2023-09-01"
    )


def _shown(value: Any) -> str:
    """A value as the user wrote it in YAML, not as Python prints it."""
    if isinstance(value, bool):
        return "«true»" if value else "«false»"
    if isinstance(value, dict):
        return "словарь"
    if isinstance(value, list):
        return "список"
    return f"«{value}»"


def _as_text(value: Any) -> Any:
    """A number written without quotes («number: 158») is the text it looks like."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


_YES = {"да", "yes", "true", "+"}
_NO = {"нет", "no", "false", "-"}


def _as_flag(value: Any) -> Any:
    """«да»/«нет» as well as true/false."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
    return value


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def _as_tuple(value: Any) -> Any:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(value)
    return (value,)


def _as_period(value: Any) -> Any:
    if isinstance(value, Period):
        return value
    if isinstance(value, dict):
        unknown = set(value) - {"start", "end"}
        if unknown or set(value) != {"start", "end"}:
            raise ValueError("период записывается так: {start: 2022-01-01, end: 2024-12-31}")
        start, end = parse_date(value["start"]), parse_date(value["end"])
        if end < start:
            raise ValueError("конец периода раньше его начала")
        return Period(start, end)
    if isinstance(value, int | str):
        return Period.parse(str(value))
    raise ValueError("период записывается как 2023-2024 или {start: 2022-01-01, end: 2024-12-31}")


_signed(parse_date, _as_text, _as_flag, _lower, _as_tuple, _as_period)

Date = Annotated[date, BeforeValidator(parse_date)]
Dates = Annotated[tuple[Date, ...], BeforeValidator(_as_tuple)]
"""One date or a list of them."""
Texts = Annotated[tuple[str, ...], BeforeValidator(_as_tuple)]
"""One text or a list of them."""
Text = Annotated[str, BeforeValidator(_as_text)]
"""Text; a number written without quotes is taken as its text («number: 158»)."""
Flag = Annotated[bool, BeforeValidator(_as_flag)]
"""true/false, also «да»/«нет»."""
Lower = BeforeValidator(_lower)
"""For a choice of words: «Знакомство» is «знакомство»."""
PeriodField = Annotated[
    Period,
    PlainValidator(_as_period),
    WithJsonSchema({"type": ["string", "object"], "examples": ["2023-2024"]}),
]
PersonRef = str
"""A person as written in documents: «Петрова А.А.», «А.А. Петрова», the full name, or an id."""
