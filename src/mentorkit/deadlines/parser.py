"""The deadline grammar: tokens → plain-data phrases, or failures with their spans.

A deadline text is a sequence of phrases, joined by commas, slashes, «и» or nothing:

    phrase   := window | range | continuous | recurrence | «далее»
    window   := [«до»|«к»|«не позднее»|«в»|«в течение»|«в конце»|«по итогам»…] point
    range    := [«с»] point («-»|«по»|«до») point
    point    := date | day month [year] | month [year] | week of a month [year]
              | numeral [- numeral] квартал|полугодие|четверть|триместр [year | school year]
              | year [, year …] | year - year [учебный год] | [season] каникулы
    continuous := «в течение года» | «в течение всего периода …» | «постоянно» | …
    recurrence := «ежегодно» | «ежеквартально» | N «раз в» unit [«до» N «числа» …]
                | «по итогам (каждой) четверти» | «до 5 числа месяца, следующего за отчётным …»

A year written after a yearless phrase, past a comma or a dash («Сентябрь – ноябрь, 2024г.»,
«Май – 2025 г.»), belongs to it. Every token is read into a phrase or is a failure: nothing is
skipped but punctuation and joining words, so a number the reader did not use cannot pass.
"""

from dataclasses import replace

from mentorkit.deadlines.phrases import (
    Every,
    Failure,
    Parsed,
    Phrase,
    PointKind,
    Then,
    Whole,
    Window,
)
from mentorkit.deadlines.points import PointReader
from mentorkit.deadlines.tokens import Kind, Token, Tokens
from mentorkit.deadlines.vocabulary import Cat, Unit

_FAILED = object()
"""A phrase read to its end and not understood: its failure is already recorded."""
_TIMES_A_YEAR = {1: Unit.YEAR, 2: Unit.HALF, 4: Unit.QUARTER, 12: Unit.MONTH}
_SKIPPED = ",;/.:()!?+-"
_NUMBERS = (Kind.NUM, Kind.DATE, Kind.DAYMONTH, Kind.MONTHYEAR, Kind.BADDATE)


def parse(tokens: Tokens, text: str) -> Parsed:
    """The phrases of a tokenized deadline text; `text` is the original, for quoting."""
    parser = _Parser(list(tokens.tokens), text)
    parser.parse()
    used = tuple(
        (t.start, t.end)
        for index, t in enumerate(parser.tokens)
        if t.kind in _NUMBERS and parser.consumed[index]
    )
    return Parsed(tuple(parser.phrases), tuple(parser.failures), tokens.ignored, used)


