"""The words of deadline texts, as data: one table from word to its category and value.

The tokenizer looks every word up here once; the parser reads categories, never spellings. A
new spelling («течении», «полугодье») is one line of this table. Month names are generated in
every case from their stems, so «сентябрь», «сентября», «в сентябре» and «СЕНТЯБРЬ» are one
word to the parser.
"""

from __future__ import annotations

from enum import StrEnum

from mentorkit.records import dataclass


class Cat(StrEnum):
    """What a word does in a deadline."""

    MONTH = "month"  # value: 1..12
    ORDINAL = "ordinal"  # «I», «второй», «3-й»: value 1..4
    UNIT = "unit"  # квартал, полугодие, четверть, триместр, месяц, неделя, год: value Unit
    YEAR_WORD = "year_word"  # «г.», «года», «гг.»: after a year (also the unit «год»)
    SCHOOL = "school"  # «учебного (года)»
    BY = "by"  # «до», «к»
    FROM = "from"  # «с», «со», «от»
    TO = "to"  # «по»
    IN = "in"  # «в», «на», «за», «период», «срок»; «на»: value AS_OF
    DURING = "during"  # «течение»
    END = "end"  # «конец», «окончание»
    RESULTS = "results"  # «итогам», «окончании», «завершении» (after «по»)
    THEN = "then"  # «далее», «затем»
    JOIN = "join"  # «и», «а», «также», «включительно»
    OR = "or"  # «или», «либо»: one of two deadlines, not both — which is not said
    TRAIL = "trail"  # «реализации ЦМН», «программы»: words that say nothing of the date
    CONTINUOUS = "continuous"  # «постоянно», «регулярно»
    EVERY = "every"  # «ежегодно»: value Unit
    EACH = "each"  # «каждый»
    TIMES = "times"  # «раз», «раза»
    DAY_WORD = "day_word"  # «числа»
    NEXT = "next"  # «следующего» (за отчётным)
    REPORTING = "reporting"  # «отчётным»
    LAST = "last"  # «последняя»
    NOT = "not"  # «не» (позднее)
    LATER = "later"  # «позднее», «позже»
    WHOLE = "whole"  # «весь», «всего»
    PERIOD = "period"  # «периода»
    HOLIDAYS = "holidays"  # «каникулы», «каникулярное»
    SEASON = "season"  # «осенние» (каникулы): value the season
    DAY = "day"  # «день» (каждый день)
    TIME = "time"  # «время» (каникулярное время)
    LASTS = "lasts"  # «продлятся» (9 дней)
    COUNT = "count"  # «одного», «двух» (раз): value the number
    WEEKDAY = "weekday"  # «пт», «пятница»: noise in brackets
    DECADE = "decade"  # «декада»: ten days of a month (the third runs to its end)
    HALF_OF = "half_of"  # «половина» (месяца)
    CURRENT = "current"  # «текущего» (года): the year is the period's, not written
    REMARK_FREE = "remark_free"  # words a remark in brackets may hold: «продолжительность»
    WORKING = "working"  # «рабочий» (день): needs the production calendar, which is not here
    FOR = "for"  # «за I квартал – до 10 апреля»: the time a report covers, not its deadline
    START = "start"  # «в начале (сентября)»: its first decade
    MIDDLE = "middle"  # «в середине (сентября)»: its second decade
    MODE = "mode"  # «заочно», «дистанционно»: how, not when — passed over, and said so


class Unit(StrEnum):
    """A unit of the calendar that a deadline counts in."""

    WEEK = "week"
    MONTH = "month"
    TWO_MONTHS = "two_months"  # «1 раз в 2 месяца», «каждые два месяца»: no word names it alone
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    TERM = "term"  # a school quarter (четверть)
    TRIMESTER = "trimester"


UNIT_MONTHS = {Unit.MONTH: 1, Unit.TWO_MONTHS: 2, Unit.QUARTER: 3, Unit.HALF: 6, Unit.YEAR: 12}
"""The length of the units that are whole calendar months."""

UNIT_NOTES = {
    Unit.YEAR: "ежегодно",
    Unit.HALF: "раз в полугодие",
    Unit.QUARTER: "ежеквартально",
    Unit.MONTH: "ежемесячно",
    Unit.TWO_MONTHS: "раз в два месяца",
    Unit.WEEK: "еженедельно",
    Unit.TERM: "раз в четверть",
    Unit.TRIMESTER: "раз в триместр",
}
"""How the note of a recurring occurrence says its unit."""

