"""The deadline grammar: tokens → phrases → a schedule over the roadmap's period.

A deadline text is a sequence of phrases, joined by commas, slashes, «и» or nothing:

    phrase   := window | range | continuous | recurrence | «далее»
    window   := [«до»|«к»|«не позднее»|«в»|«в течение»|«конец»…] point
    range    := [«с»] point («-»|«по»|«до») point
    point    := date | day month [year] | month [year]
              | numeral [- numeral] квартал|полугодие|четверть [year]
              | year [, year …] | year - year [учебный год]
    continuous := «в течение года» | «в течение всего периода …» | «постоянно» | …
    recurrence := «ежегодно» | «ежеквартально» | «ежемесячно» | N «раз в» unit [«до» N «числа» …]

A phrase without a year takes it from the phrase before it (or, for the first, after it); a text
with no year at all is placed inside the period. A recurrence repeats the phrases before it over
the period; on its own it gives one occurrence per unit of the period. Text set by someone else
(«по отдельному графику») is unscheduled; anything left over makes the whole text not understood,
with that part quoted: the reader never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.schedule import Occurrence, Schedule, ScheduleKind
from mentorkit.deadlines.tokens import Token, normalize, tokenize

Build = Callable[[int], tuple[date | None, date]]
"""A window given the year its due date falls in: (start or None, due)."""

_UNSCHEDULED = re.compile(
    r"(?<![а-я])(?:"
    r"по\s+(?:отдельн\w*\s+|утвержденн\w*\s+|особ\w*\s+)?(?:график\w*|план\w*|расписани\w*|запрос\w*"
    r"|согласовани\w*|мере\s+\w+|необходимости|приказ\w*|распоряжени\w*|срок\w*|положени\w*"
    r"|решени\w*|письм\w*|заявк\w*|потребност\w*|указани\w*|информаци\w*|вызов\w*)"
    r"|в\s+соответствии\s+с|согласно|в\s+(?:установленн\w*|определенн\w*|указанн\w*)\s+срок\w*"
    r"|в\s+срок\w*,?\s+(?:установленн\w*|определенн\w*|указанн\w*)"
    r"|при\s+(?:необходимости|наличии|поступлении)|будет\s+определ\w*|уточня\w*|определя\w*"
    r")"
)

_YEAR_WORDS = {"г", "гг", "год", "года", "году", "годы", "годов", "годах", "годом"}
_QUARTER_WORDS = {"квартал", "квартала", "кварталы", "кварталов", "квартале", "кварталах", "кв"}
_HALF_WORDS = {"полугодие", "полугодия", "полугодии", "полугодий", "полугодиях", "полугодье"}
_TERM_WORDS = {"четверть", "четверти", "четвертей", "четвертях"}
_ACADEMIC_WORDS = {"учебный", "учебного", "учебном", "учебному", "уч", "учебн"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINALS = {
    **dict.fromkeys(("первый", "первое", "первая", "первого", "первом", "первой"), 1),
    **dict.fromkeys(("второй", "второе", "вторая", "второго", "втором"), 2),
    **dict.fromkeys(("третий", "третье", "третья", "третьего", "третьем", "третьей", "третью"), 3),
    **dict.fromkeys(("четвертый", "четвертое", "четвертая", "четвертого", "четвертом"), 4),
}
_BY = {"до", "к", "ко"}
_LAST = {"последняя", "последней", "последнюю"}
_IN = {"в", "во", "на", "за", "течение", "течении", "протяжении", "период", "срок", "сроки"}
_END = {"конец", "конца", "концу", "конце", "окончание", "окончания", "окончании", "завершение"}
_THEN = {"далее", "затем", "впоследствии", "потом", "после", "чего", "этого", "в", "дальнейшем"}
_JOIN = {"и", "а", "также", "или", "включительно", "срок", "сроки", "срока"}
_TRAIL = {
    "реализации",
    "цмн",
    "программы",
    "программ",
    "целевой",
    "модели",
    "наставничества",
    "дорожной",
    "карты",
    "проекта",
    "плана",
    "действия",
    "внедрения",
    "работы",
}
_CONTINUOUS = {"постоянно", "систематически", "регулярно", "ежедневно", "непрерывно"}
_DURING = {"течение", "течении", "теч", "протяжении"}
"""«в течение», as written, misspelt («в течении») or cut short («в теч.»)."""
_EVERY_WORDS = {
    "ежегодно": 12,
    "ежегодный": 12,
    "ежегодная": 12,
    "ежеквартально": 3,
    "поквартально": 3,
    "ежемесячно": 1,
    "помесячно": 1,
    "еженедельно": 0,
}
_UNIT_WORDS = {
    **dict.fromkeys(("год", "года"), 12),
    **dict.fromkeys(("полугодие", "полугодия", "полугодье", "полгода"), 6),
    **dict.fromkeys(("квартал", "квартала"), 3),
    **dict.fromkeys(("месяц", "месяца"), 1),
    **dict.fromkeys(("неделю", "недели", "неделя"), 0),
    **dict.fromkeys(("четверть", "четверти"), -1),
}
_TIMES_A_YEAR = {1: 12, 2: 6, 4: 3, 12: 1}
_BAD = -99
"""A recurrence that was read to its end and is not understood."""

_UNIT_NOTES = {12: "ежегодно", 6: "раз в полугодие", 3: "ежеквартально", 1: "ежемесячно"}
_UNIT_NOTES |= {0: "еженедельно", -1: "раз в четверть"}


@dataclass(frozen=True)
class Window:
    """A phrase naming days: a date, a month, a quarter… with or without its year."""

    build: Build
    year: int | None
    """The year written (the year of the due date), or None."""
    kind: str
    """day, month, quarter, half, term, year, academic."""
    by: bool = False
    """Written with «до»: due by that day, no start."""
    pos: int = 0
    who: str | None = None
    """«До 15.09.2021г./ МУ «РЦ УО»»: the body named after the date, in a column that mixes the
    deadline with who is responsible for it."""
    academic: Build | None = None
    """Without a year, in a period of academic years: the window in the academic year that starts
    in the given year («I полугодие» is September to December there)."""


@dataclass(frozen=True)
class Every:
    """A recurrence: every `months` months (12 a year, 0 a week, -1 a school term)."""

    months: int
    day: int | None = None
    """«до 5 числа»: due on that day of the unit's first month."""
    pos: int = 0
    ends: bool = False
    """«в конце года», «по итогам четверти»: due at each unit's end, with no start."""
    academic: bool = False
    """«в конце учебного года»: the year is the school year, whatever the period."""


