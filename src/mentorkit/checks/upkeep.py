"""Upkeep of the programme: the document package an organisation must hold for the current
period, and pairs that went quiet (no meeting held for `rules.stale_days`).

The package and the quiet days are computed here once, as plain data: the checks below report
them, `status` and `report` show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from mentorkit.checks.base import Context, whose
from mentorkit.days import shift
from mentorkit.deadlines import Period
from mentorkit.load.repository import CONFIG, Doc, Repository
from mentorkit.model.acts import ACT_KINDS, Act
from mentorkit.model.calendar import YearCalendar
from mentorkit.model.pairs import Pair, PairsFile
from mentorkit.problems import ACT_FILE_MISSING, MISSING_ACT, STALE_PAIR, Problem
from mentorkit.records import dataclass
from mentorkit.refs import PeopleIndex
from mentorkit.shown import ref_shown

Holidays = Callable[[date], bool]
"""Whether a day is a school holiday (then it does not count as a quiet day)."""

EARLY = timedelta(days=183)
"""An act for a period may be adopted before the period starts (a roadmap approved in spring
for the next school year): half a year before its start still counts."""

REQUIRED = ("regulation", "curator", "roadmap", "pairs", "plans")


def holidays_of(repo: Repository) -> Holidays | None:
    """The holidays of the school calendar (`calendar:` of mentorkit.yaml), when it is given;
    None otherwise, and every day counts."""
    return holidays_from(repo.config.model.calendar) if repo.config else None


def holidays_from(years: Mapping[str, YearCalendar]) -> Holidays | None:
    spans = [(h.start, h.end) for year in years.values() for h in year.holidays]
    if not spans:
        return None
    return lambda day: any(start <= day <= end for start, end in spans)


# ---------------------------------------------------------------------------------------------
# Quiet pairs


def quiet_days(
    pair: Pair, period: Period, today: date, holidays: Holidays | None = None
) -> int | None:
    """Days since the last meeting held (or since the period began), holidays left out; None
    when the pair's period does not run today or its final meeting is held (nothing is due)."""
    if today not in period:
        return None
    held = [m for m in pair.meetings if m.done and m.date <= today]
    if any(m.stage == "итоговая" for m in held):
        return None
    since = max((m.date for m in held), default=period.start)
    days = (today - since).days
    if holidays is not None:
        days -= sum(1 for n in range(1, days + 1) if holidays(since + timedelta(days=n)))
    return days


def is_stale(quiet: int | None, stale_days: int) -> bool:
    return quiet is not None and quiet >= stale_days


def check_stale_pairs(ctx: Context) -> list[Problem]:
    """Only where mentorkit.yaml sets `rules.stale_days`: `status` and `report` show quiet pairs
    by the default too, but a new warning must not turn every existing repository's CI red."""
    repo = ctx.repo
    if repo.config is None or "stale_days" not in repo.config.model.rules.model_fields_set:
        return []
    limit = repo.rules.stale_days
    holidays = holidays_of(repo)
    problems = []
    for doc in repo.pairs:
        for index, pair in enumerate(doc.model.pairs):
            quiet = quiet_days(pair, doc.model.period, ctx.today, holidays)
            if not is_stale(quiet, limit):
                continue
            held = [m.date for m in pair.meetings if m.done and m.date <= ctx.today]
            since = f"с {max(held):%d.%m.%Y}" if held else "с начала периода пары"
            mentor = _mentor(ctx, pair.mentor)
            problems.append(
                STALE_PAIR.at(
                    doc.at("pairs", index),
                    f"пара наставника {mentor}: проведённых встреч нет {since} ({quiet} дн., "
                    f"порог — {limit}): проведите встречу и отметьте её done: true или "
                    "добавьте встречу в план",
                )
            )
    return problems


def _mentor(ctx: Context, ref: str) -> str:
    """«пара наставника Опытовой А.А.»: the one person `ref` names in the genitive; a text that
    names nobody (or several) as a result shows it, whoever it names shortened."""
    if len(ctx.people.resolve(ref)) == 1:
        return whose(ctx, ref)
    return ref_shown(ref, ctx.people)


# ---------------------------------------------------------------------------------------------
# The document package


@dataclass(frozen=True)
class PackageEntry:
    kind: str
    label: str
    source: str | None
    """Where the act was found; None when it is missing."""
    hint: str
    """What to do while it is missing."""

    @property
    def present(self) -> bool:
        return self.source is not None


def current_periods(repo: Repository, today: date) -> list[Period]:
    """The periods of the roadmaps and pairs that run today; else the school year of today."""
    periods = [doc.model.period for doc in repo.roadmaps if today in doc.model.period]
    periods += [doc.model.period for doc in repo.pairs if today in doc.model.period]
    return sorted(set(periods)) or [Period.academic_year_of(today)]


