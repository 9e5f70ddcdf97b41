"""`mentorkit report`: the indicators the authorities ask for, over a span of days, each with its
numerator, its denominator and the list it was counted from, so that a methodologist can check
any figure.

Built on the figures of `status` (computed once, on the last day of the span or today, whichever
is earlier) and on the roadmaps' schedules for what fell due inside the span. People are listed
as the organisation's own copy allows: adults as «Фамилия И.О.», minors by initials and class
only (152-ФЗ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from mentorkit.checks.coverage import covered_people, young_specialists
from mentorkit.deadlines import Period, month_end
from mentorkit.deadlines.lazy import between, run
from mentorkit.errors import RepositoryNotFound, UsageError
from mentorkit.gcpause import collector_paused
from mentorkit.load.discover import discover
from mentorkit.load.repository import PersonEntry, Repository, find_root, load_repository
from mentorkit.model import DocumentProfile, numbered_items
from mentorkit.progress import close_occurrences, schedule_of
from mentorkit.refs import PeopleIndex, short_name
from mentorkit.shown import person_shown, text_shown
from mentorkit.status.figures import figures, pairs_by_form
from mentorkit.status.pool import Progress, each
from mentorkit.status.results import PLAN_THRESHOLD, PairStatus, RepositoryStatus, Share, Unread
from mentorkit.status.view import MONTHS
from mentorkit.words import parse_day

PUPILS_TARGET = 70
"""The federal target: 70 % of the pupils in mentoring."""

# ---------------------------------------------------------------------------------------------
# The span


@dataclass(frozen=True)
class Span:
    start: date
    end: date

    @property
    def label(self) -> str:
        return f"с {self.start:%d.%m.%Y} по {self.end:%d.%m.%Y}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> Iterator[tuple[int, int]]:
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[QqКк]([1-4])\s*$")
_HALF = re.compile(r"^\s*(\d{4})\s*-?\s*[HhПп]([12])\s*$")


def _day(text: str, option: str) -> date:
    try:
        day = parse_day(text)
    except ValueError:
        day = None
    if day is None:
        raise UsageError(f"{option}: «{text}» — не дата; пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ")
    return day


def parse_span(
    today: date,
    start: str | None = None,
    end: str | None = None,
    quarter: str | None = None,
    half: str | None = None,
    year: str | None = None,
) -> Span:
    """The span the options name; without one, the school year of `today` up to `today`."""
    given = [
        name
        for name, value in (
            ("--from/--to", start or end),
            ("--quarter", quarter),
            ("--half", half),
            ("--year", year),
        )
        if value
    ]
    if len(given) > 1:
        raise UsageError(f"период задан дважды ({', '.join(given)}): укажите что-то одно")
    if quarter:
        match = _QUARTER.match(quarter)
        if not match:
            raise UsageError(f"--quarter: «{quarter}» — не квартал; пишите 2024-Q3")
        first = date(int(match[1]), 3 * int(match[2]) - 2, 1)
        return Span(first, month_end(first.year, first.month + 2))
    if half:
        match = _HALF.match(half)
        if not match:
            raise UsageError(f"--half: «{half}» — не полугодие; пишите 2024-H2")
        first = date(int(match[1]), 1 if match[2] == "1" else 7, 1)
        return Span(first, month_end(first.year, first.month + 5))
    if year:
        try:
            period = Period.parse(year.strip())
        except ValueError as error:
            raise UsageError(f"--year: {error}") from None
        return Span(period.start, period.end)
    if start or end:
        if not (start and end):
            raise UsageError(
                "--from и --to задаются вместе: например --from 2024-01-01 --to 2024-03-31"
            )
        span = Span(_day(start, "--from"), _day(end, "--to"))
        if span.end < span.start:
            raise UsageError("--to раньше --from: поменяйте даты местами")
        return span
    school_year = Period.academic_year_of(today)
    return Span(school_year.start, today)


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Listing:
    """The list a figure was counted from, as a table."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Indicator:
    key: str
    title: str
    count: int
    total: int | None
    """The denominator; None for a plain count."""
    listing: str | None = None
    """The key of the list it was counted from."""
    target: int | None = None
    """The share the authorities expect, %."""

    @property
    def share(self) -> Share | None:
        return None if self.total is None else Share(self.count, self.total)