@dataclass(frozen=True)
class Whole:
    """A continuous span: the whole period, or each of its years."""

    each_year: bool
    pos: int = 0


@dataclass(frozen=True)
class Then:
    pos: int = 0


Phrase = Window | Every | Whole | Then


@dataclass
class _Parser:
    tokens: list[Token]
    text: str
    i: int = 0
    phrases: list[Phrase] = field(default_factory=list)
    unparsed: list[tuple[int, int]] = field(default_factory=list)
    bad_dates: list[str] = field(default_factory=list)

    # -- looking at tokens --------------------------------------------------------------------

    def tok(self, offset: int = 0) -> Token | None:
        index = self.i + offset
        return self.tokens[index] if 0 <= index < len(self.tokens) else None

    def word(self, offset: int = 0) -> str:
        token = self.tok(offset)
        return token.text if token is not None and token.kind in ("word", "month") else ""

    def is_punct(self, chars: str, offset: int = 0) -> bool:
        token = self.tok(offset)
        return token is not None and token.kind == "punct" and token.text in chars

    def year(self, offset: int = 0) -> int | None:
        token = self.tok(offset)
        if token is not None and token.kind == "num" and len(token.text) == 4:
            return token.value if 1900 <= token.value <= 2100 else None
        return None

    def skip_year_words(self) -> None:
        """Skip «г.», «гг.», «года», «г.г.» after a year."""
        while self.word() in _YEAR_WORDS or (
            self.is_punct(".") and self.word(-1) in _YEAR_WORDS | {""} and self.prev_is_year_word()
        ):
            self.i += 1

    def prev_is_year_word(self) -> bool:
        token = self.tok(-1)
        return token is not None and token.text in _YEAR_WORDS

    # -- the text -----------------------------------------------------------------------------

    def parse(self) -> None:
        while self.i < len(self.tokens):
            if self.is_punct(",;/.:()!?+-") or self.word() in _JOIN:
                self.i += 1
                continue
            start = self.i
            phrases = self.phrase()
            if phrases is None:
                self.i = start
                self.skip_unknown()
                continue
            if phrases and isinstance(phrases[-1], Window):
                who = self.who()
                if who:
                    phrases[-1] = replace(phrases[-1], who=who)
            self.phrases.extend(phrases)

    def who(self) -> str | None:
        """Bodies written in capitals after a date («/ МУ «РЦ УО»», «ОО»), as in a column that
        mixes the deadline with the responsible."""
        saved = self.i
        if self.is_punct("/"):
            self.i += 1
        first = self.i
        while (
            (token := self.tok()) is not None
            and token.kind == "word"
            and token.text not in _GRAMMAR_WORDS
            and _capitals(self.text[token.start : token.end])
        ):
            self.i += 1
        if self.i == first:
            self.i = saved
            return None
        start, end = self.tokens[first].start, self.tokens[self.i - 1].end
        return " ".join(_quoted(self.text, start, end).split())

    def skip_unknown(self) -> None:
        """Mark one token as not understood, joining it to a not-understood token just before."""
        token = self.tokens[self.i]
        if token.kind == "baddate":
            self.bad_dates.append(token.text)
        self.i += 1
        if self.unparsed and self.unparsed[-1][1] == self.tokens[self.i - 2].end and self.i > 1:
            self.unparsed[-1] = (self.unparsed[-1][0], token.end)
        else:
            self.unparsed.append((token.start, token.end))

    def phrase(self) -> list[Phrase] | None:
        token = self.tok()
        if token is None:
            return None
        pos = token.start
        w = self.word()
        if w in ("далее", "затем", "впоследствии", "потом") or (
            w == "в" and self.word(1) == "дальнейшем"
        ):
            self.i += 2 if w == "в" else 1
            return [Then(pos)]
        if w == "после" and self.word(1) in ("чего", "этого"):
            self.i += 2
            return [Then(pos)]
        for attempt in (self.every, self.whole, self.span, self.windows):
            saved = self.i
            result = attempt()
            if result is not None:
                return [replace(p, pos=pos) for p in result]
            self.i = saved
        return None

    # -- recurrences --------------------------------------------------------------------------

    def every(self) -> list[Phrase] | None:
        w = self.word()
        months: int | None = None
        if w in _EVERY_WORDS:
            months = _EVERY_WORDS[w]
            self.i += 1
        elif w in ("каждый", "каждое", "каждую", "каждого") and self.word(1) in _UNIT_WORDS:
            months = _UNIT_WORDS[self.word(1)]
            self.i += 2
        else:
            months = self.times()
        if months == _BAD:
            return []
        if months is None:
            ends = self.unit_end()
            if ends is not None:
                return [Every(ends[0], ends=True, academic=ends[1])]
            # «до 5 числа каждого месяца», «не позднее 10 числа месяца, следующего за отчётным
            # кварталом», «до 20 числа ежемесячно»: the unit is said after the day.
            day, unit = self.day_of_month()
            if day is not None and unit is None and self.word() in _EVERY_WORDS:
                unit = _EVERY_WORDS[self.word()]
                self.i += 1
            if day is None or unit is None:
                return None
            return [Every(unit, day)]
        day, _ = self.day_of_month()
        return [Every(months, day)]

    def unit_end(self) -> tuple[int, bool] | None:
        """«по итогам четверти», «в конце учебного года», «по окончании каждого квартала»."""
        w = self.word()
        after = w == "по" and self.word(1) in ("итогам", "окончании", "завершении")
        if after or (w in ("в", "к", "на") and self.word(1) in _END):
            self.i += 2
        elif w in _END:
            self.i += 1
        else:
            return None
        if self.word() in ("каждой", "каждого", "каждое", "всего"):
            self.i += 1
        academic = self.word() in _ACADEMIC_WORDS
        if academic:
            self.i += 1
            self.skip_dot()
        unit = self.word()
        if unit in _UNIT_WORDS or unit in ("четверти", "полугодия", "квартала", "месяца"):
            self.i += 1
            months = _UNIT_WORDS.get(unit, {"четверти": -1, "полугодия": 6}.get(unit, 3))
            return months, academic and months == 12
        return None

    def skip_dot(self) -> None:
        if self.is_punct("."):
            self.i += 1

    def times(self) -> int | None:
        """«1 раз в год», «раз в квартал», «2 раза в год»."""
        count = 1
        token = self.tok()
        if token is not None and token.kind == "num":
            count = token.value
            self.i += 1
        if self.word() not in ("раз", "раза") or self.word(1) not in ("в", "во"):
            return None
        unit = self.word(2)
        if unit not in _UNIT_WORDS:
            return None
        self.i += 3
        months = _UNIT_WORDS[unit]
        if count == 1:
            return months
        if months == 12 and count in _TIMES_A_YEAR:
            return _TIMES_A_YEAR[count]
        # «3 раза в год»: no unit of the calendar fits; the whole phrase is not understood.
        self.unparsed.append((self.tokens[self.i - 4].start, self.tokens[self.i - 1].end))
        return _BAD

    def day_of_month(self) -> tuple[int | None, int | None]:
        """«до 5 числа», «не позднее 10-го числа месяца, следующего за отчётным кварталом»."""
        saved = self.i
        if self.is_punct(",-("):
            self.i += 1
        if self.word() == "не" and self.word(1) in ("позднее", "позже"):
            self.i += 2
        elif self.word() in _BY:
            self.i += 1
        token = self.tok()
        if (
            token is None
            or token.kind != "num"
            or not 1 <= token.value <= 31
            or self.word(1) not in ("числа", "число")
        ):
            self.i = saved
            return None, None
        self.i += 2
        # The rest says which month: «каждого месяца», «месяца, следующего за отчётным …».
        rest = {"каждого", "месяца", "следующего", "за", "отчетным", "отчетного", "кварталом"}
        rest |= {"месяцем", "периодом", "годом", "квартала"}
        said: set[str] = set()
        while self.word() in rest or (self.is_punct(",") and self.word(1) == "следующего"):
            said.add(self.word())
            self.i += 1
        if self.is_punct(")"):
            self.i += 1
        unit = None
        if "кварталом" in said or "квартала" in said:
            unit = 3
        elif "каждого" in said or "месяцем" in said:
            unit = 1
        elif "годом" in said:
            unit = 12
        return token.value, unit

    # -- continuous spans ---------------------------------------------------------------------

    def whole(self) -> list[Phrase] | None:
        w = self.word()
        if w in _CONTINUOUS or (w == "каждый" and self.word(1) == "день"):
            self.i += 1 if w in _CONTINUOUS else 2
            self.skip_trail()
            return [Whole(each_year=False)]
        if w in ("в", "на") and self.word(1) in _DURING:
            self.i += 2
            self.skip_dot()
        elif w in _DURING:
            self.i += 1
            self.skip_dot()
        elif w == "в" and self.word(1) == "период" and self.word(2) in _TRAIL:
            self.i += 2
            self.skip_trail()
            return [Whole(each_year=False)]
        elif w != "весь":
            return None
        if self.word() in ("всего", "весь", "каждого"):
            self.i += 1
        if self.word() in _ACADEMIC_WORDS:
            self.i += 1
            self.skip_dot()
        if self.word() in ("года", "год"):
            self.i += 1
            return [Whole(each_year=True)]
        if self.word() in ("периода", "период", "срока") or self.word() in _TRAIL:
            self.i += 1
            self.skip_trail()
            return [Whole(each_year=False)]
        return None

    def skip_trail(self) -> None:
        while self.word() in _TRAIL:
            self.i += 1

    # -- ranges and windows -------------------------------------------------------------------

    def span(self) -> list[Phrase] | None:
        """«с 01.09.2023 по 31.05.2024», «с сентября по декабрь 2023 г.»."""
        if self.word() not in ("с", "со", "от"):
            return None
        self.i += 1
        days = self.day_span()
        if days is not None:
            return [days]
        first = self.point()
        if first is None:
            return None
        if not (self.word() in ("по", "до") or self.is_punct("-")):
            return None
        self.i += 1
        second = self.point()
        if second is None:
            return None
        return [_range(first, second)]

    def day_span(self) -> Window | None:
        """«1 по 15 сентября [2023]», after «с»."""
        first, word, last, month = self.tok(), self.tok(1), self.tok(2), self.tok(3)
        if first is None or word is None or last is None or month is None:
            return None
        if (first.kind, last.kind, month.kind) == ("num", "num", "month") and word.text in (
            "по",
            "до",
            "-",
        ):
            self.i += 4
            return self.with_year(_days(first.value, last.value, month.value))
        return None

    def windows(self) -> list[Phrase] | None:
        by = False
        end = False
        while True:
            w = self.word()
            if w == "не" and self.word(1) in ("позднее", "позже"):
                self.i += 2
                by = True
            elif w in _BY:
                self.i += 1
                by = True
            elif w in _END:
                self.i += 1
                end = True
            elif w in _IN:
                self.i += 1
            else:
                break
        years = self.year_list()
        if years is not None:
            return [replace(_open_start(y) if by or end else y, by=by) for y in years]
        saved = self.i
        several = self.numbered()
        if several is not None and len(several) > 1:
            return [replace(_open_start(w) if by or end else w, by=by) for w in several]
        self.i = saved
        first = self.point()
        if first is None:
            return None
        if self.is_punct("-") or (self.word() == "по" and not by):
            saved = self.i
            self.i += 1
            second = self.point()
            if second is not None:
                first = _range(first, second)
            else:
                self.i = saved
        if by or end:
            first = _open_start(first)
        return [replace(first, by=by)]

    def year_list(self) -> list[Window] | None:
        """«2022, 2023 гг.», «2022-2024 гг.» (each year); «2023-2024 учебный год» (one)."""
        first = self.year()
        if first is None:
            return None
        self.i += 1
        years = [first]
        if self.is_punct("-/") and self.year(1) is not None:
            last = self.year(1) or first
            self.i += 2
            calendar = self.word() in ("гг", "годы", "годов", "годах")
            self.skip_year_words()
            if last == first + 1 and not calendar and self.word() not in _ACADEMIC_WORDS:
                # «2023-2024», as the format writes a period: an academic year.
                return [_academic_year(first)]
            if self.word() in _ACADEMIC_WORDS:
                if last != first + 1:
                    return None
                self.i += 1
                if self.is_punct("."):
                    self.i += 1
                self.skip_year_words()
                return [_academic_year(first)]
            if last < first:
                return None
            years = list(range(first, last + 1))
        else:
            while (self.is_punct(",") or self.word() == "и") and self.year(1) is not None:
                years.append(self.year(1) or first)
                self.i += 2
        self.skip_year_words()
        return [_year(y) for y in years]

    def point(self) -> Window | None:
        token = self.tok()
        if token is None:
            return None
        if token.kind == "date" and token.day is not None:
            self.i += 1
            self.skip_year_words()
            return _fixed_day(token.day)
        if token.kind == "daymonth" and token.day_month is not None:
            self.i += 1
            return self.with_year(_day(*token.day_month))
        if token.kind == "num" and self.tok(1) is not None:
            following = self.tok(1)
            assert following is not None
            if following.kind == "month" and 1 <= token.value <= 31:
                self.i += 2
                if self.is_punct("."):  # «15 сент. 2023»
                    self.i += 1
                return self.with_year(_day(token.value, following.value))
            if self.is_punct("-", 1) and self.tok(2) is not None and self.tok(3) is not None:
                last, month = self.tok(2), self.tok(3)
                assert last is not None and month is not None
                if last.kind == "num" and month.kind == "month":
                    self.i += 4
                    return self.with_year(_days(token.value, last.value, month.value))
        if token.kind == "month":
            self.i += 1
            if self.is_punct("."):
                self.i += 1
            return self.with_year(_month(token.value))
        if token.kind == "monthyear" and token.day_month is not None:
            self.i += 1
            self.skip_year_words()
            return replace(_month(token.day_month[1]), year=token.value)
        week = self.week()
        if week is not None:
            return week
        numbered = self.numbered()
        return numbered[0] if numbered and len(numbered) == 1 else None

    def numbered(self) -> list[Window] | None:
        """«IV квартал 2023», «1-2 кварталы 2024 г.», «I и III четверть», «I, II полугодие»."""
        first = self.numeral()
        if first is None:
            return None
        groups = [[first, first]]
        while self.is_punct("-,") or self.word() == "и":
            saved = self.i
            dash = self.is_punct("-")
            self.i += 1
            number = self.numeral()
            if number is None:
                self.i = saved
                break
            if dash:
                groups[-1][1] = number
            else:
                groups.append([number, number])
        unit = self.word()
        if unit == "кв" and self.is_punct(".", 1):
            self.i += 1
        count = 2 if unit in _HALF_WORDS else 4
        if unit not in _QUARTER_WORDS | _HALF_WORDS | _TERM_WORDS:
            return None
        if any(not 1 <= lo <= hi <= count for lo, hi in groups):
            return None
        self.i += 1
        academic = self.academic_year_after()
        windows = []
        for lo, hi in groups:
            if unit in _TERM_WORDS:
                windows.append(_academic_window(_term(lo, hi), academic, "term"))
            elif unit in _HALF_WORDS and academic is not None:
                windows.append(_fixed(_academic_half(lo, hi), academic, "half"))
            elif unit in _HALF_WORDS:
                halves = _calendar_part(lo, hi, 6, "half")
                windows.append(replace(halves, academic=_academic_half(lo, hi)))
            else:
                windows.append(_calendar_part(lo, hi, 3, "quarter"))
        year = self.year() if academic is None else None
        if year is not None:
            self.i += 1
            self.skip_year_words()
            windows = [w if w.kind == "term" else replace(w, year=year) for w in windows]
        return windows

    def week(self) -> Window | None:
        """«2 неделя сентября», «вторая неделя октября 2023 г.», «последняя неделя мая»."""
        token, unit, month = self.tok(), self.word(1), self.tok(2)
        if token is None or month is None or month.kind != "month":
            return None
        if unit not in ("неделя", "недели", "неделе", "неделю"):
            return None
        if token.text in _LAST:
            number = 5
        elif token.kind == "num" and 1 <= token.value <= 4:
            number = token.value
        elif token.text in _ORDINALS:
            number = _ORDINALS[token.text]
        else:
            return None
        self.i += 3
        return self.with_year(_week(number, month.value))

    def numeral(self) -> int | None:
        token = self.tok()
        if token is None:
            return None
        if token.kind == "num" and 1 <= token.value <= 4 and len(token.text) == 1:
            self.i += 1
            return token.value
        if token.kind == "word" and token.text in _ROMAN:
            self.i += 1
            return _ROMAN[token.text]
        if token.kind == "word" and token.text in _ORDINALS:
            self.i += 1
            return _ORDINALS[token.text]
        return None

    def academic_year_after(self) -> int | None:
        """«2023-2024 учебного года» after a half-year or a term: the first year, or None."""
        first = self.year()
        if first is None or not self.is_punct("-/", 1) or self.year(2) != first + 1:
            return None
        self.i += 3
        self.skip_year_words()
        if self.word() in _ACADEMIC_WORDS:
            self.i += 1
            if self.is_punct("."):
                self.i += 1
        self.skip_year_words()
        return first

    def with_year(self, window: Window) -> Window:
        year = self.year()
        if year is not None:
            self.i += 1
            self.skip_year_words()
            return replace(window, year=year)
        return window


