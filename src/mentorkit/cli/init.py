"""`mentorkit init`: a new repository that passes `mentorkit check` as created."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today
from mentorkit.report.safe import markup as escape


@app.command("init")
def init_command(
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="ПАПКА",
            help="Папка нового репозитория (по умолчанию — текущая); создаётся, если её нет.",
            show_default=False,
        ),
    ] = None,
    organization: Annotated[
        str | None,
        typer.Option(
            "--org",
            metavar="НАИМЕНОВАНИЕ",
            help="Полное наименование организации, как в шапке приказа.",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Создать репозиторий наставничества: настройки, люди, дорожная карта, пары, приказ,
    проверка в GitHub и GitLab, pre-commit и схемы для редактора.

    Пример: mentorkit init school12 --org "МАОУ СОШ № 12"
    """
    from mentorkit.errors import UsageError
    from mentorkit.load.repository import CONFIG
    from mentorkit.render.output import write_atomic
    from mentorkit.scaffold import existing, repository_files

    root = (folder or Path.cwd()).resolve()
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root} — файл, а нужна папка для репозитория")
    for parent in root.parents:
        if (parent / CONFIG).is_file():
            raise UsageError(
                f"{root} — внутри репозитория mentorkit {parent}: репозитории не вкладываются",
                hint="выберите папку вне его",
            )
    files = repository_files(parse_today(today), organization)
    taken = existing(root, files)
    if taken:
        raise UsageError(
            f"в {root} уже есть: {', '.join(taken)}; mentorkit init ничего не перезаписывает, "
            "и ничего не записано",
            hint="выберите пустую папку или перенесите эти файлы",
        )
    out = console()
    for relpath, text in files.items():
        write_atomic(root / relpath, text.encode("utf-8"))
    out.print(f"Создан репозиторий наставничества: {escape(str(root))}", soft_wrap=True)
    for relpath in files:
        if not relpath.startswith("schemas/"):
            out.print(f"  {escape(relpath)}", highlight=False)
    out.print("  schemas/ — схемы для редактора (VS Code с расширением YAML)", highlight=False)
    out.print(
        "\nЧто дальше:\n"
        "  1. Впишите наименование организации в mentorkit.yaml, если не указали --org.\n"
        '  2. Добавьте людей: mentorkit add person --name "Фамилия Имя Отчество" …\n'
        "     и руководителя — в organization.head.\n"
        "  3. Впишите пункты дорожной карты в roadmaps/, пары — командой mentorkit add pair.\n"
        "  4. Проверьте: mentorkit check\n"
        '  5. Сохраните в git: git init && git add . && git commit -m "Начало"',
        highlight=False,
        soft_wrap=True,
    )
