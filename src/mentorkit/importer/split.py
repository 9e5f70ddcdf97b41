"""Splitting a cell's text the way a reader does: numbered items «1. … 2. …», activities after
a colon, several people in one «Ответственный», deadlines mixed with who meets them."""

from __future__ import annotations

import re

_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
PERSON = re.compile(
    rf"(?<![А-Яа-яЁё])(?:{_SURNAME}\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?![а-яё])"
    rf"|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?{_SURNAME}(?![а-яё]))"
)
"""«Петрова А.А.», «Петрова А. А.», «А.А. Петрова», «А.А.Петрова»."""

_ROLE_WORDS = (
    "куратор",
    "наставник",
    "наставляем",
    "администрац",
    "администратор",
    "директор",
    "заместител",
    "зам ",
    "зам.",
    "руководител",
    "педагог",
    "учител",
    "методист",
    "начальник",
    "специалист",
    "классн",
    "председател",
    "психолог",
    "социальн",
    "ответственн",
    "члены",
    "рабочая группа",
    "секретар",
    "библиотекар",
    "вожат",
    "советник",
    "инспектор",
    "главный",
    "ведущий",
)


def looks_like_responsible(text: str) -> bool:
    """A person («Жижина А.В.»), a position («директор МКУ …») or a body of people
    («Наставники и наставляемые»), not a sentence about a result."""
    lowered = text.lower().strip()
    if PERSON.search(text):
        return True
    return len(lowered) <= 60 and lowered.startswith(_ROLE_WORDS)


def people_list(text: str) -> list[str]:
    """«Куратор … Ставницкая Е.Е.. Наставники» → two entries; «Жижина А.В., зам руководителя УО
    Пристинская Т.В., директор …» → two; lines are entries of their own. Text with nobody in
    it stays whole."""
    entries: list[str] = []
    for line in text.split("\n"):
        entries.extend(_split_people(line.strip()))
    return [e for e in entries if e]


def _split_people(line: str) -> list[str]:
    line = re.sub(r"^[-–—•·]\s*", "", line)
    refs = list(PERSON.finditer(line))
    if not refs:
        return [_tidy(line)]
    entries: list[str] = []
    start = 0
    for index, ref in enumerate(refs):
        after = line[ref.end() :]
        following = refs[index + 1].start() - ref.end() if index + 1 < len(refs) else len(after)
        between = after[:following]
        stripped = between.lstrip(".").strip()
        if stripped and (between.lstrip().startswith(",") or stripped[0].islower()):
            # «…, зам руководителя» or «… директор МКУ»: the person's position, up to the next one
            end = ref.end() + following
            entries.append(_tidy(line[start:end]))
            start = end
        else:
            # the next entry starts right after the person («… Е.Е.. Наставники»)
            entries.append(_tidy(line[start : ref.end()]))
            start = ref.end()
    rest = _tidy(line[start:])
    if rest:
        entries.append(rest)
    return entries


def _tidy(text: str) -> str:
    text = text.strip().lstrip(".,;").strip()
    # «Ставницкая Е.Е..»: the initials' dot and the sentence's; a list entry keeps one
    text = re.sub(r"([А-ЯЁ]\.)\.+$", r"\1", text)
    return text.rstrip(",;").strip()


_ENUMERATOR = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\s?[.)](?=\s+\S)")


def enumerated(text: str, single: bool = False) -> list[str] | None:
    """«1. Сбор … 2. Формирование …» (or «1) … 2) …») as its entries, when the numbers run 1, 2,
    3… from the start of the text; None when the text is not such a list (with `single`, «1. …»
    alone is a list of one)."""
    flat = " ".join(text.split())
    found: list[re.Match[str]] = []
    expected = 1
    for match in _ENUMERATOR.finditer(flat):
        if int(match.group(1)) == expected and (expected > 1 or match.start() == 0):
            found.append(match)
            expected += 1
    if len(found) < (1 if single else 2):
        return None
    bounds = [m.start() for m in found] + [len(flat)]
    return [flat[found[i].end() : bounds[i + 1]].strip() for i in range(len(found))]