@dataclass(frozen=True)
class Monitoring:
    name: str
    full_name: str | None
    root: Path
    folder: str
    span: Span
    as_of: date
    indicators: tuple[Indicator, ...]
    listings: tuple[Listing, ...]
    by_month: tuple[tuple[str, int, int], ...]
    """(month, occurrences due in it, items done in it) for every month of the span."""
    forms: tuple[tuple[str, int], ...]
    """Pairs and groups by form."""
    unread: tuple[Unread, ...]
    profile: DocumentProfile = field(default_factory=DocumentProfile)
    """The organisation's document profile, for the .docx справка."""

    @property
    def complete(self) -> bool:
        return not self.unread

    def indicator(self, key: str) -> Indicator:
        return next(indicator for indicator in self.indicators if indicator.key == key)

    def listing(self, key: str) -> Listing:
        return next(listing for listing in self.listings if listing.key == key)


INDICATORS: dict[str, str] = {
    "items_due": "Мероприятий дорожной карты со сроком в периоде",
    "items_done": "Выполнено из них",
    "items_done_late": "Выполнено с опозданием",
    "items_overdue": "Просрочено (срок прошёл, не выполнено)",
    "items_with_evidence": "Выполненные с подтверждением (evidence)",
    "pairs": "Наставнических пар и групп",
    "mentors": "Наставников",
    "mentees": "Наставляемых",
    "young_covered": "Молодые специалисты (стаж до 5 лет), закреплённые за наставником",
    "pupils_covered": "Обучающиеся, вовлечённые в наставничество",
    "plans_realised": f"Индивидуальные планы, реализованные не менее чем на {PLAN_THRESHOLD} %",
    "meetings_held": "Встречи по индивидуальным планам в периоде: проведено из запланированных",
    "without_consent": "Участники без согласия на обработку персональных данных",
    "stale_pairs": "Пары без проведённых встреч (rules.stale_days)",
    "acts_present": "Документы пакета на текущий период",
}
"""Every indicator a form may name, with its title in the report."""


# ---------------------------------------------------------------------------------------------
# One organisation


def monitoring_of(root: Path, span: Span, today: date, folder: str = "") -> Monitoring:
    """Load the repository at `root` once and compute the report over `span`."""
    repo, problems = load_repository(root)
    as_of = min(span.end, today)
    org = figures(repo, problems, as_of, root, folder or root.name)
    return monitoring(repo, org, span, as_of)


def _person_label(entry: PersonEntry | None, ref: str) -> str:
    """An adult as «Фамилия И.О.»; a minor by initials and class only (mentorkit.shown)."""
    if entry is None:
        return short_name(ref) if len(ref.split()) == 3 else ref
    return person_shown(entry.person)


Months = dict[tuple[int, int], int]


@dataclass(frozen=True)
class _Part:
    """The indicators and lists of one concern (items, pairs, people)."""

    indicators: tuple[Indicator, ...]
    listings: tuple[Listing, ...]


def monitoring(repo: Repository, org: RepositoryStatus, span: Span, as_of: date) -> Monitoring:
    """The report of a loaded repository over `span`, from its figures on `as_of`."""
    people = PeopleIndex(repo.people)
    due_months: Months = {}
    done_months: Months = {}
    statuses = [p for p in org.pairs if p.period.start <= span.end and p.period.end >= span.start]
    parts = (
        _items(repo, people, span, as_of, due_months, done_months),
        _pairs(repo, people, statuses, span, as_of),
        _upkeep(org, people, statuses),
    )
    by_month = tuple(
        (
            f"{MONTHS[month - 1][:3]} {year}",
            due_months.get((year, month), 0),
            done_months.get((year, month), 0),
        )
        for year, month in span.months()
    )
    return Monitoring(
        name=org.name,
        full_name=org.full_name,
        root=org.root,
        folder=org.folder,
        span=span,
        as_of=as_of,
        indicators=tuple(i for part in parts for i in part.indicators),
        listings=tuple(listing for part in parts for listing in part.listings),
        by_month=by_month,
        forms=tuple((form, len(members)) for form, members in pairs_by_form(statuses)),
        unread=org.unread,
        profile=repo.config.model.document if repo.config else DocumentProfile(),
    )


