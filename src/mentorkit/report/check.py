"""Reporters of `mentorkit check`: rich text grouped by file, JSON, GitHub Actions commands."""

from __future__ import annotations

import json
import os
from collections import Counter
from itertools import groupby
from json.encoder import encode_basestring as _encode
from pathlib import Path
from typing import TYPE_CHECKING

from mentorkit.check import CheckResult
from mentorkit.problems import Problem, Severity
from mentorkit.report.printable import CANDIDATE, printable, safe_json
from mentorkit.words import plural

if TYPE_CHECKING:
    from rich.console import Console

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary(result: CheckResult) -> str:
    errors = plural(result.count(Severity.ERROR), "ошибка", "ошибки", "ошибок")
    warnings = plural(
        result.count(Severity.WARNING), "предупреждение", "предупреждения", "предупреждений"
    )
    infos = plural(result.count(Severity.INFO), "сведение", "сведения", "сведений")
    files = plural(len(result.files), "файл", "файла", "файлов")
    return f"Проверено: {files}. {errors}, {warnings}, {infos}."


SHOWN_PER_CODE = 20
"""Problems of one code in one file shown as text or annotations; the rest are counted: one
slip repeated 100,000 times is one thing to fix, not a screen to scroll."""
SHOWN_IN_JSON = 5000
"""Problems listed in JSON; `omitted` counts the rest (`summary` counts them all)."""


def _bounded(
    problems: tuple[Problem, ...], per_code: int
) -> tuple[list[Problem], dict[str, dict[str, int]]]:
    """The problems to show, and per file and code how many are left out."""
    seen: Counter[tuple[str, str]] = Counter()
    shown: list[Problem] = []
    omitted: dict[str, dict[str, int]] = {}
    for problem in problems:
        key = (problem.location.path, problem.code)
        seen[key] += 1
        if seen[key] <= per_code:
            shown.append(problem)
        else:
            by_code = omitted.setdefault(problem.location.path, {})
            by_code[problem.code] = by_code.get(problem.code, 0) + 1
    return shown, omitted


def _omitted_text(code: str, count: int) -> str:
    return (
        f"… и ещё {plural(count, 'проблема', 'проблемы', 'проблем')} {code} в этом файле "
        f"не показаны (показаны первые {SHOWN_PER_CODE}): исправьте показанные — "
        "обычно остальные того же рода"
    )


def print_text(result: CheckResult, console: Console, strict: bool = False) -> None:
    from mentorkit.report.safe import markup

    shown, omitted = _bounded(result.problems, SHOWN_PER_CODE)
    for path, group in groupby(shown, key=lambda p: p.location.path):
        console.print(f"[bold]{markup(path)}[/bold]")
        for problem in group:
            style = _STYLES[problem.severity]
            console.print(
                f"  {markup(str(problem.location))}: [{style}]{problem.severity.label}[/{style}]"
                f" [dim]{problem.code}[/dim] {markup(problem.message)}",
                highlight=False,
                soft_wrap=True,
            )
        for code, count in omitted.get(path, {}).items():
            console.print(
                f"  {markup(_omitted_text(code, count))}", highlight=False, soft_wrap=True
            )
        console.print()
    verdict = "[bold red]не пройдена[/]" if result.failed(strict) else "[bold green]пройдена[/]"
    console.print(f"Проверка {verdict}. {summary(result)}", highlight=False, soft_wrap=True)


def plain_text(result: CheckResult, strict: bool, width: int) -> str | None:
    """What `print_text` prints on a console without colours `width` columns wide, made without
    rich (whose import is a tenth of a small check); None where rich would have to fold a line
    (a file name longer than the width, or with characters of another width than one)."""
    shown, omitted = _bounded(result.problems, SHOWN_PER_CODE)
    lines: list[str] = []
    for path, group in groupby(shown, key=lambda p: p.location.path):
        header = printable(path)
        if (
            len(header) > width
            or header != header.strip()
            or "\n" in header
            or "\\" in header
            or CANDIDATE.search(header)
        ):
            return None
        lines.append(header)
        for problem in group:
            if "\\" in problem.message or "\\" in problem.location.path:
                return None  # rich's markup shows some backslashes doubled: left to it
            lines.append(
                f"  {printable(str(problem.location))}: {problem.severity.label} {problem.code} "
                f"{printable(problem.message)}"
            )
        for code, count in omitted.get(path, {}).items():
            lines.append(f"  {printable(_omitted_text(code, count))}")
        lines.append("")
    verdict = "не пройдена" if result.failed(strict) else "пройдена"
    lines.append(f"Проверка {verdict}. {summary(result)}")
    return "".join(f"{line}\n" for line in lines)


def to_json(result: CheckResult) -> str:
    problems = result.problems[:SHOWN_IN_JSON]
    data = {
        "root": str(result.root),
        "today": result.today.isoformat(),
        "files": len(result.files),
        "summary": {s.value: result.count(s) for s in Severity},
        "problems": [],
        "omitted": len(result.problems) - len(problems),
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if problems:
        # The problems as `json.dumps(..., indent=2)` writes them, without its encoder's
        # generators (the pure-Python one: indenting, the C one is not used) for each of
        # thousands of values. The empty list's line is found once: no string holds it, for a
        # string's newlines and quotes are escaped.
        listed = ",\n".join(_problem_lines(_problem_json(p)) for p in problems)
        empty = '\n  "problems": [],\n'
        text = text.replace(empty, f'\n  "problems": [\n{listed}\n  ],\n', 1)
    return safe_json(text)


def _problem_lines(fields: dict[str, object]) -> str:
    """One problem of `to_json`: a dict of strings, integers and None, as `json.dumps` writes
    it at the second level of indentation."""
    lines = ",\n".join(f"      {_encode(key)}: {_scalar(value)}" for key, value in fields.items())
    return f"    {{\n{lines}\n    }}"


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return _encode(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def _problem_json(problem: Problem) -> dict[str, object]:
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "path": problem.location.path,
        "line": problem.location.line or None,
        "col": problem.location.col or None,
        "message": problem.message,
    }


_GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(result: CheckResult, cwd: Path | None = None) -> str:
    """GitHub Actions workflow commands, paths relative to the working directory of the job."""
    base = cwd or Path.cwd()
    lines = []
    shown, omitted = _bounded(result.problems, SHOWN_PER_CODE)
    for problem in shown:
        path = Path(os.path.relpath(result.root / problem.location.path, base)).as_posix()
        props = [f"file={_escape_property(path)}"]
        if problem.location.line:
            props.append(f"line={problem.location.line}")
            props.append(f"col={problem.location.col or 1}")
        props.append(f"title={_escape_property(problem.code)}")
        level = _GITHUB_LEVELS[problem.severity]
        lines.append(f"::{level} {','.join(props)}::{_escape_data(problem.message)}")
    for relpath, by_code in omitted.items():
        path = Path(os.path.relpath(result.root / relpath, base)).as_posix()
        for code, count in by_code.items():
            lines.append(
                f"::notice file={_escape_property(path)},title={_escape_property(code)}::"
                f"{_escape_data(_omitted_text(code, count))}"
            )
    lines.append(summary(result))
    return "\n".join(lines)
