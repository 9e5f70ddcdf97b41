"""Deadlines as announcements write them: the day of an event told with a verb.

- A window told with verbs: «начнётся 1 апреля и завершится 30 июня», «стартовали 21 июля и
  завершились 12 сентября», «наступят 25 декабря и окончатся 8 января», «с 1 декабря 2023 года и
  продлится до 1 февраля 2024 года». The verb of the start reads as «с», the verb of the end
  (with its «до») as «по»; a place between them («начнётся 18 октября на стадионе «Спартак» и
  продлится до 18 декабря») is read past.
- The day of an event: «состоится 27 февраля», «пройдёт 11 февраля», «вступили в силу 1
  сентября», «будет проходить до 12 декабря», «запланировано на 2023 год», an act done («Закон
  принят 29 декабря», «В сентябре 2022 года Госдума приняла») — the verb is read past and the day
  is the deadline. The end of one: «завершится 7 марта», «продлится по 15 апреля» —
  by that day, as «по 7 марта» is. A start alone («стартует 1 апреля») is the day of the event
  too: every blind collector read it so, none as a window to the period's end.
- Who or what the verb is of, before it at the start of the text («Она состоится 15 декабря»,
  «открытие центров состоится 1 сентября», «который пройдёт 1 сентября»), or after it when one
  day comes first («10 июня завершается прием заявок»), is no deadline word: read past, if it is
  only words the vocabulary does not know and none of them a condition.
- «Сегодня, 25 мая», «вчера, 11 августа», «уже 14 июня»: the word before the day is read past.
- «2 февраля — последний день»: that day.

Every word read past is said (`ignored`). The verbs are data (`VERBS`), not patterns.
"""

from __future__ import annotations

from enum import StrEnum

from mentorkit.deadlines.labels import drop_labels, plain, told_after
from mentorkit.deadlines.lexemes import DAY_KINDS, Kind, Token
from mentorkit.deadlines.school_years import school_years
from mentorkit.deadlines.vocabulary import NAMED_DAYS, Cat, lookup


class Role(StrEnum):
    START = "start"  # «начнётся»: the window's first day
    END = "end"  # «завершится»: its last day (by it, alone)
    HELD = "held"  # «состоится»: the day itself


def _forms(role: Role, *lines: str) -> dict[tuple[str, ...], Role]:
    """Each verb of `lines` (words joined by «_»: «вступит_в_силу») and its role."""
    return {tuple(word.split("_")): role for line in lines for word in line.split()}


