"""Deadlines as announcements write them. A window told with verbs: «начнётся 1 апреля и
завершится 30 июня», «стартовали 21 июля и завершились 12 сентября», «начинается 1 апреля,
завершается 30 июня», «с 1 декабря 2023 года и продлится до 1 февраля 2024 года». The verb of the
start reads as «с», the verb of the end (with its «до») as «по». Only the pair is a window: a
start alone («стартует 1 апреля») says nothing of the end, and stays not understood. And
«Сегодня, 25 мая»: the day of the news is the day named."""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat, lookup


def _forms(*lines: str) -> frozenset[str]:
    """The words of `lines`: each verb in the third person, future, present and past."""
    return frozenset(word for line in lines for word in line.split())


_STARTS = _forms(
    "начнется начнутся начинается начинаются начался началась началось начались",
    "стартует стартуют стартовал стартовала стартовало стартовали",
    "откроется откроются открывается открываются открылся открылась открылось открылись",
)
_ENDS = _forms(
    "завершится завершатся завершается завершаются завершился завершилась завершилось завершились",
    "закончится закончатся заканчивается заканчиваются закончился закончилась закончилось "
    "закончились",
    "окончится окончатся оканчивается оканчиваются окончился окончилась окончилось окончились",
    "продлится продлятся продлился продлилась продлилось продлились",
    "продолжится продолжатся продолжался продолжалась продолжалось продолжались",
)
_LINKS = ("и", ",", "а")
_DATED = (Kind.NUM, Kind.DATE, Kind.DAYMONTH)


def read_verbs(tokens: list[Token]) -> list[Token]:
    """`tokens` with a start verb and an end verb around two days made «с … по …»."""
    end = next((i for i, t in enumerate(tokens) if t.text in _ENDS and _dated_after(tokens, i)), -1)
    if end < 2 or tokens[end - 1].text not in _LINKS:
        return tokens
    start = next(
        (i for i, t in enumerate(tokens[:end]) if t.text in _STARTS or t.cat == Cat.FROM), -1
    )
    if start < 0 or not _dated_after(tokens, start) or _other_bound(tokens[start + 1 : end - 1]):
        return tokens
    through = end + (1 if tokens[end + 1].text == "до" else 0)
    to = _as_word(tokens[end - 1].start, tokens[through].end, "по")
    out = [*tokens[: end - 1], to, *tokens[through + 1 :]]
    if tokens[start].text in _STARTS:
        out[start] = _as_word(tokens[start].start, tokens[start].end, "с")
    return out


def _dated_after(tokens: list[Token], at: int) -> bool:
    """A day right after `at` («завершится 30 июня»), or after its «до» («продлится до …»)."""
    ahead = tokens[at + 1 : at + 3]
    if ahead and ahead[0].text == "до":
        ahead = ahead[1:]
    return bool(ahead) and ahead[0].kind in _DATED


def _other_bound(between: list[Token]) -> bool:
    """A second start or an end already between the start and the end verb: not one window."""
    return any(t.cat in (Cat.FROM, Cat.TO, Cat.BY) or t.text in _STARTS for t in between)


def _as_word(start: int, end: int, word: str) -> Token:
    """The connector `word` standing where the verb was written (its span is the verb's)."""
    return Token(Kind.WORD, word, start, end, entry=lookup(word))


def drop_today(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«Сегодня, 25 мая», «Сегодня – 8 февраля»: the word before the day is read past (and
    said); «сегодня» anywhere else is left for the parser, which does not know it."""
    if (
        len(tokens) > 2
        and tokens[0].text == "сегодня"
        and tokens[1].text in (",", "-")
        and tokens[2].kind in _DATED
    ):
        ignored.append(text[tokens[0].start : tokens[1].end])
        return tokens[2:]
    return tokens
