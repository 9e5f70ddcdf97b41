"""The baselines the benchmarks compare mentorkit with: the least work that any tool doing the
same job must do, run as a process of its own just as mentorkit is.

    python benchmarks/baselines.py load FILE…     bare C YAML load (PyYAML CSafeLoader, gc off)
    python benchmarks/baselines.py roundtrip FILE       ruamel.yaml round-trip load of one file
    python benchmarks/baselines.py docx TEMPLATE ROWS COLS OUT   bare docxtpl render of one table
    python benchmarks/baselines.py template TEMPLATE COLS        write that table's template
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def load(files: list[str]) -> None:
    import yaml

    gc.disable()
    for name in files:
        with open(name, encoding="utf-8") as stream:
            yaml.load(stream, Loader=yaml.CSafeLoader)


def roundtrip(file: str) -> None:
    from ruamel.yaml import YAML

    with open(file, encoding="utf-8") as stream:
        YAML().load(stream)


def template(path: str, cols: int) -> None:
    """A one-table template of `cols` columns whose body row repeats for every row of `rows`."""
    from docx import Document

    document = Document()
    document.add_paragraph("План мероприятий")
    table = document.add_table(rows=4, cols=cols)
    for c in range(cols):
        table.cell(0, c).text = f"Столбец {c + 1}"
    table.cell(1, 0).text = "{%tr for row in rows %}"
    for c in range(cols):
        table.cell(2, c).text = "{{ row[" + str(c) + "] }}"
    table.cell(3, 0).text = "{%tr endfor %}"
    document.save(path)


def docx(path: str, rows: int, cols: int, out: str) -> None:
    from docxtpl import DocxTemplate

    text = "Методическая поддержка наставников, информация размещена на сайте ОО"
    document = DocxTemplate(path)
    document.render({"rows": [[f"{r + 1}. {text}"] * cols for r in range(rows)]})
    document.save(out)


def main(argv: list[str]) -> None:
    command, args = argv[0], argv[1:]
    if command == "load":
        load(args)
    elif command == "roundtrip":
        roundtrip(args[0])
    elif command == "template":
        template(args[0], int(args[1]))
    elif command == "docx":
        docx(args[0], int(args[1]), int(args[2]), args[3])
    else:
        sys.exit(f"unknown baseline {command!r}; see {Path(__file__).name}'s docstring")


if __name__ == "__main__":
    main(sys.argv[1:])