def _act_counts(act: Act, today: date, periods: list[Period]) -> bool:
    if act.date > today:
        return False
    if act.period is not None:
        return today in act.period
    if act.kind in ("regulation", "curator"):
        return True  # in force until replaced
    return any(period.start - EARLY <= act.date <= period.end for period in periods)


def document_package(repo: Repository, today: date, people: PeopleIndex) -> list[PackageEntry]:
    """Every required act for the current period, with where it was found (orders/, the
    roadmaps' `approved_by`, `acts:` of mentorkit.yaml) or what to do."""
    periods = current_periods(repo, today)
    acts = repo.config.model.acts if repo.config else None
    listed: dict[str, str] = {}
    for index, act in enumerate(acts or ()):
        if _act_counts(act, today, periods):
            listed.setdefault(act.kind, f"{CONFIG}: acts[{index}] «{act.title}»")
    orders: dict[str, str] = {}
    for order in repo.orders:
        model = order.model
        counts = model.date <= today and (
            model.type == "curator"
            or any(shift(period.start, -EARLY) <= model.date <= period.end for period in periods)
        )
        if counts:
            orders.setdefault(model.type, f"{order.path} (№ {model.number})")
    entries = []
    for kind in REQUIRED:
        source = listed.get(kind) or orders.get(kind)
        if kind == "roadmap" and source is None:
            source = _approved_roadmap(repo, today)
        hint = _HINTS[kind]
        if kind == "pairs" and source is not None:
            without = _without_consent(repo, today, people)
            if without:
                hint = (
                    f"приказ есть, но у {without} участн. пар нет согласия на обработку ПД: "
                    "соберите согласия и укажите их в people.yaml (consent)"
                )
                source = None
        entries.append(PackageEntry(kind, ACT_KINDS[kind], source, hint))
    return entries


def _approved_roadmap(repo: Repository, today: date) -> str | None:
    for doc in repo.roadmaps:
        approval = doc.model.approved_by
        if today in doc.model.period and approval is not None and approval.date <= today:
            return f"{doc.path}: approved_by (№ {approval.order})"
    return None


def _without_consent(repo: Repository, today: date, people: PeopleIndex) -> int:
    missing = set()
    for doc in _current_pairs(repo, today):
        for pair in doc.model.pairs:
            for ref in (pair.mentor, *pair.mentees):
                found = people.resolve(ref)
                consent = found[0].person.consent if len(found) == 1 else None
                if consent is None or consent.date > today:
                    missing.add(found[0].index if len(found) == 1 else ref)
    return len(missing)


def _current_pairs(repo: Repository, today: date) -> list[Doc[PairsFile]]:
    return [doc for doc in repo.pairs if today in doc.model.period]


_HINTS = {
    "regulation": "добавьте в mentorkit.yaml запись acts: - {kind: regulation, title: Положение "
    "о наставничестве, number: …, date: ГГГГ-ММ-ДД, file: … или link: …}",
    "curator": "добавьте приказ orders/….yaml с type: curator или запись acts: с kind: curator",
    "roadmap": "утвердите дорожную карту текущего периода приказом (orders/ с type: roadmap или "
    "approved_by: в её файле)",
    "pairs": "добавьте приказ orders/….yaml с type: pairs (pairs: файл пар) или запись acts: "
    "с kind: pairs",
    "plans": "добавьте приказ orders/….yaml с type: plans или запись acts: с kind: plans",
}


def check_package(ctx: Context) -> list[Problem]:
    """Only for a repository that keeps its package (`acts:` in mentorkit.yaml, even empty)."""
    config = ctx.repo.config
    if config is None or config.model.acts is None:
        return []
    problems = []
    where = config.at("acts", key=True)
    for index, act in enumerate(config.model.acts):
        if act.file and not (ctx.repo.root / act.file).is_file():
            problems.append(
                ACT_FILE_MISSING.at(
                    config.at("acts", index, "file"),
                    f"«{act.file}» не найден в репозитории: положите файл по этому пути или "
                    "укажите link: вместо file:",
                )
            )
    # two periods may read the same («2023-2024» and 01.09.2023–30.06.2024): said once
    period = " и ".join(
        dict.fromkeys(_period_text(p) for p in current_periods(ctx.repo, ctx.today))
    )
    for entry in document_package(ctx.repo, ctx.today, ctx.people):
        if not entry.present:
            problems.append(
                MISSING_ACT.at(where, f"на {period} нет: {entry.label.lower()}; {entry.hint}")
            )
    return problems


def _period_text(period: Period) -> str:
    if period.academic:
        return f"{period.start.year}/{period.end.year} учебный год"
    return f"период {period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}"


CHECKS = (check_package, check_stale_pairs)
"""Registered as one line in `mentorkit.checks`."""
