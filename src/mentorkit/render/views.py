"""The parts documents share, as templates see them: a roadmap as a table, a pair with its
individual plan, a person, the corner marks («Приложение 1 …», «УТВЕРЖДЕНА …»)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mentorkit.load.repository import Doc, PersonEntry, Repository
from mentorkit.model import PairsFile, Roadmap
from mentorkit.model.people import Case
from mentorkit.model.roadmap import Column, Item, numbered_items
from mentorkit.render import grammar
from mentorkit.render.cast import Cast, is_student
from mentorkit.render.context import (
    ColumnView,
    MeetingView,
    OrganizationView,
    PairView,
    PersonView,
    PointView,
    RoadmapView,
    RowView,
    SignatureView,
)
from mentorkit.render.grammar import format_date

COLUMN_TITLES: dict[Column, str] = {
    "number": "№ п/п",
    "title": "Наименование мероприятия",
    "activities": "Содержание деятельности",
    "deadline": "Срок",
    "responsible": "Ответственный",
    "co_responsible": "Соисполнители",
    "document": "Вид документа",
    "result": "Ожидаемый результат",
    "indicators": "Показатели эффективности",
}

STAGE_TITLES = {
    "знакомство": "Встреча-знакомство",
    "пробная": "Пробная встреча",
    "планирование": "Встреча-планирование",
    "работа": "Совместная работа",
    "итоговая": "Итоговая встреча",
}


def point_views(texts: list[str], start: int = 1) -> tuple[PointView, ...]:
    """Numbered points; a point's further lines (its «- …» sub-points) kept apart as `rest`."""
    points = []
    for number, text in enumerate(texts, start):
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        points.append(PointView(str(number), "\n".join(lines), lines[0], tuple(lines[1:])))
    return tuple(points)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def person_view(cast: Cast, entry: PersonEntry) -> PersonView:
    person = entry.person
    position = person.position or ""
    if is_student(person):
        position = grammar.student(person.group, "nominative", cast.gender(entry))
    return PersonView(
        name=cast.name(entry),
        short=cast.short(entry),
        position=position,
        description=cast.describe(entry),
    )


def with_apposition(cast: Cast, entry: PersonEntry, case: Case) -> str:
    """The person described in `case`, closed by a comma when the description has an apposition
    («Петровой Анне Андреевне, учителю математики,») so that the sentence can go on."""
    text = cast.describe(entry, case)
    return f"{text}," if "," in text else text


def _percent(done: int, total: int) -> int:
    return (200 * done + total) // (2 * total) if total else 0


def order_reference(repo: Repository, number: str) -> str:
    """«от 25.09.2023 № 150» when the repository has that order, else «№ 150»."""
    docs = repo.order_by_number(number)
    if len(docs) == 1:
        return f"от {format_date(docs[0].model.date)} № {number}"
    return f"№ {number}"


def approval_mark(word: str, organization: OrganizationView, number: str, day: date) -> str:
    """«УТВЕРЖДЕНА / приказом Управления образованием Ивантеевского МР / от … № …»."""
    return f"{word}\nприказом {organization.genitive}\nот {format_date(day)} № {number}"


def appendix_mark(number: int, reference: str) -> str:
    return f"Приложение {number}\nк приказу {reference}"


# --- roadmaps --------------------------------------------------------------------------------


def _activities(text: Callable[..., str], item: Item) -> str:
    return "\n".join(
        text(a if a[:1] in "-–—•" else f"– {a}", "activities", i)
        for i, a in enumerate(item.activities)
    )


def _item_cells(
    cast: Cast, doc: Doc[Roadmap], item: Item, number: str, keys: tuple[str | int, ...]
) -> tuple[str, ...]:
    role = f"пункт {number} дорожной карты"

    def text(value: str, *key: str | int) -> str:
        return cast.text(value, doc.at(*keys, *key), role)

    cells: list[str] = []
    for column in doc.model.columns:
        if column == "number":
            cells.append(number)
        elif column == "title":
            title = text(item.title, "title")
            if item.activities and "activities" not in doc.model.columns:
                # No column of their own: the activities go under the title, as in the originals.
                title = title.rstrip(":") + ":\n" + _activities(text, item)
            if item.cancelled:
                title += f"\n(мероприятие отменено: {text(item.cancelled, 'cancelled')})"
            cells.append(title)
        elif column == "activities":
            cells.append(_activities(text, item))
        elif column in ("responsible", "co_responsible"):
            values = item.responsible if column == "responsible" else item.co_responsible
            cells.append("\n".join(text(v, column, i) for i, v in enumerate(values)))
        else:
            value = getattr(item, column)
            cells.append(text(value, column) if value else "")
    return tuple(cells)


