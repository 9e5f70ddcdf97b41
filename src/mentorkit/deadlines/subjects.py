"""Who or what the verb of an announcement is of, and where it is held, read past beside the
day: «Она», «открытие центров», «Последние звонки», «Подача документов в ВУЗы», «классный час
«Закон и коррупция»», «мероприятия, посвященные …»; «в актовом зале», «в 8 классе». Only words
the vocabulary does not know, no condition and nothing that says a day may be (`_MAY`): a word
that could change the day is never read past."""

from __future__ import annotations

from mentorkit.deadlines.holidays_beside import holiday_at, holiday_month
from mentorkit.deadlines.labels import plain, told_after
from mentorkit.deadlines.lexemes import DAY_KINDS, Kind, Token
from mentorkit.deadlines.vocabulary import NAMED_DAYS, Cat

_MAY = frozenset(
    {"может", "могут", "можно", "возможно", "вероятно", "предположительно", "ориентировочно"}
    | {"примерно", "приблизительно", "около", "допускается", "разрешается", "разрешено", "вправе"}
    | {"нельзя", "невозможно", "недопустимо", "нецелесообразно", "необязательно", "запрещено"}
    | {"запрещается"}
)
"""Words that say a day may be, about, or must not be, not that it is («может быть проведен 28
июня», «Старт акции ориентировочно 22 ноября», «Нельзя провести 15 мая»): never who or what a
verb is of, nor a place."""


def plain_word(token: Token) -> bool:
    """A word the vocabulary does not know, no condition (`plain`), and not of `_MAY`."""
    return plain(token) and token.text not in _MAY


PLACE = ("в", "во", "на")
"""What a place begins with: «на стадионе «Спартак»», «в актовом зале»."""


SUBJECT_MOST = 5


_HOLIDAYS = frozenset(words[0] for words in NAMED_DAYS)
"""The first words of the holidays after «День» («Победы», «знаний»)."""


_DEDICATED = ("посвящ", "приуроч")
"""«…, посвященные Международному дню борьбы с коррупцией»: what an event is for, the end of
who or what the verb is of."""


def named_subject(tokens: list[Token], month: int | None = None) -> list[Token] | None:
    """The words after a verb that say who or what it is of, what it is dedicated to
    («мероприятия, посвященные …») left out, and the text's last mark; None where what it is
    dedicated to holds more (`_dedicated_to`), or a holiday of another month than `month`, the
    day's («9 декабря …, посвященные Дню Победы»: a slip). Quotes are no tokens: a name in them
    («классный час «Закон и коррупция»») is words like the others, and one with a number
    («концерт «Весна 2023»») is not read past."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if token.text.startswith(_DEDICATED):
            # «мероприятия, посвященные Международному дню борьбы с коррупцией.»: to the end
            # of the text, only words of what it is for and a holiday's name of the day's
            # month — nothing that could be another time, a condition or more news after a comma
            months = _dedicated_to(tokens[index + 1 :])
            if months is None or not months <= {month}:
                return None
            while kept and kept[-1].text == ",":
                kept.pop()
            return kept
        if token.kind == Kind.PUNCT and token.text in (".", "!") and index == len(tokens) - 1:
            continue
        kept.append(token)
    return kept


def _dedicated_to(tokens: list[Token]) -> set[int] | None:
    """The months of the holidays named after «посвящённые», if `tokens` are only what it is
    for: words the vocabulary does not know and holidays' names («Дню Победы», «Международному
    дню борьбы с коррупцией»), the text's last mark at most after them; None otherwise."""
    if tokens and tokens[-1].text in (".", "!"):
        tokens = tokens[:-1]
    months: set[int] = set()
    index = 0
    while index < len(tokens):
        if plain_word(tokens[index]):
            index += 1
            continue
        size = holiday_at(tokens, index)
        if not size:
            return None
        months.add(holiday_month(tokens, index, size))
        index += size
    return months if tokens else None


