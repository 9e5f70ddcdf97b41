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
- Who or what the verb is of, and where (`subjects`); days told with no verb (`verbless`).

Every word read past is said (`ignored`). The verbs are data (`VERBS`), not patterns.
"""

from __future__ import annotations

from enum import StrEnum

from mentorkit.deadlines.labels import drop_labels, told_after
from mentorkit.deadlines.lexemes import Kind, Token, month_of, one_day
from mentorkit.deadlines.school_years import school_years
from mentorkit.deadlines.subjects import (
    SUBJECT_MOST,
    is_subject,
    named_subject,
    one_window,
    place_after_verb,
    plain_word,
    without_place,
)
from mentorkit.deadlines.verbless import (
    as_word,
    between,
    day_and_place,
    drop_lead,
    event_noun,
    last_day,
    night,
)
from mentorkit.deadlines.vocabulary import Cat


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

_LONGEST = max(len(words) for words in VERBS)

_LASTING = ("продолж", "действ", "будет", "будут", "продл")
"""End verbs that say something goes on («1 сентября продолжится работа кружков», «будут
действовать новые правила»): after one day and their subject they may mean from it, not by it."""

_LINKS = ("и", ",", "а")


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
        held = bool(tokens) and VERBS.get((tokens[0].text,)) == Role.HELD
        tokens = labelled
        ignored.extend(dropped)
        if held and dropped:
            # «Провести с 20 апреля по 9 мая 2021 года акцию …»: the order's verb was the
            # label; what is held may follow the days
            tokens = _dated_then_what(tokens, text, ignored)
    tokens = drop_lead(tokens, text, ignored)
    tokens = between(night(last_day(tokens, text, ignored), text, ignored))
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
        return day_and_place(event_noun(tokens, text, said), text, said)
    paired = _window(tokens, verbs, text, said)
    if paired is not None or len(verbs) != 1:
        return tokens if paired is None else paired
    at, size, role = verbs[0]
    tokens = place_after_verb(tokens, at + size, text, said)
    before: list[str] = []
    day = without_place(tokens[:at], text, before)  # «22 апреля в колледже прошёл …»
    subject_after = named_subject(tokens[at + size :], month_of(day))
    lasting = tokens[at].text.startswith(_LASTING)
    if (
        role in (Role.HELD, Role.END, Role.START)
        and not (lasting and subject_after)
        and at
        and subject_after is not None
        and is_subject(subject_after)
        and (one_day(day) or (role == Role.HELD and one_window(day)))
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
        while subject > 1 and at - subject < SUBJECT_MOST and plain_word(tokens[subject - 1]):
            subject -= 1
        said.append(text[tokens[subject].start : tokens[-1].end])
        return tokens[:subject]
    after = at + size
    while after < len(tokens) and after - at - size < SUBJECT_MOST and plain_word(tokens[after]):
        after += 1
    if not lasting and after > at + size and is_subject(tokens[:at]) and one_day(tokens[after:]):
        # «Состоится концерт 15 мая», «Провести родительские собрания 15 мая», «Завершится
        # прием заявок 15 октября»: the verb, who or what it is of, then one day — that day.
        said.append(text[tokens[0].start : tokens[after - 1].end])
        return tokens[after:]
    if role == Role.HELD:
        headed = _in_a_year(tokens, at, size, text, said)
        if headed is not None:
            return headed
    if role == Role.START and (at + size == len(tokens) or told_after(tokens, at + size)):
        # «стартует 23 мая», «9 марта стартует»: only the start is said, and it is the day of
        # the event, as every blind collector (fourteen texts of nine rounds) read it — not
        # «с 23 мая», a window to the period's end.
        role = Role.HELD
    if role == Role.START or not told_after(tokens, at + size) or not is_subject(tokens[:at]):
        return tokens
    rest = without_place(tokens[at + size :], text, said)
    if role == Role.END:
        # «завершится 7 марта», «продлится до (по) 15 апреля»: one day, by which it ends; not
        # «завершится в мае» (its end, or some day of it?), nor two days («… 15.05 по 30.05»).
        bound = 1 if rest[0].cat in (Cat.BY, Cat.TO) else 0
        if rest[0].cat == Cat.FROM and any(t.cat in (Cat.BY, Cat.TO) for t in rest[2:]):
            # «продлится с 15 августа по 30 сентября»: the window says it all
            said.append(text[tokens[0].start : tokens[at + size - 1].end])
            return rest
        if not one_day(rest[bound:]):
            return tokens
        if bound:
            said.append(text[tokens[0].start : tokens[at + size - 1].end])
            return rest
        if at:
            said.append(text[tokens[0].start : tokens[at - 1].end])
        return [as_word(tokens[at].start, tokens[at + size - 1].end, "по"), *rest]
    said.append(text[tokens[0].start : tokens[at + size - 1].end])
    return _dated_then_what(rest, text, said)


def _in_a_year(
    tokens: list[Token], at: int, size: int, text: str, said: list[str]
) -> list[Token] | None:
    """«в 2019 году пройдет 20 апреля», «В 2023 году конкурс состоится 15 мая»: the year before
    the verb of the day at `at` (who or what may stand between), a day without a year after it
    — that day of that year (the verb and the words said); None otherwise."""
    head = tokens[:at]
    if (
        len(head) < 3
        or head[0].cat != Cat.IN
        or head[1].kind != Kind.NUM
        or len(head[1].text) != 4
        or head[2].cat != Cat.YEAR_WORD
        or not is_subject(head[3:])
    ):
        return None
    day = tokens[at + size :]
    if day and day[-1].text == ".":
        day = day[:-1]
    if len(day) != 2 or not one_day(day):
        return None
    said.append(text[tokens[0].start : tokens[at + size - 1].end])
    return [*day, head[1], head[2]]


def _dated_then_what(rest: list[Token], text: str, said: list[str]) -> list[Token]:
    """After the verb of the day: «Провести с 20 апреля по 9 мая 2021 года акцию «Часовой у
    Знамени Победы».» — one day or one window of days, then what is held (the words said);
    `rest` as it is otherwise."""
    for cut in range(len(rest) - 1, 1, -1):
        dated = rest[:cut]
        what = named_subject(rest[cut:], month_of(dated))
        if (one_day(dated) or one_window(dated)) and what and is_subject(what):
            said.append(text[rest[cut].start : rest[-1].end])
            return dated
    return rest


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
    between = without_place(tokens[start + 1 : link], text, said)
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
    to = as_word(tokens[link].start, tokens[through].end, "по")
    first = tokens[start]
    if starts:
        first = as_word(first.start, first.end, "с")
    before = tokens[:start]
    if before and is_subject(before):
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


def _other_bound(between: list[Token]) -> bool:
    """A second start or an end already between the start and the end verb: not one window."""
    return any(
        t.cat in (Cat.FROM, Cat.TO, Cat.BY) or VERBS.get((t.text,)) == Role.START for t in between
    )
