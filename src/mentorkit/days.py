"""Date arithmetic that stays inside the calendar: a day shifted past 1 January of year 1 or
31 December 9999 stops there instead of raising OverflowError (a period of 0001–9999 is a valid
period, and a window around it must not end the command)."""

from __future__ import annotations

from datetime import date, timedelta


def shift(day: date, delta: timedelta) -> date:
    """`day + delta`, held at the first or the last day of the calendar."""
    try:
        return day + delta
    except OverflowError:
        return date.max if delta > timedelta(0) else date.min