# -- windows ---------------------------------------------------------------------------------


def _fixed_day(day: date) -> Window:
    def build(_year: int) -> tuple[date | None, date]:
        return None, day

    return Window(build, day.year, "day")


def _day(day: int, month: int) -> Window:
    date(2024, month, day)  # a day that no year has (31.02) is refused here
    return Window(lambda y: (None, date(y, month, day)), None, "day")


def _week(number: int, month: int) -> Window:
    """Week 1 is days 1–7 of the month, week 4 days 22–28; the last week, the last seven days."""

    def build(y: int) -> tuple[date | None, date]:
        if number == 5:
            end = month_end(y, month)
            return end.replace(day=end.day - 6), end
        return date(y, month, 7 * number - 6), date(y, month, 7 * number)

    return Window(build, None, "day")


def _days(first: int, last: int, month: int) -> Window:
    date(2024, month, first)
    date(2024, month, last)
    if last < first:
        raise ValueError
    return Window(lambda y: (date(y, month, first), date(y, month, last)), None, "day")


def _month(month: int) -> Window:
    return Window(lambda y: (date(y, month, 1), month_end(y, month)), None, "month")


def _calendar_part(first: int, last: int, months: int, kind: str) -> Window:
    def build(y: int) -> tuple[date | None, date]:
        return date(y, (first - 1) * months + 1, 1), month_end(y, last * months)

    return Window(build, None, kind)


