"""The grammar of the points a deadline names: dates, days, months, weeks, parts of a year
(quarters, halves, школьные четверти и триместры), years, school years, holidays; and the windows
and ranges made of them («до …», «в конце …», «сентябрь – ноябрь»)."""

from __future__ import annotations

import re
from dataclasses import replace

from mentorkit.deadlines.day_lists import DayListReader
from mentorkit.deadlines.phrases import Failure, Phrase, Point, PointKind, Window
from mentorkit.deadlines.tokens import Kind
from mentorkit.deadlines.vocabulary import AS_OF, PARTS, Cat, Unit

_ROMAN = ("i", "ii", "iii", "iv")
_WHOLE = (PointKind.MONTH, PointKind.PART, PointKind.HOLIDAYS)
_BEFORE_WHOLE = (
    "«до» или «к» перед месяцем или частью года без числа: до начала или до конца — не ясно; "
    "напишите число или «до конца …»"
)
_FROM_ALONE = (
    "«от …» без «до …»: это дата документа (протокола, приказа) или начало срока — не ясно; "
    "напишите «до …» (к этому дню) или «с … по …» (окно)"
)
_CLOSED_RANGE = (
    "«до …», «в конце …» перед окном «… – …»: к первому дню, ко второму или между ними — не "
    "ясно; напишите «с … по …» или «до …» с одной датой"
)


_PAIRS_OF_DAYS = (
    "окно между двумя парами дней («23-24.01 – 12-13.02»): с какого дня по какой — не ясно; "
    "напишите «с … по …» одним днём с каждой стороны"
)
_NAMED_DAYS = re.compile(r"декад|половин|недел|середин|начал|конц")


def _pairs_of_days(words: str, first: Window, second: Window) -> bool:
    """Both ends of a dash range are days written by number («17-28.10», «23-24 января»), not
    named spans («первая декада сентября – вторая декада октября»)."""
    return not _NAMED_DAYS.search(words) and all(
        w.point.kind == PointKind.DAYS and w.point.day < w.point.last and not w.point.to_end
        for w in (first, second)
    )


