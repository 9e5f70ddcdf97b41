"""Deadlines set by an event rather than a date: the wording of plans whose «срок» is «по факту»,
«по возможности», «до отмены», «в течение месячника», a duration («полгода», «1 год») or the
civil-defence hour «Ч + 0,25 ч».

These are read only where the grammar does not understand the text, so no text read before is
read otherwise. An event phrase names no date: with nothing else in the text it is unscheduled
(the event sets the date); with a date beside it («сентябрь, по возможности», «в период месячника
безопасности (сентябрь)») the date is read as if the phrase were not there; anything else left
over keeps the text not understood.
"""

from __future__ import annotations

import re

from mentorkit.deadlines.tokens import Kind, Token, tokenize
from mentorkit.deadlines.vocabulary import Cat
from mentorkit.lazyre import lazy

_NUMBER = (
    r"(?:\d{1,3}(?:[.,]\d{1,2}|-?х)?|пол|одн\w*|один|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|"
    r"восем\w+|девят\w+|десят\w+)"
)
_DURATION_UNIT = (
    r"(?:полгода|полугод\w*|год\w*|лет|месяц\w*|недел\w*|дн\w*|день|декад\w*|сут\w*|час\w*|ч\.?)"
)

_HOUR = r"ч(?:\s*[+-]\s*\d{1,3}(?:[.,:]\d{1,2})?(?:\s*(?:ч|час\w*|мин\w*|сут\w*|дн\w*|д)\.?)?)?"
HOUR = lazy(
    r"^\W*(?:(?:до|к|с|в|по)\s+)?(?P<hour>" + _HOUR + r")(?:\s*(?:-|до|по)\s*" + _HOUR + r")?\W*$"
)
"""«Ч», «Ч+1», «Ч + 0,25 ч», «Ч+2 ч – Ч+6 ч»: hours counted from «Ч», the moment an alarm is given
in a civil-defence plan; no calendar day."""

DURATION = lazy(
    r"^\W*(?:(?:сроком\s+)?на\s+|в\s+течени[ея]\s+|до\s+|не\s+более\s+)?"
    r"(?:" + _NUMBER + r"\s*-?\s*" + _DURATION_UNIT + r"|полгода|полугода)\W*$"
)
"""«полгода», «1 год», «6 месяцев», «сроком на 1 год»: how long, not when (the start is an event
the text does not name). Without a number it is not a duration: «в течение месяца» in the plan of
one month is that month, in a roadmap a month from some event — not understood, not guessed."""

BEFORE_AN_EVENT = lazy(
    r"^\W*за\s+"
    + _NUMBER
    + r"\s*-?\s*(?:(?:календарн|рабоч)\w*\s+)?(?:дн\w*|день|недел\w*|месяц\w*)\W*$"
)
"""«За 50 дней», «за 2 недели»: so long before an event the text does not name (or within so
long) — no calendar day either way. Not years or quarters: «за 2024 год», «за I квартал» is the
time reported on, and the day of the report is not said (not understood)."""

FROM_A_DATE = re.compile(
    r"(?<![а-я])(?:за|через|позднее|позже|ранее|раньше|в\s+течение)\s+(?:\S+\s+){0,2}?"
    r"(?:дн|день|недел|месяц|декад)\w*\s+(?:до|после|от|с|со)\s+"
    r"(?:\d|(?:начала\s+|конца\s+)?(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|"
    r"октябр|ноябр|декабр))"
)
"""«за 2 недели до 1 сентября», «через 10 дней после 15.03.2024», «через неделю после 15.09»,
«в течение 10 дней после 15.09.2024»: counted from a date the text names. A person counts the
days; mentorkit says so instead of taking it for an event."""

BOUNDED = lazy(
    r"(?<![а-я])(?P<event>до\s+(?:момента|окончания|завершения|заполнения|исчерпания)\s+"
    r"[а-я ]*?),?\s*но\s+не\s+позднее\s"
)
"""«с 6 июля до момента заполнения свободных мест, но не позднее 5 сентября»: until an event,
and at the latest that day — the day is the deadline, the event may only end it sooner."""