def _term(first: int, last: int) -> Callable[[int], tuple[date, date]]:
    """School terms (четверти) of the academic year starting in year y."""
    bounds = {1: ((0, 9, 1), (0, 10, 31)), 2: ((0, 11, 1), (0, 12, 31))}
    bounds |= {3: ((1, 1, 1), (1, 3, 31)), 4: ((1, 4, 1), (1, 5, 31))}

    def build(y: int) -> tuple[date, date]:
        (sy, sm, sd), _ = bounds[first]
        _, (ey, em, ed) = bounds[last]
        return date(y + sy, sm, sd), date(y + ey, em, ed)

    return build


def _academic_half(first: int, last: int) -> Callable[[int], tuple[date, date]]:
    def build(y: int) -> tuple[date, date]:
        start = date(y, 9, 1) if first == 1 else date(y + 1, 1, 1)
        end = date(y, 12, 31) if last == 1 else date(y + 1, 5, 31)
        return start, end

    return build


def _academic_window(
    build: Callable[[int], tuple[date, date]], first_year: int | None, kind: str
) -> Window:
    """A part of an academic year: of the one written, or of whichever the period holds."""
    if first_year is not None:
        return _fixed(build, first_year, kind)
    return Window(
        lambda y: build(y if _first_half(build, y) else y - 1), None, kind, academic=build
    )