class PointReader(DayListReader):
    # -- ranges and windows -------------------------------------------------------------------

    def span(self) -> list[Phrase] | None:
        """«с 01.09.2023 по 31.05.2024», «с сентября по декабрь 2023 г.», «с 1 по 15 мая»,
        «в период с 1 по 6 февраля», «с сентября до конца октября»."""
        while self.cat() == Cat.IN:
            self.i += 1
        begin, said = self.i, self.word()
        if not self.take(Cat.FROM):
            # «19 по 24 апреля»: «с» left out, the days and «по» still say the window.
            day, word = self.tok(), self.tok(1)
            if day is None or word is None or day.kind != Kind.NUM or word.cat != Cat.TO:
                return None
            days = self.day_span()
            return None if days is None else [days]
        days = self.day_span()
        if days is not None:
            return [days]
        spans = self.spans_of_days()
        if spans is not None:
            return [*spans]
        years = self.year_span()
        if years is not None:
            return [years]
        if self.cat() == Cat.MIDDLE:
            return None  # «с середины октября»: from the 11th, the 15th? Not guessed.
        first = self.point() or self.since_year()
        if first is None:
            return None
        if first.point.kind == PointKind.SCHOOL_YEAR and (
            self.cat() in (Cat.TO, Cat.BY) or self.punct("-")
        ):
            return None  # «с 2022-2023 учебного года по …»: school years to what? Not guessed.
        joined = 1 if self.word() == "и" else 0  # «с 30 декабря и до 8 января»
        lasts = 1 if self.cat(joined) == Cat.LASTS else 0  # «… и продлится до 1 февраля»
        if (joined or lasts) and self.cat(joined + lasts) in (Cat.TO, Cat.BY):
            self.i += joined + lasts
        if not (self.cat() in (Cat.TO, Cat.BY) or self.punct("-")):
            # «с 1 сентября», «с 2024 года»: from that day on, to the end of the period.
            if said == "от":
                # «от 24.03.2022 г.»: in a deadline cell, far more often the date of a protocol
                # or an order than a start; neither is guessed.
                self.failures.append(Failure(self.span_from(begin), _FROM_ALONE))
                return []
            return [replace(first, since=True)]
        self.i += 1
        if self.tokens[self.i - 1].text == "-" and self.cat() in (Cat.TO, Cat.BY):
            self.i += 1  # «с 1.09.2024 г. – по 31.05.2025 г.»
        self.take(Cat.END)  # «с сентября до конца октября»: the end of a month is its last day
        if self.cat() in (Cat.START, Cat.MIDDLE):
            return None  # «с 1 сентября до начала октября»: to which day? Not guessed.
        second = self.point() or self.since_year()
        if second is None:
            return None
        return [_range(first, second)]

    def windows(self) -> list[Phrase] | None:
        begin = self.i
        by = end = before = False
        about: str | None = None
        while True:
            if self.cat() == Cat.NOT and self.cat(1) == Cat.LATER:
                self.i += 2
                by = True
            elif self.take(Cat.BY):
                by = before = True
            elif self.take(Cat.END):
                end = True
            elif self.cat() == Cat.TO and self.cat(1) == Cat.RESULTS:
                about = self.word(1)
                self.i += 2
                end = True
            elif self.value() == AS_OF and self.cat(1) not in (Cat.DURING, Cat.IN, Cat.WHOLE):
                about = self.word()  # not «на протяжении июня»: that is all of June
                self.i += 1
            elif self.cat() == Cat.TO and not by:
                self.i += 1  # «по 2 марта включительно»: due by that day
                by = True
            elif self.cat() == Cat.WHOLE and (
                self.year(1) is not None or self.cat(1) in (Cat.MONTH, Cat.SEASON)
            ):
                self.i += 1  # «в течение всего 2024 года», «весь сентябрь», «всего лета»
            elif not (self.take(Cat.IN) or self.take(Cat.DURING)):
                break
        closed = by or end
        if closed and self.cat() in (Cat.START, Cat.MIDDLE):
            # «до начала октября»: the 30th of September or the 1st of October? «до середины
            # октября»: the 15th or the 20th? Not guessed.
            return None
        years = self.year_list()
        if years is not None:
            return [replace(y, by=by, open=closed, about=about) for y in years]
        saved = self.i
        several = self.numbered()
        if several is None:
            self.i = saved
            several = self.day_list()
        if several is not None and len(several) > 1:
            return self.before_whole(before and not end, begin, several) or [
                replace(w, by=by, open=closed, about=about) for w in several
            ]
        self.i = saved
        several = self.holiday_list()
        if several is not None:
            return self.before_whole(before and not end, begin, several) or [
                replace(w, by=by, open=closed, about=about) for w in several
            ]
        self.i = saved
        first = self.point()
        if first is None:
            return None
        refused = self.before_whole(before and not end and not self.punct("-"), begin, [first])
        if refused is not None:
            return refused
        if self.punct("-") or (self.cat() == Cat.TO and not by):
            saved = self.i
            self.i += 1
            second = self.point()
            if second is not None and closed:
                # «конец сентября – начало октября»: from which day? «до 09.02.2023 - 21.02.2023»,
                # «не позднее 20 ноября – 4 декабря»: by the first, by the second, or between?
                self.failures.append(Failure(self.span_from(begin), _CLOSED_RANGE))
                return []
            words = " ".join(t.text for t in self.tokens[begin : self.i])
            if second is not None and _pairs_of_days(words, first, second):
                # «23-24.01.2025 - 12-13.02.2025 г.»: days given in pairs (arrival and
                # departure?): from the 23rd or the 24th, to the 12th or the 13th?
                self.failures.append(Failure(self.span_from(begin), _PAIRS_OF_DAYS))
                return []
            if second is not None:
                first = _range(first, second)
            else:
                self.i = saved
        return [replace(first, by=by, open=closed, about=about)]

    def before_whole(self, before: bool, begin: int, windows: list[Window]) -> list[Phrase] | None:
        """«до сентября», «к маю», «до II четверти», «до каникул»: before it begins, or by its
        end? Not guessed (a failure, and no phrases); None where the text says a day, or
        «до конца …»."""
        if before and any(w.point.kind in _WHOLE or w.point.season for w in windows):
            self.failures.append(Failure(self.span_from(begin), _BEFORE_WHOLE))
            return []
        return None

    def point(self) -> Window | None:
        token = self.tok()
        if token is None:
            return None
        if token.kind == Kind.DATE and token.day is not None:
            if self.year(1) is not None:
                return None  # «2013-03-12 2014 2015»: a year after a full date belongs to nothing
            self.i += 1
            self.skip_year_words()
            return Window(Point(PointKind.DATE, fixed=token.day), year=token.day.year)
        if token.kind == Kind.DAYMONTH and token.day_month is not None:
            self.i += 1
            self.skip_dot()
            day, month = token.day_month
            return self.with_year(Window(Point(PointKind.DAY, month=month, day=day)))
        if token.kind == Kind.NUM and self.tok(1) is not None:
            following = self.tok(1)
            assert following is not None
            if following.cat == Cat.MONTH and 1 <= token.value <= 31:
                self.i += 2
                self.skip_dot()  # «15 сент. 2023»
                if token.value > _days_in(following.value):
                    return None
                return self.with_year(Window(Point(PointKind.DAY, following.value, token.value)))
            last, after = self.tok(2), self.tok(3)
            if (
                self.punct("-", 1)
                and last is not None
                and last.kind in (Kind.DATE, Kind.DAYMONTH)
                and last.day_month is not None
            ):
                self.i += 3
                return self.days_to(token.value, last)
            if (
                self.punct("-", 1)
                and last is not None
                and after is not None
                and last.kind == Kind.NUM
                and after.cat == Cat.MONTH
            ):
                self.i += 4
                self.skip_dot()  # «26-27 дек. 2011 г.», «26-27 декабря. 2011 г.», as one day
                return self.days(token.value, last.value, after.value)
        if token.cat == Cat.MONTH:
            self.i += 1
            self.skip_dot()
            return self.with_year(Window(Point(PointKind.MONTH, month=token.value)))
        if token.kind == Kind.MONTHYEAR and token.day_month is not None:
            self.i += 1
            self.skip_year_words()
            return Window(Point(PointKind.MONTH, month=token.day_month[1]), year=token.value)
        attempts = (self.week, self.tenth, self.weekday, self.holidays, self.season, self.named_day)
        for attempt in attempts:
            saved = self.i
            found = attempt()
            if found is not None:
                return found
            self.i = saved
        numbered = self.numbered()
        return numbered[0] if numbered and len(numbered) == 1 else None

    def numbered(self) -> list[Window] | None:
        """«IV квартал 2023», «1-2 кварталы 2024 г.», «I и III четверть», «I, II полугодие»."""
        first = self.numeral()
        if first is None:
            return None
        groups = [[first, first]]
        while self.punct("-,") or self.cat() == Cat.JOIN:
            saved = self.i
            dash = self.punct("-")
            self.i += 1
            number = self.numeral()
            if number is None:
                self.i = saved
                break
            if dash:
                groups[-1][1] = number
            else:
                groups.append([number, number])
        unit = self.unit()
        if unit not in PARTS:
            return None
        assert unit is not None
        self.i += 1
        self.skip_dot()  # «4 кв. 2023»
        if any(not 1 <= lo <= hi <= PARTS[unit] for lo, hi in groups):
            return None
        school = self.school_year_after()
        if school is not None and unit == Unit.QUARTER:
            # «I квартал 2024-2025 учебного года»: September–November, or January–March 2025?
            # Schools write both; not guessed.
            return None
        year = self.written_year() if school is None else None
        return [
            Window(Point(PointKind.PART, first=lo, last=hi, unit=unit), year, school)
            for lo, hi in groups
        ]

    def week(self) -> Window | None:
        """«2 неделя сентября», «вторая неделя октября 2023 г.», «последняя неделя мая», «2-3
        неделя сентября» (8–21)."""
        first, last, month = self.tok(), self.tok(2), self.tok(4)
        if (
            self.punct("-", 1)
            and first is not None
            and last is not None
            and month is not None
            and first.kind == last.kind == Kind.NUM
            and 1 <= first.value < last.value <= 4
            and self.unit(3) == Unit.WEEK
            and month.cat == Cat.MONTH
        ):
            self.i += 5
            days = Point(PointKind.DAYS, month.value, 7 * first.value - 6, last=7 * last.value)
            return self.with_year(Window(days))
        token, month = self.tok(), self.tok(2)
        if token is None or month is None or month.cat != Cat.MONTH or self.unit(1) != Unit.WEEK:
            return None
        if token.cat == Cat.LAST:
            number = 5
        elif (token.kind == Kind.NUM and 1 <= token.value <= 4) or (
            token.cat == Cat.ORDINAL and token.text not in _ROMAN
        ):
            number = token.value
        else:
            return None
        self.i += 3
        return self.with_year(Window(Point(PointKind.WEEK, month=month.value, last=number)))

    def tenth(self) -> Window | None:
        """«первая декада сентября» (1–10), «в третьей декаде мая» (21 – конец месяца), «вторая
        половина октября» (16 – конец)."""
        token, word, month = self.tok(), self.tok(1), self.tok(2)
        if token is not None and token.cat in (Cat.START, Cat.MIDDLE) and word is not None:
            if word.cat != Cat.MONTH:
                return None
            # «в начале сентября», «в середине мая»: the first or the second decade.
            self.i += 2
            first = 1 if token.cat == Cat.START else 11
            point = Point(PointKind.DAYS, month=word.value, day=first, last=first + 9)
            return self.with_year(Window(point))
        if token is None or word is None or month is None or month.cat != Cat.MONTH:
            return None
        if token.cat == Cat.ORDINAL or (token.kind == Kind.NUM and len(token.text) == 1):
            number = token.value
        elif token.cat == Cat.LAST:
            number = 3 if word.cat == Cat.DECADE else 2
        else:
            return None
        if word.cat == Cat.DECADE and 1 <= number <= 3:
            first, last = 10 * number - 9, 10 * number
        elif word.cat == Cat.HALF_OF and 1 <= number <= 2:
            first, last = 15 * number - 14, 15 * number
        else:
            return None
        self.i += 3
        # The last decade and the second half run to the month's end, whatever its length.
        point = Point(PointKind.DAYS, month=month.value, day=first, last=last, to_end=last == 30)
        return self.with_year(Window(point))

    def weekday(self) -> Window | None:
        """«первая среда декабря», «в последнюю пятницу мая 2024 г.»."""
        token, day, month = self.tok(), self.tok(1), self.tok(2)
        if token is None or day is None or month is None or month.cat != Cat.MONTH:
            return None
        if day.cat != Cat.WEEKDAY or len(day.text) <= 2:
            return None
        if token.cat == Cat.LAST:
            number = 5
        elif token.cat == Cat.ORDINAL and token.text not in _ROMAN:
            number = token.value
        else:
            return None
        self.i += 3
        point = Point(PointKind.WEEKDAY, month=month.value, day=day.value, last=number)
        return self.with_year(Window(point))


def _range(first: Window, second: Window) -> Window:
    # «весна – лето»: the second end is a span of its own; the range runs to its last day.
    end = second.end or second.point
    return replace(first, end=end, year=second.year, start_year=first.start_year or first.year)


def _days_in(month: int) -> int:
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
