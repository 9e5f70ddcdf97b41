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

import itertools
from dataclasses import replace

from mentorkit.deadlines.asides import AsideReader
from mentorkit.deadlines.asides import quoted as quoted
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
from mentorkit.deadlines.tokens import Kind, Token, Tokens
from mentorkit.deadlines.vocabulary import INCLUSIVE, MONTH_GENITIVES, Cat, Unit
from mentorkit.deadlines.years import OTHER_YEARS, in_years, yearless, years_dashed

WORKING_DAYS = (
    "рабочие дни зависят от производственного календаря (переносы выходных), а его у mentorkit "
    "нет: напишите дату или число месяца"
)
_WHICH_YEARS = (
    "не ясно, к чему относятся годы: ко всем месяцам перед ними или это отдельные сроки — "
    "напишите год при каждом месяце"
)
_YEARS_ORDER = "годы идут не по порядку ({}) — проверьте, какой год верный, и оставьте его"
_DASHED = (
    "тире между двумя сроками: окно от первого до второго или два отдельных срока — не ясно; "
    "напишите «с … по …» или сроки через запятую"
)
_GOVERNED = (
    "месяц без числа после срока с числом или частью месяца: то же число в этом месяце или весь "
    "месяц — не ясно; напишите срок полностью"
)
_EITHER = "«{}» между сроками: срок один из них, а какой — не сказано; оставьте один"
_REPORTED = "«за …» — время, за которое отчитываются, а срок сдачи не назван: допишите «до …»"
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
    ignored = tokens.ignored + tuple(parser.remarks)
    asides = tuple(parser.asides)
    phrases, failures = parser.without_reported()
    return Parsed(phrases, failures, ignored, used, asides)