def _items(
    repo: Repository,
    people: PeopleIndex,
    span: Span,
    as_of: date,
    due_months: Months,
    done_months: Months,
) -> _Part:
    """Items due inside the span, and what became of them by `as_of`."""
    rows: list[tuple[str, ...]] = []
    due = done = late = overdue = evidence = 0
    for doc in repo.roadmaps:
        for numbered in numbered_items(doc.model):
            item = numbered.item
            for day in item.done:
                if day in span and day <= as_of:
                    done_months[(day.year, day.month)] = (
                        done_months.get((day.year, day.month), 0) + 1
                    )
            if item.cancelled or not item.deadline:
                continue
            occurrences = schedule_of(item.deadline, doc.model.period).occurrences
            # Sorted by due day: those due in the span are one run of them.
            inside = between(occurrences, span.start, span.end)
            if not inside:
                continue
            for occ in run(occurrences, inside):
                key = (occ.due.year, occ.due.month)
                due_months[key] = due_months.get(key, 0) + 1
            dates = sorted(day for day in item.done if day <= as_of)
            # The same matching of done dates to deadlines as the status of the item.
            closed, _ = close_occurrences(occurrences, dates)
            last_due = occurrences[inside[-1]].due
            due += 1
            if all(i in closed for i in inside):
                done += 1
                was_late = bool(dates) and dates[-1] > last_due
                late += was_late
                evidence += bool(item.evidence)
                state = "выполнено с опозданием" if was_late else "выполнено"
            elif as_of > date.min and any(
                i not in closed
                for i in between(occurrences, span.start, min(span.end, as_of - timedelta(1)))
            ):
                overdue += 1
                state = "просрочено"
            else:
                state = "срок не наступил"
            rows.append(
                (
                    numbered.number,
                    text_shown(item.title, people),
                    text_shown(item.deadline, people),
                    f"{last_due:%d.%m.%Y}",
                    state,
                    ", ".join(f"{d:%d.%m.%Y}" for d in dates if d in span) or "—",
                    text_shown(item.evidence, people) if item.evidence else "—",
                )
            )
    columns: tuple[str, ...] = ("№", "Мероприятие", "Срок", "Последний срок в периоде")
    columns += ("Состояние", "Выполнено", "Подтверждение")
    return _Part(
        (
            Indicator("items_due", INDICATORS["items_due"], due, None, "items"),
            Indicator("items_done", INDICATORS["items_done"], done, due, "items", 100),
            Indicator("items_done_late", INDICATORS["items_done_late"], late, due, "items"),
            Indicator("items_overdue", INDICATORS["items_overdue"], overdue, due, "items"),
            Indicator(
                "items_with_evidence", INDICATORS["items_with_evidence"], evidence, done, "items"
            ),
        ),
        (Listing("items", "Мероприятия в периоде", columns, tuple(rows)),),
    )