PARTS = {Unit.QUARTER: 4, Unit.HALF: 2, Unit.TERM: 4, Unit.TRIMESTER: 3}
"""How many of each part a year has."""

SEASON_MONTHS = {"весен": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2)}
"""The months of each season, as a person counts them: spring March–May, winter December–
February."""


INCLUSIVE = "inclusive"
"""The value of «включительно»: it ends the window before it, and joins nothing."""

AS_OF = "as_of"
"""The value of «на» (01.01.2025): the day a report is as of — alone, read as a deadline."""


@dataclass(frozen=True)
class Entry:
    cat: Cat
    value: int | str | None = None


def _words(cat: Cat, words: str, value: int | str | None = None) -> dict[str, Entry]:
    return dict.fromkeys(words.split(), Entry(cat, value))


_MONTH_STEMS = (
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
)
MONTH_STEMS = "|".join("ма[йя]" if stem == "ма" else stem for stem, _ in _MONTH_STEMS)
"""A month's name at its start, as a pattern: «январ|феврал|…|ма[йя]|…» (for the tokenizer's
look-aheads)."""
_MONTH_ENDINGS = ("", "ь", "я", "е", "ю", "ем", "ом", "а", "у")
_MAY = ("май", "мая", "мае", "маю", "маем")
_MONTH_ABBREVIATIONS = [
    "янв:1",
    "фев:2",
    "февр:2",
    "мар:3",
    "апр:4",
    "авг:8",
    "сен:9",
    "сент:9",
    "окт:10",
    "ноя:11",
    "нояб:11",
    "дек:12",
]

MONTH_ABBREVIATIONS = frozenset(pair.split(":")[0] for pair in _MONTH_ABBREVIATIONS)
"""«окт», «февр»: a month's name cut short (its dot, «окт.», is the word's, not a sentence's)."""

MONTH_GENITIVES = frozenset(
    ["мая"] + [stem + ("а" if stem.endswith("т") else "я") for stem, n in _MONTH_STEMS if n != 5]
)
"""«сентября», «марта», «мая»: a month named as governed by a word before it («до», «в конце»,
a day), never a deadline alone."""


def _months() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for stem, month in _MONTH_STEMS:
        if month == 5:
            table |= dict.fromkeys(_MAY, Entry(Cat.MONTH, 5))
            continue
        for ending in _MONTH_ENDINGS:
            table[stem + ending] = Entry(Cat.MONTH, month)
    for pair in _MONTH_ABBREVIATIONS:
        word, number = pair.split(":")
        table[word] = Entry(Cat.MONTH, int(number))
    return table


_WEEKDAYS = (
    "пн пон пнд понедельник понедельника понедельникам",
    "вт втр вторник вторника вторникам",
    "ср среда среду среды средам",
    "чт четверг четверга четвергам",
    "пт пятница пятницу пятницы пятницам",
    "сб суб суббота субботу субботы субботам",
    # «в последнее воскресение ноября»: the «е» for «ь», as often typed
    "вс вск воскр воскресенье воскресенья воскресеньям воскресение",
)
"""Weekdays, Monday first (as date.weekday() counts them), in the cases a deadline uses."""


def _table(*parts: dict[str, Entry]) -> dict[str, Entry]:
    """One table from its groups; a word in two groups with different meanings is an error here,
    not a silent override («всего» once slipped from «в течение всего периода» that way)."""
    table: dict[str, Entry] = {}
    for part in parts:
        for word, entry in part.items():
            if table.get(word, entry) != entry:
                raise ValueError(f"{word!r}: {table[word]} and {entry}")
            table[word] = entry
    return table


_ORDINAL_WORDS = {
    1: "i первый первое первая первого первом первой первую",
    2: "ii второй второе вторая второго втором второй вторую",
    3: "iii третий третье третья третьего третьем третьей третью",
    4: "iv четвертый четвертое четвертая четвертого четвертом четвертой четвертую",
}