def _first_half(build: Callable[[int], tuple[date, date]], y: int) -> bool:
    return build(y)[1].year == y


def _fixed(build: Callable[[int], tuple[date, date]], first_year: int, kind: str) -> Window:
    start, due = build(first_year)
    return Window(lambda _y: (start, due), due.year, kind)


def _year(year: int) -> Window:
    return Window(lambda y: (date(y, 1, 1), date(y, 12, 31)), year, "year")


def _academic_year(first: int) -> Window:
    return _fixed(lambda y: (date(y, 9, 1), date(y + 1, 8, 31)), first, "academic")


def _open_start(window: Window) -> Window:
    build = window.build
    return replace(window, build=lambda y: (None, build(y)[1]))


def _range(first: Window, second: Window) -> Window:
    """From the start of `first` to the due date of `second`; a missing year is inferred."""

    def build(y: int) -> tuple[date | None, date]:
        if second.year is None and first.year is not None:
            # «ноябрь 2023 – январь»: the end is the first of its kind after the start.
            _, due = second.build(first.year)
            if due < _start(first, first.year):
                _, due = second.build(first.year + 1)
            return _start(first, first.year), due
        _, due = second.build(second.year or y)
        start_year = first.year
        if start_year is None:
            start_year = due.year
            if _start(first, start_year) > due:
                start_year -= 1
        return _start(first, start_year), due

    year = second.year
    if year is None and first.year is not None:
        year = build(first.year)[1].year
    return Window(build, year, second.kind)


