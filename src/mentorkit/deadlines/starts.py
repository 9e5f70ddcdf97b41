"""A start with no end, said before the period it is read in: «с 06 ноября 2017» in a plan of
2022. Read as open from that day, it would be a window of five years, four of them before the
plan; in a deadline cell such a day is as often the date of another document («действует с …»)
as a start. Neither is guessed. (A start in the period's own first year — «с 2024 года» in the
school year 2024-2025 — is read, as before.)"""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines.period import Period


def before_the_period(first: date | None, period: Period) -> str | None:
    """Why the start of «с …», its first day placed in the period (None: not placed), is not
    read: it falls in a year before the period's first; None where it does not."""
    if first is None or first.year >= period.start.year:
        return None
    return (
        f"начало «с …» — {first:%d.%m.%Y}, раньше {period.start.year} года, в котором "
        "начинается период: дело идёт с тех пор весь период или это дата другого "
        "документа — не ясно; напишите срок внутри периода или «постоянно»"
    )