VOCABULARY: dict[str, Entry] = _table(
    _months(),
    {
        word: Entry(Cat.ORDINAL, number)
        for number, words in _ORDINAL_WORDS.items()
        for word in words.split()
    },
    _words(
        Cat.UNIT,
        "квартал квартала кварталы кварталов квартале кварталах кварталом кв",
        Unit.QUARTER,
    ),
    _words(
        Cat.UNIT, "полугодие полугодия полугодии полугодий полугодиях полугодье полгода", Unit.HALF
    ),
    _words(Cat.UNIT, "четверть четверти четвертей четвертях четвертью", Unit.TERM),
    _words(
        Cat.UNIT, "триместр триместра триместры триместре триместров триместрах", Unit.TRIMESTER
    ),
    _words(Cat.UNIT, "месяц месяца месяцем месяце месяцев месяцы", Unit.MONTH),
    _words(Cat.UNIT, "неделю недели неделя неделе недель неделям нед", Unit.WEEK),
    _words(Cat.YEAR_WORD, "г гг год года году годы годов годах годом", Unit.YEAR),
    _words(Cat.SCHOOL, "учебный учебного учебном учебному уч учеб учебн"),
    _words(Cat.BY, "до к ко"),
    _words(Cat.FROM, "с со от"),
    _words(Cat.TO, "по"),
    _words(Cat.IN, "в во период срок сроки срока начиная"),
    _words(Cat.IN, "на", AS_OF),
    _words(Cat.FOR, "за"),
    _words(Cat.DURING, "течение течении теч теч-е теч-и протяжении"),
    _words(Cat.END, "конец конца концу конце окончание окончания завершение завершения"),
    _words(Cat.RESULTS, "итогам итогах окончании завершении"),
    _words(Cat.THEN, "далее затем впоследствии потом дальнейшем"),
    _words(Cat.JOIN, "и а также"),
    _words(Cat.JOIN, "включительно", INCLUSIVE),
    _words(Cat.OR, "или либо"),
    _words(
        Cat.TRAIL,
        "реализации цмн программы программ целевой модели наставничества дорожной карты "
        "проекта плана действия внедрения работы обучения",
    ),
    _words(Cat.CONTINUOUS, "постоянно систематически регулярно ежедневно непрерывно"),
    _words(Cat.EVERY, "ежегодно ежегодный ежегодная", Unit.YEAR),
    _words(Cat.EVERY, "ежеквартально поквартально", Unit.QUARTER),
    _words(Cat.EVERY, "ежемесячно помесячно", Unit.MONTH),
    _words(Cat.EVERY, "еженедельно", Unit.WEEK),
    _words(Cat.EACH, "каждый каждая каждое каждую каждого каждой каждом каждые"),
    _words(Cat.TIMES, "раз раза"),
    _words(Cat.DAY_WORD, "числа число числу"),
    _words(Cat.NEXT, "следующего следующем следующий"),
    _words(Cat.REPORTING, "отчетным отчетного отчетный"),
    _words(Cat.LAST, "последняя последней последнюю последний последнее последнего последнем"),
    _words(Cat.NOT, "не"),
    _words(Cat.LATER, "позднее позже"),
    _words(Cat.WHOLE, "весь всего всей"),
    _words(Cat.PERIOD, "периода периодом"),
    _words(Cat.HOLIDAYS, "каникулы каникул каникулах каникулярное каникулярный каникулярного"),
    _words(
        Cat.SEASON, "осенние осенних осенью осень осени осенний осеннего осеннем осенняя", "осен"
    ),
    _words(Cat.SEASON, "зимние зимних зимой зима зиму зимы зимний зимнего зимнем зимняя", "зим"),
    _words(
        Cat.SEASON,
        "весенние весенних весной весна весну весны весенний весеннего весеннем весенняя",
        "весен",
    ),
    _words(Cat.SEASON, "летние летних летом лето лета летний летнего летнем летняя", "лет"),
    _words(Cat.SEASON, "дополнительные дополнительных", "дополнит"),
    _words(Cat.DAY, "день дня дней дню днем"),
    _words(Cat.TIME, "время"),
    _words(Cat.DECADE, "декада декады декаде декаду декад"),
    _words(Cat.HALF_OF, "половина половины половине половину"),
    _words(Cat.CURRENT, "текущего текущий текущем текущему сего этого этом"),
    _words(
        Cat.REMARK_FREE,
        "продолжительность продолжительностью учебных учебные календарных календарные",
    ),
    _words(Cat.WORKING, "рабочий рабочего рабочую рабочая рабочие рабочих рабочем рабочей"),
    _words(Cat.START, "начало начала начале началу"),
    _words(Cat.MIDDLE, "середина середины середине середину"),
    _words(Cat.LASTS, "продлятся продлится длятся длится"),
    _words(Cat.MODE, "очно заочно дистанционно онлайн офлайн очно-заочно"),
    _words(Cat.COUNT, "один одного", 1),
    _words(Cat.COUNT, "два две двух", 2),
    _words(Cat.COUNT, "три трех", 3),
    _words(Cat.COUNT, "четыре четырех", 4),
    _words(Cat.COUNT, "шесть шести", 6),
    *(_words(Cat.WEEKDAY, words, day) for day, words in enumerate(_WEEKDAYS)),
)
"""Every word the reader knows. «неделя» is a unit both in «раз в неделю» and in «вторая неделя
сентября»: the parser knows a week of a month by the month after it."""