def _start(window: Window, year: int) -> date:
    start, due = window.build(year)
    return start or due


# -- the schedule ----------------------------------------------------------------------------


def read_deadline(text: str, period: Period) -> Schedule:
    """Read a deadline text as a person would, over the roadmap's `period`. Never raises."""
    try:
        return _read(text, period)
    except (ValueError, OverflowError, RecursionError):
        return Schedule(
            text, ScheduleKind.NOT_UNDERSTOOD, reason="в тексте нет такой даты", unparsed=text
        )


MAX_LENGTH = 300
"""Longer text is not a deadline (and reading it would take long)."""


def _read(text: str, period: Period) -> Schedule:
    if not text.strip():
        return Schedule(text, ScheduleKind.NOT_UNDERSTOOD, reason="срок пуст", unparsed="")
    if len(text) > MAX_LENGTH:
        return Schedule(
            text,
            ScheduleKind.NOT_UNDERSTOOD,
            reason=f"срок длиннее {MAX_LENGTH} знаков: запишите в сроке только срок",
            unparsed=text,
        )
    norm = normalize(text)
    marker = _UNSCHEDULED.search(norm)
    head = text[: marker.start()] if marker else text
    parser = _Parser(tokenize(head), head)
    parser.parse()
    if marker:
        reason = text[marker.start() :].strip(" .,;()")
        dated = [p for p in parser.phrases if isinstance(p, Window)]
        if parser.unparsed or not dated:
            return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    if parser.unparsed:
        part = " … ".join(_quoted(head, s, e) for s, e in parser.unparsed)
        reason = "часть текста не понята"
        if parser.bad_dates:
            reason = f"такой даты нет в календаре: {', '.join(parser.bad_dates)}"
        return Schedule(text, ScheduleKind.NOT_UNDERSTOOD, reason=reason, unparsed=part)
    everies = [p for p in parser.phrases if isinstance(p, Every)]
    if len({e.months for e in everies}) > 1 or any(e.day and e.months <= 0 for e in everies):
        return Schedule(
            text,
            ScheduleKind.NOT_UNDERSTOOD,
            reason="повторения противоречат друг другу: оставьте одно",
            unparsed=text,
        )
    occurrences = _occurrences(parser.phrases, period)
    if not occurrences:
        return Schedule(
            text, ScheduleKind.NOT_UNDERSTOOD, reason="в тексте нет ни одной даты", unparsed=text
        )
    for occ in occurrences:
        if occ.start is not None and occ.start > occ.due:
            return Schedule(
                text,
                ScheduleKind.NOT_UNDERSTOOD,
                reason=f"начало {occ.start:%d.%m.%Y} позже конца {occ.due:%d.%m.%Y}",
                unparsed=text,
            )
    return Schedule(text, ScheduleKind.SCHEDULED, tuple(occurrences))


