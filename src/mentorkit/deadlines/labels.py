"""What stands before a deadline at the start of a cell without being one, read past and said:

- a label: «Время проведения: 31.08.2022», «Срок исполнения - 1 октября 2025 года»,
  «Периодичность заседаний: 1 раз в четверть»; the name of what is due, before «до», «с», «по»,
  «к», «в», «на»: «Прием заявок до 30.10.2023», «План работы на 2015-2016 учебный год»;
- the number of a meeting in a plan's heading: «Заседание №1 (сентябрь)» (not a document's:
  «Приказ № 45 - 15 мая» is its date);
- the grades a day is for: «5–6 класс — 25–27 сентября», «7–11 класс: 27 сентября»;
- the school subject: «по Физике 17 и 18 мая», «по русскому языку 20 мая».

A label is a few words the vocabulary does not know (`plain`), none of them a condition
(`CONDITION_STEMS`: «кроме», «только», «перенос»…) or a state that holds the deadline off
(«приостановлено до …», «отложено до …»), with the words that name a deadline column («срок»,
«время», «период») and those that say nothing of the date («реализации», «программы»). Whatever
follows must still be read whole by the grammar.
"""

from __future__ import annotations

from mentorkit.deadlines.lexemes import DAY_KINDS, Kind, Token
from mentorkit.deadlines.next_year import NEXT_YEAR_WORDS
from mentorkit.deadlines.vocabulary import CONDITION_STEMS, CONDITION_WORDS, Cat


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


HEADS = frozenset(_split("срок сроки срока сроков время период план"))
"""Words of the vocabulary that name a deadline column or a plan in a label («Срок исполнения
-», «План работы на 2015-2016 учебный год»)."""
STATES = _split("приостанов отлож отклад запрет запрещ закры прекращ прерв прерыв заморож")
"""Beginnings of words of a state that holds the deadline off («приостановлено до …»): the
day after them is when it ends, not the deadline."""
MEETINGS = _split("заседани совещани педсовет совет встреч заняти семинар собрани урок")
"""Beginnings of the names of meetings, whose number in a plan's heading is no day («Заседание
№1 (сентябрь)»); a document's number («Приказ № 45 - 15 мая») goes with its date, which is not
the deadline, and is not read past."""
SUBJECTS = frozenset(
    _split(
        "математике алгебре геометрии физике химии биологии информатике истории обществознанию "
        "географии литературе русскому английскому немецкому французскому китайскому испанскому "
        "иностранному родному языку языкам литературному чтению физической культуре физкультуре "
        "технологии музыке искусству окружающему миру астрономии экономике праву обж мхк изо "
        "черчению естествознанию"
    )
)
"""School subjects in the dative, as «по …» names them before the day of an exam."""
_MOST = 5
_MARKS = (":", "-")
_BEFORE_A_DAY = (
    *(Cat.BY, Cat.FROM, Cat.TO, Cat.IN, Cat.END, Cat.START, Cat.MIDDLE),
    *(Cat.NOT, Cat.LATER, Cat.DURING),
)
_GRADES = ("класс", "класса", "классы", "классов", "кл")


def plain(token: Token) -> bool:
    """A word that says nothing of a date or a condition: one the vocabulary does not know."""
    return (
        token.kind == Kind.WORD
        and token.entry is None
        and not token.text.startswith(CONDITION_STEMS)
        and not token.text.startswith(STATES)
        and token.text not in CONDITION_WORDS
    )


def told_after(tokens: list[Token], at: int) -> bool:
    """A day, a month or a year right after `at`, past «до», «в», «на», «в конце»…:
    «завершится 30 июня», «продлится до …», «состоится в сентябре», «запланировано на 2023 год».
    Not a count: «продлятся 9 дней»."""
    j = at
    while j < min(at + 3, len(tokens)) and tokens[j].cat in _BEFORE_A_DAY:
        j += 1
    if j >= len(tokens):
        return False
    token, following = tokens[j], tokens[j + 1 : j + 4]
    if token.kind in DAY_KINDS or token.cat in (Cat.MONTH, Cat.CURRENT):
        return True
    if token.text in NEXT_YEAR_WORDS and following and following[0].cat == Cat.YEAR_WORD:
        return True  # «уже в следующем году»
    if token.kind != Kind.NUM:
        return False
    if len(token.text) == 4 or (following and following[0].cat == Cat.MONTH):
        return True  # a year; «30 июня»
    return (
        len(following) == 3
        and following[0].text in ("-", ",", "и", "по", "до")
        and following[1].kind == Kind.NUM
        and following[2].cat == Cat.MONTH
    )