NAMED_DAYS: dict[tuple[str, ...], tuple[int, int, int | None]] = {
    tuple(words.split()): when
    for words, when in (
        ("знаний", (9, 1, None)),
        ("солидарности в борьбе с терроризмом", (9, 3, None)),
        ("пожилого человека", (10, 1, None)),
        ("пожилых людей", (10, 1, None)),
        ("учителя", (10, 5, None)),
        ("отца", (10, 3, 6)),  # the third Sunday of October
        ("народного единства", (11, 4, None)),
        ("матери", (11, 5, 6)),  # the last Sunday of November
        ("неизвестного солдата", (12, 3, None)),
        ("борьбы с коррупцией", (12, 9, None)),  # «Международный день борьбы с коррупцией»
        ("героев отечества", (12, 9, None)),
        ("конституции", (12, 12, None)),
        ("конституции российской федерации", (12, 12, None)),
        ("конституции рф", (12, 12, None)),
        ("российской науки", (2, 8, None)),
        ("родного языка", (2, 21, None)),
        ("защитника отечества", (2, 23, None)),
        ("воссоединения крыма с россией", (3, 18, None)),
        ("космонавтики", (4, 12, None)),
        ("победы", (5, 9, None)),
        ("славянской письменности и культуры", (5, 24, None)),
        ("защиты детей", (6, 1, None)),
        ("россии", (6, 12, None)),
        ("семьи любви и верности", (7, 8, None)),
        ("государственного флага", (8, 22, None)),
        ("государственного флага российской федерации", (8, 22, None)),
        ("государственного флага рф", (8, 22, None)),
    )
}
"""Days of the year named by their holiday («ко Дню Победы», «в День знаний»), the words after
«День» → (month, day, None), or (month, nth, weekday) for a day counted by weekday (5: the last).
A day whose date each school sets («День здоровья») is not here, and is not understood."""
WORLD_DAY = ("международн", "всемирн")
"""The beginnings of the words before «День» of an international holiday («Международный день
борьбы с коррупцией», «Всемирный день …»): read with it."""

_CONDITIONS = (
    "кроме исключ помимо только лишь кажд ежед ежег ежем ежен ежекв далее затем потом после "
    "перед накануне ранее раньше позд позж если случа услов перенос перенес продл отмен "
    "измен уточн определ начина оконч заверш повтор будн выходн праздн возможн необходим "
    "согласов график распис план очеред поочеред чередов этап через четн нечетн прежн "
    "стары старая старое старую вместо взамен"
)
CONDITION_STEMS = tuple(_CONDITIONS.split())
CONDITION_WORDS = frozenset(["при", "без", "не", "нет", "ни", "лишь"])
"""Beginnings of words that, in a remark beside a deadline, would change its days («кроме
выпускных классов», «только для 9 классов», «с переносом», «по будням»), and short words that
would as whole words («при», «без», «не»): a remark holding one is never read past."""

_LATIN_LOOKALIKES = "aceopxykmthb"
_GREEK_LOOKALIKES = "αβεηκμορτυχϲ"
LOOKALIKE_LETTERS = _LATIN_LOOKALIKES + _GREEK_LOOKALIKES
LOOKALIKES = str.maketrans(LOOKALIKE_LETTERS, "асеорхукмтнв" + "авенкмортухс")
"""Latin and Greek letters that look like Cyrillic ones, typed inside a Russian word («мaрта»,
«Mай», «срοк» with the Greek omicron), in lower case: a capital («Μ», «Η», «Β», «Τ») is looked
up as the small letter it becomes («μ», «η», «β», «τ»), which may look like no Cyrillic one."""

NOISE_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰†‡"
"""Footnote marks («2024 года*», «¹»): a person reads past them."""


def lookup(word: str) -> Entry | None:
    """The entry of a normalised word, or None for a word the reader does not know."""
    return VOCABULARY.get(word)
