"""`mentorkit status` laid out as a neutral page, once, for the terminal and for Markdown.

Nothing reassuring is said about what could not be read: an incomplete repository says first
which files it could not read, and every «нет» below it says that it is about what was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath

from mentorkit.deadlines import Period
from mentorkit.progress import State
from mentorkit.status.figures import NO_FORM, pairs_by_form
from mentorkit.status.page import (
    Block,
    Cell,
    Checklist,
    Column,
    Heading,
    Mark,
    Page,
    Paragraph,
    Row,
    Table,
    cell,
    lines,
)
from mentorkit.status.results import (
    PLAN_THRESHOLD,
    Indicators,
    ItemStatus,
    PairStatus,
    Reason,
    RepositoryStatus,
    Share,
    StatusResult,
    Summary,
    Tally,
    Unread,
)
from mentorkit.status.view import GroupBy, item_view
from mentorkit.words import days, plural

ATTENTION_SHOWN = 10
"""Organisations listed as needing attention in the table and Markdown (JSON lists all)."""
TITLE_LIMIT = 60
BAR_WIDTH = 10
RESPONSIBLE_WIDTH = 30
UNREAD_SHOWN = 5
PLAN_NOTE = (
    "План — доля проведённых встреч индивидуального плана "
    f"(норматив — не менее {PLAN_THRESHOLD} %)."
)
NO_ROADMAPS = (
    "Дорожных карт нет: папка roadmaps/ пуста или её файлы не читаются "
    "(mentorkit check скажет, что с ними)."
)
NO_PAIRS = "Наставнических пар нет (папка pairs/ пуста)."

STATE_MARKS = {
    State.OVERDUE: Mark.BAD,
    State.NOT_UNDERSTOOD: Mark.BAD,
    State.DUE_SOON: Mark.WARN,
    State.DONE: Mark.OK,
}


# ---------------------------------------------------------------------------------------------
# Words and numbers


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


def period_short(period: Period) -> str:
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
    count = len(result.summaries) + len(result.unreadable)
    orgs = plural(count, "организация", "организации", "организаций")
    return f"Программы наставничества: {orgs}, состояние на {result.today:%d.%m.%Y}"


def items_heading(org: RepositoryStatus, everything: bool) -> str:
    if everything:
        return "Все мероприятия"
    return f"Просрочено, срок не понят и срок в ближайшие {days(org.soon_days)}"


def no_items_text(org: RepositoryStatus) -> str:
    soon = days(org.soon_days)
    text = (
        f"Просроченных мероприятий, мероприятий с непонятым сроком и со сроком в ближайшие "
        f"{soon} нет"
    )
    if org.complete:
        return text + "."
    return text + " среди прочитанных — но прочитано не всё (см. выше)."


def unread_text(unread: Sequence[Unread], root: object) -> str:
    """Which files could not be read, the first few with their line, and where to see why."""
    places = []
    for part in unread[:UNREAD_SHOWN]:
        places.append(f"{part.path}:{part.line}" if part.line else part.path)
    rest = len(unread) - UNREAD_SHOWN
    more = f" и ещё {rest}" if rest > 0 else ""
    return (
        f"Прочитано не всё, числа ниже неполные. Не удалось прочитать: {', '.join(places)}{more}. "
        f"Что исправить — mentorkit check {root}"
    )


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


REASONS: dict[Reason, str] = {
    Reason.LOAD_ERRORS: "не прочитано (ошибок в файлах)",
    Reason.NO_ROADMAP: "нет дорожной карты",
    Reason.OVERDUE_ITEMS: "просроченных мероприятий",
    Reason.YOUNG_UNCOVERED: "молодых специалистов без наставника",
    Reason.WITHOUT_CONSENT: "участников без согласия на обработку ПД",
    Reason.MEETINGS_OVERDUE: "просроченных встреч",
    Reason.STALE_PAIRS: "пар без встреч",
    Reason.MISSING_ACTS: "документов пакета не хватает",
}


def reasons_text(reasons: Sequence[tuple[Reason, int]]) -> str:
    return "; ".join(
        REASONS[reason] if reason == Reason.NO_ROADMAP else f"{REASONS[reason]}: {n}"
        for reason, n in reasons
    )


def problems_note(org: RepositoryStatus) -> str | None:
    """Problems that left nothing unread (a stray file): said under the figures."""
    if not org.problems or not org.complete:
        return None
    files = len({p.location.path for p in org.problems})
    return (
        f"При чтении найдены проблемы ({len(org.problems)}, "
        f"{plural(files, 'файл', 'файла', 'файлов')}): числа выше их не учитывают. "
        f"Подробности: mentorkit check {org.root}"
    )


# ---------------------------------------------------------------------------------------------
# The page


def status_page(result: StatusResult, by: GroupBy = GroupBy.NONE, everything: bool = False) -> Page:
    blocks: list[Block] = [Heading(heading(result), 1)]
    revision = revision_text(result)
    if revision:
        blocks.append(Paragraph(revision, tight=True))
    org = result.single
    if org is None:
        blocks += _district(result)
    else:
        blocks += _repository(org, by, everything)
    return Page(tuple(blocks))


def _unread_in(org: RepositoryStatus, folder: str) -> list[str]:
    return sorted({u.path for u in org.unread if u.path.startswith(folder)})


def _repository(org: RepositoryStatus, by: GroupBy, everything: bool) -> list[Block]:
    blocks: list[Block] = []
    if not org.complete:
        blocks.append(Paragraph(unread_text(org.unread, org.root), Mark.BAD))
    if not org.roadmaps:
        unread = _unread_in(org, "roadmaps/")
        if unread:
            blocks.append(Paragraph(f"Дорожные карты не прочитаны: {', '.join(unread)}.", Mark.BAD))
        else:
            blocks.append(Paragraph(NO_ROADMAPS))
    for roadmap in org.roadmaps:
        rows = [
            Row(_tally_cells(cell(f"{s.number}. {s.title}", indent=s.depth), s.tally))
            for s in roadmap.sections
        ]
        rows.append(Row(_tally_cells(cell(total_label(roadmap.tally)), roadmap.tally), total=True))
        blocks.append(
            Table(
                f"{roadmap.title} ({period_short(roadmap.period)})",
                (
                    Column("Раздел"),
                    Column("Выполнено", right=True, keep=True),
                    Column("Прогресс", keep=True),
                    Column("Просрочено", short="Просроч.", right=True, keep=True),
                    Column("Скоро срок", right=True, keep=True),
                ),
                tuple(rows),
            )
        )
    blocks.append(_items(org, by, everything))
    blocks += _pairs(org)
    blocks.append(
        Checklist(
            "Пакет документов на текущий период"
            + (
                ""
                if org.package_kept
                else " (положение и акты без приказа — в acts: mentorkit.yaml)"
            ),
            tuple(
                (act.present, act.label + (f" — {act.source}" if act.source else ""))
                for act in org.acts
            ),
        )
    )
    indicators = Table(
        "Показатели" if org.complete else "Показатели (неполные: прочитано не всё)",
        (Column("Показатель"), Column("Значение", right=True)),
        tuple(
            Row(
                (
                    cell(name, indent=2 if nested else 0),
                    cell(value, None if org.complete else Mark.WARN),
                )
            )
            for name, value, nested in indicator_rows(org.indicators)
        ),
    )
    blocks.append(indicators)
    note = problems_note(org)
    if note:
        blocks.append(Paragraph(note, Mark.WARN))
    return blocks


def _tally_cells(label: Cell, tally: Tally) -> tuple[Cell, ...]:
    return (
        label,
        cell(f"{tally.done} из {tally.total}"),
        cell(bar(tally.done_share)),
        cell(str(tally.overdue), Mark.BAD if tally.overdue else None),
        cell(str(tally.due_soon), Mark.WARN if tally.due_soon else None),
    )


def _items(org: RepositoryStatus, by: GroupBy, everything: bool) -> Block:
    groups = item_view(org, by, everything)
    if not groups:
        return Paragraph(no_items_text(org), None if org.complete else Mark.WARN)
    several = len(org.roadmaps) > 1
    columns = [Column("№", keep=True)]
    if several:
        columns.append(Column("Карта"))
    columns += [
        Column("Мероприятие", wide=True),
        Column("Срок", keep=True),
        Column("Когда", keep=True),
        Column("Ответственный", short="Ответств.", limit=RESPONSIBLE_WIDTH),
        Column("Состояние", keep=True),
    ]
    rows: list[Row] = []
    for group in groups:
        if group.title is not None:
            rows.append(Row(tuple(cell("") for _ in columns), group=group.title))
        for item in group.items:
            mark = STATE_MARKS.get(item.state)
            cells = [cell(item.number)]
            if several:
                cells.append(cell(PurePosixPath(item.roadmap).stem))
            cells += [
                cell(short(item.title)),
                cell(due_text(item)),
                cell(days_text(item.days, item.state), mark),
                cell(who_text(item)),
                cell(item.state.label, mark),
            ]
            rows.append(Row(tuple(cells)))
    return Table(items_heading(org, everything), tuple(columns), tuple(rows))


def _pairs(org: RepositoryStatus) -> list[Block]:
    if not org.pairs:
        unread = _unread_in(org, "pairs/")
        if unread:
            return [Paragraph(f"Пары не прочитаны: {', '.join(unread)}.", Mark.BAD)]
        return [Paragraph(NO_PAIRS)]
    blocks: list[Block] = [Heading("Наставнические пары и группы")]
    groups = pairs_by_form(org.pairs)
    for index, (form, members) in enumerate(groups):
        blocks.append(
            Table(
                f"Форма «{form}»" if form != NO_FORM else "Форма не указана",
                (
                    Column("Наставник", keep=True),
                    Column("Наставляемые", keep=True),
                    Column("Этап", keep=True),
                    Column("Следующая встреча"),
                    Column("Просрочено встреч", right=True),
                    Column("План", right=True, keep=True),
                ),
                tuple(Row(_pair_cells(pair)) for pair in members),
                subtitle=True,
                note=PLAN_NOTE if index == len(groups) - 1 else None,
            )
        )
    stale = org.stale_pairs
    if stale:
        quiet = ", ".join(_quiet_text(pair) for pair in stale)
        blocks.append(
            Paragraph(
                f"Без проведённых встреч {days(org.stale_days)} и дольше: {quiet}.", Mark.WARN
            )
        )
    return blocks


def _quiet_text(pair: PairStatus) -> str:
    since = f"последняя {pair.last_held:%d.%m.%Y}" if pair.last_held else "ни одной встречи"
    return f"{pair.mentor} → {', '.join(pair.mentees)} ({since}, {days(pair.quiet_days or 0)})"


def _pair_cells(pair: PairStatus) -> tuple[Cell, ...]:
    meeting = pair.next_meeting
    return (
        cell(pair.mentor),
        lines(*pair.mentees),
        cell(pair.stage or "—"),
        lines(f"{meeting.date:%d.%m.%Y}", meeting.stage) if meeting else cell("—"),
        cell(str(pair.meetings_overdue), Mark.BAD if pair.meetings_overdue else None),
        cell(plan_text(pair.plan), Mark.OK if pair.plan_threshold_met else None),
    )


DISTRICT_COLUMNS = (
    Column("Организация", wide=True),
    Column("Папка"),
    Column("Выполнено", right=True, keep=True),
    Column("Просрочено", short="Просроч.", right=True, keep=True),
    Column("Пар", right=True, keep=True),
    Column("Молодые в парах", right=True, keep=True),
    Column("Согласия", right=True, keep=True),
)


def _district(result: StatusResult) -> list[Block]:
    blocks: list[Block] = []
    partial = [org for org in result.summaries if not org.complete]
    if partial or result.unreadable:
        names = [f"{org.name} ({org.folder})" for org in partial]
        names += [f"папка {u.path} ({u.reason})" for u in result.unreadable]
        blocks.append(
            Paragraph(
                f"Прочитано не всё: {'; '.join(names)}. Эти организации в итог не входят; "
                "подробности — mentorkit check в папке каждой.",
                Mark.BAD,
            )
        )
    rows = [Row(_district_cells(org)) for org in result.summaries]
    rows += [
        Row(
            (
                cell("не прочитана", Mark.BAD),
                cell(str(u.path)),
                cell(f"папка не читается: {u.reason}", Mark.BAD),
                *(cell("—") for _ in DISTRICT_COLUMNS[3:]),
            )
        )
        for u in result.unreadable
    ]
    totals = result.totals
    label = "Итого"
    if totals.counted != len(result.summaries) or result.unreadable:
        label = f"Итого по {totals.counted} из {len(result.summaries) + len(result.unreadable)}"
    rows.append(
        Row(
            (
                cell(label),
                cell(""),
                cell(share_text(totals.items_done)),
                cell(str(totals.tally.overdue)),
                cell(str(totals.pairs)),
                cell(share_text(totals.young_covered)),
                cell(share_text(totals.consent)),
            ),
            total=True,
        )
    )
    blocks.append(Table("Организации", DISTRICT_COLUMNS, tuple(rows)))
    if not result.attention:
        blocks.append(Paragraph("Организаций, требующих внимания, нет."))
        return blocks
    blocks.append(Heading("В первую очередь требуют внимания"))
    for number, entry in enumerate(result.attention[:ATTENTION_SHOWN], 1):
        org = result.summaries[entry.organization]
        text = f"{number}. {org.name} ({org.folder}): {reasons_text(entry.reasons)}"
        blocks.append(Paragraph(text, tight=True))
    rest = len(result.attention) - ATTENTION_SHOWN
    if rest > 0:
        more = plural(rest, "организация", "организации", "организаций")
        blocks.append(Paragraph(f"… и ещё {more}", tight=True))
    return blocks


def _district_cells(org: Summary) -> tuple[Cell, ...]:
    if not org.complete:
        return (
            cell(org.name),
            cell(org.folder),
            cell("не прочитана", Mark.BAD),
            *(cell("—") for _ in DISTRICT_COLUMNS[3:]),
        )
    return (
        cell(org.name),
        cell(org.folder),
        cell(share_text(org.items_done)),
        cell(str(org.tally.overdue), Mark.BAD if org.tally.overdue else None),
        cell(str(org.pairs)),
        cell(share_text(org.young_covered)),
        cell(share_text(org.consent)),
    )
