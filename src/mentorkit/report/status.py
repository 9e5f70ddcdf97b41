"""Reporters of `mentorkit status`: rich tables, JSON (stable, documented in the README) and
Markdown for a pull-request comment or a GitHub job summary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mentorkit.deadlines import Period
from mentorkit.problems import Problem
from mentorkit.progress import State
from mentorkit.status import (
    NO_FORM,
    PLAN_THRESHOLD,
    GroupBy,
    Indicators,
    ItemStatus,
    PairStatus,
    Reason,
    RepositoryStatus,
    Share,
    StatusResult,
    Tally,
    item_view,
    pairs_by_form,
)
from mentorkit.words import days, plural

JSON_VERSION = 1
ATTENTION_SHOWN = 10
"""Organisations listed as needing attention in the table and Markdown (JSON lists all)."""
TITLE_LIMIT = 60
BAR_WIDTH = 10
RESPONSIBLE_WIDTH = 30
PLAN_NOTE = (
    "План — доля проведённых встреч индивидуального плана "
    f"(норматив — не менее {PLAN_THRESHOLD} %)."
)
DISTRICT_COLUMNS = ("Организация", "Выполнено", "Просрочено", "Пар", "Молодые в парах", "Согласия")

_STATE_STYLES = {
    State.OVERDUE: "bold red",
    State.DUE_SOON: "yellow",
    State.DONE: "green",
    State.NOT_UNDERSTOOD: "red",
    State.CANCELLED: "dim",
}


# ---------------------------------------------------------------------------------------------
# Words and numbers, shared by the table and Markdown


def days_text(left: int | None, state: State) -> str:
    """«5 дней назад», «сегодня», «через 3 дня» for the due date; blank when it says nothing."""
    if left is None or state in (State.DONE, State.CANCELLED):
        return ""
    if left < 0:
        return f"{days(left)} назад"
    if left == 0:
        return "сегодня"
    return f"через {days(left)}"


def share_text(share: Share) -> str:
    """«4 из 12 · 33 %», or «—» when there is nothing to count."""
    percent = share.whole_percent
    if percent is None:
        return "—"
    return f"{share.count} из {share.total} · {percent} %"


def plan_text(share: Share) -> str:
    """«40 % (2/5)», or «—» when there is no plan."""
    percent = share.whole_percent
    return "—" if percent is None else f"{percent} % ({share.count}/{share.total})"


def bar(share: Share) -> str:
    percent = share.whole_percent
    if percent is None:
        return ""
    filled = (percent * BAR_WIDTH + 50) // 100
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {percent} %"


def short(text: str, limit: int = TITLE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def period_text(period: Period) -> str:
    if period.academic:
        return f"{period.start.year}/{period.end.year} уч. г."
    return f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}"


def due_text(item: ItemStatus) -> str:
    return f"{item.due:%d.%m.%Y}" if item.due else "—"


def total_label(tally: Tally) -> str:
    """«Всего», and how many items are cancelled (they count nowhere)."""
    return f"Всего (отменено: {tally.cancelled})" if tally.cancelled else "Всего"


def who_text(item: ItemStatus) -> str:
    return ", ".join(item.responsible_groups) or "—"


def next_meeting_text(pair: PairStatus) -> str:
    meeting = pair.next_meeting
    return f"{meeting.date:%d.%m.%Y} ({meeting.stage})" if meeting else "—"


def revision_text(result: StatusResult) -> str | None:
    revision = result.as_of
    if revision is None:
        return None
    commits = ", ".join(commit[:10] for commit in revision.commits)
    if revision.by_date:
        return f"По истории git: как было на конец {revision.date:%d.%m.%Y} (коммит {commits})."
    return (
        f"По истории git: ревизия «{revision.asked}» (коммит {commits} от "
        f"{revision.date:%d.%m.%Y})."
    )


def heading(result: StatusResult) -> str:
    org = result.single
    if org is not None:
        return f"{org.name} — состояние на {result.today:%d.%m.%Y}"
    count = plural(result.totals.organizations, "организация", "организации", "организаций")
    return f"Программы наставничества: {count}, состояние на {result.today:%d.%m.%Y}"


def items_heading(org: RepositoryStatus, everything: bool) -> str:
    if everything:
        return "Все мероприятия"
    return f"Просрочено и срок в ближайшие {days(org.soon_days)}"


def no_items_text(org: RepositoryStatus) -> str:
    soon = days(org.soon_days)
    return f"Просроченных мероприятий и мероприятий со сроком в ближайшие {soon} нет."


def indicator_rows(indicators: Indicators) -> list[tuple[str, str, bool]]:
    """(name, value, nested) of every indicator; nested rows break down the row above."""
    rows = [
        ("Выполнено пунктов дорожных карт, всего", share_text(indicators.items_done)),
        ("Выполнено пунктов со сроком по сегодня", share_text(indicators.items_done_by_today)),
        ("Молодые специалисты, закреплённые за наставником", share_text(indicators.young_covered)),
        ("Участники пар с согласием на обработку ПД", share_text(indicators.consent)),
        (
            f"Индивидуальные планы, реализованные не менее чем на {PLAN_THRESHOLD} %",
            share_text(indicators.plans_at_threshold),
        ),
        ("Наставнических пар и групп", str(indicators.pairs)),
    ]
    return [(name, value, False) for name, value in rows] + [
        (f"форма «{form}»", str(n), True) for form, n in indicators.pairs_by_form
    ]


_REASONS: dict[Reason, str] = {
    Reason.LOAD_ERRORS: "ошибок в файлах",
    Reason.NO_ROADMAP: "нет дорожной карты",
    Reason.OVERDUE_ITEMS: "просроченных мероприятий",
    Reason.YOUNG_UNCOVERED: "молодых специалистов без наставника",
    Reason.WITHOUT_CONSENT: "участников без согласия на обработку ПД",
    Reason.MEETINGS_OVERDUE: "просроченных встреч",
}


def reasons_text(reasons: Sequence[tuple[Reason, int]]) -> str:
    return "; ".join(
        _REASONS[reason] if reason == Reason.NO_ROADMAP else f"{_REASONS[reason]}: {n}"
        for reason, n in reasons
    )


def problems_note(org: RepositoryStatus) -> str | None:
    if not org.problems:
        return None
    files = len({p.location.path for p in org.problems})
    return (
        f"При чтении найдены проблемы ({len(org.problems)}, "
        f"{plural(files, 'файл', 'файла', 'файлов')}): числа выше их не учитывают. "
        f"Подробности: mentorkit check {org.root}"
    )


# ---------------------------------------------------------------------------------------------
# Rich tables


def print_table(
    result: StatusResult, console: Console, by: GroupBy = GroupBy.NONE, everything: bool = False
) -> None:
    console.print(Text(heading(result), style="bold"))
    revision = revision_text(result)
    if revision:
        console.print(revision)
    org = result.single
    if org is None:
        _print_district(result, console)
    else:
        _print_repository(org, console, by, everything)


def _table(title: str) -> Table:
    return Table(
        title=title, title_justify="left", title_style="bold", header_style="bold", expand=False
    )


NO_ROADMAPS = (
    "Дорожных карт нет: папка roadmaps/ пуста или её файлы не читаются "
    "(mentorkit check скажет, что с ними)."
)


def _print_repository(
    org: RepositoryStatus, console: Console, by: GroupBy, everything: bool
) -> None:
    if not org.roadmaps:
        console.print()
        console.print(NO_ROADMAPS)
    for roadmap in org.roadmaps:
        console.print()
        table = _table(f"{roadmap.title} ({period_text(roadmap.period)})")
        table.add_column("Раздел")
        table.add_column("Выполнено", justify="right", no_wrap=True)
        table.add_column("Прогресс", no_wrap=True)
        table.add_column("Просрочено", justify="right", no_wrap=True)
        table.add_column("Скоро срок", justify="right", no_wrap=True)
        for section in roadmap.sections:
            indent = "  " * section.depth
            title = Text(f"{indent}{section.number}. {section.title}")
            table.add_row(*_tally_cells(title, section.tally))
        if roadmap.sections:
            table.add_section()
        table.add_row(*_tally_cells(Text(total_label(roadmap.tally), style="bold"), roadmap.tally))
        console.print(table)
    console.print()
    _print_items(org, console, by, everything)
    console.print()
    if org.pairs:
        _print_pairs(org.pairs, console)
    else:
        console.print("Наставнических пар нет (папка pairs/ пуста).")
    console.print()
    table = _table("Показатели")
    table.add_column("Показатель")
    table.add_column("Значение", justify="right")
    for name, value, nested in indicator_rows(org.indicators):
        table.add_row(("    " if nested else "") + name, value)
    console.print(table)
    note = problems_note(org)
    if note:
        console.print()
        console.print(Text(note, style="yellow"))


def _print_pairs(pairs: Sequence[PairStatus], console: Console) -> None:
    """One table for each form, so that the form needs no column."""
    console.print(Text("Наставнические пары и группы", style="bold"))
    for index, (form, members) in enumerate(pairs_by_form(pairs)):
        if index:
            console.print()
        table = _table(f"Форма «{form}»" if form != NO_FORM else "Форма не указана")
        table.title_style = "italic"
        table.add_column("Наставник", no_wrap=True)
        table.add_column("Наставляемые", no_wrap=True)
        table.add_column("Этап", no_wrap=True)
        table.add_column("Следующая встреча")
        table.add_column("Просрочено встреч", justify="right")
        table.add_column("План", justify="right", no_wrap=True)
        for pair in members:
            meeting = pair.next_meeting
            table.add_row(
                pair.mentor,
                "\n".join(pair.mentees),
                pair.stage or "—",
                f"{meeting.date:%d.%m.%Y}\n{meeting.stage}" if meeting else "—",
                Text(str(pair.meetings_overdue), style="red" if pair.meetings_overdue else ""),
                Text(plan_text(pair.plan), style="green" if pair.plan_threshold_met else ""),
            )
        console.print(table)
    console.print(PLAN_NOTE)


def _tally_cells(label: Text, tally: Tally) -> list[Text]:
    return [
        label,
        Text(f"{tally.done} из {tally.total}"),
        Text(bar(tally.done_share)),
        Text(str(tally.overdue), style="bold red" if tally.overdue else ""),
        Text(str(tally.due_soon), style="yellow" if tally.due_soon else ""),
    ]


def _print_items(org: RepositoryStatus, console: Console, by: GroupBy, everything: bool) -> None:
    groups = item_view(org, by, everything)
    if not groups:
        console.print(no_items_text(org))
        return
    several = len(org.roadmaps) > 1
    table = _table(items_heading(org, everything))
    table.add_column("№", no_wrap=True)
    if several:
        table.add_column("Карта")
    table.add_column("Мероприятие")
    table.add_column("Срок", no_wrap=True)
    table.add_column("Когда", no_wrap=True)
    table.add_column("Ответственный", max_width=RESPONSIBLE_WIDTH)
    table.add_column("Состояние", no_wrap=True)
    for index, group in enumerate(groups):
        if group.title is not None:
            if index:
                table.add_section()
            blank = [""] * (2 if several else 1)
            table.add_row(*blank, Text(group.title, style="bold"), "", "", "", "")
        for item in group.items:
            style = _STATE_STYLES.get(item.state, "")
            cells: list[str | Text] = [item.number]
            if several:
                cells.append(PurePosixPath(item.roadmap).stem)
            cells += [
                short(item.title),
                due_text(item),
                Text(days_text(item.days, item.state), style=style),
                who_text(item),
                Text(item.state.label, style=style),
            ]
            table.add_row(*cells)
    console.print(table)


def _print_district(result: StatusResult, console: Console) -> None:
    console.print()
    table = _table("Организации")
    table.add_column("Организация", ratio=1, min_width=20)
    for header in DISTRICT_COLUMNS[1:]:
        table.add_column(header, justify="right", no_wrap=True)
    for org in result.organizations:
        table.add_row(*_district_cells(org.name, org.tally, org.indicators))
    totals = result.totals
    table.add_section()
    table.add_row(
        *_district_row(
            "Итого",
            totals.items_done,
            totals.tally.overdue,
            totals.pairs,
            totals.young_covered,
            totals.consent,
        ),
        style="bold",
    )
    console.print(table)
    console.print()
    if not result.attention:
        console.print("Организаций, требующих внимания, нет.")
        return
    console.print(Text("В первую очередь требуют внимания", style="bold"))
    for number, entry in enumerate(result.attention[:ATTENTION_SHOWN], 1):
        org = result.organizations[entry.organization]
        console.print(f"{number}. {org.name}: {reasons_text(entry.reasons)}", soft_wrap=False)
    rest = len(result.attention) - ATTENTION_SHOWN
    if rest > 0:
        console.print(f"… и ещё {plural(rest, 'организация', 'организации', 'организаций')}")


def _district_cells(name: str, tally: Tally, indicators: Indicators) -> list[str]:
    return _district_row(
        name,
        indicators.items_done,
        tally.overdue,
        indicators.pairs,
        indicators.young_covered,
        indicators.consent,
    )


def _district_row(
    name: str, done: Share, overdue: int, pairs: int, young: Share, consent: Share
) -> list[str]:
    return [
        name,
        share_text(done),
        str(overdue),
        str(pairs),
        share_text(young),
        share_text(consent),
    ]


# ---------------------------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell (and in GitHub's HTML)."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    align = ["---:" if index in right else "---" for index in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def to_markdown(result: StatusResult, by: GroupBy = GroupBy.NONE, everything: bool = False) -> str:
    lines = [f"## {_md(heading(result))}", ""]
    revision = revision_text(result)
    if revision:
        lines += [_md(revision), ""]
    org = result.single
    if org is None:
        lines += _md_district(result)
    else:
        lines += _md_repository(org, by, everything)
    return "\n".join(lines).rstrip() + "\n"


def _md_repository(org: RepositoryStatus, by: GroupBy, everything: bool) -> list[str]:
    lines: list[str] = []
    if not org.roadmaps:
        lines += [
            NO_ROADMAPS,
            "",
        ]
    for roadmap in org.roadmaps:
        lines += [f"### {_md(roadmap.title)} ({_md(period_text(roadmap.period))})", ""]
        rows = [
            _md_tally(
                "&nbsp;&nbsp;" * section.depth + f"{_md(section.number)}. {_md(section.title)}",
                section.tally,
            )
            for section in roadmap.sections
        ]
        rows.append(_md_tally(f"**{total_label(roadmap.tally)}**", roadmap.tally))
        columns = ("Раздел", "Выполнено", "Прогресс", "Просрочено", "Скоро срок")
        lines += [*_md_table(columns, rows, {1, 3, 4}), ""]
    lines += [f"### {items_heading(org, everything)}", ""]
    groups = item_view(org, by, everything)
    if not groups:
        lines += [no_items_text(org), ""]
    several = len(org.roadmaps) > 1
    headers = ["№", *(["Карта"] if several else []), "Мероприятие", "Срок", "Когда"]
    headers += ["Ответственный", "Состояние"]
    for group in groups:
        if group.title is not None:
            lines += [f"#### {_md(group.title)}", ""]
        rows = [
            [
                _md(item.number),
                *([_md(PurePosixPath(item.roadmap).stem)] if several else []),
                _md(short(item.title)),
                _md(due_text(item)),
                _md(days_text(item.days, item.state)),
                _md(who_text(item)),
                _md(item.state.label),
            ]
            for item in group.items
        ]
        lines += [*_md_table(headers, rows, set()), ""]
    lines += ["### Наставнические пары и группы", ""]
    if org.pairs:
        headers = ["Наставник", "Наставляемые", "Форма", "Этап", "Следующая встреча"]
        headers += ["Просрочено встреч", "План"]
        rows = [
            [
                _md(pair.mentor),
                _md(", ".join(pair.mentees)),
                _md(pair.form or "—"),
                _md(pair.stage or "—"),
                _md(next_meeting_text(pair)),
                str(pair.meetings_overdue),
                _md(plan_text(pair.plan)),
            ]
            for pair in org.pairs
        ]
        lines += [*_md_table(headers, rows, {5, 6}), "", PLAN_NOTE, ""]
    else:
        lines += ["Наставнических пар нет (папка pairs/ пуста).", ""]
    lines += ["### Показатели", ""]
    rows = [
        [("&nbsp;&nbsp;&nbsp;&nbsp;" if nested else "") + _md(name), _md(value)]
        for name, value, nested in indicator_rows(org.indicators)
    ]
    lines += [*_md_table(["Показатель", "Значение"], rows, {1}), ""]
    note = problems_note(org)
    if note:
        lines += [f"> {_md(note)}", ""]
    return lines


def _md_tally(label: str, tally: Tally) -> list[str]:
    return [
        label,
        f"{tally.done} из {tally.total}",
        _md(bar(tally.done_share)),
        str(tally.overdue),
        str(tally.due_soon),
    ]


def _md_district(result: StatusResult) -> list[str]:
    rows = [
        [_md(cell) for cell in _district_cells(org.name, org.tally, org.indicators)]
        for org in result.organizations
    ]
    totals = result.totals
    total_row = _district_row(
        "Итого",
        totals.items_done,
        totals.tally.overdue,
        totals.pairs,
        totals.young_covered,
        totals.consent,
    )
    rows.append([f"**{_md(cell)}**" for cell in total_row])
    lines = [*_md_table(DISTRICT_COLUMNS, rows, {1, 2, 3, 4, 5}), ""]
    if not result.attention:
        return [*lines, "Организаций, требующих внимания, нет.", ""]
    lines += ["### В первую очередь требуют внимания", ""]
    for number, entry in enumerate(result.attention[:ATTENTION_SHOWN], 1):
        org = result.organizations[entry.organization]
        lines.append(f"{number}. {_md(org.name)}: {_md(reasons_text(entry.reasons))}")
    rest = len(result.attention) - ATTENTION_SHOWN
    if rest > 0:
        lines.append(f"\n… и ещё {plural(rest, 'организация', 'организации', 'организаций')}")
    return [*lines, ""]


# ---------------------------------------------------------------------------------------------
# JSON


def to_json(result: StatusResult) -> str:
    """The JSON of `mentorkit status --format json`; every field is documented in the README."""
    return json.dumps(status_json(result), ensure_ascii=False, indent=2)


def status_json(result: StatusResult) -> dict[str, Any]:
    totals = result.totals
    revision = result.as_of
    return {
        "version": JSON_VERSION,
        "today": result.today.isoformat(),
        "as_of": None
        if revision is None
        else {
            "revision": revision.asked,
            "commits": list(revision.commits),
            "date": revision.date.isoformat(),
            "by_date": revision.by_date,
        },
        "organizations": [_org_json(org) for org in result.organizations],
        "totals": {
            "organizations": totals.organizations,
            **_tally_json(totals.tally),
            "items_done": _share(totals.items_done),
            "items_done_by_today": _share(totals.items_done_by_today),
            "young_specialists_covered": _share(totals.young_covered),
            "consent": _share(totals.consent),
            "plans_at_threshold": _share(totals.plans_at_threshold),
            "pairs": totals.pairs,
            "meetings_overdue": totals.meetings_overdue,
        },
        "attention": [
            {
                "name": result.organizations[entry.organization].name,
                "root": str(result.organizations[entry.organization].root),
                "reasons": [{"kind": reason.value, "count": n} for reason, n in entry.reasons],
            }
            for entry in result.attention
        ],
    }


def _share(share: Share) -> dict[str, Any]:
    return {"count": share.count, "total": share.total, "percent": share.percent}


def _tally_json(tally: Tally) -> dict[str, int]:
    return {
        "items": tally.total,
        "done": tally.done,
        "overdue": tally.overdue,
        "due_soon": tally.due_soon,
        "cancelled": tally.cancelled,
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _period(period: Period) -> dict[str, str]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def _org_json(org: RepositoryStatus) -> dict[str, Any]:
    indicators = org.indicators
    return {
        "name": org.name,
        "full_name": org.full_name,
        "root": str(org.root),
        "soon_days": org.soon_days,
        "totals": {
            **_tally_json(org.tally),
            "pairs": indicators.pairs,
            "meetings_overdue": org.meetings_overdue,
        },
        "indicators": {
            "items_done": _share(indicators.items_done),
            "items_done_by_today": _share(indicators.items_done_by_today),
            "young_specialists_covered": _share(indicators.young_covered),
            "consent": _share(indicators.consent),
            "plans_at_threshold": _share(indicators.plans_at_threshold),
            "pairs_by_form": [{"form": form, "pairs": n} for form, n in indicators.pairs_by_form],
        },
        "roadmaps": [
            {
                "path": roadmap.path,
                "title": roadmap.title,
                "period": _period(roadmap.period),
                "totals": _tally_json(roadmap.tally),
                "sections": [
                    {
                        "number": section.number,
                        "title": section.title,
                        "depth": section.depth,
                        "totals": _tally_json(section.tally),
                    }
                    for section in roadmap.sections
                ],
                "items": [_item_json(item) for item in roadmap.items],
            }
            for roadmap in org.roadmaps
        ],
        "pairs": [_pair_json(pair) for pair in org.pairs],
        "problems": [_problem_json(problem) for problem in org.problems],
    }


def _item_json(item: ItemStatus) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "section": item.section_number,
        "state": item.state.value,
        "deadline": item.deadline,
        "start": _day(item.start),
        "due": _day(item.due),
        "days": item.days,
        "first_due": _day(item.first_due),
        "occurrences": item.occurrences,
        "closed": item.closed,
        "late": item.late_occurrences,
        "done": [day.isoformat() for day in item.done],
        "responsible": list(item.responsible),
        "responsible_people": list(item.responsible_people),
        "cancelled": item.cancelled,
    }


def _pair_json(pair: PairStatus) -> dict[str, Any]:
    meeting = pair.next_meeting
    return {
        "file": pair.file,
        "mentor": pair.mentor,
        "mentees": list(pair.mentees),
        "form": pair.form,
        "order": pair.order,
        "period": _period(pair.period),
        "stage": pair.stage,
        "next_meeting": None
        if meeting is None
        else {"date": meeting.date.isoformat(), "stage": meeting.stage, "days": meeting.days},
        "meetings_planned": pair.meetings_planned,
        "meetings_done": pair.meetings_done,
        "meetings_due": pair.meetings_due,
        "meetings_overdue": pair.meetings_overdue,
        "plan": _share(pair.plan),
        "plan_threshold_met": pair.plan_threshold_met,
    }


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "path": problem.location.path,
        "line": problem.location.line or None,
    }
