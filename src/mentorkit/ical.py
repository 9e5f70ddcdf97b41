"""The deadlines and meetings of a repository as an iCalendar file (RFC 5545), for Yandex, Google
or Outlook calendars: one all-day event per deadline occurrence and per meeting.

Each event has a UID made from what identifies it (file, item title or pair, the occurrence's
place in its series), not from its date: importing the file again after a date moved updates the
event instead of adding a second one. The description names people the way the organisation's
own copy may (152-ФЗ): surname and initials, a minor only by initials and class, a person
without consent not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from mentorkit import __version__
from mentorkit.deadlines import Occurrence, ScheduleKind, read_deadline
from mentorkit.deadlines.lazy import count_before
from mentorkit.load.repository import Repository
from mentorkit.model import Person, numbered_items

# The one rule of which done date closes which deadline.
from mentorkit.progress import close_occurrences
from mentorkit.refs import PeopleIndex, minor_label, normalize, short_name
from mentorkit.shown import text_shown

MAX_ITEM_EVENTS = 1000
"""Events of one item at most (a weekly deadline of 19 years): over a period of centuries the
file would hold hundreds of thousands (319 MB, minutes to write, for 0001–9999)."""

STAGE_TITLES = {
    "знакомство": "Встреча-знакомство",
    "пробная": "Пробная встреча",
    "планирование": "Встреча-планирование",
    "работа": "Совместная работа",
    "итоговая": "Итоговая встреча",
}
NO_CONSENT = "(имя не указано: нет согласия на обработку ПД)"


@dataclass(frozen=True)
class CalendarResult:
    data: bytes
    events: int
    without_date: tuple[str, ...]
    """Items that have no event, and why: «1.3 (срок задаёт другой документ)»."""
    cut: tuple[str, ...] = ()
    """Items whose occurrences are not all in the file, and which are: «2.1 (1000 из 521723:
    с 07.01.2020 по 31.12.2039)»."""


def person_shown(person: Person) -> str:
    """As much of a person as a calendar of the organisation needs."""
    if person.consent is None:
        return NO_CONSENT
    return minor_label(person.name, person.group) if person.is_minor else short_name(person.name)


def people_in_text(text: str, people: PeopleIndex) -> str:
    """Free text with each person in it written as `person_shown` says (one who cannot be told
    apart from a minor: by initials only)."""
    return text_shown(text, people, nominative=True, show=person_shown)


def _ref_shown(ref: str, people: PeopleIndex) -> str:
    found = people.resolve(ref)
    if len(found) == 1:
        return person_shown(found[0].person)
    return people_in_text(ref, people)


def _uid(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@mentorkit"


def _event(uid: str, day: date, summary: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    if day < date.max:
        event.add("dtend", day + timedelta(days=1))
    # else: 31.12.9999 has no next day; without DTEND a one-date event lasts that day (RFC 5545)
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # an all-day reminder, not a busy day
    return event


def build_calendar(repo: Repository, stamp: datetime) -> CalendarResult:
    """The calendar of `repo`; `stamp` (UTC) is when it was made."""
    config = repo.config.model if repo.config else None
    organization = config.organization if config else None
    zone = organization.timezone if organization else "Europe/Moscow"
    people = PeopleIndex(repo.people)
    org_name = (organization.short_name or organization.name) if organization else ""
    org_name = people_in_text(org_name, people)
    calendar = Calendar()
    calendar.add("prodid", f"-//mentorkit//mentorkit {__version__}//RU")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Наставничество — {org_name}" if org_name else "Наставничество")
    calendar.add("x-wr-timezone", zone)
    count = 0
    without: list[str] = []
    cut: list[str] = []
    for doc in repo.roadmaps:
        roadmap = doc.model
        roadmap_title = people_in_text(roadmap.title, people)
        for numbered in numbered_items(roadmap):
            item = numbered.item
            if item.cancelled:
                continue
            if not item.deadline:
                without.append(f"{numbered.number} (срок не указан)")
                continue
            schedule = read_deadline(item.deadline, roadmap.period)
            if not schedule.occurrences:
                understood = schedule.kind != ScheduleKind.NOT_UNDERSTOOD
                why = "срок задаёт другой документ" if understood else "срок не понят"
                without.append(f"{numbered.number} ({why})")
                continue
            occurrences = schedule.occurrences
            closed, _ = close_occurrences(occurrences, sorted(item.done))
            responsible = [people_in_text(t, people) for t in item.responsible]
            co = [people_in_text(t, people) for t in item.co_responsible]
            title = people_in_text(item.title, people)
            shown = _around(occurrences, stamp.date())
            if len(shown) < len(occurrences):
                first, last = occurrences[shown[0]].due, occurrences[shown[-1]].due
                cut.append(
                    f"{numbered.number} ({len(shown)} из {len(occurrences)}: "
                    f"с {_dmy(first)} по {_dmy(last)})"
                )
            for index in shown:
                occurrence = occurrences[index]
                lines = [
                    f"Пункт {numbered.number} дорожной карты: {roadmap_title}",
                    f"Срок: {people_in_text(item.deadline, people)}",
                ]
                start, due = occurrence.start, occurrence.due
                if start is not None and start != due:
                    lines.append(f"Окно: с {start:%d.%m.%Y} по {due:%d.%m.%Y}")
                if responsible:
                    lines.append(f"Ответственные: {'; '.join(responsible)}")
                if co:
                    lines.append(f"Соисполнители: {'; '.join(co)}")
                if index in closed:
                    lines.append("Выполнено")
                lines.append(f"Файл: {doc.path}")
                mark = "✓ " if index in closed else ""
                calendar.add_component(
                    _event(
                        _uid("item", doc.path, normalize(item.title).lower(), str(index)),
                        occurrence.due,
                        f"{mark}{numbered.number} {title}",
                        "\n".join(lines),
                        stamp,
                    )
                )
                count += 1
    for pairs_doc in repo.pairs:
        for p_index, pair in enumerate(pairs_doc.model.pairs):
            mentor = _ref_shown(pair.mentor, people)
            mentees = "; ".join(_ref_shown(m, people) for m in pair.mentees)
            seen: dict[str, int] = {}
            for meeting in pair.meetings:
                ordinal = seen.get(meeting.stage, 0)
                seen[meeting.stage] = ordinal + 1
                stage = STAGE_TITLES.get(meeting.stage, meeting.stage)
                topic = people_in_text(meeting.topic, people) if meeting.topic else ""
                summary = f"{'✓ ' if meeting.done else ''}{stage} — пара {p_index + 1}"
                if topic:
                    summary += f": {topic}"
                lines = [f"Наставник: {mentor}", f"Наставляемые: {mentees}"]
                form = pair.form or pairs_doc.model.form
                if form:
                    lines.append(f"Форма: {people_in_text(form, people)}")
                if meeting.done:
                    lines.append("Встреча проведена")
                lines.append(f"Файл: {pairs_doc.path}")
                key = "\x1e".join([pair.mentor, *sorted(pair.mentees)])
                calendar.add_component(
                    _event(
                        _uid("meeting", pairs_doc.path, key, meeting.stage, str(ordinal)),
                        meeting.date,
                        summary,
                        "\n".join(lines),
                        stamp,
                    )
                )
                count += 1
    return CalendarResult(calendar.to_ical(), count, tuple(without), tuple(cut))


def _dmy(day: date) -> str:
    # %Y writes the year 2 as «2», not «0002».
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _around(occurrences: Sequence[Occurrence], today: date) -> range:
    """The positions of the occurrences put in the file: all of them, or (over a very long
    period) `MAX_ITEM_EVENTS` of them around today — a quarter before it, the rest after."""
    if len(occurrences) <= MAX_ITEM_EVENTS:
        return range(len(occurrences))
    now = count_before(occurrences, today)
    first = max(0, min(now - MAX_ITEM_EVENTS // 4, len(occurrences) - MAX_ITEM_EVENTS))
    return range(first, first + MAX_ITEM_EVENTS)