EVENT = lazy(
    r"(?<![а-я])(?:"
    r"по\s+(?:факту|возможности|требованию|ситуации|обстановке|поручению|обращени\w*|"
    r"приглашени\w*|готовности|инициативе|просьбе|договоренности|востребованности|"
    r"(?:предварительной\s+)?записи|сигналу|команде|прибытии|поступлении|получении|"
    r"выявлении|"
    r"завершении\s+(?!учебн|года|четверт|полугод|квартал|триместр|месяц|программ|реализаци|"
    r"проекта|периода|плана)[а-я]|"
    r"мере)"
    r"|до\s+(?:отмены|особого|снятия|стабилизации|нормализации|улучшения|изменения)"
    r"|до\s+(?:полного|завершения|окончания)\s+(?!учебн|года|год\b|четверт|полугод|квартал|"
    r"триместр|месяц|недел|каникул|срок|период|реализации|программ|проекта|плана)[а-я]"
    # «до начала экзамена», «до её начала»: not «до начала октября» (which day?) nor a term;
    # «до проведения конкурсных мероприятий», «до отъезда ребенка в лагерь» likewise.
    r"|до\s+(?:начала|проведения|отъезда|выезда|въезда|прибытия|отправления|наступления)\s+"
    r"(?!учебн|года|год\b|четверт|полугод|квартал|триместр|месяц|недел|каникул|"
    r"срок|период|реализации|программ|проекта|плана|январ|феврал|март|апрел|ма[йяею]|июн|июл|"
    r"август|сентябр|октябр|ноябр|декабр|зим|весн|лет|осен)[а-я]"
    r"|до\s+(?:ее|его|их)\s+(?:начала|окончания|завершения|проведения)(?![а-я])"
    r"|в\s+(?:мирное|военное)\s+время"
    r"|при\s+(?:угрозе|возникновении|выявлении|получении|ухудшении|изменении|наступлении|"
    r"обнаружении|появлении|проведении|приеме|смене|введении|повышении|установлении|"
    r"объявлении|поступлении|необходимости|наличии|условии)"
    r"|в\s+(?:экстренных\s+)?случа\w+|немедленно|незамедлительно|безотлагательно|оперативно"
    # Counted from the event: a date beside these is the event's, not the deadline.
    r"|(?P<relative>накануне|заблаговременно"
    r"|в\s+(?:\d{1,3}\s*-?\s*|[а-я]+)?(?:дневн|недельн|месячн)\w*\s+срок"
    r"|в\s+день\s+(?:проведения|экзамена|выборов|голосования|поступления|обращения|получения|"
    r"приема|регистрации|подачи|заседания|мероприятия|события|начала|окончания)"
    r"|(?:с|со)\s+(?:момента|дня|даты)\s+(?!\d)[а-я]|через\s+\d{1,3}\s+час"
    r"|с\s+получением\s|при\s+переводе\s)"
    r"|(?:в\s+(?:течение|течении|период|дни|рамках|ходе|время)|во\s+время|на\s+протяжении)\s+"
    r"(?:проведения\s+)?(?:(?:декад|недел|смен|сесси)\w*\s+(?=[а-я])|месячник|акци|фестивал|конкурс|олимпиад|"
    r"кампани|марафон|эстафет|форум|слет|сбор|практик|экзамен|аттестаци|гиа|огэ|егэ|впр|"
    r"мероприяти|праздник|выбор|набор|прием|ремонт|карантин|эпидеми|"
    r"(?:купальн|отопительн)\w*\s+сезон)"
    r")"
)
"""Wording that ties an item to an event or a condition, not to a day."""

_TAIL = (None, Cat.TRAIL, Cat.JOIN, Cat.PERIOD, Cat.REMARK_FREE, Cat.TIME, Cat.DAY, Cat.SCHOOL)
"""The words an event phrase goes on with («месячника безопасности», «с учётом обстановки»)."""
_NOT_TAIL = frozenset(
    ["кроме", "исключая", "исключением", "помимо", "после", "перед", "через", "раньше", "ранее"]
)
"""Words that would change the date beside the event («по факту, кроме сентября»): never read
past."""
_LINKS = (Cat.IN, Cat.FROM, Cat.TO, Cat.BY, Cat.UNIT, Cat.YEAR_WORD)
"""Words that belong to the event phrase only when a word of it follows («в рамках недели»)."""


def event_parts(normal: str) -> tuple[list[tuple[int, int]], bool] | None:
    """The spans of the event phrases in a normalised text, each with the words it goes on with,
    and whether one counts from its event (then no date may stand beside it); None if there is
    none."""
    starts = list(EVENT.finditer(normal))
    if not starts:
        return None
    relative = any(match.group("relative") for match in starts)
    tokens = tokenize(normal).tokens
    spans: list[tuple[int, int]] = []
    for match in starts:
        if spans and match.start() < spans[-1][1]:
            continue  # inside the phrase before («немедленно по получении сигнала»)
        end = match.end()
        # A word cut by the pattern («по факту выявления», «месячника»): to its end.
        while end < len(normal) and normal[end].isalpha():
            end += 1
        rest = [t for t in tokens if t.start >= end]
        for index, token in enumerate(rest):
            follows = rest[index + 1] if index + 1 < len(rest) else None
            tail = _tail(token)
            linked = (
                token.kind == Kind.WORD
                and token.cat in _LINKS
                and follows is not None
                and _tail(follows)
            )
            bracket = token.kind == Kind.PUNCT and (
                token.text in "()"
                or (token.text in ".,!?" and follows is not None and _tail(follows))
            )
            if not (tail or linked or bracket):
                break
            end = token.end
        spans.append((match.start(), end))
    return spans, relative


def _tail(token: Token) -> bool:
    return token.kind == Kind.WORD and token.cat in _TAIL and token.text not in _NOT_TAIL


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces, so every other part keeps its place."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_CHANGED = ("перенос", "перенес", "продл", "отмен", "измен", "если", "услов", "случа")
"""Beginnings of the words of an event phrase that make the day beside it the day the deadline
changes to, or a condition of it («в случае переноса», «при изменении», «В случае неявки – 22
мая», «20 мая (в случае необходимости)»: a reserve day, or a day only if)."""


def changes_the_day(normal: str, spans: list[tuple[int, int]]) -> bool:
    """Whether an event phrase of `spans` in the normalised text holds a word of `_CHANGED`."""
    return any(
        word.startswith(_CHANGED) for start, end in spans for word in normal[start:end].split()
    )