_MARKER = re.compile(r"^\s*(?:[-–—•·▪●◦*]\s*)+")
_INLINE_LIST = re.compile(r":\s*(?=[-–—•·▪●]\s)")


def title_and_activities(text: str) -> tuple[str, list[str]]:
    """An item's name and the activities listed under it: lines that begin with a marker
    («– встреча-планирование;»), or «Название: - первое; - второе» written in one line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head: list[str] = []
    activities: list[str] = []
    for line in lines:
        if _MARKER.match(line) and head:
            activities.append(_MARKER.sub("", line))
        elif activities:
            activities[-1] += " " + line
        else:
            head.append(line)
    title = " ".join(head)
    if not activities:
        match = _INLINE_LIST.search(title)
        if match:
            rest = title[match.end() :]
            title = title[: match.start()]
            for part in re.split(r"(?:^|\s+)[-–—•·▪●]\s+", rest):
                activities.extend(_semicolons(part))
    title = title.strip().rstrip(":").strip()
    return title, [a for a in (a.strip() for a in activities) if a]


def _semicolons(part: str) -> list[str]:
    pieces = [p.strip() for p in re.split(r"(?<=;)\s+", part.strip())]
    return [p for p in pieces if p]


_DEADLINE_START = re.compile(
    r"(?i)(?:(?<=[\s/])|^)(?:(?:до|к|не позднее|с|в течение|ежегодно|ежеквартально|ежемесячно"
    r"|постоянно)(?![а-яё])|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр"
    r"|декабр|[IV]+\s+(?:квартал|полугод)|\d{1,2}\.\d{1,2}\.\d{2,4})"
)
_DATE_END = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.|гг\.|года|г(?![а-яё]))?"
    r"|\d{4}\s*(?:г\.|года|г(?![а-яё]))|(?<!\d)\d{4}(?!\d)"
)


def deadline_steps(text: str) -> list[tuple[str, str]]:
    """«До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО» → [(«До 15.09.2021г.», «МУ «РЦ УО»»),
    («До 1.10.2021г.», «ОО»)]: each deadline with who meets it. A text that does not read so
    is one step with no one named."""
    flat = " ".join(text.split())
    steps: list[tuple[str, str]] = []
    position = 0
    while position < len(flat):
        date = _DATE_END.search(flat, position)
        if date is None:
            break
        deadline = flat[position : date.end()].strip()
        rest_start = date.end()
        following = _next_deadline(flat, rest_start)
        who = flat[rest_start:following].strip().lstrip("/").strip()
        steps.append((deadline, who.rstrip("/").strip()))
        position = following
    if steps and position >= len(flat):
        return steps
    if "/" in flat:
        deadline, who = flat.split("/", 1)
        return [(deadline.strip(), who.strip())]
    return [(flat, "")]


def _next_deadline(text: str, start: int) -> int:
    for match in _DEADLINE_START.finditer(text, start):
        return match.start()
    return len(text)


_ABBREVIATION = re.compile(r"(?:^|\s)(?:г|гг|ул|им|с|п|д|т|н|др|пр|рус|англ|[А-ЯЁ])\.$")


def section_head(text: str, number: str) -> tuple[str, str] | None:
    """«1. Нормативное регулирование … (далее — ЦМН) Создание рабочей группы» in the cell of item
    1.1: the title of section 1 printed in one cell with its first item → (section, item).
    None when the text does not begin with the section's number or has no clear boundary."""
    match = re.match(rf"^{re.escape(number)}\s?[.)]\s+", text)
    if not match:
        return None
    rest = text[match.end() :]
    for boundary in re.finditer(r"[.)»;:]\s+(?=[А-ЯЁ][а-яё])", rest):
        before = rest[: boundary.start() + 1]
        if _ABBREVIATION.search(before):
            continue
        return before.strip(), rest[boundary.end() :].strip()
    return None
