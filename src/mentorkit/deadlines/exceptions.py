"""A monthly recurrence with months taken out: «ежемесячно (кроме июля и августа)», «с 1 по 10
число каждого месяца (за исключением мая — июля)». The months must be named (a list or a range
of them) at the end of the text, and the recurrence before them monthly; anything else taken
out («кроме каникул», «кроме 9 классов») is left to the grammar, which does not read it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from mentorkit.deadlines.lazy import LazyOccurrences
from mentorkit.deadlines.parser import parse
from mentorkit.deadlines.phrases import Every
from mentorkit.deadlines.schedule import Schedule, ScheduleKind
from mentorkit.deadlines.tokens import tokenize
from mentorkit.deadlines.vocabulary import Cat, Unit

_TAKEN_OUT = re.compile(
    r"(?:\(\s*|,\s*|\s)(?:кроме|за\s+исключением)\s+(?P<months>[^()]*?)\s*\)?\s*\.?\s*$"
)


def taken_out(text: str, normal: str, read: Callable[[str], Schedule]) -> Schedule | None:
    """The text read without the months it takes out of its monthly recurrence; None if it
    takes out something else, or the rest is no monthly recurrence that falls in them."""
    found = _TAKEN_OUT.search(normal)
    months = _months(text[found.start("months") : found.end("months")]) if found else None
    if found is None or not months:
        return None
    rest = text[: found.start()]
    phrases = parse(tokenize(rest), rest).phrases
    if not any(isinstance(p, Every) and p.unit == Unit.MONTH for p in phrases):
        return None
    schedule = read(rest)
    occurrences = schedule.occurrences
    if schedule.kind != ScheduleKind.SCHEDULED or isinstance(occurrences, LazyOccurrences):
        return None
    kept = tuple(o for o in occurrences if (o.start or o.due).month not in months)
    if not kept or len(kept) == len(occurrences):
        return None  # every month taken out, or none of those it falls in
    return replace(schedule, text=text, occurrences=kept)


def _months(part: str) -> set[int] | None:
    """«июля и августа», «мая — июля», «июня, июля, августа»: the months named; None if the
    part names anything else."""
    months: set[int] = set()
    last: int | None = None
    dash = False
    for token in tokenize(part).tokens:
        if token.cat == Cat.MONTH:
            if dash and last is not None:
                months |= set(_between(last, token.value))
            months.add(token.value)
            last, dash = token.value, False
        elif token.text == "-" and last is not None and not dash:
            dash = True
        elif token.text not in (",", "и") or dash:
            return None
    return months if months and not dash else None


def _between(first: int, last: int) -> list[int]:
    """The months from `first` to `last`, across New Year if need be («ноября — февраля»)."""
    count = (last - first) % 12
    return [(first - 1 + step) % 12 + 1 for step in range(count + 1)]