def place_after_verb(tokens: list[Token], at: int, text: str, said: list[str]) -> list[Token]:
    """«продлится в столичных школах до 25 августа»: a place right after the verb (at `at`),
    before the day — read past, and said; `tokens` as they are otherwise."""
    if at >= len(tokens) or tokens[at].text not in PLACE:
        return tokens
    end = at + 1
    while end < len(tokens) and end - at <= SUBJECT_MOST and plain_word(tokens[end]):
        end += 1
    if end == at + 1 or not told_after(tokens, end):
        return tokens
    said.append(text[tokens[at].start : tokens[end - 1].end])
    return [*tokens[:at], *tokens[end:]]


def is_subject(before: list[Token]) -> bool:
    """Whether the words before a verb at the start of the text are who or what it is of
    («Она», «открытие центров», «который»), to be read past: none at all, or up to
    `SUBJECT_MOST` words the vocabulary does not know (not a number, a date word or a
    condition), and two more that join them. An ordinal or «last» before such a word is of it
    («Последние звонки пройдут 24 мая», «Первый семестр начнётся 1 сентября»), not a week or a
    term («последняя неделя»); so are «и» and a place's «в» between two («Объявление призеров и
    победителей», «Подача документов в ВУЗы»), and «День» of no holiday («День открытых
    дверей»)."""
    return len(before) <= SUBJECT_MOST + 2 and all(
        plain_word(t)
        or (
            # «Последние звонки», «Объявление призеров и победителей», «Подача документов в
            # ВУЗы»: an ordinal, «и», a place's «в» before a word of the subject
            (
                t.cat in (Cat.LAST, Cat.ORDINAL)
                or t.text.startswith("последн")
                # «День открытых дверей», not a holiday («День Победы»: a day of its own)
                or (
                    t.cat == Cat.DAY and i + 1 < len(before) and before[i + 1].text not in _HOLIDAYS
                )
                or (t.text in ("и", *PLACE) and i > 0 and plain_word(before[i - 1]))
            )
            and i + 1 < len(before)
            and plain_word(before[i + 1])
        )
        for i, t in enumerate(before)
    )


def without_place(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """`tokens` without a place that ends them, after a day («15 мая в актовом зале», «18
    октября на стадионе «Спартак»»), the place said."""
    size = 0
    while size < len(tokens) and (
        plain_word(tokens[-1 - size])
        or (  # «в 8 классе», «в 5-х классах»: a grade's number
            tokens[-1 - size].kind == Kind.NUM
            and size
            and tokens[-size].text.startswith("класс")
            and size + 1 < len(tokens)
            and tokens[-2 - size].text in PLACE
        )
    ):
        size += 1
    at = len(tokens) - size - 1  # the place's «в», «на»
    if not size or at < 1 or tokens[at].text not in PLACE:
        return tokens
    day = tokens[at - 1]
    if not (day.kind in (*DAY_KINDS, Kind.NUM) or day.cat in (Cat.MONTH, Cat.YEAR_WORD)):
        return tokens
    end = tokens[-1].end
    end += 1 if text[end : end + 1] in ("»", "”", '"') else 0  # «на стадионе «Спартак»»
    said.append(text[tokens[at].start : end])
    return tokens[:at]


def one_window(tokens: list[Token]) -> bool:
    """Whether `tokens` are one window of days, «с 15 по 28 апреля [2025 года]», «с 01.04 по
    15.04.2025»: «с», one «по» or «до», and only numbers, dates, months and year words."""
    if len(tokens) > 2 and tokens[0].text == "в" and tokens[1].text == "период":
        tokens = tokens[2:]  # «в период с 11.05.2020 по 05.12.2020»
    if len(tokens) < 4 or tokens[0].cat != Cat.FROM:
        return False
    bounds = [t for t in tokens[1:] if t.cat in (Cat.TO, Cat.BY)]
    # days or months, not only years: not «с 2019 по 2024 год»
    days = any(t.kind in DAY_KINDS or t.cat == Cat.MONTH for t in tokens)
    return (
        len(bounds) == 1
        and days
        and all(
            t.cat in (Cat.TO, Cat.BY, Cat.MONTH, Cat.YEAR_WORD)
            or t.kind in (Kind.NUM, *DAY_KINDS)
            or t.text == "."
            for t in tokens[1:]
        )
    )
