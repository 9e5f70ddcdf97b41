"""Texts whose deadline is set by another document or an event: «по отдельному графику»,
«в соответствии с планом ГБОУ ИРО», «в течение трёх рабочих дней после …», «по итогам
конкурса». The reader finds the first such marker: the text before it is read, the rest is the
reason no date is computed."""

from __future__ import annotations

import re

SET_ELSEWHERE = re.compile(
    r"(?<![а-я])(?:"
    r"по\s*(?:отдельн\w*\s+|отд\.\s*|утвержденн\w*\s+|особ\w*\s+)?(?:график\w*|план\w*|расписани\w*|запрос\w*"
    r"|согласовани\w*|мере\s+\w+|необходимости|приказ\w*|распоряжени\w*|срок\w*|положени\w*"
    r"|решени\w*|письм\w*|заявк\w*|потребност\w*|указани\w*|информаци\w*|вызов\w*)"
    r"|в\s+установл\w*\.?\s*порядк\w*"  # «в установленном порядке», «в установл. порядке»
    r"|в\s+соответствии\s+с|согласно|в\s+(?:установленн\w*|определенн\w*|указанн\w*)\s+срок\w*"
    r"|в\s+срок\w*,?\s+(?:установленн\w*|определенн\w*|указанн\w*)"
    r"|в\s+(?:ходе|рамках|дни|период|время)\s+проведени\w*|в\s+ходе\s"
    r"|при\s+(?:необходимости|наличии|поступлении)|будет\s+определ\w*|уточня\w*|определя\w*"
    # Counted from an event: «не позднее чем за 2 недели до …», «в течение трёх рабочих дней».
    r"|не\s+позднее\s+чем\s+(?:за|через)\s"
    r"|(?:(?:не\s+позднее|через|за)\s+|^\s*)(?:\d{1,3}|одн\w*|дв\w+|тр\w+|пят\w+|десят\w+)\s+"
    r"(?:(?:календарн|рабоч)\w*\s+)?(?:дн|день|недел|месяц)\w*\s+(?:до|после|со?\s|от\s)"
    # «за год с момента заключения контракта», «через месяц после приказа»: one unit, unnumbered
    r"|(?:через|за)\s+(?:год|месяц|неделю|полгода)\s+(?:до|после|со?\s|от\s)"
    r"|(?:в\s+течение|через|не\s+позднее)\s+(?:\d{1,3}\s+)?(?:дн\w*|недел\w*|месяц\w*|"
    r"квартал\w*|года)\s+(?:после|со\s+дня|с\s+момента|с\s+даты|от\s+даты)"
    r"|(?:в\s+течение|в\s+срок\s+не\s+более|на\s+срок\s+от)\s+"
    r"(?:\d{1,3}|одн\w*|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|десят\w+)\s+"
    r"(?:(?:календарн|рабоч)\w*\s+)?(?:дн|день|недел|месяц|час|лет\b|год)"
    r")"
)

EVENT_ALONE = re.compile(
    r"^\W*(?:(?:сразу\s+)?после\s+(?!чего|этого|того)[а-я]"
    r"|по\s+(?:итогам|окончании|завершении|результатам)\s+(?!(?:каждо|перв|втор|трет|четв|"
    r"i\b|ii\b|iii\b|iv\b|учебн|года|год\b|полугод|четверт|квартал|триместр|месяц|недел|"
    r"отчетн|всего|весь|реализации|проекта|программы|периода))[а-я])"
)
"""An event and nothing else («после утверждения программы», «по итогам конкурса»): no date.
With a date beside it («После педсовета, октябрь 2023г.») it is a part not understood."""


_NOT_YET_SET = re.compile(r"уточня|определя|будет\s+определ")
_DATE_NOUN = re.compile(
    r"(?<![а-я])(?:(?:точн|конкретн)\w*\s+)?(?:дат[аы]|срок[иа]?|время|день)"
    r"(?:\s+(?:проведени|начал|окончани|сдачи)\w*)?\s*$"
)


YET_AND_MORE = (
    "после пометки, что срок уточняется, в сроке ещё текст: оставьте в сроке только срок и пометку"
)


def date_yet_to_be_set(head: str, marker: str, after: str) -> tuple[str, tuple[str, ...], str]:
    """«сентябрь 2024 (дата уточняется)»: the month is said, the exact day is to come — the
    head without the noun that names what is yet to be set («дата», «сроки проведения»), the
    remark to name (the check says it was read past), and whatever follows the remark («…
    (срок уточняется) или позже»: the text is then not understood). Any other head as it is.
    `head` and `after` are normalised (a Latin look-alike read as Russian)."""
    if not _NOT_YET_SET.match(marker):
        return head, (), ""
    noun = _DATE_NOUN.search(head)
    start = noun.start() if noun else len(head)
    remark = " ".join(f"{head[start:]}{marker}".split()).strip(" ,(–-")
    return head[:start], (remark,), after.strip(" .,;)")
