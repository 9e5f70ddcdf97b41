"""`mentorkit deadline`: one text read over a period, with the calendar of the repository it is
run in (if any), and what the curator should know of the reading."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentorkit.deadlines.calendar import DEFAULT, Calendar
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.reader import read_deadline
from mentorkit.deadlines.schedule import Occurrence, Schedule


@dataclass(frozen=True)
class Explanation:
    schedule: Schedule
    period: Period
    calendar_file: str | None
    """The mentorkit.yaml whose calendar was read, or None (the defaults)."""
    calendar_problem: str | None
    """Why the repository's calendar could not be read (the defaults were used)."""

    @property
    def outside(self) -> tuple[Occurrence, ...]:
        return self.schedule.outside(self.period.start, self.period.end)


def explain(text: str, period: Period, start: Path, plan: bool = True) -> Explanation:
    """Read `text` over `period` with the calendar of the repository around `start`; `plan`:
    the period is a plan's (given), not the default school year (`read_deadline`)."""
    calendar, where, problem = repository_calendar(start)
    return Explanation(read_deadline(text, period, calendar, plan), period, where, problem)


def repository_calendar(start: Path) -> tuple[Calendar, str | None, str | None]:
    """The calendar of mentorkit.yaml above `start`; the defaults outside a repository."""
    # Imported here: the loader reads models that use this package.
    from mentorkit.errors import MentorkitError
    from mentorkit.load.repository import CONFIG, find_root
    from mentorkit.load.validate import validate
    from mentorkit.load.yamlfile import read_yaml
    from mentorkit.model import Config

    try:
        root = find_root(start)
    except MentorkitError:
        return DEFAULT, None, None
    yaml_file, problems = read_yaml(root, CONFIG)
    config = None
    if yaml_file is not None:
        config, problems = validate(Config, yaml_file.data, yaml_file.positions)
    if config is None:
        first = problems[0] if problems else None
        reason = f"{first.location}: {first.message}" if first else "файл не прочитан"
        return DEFAULT, None, reason
    path = str(root / CONFIG)
    return config.school_calendar(), (path if config.calendar else None), None
