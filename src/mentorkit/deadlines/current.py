"""«текущего года», «в этом году», «сего года» in a plan of one calendar year: that year, as if
it were written («До конца текущего года», «в текущем году», «Ещё … в этом году»). In a plan of
a school year or of several years, which calendar year is meant is not said: the words are left
to the grammar, which reads «до 10 декабря текущего года» as a day without its year (placed in
the period) and «в текущем году» not at all. Before a year of the period written («в текущем
2012 году») the word says nothing more than the year: it is passed over in any period; before a
year outside it («в текущем 2011 году» in a plan of 2012) it contradicts the year, and the reader
says so.

The year after the reporting one («до 01 февраля, следующего за отчётным годом»): in a plan of one
calendar year, the next year; in any other plan each of its years has its own next year, and a
school year's reporting year is not said — not understood, with why. («до 25 декабря отчётного
года» is the year of the period, as «текущего года» is: `years.skip_current_year`.)"""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.school_start import school_year_at
from mentorkit.deadlines.vocabulary import Cat


def place_current_year(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` with the word «текущего» («этого», «сего»…) before «год» made the period's year,
    when the period (years `first`..`last`) lies in one calendar year; before a year written, the
    word dropped (`_before_a_written_year`)."""
    tokens = _after_the_reporting_year(_before_a_written_year(tokens, first, last), first, last)
    if first != last:
        return tokens
    tokens = _this_season(tokens, first)
    placed = list(tokens)
    for index, token in enumerate(tokens[:-1]):
        each = index > 0 and tokens[index - 1].cat == Cat.EACH  # «каждого текущего года»
        if token.cat == Cat.CURRENT and tokens[index + 1].cat == Cat.YEAR_WORD and not each:
            placed[index] = Token(Kind.NUM, str(first), token.start, token.end, value=first)
    return tuple(placed)


_THIS = frozenset({"этой", "этим", "нынешней", "нынешним"})


def _this_season(tokens: tuple[Token, ...], year: int) -> tuple[Token, ...]:
    """«этой весной», «нынешней весной», «этим летом» in a plan of one calendar year: that
    season of the year, as «весной 2025» (called only for such a plan)."""
    placed: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        season = tokens[index + 1] if index + 1 < len(tokens) else None
        index += 1
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.kind == Kind.NUM:
            placed.append(token)  # «этой весной 2025»: the year is written
        elif token.text in _THIS and season is not None and season.cat == Cat.SEASON:
            placed.append(season)
            placed.append(Token(Kind.NUM, str(year), season.start, season.end, value=year))
            index += 1
        else:
            placed.append(token)
    return tuple(placed)


def _in_period(tokens: tuple[Token, ...], at: int, first: int, last: int) -> bool:
    """Whether the year at `at` is one of the period's years `first`..`last`, or begins the
    school year that ends in a plan of one calendar year."""
    year = tokens[at].value
    school = school_year_at(tokens, at) is not None
    # a school year ends in a plan of one calendar year: «текущем 2024-2025 учебном году» in 2025
    return first <= year <= last or (school and first == last and year + 1 == first)


def _before_a_written_year(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` without «текущем» («этого», «сего»…) right before a year of the period (years
    `first`..`last`) it names: «в текущем 2012 году», «текущего 2020г.» are the year written. A
    year outside the period is not the current one: the two words are a part not understood."""
    placed: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        # «в текущем, 2014 году»: a comma between the word and the year changes nothing
        comma = index + 2 < len(tokens) and tokens[index + 1].text == ","
        at = index + 1 + comma
        year = tokens[at] if at < len(tokens) else None
        index += 1
        written = year is not None and year.kind == Kind.NUM and 1000 <= year.value <= 9999
        if token.cat != Cat.CURRENT or year is None or not written:
            placed.append(token)
        elif not _in_period(tokens, at, first, last):
            years = f"{first} год" if first == last else f"{first}–{last} годы"
            why = (
                f"«{token.text} {year.text}», а период дорожной карты — {years}: какой год "
                "текущий, не ясно — исправьте год в сроке или период"
            )
            placed.append(Token(Kind.UNCLEAR, token.text, token.start, year.end, why=why))
            index = at + 1  # the year is in the part
        else:
            index = at  # «текущем» (and its comma) says nothing more than the year after it
    return tuple(placed)


_NEXT_YEAR = ("следующего", "за", "отчетным", "годом")


def _after_the_reporting_year(
    tokens: tuple[Token, ...], first: int, last: int
) -> tuple[Token, ...]:
    """`tokens` with «(,) следующего за отчётным годом» after a day made the year after the
    period's one year (`first` == `last`), or a part not understood in any other period."""
    size = len(_NEXT_YEAR)
    for index in range(len(tokens) - size + 1):
        if tuple(t.text for t in tokens[index : index + size]) != _NEXT_YEAR or not index:
            continue
        start = index - 1 if tokens[index - 1].text == "," else index
        if not start or tokens[start - 1].cat != Cat.MONTH:
            continue
        begin, end = tokens[start].start, tokens[index + size - 1].end
        if first == last:
            year = Token(Kind.NUM, str(first + 1), begin, end, value=first + 1)
        else:
            why = (
                "«следующего за отчётным годом» в плане не одного календарного года: у каждого "
                "года свой следующий — напишите год"
            )
            year = Token(Kind.UNCLEAR, "следующего", tokens[index].start, end, why=why)
        return (*tokens[:start], year, *tokens[index + size :])
    return tokens
