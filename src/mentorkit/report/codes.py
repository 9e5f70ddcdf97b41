"""The list of problem codes, for `mentorkit codes` and the README."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from mentorkit.problems import CODES


def print_codes(console: Console) -> None:
    table = Table("Код", "Важность", "Что значит", box=None, header_style="bold")
    for code in CODES.values():
        table.add_row(code.code, code.severity.label, code.title)
    console.print(table)