VERBS: dict[tuple[str, ...], Role] = {
    **_forms(
        Role.START,
        "начнется начнутся начинается начинаются начался началась началось начались",
        "стартует стартуют стартовал стартовала стартовало стартовали",
        "откроется откроются открывается открываются открылся открылась открылось открылись",
        "наступит наступят наступает наступают наступил наступила наступило наступили",
        # the infinitive of a plan or an order: «начать 1 апреля и завершить до 1 августа»
        "начать начаться стартовать открыть открыться",
        # a stage told done: «начат в марте и завершен в августе 2024 года»
        "начат начата начато начаты",
    ),
    **_forms(
        Role.END,
        "завершится завершатся завершается завершаются завершился завершилась завершилось "
        "завершились",
        "закончится закончатся заканчивается заканчиваются закончился закончилась закончилось "
        "закончились",
        "окончится окончатся оканчивается оканчиваются окончился окончилась окончилось окончились",
        "продлится продлятся продлился продлилась продлилось продлились",
        "продолжится продолжатся продолжался продолжалась продолжалось продолжались",
        "будет_длиться будут_длиться будет_продолжаться будут_продолжаться",
        "завершить завершиться закончить закончиться окончить окончиться продлиться",
        "завершит завершат закончит закончат окончит окончат",
        "завершен завершена завершено завершены закончен закончена закончено закончены",
        # in force until: «с 1 сентября 2023 года и будет действовать до 31 августа 2029 года»
        "будет_действовать будут_действовать действует действуют действовать",
        "будет_работать будут_работать",
        # applications taken until: «Заявления … будут приниматься до 30 июня»
        "будут_приниматься будет_приниматься принимаются принимается",
    ),
    **_forms(
        Role.HELD,
        "состоится состоятся состоялся состоялась состоялось состоялись",
        "пройдет пройдут прошел прошла прошло прошли проходит проходят будет_проходить "
        "будут_проходить проходил проходила проходило проходили",
        "проводится проводятся будет_проводиться будут_проводиться",
        "отмечается отмечаются будет_отмечаться будут_отмечаться отмечали отмечался",
        "запланировано запланирована запланирован запланированы планируется планируются",
        "намечено намечена намечен намечены",
        "вступит_в_силу вступят_в_силу вступает_в_силу вступают_в_силу вступил_в_силу "
        "вступила_в_силу вступило_в_силу вступили_в_силу",
        # an act done on the day: «Госдума приняла», «приказ подписан»
        "принял приняла приняло приняли принят принята принято приняты",
        "утвердил утвердила утвердило утвердили утвержден утверждена утверждено утверждены",
        "подписал подписала подписало подписали подписан подписана подписано подписаны",
        # the day of a school's event: «последний звонок прозвенит 24 мая», «аттестаты вручат
        # 20 июня», «назначено 27 мая»
        "прозвенит прозвенят прозвенел прозвенела прозвенело прозвенели прозвучит прозвучат",
        "вручат вручит вручили вручил вручила будут_вручены будет_вручен будет_вручена",
        "назначен назначена назначено назначены",
        # the infinitive of an order or a recommendation: «рекомендует провести 28 июня»
        "провести проведен проведена проведено проведены",
        # the results of a contest, its lists: «17.05.2021 г. подведены итоги конкурса»
        "подведены подведут подвели опубликуют опубликует опубликованы объявят объявлены",
    ),
}
"""Verbs of announcements, in the third person, future, present and past, and their role; the
start and the end verbs also in the infinitive, as plans and orders write them («начаться 15
апреля, а закончиться 25 августа»)."""

_ADVERBS = frozenset(
    {"окончательно", "официально", "торжественно", "успешно", "традиционно", "вновь", "снова"}
    | {"полностью", "планово"}
)
"""Adverbs right before a verb that say how, not when («окончательно завершится», «официально
стартует»): read past with the verb («окончательно» is no condition here, as «оконч…» is in a
remark)."""
_PRONOUNS = frozenset({"он", "она", "оно", "они", "уже"})
"""Who the verb is of, or «уже», right before or after it in a window told with verbs («…, он
продлится до 23 сентября», «продлятся они по 1 сентября», «стартует уже 11 марта»): read past
with it."""
_MODALS = frozenset(
    {"должен", "должна", "должно", "должны", "необходимо", "нужно", "следует"}
    | {"рекомендует", "рекомендуют", "рекомендуется", "рекомендовано", "предлагается"}
    | {"планируется", "планируют", "запланировано", "решено"}
)
"""«должен завершиться до 19 ноября», «должен быть завершён к 31.10.2025», «рекомендует провести
28 июня»: what is due or advised, read past with the verb («может быть завершено» is not: it says
what may be)."""
_MAY = frozenset(
    {"может", "могут", "можно", "возможно", "вероятно", "предположительно", "ориентировочно"}
    | {"примерно", "приблизительно", "около", "допускается", "разрешается", "разрешено", "вправе"}
    | {"нельзя", "невозможно", "недопустимо", "нецелесообразно", "необязательно", "запрещено"}
    | {"запрещается"}
)
"""Words that say a day may be, about, or must not be, not that it is («может быть проведен 28
июня», «Старт акции ориентировочно 22 ноября», «Нельзя провести 15 мая»): never who or what a
verb is of, nor a place."""


def _plain(token: Token) -> bool:
    """A word the vocabulary does not know, no condition (`plain`), and not of `_MAY`."""
    return plain(token) and token.text not in _MAY


_LONGEST = max(len(words) for words in VERBS)
_LASTING = ("продолж", "действ", "будет", "будут", "продл")
"""End verbs that say something goes on («1 сентября продолжится работа кружков», «будут
действовать новые правила»): after one day and their subject they may mean from it, not by it."""
_LINKS = ("и", ",", "а")
_PLACE = ("в", "во", "на")
"""What a place begins with: «на стадионе «Спартак»», «в актовом зале»."""
_SUBJECT_MOST = 5
_LEADS = {"сегодня": True, "вчера": True, "завтра": True, "уже": False}
"""Words before the day of a news item («Сегодня, 25 мая», «уже 14 июня»): read past; True
where a comma or a dash must follow the word."""
_LAST_DAY = ("последний", "день")


