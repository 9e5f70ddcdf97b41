"""`mentorkit calendar`: deadlines and meetings as an iCalendar file."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import app, console, parse_today
from mentorkit.report.safe import markup as escape


@app.command("calendar")
def calendar_command(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="ПУТЬ",
            help="Папка репозитория (по умолчанию — репозиторий вокруг текущей папки).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="ФАЙЛ",
            help="Файл .ics (по умолчанию — в стандартный вывод).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Сроки дорожных карт и встречи пар — файлом iCalendar для Яндекс, Google или Outlook.

    Пример: mentorkit calendar -o наставничество.ics
    """
    import sys

    from mentorkit.errors import MentorkitError, UsageError
    from mentorkit.ical import MAX_ITEM_EVENTS, build_calendar
    from mentorkit.load.repository import CONFIG, PEOPLE, find_root, load_repository
    from mentorkit.render.output import write_atomic
    from mentorkit.words import plural

    if output is not None and output.is_dir():
        raise UsageError(
            f"-o {output.as_posix().rstrip('/')} — это папка, а нужен файл календаря .ics",
            hint=f"например: -o {output.as_posix().rstrip('/')}/наставничество.ics",
        )
    root = find_root(path or Path.cwd())
    repo, _ = load_repository(root)
    broken = sorted(
        f
        for f in repo.broken_files
        if f in (CONFIG, PEOPLE) or f.startswith(("roadmaps/", "pairs/"))
    )
    if broken or (not repo.people_complete and (root / PEOPLE).exists()):
        listed = ", ".join(broken or [PEOPLE])
        raise MentorkitError(
            f"не читаются {listed}: календарь без них был бы неполным, и он не сделан",
            hint=f"исправьте ошибки (mentorkit check {root}) и повторите",
        )
    # When the file was made (every event's DTSTAMP): the day, from the one clock of the CLI.
    result = build_calendar(repo, datetime.combine(parse_today(None), time(0), UTC))
    err = console(stderr=True)
    if output is None:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    else:
        write_atomic(output, result.data)
        console().print(
            f"Записано: {escape(str(output))} — "
            f"{plural(result.events, 'событие', 'события', 'событий')}",
            soft_wrap=True,
        )
    if result.cut:
        err.print(
            "Не все сроки в календаре: у пункта — не больше "
            f"{MAX_ITEM_EVENTS} событий, вокруг сегодняшнего дня; " + escape(", ".join(result.cut)),
            soft_wrap=True,
            highlight=False,
        )
    if result.without_date:
        err.print(
            "Без даты в календаре (нет события): " + escape(", ".join(result.without_date)),
            soft_wrap=True,
            highlight=False,
        )
    err.print(
        "Это копия для организации: в описаниях событий названы люди — не публикуйте её.",
        soft_wrap=True,
    )
