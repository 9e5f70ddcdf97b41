"""`mentorkit report` laid out as a neutral page: the form, the indicators with their numerators
and denominators, the chart of items done by month and every list behind the figures — for the
terminal, Markdown, the .xlsx workbook and the .docx «Аналитическая справка» alike."""

from __future__ import annotations

from mentorkit.model.report_form import ReportForm
from mentorkit.status.forms import form_value
from mentorkit.status.monitoring import Indicator, Monitoring, RollUp
from mentorkit.status.page import (
    Block,
    Cell,
    Chart,
    Column,
    Heading,
    Mark,
    Page,
    Paragraph,
    Row,
    Table,
    cell,
)
from mentorkit.status.pages import share_text, unread_text
from mentorkit.words import plural

INDICATOR_COLUMNS = (
    Column("Показатель", wide=True),
    Column("Числитель", right=True, keep=True),
    Column("Знаменатель", short="Знамен.", right=True, keep=True),
    Column("%", right=True, keep=True),
    Column("Норматив", short="Норм.", right=True, keep=True),
    Column("Список", limit=30),
)


def _number(value: str | int | float | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _mark(indicator: Indicator) -> Mark | None:
    share = indicator.share
    if share is None or share.percent is None or indicator.target is None:
        return None
    if indicator.target == 0:
        return Mark.OK if share.count == 0 else Mark.WARN
    return Mark.OK if share.percent >= indicator.target else Mark.WARN


def _indicator_row(indicator: Indicator, lists: dict[str, str]) -> Row:
    share = indicator.share
    percent = None if share is None else share.percent
    return Row(
        (
            cell(indicator.title),
            cell(str(indicator.count)),
            cell(_number(indicator.total)),
            cell(_number(percent), _mark(indicator)),
            cell("—" if indicator.target is None else f"{indicator.target} %"),
            cell(lists.get(indicator.listing or "", "—")),
        )
    )


def _form_table(form: ReportForm, rows: list[Row]) -> Table:
    columns = tuple(
        Column(column.header, right=column.value.split(".")[0] not in _TEXTS)
        for column in form.columns
    )
    return Table(form.title, columns, tuple(rows), sheet=(form.sheet or "Форма")[:31])


_TEXTS = {"organization", "full_name", "folder", "period"}


def _form_row(form: ReportForm, org: Monitoring) -> Row:
    return Row(tuple(cell(_number(form_value(column, org))) for column in form.columns))


MAX_MONTHS = 120
"""Months in the chart at most (ten years): a span of centuries would draw thousands of rows."""


def _chart(title: str, by_month: tuple[tuple[str, int, int], ...]) -> list[Block]:
    """The chart by month; of a span longer than `MAX_MONTHS` months, its last months, and a
    line that says so (the .json report has every month)."""
    blocks: list[Block] = []
    if len(by_month) > MAX_MONTHS:
        blocks.append(
            Paragraph(
                f"{title}: показаны последние {MAX_MONTHS} месяцев из {len(by_month)} "
                "(все месяцы — в отчёте .json: -o отчёт.json).",
                tight=True,
            )
        )
        by_month = by_month[-MAX_MONTHS:]
    chart = Chart(
        title,
        tuple(month for month, _, _ in by_month),
        (
            ("Срок в месяце", tuple(due for _, due, _ in by_month)),
            ("Выполнено", tuple(done for _, _, done in by_month)),
        ),
    )
    return [*blocks, chart]


def monitoring_page(
    org: Monitoring, form: ReportForm | None = None, everything: bool = True
) -> Page:
    """The report of one organisation; `everything` adds the lists behind the figures."""
    blocks: list[Block] = [
        Heading(f"{org.name} — реализация целевой модели наставничества {org.span.label}", 1),
        Paragraph(_as_of_text(org), tight=True),
    ]
    if not org.complete:
        blocks.append(Paragraph(unread_text(org.unread, org.root), Mark.BAD))
    if form is not None:
        blocks.append(_form_table(form, [_form_row(form, org)]))
    lists = {listing.key: listing.title for listing in org.listings}
    blocks.append(
        Table(
            "Показатели" if org.complete else "Показатели (неполные: прочитано не всё)",
            INDICATOR_COLUMNS,
            tuple(_indicator_row(indicator, lists) for indicator in org.indicators),
            sheet="Показатели",
        )
    )
    if org.forms:
        blocks.append(
            Table(
                "Пары и группы по формам наставничества",
                (
                    Column("Форма наставничества", wide=True),
                    Column("Пар и групп", right=True, keep=True),
                ),
                tuple(Row((cell(form), cell(str(n)))) for form, n in org.forms),
                sheet="Формы",
            )
        )
    blocks += _chart("Мероприятия по месяцам: срок и выполнение", org.by_month)
    if everything:
        for listing in org.listings:
            blocks.append(
                Table(
                    listing.title,
                    tuple(Column(title) for title in listing.columns),
                    tuple(Row(tuple(cell(text) for text in row)) for row in listing.rows)
                    or (
                        Row(tuple(cell("—" if i else "нет") for i in range(len(listing.columns)))),
                    ),
                    sheet=listing.title[:31],
                )
            )
    return Page(tuple(blocks))


def _as_of_text(org: Monitoring) -> str:
    text = f"Данные на {org.as_of:%d.%m.%Y}"
    if org.as_of < org.span.end:
        text += " (период ещё не закончился)"
    return text + "."


ROLLUP_COLUMNS = (
    Column("Организация", wide=True),
    Column("Папка"),
    Column("Выполнено", right=True, keep=True),
    Column("Просрочено", short="Просроч.", right=True, keep=True),
    Column("Пар", right=True, keep=True),
    Column("Молодые в парах", right=True, keep=True),
    Column("Без согласия", right=True, keep=True),
    Column("Пар без встреч", right=True, keep=True),
    Column("Документы", short="Докум.", right=True, keep=True),
)


def _share_text(indicator: Indicator) -> str:
    """«4 из 12 · 33 %» as in `status`; a plain count where there is no denominator."""
    share = indicator.share
    return str(indicator.count) if share is None else share_text(share)


def _rollup_cells(name: str, folder: str, get: dict[str, Indicator]) -> tuple[Cell, ...]:
    return (
        cell(name),
        cell(folder),
        cell(_share_text(get["items_done"])),
        cell(str(get["items_overdue"].count), Mark.BAD if get["items_overdue"].count else None),
        cell(str(get["pairs"].count)),
        cell(_share_text(get["young_covered"])),
        cell(str(get["without_consent"].count)),
        cell(str(get["stale_pairs"].count)),
        cell(f"{get['acts_present'].count} из {get['acts_present'].total}"),
    )


def rollup_page(rollup: RollUp, form: ReportForm | None = None) -> Page:
    count = len(rollup.organizations) + len(rollup.not_loaded)
    orgs = plural(count, "организация", "организации", "организаций")
    blocks: list[Block] = [
        Heading(f"Сводный отчёт: {orgs}, {rollup.span.label}", 1),
        Paragraph(
            f"Данные на {min(rollup.span.end, rollup.today):%d.%m.%Y}. Итог — по "
            f"{len(rollup.organizations)} из {count}: не загруженные в него не входят.",
            tight=True,
        ),
    ]
    if rollup.not_loaded:
        names = "; ".join(f"{n.name} ({n.folder}): {n.reason}" for n in rollup.not_loaded)
        blocks.append(Paragraph(f"Не загружены, в итог не входят: {names}.", Mark.BAD))
    if form is not None:
        rows = [_form_row(form, org) for org in rollup.organizations]
        rows += [
            Row(
                tuple(
                    cell(
                        n.name
                        if c.value == "organization"
                        else n.folder
                        if c.value == "folder"
                        else "не загружена",
                        None if c.value in _TEXTS else Mark.BAD,
                    )
                    for c in form.columns
                )
            )
            for n in rollup.not_loaded
        ]
        blocks.append(_form_table(form, rows))
    totals = {indicator.key: indicator for indicator in rollup.totals}
    rows = [
        Row(_rollup_cells(org.name, org.folder, {i.key: i for i in org.indicators}))
        for org in rollup.organizations
    ]
    rows += [
        Row(
            (
                cell(n.name),
                cell(n.folder),
                cell("не загружена", Mark.BAD),
                *(cell("—") for _ in ROLLUP_COLUMNS[3:]),
            )
        )
        for n in rollup.not_loaded
    ]
    rows.append(
        Row(
            _rollup_cells(f"Итого по {len(rollup.organizations)} из {count}", "", totals),
            total=True,
        )
    )
    blocks.append(Table("Организации", ROLLUP_COLUMNS, tuple(rows), sheet="Организации"))
    blocks.append(
        Table(
            "Показатели, итого",
            INDICATOR_COLUMNS[:5],
            tuple(Row(_indicator_row(i, {}).cells[:5]) for i in rollup.totals),
            sheet="Итого",
        )
    )
    attention = tuple(
        Row((cell(org), cell(what), cell(detail))) for org, what, detail in rollup.attention
    )
    blocks.append(
        Table(
            "Требует внимания",
            (Column("Организация"), Column("Что"), Column("Подробно", wide=True)),
            attention,
            sheet="Требует внимания",
        )
    )
    months: dict[str, tuple[int, int]] = {}
    for org in rollup.organizations:
        for month, due, done in org.by_month:
            before = months.get(month, (0, 0))
            months[month] = (before[0] + due, before[1] + done)
    by_month = tuple((month, due, done) for month, (due, done) in months.items())
    blocks += _chart("Мероприятия по месяцам (итого): срок и выполнение", by_month)
    return Page(tuple(blocks))