class _Parser(AsideReader):
    def __init__(self, tokens: list[Token], text: str) -> None:
        super().__init__(tokens, text)
        self.phrases: list[Phrase] = []
        self.consumed = [False] * len(tokens)
        self.remarks: list[str] = []
        self.asides: list[tuple[int, int]] = []
        self.reported: list[tuple[int, int, tuple[int, int]]] = []
        self.opened: tuple[int, int] | None = None
        self.read_to = 0
        """The token after the last phrase read, with its remarks and brackets."""

    def parse(self) -> None:
        dash = False
        while self.i < len(self.tokens):
            if self.cat() == Cat.OR and Cat.MODE not in (self.cat(-1), self.cat(1)):
                # «сентябрь или октябрь»: one of them, which is not said — not both («очно или
                # дистанционно» is how, passed over).
                token = self.tokens[self.i]
                self.failures.append(Failure((token.start, token.end), _EITHER.format(token.text)))
                self.i += 1
                continue
            if self.punct(_SKIPPED) or self.cat() in (Cat.JOIN, Cat.OR):
                self.bracket()
                # «… – (в срок до 10 августа)»: a bracket after the dash keeps it.
                dash = (dash and self.punct("(")) or (
                    self.punct("-") and self.right_after_a_window()
                )
                self.i += 1
                continue
            if self.cat() == Cat.MODE:  # «заочно в срок с … по …»
                self.remarks.append(self.tokens[self.i].text)
                self.i += 1
                continue
            start = self.i
            reported = self.take(Cat.FOR)  # «за I квартал – до 10 апреля»
            phrases = self.phrase()
            if phrases is None:
                self.i = start
                self.fail_one()
                continue
            trailing = self.trailing_year(phrases)
            if trailing is not None and yearless(trailing) and self.year() is not None:
                # «май 2024, 2025 гг.»: the years after a yearless phrase are all of it.
                years = self.year_list()
                trailing = self.place_in(trailing, years) if years else None
                if trailing is not None and years and self.end_a_yearless_list(years):
                    # «Февраль, май 2013 2014 2015»: the years at the end of a list of yearless
                    # months belong to each of them, as one year does («март, август 2025 г.»).
                    earlier = self.place_in(list(self.phrases), years)
                    if earlier is None:
                        trailing = None
                    else:
                        self.phrases = earlier
            if trailing is None:
                self.failures.append(Failure(self.span_from(start), self.which_years(start)))
                continue
            joined = years_dashed(self.last_phrase(), trailing) if dash else None
            if joined is not None:  # «2024 г. – 2025 г.»
                self.phrases[-1], dash, self.read_to = joined, False, self.i
                self.consumed[start : self.i] = [True] * (self.i - start)
                continue
            if dash and trailing and all(isinstance(p, Window) for p in trailing):
                # «июнь 2024г. — до 31.08.2024», «до 31.08.2024 - 24 мая 2024 г.»: a window from
                # the first to the second, or two deadlines? Not guessed.
                first = self.phrases[-1].span[0]
                self.failures.append(Failure((first, self.tokens[self.i - 1].end), _DASHED))
                dash = False
                continue
            dash = False
            governed = self.governed(start, trailing)
            if governed is None:
                # «до 15 сентября и октября»: by the 15th of October, or all of it?
                self.failures.append(Failure(self.span_from(start), _GOVERNED))
                continue
            trailing = governed
            if self.years_after_a_dated(start, trailing):
                # «Август – сентябрь 2023г. 2024 2025», «31.12.2023, 2024»: the same days in
                # those years, or the whole years as deadlines of their own? Not guessed.
                self.failures.append(Failure(self.span_from(start), OTHER_YEARS))
                continue
            phrases = trailing
            if phrases and isinstance(phrases[-1], Window):
                before_inclusive = self.i
                here = self.tok()
                if here is not None and here.entry is not None and here.entry.value == INCLUSIVE:
                    self.i += 1  # «по 3 ноября включительно (7 дней)»
                said = self.days_said()
                if said is None:
                    self.i = before_inclusive
                if said and said[0]:
                    phrases[-1] = replace(phrases[-1], days=said[0], in_weeks=said[1])
                same = self.restated()
                if same is not None:
                    # The year written in the brackets is the phrase's year.
                    year = phrases[-1].year if phrases[-1].year is not None else same[2]
                    phrases[-1] = replace(phrases[-1], same_as=same, year=year)
                who = self.who()
                if who:
                    phrases[-1] = replace(phrases[-1], who=who)
                remark = self.remark()
                if remark:
                    self.remarks.append(remark)
            for index in range(start, self.i):
                self.consumed[index] = True
            if reported:
                self.reported.append((len(self.phrases), len(phrases), self.span_from(start)))
            self.phrases.extend(phrases)
            self.read_to = self.i

    def right_after_a_window(self) -> bool:
        """Whether the token here comes right after a window just read, past its closing
        brackets (not after a recurrence, «далее», a comma, or a part not understood)."""
        last = self.last_phrase()
        between = self.tokens[self.read_to : self.i]
        return (
            isinstance(last, Window)
            and not self.reported
            and all(
                (t.kind == Kind.PUNCT and t.text in "().")
                or (t.entry is not None and t.entry.value == INCLUSIVE)
                for t in between
            )
            and not (self.failures and self.failures[-1].span[1] >= last.span[1])
        )

    def governed(self, start: int, phrases: list[Phrase]) -> list[Phrase] | None:
        """«в конце сентября, октября»: a month in the genitive, alone after a comma or «и», is
        governed by the words of the phrase before it — the end of October too. After a day
        («до 15 сентября и октября») the same day or the whole month is not said: None."""
        last = self.last_phrase()
        if (
            self.tokens[start].text not in MONTH_GENITIVES
            or len(phrases) != 1
            or not isinstance(phrases[0], Window)
            or phrases[0].point.kind != PointKind.MONTH
            or phrases[0].end is not None
            or phrases[0].by
            or phrases[0].open
            or not isinstance(last, Window)
            or self.read_to != start - 1
        ):
            return phrases
        month = phrases[0]
        if last.point.kind == PointKind.MONTH and last.end is None:
            return [replace(month, by=last.by, open=last.open)]
        return None

    def years_after_a_dated(self, start: int, phrases: list[Phrase]) -> bool:
        """Whether `phrases`, read from `start`, are bare years («2024», «2024-2025») after a
        phrase that is not itself a year (and has its own, or a remark between), or after «в
        течение года»."""
        last = self.phrases[-1] if self.phrases else None
        bare = self.tokens[start].kind == Kind.NUM and all(
            isinstance(p, Window)
            and p.point.kind in (PointKind.YEAR, PointKind.SCHOOL_YEAR)
            and not p.open
            for p in phrases
        )
        if not bare or last is None or self.opened is not None:
            return False  # «сентябрь (2024)»: a restatement in brackets, checked as one
        if isinstance(last, Whole):
            # «в течение года, 2024»: each year of the period, or that one? («постоянно (2013-2015
            # г.г.)» is all the time in those years.)
            return last.each_year
        # A yearless phrase takes the years right after it (`trailing_year`); past a remark
        # («с 31 декабря по 8 января (9 дней) 2024 2025») they are as unclear.
        return isinstance(last, Window) and last.point.kind not in (
            PointKind.YEAR,
            PointKind.SCHOOL_YEAR,
        )

    def without_reported(self) -> tuple[tuple[Phrase, ...], tuple[Failure, ...]]:
        """The phrases without those after «за» (the time a report covers), when a deadline is
        said beside them; else a failure: the deadline is not said."""
        dropped = {i for first, count, _ in self.reported for i in range(first, first + count)}
        kept = tuple(p for i, p in enumerate(self.phrases) if i not in dropped)
        if not self.reported or any(isinstance(p, Window) for p in kept):
            return kept, tuple(self.failures)
        span = self.reported[0][2]
        return kept, (*self.failures, Failure(span, _REPORTED))

    def bracket(self) -> None:
        """Note a bracket opened right after a window, and the phrases read inside it."""
        token = self.tokens[self.i]
        last = self.phrases[-1] if self.phrases else None
        if token.text == "(":
            # «в течение учебного года (сентябрь-май)»: after a span of the period too.
            after_window = (
                isinstance(last, Window | Whole) and last.span[1] == self.tokens[self.i - 1].end
            )
            self.opened = (token.start, len(self.phrases)) if after_window else None
        elif token.text == ")" and self.opened is not None:
            inside = self.phrases[self.opened[1] :]
            # «сентябрь-май (по четвергам)» is a recurrence inside the window, not another time.
            if inside and all(isinstance(p, Window) for p in inside):
                self.asides.append((self.opened[0], token.end))
            self.opened = None

    def which_years(self, start: int) -> str:
        """Why the years read from `start` fit nothing: out of order, or whose they are."""
        years = [y for k in range(start - self.i, 0) if (y := self.year(k)) is not None]
        if any(later <= earlier for earlier, later in itertools.pairwise(years)):
            return _YEARS_ORDER.format(", ".join(map(str, years)))
        return _WHICH_YEARS

    def end_a_yearless_list(self, years: list[Window]) -> bool:
        """Whether `years`, just read, end a list of yearless windows read before them."""
        return (
            len(years) > 1
            and bool(self.phrases)
            and not self.reported
            and all(isinstance(p, Window) for p in self.phrases)
            and yearless(list(self.phrases))
        )

    @staticmethod
    def place_in(phrases: list[Phrase], years: list[Window]) -> list[Phrase] | None:
        placed: list[Phrase] = []
        for phrase in phrases:
            found = in_years(phrase, years) if isinstance(phrase, Window) else [phrase]
            if found is None:
                return None
            placed += found
        return placed

    def after(self, unit: Unit) -> bool:
        last = self.last_phrase()
        return isinstance(last, Every) and last.unit == unit

    def last_phrase(self) -> Phrase | None:
        return self.phrases[-1] if self.phrases else None

    def fail_one(self) -> None:
        """Mark one token as not understood, joined to a failure just before it."""
        token = self.tokens[self.i]
        reason = "часть текста не понята"
        if token.kind == Kind.BADDATE:
            reason = f"такой даты нет: {token.text} — {token.why}"
        elif token.kind == Kind.UNCLEAR and token.why:
            reason = token.why
        elif token.cat == Cat.WORKING:
            reason = WORKING_DAYS
        previous = self.tokens[self.i - 1] if self.i else None
        self.i += 1
        last = self.failures[-1] if self.failures else None
        if last is not None and previous is not None and last.span[1] == previous.end:
            if last.reason != "часть текста не понята":
                reason = last.reason  # the first specific reason stays
            self.failures[-1] = Failure((last.span[0], token.end), reason)
        else:
            self.failures.append(Failure((token.start, token.end), reason))

    def trailing_year(self, phrases: list[Phrase]) -> list[Phrase] | None:
        """«Сентябрь – ноябрь, 2024г.», «Май – 2025 г.»: a year past a comma or a dash belongs
        to the yearless phrase before it; so does a school year past a dash («май – 2024-2025
        учебный год»). Several years past a comma («март, 2024, 2025 гг.») may be a list of
        their own: None, not understood."""
        if not yearless(phrases) or not self.punct(",-") or self.year(1) is None:
            return phrases
        saved = self.i
        self.i += 1
        years = self.year_list()
        if not years:
            self.i = saved
            return phrases
        if len(years) == 1 and years[0].point.kind == PointKind.YEAR and years[0].end is None:
            return [replace(p, year=years[0].year) if isinstance(p, Window) else p for p in phrases]
        school = len(years) == 1 and years[0].school_year is not None
        dash = self.tokens[saved].text == "-"
        return self.place_in(phrases, years) if school and dash else None

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