class _Parser(PointReader):
    def __init__(self, tokens: list[Token], text: str) -> None:
        super().__init__(tokens, text)
        self.phrases: list[Phrase] = []
        self.consumed = [False] * len(tokens)

    def parse(self) -> None:
        while self.i < len(self.tokens):
            if self.punct(_SKIPPED) or self.cat() == Cat.JOIN:
                self.i += 1
                continue
            start = self.i
            phrases = self.phrase()
            if phrases is None:
                self.i = start
                self.fail_one()
                continue
            phrases = self.trailing_year(phrases)
            if phrases and isinstance(phrases[-1], Window):
                said = self.days_said()
                if said is not None:
                    phrases[-1] = replace(phrases[-1], days=said)
                same = self.restated()
                if same is not None:
                    # The year written in the brackets is the phrase's year.
                    year = phrases[-1].year if phrases[-1].year is not None else same[2]
                    phrases[-1] = replace(phrases[-1], same_as=same, year=year)
                who = self.who()
                if who:
                    phrases[-1] = replace(phrases[-1], who=who)
            for index in range(start, self.i):
                self.consumed[index] = True
            self.phrases.extend(phrases)

    def fail_one(self) -> None:
        """Mark one token as not understood, joined to a failure just before it."""
        token = self.tokens[self.i]
        reason = "часть текста не понята"
        if token.kind == Kind.BADDATE:
            reason = f"такой даты нет: {token.text} — {token.why}"
        previous = self.tokens[self.i - 1] if self.i else None
        self.i += 1
        last = self.failures[-1] if self.failures else None
        if last is not None and previous is not None and last.span[1] == previous.end:
            if last.reason != "часть текста не понята":
                reason = last.reason  # the first specific reason stays
            self.failures[-1] = Failure((last.span[0], token.end), reason)
        else:
            self.failures.append(Failure((token.start, token.end), reason))

    def trailing_year(self, phrases: list[Phrase]) -> list[Phrase]:
        """«Сентябрь – ноябрь, 2024г.», «Май – 2025 г.»: a year past a comma or a dash belongs
        to the yearless phrase before it."""
        windows = [p for p in phrases if isinstance(p, Window)]
        if not windows or any(
            w.year is not None
            or w.start_year is not None
            or w.school_year is not None
            or w.point.kind in (PointKind.YEAR, PointKind.DATE)
            for w in windows
        ):
            return phrases
        if not self.punct(",-") or self.year(1) is None:
            return phrases
        saved = self.i
        self.i += 1
        year = self.year()
        assert year is not None
        self.i += 1
        self.skip_year_words()
        if (self.punct(",-") and self.year(1) is not None) or self.cat() == Cat.SCHOOL:
            self.i = saved  # «март, 2024, 2025 гг.», «май – 2024-2025 учебный год»
            return phrases
        return [replace(p, year=year) if isinstance(p, Window) else p for p in phrases]

    def days_said(self) -> int | None:
        """«(7 дней)», «– 7 дней», «(продлятся 9 дней)» after a window: its length, which the
        resolver checks."""
        saved = self.i
        bracket = self.punct("(")
        if not (bracket or self.punct("-")):
            return None
        self.i += 1
        self.take(Cat.LASTS)
        token = self.tok()
        if token is not None and token.kind == Kind.NUM and self.cat(1) == Cat.DAY:
            self.i += 2
            if not bracket or self.punct(")"):
                self.i += 1 if bracket else 0
                return token.value
        self.i = saved
        return None

    def restated(self) -> tuple[int, int, int | None] | None:
        """«первую среду декабря (04.12.2024)»: the same day written as a date, in brackets."""
        token = self.tok(1)
        if not self.punct("(") or token is None or not self.punct(")", 2):
            return None
        if token.kind == Kind.DATE and token.day is not None:
            self.i += 3
            return token.day.day, token.day.month, token.day.year
        if token.kind == Kind.DAYMONTH and token.day_month is not None:
            self.i += 3
            return token.day_month[0], token.day_month[1], None
        return None

    def who(self) -> str | None:
        """Bodies written in capitals after a date («/ МУ «РЦ УО»», «ОО»), as in a column that
        mixes the deadline with the responsible: words the vocabulary does not know."""
        saved = self.i
        if self.punct("/"):
            self.i += 1
        first = self.i
        while (
            (token := self.tok()) is not None
            and token.kind == Kind.WORD
            and token.entry is None
            and _capitals(self.text[token.start : token.end])
        ):
            self.i += 1
        if self.i == first:
            self.i = saved
            return None
        start, end = self.tokens[first].start, self.tokens[self.i - 1].end
        return " ".join(quoted(self.text, start, end).split())

    def phrase(self) -> list[Phrase] | None:
        first = self.i
        if self.cat() == Cat.THEN:
            self.i += 1
            return [Then(self.span_from(first))]
        if self.word() in ("в", "после") and self.word(1) in ("дальнейшем", "чего", "этого"):
            self.i += 2
            return [Then(self.span_from(first))]
        for attempt in (self.every, self.whole, self.span, self.windows):
            result = attempt()
            if result is not None:
                span = self.span_from(first)
                return [replace(p, span=span) for p in result]
            self.i = first
        return None

    # -- recurrences --------------------------------------------------------------------------

    def every(self) -> list[Phrase] | None:
        token = self.tok()
        unit: Unit | None = None
        if token is not None and token.is_cat(Cat.EVERY) and token.entry is not None:
            unit = Unit(str(token.entry.value))
            self.i += 1
        elif self.cat() == Cat.EACH and self.unit(1) is not None:
            unit = self.unit(1)
            self.i += 2
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
            if counted is _FAILED:
                return []
            unit = counted if isinstance(counted, Unit) else None
        if unit is None:
            ends = self.unit_end()
            if ends is not None:
                return [ends]
            # «до 5 числа каждого месяца», «не позднее 10 числа месяца, следующего за отчётным
            # кварталом», «до 20 числа ежемесячно»: the unit is said after the day.
            day, unit = self.day_of_month()
            token = self.tok()
            if day is not None and unit is None and token is not None and token.is_cat(Cat.EVERY):
                unit = Unit(str(token.entry.value)) if token.entry else None
                self.i += 1
            if day is None or unit is None:
                return None
            return [Every(unit, day)]
        day, _ = self.day_of_month()
        return [Every(unit, day)]

    def unit_end(self) -> Every | None:
        """«по итогам четверти», «в конце учебного года», «по окончании каждого квартала»."""
        saved = self.i
        found = self.unit_end_here()
        if found is None:
            self.i = saved
        return found

    def unit_end_here(self) -> Every | None:
        after = self.cat() == Cat.TO and self.cat(1) == Cat.RESULTS
        if after or (self.cat() in (Cat.IN, Cat.BY) and self.cat(1) == Cat.END):
            self.i += 2
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
        reason = f"«{count} раза в …» не делит год на равные части: напишите месяцы или даты"
        self.failures.append(Failure(self.span_from(saved), reason))
        return _FAILED

    def day_of_month(self) -> tuple[int | None, Unit | None]:
        """«до 5 числа», «не позднее 10-го числа месяца, следующего за отчётным кварталом»."""
        saved = self.i
        if self.punct(",-("):
            self.i += 1
        if self.cat() == Cat.NOT and self.cat(1) == Cat.LATER:
            self.i += 2
        else:
            self.take(Cat.BY)
        token = self.tok()
        if (
            token is None
            or token.kind != Kind.NUM
            or not 1 <= token.value <= 31
            or self.cat(1) != Cat.DAY_WORD
        ):
            self.i = saved
            return None, None
        self.i += 2
        # The rest says which month: «каждого месяца», «месяца, следующего за отчётным …».
        units: list[Unit] = []
        each = False
        while True:
            if self.cat() in (Cat.NEXT, Cat.REPORTING, Cat.PERIOD) or self.word() == "за":
                self.i += 1
            elif self.cat() == Cat.EACH:
                each = True
                self.i += 1
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
        return token.value, unit

    # -- continuous spans ---------------------------------------------------------------------

    def whole(self) -> list[Phrase] | None:
        if self.cat() == Cat.CONTINUOUS or (self.cat() == Cat.EACH and self.cat(1) == Cat.DAY):
            self.i += 1 if self.cat() == Cat.CONTINUOUS else 2
            self.skip_trail()
            return [Whole(each_year=False)]
        if self.cat() == Cat.IN and self.cat(1) == Cat.DURING:
            self.i += 2
            self.skip_dot()
        elif self.take(Cat.DURING):
            self.skip_dot()
        elif self.word() == "в" and self.word(1) == "период" and self.cat(2) == Cat.TRAIL:
            self.i += 2
            self.skip_trail()
            return [Whole(each_year=False)]
        elif self.cat() != Cat.WHOLE:
            return None
        if self.cat() in (Cat.WHOLE, Cat.EACH):
            self.i += 1
        if self.take(Cat.SCHOOL):
            self.skip_dot()
        if self.word() in ("года", "год"):
            self.i += 1
            return [Whole(each_year=True)]
        if self.cat() in (Cat.PERIOD, Cat.TRAIL) or self.word() in ("период", "срока"):
            self.i += 1
            self.skip_trail()
            return [Whole(each_year=False)]
        return None

    def skip_trail(self) -> None:
        while self.cat() == Cat.TRAIL:
            self.i += 1

    # -- ranges and windows -------------------------------------------------------------------


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def quoted(text: str, start: int, end: int) -> str:
    """The part as written, with a closing quote mark that the tokens left out."""
    while end < len(text) and text[end] in '»”"':
        end += 1
    return text[start:end]
