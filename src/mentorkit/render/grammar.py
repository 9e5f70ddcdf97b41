"""The little Russian grammar orders need besides names: positions («учителя математики») and
organisations («приказом Управления образованием …», declined by inflect.py unless mentorkit.yaml
gives the form), students («обучающимся 7Б класса»), a document's title after «Утвердить»,
periods and lists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from mentorkit.deadlines import Period
from mentorkit.load.repository import Repository
from mentorkit.model.people import Case
from mentorkit.render import inflect
from mentorkit.words import dmy

_CASE_INDEX: dict[Case, int] = {
    "nominative": 0,
    "genitive": 1,
    "dative": 2,
    "accusative": 3,
    "instrumental": 4,
    "prepositional": 5,
}

Forms = Mapping[str, Mapping[Case, str]]
"""Ready forms by case of the phrases mentorkit declines wrongly (organization.forms of
mentorkit.yaml), by the phrase in the nominative."""


def _ready(phrase: str, case: Case, forms: Forms) -> str | None:
    """The form mentorkit.yaml gives for `phrase`, matched whatever the case of its first letter
    («Заместитель директора» and «заместитель директора» are one position)."""
    key = " ".join(phrase.split())
    for written, by_case in forms.items():
        if " ".join(written.split()).lower() == key.lower() and case in by_case:
            form = by_case[case]
            if key[:1].isupper() != form[:1].isupper():
                form = (str.upper if key[:1].isupper() else str.lower)(form[:1]) + form[1:]
            return form
    return None


def forms_of(repo: Repository) -> Forms:
    """The organisation's ready forms (empty when mentorkit.yaml could not be read)."""
    return repo.config.model.organization.forms if repo.config is not None else {}


def decline_phrase(phrase: str, case: Case, forms: Forms, animate: bool = False) -> str:
    """An organisation's name, a body or a title in `case`: a ready form from `forms` first,
    else declined by the dictionary («Управления образованием Ивантеевского МР»);
    abbreviations («МАОУ СОШ № 12») and what cannot be declined surely stay as written."""
    if case == "nominative":
        return phrase
    ready = _ready(phrase, case, forms)
    return ready if ready is not None else inflect.decline(phrase, case, animate=animate)


def decline_position(position: str, case: Case, forms: Forms | None = None) -> str:
    """A position in `case`: «учитель математики» → «учителя математики» (accusative),
    «заместитель директора по учебно-воспитательной работе» → «заместителю директора по
    учебно-воспитательной работе» (dative); a ready form from `forms` first."""
    if case == "nominative" or not position.strip():
        return position
    return decline_phrase(position, case, forms or {}, animate=True)


_STUDENT = {
    "m": (
        "обучающийся",
        "обучающегося",
        "обучающемуся",
        "обучающегося",
        "обучающимся",
        "обучающемся",
    ),
    "f": ("обучающаяся", "обучающейся", "обучающейся", "обучающуюся", "обучающейся", "обучающейся"),
    "plural": (
        "обучающиеся",
        "обучающихся",
        "обучающимся",
        "обучающихся",
        "обучающимися",
        "обучающихся",
    ),
}
_SCHOOL_CLASS = re.compile(r"^\d{1,2}\s*[-«\"]?[А-ЯЁA-Zа-яё]?[»\"]?$")


def student(group: str | None, case: Case, gender: str = "m") -> str:
    """«обучающимся 7Б класса», «обучающейся группы ПИ-21» (gender «plural» for several)."""
    word = _STUDENT.get(gender, _STUDENT["m"])[_CASE_INDEX[case]]
    if not group:
        return word
    group = group.strip()
    if _SCHOOL_CLASS.match(group):
        return f"{word} {group} класса"
    return f"{word} группы {group}"


_YOUNG = (
    "молодой специалист",
    "молодого специалиста",
    "молодому специалисту",
    "молодого специалиста",
    "молодым специалистом",
    "молодом специалисте",
)
_YOUNG_PLURAL = (
    "молодые специалисты",
    "молодых специалистов",
    "молодым специалистам",
    "молодых специалистов",
    "молодыми специалистами",
    "молодых специалистах",
)


def young_specialist(case: Case, plural: bool = False) -> str:
    return (_YOUNG_PLURAL if plural else _YOUNG)[_CASE_INDEX[case]]


def title_in(title: str, case: Case, forms: Forms | None = None) -> str:
    """A document's title inside a sentence: «Утвердить план мероприятий (дорожную карту) …»,
    «Утвердить «Дорожную карту» …» (the first letter made small unless it is quoted or an
    abbreviation's)."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        title = title[0].lower() + title[1:]  # «Утвердить план …», not «Утвердить План …»
    return decline_phrase(title, case, forms or {})


def accusative_title(title: str, forms: Forms | None = None) -> str:
    """A document's title as the object of «Утвердить»: «Дорожная карта …» → «дорожную карту …»."""
    return title_in(title, "accusative", forms)


def period_text(period: Period) -> str:
    """«на 2023-2024 учебный год», «на 2022-2024 годы», «на период с 01.02.2023 по 31.05.2023»."""
    start, end = period.start, period.end
    if period.academic and end.year == start.year + 1:
        return f"на {start.year}-{end.year} учебный год"
    if period.academic:
        return f"на {start.year}-{end.year} учебные годы"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        if start.year == end.year:
            return f"на {start.year} год"
        return f"на {start.year}-{end.year} годы"
    return f"на период с {format_date(start)} по {format_date(end)}"


def format_date(day: date) -> str:
    """05.06.2025, as ГОСТ Р 7.0.97 writes a document's date (as every message writes a day:
    `words.dmy`)."""
    return dmy(day)


def join_and(parts: list[str]) -> str:
    """«A», «A и B», «A, B и C»; a part with an apposition is closed by a comma
    («A, учителем истории, и B»)."""
    if len(parts) <= 1:
        return "".join(parts)
    closing = "," if "," in parts[-2] else ""
    return ", ".join(parts[:-1]) + closing + " и " + parts[-1]