def drop_labels(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """`tokens` without a label, a meeting's number, grades or a school subject before the
    deadline (each said in `ignored`). «Срок исполнения – дата проведения: 14.11.2025»,
    «Срок исполнения – 1–4 классы — 12 мая»: a column's label with its mark, then another."""
    for _ in range(2):
        size = next((size for drop in (_label, _grades) if (size := drop(tokens))), 0)
        if not size:
            break
        ignored.append(text[tokens[0].start : tokens[size - 1].end])
        tokens, marked = tokens[size:], tokens[size - 1].text in _MARKS
        if not marked:
            break
    return _subjects(tokens, text, ignored)


def _label(tokens: list[Token]) -> int:
    """How many tokens the label at the start takes (with its mark, not with «до»); 0: none."""
    size = 0
    while size < min(len(tokens), _MOST) and (
        plain(tokens[size]) or tokens[size].text in HEADS or tokens[size].cat == Cat.TRAIL
    ):
        size += 1
    if size >= len(tokens) or not any(plain(t) or t.text in HEADS for t in tokens[:size]):
        return 0
    mark = tokens[size]
    if mark.text == "№":
        if not tokens[0].text.startswith(MEETINGS):
            return 0
        number = tokens[size + 1 : size + 3]
        if len(number) == 2 and number[0].kind == Kind.NUM and number[1].text in ("(", *_MARKS):
            # «Заседание №1 (сентябрь)»: the meeting's number, and its time.
            return size + 2 + (number[1].text != "(")
        return 0
    if mark.text in _MARKS:
        return size + 1 if size + 1 < len(tokens) else 0
    before = mark.cat in (Cat.BY, Cat.FROM, Cat.TO, Cat.IN) or (
        mark.cat == Cat.NOT and size + 1 < len(tokens) and tokens[size + 1].cat == Cat.LATER
    )
    return size if before and told_after(tokens, size) else 0


def _grades(tokens: list[Token]) -> int:
    """«5–6 класс —», «7-11 классы:», «9 класс,»: how many tokens the grades at the start take
    (with their mark); 0: none. Grades run from 1 to 11, a range upwards."""
    numbers: list[int] = []
    i = 0
    while i < len(tokens) and tokens[i].kind == Kind.NUM and len(numbers) < 2:
        numbers.append(tokens[i].value)
        i += 1
        if len(numbers) == 1 and i < len(tokens) and tokens[i].text == "-":
            i += 1
    if not numbers or not all(1 <= n <= 11 for n in numbers) or numbers != sorted(set(numbers)):
        return 0
    if i + 1 >= len(tokens) or tokens[i].text not in _GRADES:
        return 0
    i += 1 + (tokens[i + 1].text == "." if i + 1 < len(tokens) else 0)
    if i >= len(tokens) or tokens[i].text not in (*_MARKS, ","):
        return 0
    return i + 1 if told_after(tokens, i + 1) else 0


def _subjects(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«по Физике 17 и 18 мая», «по русскому языку 20 мая»: the subject an exam's day is of."""
    if len(tokens) < 2 or tokens[0].text != "по" or tokens[1].text not in SUBJECTS:
        return tokens
    size = 2
    while size < min(len(tokens), 4) and tokens[size].text in SUBJECTS:
        size += 1
    if not told_after(tokens, size) or tokens[size].kind not in (*DAY_KINDS, Kind.NUM):
        return tokens
    ignored.append(text[tokens[0].start : tokens[size - 1].end])
    return tokens[size:]