def _pairs(
    repo: Repository,
    people: PeopleIndex,
    statuses: list[PairStatus],
    span: Span,
    as_of: date,
) -> _Part:
    """Pairs whose period meets the span; their people, plans and meetings."""
    active = [
        (doc, pair)
        for doc in repo.pairs
        if doc.model.period.start <= span.end and doc.model.period.end >= span.start
        for pair in doc.model.pairs
    ]
    mentors: dict[object, str] = {}
    mentees: dict[object, str] = {}
    pupils: set[int] = set()
    participants: dict[object, tuple[str, str, bool]] = {}
    rows = []
    realised = held_in_span = planned_in_span = 0
    for (doc, pair), status in zip(active, statuses, strict=True):
        mentor = _resolve(people, pair.mentor)
        mentors[_key(mentor, pair.mentor)] = _person_label(mentor, pair.mentor)
        _participant(participants, mentor, pair.mentor, "наставник", as_of)
        names = []
        for ref in pair.mentees:
            entry = _resolve(people, ref)
            mentees[_key(entry, ref)] = _person_label(entry, ref)
            names.append(_person_label(entry, ref))
            _participant(participants, entry, ref, "наставляемый", as_of)
            if entry is not None and (entry.person.minor or entry.person.group):
                pupils.add(entry.index)
        planned = [m for m in pair.meetings if m.date in span]
        planned_in_span += len(planned)
        held_in_span += sum(1 for m in planned if m.done and m.date <= as_of)
        realised += status.plan_threshold_met
        rows.append(
            (
                _person_label(mentor, pair.mentor),
                ", ".join(names),
                text_shown(pair.form or doc.model.form or "—", people),
                str(status.meetings_done),
                str(status.meetings_planned),
                f"{status.plan.whole_percent} %" if status.plan.total else "—",
                f"{status.last_held:%d.%m.%Y}" if status.last_held else "—",
            )
        )
    young = young_specialists(repo)
    covered = covered_people(repo, people)
    uncovered = [entry for entry in young if entry.index not in covered]
    students = repo.config.model.organization.students if repo.config else None
    without = [(label, role) for label, role, consent in participants.values() if not consent]
    years = repo.rules.young_specialist_years
    columns: tuple[str, ...] = ("Наставник", "Наставляемые", "Форма", "Встреч проведено")
    columns += ("Встреч в плане", "План", "Последняя встреча")
    return _Part(
        (
            Indicator("pairs", INDICATORS["pairs"], len(active), None, "pairs"),
            Indicator("mentors", INDICATORS["mentors"], len(mentors), None, "pairs"),
            Indicator("mentees", INDICATORS["mentees"], len(mentees), None, "pairs"),
            Indicator(
                "young_covered",
                INDICATORS["young_covered"].replace("до 5 лет", f"до {years} лет"),
                len(young) - len(uncovered),
                len(young),
                "young_uncovered",
                100,
            ),
            Indicator(
                "pupils_covered",
                INDICATORS["pupils_covered"]
                + ("" if students is not None else " (organization.students не указано)"),
                len(pupils),
                students,
                "pairs",
                PUPILS_TARGET,
            ),
            Indicator(
                "plans_realised", INDICATORS["plans_realised"], realised, len(active), "pairs", 100
            ),
            Indicator(
                "meetings_held", INDICATORS["meetings_held"], held_in_span, planned_in_span, "pairs"
            ),
            Indicator(
                "without_consent",
                INDICATORS["without_consent"],
                len(without),
                len(participants),
                "without_consent",
                0,
            ),
        ),
        (
            Listing("pairs", "Пары и группы", columns, tuple(rows)),
            Listing(
                "young_uncovered",
                "Молодые без наставника",
                ("Педагог", "Должность", "Стаж, лет"),
                tuple(
                    (
                        _person_label(entry, entry.person.name),
                        entry.person.position or "—",
                        f"{entry.person.experience:g}".replace(".", ","),
                    )
                    for entry in uncovered
                ),
            ),
            Listing(
                "without_consent",
                "Без согласия на обработку ПД",
                ("Участник", "Роль"),
                tuple(without),
            ),
        ),
    )


def _upkeep(org: RepositoryStatus, people: PeopleIndex, statuses: list[PairStatus]) -> _Part:
    """Quiet pairs and the document package, as `status` found them."""
    stale = [p for p in statuses if p.stale]
    return _Part(
        (
            Indicator(
                "stale_pairs",
                INDICATORS["stale_pairs"].replace(
                    "rules.stale_days", f"{org.stale_days} дн. и дольше"
                ),
                len(stale),
                len(statuses),
                "stale_pairs",
                0,
            ),
            Indicator(
                "acts_present",
                INDICATORS["acts_present"],
                sum(a.present for a in org.acts),
                len(org.acts),
                "package",
                100,
            ),
        ),
        (
            Listing(
                "stale_pairs",
                "Пары без встреч",
                ("Наставник", "Наставляемые", "Последняя встреча", "Дней без встреч"),
                tuple(
                    (
                        _label_of(people, p.mentor),
                        ", ".join(_label_of(people, m) for m in p.mentees),
                        f"{p.last_held:%d.%m.%Y}" if p.last_held else "ни одной",
                        str(p.quiet_days),
                    )
                    for p in stale
                ),
            ),
            Listing(
                "package",
                "Пакет документов",
                ("Документ", "Есть", "Где или что сделать"),
                tuple((a.label, "✓" if a.present else "–", a.source or a.hint) for a in org.acts),
            ),
        ),
    )