def roadmap_view(cast: Cast, doc: Doc[Roadmap], mark: str) -> RoadmapView:
    """The roadmap as a table: a row per section and per item, in the roadmap's columns."""
    roadmap = doc.model
    numbered = iter(numbered_items(roadmap))
    numbers_shown = "number" in roadmap.columns
    rows: list[RowView] = []

    def items(count: int) -> None:
        for _ in range(count):
            entry = next(numbered)
            cells = _item_cells(cast, doc, entry.item, entry.number, entry.keys)
            rows.append(RowView(False, entry.number, entry.item.title, cells))

    def heading(number: str, title: str, keys: tuple[str | int, ...]) -> None:
        title = cast.text(title, doc.at(*keys, "title"), f"раздел {number} дорожной карты")
        rows.append(RowView(True, number, f"{number}. {title}" if numbers_shown else title, ()))

    items(len(roadmap.items))
    for s_index, section in enumerate(roadmap.sections):
        s_number = (section.number or str(s_index + 1)).rstrip(".")
        heading(s_number, section.title, ("sections", s_index))
        items(len(section.items))
        for ss_index, sub in enumerate(section.sections):
            ss_number = (sub.number or f"{s_number}.{ss_index + 1}").rstrip(".")
            heading(ss_number, sub.title, ("sections", s_index, "sections", ss_index))
            items(len(sub.items))
    return RoadmapView(
        title=cast.text(roadmap.title, doc.at("title"), "заголовок дорожной карты"),
        period=grammar.period_text(roadmap.period),
        mark=mark,
        goal=cast.text(roadmap.goal, doc.at("goal"), "цель дорожной карты") if roadmap.goal else "",
        tasks=tuple(
            cast.text(task, doc.at("tasks", i), "задачи дорожной карты")
            for i, task in enumerate(roadmap.tasks)
        ),
        columns=tuple(ColumnView(key, COLUMN_TITLES[key]) for key in roadmap.columns),
        rows=tuple(rows),
    )


# --- pairs -----------------------------------------------------------------------------------


def pair_view(
    cast: Cast,
    repo: Repository,
    doc: Doc[PairsFile],
    index: int,
    mark: str,
    approved: bool = False,
) -> PairView | None:
    """One pair with its individual plan; None when a person in it cannot be found (the cast
    then holds the reason). `approved`: the plan is appended to the order that approves it, and
    shows the plan as approved — no meeting marked held, no progress."""
    pair = doc.model.pairs[index]
    label = f"в паре {index + 1} файла {doc.path}"
    mentor = cast.person(pair.mentor, doc.at("pairs", index, "mentor"), f"наставник {label}")
    mentees = [
        cast.person(ref, doc.at("pairs", index, "mentees", i), f"наставляемый {label}")
        for i, ref in enumerate(pair.mentees)
    ]
    if mentor is None or any(entry is None for entry in mentees):
        return None
    found = [entry for entry in mentees if entry is not None]
    meetings = tuple(
        MeetingView(
            number=i + 1,
            stage=STAGE_TITLES[meeting.stage],
            topic=cast.text(
                meeting.topic, doc.at("pairs", index, "meetings", i, "topic"), f"встреча {label}"
            )
            if meeting.topic
            else "",
            date=format_date(meeting.date),
            done="проведена" if meeting.done and not approved else "",
        )
        for i, meeting in enumerate(pair.meetings)
    )
    done = sum(1 for meeting in pair.meetings if meeting.done)
    total = len(pair.meetings)
    if approved:
        progress = ""
    elif total:
        progress = f"Проведено встреч: {done} из {total} ({_percent(done, total)} %)"
    else:
        progress = "Встречи не запланированы"
    mentee_views = tuple(person_view(cast, entry) for entry in found)
    signatures = [SignatureView("Наставник", cast.signature(mentor))]
    roles = ["Наставляемая" if cast.gender(entry) == "f" else "Наставляемый" for entry in found]
    for role, entry in zip(roles, found, strict=True):
        signatures.append(SignatureView(role, cast.signature(entry)))
    return PairView(
        number=index + 1,
        form=pair.form or doc.model.form or "",
        goal=cast.text(pair.goal, doc.at("pairs", index, "goal"), f"цель {label}")
        if pair.goal
        else "",
        period=grammar.period_text(doc.model.period),
        mentor=person_view(cast, mentor),
        mentees=mentee_views,
        mentees_text="\n".join(view.description for view in mentee_views),
        mentees_title=roles[0] if len(roles) == 1 else "Наставляемые",
        meetings=meetings,
        progress=progress,
        order=order_reference(repo, pair.order) if pair.order else "",
        mark=mark,
        signatures=tuple(signatures),
    )