_GRAMMAR_WORDS = (
    _YEAR_WORDS
    | _QUARTER_WORDS
    | _HALF_WORDS
    | _TERM_WORDS
    | _ACADEMIC_WORDS
    | set(_ROMAN)
    | set(_ORDINALS)
    | _BY
    | _IN
    | _END
    | _THEN
    | _JOIN
    | _TRAIL
    | _CONTINUOUS
    | set(_EVERY_WORDS)
    | set(_UNIT_WORDS)
    | {"с", "со", "от", "по", "не", "весь", "всего", "раз", "раза", "числа"}
    | {"каждый", "каждое", "каждую", "каждого", "позже", "периода", "период", "года", "год"}
)
"""Words the grammar reads: never taken for the name of a body written in capitals."""


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _quoted(text: str, start: int, end: int) -> str:
    """The part as written, with a closing quote mark that the tokens left out."""
    while end < len(text) and text[end] in '»”"':
        end += 1
    return text[start:end]


def _occurrences(phrases: list[Phrase], period: Period) -> list[Occurrence]:
    windows = _with_years([p for p in phrases if isinstance(p, Window)])
    every = next((p for p in phrases if isinstance(p, Every)), None)
    bound: date | None = None
    if every is not None and every.day is None:
        # «… далее до 2025 г. ежегодно», «ежегодно до 2024 года»: a year written with «до»
        # bounds the recurrence instead of being a deadline of its own (unless it is the one
        # date the recurrence repeats).
        bounds = [
            w
            for i, w in enumerate(windows)
            if w.by and w.kind == "year" and (i > 0 or len(windows) == 1)
        ]
        if bounds:
            bound = bounds[-1].build(bounds[-1].year or period.end.year)[1]
            windows = [w for w in windows if w not in bounds]
    result: list[Occurrence] = []
    for phrase in phrases:
        # «ежемесячно в течение года»: the recurrence already spans the period.
        if isinstance(phrase, Whole) and every is None:
            spans = period.years() if phrase.each_year else [(period.start, period.end)]
            note = "каждый год периода" if phrase.each_year else "весь период"
            result += [Occurrence(due=end, start=start, note=note) for start, end in spans]
    if every is not None and (every.day is not None or not windows):
        result += [occ for occ in _units(every, period) if bound is None or occ.due <= bound]
    for window in windows:
        if window.year is None:
            result += _inside(window, period)
        elif every is not None and every.day is None and _longer_than(window, every):
            # «ежемесячно в 2023 году»: the recurrence's units inside that window.
            start, due = window.build(window.year)
            inside = period.clip(start or due, due)
            if inside:
                result += _units(every, Period(*inside))
        elif every is not None and every.day is None and every.months <= 0:
            # «01.09.2023, далее еженедельно»: the date, then the weeks (terms) after it.
            start, due = window.build(window.year)
            result.append(Occurrence(due=due, start=start, note=window.who))
            result += [occ for occ in _units(every, period) if (occ.start or occ.due) > due]
        elif every is not None and every.day is None:
            result += _repeat(window, every.months, period, bound)
        else:
            start, due = window.build(window.year)
            result.append(Occurrence(due=due, start=start, note=window.who))
    unique = {(occ.due, occ.start): occ for occ in result}
    return sorted(unique.values(), key=lambda occ: (occ.due, occ.start or date.min))


def _longer_than(window: Window, every: Every) -> bool:
    """Whether a window (a year, a quarter) holds several units of the recurrence."""
    assert window.year is not None
    start, due = window.build(window.year)
    if start is None or every.months == 12:
        return False
    unit_days = 7 if every.months == 0 else 60 if every.months < 0 else every.months * 28
    return (due - start).days > unit_days