def _resolve(people: PeopleIndex, ref: str) -> PersonEntry | None:
    found = people.resolve(ref)
    return found[0] if len(found) == 1 else None


def _key(entry: PersonEntry | None, ref: str) -> object:
    return entry.index if entry is not None else " ".join(ref.split()).lower()


def _label_of(people: PeopleIndex, shown: str) -> str:
    """A name as status shows it («Ученикова Д.С.»), as the report may: a minor by initials."""
    return _person_label(_resolve(people, shown), shown)


def _participant(
    participants: dict[object, tuple[str, str, bool]],
    entry: PersonEntry | None,
    ref: str,
    role: str,
    as_of: date,
) -> None:
    consent = entry.person.consent if entry is not None else None
    given = consent is not None and consent.date <= as_of
    key = _key(entry, ref)
    if key not in participants:
        participants[key] = (_person_label(entry, ref), role, given)


# ---------------------------------------------------------------------------------------------
# Many organisations


@dataclass(frozen=True)
class NotLoaded:
    name: str
    folder: str
    reason: str


@dataclass(frozen=True)
class RollUp:
    span: Span
    today: date
    organizations: tuple[Monitoring, ...]
    """Only those read whole: the others are in `not_loaded`, never counted as zero."""
    not_loaded: tuple[NotLoaded, ...]
    totals: tuple[Indicator, ...]
    attention: tuple[tuple[str, str, str], ...]
    """(organisation, what, detail): overdue items, quiet pairs, missing documents."""


def roll_up(
    found: Sequence[Monitoring], unlooked: Sequence[tuple[Path, str]], span: Span, today: date
) -> RollUp:
    loaded = tuple(m for m in found if m.complete)
    not_loaded = [
        NotLoaded(
            m.name, m.folder, "не прочитано: " + ", ".join(sorted({u.path for u in m.unread}))
        )
        for m in found
        if not m.complete
    ]
    not_loaded += [
        NotLoaded("—", str(path), f"папка не читается: {reason}") for path, reason in unlooked
    ]
    totals = []
    for key, title in INDICATORS.items():
        parts = [m.indicator(key) for m in loaded]
        count = sum(p.count for p in parts)
        totals_known = [p.total for p in parts]
        total = (
            None
            if not parts or any(t is None for t in totals_known)
            else sum(t or 0 for t in totals_known)
        )
        target = parts[0].target if parts else None
        totals.append(Indicator(key, title, count, total, None, target))
    attention = []
    for m in loaded:
        for row in m.listing("items").rows:
            if row[4] == "просрочено":
                attention.append(
                    (m.name, "просрочено мероприятие", f"{row[0]} {row[1]} (срок {row[3]})")
                )
        for row in m.listing("stale_pairs").rows:
            attention.append(
                (
                    m.name,
                    "пара без встреч",
                    f"{row[0]} → {row[1]}: последняя {row[2]}, {row[3]} дн.",
                )
            )
        for row in m.listing("package").rows:
            if row[1] != "✓":
                attention.append((m.name, "нет документа", row[0]))
    return RollUp(span, today, loaded, tuple(not_loaded), tuple(totals), tuple(attention))


def report(
    path: Path | None, span: Span, today: date, progress: Progress | None = None
) -> Monitoring | RollUp:
    """The report of the repository at (or around) `path`, or the roll-up of the organisations
    in the folder `path` (on every core; `progress` is told how many are done)."""
    try:
        root = find_root(path or Path.cwd())
    except RepositoryNotFound:
        if path is None:
            raise
    else:
        with collector_paused():
            return monitoring_of(root, span, today)
    found = discover([path])
    orgs = each(
        _monitoring, [(r, span, today, found.shown_folder(r)) for r in found.roots], progress
    )
    return roll_up(orgs, [(u.path, u.reason) for u in found.unlooked], span, today)


def _monitoring(args: tuple[Path, Span, date, str]) -> Monitoring:
    root, span, today, folder = args
    return monitoring_of(root, span, today, folder)