def announced(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """`tokens` with the words of an announcement read as the deadline they tell."""
    if len(tokens) > 1 and tokens[-1].kind == Kind.PUNCT and tokens[-1].text in ".;":
        # «завершится 12 апреля;», «Она пройдёт 20 мая в актовом зале.»: the mark that ends
        # the sentence says nothing of it; read as without it, then kept.
        said: list[str] = []
        read = _announced(tokens[:-1], text, said)
        if read != tokens[:-1]:
            ignored.extend(said)
            return [*read, tokens[-1]]
    return _announced(tokens, text, ignored)


def _announced(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    tokens = school_years(tokens, text, ignored)
    dropped: list[str] = []
    labelled = drop_labels(tokens, text, dropped)
    if not _start_then_end(tokens) or _start_then_end(labelled):
        # not «началось в апреле и завершится …», whose start verb is no label before «в»
        tokens = labelled
        ignored.extend(dropped)
    tokens = _drop_lead(tokens, text, ignored)
    tokens = _between(_night(_last_day(tokens, text, ignored), text, ignored))
    return read_verbs(tokens, text, ignored)


def read_verbs(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """`tokens` with the verbs of an announcement read: a start and an end verb around two days
    made «с … по …»; one end verb made «по»; the verb of the day (and who it is of) read past."""
    verbs = _verbs(tokens)
    adverbs = {j for i, _, _ in verbs for j in range(i - _before_verb(tokens, i), i)}
    numbers = {_plural(tokens[i].text) for i, _, _ in verbs}
    if len(verbs) > 1 and len(numbers) == 1:
        # «стартовал 18 июня, он продлится до 23 сентября»: in a window told with two verbs of
        # one number, the pronoun of that number («Набор стартует 2 сентября, они будут
        # работать до 25 мая»: «они» are others, and the window not the enrolment's)
        plural = numbers.pop()
        adverbs |= {
            j
            for i, size, _ in verbs
            for j in (i - 1, i + size)
            if 0 <= j < len(tokens)
            and tokens[j].text in _PRONOUNS
            and (tokens[j].text == "уже" or (tokens[j].text == "они") == plural)
        }
    if adverbs:
        # «окончательно завершится к 29 августа»: how, not when — read past, and said.
        said.extend(text[tokens[i].start : tokens[i].end] for i in sorted(adverbs))
        tokens = [t for i, t in enumerate(tokens) if i not in adverbs]
        verbs = _verbs(tokens)
    if not verbs:
        return _day_and_place(_event_noun(tokens, text, said), text, said)
    paired = _window(tokens, verbs, text, said)
    if paired is not None or len(verbs) != 1:
        return tokens if paired is None else paired
    at, size, role = verbs[0]
    tokens = _place_after_verb(tokens, at + size, text, said)
    subject_after = _named_subject(tokens[at + size :])
    lasting = tokens[at].text.startswith(_LASTING)
    before: list[str] = []
    day = _without_place(tokens[:at], text, before)  # «22 апреля в колледже прошёл …»
    if (
        role in (Role.HELD, Role.END, Role.START)
        and not (lasting and subject_after)
        and at
        and subject_after is not None
        and _subject(subject_after)
        and (_one_day(day) or (role == Role.HELD and _one_window(day)))
    ):
        said.extend(before)
        # «10 июня завершается прием заявок», «15 мая состоится концерт», «4 октября
        # завершится», «15 мая стартует прием заявок»: one day, then the verb and who or what it
        # is of — that day (the end: by it).
        said.append(text[tokens[at].start : tokens[-1].end])
        return day
    if role == Role.HELD and at and at + size == len(tokens):
        # «В 2022 году планируется», «В сентябре 2022 года Госдума приняла»: the verb last, and
        # who or what it is of just before it.
        subject = at
        while subject > 1 and at - subject < _SUBJECT_MOST and _plain(tokens[subject - 1]):
            subject -= 1
        said.append(text[tokens[subject].start : tokens[-1].end])
        return tokens[:subject]
    after = at + size
    while after < len(tokens) and after - at - size < _SUBJECT_MOST and _plain(tokens[after]):
        after += 1
    if not lasting and after > at + size and _subject(tokens[:at]) and _one_day(tokens[after:]):
        # «Состоится концерт 15 мая», «Провести родительские собрания 15 мая», «Завершится
        # прием заявок 15 октября»: the verb, who or what it is of, then one day — that day.
        said.append(text[tokens[0].start : tokens[after - 1].end])
        return tokens[after:]
    if role == Role.START and (at + size == len(tokens) or told_after(tokens, at + size)):
        # «стартует 23 мая», «9 марта стартует»: only the start is said, and it is the day of
        # the event, as every blind collector (fourteen texts of nine rounds) read it — not
        # «с 23 мая», a window to the period's end.
        role = Role.HELD
    if role == Role.START or not told_after(tokens, at + size) or not _subject(tokens[:at]):
        return tokens
    rest = _without_place(tokens[at + size :], text, said)
    if role == Role.END:
        # «завершится 7 марта», «продлится до (по) 15 апреля»: one day, by which it ends; not
        # «завершится в мае» (its end, or some day of it?), nor two days («… 15.05 по 30.05»).
        bound = 1 if rest[0].cat in (Cat.BY, Cat.TO) else 0
        if rest[0].cat == Cat.FROM and any(t.cat in (Cat.BY, Cat.TO) for t in rest[2:]):
            # «продлится с 15 августа по 30 сентября»: the window says it all
            said.append(text[tokens[0].start : tokens[at + size - 1].end])
            return rest
        if not _one_day(rest[bound:]):
            return tokens
        if bound:
            said.append(text[tokens[0].start : tokens[at + size - 1].end])
            return rest
        if at:
            said.append(text[tokens[0].start : tokens[at - 1].end])
        return [_as_word(tokens[at].start, tokens[at + size - 1].end, "по"), *rest]
    said.append(text[tokens[0].start : tokens[at + size - 1].end])
    return rest


_HOLIDAYS = frozenset(words[0] for words in NAMED_DAYS)
"""The first words of the holidays after «День» («Победы», «знаний»)."""
_DEDICATED = ("посвящ", "приуроч")
"""«…, посвященные Международному дню борьбы с коррупцией»: what an event is for, the end of
who or what the verb is of."""


def _named_subject(tokens: list[Token]) -> list[Token] | None:
    """The words after a verb that say who or what it is of, with the name in quotes («классный
    час «Закон и коррупция».») and what it is dedicated to («мероприятия, посвященные …») left
    out; None where those hold a number (a name with a year, a day of its own: not read past)."""
    kept: list[Token] = []
    quoted = False
    for index, token in enumerate(tokens):
        if (token.kind == Kind.NUM or token.kind in DAY_KINDS) and quoted:
            return None  # «концерт «Весна 2023»»: a name with a number
        if token.text in ("«", "»", '"'):
            quoted = token.text == "«" or (token.text == '"' and not quoted)
            continue
        if quoted:
            continue
        if token.text.startswith(_DEDICATED):
            rest = tokens[index:]
            if any(t.kind == Kind.NUM or t.kind in DAY_KINDS for t in rest):
                return None
            while kept and kept[-1].text == ",":
                kept.pop()
            return kept
        if token.kind == Kind.PUNCT and token.text in ".!" and index == len(tokens) - 1:
            continue
        kept.append(token)
    return None if quoted else kept


def _place_after_verb(tokens: list[Token], at: int, text: str, said: list[str]) -> list[Token]:
    """«продлится в столичных школах до 25 августа»: a place right after the verb (at `at`),
    before the day — read past, and said; `tokens` as they are otherwise."""
    if at >= len(tokens) or tokens[at].text not in _PLACE:
        return tokens
    end = at + 1
    while end < len(tokens) and end - at <= _SUBJECT_MOST and _plain(tokens[end]):
        end += 1
    if end == at + 1 or not told_after(tokens, end):
        return tokens
    said.append(text[tokens[at].start : tokens[end - 1].end])
    return [*tokens[:at], *tokens[end:]]


def _verbs(tokens: list[Token]) -> list[tuple[int, int, Role]]:
    """Where each verb of `VERBS` is in `tokens`: (index, how many tokens, role)."""
    found: list[tuple[int, int, Role]] = []
    i = 0
    while i < len(tokens):
        for size in range(_LONGEST, 0, -1):
            words = tuple(t.text for t in tokens[i : i + size])
            if len(words) == size and words in VERBS:
                found.append((i, size, VERBS[words]))
                i += size - 1
                break
        i += 1
    return found


def _window(
    tokens: list[Token], verbs: list[tuple[int, int, Role]], text: str, said: list[str]
) -> list[Token] | None:
    """«начнётся 1 апреля и завершится 30 июня»: the tokens with the window made «с … по …»;
    None where the verbs tell no such window."""
    ends = [
        (i, size) for i, size, role in verbs if role == Role.END and told_after(tokens, i + size)
    ]
    if len(ends) != 1 or ends[0][0] < 2 or tokens[ends[0][0] - 1].text not in _LINKS:
        return None
    end, end_size = ends[0]
    starts = [i for i, _, role in verbs if role == Role.START and i < end]
    opened = next((i for i, t in enumerate(tokens[:end]) if t.cat == Cat.FROM), -1)
    if len(starts) > 1 or (not starts and opened < 0):
        return None
    start = starts[0] if starts else opened
    if not told_after(tokens, start + 1):
        return None
    link = end - 1
    if tokens[link].text in ("а", "и") and link - 1 > start and tokens[link - 1].text == ",":
        link -= 1  # «начаться 15 апреля, а закончиться 25 августа»: the comma is the link's
    between = _without_place(tokens[start + 1 : link], text, said)
    in_month = bool(starts and between and between[0].cat == Cat.IN)
    if in_month or (starts and between and between[0].cat == Cat.FROM):
        between = between[1:]  # «началось в апреле и …»: from April; «начался с 15.08.2025 и …»
    if _other_bound(between):
        return None
    # «… и завершится до 19 ноября»: to that day; «начат в марте и завершен в августе 2024 года»:
    # the months, from one to the other (after a day, «закончиться в августе» is its end or
    # some day of it — not guessed)
    last = end + end_size - 1  # «будет действовать»: the verb's last word
    bound, after = tokens[last + 1], tokens[last + 2 : last + 3]
    if bound.cat == Cat.BY and after and after[0].cat == Cat.MONTH:
        return None  # «… и продлится до мая»: to its start or its end? Not guessed.
    if bound.cat == Cat.IN and not (in_month and after and after[0].cat == Cat.MONTH):
        return None  # «… и завершится в 2026 году»: not one window of months
    through = last + (1 if bound.cat in (Cat.BY, Cat.TO, Cat.IN) else 0)
    to = _as_word(tokens[link].start, tokens[through].end, "по")
    first = tokens[start]
    if starts:
        first = _as_word(first.start, first.end, "с")
    before = tokens[:start]
    if before and _subject(before):
        said.append(text[before[0].start : before[-1].end])  # «Она начнётся …»
        before = []
    return [*before, first, *between, to, *tokens[through + 1 :]]


_PLURAL_ENDINGS = ("ют", "ят", "ут", "ат", "ли", "ны", "лись")


def _plural(verb: str) -> bool:
    """Whether a verb of `VERBS` (its first word) is plural: «стартуют», «продлятся», «будут»,
    «начались», «завершены»."""
    return verb.removesuffix("ся").endswith(_PLURAL_ENDINGS)


def _before_verb(tokens: list[Token], at: int) -> int:
    """How many words right before the verb at `at` say how or that it is due, not when: an
    adverb («окончательно»), a modal («должен»), a modal and «быть» («должен быть»)."""
    words = [t.text for t in tokens[max(at - 2, 0) : at]]
    if len(words) == 2 and words[0] in _MODALS and words[1] == "быть":
        return 2
    return 1 if words and (words[-1] in _ADVERBS or words[-1] in _MODALS) else 0


def _start_then_end(tokens: list[Token]) -> bool:
    """Whether a start verb comes before an end verb («начнётся … и завершится …»)."""
    roles = [role for _, _, role in _verbs(tokens)]
    return Role.START in roles and Role.END in roles[roles.index(Role.START) :]


def _subject(before: list[Token]) -> bool:
    """Whether the words before a verb at the start of the text are who or what it is of
    («Она», «открытие центров», «который»), to be read past: none at all, or a few words the
    vocabulary does not know (not a number, a date word or a condition). An ordinal or «last»
    before such a word is of it («Последние звонки пройдут 24 мая», «Первый семестр начнётся
    1 сентября»), not a week or a term («последняя неделя»)."""
    return len(before) <= _SUBJECT_MOST + 2 and all(
        _plain(t)
        or (
            # «Последние звонки», «Объявление призеров и победителей», «Подача документов в
            # ВУЗы»: an ordinal, «и», a place's «в» before a word of the subject
            (
                t.cat in (Cat.LAST, Cat.ORDINAL)
                or t.text.startswith("последн")
                # «День открытых дверей», not a holiday («День Победы»: a day of its own)
                or (
                    t.cat == Cat.DAY and i + 1 < len(before) and before[i + 1].text not in _HOLIDAYS
                )
                or (t.text in ("и", *_PLACE) and i > 0 and _plain(before[i - 1]))
            )
            and i + 1 < len(before)
            and _plain(before[i + 1])
        )
        for i, t in enumerate(before)
    )


def _without_place(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """`tokens` without a place that ends them, after a day («15 мая в актовом зале», «18
    октября на стадионе «Спартак»»), the place said."""
    size = 0
    while size < len(tokens) and (
        _plain(tokens[-1 - size])
        or (  # «в 8 классе», «в 5-х классах»: a grade's number
            tokens[-1 - size].kind == Kind.NUM
            and size
            and tokens[-size].text.startswith("класс")
            and size + 1 < len(tokens)
            and tokens[-2 - size].text in _PLACE
        )
    ):
        size += 1
    at = len(tokens) - size - 1  # the place's «в», «на»
    if not size or at < 1 or tokens[at].text not in _PLACE:
        return tokens
    day = tokens[at - 1]
    if not (day.kind in (*DAY_KINDS, Kind.NUM) or day.cat in (Cat.MONTH, Cat.YEAR_WORD)):
        return tokens
    end = tokens[-1].end
    end += 1 if text[end : end + 1] in ("»", "”", '"') else 0  # «на стадионе «Спартак»»
    said.append(text[tokens[at].start : end])
    return tokens[:at]


_WHEN = (
    "канун преддвери честь ожидани подготовк предел промежут отсутстви связ итог результат "
    "продолжени перерыв ход рамк период врем момент преддверь завершени окончани начал"
)
_WHEN_WORDS = tuple(_WHEN.split())
"""Beginnings of words that, after «в» or «на», say how a day is meant, not where («в канун 1
сентября», «в преддверии 8 марта», «в честь 9 мая», «на подготовку»): never a place."""


def _day_and_place(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """«24 мая в нашей школе», «В Кургане 22 мая», «в школах 20 июня 2017 года»: one day and
    where, with no verb — the day (the place said); any other text as it is."""
    places: list[str] = []
    rest = _without_place(tokens, text, places)
    lead = 0
    if (
        rest
        and rest[0].text in _PLACE
        and len(rest) > 1
        and not rest[1].text.startswith(_WHEN_WORDS)
    ):
        lead = 1
        while lead < len(rest) and lead <= _SUBJECT_MOST and _plain(rest[lead]):
            lead += 1
        lead = lead if lead > 1 else 0
    day = rest[lead:]
    if not (places or lead) or not _one_day(day):
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


def _event_noun(tokens: list[Token], text: str, said: list[str]) -> list[Token]:
    """One day and, before or after it, a noun of `_EVENT_NOUNS` and a few words it is of: that
    day (read as the verbs are: a start alone, or an end, is the day); the words said."""
    nouns = [i for i, t in enumerate(tokens) if t.text in _EVENT_NOUNS]
    if len(nouns) != 1:
        return tokens
    at = nouns[0]
    after = at + 1
    while after < len(tokens) and after - at <= _SUBJECT_MOST and _plain(tokens[after]):
        after += 1
    if at == 0 and after < len(tokens) and _one_day(tokens[after:]):
        said.append(text[tokens[0].start : tokens[after - 1].end])
        return tokens[after:]
    if at and after == len(tokens) and _one_day(tokens[:at]):
        said.append(text[tokens[at].start : tokens[-1].end])
        return tokens[:at]
    return tokens


def _other_bound(between: list[Token]) -> bool:
    """A second start or an end already between the start and the end verb: not one window."""
    return any(
        t.cat in (Cat.FROM, Cat.TO, Cat.BY) or VERBS.get((t.text,)) == Role.START for t in between
    )


def _as_word(start: int, end: int, word: str) -> Token:
    """The connector `word` standing where the verb was written (its span is the verb's)."""
    return Token(Kind.WORD, word, start, end, entry=lookup(word))


def _drop_lead(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«Сегодня, 25 мая», «вчера, 11 августа», «уже 14 июня», «Уже в конце апреля»: the word
    before the day is read past (and said); anywhere else it is left for the parser, which does
    not know it."""
    if not tokens or tokens[0].text not in _LEADS:
        return tokens
    marked = _LEADS[tokens[0].text]
    # «Сегодня 12 декабря»: right before the day's number, the mark may be left out
    bare = _one_day(tokens[1:4]) or (len(tokens) > 1 and tokens[1].kind in DAY_KINDS)
    if marked and not bare and (len(tokens) < 2 or tokens[1].text not in (",", "-")):
        return tokens
    size = 2 if marked and not bare else 1
    if not told_after(tokens, size):
        return tokens
    ignored.append(text[tokens[0].start : tokens[size - 1].end])
    return tokens[size:]


def _last_day(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«2 февраля — последний день [приёма заявок]»: one day, then that it is the last one."""
    dash = next((i for i, t in enumerate(tokens) if t.text in ("-", ",")), -1)
    after = tokens[dash + 1 : dash + 3]
    if dash < 1 or tuple(t.text for t in after) != _LAST_DAY:
        return tokens
    if not all(_plain(t) for t in tokens[dash + 3 :]) or not _one_day(tokens[:dash]):
        return tokens
    ignored.append(text[tokens[dash].start : tokens[-1].end])
    return tokens[:dash]


def _between(tokens: list[Token]) -> list[Token]:
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
        _as_word(tokens[at].start, tokens[at].end, "с"),
        *tokens[at + 1 : link],
        _as_word(tokens[link].start, tokens[link].end, "по"),
        *tokens[link + 1 :],
    ]


def _night(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
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
        through = _as_word(tokens[link].start, tokens[link].end, "по")
        return [*tokens[:at], *tokens[at + 2 : link], through, *tokens[link + 1 :]]
    return tokens


def _one_window(tokens: list[Token]) -> bool:
    """Whether `tokens` are one window of days, «с 15 по 28 апреля [2025 года]», «с 01.04 по
    15.04.2025»: «с», one «по» or «до», and only numbers, dates, months and year words."""
    if len(tokens) < 4 or tokens[0].cat != Cat.FROM:
        return False
    bounds = [t for t in tokens[1:] if t.cat in (Cat.TO, Cat.BY)]
    return len(bounds) == 1 and all(
        t.cat in (Cat.TO, Cat.BY, Cat.MONTH, Cat.YEAR_WORD)
        or t.kind in (Kind.NUM, *DAY_KINDS)
        or t.text == "."
        for t in tokens[1:]
    )


def _one_day(tokens: list[Token]) -> bool:
    """Whether `tokens` are one day: «2 февраля [2026 года]», «02.02.2026 [г.]»."""
    rest = [t for t in tokens if not (t.cat == Cat.YEAR_WORD or t.text == ".")]
    if len(rest) == 1:
        return rest[0].kind in (Kind.DATE, Kind.DAYMONTH)
    return (
        2 <= len(rest) <= 3
        and rest[0].kind == Kind.NUM
        and rest[1].cat == Cat.MONTH
        and (len(rest) == 2 or (rest[2].kind == Kind.NUM and len(rest[2].text) == 4))
    )
