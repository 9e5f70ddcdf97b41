"""`mentorkit schema`: the JSON Schemas of the file kinds, for editors."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import app, console


class Kind(StrEnum):
    config = "config"
    people = "people"
    roadmap = "roadmap"
    pairs = "pairs"
    order = "order"


@app.command("schema")
def schema_command(
    kind: Annotated[
        Kind | None,
        typer.Argument(
            metavar="ВИД",
            help="config, people, roadmap, pairs или order (без него — все).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="ПАПКА",
            help="Записать схемы в эту папку (ВИД.schema.json), а не выводить.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Схема JSON вида файла для редактора: подсказки и проверка при наборе в VS Code.

    Пример: mentorkit schema -o schemas
    """
    from mentorkit.errors import UsageError
    from mentorkit.render.output import write_atomic
    from mentorkit.schema import KINDS, file_name, schema_text

    kinds = [kind.value] if kind else list(KINDS)
    if output is None:
        if kind is None:
            raise UsageError(
                "укажите вид файла (config, people, roadmap, pairs, order) или папку -o ПАПКА",
                hint="например: mentorkit schema roadmap или mentorkit schema -o schemas",
            )
        typer.echo(schema_text(kind.value), nl=False)
        return
    if output.exists() and not output.is_dir():
        raise UsageError(f"-o: {output} — файл, а нужна папка")
    for name in kinds:
        write_atomic(output / file_name(name), schema_text(name).encode("utf-8"))
        console().print(f"Записано: {output / file_name(name)} ({KINDS[name][1]})")
