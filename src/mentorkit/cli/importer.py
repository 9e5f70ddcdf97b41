"""`mentorkit import`: Word and PDF roadmaps and orders into the repository's YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from mentorkit.cli.app import app, console
from mentorkit.errors import RepositoryNotFound, UsageError


def _root(output: Path | None, into: Path | None) -> Path:
    from mentorkit.load.repository import find_root

    if into is not None:
        if into.exists() and not into.is_dir():
            raise UsageError(f"--into {into}: это файл, а нужна папка репозитория")
        return into
    try:
        return find_root(output.parent if output is not None else Path.cwd())
    except RepositoryNotFound:
        if output is not None:
            parent = output.parent
            return parent.parent if parent.name == "roadmaps" else parent
        raise UsageError(
            "здесь нет репозитория mentorkit (mentorkit.yaml не найден ни в этой папке, ни выше)",
            "укажите папку: mentorkit import ФАЙЛ --into ПАПКА (она будет создана вместе с "
            "mentorkit.yaml и people.yaml) или перейдите в папку репозитория",
        ) from None


@app.command("import")
def import_command(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Документы Word (.docx) или PDF с текстом: дорожные карты и приказы с ними "
            "(можно несколько)."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Файл дорожной карты, например roadmaps/2023-2024.yaml (только для одного "
            "документа; по умолчанию — roadmaps/ПЕРИОД.yaml репозитория).",
            show_default=False,
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="Папка репозитория: туда пишутся roadmaps/ и orders/, а также mentorkit.yaml и "
            "people.yaml, если их ещё нет.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Заменить уже существующие файлы дорожной карты и приказа."),
    ] = False,
) -> int:
    """Импорт дорожных карт и приказов из Word (.docx) и PDF в YAML репозитория.

    Примеры: mentorkit import "Дорожная карта.docx"; mentorkit import приказ.pdf --into school12
    """
    from mentorkit.importer.run import run_import
    from mentorkit.report.importer import print_run

    if output is not None and len(files) > 1:
        raise UsageError(
            "-o задаёт один файл, а документов несколько",
            "уберите -o: каждая дорожная карта запишется в roadmaps/ПЕРИОД.yaml",
        )
    root = _root(output, into)
    out, err = console(), console(stderr=True)
    if len(files) > 1 and err.is_terminal:
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("Импорт", total=len(files))
            run = run_import(
                files,
                root,
                output,
                force,
                into is not None,
                step=lambda path: progress.advance(task),
            )
    else:
        run = run_import(files, root, output, force, into is not None)
    print_run(run, out, err, _minors_shown(root))
    return 1 if run.failed else 0


def _minors_shown(root: Path) -> Callable[[str], str]:
    """Texts quoted from the documents with a minor of the repository's people by initials and
    class (nothing to look up in a repository that is only being made)."""
    from mentorkit.load.repository import CONFIG, load_repository
    from mentorkit.refs import PeopleIndex
    from mentorkit.shown import minors_shown

    if not (root / CONFIG).is_file():
        return lambda text: text
    repo, _ = load_repository(root)
    people = PeopleIndex(repo.people)
    return lambda text: minors_shown(text, people)
