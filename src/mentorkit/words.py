"""Russian words and dates as people write them: «3 дня», «21 день», 2023-09-01 or 01.09.2023."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_RU = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*$")


def plural(n: int, one: str, few: str, many: str) -> str:
    """«1 день», «3 дня», «11 дней»: the number with the form of the word Russian needs."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def days(n: int) -> str:
    """«5 дней» for a number of days, its sign dropped."""
    return plural(abs(n), "день", "дня", "дней")


@lru_cache(maxsize=4096)
def dmy(day: date) -> str:
    """«27.12.2023», as `f"{day:%d.%m.%Y}"` writes it, made once per day: strftime takes
    microseconds, and a large roadmap's messages write the same few hundred days thousands of
    times."""
    return f"{day:%d.%m.%Y}"


@lru_cache(maxsize=4096)
def parse_day(text: str) -> date | None:
    """A date written 2023-09-01 or 01.09.2023 (also «01.09.2023г.»); None for text of another
    shape; a ValueError for a day the calendar does not have (2023-02-30). Kept for the last
    4,096 texts: a region's files write the same days again and again."""
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _RU.match(text)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)
