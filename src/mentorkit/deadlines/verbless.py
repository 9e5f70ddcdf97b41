"""Days of news told with no verb: «Сегодня, 25 мая», «вчера, 11 августа», «уже 14 июня» (the
word before the day read past); «2 февраля — последний день»; «между 15 и 23 августа»; «в ночь на
25 мая», «в ночь с 28 на 29 июня»; one day and where («24 мая в нашей школе», «В Кургане 22 мая»);
a noun of an event's start or end («Старт акции 22 ноября»). Every word read past is said."""

from __future__ import annotations

from mentorkit.deadlines.labels import told_after
from mentorkit.deadlines.lexemes import DAY_KINDS, Kind, Token, one_day
from mentorkit.deadlines.subjects import PLACE, SUBJECT_MOST, plain_word, without_place
from mentorkit.deadlines.vocabulary import Cat, lookup

_LEADS = {"сегодня": True, "вчера": True, "завтра": True, "уже": False}
"""Words before the day of a news item («Сегодня, 25 мая», «уже 14 июня»): read past; True
where a comma or a dash must follow the word."""


_LAST_DAY = ("последний", "день")


_WHEN = (
    "канун преддвери честь ожидани подготовк предел промежут отсутстви связ итог результат "
    "продолжени перерыв ход рамк период врем момент преддверь завершени окончани начал"
)


_WHEN_WORDS = tuple(_WHEN.split())
"""Beginnings of words that, after «в» or «на», say how a day is meant, not where («в канун 1
сентября», «в преддверии 8 марта», «в честь 9 мая», «на подготовку»): never a place."""


def day_and_place(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """«24 мая в нашей школе», «В Кургане 22 мая», «в школах 20 июня 2017 года»: one day and
    where, with no verb — the day (the place said); any other text as it is."""
    places: list[str] = []
    rest = without_place(tokens, text, places)
    lead = 0
    if (
        rest
        and rest[0].text in PLACE
        and len(rest) > 1
        and not rest[1].text.startswith(_WHEN_WORDS)
    ):
        lead = 1
        while lead < len(rest) and lead <= SUBJECT_MOST and plain_word(rest[lead]):
            lead += 1
        lead = lead if lead > 1 else 0
    day = rest[lead:]
    if not (places or lead) or not one_day(day):
        return tokens
    if lead:
        places.insert(0, text[rest[0].start : rest[lead - 1].end])
    said.extend(places)
    return day


_EVENT_NOUNS = frozenset(
    ["старт", "начало", "открытие", "закрытие", "окончание", "завершение", "проведение", "финал"]
)
"""Nouns of an event's start, end or day, as a heading of news or a plan writes them with no
verb («Старт акции 22 ноября», «22 ноября старт акции», «Окончание приема заявок 1 марта»)."""


def event_noun(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """One day and, before or after it, a noun of `_EVENT_NOUNS` and a few words it is of: that
    day, by which it starts, ends or is held (a start alone is the day, as with the verbs); the
    words said."""
    nouns = [i for i, t in enumerate(tokens) if t.text in _EVENT_NOUNS]
    if len(nouns) != 1:
        return tokens
    at = nouns[0]
    after = at + 1
    while after < len(tokens) and after - at <= SUBJECT_MOST and plain_word(tokens[after]):
        after += 1
    if at == 0 and after < len(tokens) and one_day(tokens[after:]):
        said.append(text[tokens[0].start : tokens[after - 1].end])
        return tokens[after:]
    if at and after == len(tokens) and one_day(tokens[:at]):
        said.append(text[tokens[at].start : tokens[-1].end])
        return tokens[:at]
    return tokens


def as_word(start: int, end: int, word: str) -> Token:
    """The connector `word` standing where the verb was written (its span is the verb's)."""
    return Token(Kind.WORD, word, start, end, entry=lookup(word))


def drop_lead(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«Сегодня, 25 мая», «вчера, 11 августа», «уже 14 июня», «Уже в конце апреля»: the word
    before the day is read past (and said); anywhere else it is left for the parser, which does
    not know it."""
    if not tokens or tokens[0].text not in _LEADS:
        return tokens
    marked = _LEADS[tokens[0].text]
    # «Сегодня 12 декабря»: right before the day's number, the mark may be left out
    bare = one_day(tokens[1:4]) or (len(tokens) > 1 and tokens[1].kind in DAY_KINDS)
    if marked and not bare and (len(tokens) < 2 or tokens[1].text not in (",", "-")):
        return tokens
    size = 2 if marked and not bare else 1
    if not told_after(tokens, size):
        return tokens
    ignored.append(text[tokens[0].start : tokens[size - 1].end])
    return tokens[size:]


def last_day(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«2 февраля — последний день [приёма заявок]»: one day, then that it is the last one."""
    dash = next((i for i, t in enumerate(tokens) if t.text in ("-", ",")), -1)
    if dash < 1 or tuple(t.text for t in tokens[dash + 1 : dash + 3]) != _LAST_DAY:
        return tokens
    if not all(plain_word(t) for t in tokens[dash + 3 :]) or not one_day(tokens[:dash]):
        return tokens
    ignored.append(text[tokens[dash].start : tokens[-1].end])
    return tokens[:dash]


def between(tokens: list[Token]) -> list[Token]:
    """«(в период) между 15 и 23 августа»: the window «с 15 по 23 августа» — «между» right
    before a day, «и» before the other (and no other «и»)."""
    at = next((i for i, t in enumerate(tokens) if t.text == "между"), -1)
    joins = [i for i, t in enumerate(tokens) if t.text == "и" and i > at]
    if (
        at < 0
        or len(joins) != 1
        or not told_after(tokens, at + 1)
        or not told_after(tokens, joins[0] + 1)
    ):
        return tokens
    if tokens[at + 1].kind not in (Kind.NUM, *DAY_KINDS):
        return tokens
    link = joins[0]
    return [
        *tokens[:at],
        as_word(tokens[at].start, tokens[at].end, "с"),
        *tokens[at + 1 : link],
        as_word(tokens[link].start, tokens[link].end, "по"),
        *tokens[link + 1 :],
    ]


def night(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«в ночь на 25 мая»: that day; «в ночь с 28 на 29 июня»: from the one to the other, as
    «с 28 по 29 июня» (the words «в ночь» said)."""
    at = next(
        (i for i in range(len(tokens) - 3) if [t.text for t in tokens[i : i + 2]] == ["в", "ночь"]),
        -1,
    )
    if at < 0:
        return tokens
    words = tokens[at + 2]
    if words.text == "на" and told_after(tokens, at + 2):
        ignored.append(text[tokens[at].start : words.end])
        return [*tokens[:at], *tokens[at + 3 :]]
    link = at + 4
    if link < len(tokens) and tokens[link].cat == Cat.MONTH:
        link += 1  # «в ночь с 30 июня на 1 июля»
    if (
        words.text == "с"
        and link < len(tokens) - 1
        and tokens[at + 3].kind == Kind.NUM
        and tokens[link].text == "на"
        and told_after(tokens, link)
    ):
        ignored.append(text[tokens[at].start : tokens[at + 1].end])
        through = as_word(tokens[link].start, tokens[link].end, "по")
        return [*tokens[:at], *tokens[at + 2 : link], through, *tokens[link + 1 :]]
    return tokens
