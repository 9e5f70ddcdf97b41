"""The grammar of recurrences: «ежегодно», «2 раза в год», «по итогам четверти», «каждый
понедельник», «до 5 числа каждого месяца», «ежемесячно с 9 по 17 число», «последняя пятница
месяца»."""

from __future__ import annotations

from typing import NamedTuple

from mentorkit.deadlines.phrases import Every, Failure, Phrase
from mentorkit.deadlines.points import PointReader
from mentorkit.deadlines.tokens import Kind, Token
from mentorkit.deadlines.vocabulary import Cat, Unit

FAILED = object()
_OTHER_WEEKDAY = "в скобках другой день недели, чем перед ними: оставьте один"
"""A phrase read to its end and not understood: its failure is already recorded."""
_MONTHS_UNIT = {1: Unit.MONTH, 2: Unit.TWO_MONTHS, 3: Unit.QUARTER, 6: Unit.HALF, 12: Unit.YEAR}
_EVERY_TWO_WEEKS = (
    "«раз в 2 недели»: с какой недели считать, не сказано — напишите дни недели или даты"
)
_ROMAN = ("i", "ii", "iii", "iv")
_TIMES_A_YEAR = {1: Unit.YEAR, 2: Unit.HALF, 4: Unit.QUARTER, 12: Unit.MONTH}
_NAMED_ALONE = frozenset(
    {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
    | {"пн", "пон", "пнд", "вт", "втр", "ср", "чт", "пт", "сб", "суб", "вс", "вск", "воскр"}
)
"""Weekdays as a week's timetable names them, in the nominative or cut short."""


class MonthDay(NamedTuple):
    """«с 9 по 17 число каждого месяца»: the days of a unit's month a recurrence is due on."""

    first: int | None
    day: int
    unit: Unit | None
    last_month: bool


def _every(unit: Unit, said: MonthDay) -> Every:
    return Every(unit, said.day, from_day=said.first, last_month=said.last_month)


class RecurrenceReader(PointReader):
    # -- recurrences --------------------------------------------------------------------------

    def every(self) -> list[Phrase] | None:
        monthly = self.month_weekday() or self.month_part()
        if monthly is not None:
            return [monthly]
        token = self.tok()
        unit: Unit | None = None
        if token is not None and token.is_cat(Cat.EVERY) and token.entry is not None:
            unit = Unit(str(token.entry.value))
            self.i += 1
        elif self.cat() == Cat.EACH and self.unit(1) is not None:
            unit = self.unit(1)
            self.i += 2
        elif self.cat() == Cat.EACH and self.cat(1) == Cat.CURRENT and self.unit(2) == Unit.YEAR:
            # «не позднее 15 февраля каждого текущего года»: each year of the period, the one
            # that is current when the day comes.
            unit = Unit.YEAR
            self.i += 3
        elif self.cat() == Cat.WEEKDAY and len(self.word()) > 2 and self.after(Unit.WEEK):
            # «по вторникам и четвергам»: the second weekday of the same recurrence;
            # «еженедельно (пятница)»: the day of the week it falls on.
            last = self.last_phrase()
            self.i += 1
            day = token.value if token else 0
            if self.punct("(", -2) and isinstance(last, Every) and last.weekday not in (None, day):
                # «еженедельно по пятницам (вторник)»: Fridays, or Tuesdays? Not both.
                self.failures.append(Failure(self.span_from(self.i - 1), _OTHER_WEEKDAY))
                return []
            return [Every(Unit.WEEK, weekday=day)]
        elif (listed := self.weekday_list()) is not None:
            return [Every(Unit.WEEK, weekday=day) for day in listed]
        elif self.cat() in (Cat.EACH, Cat.TO) and self.cat(1) == Cat.WEEKDAY:
            # «каждый понедельник», «по средам»; the weekday must be a word, not «пн».
            weekday = self.tok(1)
            if (
                weekday is None
                or len(weekday.text) <= 2
                or (self.cat() == Cat.TO) != weekday.text.endswith("ам")
            ):
                return None
            self.i += 2
            return [Every(Unit.WEEK, weekday=weekday.value)]
        else:
            counted = self.times()
            if counted is FAILED:
                return []
            unit = counted if isinstance(counted, Unit) else None
        if unit is None:
            once = self.tok()
            if (
                once is not None
                and once.kind == Kind.NUM
                and once.value == 1
                and self.cat(1) == Cat.TIMES
                and self.cat(2) == Cat.IN
                and self.cat(3) == Cat.END
            ):
                self.i += 2  # «1 раз в конце учебного года»: once, at the end of each
            ends = self.unit_end()
            if ends is not None:
                return [ends]
            # «до 5 числа каждого месяца», «не позднее 10 числа месяца, следующего за отчётным
            # кварталом», «до 20 числа ежемесячно»: the unit is said after the day.
            start = self.i
            said = self.day_of_month()
            if said is None:
                return None
            unit = said.unit
            token = self.tok()
            if unit is None and token is not None and token.is_cat(Cat.EVERY) and token.entry:
                unit = Unit(str(token.entry.value))
                self.i += 1
            if unit is None:
                # «с 9 по 17 число»: days of which month? Not guessed.
                reason = "число без месяца: допишите месяц или «ежемесячно»"
                self.failures.append(Failure(self.span_from(start), reason))
                return []
            return [_every(unit, said)]
        said = self.day_of_month()
        if said is None:
            return [Every(unit)]
        return [_every(unit, said)]

    def weekday_list(self) -> list[int] | None:
        """«вторник, четверг», «пн, ср, пт»: two or more weekdays named alone, as a week's
        timetable names them — every week on those days, as «по вторникам и четвергам». One
        weekday alone («среда») is not read: that week's, or every week's? Nor are weekdays
        after «в» («во вторник и четверг»: which week?)."""
        saved = self.i
        days: list[int] = []
        while self.cat() == Cat.WEEKDAY and self.word() in _NAMED_ALONE:
            token = self.tok()
            days.append(int(token.value) if token is not None else 0)
            self.i += 1
            if self.punct(".") and len(self.word(-1)) <= 5:
                self.i += 1  # «пн., ср.»
            if (self.punct(",") or self.cat() == Cat.JOIN) and self.cat(1) == Cat.WEEKDAY:
                self.i += 1
            else:
                break
        if len(days) < 2 or len(set(days)) < len(days):
            self.i = saved
            return None
        return days

    def after(self, unit: Unit) -> bool:
        """Whether the phrase before is a recurrence in `unit` («1 раз в месяц (последняя
        пятница)»): the parser knows its phrases."""
        return False

    def last_phrase(self) -> Phrase | None:
        """The phrase read before this one (the parser knows its phrases)."""
        return None

    def month_weekday(self) -> Every | None:
        """«последняя пятница месяца», «в первый понедельник каждого месяца», «ежемесячно в
        последнюю среду»: one weekday of every month."""
        saved = self.i
        token = self.tok()
        monthly = token is not None and token.is_cat(Cat.EVERY) and self.unit() is None
        if monthly and token is not None and token.entry is not None:
            if token.entry.value != Unit.MONTH:
                return None
            self.i += 1
            if self.punct(","):
                self.i += 1
        while self.cat() in (Cat.IN, Cat.EACH):
            self.i += 1
        number, weekday = self.tok(), self.tok(1)
        if (
            number is None
            or weekday is None
            or weekday.cat != Cat.WEEKDAY
            or len(weekday.text) <= 2
            or not (
                number.cat == Cat.LAST
                or (number.cat == Cat.ORDINAL and number.value <= 4)
                or (number.kind == Kind.NUM and 1 <= number.value <= 4)  # «3-я пятница месяца»
            )
            or number.text in ("i", "ii", "iii", "iv")
        ):
            self.i = saved
            return None
        self.i += 2
        self.take(Cat.EACH)
        named = self.unit() == Unit.MONTH
        if named:
            self.i += 1
        if not (named or monthly or self.after(Unit.MONTH)):
            self.i = saved
            return None
        nth = 5 if number.cat == Cat.LAST else number.value
        return Every(Unit.MONTH, weekday=weekday.value, nth=nth)

    def month_part(self) -> Every | None:
        """«первая неделя каждого месяца», «2-я неделя месяца», «третья декада каждого месяца»:
        those days of every month (a week of a month is its days 1–7, 8–14…; the last week,
        whose first day differs from month to month, is not read here)."""
        token, word = self.tok(), self.tok(1)
        if token is None or word is None:
            return None
        number = token.value if token.cat == Cat.ORDINAL and token.text not in _ROMAN else 0
        if token.kind == Kind.NUM and len(token.text) == 1:
            number = token.value
        week = self.unit(1) == Unit.WEEK
        length = 7 if week else 10
        if not (week or word.cat == Cat.DECADE) or not 1 <= number <= (4 if week else 3):
            return None
        each = self.cat(2) == Cat.EACH
        if self.unit(2 + each) != Unit.MONTH:
            return None
        self.i += 3 + each
        first = length * (number - 1) + 1
        last = 31 if not week and number == 3 else first + length - 1
        return Every(Unit.MONTH, day=last, from_day=first)

    def unit_end(self) -> Every | None:
        """«по итогам четверти», «в конце учебного года», «по окончании каждого квартала»."""
        saved = self.i
        found = self.unit_end_here()
        if found is None:
            self.i = saved
        return found

    def unit_end_here(self) -> Every | None:
        after = self.cat() == Cat.TO and self.cat(1) == Cat.RESULTS
        self.take(Cat.IN)
        if after or (self.cat() == Cat.BY and self.cat(1) == Cat.END):
            self.i += 2
        elif self.cat() == Cat.LAST and self.cat(1) == Cat.DAY:
            self.i += 2  # «в последний день месяца (четверти)»: its last day
        elif not self.take(Cat.END):
            return None
        if self.cat() in (Cat.EACH, Cat.WHOLE):
            self.i += 1
        school = self.take(Cat.SCHOOL)
        self.skip_dot()
        unit = self.unit()
        if unit is None or unit == Unit.WEEK:
            return None
        self.i += 1
        return Every(unit, ends=True, school=school and unit == Unit.YEAR)

    def times(self) -> Unit | object | None:
        """«1 раз в год», «раз в квартал», «2 раза в год», «не реже одного раза в четверть»."""
        saved = self.i
        if self.cat() == Cat.NOT and self.word(1) == "реже":
            self.i += 2  # «не реже одного раза в …»: at least once in each unit
        count, said = 1, False
        token = self.tok()
        if token is not None and (token.kind == Kind.NUM or token.cat == Cat.COUNT):
            count, said = token.value, True
            self.i += 1
        months = self.tok(2)
        if (
            count == 1
            and self.cat() == Cat.TIMES
            and self.word(1) == "в"
            and months is not None
            and (months.kind == Kind.NUM or months.cat == Cat.COUNT)
        ):
            counted = self.every_n(2)
            if counted is not None:
                return counted
        each = self.cat() == Cat.EACH and self.tok(1)
        if not said and each and (each.kind == Kind.NUM or each.cat == Cat.COUNT):
            counted = self.every_n(1)  # «каждые 2 месяца»
            if counted is not None:
                return counted
        if self.cat() != Cat.TIMES or self.word(1) not in ("в", "во") or self.unit(2) is None:
            self.i = saved
            return None
        if count == 1 and not said and self.word() != "раз":
            self.i = saved  # «раза в год» with no number: not this phrase
            return None
        unit = self.unit(2)
        assert unit is not None
        self.i += 3
        if count == 1:
            return unit
        if unit == Unit.YEAR and count in _TIMES_A_YEAR:
            return _TIMES_A_YEAR[count]
        # «3 раза в год»: no unit of the calendar fits; the whole phrase is not understood.
        reason = (
            f"«{count} раза в …»: не сказано, когда именно (год не делится так на равные части "
            "календаря) — напишите месяцы, даты или дни недели"
        )
        self.failures.append(Failure(self.span_from(saved), reason))
        return FAILED

    def every_n(self, offset: int) -> Unit | object | None:
        """«1 раз в 3 месяца» (once a quarter), «каждые два месяца», «раз в 2 недели» (not
        understood: from which week?): the number at `offset`, the unit after it."""
        number = self.tok(offset)
        assert number is not None
        unit = self.unit(offset + 1)
        start = self.i
        if unit == Unit.MONTH and number.value in _MONTHS_UNIT:
            self.i += offset + 2
            return _MONTHS_UNIT[number.value]
        if unit == Unit.WEEK and number.value == 2:
            self.i += offset + 2
            self.failures.append(Failure(self.span_from(start), _EVERY_TWO_WEEKS))
            return FAILED
        return None

    def day_of_month(self) -> MonthDay | None:
        """«до 5 числа», «с 9 по 17 число», «не позднее 10-го числа месяца, следующего за
        отчётным кварталом», «до 25 числа последнего месяца квартала»."""
        saved = self.i
        if self.punct(",-("):
            self.i += 1
        while self.cat() == Cat.IN:
            self.i += 1  # «в период с 1 по 5 число»
        first: int | None = None
        if self.cat() == Cat.NOT and self.cat(1) == Cat.LATER:
            self.i += 2
        elif self.take(Cat.FROM) or (self._number(self.tok()) and self.punct("-", 1)):
            start = self.tok()
            if not self._number(start) or not (
                self.cat(1) in (Cat.TO, Cat.BY) or self.punct("-", 1)
            ):
                self.i = saved
                return None
            assert start is not None
            first = start.value
            self.i += 2
        else:
            self.take(Cat.BY)
        token = self.tok()
        if not self._number(token) or self.cat(1) != Cat.DAY_WORD:
            self.i = saved
            return None
        assert token is not None
        if first is not None and first > token.value:
            self.i = saved
            return None
        self.i += 2
        # The rest says which month: «каждого месяца», «месяца, следующего за отчётным …».
        units: list[Unit] = []
        each = last = False
        while True:
            if self.cat() in (Cat.NEXT, Cat.REPORTING, Cat.PERIOD) or self.word() == "за":
                self.i += 1
            elif self.cat() == Cat.EACH:
                each = True
                self.i += 1
            elif self.cat() == Cat.LAST and self.unit(1) == Unit.MONTH:
                last = True  # «последнего месяца квартала»
                self.i += 2
            elif self.unit() in (Unit.MONTH, Unit.QUARTER, Unit.HALF, Unit.YEAR):
                unit = self.unit()
                assert unit is not None
                units.append(unit)
                self.i += 1
            elif self.punct(",") and self.cat(1) == Cat.NEXT:
                self.i += 1
            else:
                break
        if self.punct(")"):
            self.i += 1
        # «месяца, следующего за отчётным кварталом»: the last unit named is the one counted.
        unit = units[-1] if units else (Unit.MONTH if each else None)
        if last and unit in (None, Unit.MONTH):
            self.i = saved
            return None
        return MonthDay(first, token.value, unit, last)

    @staticmethod
    def _number(token: Token | None) -> bool:
        return token is not None and token.kind == Kind.NUM and 1 <= token.value <= 31
