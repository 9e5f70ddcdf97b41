"""Russian deadline text («до 15.03.2022, далее ежегодно», «IV квартал 2023 г.») read as a person
reads it, into a schedule of occurrences over the roadmap's period.

The flow, one module each: `vocabulary` (every word as data: category and value) → `tokens`
(`lexemes`, each token classified once; footnotes and a date's own `weekdays` set aside; the
verbs of `announcements` with their `subjects` and places, news told with no verb
(`verbless`), the `labels` before a deadline, `school_years` in words and the
`current` year read into the words the grammar knows) →
`parser` with `points` (`seasons`, `named` holidays, `asides` after a window) over a `cursor`
(plain-data `phrases`, or failures with their spans) → `resolve` (the days a phrase names, in the
period and the school `calendar`) → `recur` (recurrences expanded; `counts` checks the months
said beside one) → `reader` (the `schedule`, or why there is none; `beside` for what stands
beside a deadline without being one, `headings` for a heading and the days it stands for,
`side_by_side` for phrases that read wrongly together, `events` for text set by an event,
`remarks` for words beside a date that name no day, where the grammar reads nothing; `starts`
for a start long before the period; `calendars_used` for the calendars a reading used).
`explain` serves `mentorkit deadline`.
"""

from typing import TYPE_CHECKING, Any

from mentorkit.deadlines.calendar import DEFAULT, Calendar, SchoolYear, Span
from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.schedule import Occurrence, Schedule, ScheduleKind

if TYPE_CHECKING:
    from mentorkit.deadlines.reader import read_deadline

KNOWN_FORMS: tuple[str, ...] = (
    "до 15.03.2024",
    "31 декабря 2023",
    "октябрь 2023 г.",
    "август – сентябрь 2023 г.",
    "IV квартал 2023",
    "I полугодие 2024 года",
    "в течение года",
    "ежегодно",
    "ежеквартально до 5 числа",
    "до 15.03.2022, далее ежегодно",
    "по отдельному графику",
)
"""Examples of forms that are understood, for hints in messages."""

__all__ = [
    "DEFAULT",
    "KNOWN_FORMS",
    "Calendar",
    "Occurrence",
    "Period",
    "Schedule",
    "ScheduleKind",
    "SchoolYear",
    "Span",
    "month_end",
    "read_deadline",
]


def __getattr__(name: str) -> Any:
    """`read_deadline`, imported on first use: the reader (its vocabulary, grammar and regular
    expressions) is most of this package's import, and commands that read no deadline text
    (`render`: periods and calendars only) need none of it."""
    if name == "read_deadline":
        from mentorkit.deadlines.reader import read_deadline

        return read_deadline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
