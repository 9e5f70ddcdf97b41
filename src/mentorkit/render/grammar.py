"""The little Russian grammar orders need besides names: positions («учителя математики»),
students («обучающимся 7Б класса»), a document's title after «Утвердить», periods and lists."""

from __future__ import annotations

import re
from datetime import date

from mentorkit.deadlines import Period
from mentorkit.model.people import Case

_CASE_INDEX: dict[Case, int] = {
    "nominative": 0,
    "genitive": 1,
    "dative": 2,
    "accusative": 3,
    "instrumental": 4,
    "prepositional": 5,
}

# Endings by case (nominative, genitive, dative, accusative of the animate, instrumental,
# prepositional) for what positions are made of: masculine nouns naming people, feminine nouns,
# and the adjectives before them.
_NOUN_SOFT = ("ь", "я", "ю", "я", "ем", "е")  # учитель, заместитель
_NOUN_J = ("й", "я", "ю", "я", "ем", "е")
_NOUN_HARD = ("", "а", "у", "а", "ом", "е")  # директор, педагог, методист
_NOUN_FEM = ("а", "ы", "е", "у", "ой", "е")  # сестра
_NOUN_FEM_VELAR = ("а", "и", "е", "у", "ой", "е")  # after г, к, х and the hushing consonants
_ADJ_HARD = ("ый", "ого", "ому", "ого", "ым", "ом")
_ADJ_STRESSED = ("ой", "ого", "ому", "ого", "ым", "ом")
_ADJ_VELAR = ("ий", "ого", "ому", "ого", "им", "ом")  # педагогический, городской
_ADJ_SOFT = ("ий", "его", "ему", "его", "им", "ем")  # старший, ведущий
_ADJ_FEM = ("ая", "ой", "ой", "ую", "ой", "ой")
_ADJ_FEM_SOFT = ("яя", "ей", "ей", "юю", "ей", "ей")

_WORD = re.compile(r"^([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)(,?)$")


def _adjective(word: str) -> tuple[str, ...] | None:
    lower = word.lower()
    if lower.endswith("ый"):
        return _ADJ_HARD
    if lower.endswith("ой") and len(lower) > 3:
        return _ADJ_STRESSED
    if lower.endswith("ий"):
        return _ADJ_VELAR if lower[-3:-2] in "гкх" else _ADJ_SOFT
    if lower.endswith("ая"):
        return _ADJ_FEM
    if lower.endswith("яя"):
        return _ADJ_FEM_SOFT
    return None


def _noun(word: str) -> tuple[str, ...] | None:
    lower = word.lower()
    if len(lower) < 3:
        return None
    if lower.endswith("ь"):
        return _NOUN_SOFT
    if lower.endswith("й"):
        return _NOUN_J
    if lower.endswith("а"):
        return _NOUN_FEM_VELAR if lower[-2] in "гкхжшчщ" else _NOUN_FEM
    if lower[-1] in "бвгдзклмнпрстфхжшчщц":
        return _NOUN_HARD
    return None


def _inflect(word: str, table: tuple[str, ...], case: Case) -> str:
    ending = table[0]
    stem = word[: len(word) - len(ending)] if ending else word
    return stem + table[_CASE_INDEX[case]]


def _inflect_noun(word: str, case: Case) -> str | None:
    pieces = word.split("-")
    declined = []
    for piece in pieces:
        table = _noun(piece)
        if table is None:
            return None
        declined.append(_inflect(piece, table, case))
    return "-".join(declined)


def decline_position(position: str, case: Case) -> str:
    """A position in `case`: «учитель математики» → «учителя математики» (accusative).

    The leading adjectives and the first noun are declined («старшего воспитателя»,
    «педагога-психолога»); the words after them are already in the genitive and stay. A position
    that does not start with words these rules know stays as written.
    """
    if case == "nominative" or not position.strip():
        return position
    words = position.split(" ")
    result: list[str] = []
    for index, raw in enumerate(words):
        match = _WORD.match(raw)
        if not match:
            return position
        word, tail = match.groups()
        adjective = _adjective(word)
        if adjective is not None:
            result.append(_inflect(word, adjective, case) + tail)
            if index + 1 == len(words) or tail:  # «вожатый», «старший вожатый»: a noun itself
                return " ".join([*result, *words[index + 1 :]])
            continue
        noun = _inflect_noun(word, case)
        if noun is None:
            return position
        return " ".join([*result, noun + tail, *words[index + 1 :]])
    return position


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


_TITLE_HEADS = re.compile(
    r"^(«?)((?:[А-ЯЁа-яё]+(?:ая|яя)\s+)*)([А-ЯЁа-яё]+[ая])(?=[\s»)(,])", re.IGNORECASE
)


def accusative_title(title: str) -> str:
    """A document's title as the object of «Утвердить»: «Дорожная карта …» → «дорожную карту …».

    Only a leading feminine noun with its adjectives changes («программа», «дорожная карта»);
    masculine titles («План мероприятий») are the same in the accusative.
    """
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        title = title[0].lower() + title[1:]  # «Утвердить план …», not «Утвердить План …»
    match = _TITLE_HEADS.match(title)
    if not match:
        return title
    quote, adjectives, noun = match.groups()
    declined_adjectives = "".join(
        _inflect(word, _ADJ_FEM if word.lower().endswith("ая") else _ADJ_FEM_SOFT, "accusative")
        + " "
        for word in adjectives.split()
    )
    if noun.lower().endswith("я"):
        declined_noun = noun[:-1] + ("ю" if noun[-1] == "я" else "Ю")
    else:
        declined_noun = noun[:-1] + ("у" if noun[-1] == "а" else "У")
    return quote + declined_adjectives + declined_noun + title[match.end() :]


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
    """05.06.2025, as ГОСТ Р 7.0.97 writes a document's date."""
    return f"{day:%d.%m.%Y}"


def join_and(parts: list[str]) -> str:
    """«A», «A и B», «A, B и C»; a part with an apposition is closed by a comma
    («A, учителем истории, и B»)."""
    if len(parts) <= 1:
        return "".join(parts)
    closing = "," if "," in parts[-2] else ""
    return ", ".join(parts[:-1]) + closing + " и " + parts[-1]
