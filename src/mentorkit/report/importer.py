"""The report of `mentorkit import`: per file what was written, what to check, what could not be
placed; and the run's summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from mentorkit.importer.result import Finding
from mentorkit.importer.run import Outcome, Run
from mentorkit.report.safe import markup as escape
from mentorkit.words import plural

_TITLES = {
    "note": "Проверьте (решено за вас, документ тут неоднозначен):",
    "deadline": "Сроки, которые mentorkit не понимает (записаны как в документе):",
    "unplaced": "Не размещено — оставлено комментарием в конце файла дорожной карты:",
}


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _place(finding: Finding) -> tuple[int, ...]:
    """Findings in the document's order: «абзац 3» before «таблица 1, строка 2»."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", finding.where)[:2])
    return (0 if finding.where.startswith("абзац") else 1, *numbers)


def _as_written(text: str) -> str:
    return text


def _outcome(
    outcome: Outcome, out: Console, err: Console, shown: Callable[[str], str] = _as_written
) -> None:
    if outcome.error:
        err.print(f"[bold red]mentorkit:[/] {escape(outcome.error)}", soft_wrap=True)
        if outcome.hint:
            err.print(f"Что сделать: {escape(outcome.hint)}", soft_wrap=True)
        err.print(f"Из {escape(_shown(outcome.source))} ничего не записано.", soft_wrap=True)
        return
    result = outcome.result
    assert result is not None
    out.print(f"[bold]{escape(_shown(outcome.source))}[/]", soft_wrap=True)
    sections, items = len(result.body.sections), result.body.count()
    for planned in outcome.written:
        line = f"  Записан {escape(_shown(planned.path))} — {planned.what}"
        if planned.what == "дорожная карта":
            line += (
                f": {plural(sections, 'раздел', 'раздела', 'разделов')}, "
                f"{plural(items, 'мероприятие', 'мероприятия', 'мероприятий')}"
            )
        elif result.order is not None:
            order = result.order
            line += (
                f" № {escape(order.number)} от {order.date:%d.%m.%Y}, "
                f"{plural(len(order.points), 'пункт', 'пункта', 'пунктов')}"
            )
            if order.signed_by:
                line += f", подписал(а) {escape(shown(order.signed_by))}"
        out.print(line, soft_wrap=True)
    for kind, title in _TITLES.items():
        found = sorted((f for f in result.findings if f.kind == kind), key=_place)
        if not found:
            continue
        out.print(f"  {title}", soft_wrap=True)
        for finding in found:
            text = f"    – {finding.where}: {finding.message}"
            if finding.text:
                quoted = " ".join(shown(finding.text).split())
                text += f": «{quoted if len(quoted) <= 120 else quoted[:119] + '…'}»"
            out.print(escape(shown(text)), soft_wrap=True)


def print_run(
    run: Run, out: Console, err: Console, shown: Callable[[str], str] = _as_written
) -> None:
    """`shown`: how a text quoted from the documents is printed (a minor the repository's
    people.yaml holds: by initials and class)."""
    for outcome in run.outcomes:
        _outcome(outcome, out, err, shown)
    for path in run.repository:
        out.print(f"Записан {escape(_shown(path))}", soft_wrap=True)
    for note in run.notes:
        out.print(escape(shown(note)), soft_wrap=True)
    done = [o for o in run.outcomes if not o.error]
    failed = len(run.outcomes) - len(done)
    people = any(path.name == "people.yaml" for path in run.repository)
    summary = f"Импортировано: {len(done)} из {len(run.outcomes)}"
    if failed:
        summary += f"; не импортировано: {failed} (см. сообщения выше)"
    out.print(summary + ".", soft_wrap=True)
    if people:
        out.print(
            "В people.yaml у людей нет согласия на обработку персональных данных: документы с "
            "их именами не формируются, пока вы не впишете consent.",
            soft_wrap=True,
        )
    if done:
        out.print("Дальше: mentorkit check — проверить импортированное.", soft_wrap=True)
