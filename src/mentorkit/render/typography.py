"""Typography of the texts a template receives: what must never break across lines.

A secretary corrects by hand an order that prints «2021-» at the end of a line and «2022
учебном году» on the next, «№» apart from «156», «(приложение» apart from «1).», a phone as
«5-» / «19-20», or initials apart from their surname. Every text of a document's context is set
here, once, as the context builders finish it: the spaces inside such a span become non-breaking
spaces (U+00A0) and its hyphens non-breaking hyphens (U+2011). Templates print the texts as
they are, so a user's own template gets the same typography.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeVar

from mentorkit.render.context import map_texts

NBSP = "\u00a0"
NBHY = "\u2011"

T = TypeVar("T")

_NUMBER_SIGN = re.compile(r"№\s*(?=[\dA-Za-zА-ЯЁа-яё])")
"""«№ 156», «№156» → «№\u00a0156»."""
_YEARS = re.compile(r"(?<![\d.])(?:19|20)\d\d(?: ?[-–—] ?)(?:19|20)\d\d(?![\d.])")
"""«2021-2022», «2022 – 2024»: a year range."""
_YEAR_WORD = re.compile(r"(?<=\d)[ \t]+(?=гг?\.)")
"""«2024 г.», «2022-2024 гг.»: the abbreviation never starts a line."""
_PHONE = re.compile(
    r"(?:(?:\+7|8)[\s\u00a0]?)?(?:\(\d{2,5}(?:-\d{1,3})?\)[\s\u00a0]?)?\d{1,3}(?:-\d{2}){2}(?!\d)"
)
"""«8 (86130) 4-12-34», «(845-79)5-19-17», «5-19-20», «+7 (861) 304-12-34»."""
_WORD_NUMBER = re.compile(
    r"(?<![А-ЯЁа-яё])((?:[Пп]риложени|[Пп]ункт|[Пп]одпункт|[Рр]аздел|[Гг]лав|[Сс]тать|[Чч]аст"
    r"|[Тт]ом|[Сс]траниц|[Ээ]тап)[а-яё]*|пп?\.|ст\.|ч\.|гл\.|разд\.|стр\.|табл\.|рис\.)"
    r"[ \t]+(?=\d)"
)
"""«(приложение 1)», «приложения 1–4», «пункт 2», «п. 3.1»: a word with the number after it.
Only such words: a date after «до» may go to the next line of a narrow table cell."""
_INITIALS = r"[А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\."
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS_FIRST = re.compile(rf"(?<![А-ЯЁа-яё])({_INITIALS})[ \t]*(?={_SURNAME})")
_INITIALS_AFTER = re.compile(rf"({_SURNAME})[ \t]+(?={_INITIALS})")
_PLACE = re.compile(r"(?<![А-ЯЁа-яё])(г|с|п|пос|ст|ул|д|пр)\.[ \t]*(?=[А-ЯЁ\d])")
"""«г. Тимашевск», «с. Ивантеевка», «ул. Советская»."""
_BETWEEN_INITIALS = re.compile(r"(?<=[А-ЯЁ]\.) (?=[А-ЯЁ]\.)")
"""«А. А. Петрова»: both initials are one span too."""
_RANGE = re.compile(r"(?<=\d)(?:(-)|([–—]))(?=\d)")
"""«1-2 кварталы», «приложения 1–4»: a range of numbers."""
_DIGIT = re.compile(r"\d")
WORD_JOINER = "\u2060"
"""After a dash no line may break either: an en dash lets one break after it."""


def _glue(text: str) -> str:
    return text.replace(" ", NBSP).replace("\t", NBSP).replace("-", NBHY)


def _years(match: re.Match[str]) -> str:
    text = _glue(match.group(0))
    return re.sub("([–—])", "\\1" + WORD_JOINER, text)


@lru_cache(maxsize=4096)  # a document repeats its texts (deadlines, results, positions)
def protect(text: str) -> str:
    """`text` with non-breaking spaces and hyphens inside every span that must not break."""
    if not text:
        return text
    # Each rule needs «№», a digit or a full stop, and none of them adds any: a text without
    # one is passed over by the rules that need it (a third of the texts of an order).
    if "№" in text:
        text = _NUMBER_SIGN.sub("№" + NBSP, text)
    if _DIGIT.search(text):
        text = _PHONE.sub(lambda m: _glue(m.group(0)), text)
        text = _YEARS.sub(_years, text)
        text = _RANGE.sub(lambda m: NBHY if m.group(1) else m.group(2) + WORD_JOINER, text)
        text = _YEAR_WORD.sub(NBSP, text)
        text = _WORD_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    if "." not in text:
        return text
    text = _INITIALS_FIRST.sub(lambda m: m.group(1).replace(" ", NBSP) + NBSP, text)
    text = _INITIALS_AFTER.sub(lambda m: m.group(1) + NBSP, text)
    text = _BETWEEN_INITIALS.sub(NBSP, text)
    return _PLACE.sub(lambda m: m.group(1) + "." + NBSP, text)


def typeset(value: T) -> T:
    """Every text inside `value` (a context's frozen views, tuples of them) protected."""
    return map_texts(value, protect)