def _with_years(windows: list[Window]) -> list[Window]:
    """Give a phrase without a year the year of the phrase before it (or after it, for the first),
    moving it a year on where that would put it before its neighbour."""
    result = list(windows)
    for index, window in enumerate(result):
        if window.year is not None or window.kind == "year":
            continue
        before = next((w for w in reversed(result[:index]) if w.year is not None), None)
        if before is not None and before.year is not None:
            _, previous_due = before.build(before.year)
            year = before.year
            if window.build(year)[1] < previous_due:
                year += 1
            result[index] = replace(window, year=year)
            continue
        after = next((w for w in result[index + 1 :] if w.year is not None), None)
        if after is not None and after.year is not None:
            next_start, next_due = after.build(after.year)
            year = after.year
            if window.build(year)[1] > (next_start or next_due):
                year -= 1
            result[index] = replace(window, year=year)
    return result


def _inside(window: Window, period: Period) -> list[Occurrence]:
    """Every occurrence of a phrase without a year whose due date falls inside the period."""
    found = []
    build = window.academic if period.academic and window.academic else window.build
    for year in range(period.start.year - 1, period.end.year + 2):
        try:
            start, due = build(year)
        except ValueError:  # 29 February in a year that has none
            continue
        if due in period:
            found.append(Occurrence(due=due, start=start))
    inside = [occ for occ in found if occ.start is None or occ.start in period]
    if inside or found:
        return inside or found
    # None falls in a short period: the nearest one, which the check reports as outside.
    nearest: list[tuple[int, Occurrence]] = []
    for year in range(period.start.year - 1, period.end.year + 2):
        try:
            start, due = build(year)
        except ValueError:
            continue
        distance = (period.start - due).days if due < period.start else (due - period.end).days
        nearest.append((distance, Occurrence(due=due, start=start)))
    return [min(nearest, key=lambda pair: pair[0])[1]] if nearest else []


def _repeat(window: Window, months: int, period: Period, bound: date | None) -> list[Occurrence]:
    """The phrase in its own year, then again every unit while inside the period (and bound)."""
    assert window.year is not None
    start, due = window.build(window.year)
    first = Occurrence(due=due, start=start)
    step = months if months > 0 else 12
    limit = min(period.end, bound) if bound else period.end
    repeats = []
    k = 1
    while True:
        shifted_due = _shift(due, step * k)
        if shifted_due > limit:
            break
        if shifted_due >= period.start:
            shifted_start = _shift(start, step * k) if start else None
            repeats.append(Occurrence(due=shifted_due, start=shifted_start, note="повтор"))
        k += 1
    if due < period.start and repeats:
        return repeats
    return [first, *repeats]


def _shift(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = month_end(year, month + 1).day
    # The last day of a month stays the last day (28.02 → 28.02, 31.12 → 31.12).
    if day == month_end(day.year, day.month):
        return date(year, month + 1, last)
    return date(year, month + 1, min(day.day, last))


def _units(every: Every, period: Period) -> list[Occurrence]:
    note = _UNIT_NOTES[every.months]
    if every.academic:
        # School years whose end falls in the period, whatever years the period counts in.
        ends = [date(y, 8, 31) for y in range(period.start.year, period.end.year + 1)]
        spans = [(date(end.year - 1, 9, 1), end) for end in ends if end in period]
        spans = spans or period.years()  # a school year cut at the end of lessons
    elif every.months == 0:
        spans = period.weeks()
    elif every.months == -1:
        spans = _terms(period)
    elif every.day is not None:
        # «до 5 числа» counts in calendar months and quarters, as reports do.
        spans = period.calendar_units(every.months)
    else:
        spans = period.units(every.months)
    if every.day is None:
        return [
            Occurrence(due=end, start=None if every.ends else start, note=note)
            for start, end in spans
        ]
    found = []
    for start, _ in spans:
        # The day is counted in the unit's own first month, not in a unit the period cuts.
        months = every.months if every.months > 0 else 1
        first_month = (start.month - 1) // months * months + 1
        unit_start = date(start.year, first_month, 1)
        if every.months < 0:
            unit_start = start.replace(day=1)
        due = unit_start.replace(day=min(every.day, month_end(start.year, first_month).day))
        if unit_start >= period.start and due in period:
            found.append(Occurrence(due=due, start=unit_start, note=note))
    return found


def _terms(period: Period) -> list[tuple[date, date]]:
    spans = []
    for year in range(period.start.year - 1, period.end.year + 1):
        for term in range(1, 5):
            window = period.clip(*_term(term, term)(year))
            if window:
                spans.append(window)
    return spans


def occurrences_text(occurrences: tuple[Occurrence, ...]) -> str:
    """«01.09.2023–30.09.2023; до 15.03.2024» for messages."""
    parts = []
    for occ in occurrences:
        if occ.start:
            parts.append(f"{occ.start:%d.%m.%Y}–{occ.due:%d.%m.%Y}")
        else:
            parts.append(f"до {occ.due:%d.%m.%Y}")
    return "; ".join(parts)
