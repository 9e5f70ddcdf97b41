"""A document read as a whole: the roadmap table, and around it the order that approves it
(letterhead, requisites, «ПРИКАЗЫВАЮ:», points, signature), the mark «УТВЕРЖДЕН … от … № …»,
the roadmap's title, period, goal and tasks. Text that is none of these is kept as unplaced."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from mentorkit.importer.blocks import Document, Paragraph, Table
from mentorkit.importer.failure import ImportFailed
from mentorkit.importer.result import (
    Body,
    Finding,
    Imported,
    OrderDraft,
    Organization,
    PersonFound,
)
from mentorkit.importer.split import PERSON
from mentorkit.importer.table import is_roadmap, read_table
from mentorkit.importer.text import (
    executor,
    find_date,
    find_number,
    find_period,
    person_ref,
    reference,
    signature,
)


@dataclass
class _Line:
    where: str
    text: str


_ORDER_WORD = re.compile(r"^\s*п\s*р\s*и\s*к\s*а\s*з(?:\s*№.*|\s+от\s.*)?\s*$", re.IGNORECASE)
_ORDERING = re.compile(r"п\s*р\s*и\s*к\s*а\s*з\s*ы\s*в\s*а\s*ю\s*:?\s*$", re.IGNORECASE)
_BASIS = re.compile(
    r"^(?:в соответствии|в целях|с целью|на основании|во исполнение|руководствуясь|"
    r"в связи|согласно|для|в рамках|во изменение|по результатам)",
    re.IGNORECASE,
)
_POINT = re.compile(r"^(\d{1,2})\s?[.)]\s+")
_MARK_START = re.compile(
    r"^(?:приложение\s*№?\s*[\dIVX]*\s*$|приложение.*к\s+приказу|утвержд\w*\s*$)", re.I
)
_APPROVED_BY_HEAD = re.compile(r"^(?:утверждаю|согласовано|согласован)\b", re.IGNORECASE)
_SUBPOINT = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s")
_MARK = re.compile(r"^(?:приложение|утвержд|согласован|к приказу|приказом|к постановлению)", re.I)
_PLACE = re.compile(
    r"^(?:г|с|пос|пгт|ст|п|д|х|дер|р\.?\s?п)\.\s*[А-ЯЁ][\w\-]+(?:\s+[А-ЯЁ][\w\-]+)?$"
)
_PLACE_IN = re.compile(r"(?<![А-Яа-яЁё])((?:г|с|пос|пгт|ст|п)\.\s?[А-ЯЁ][а-яё\-]+)")
_ADDRESS = re.compile(
    r"ул\.|улица|(?<![а-яё])(?:тел|факс|инн|огрн|кпп|сайт|окпо)(?![а-яё])|e-?mail|@|\d{6}"
    r"|(?<![а-яё])д\.\s*\d|проспект|пр-т|http",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(r"^(?:цель|задачи|пояснительная|введение|основани|общие положения)", re.I)
_GOAL = re.compile(r"^цел[ьи]\s*(?:[-–—:]|\s)\s*(.+)$", re.IGNORECASE | re.DOTALL)
_TASKS = re.compile(r"^задачи\s*[:.-]?\s*(.*)$", re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:[-–—•·▪●*]|\d{1,2}[.)])\s*")
_SUBPOINT = re.compile(r"^[-–—]?\s*\d{1,2}\.\d{1,2}\.?\s")
_APPROVES_ROADMAP = re.compile(r"^утвердить\b.*(?:дорожн|план\w* мероприят|программ)", re.I)
_HEADS: dict[str, str] = {
    "управления": "Управление",
    "комитета": "Комитет",
    "департамента": "Департамент",
    "министерства": "Министерство",
    "отдела": "Отдел",
    "администрации": "Администрация",
}


def interpret(document: Document, source: str) -> Imported:
    """The roadmap (and order) a document holds; ImportFailed when it holds no roadmap table."""
    tables = document.tables
    roadmap_index = next(
        (
            i
            for i, block in enumerate(document.blocks)
            if isinstance(block, Table) and is_roadmap(block)
        ),
        None,
    )
    if roadmap_index is None:
        if not tables:
            raise ImportFailed(
                f"{source}: в документе нет ни одной таблицы, а дорожная карта — это таблица "
                "мероприятий",
                "укажите документ, в котором есть таблица дорожной карты (столбцы «Мероприятие», "
                "«Срок», «Ответственный»…); если это скан, нужен документ с текстом",
            )
        raise ImportFailed(
            f"{source}: ни одна из таблиц документа ({len(tables)}) не похожа на дорожную карту: "
            "в заголовке таблицы нет столбцов мероприятия и срока или ответственного",
            "проверьте, что у таблицы есть строка заголовков («№», «Мероприятие», «Срок», "
            "«Ответственный»…)",
        )
    findings: list[Finding] = []
    table = document.blocks[roadmap_index]
    assert isinstance(table, Table)
    end = roadmap_index + 1
    # A table split in two (nothing but an empty line between them, as many columns): one
    # roadmap. Narrow tables are left alone: a signature set in a table is no roadmap row.
    while end < len(document.blocks):
        following = document.blocks[end]
        if (
            not isinstance(following, Table)
            or following.width != table.width
            or (table.width < 4 and not is_roadmap(following))
        ):
            break
        table = Table(table.number, table.rows + following.rows)
        end += 1
    body = read_table(table, findings)
    before = _lines(document.blocks[:roadmap_index])
    after = _lines(document.blocks[end:], skip_roadmaps=True, findings=findings)
    reader = _Around(source, before, after, findings, line_mode=document.kind == "pdf")
    return reader.read(body)


def _lines(
    blocks: tuple[Paragraph | Table, ...],
    skip_roadmaps: bool = False,
    findings: list[Finding] | None = None,
) -> list[_Line]:
    """Paragraphs, and the rows of tables that are not the roadmap (a letterhead, a signature,
    a mark «Приложение 1» set in a table) as lines of text."""
    lines: list[_Line] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(_Line(f"абзац {block.number}", block.text))
            continue
        if skip_roadmaps and is_roadmap(block) and findings is not None:
            findings.append(
                Finding(
                    "unplaced",
                    f"таблица {block.number}",
                    "ещё одна таблица дорожной карты: импортируется только первая; "
                    "разделите документ и импортируйте её отдельно",
                )
            )
            continue
        for index, row in enumerate(block.rows):
            texts = [c.text for c in row if c.text and not c.merged_above]
            where = f"таблица {block.number}, строка {index + 1}"
            if len(texts) == 1:
                lines.extend(_Line(where, part) for part in texts[0].split("\n"))
            elif texts:
                lines.append(_Line(where, " ".join(" ".join(t.split()) for t in texts)))
    return lines


class _Around:
    """The text around the table, read from the top."""

    def __init__(
        self,
        source: str,
        before: list[_Line],
        after: list[_Line],
        findings: list[Finding],
        line_mode: bool = False,
    ) -> None:
        self.source = source
        self.line_mode = line_mode
        """A PDF: each line of text is a paragraph of its own, and lines continue one another."""
        self.before = before
        self.after = after
        self.findings = findings
        self.used: set[int] = set()
        self.people: list[PersonFound] = []
        self.head: tuple[str, str | None] | None = None
        """Who signed «УТВЕРЖДАЮ» above the title."""

    def read(self, body: Body) -> Imported:
        lines = self.before
        order, organization, start = self._order(lines)
        approved_by, mark_body, start = self._mark(lines, start)
        if order is not None:
            approved_by = (order.number, order.date)
        title, start = self._title(lines, start)
        goal, tasks = self._goal_and_tasks(lines, start)
        period = find_period(title) or (find_period(order.title or "") if order else None)
        if organization is None:
            organization = self._organization_guess(mark_body, title)
        signed = self._signature_after() or self.head
        if organization is not None and organization.head is None and signed is not None:
            organization = replace(organization, head=signed[0], head_position=signed[1])
        self._responsible_people(body)
        self._similar_people()
        for index, line in enumerate(lines):
            if index not in self.used:
                self.findings.append(
                    Finding(
                        "unplaced", line.where, "текст вне таблицы не отнесён ни к чему", line.text
                    )
                )
        if not title:
            self.findings.append(
                Finding(
                    "note",
                    "заголовок",
                    "заголовок дорожной карты над таблицей не найден: в title записано имя "
                    "файла — впишите настоящий",
                )
            )
        if period is None:
            self.findings.append(
                Finding(
                    "note",
                    "заголовок",
                    "в заголовке не найден период («на 2023-2024 учебный год», «на 2022-2024 "
                    "годы»): впишите period сами",
                )
            )
        return Imported(
            source=self.source,
            title=title or "",
            period=period,
            body=body,
            approved_by=approved_by,
            goal=goal,
            tasks=tasks,
            order=order,
            organization=organization,
            people=self.people,
            findings=self.findings,
        )

    # --- the order ---------------------------------------------------------------------------

    def _order(self, lines: list[_Line]) -> tuple[OrderDraft | None, Organization | None, int]:
        ordering = next((i for i, line in enumerate(lines) if _ORDERING.search(line.text)), None)
        if ordering is None:
            return None, None, 0
        heading = next(
            (i for i, line in enumerate(lines[:ordering]) if _ORDER_WORD.match(line.text)), None
        )
        start = heading if heading is not None else 0
        number = day = None
        cursor = start
        for index in range(start, min(start + 4, ordering)):
            text = lines[index].text
            found_day, found_number = find_date(text), find_number(text)
            if found_day or found_number or index == heading:
                self.used.add(index)
                day = day or found_day
                number = number or found_number
                cursor = index + 1
            if day and number:
                break
        if day is None or number is None:
            self.findings.append(
                Finding(
                    "note",
                    lines[start].where,
                    "похоже на приказ («ПРИКАЗЫВАЮ»), но не найдены его дата и номер: приказ не "
                    "записан, только дорожная карта",
                )
            )
            return None, None, 0
        place = None
        if cursor < ordering and _PLACE.match(lines[cursor].text.strip()):
            place = lines[cursor].text.strip()
            self.used.add(cursor)
            cursor += 1
        # title, then the preamble (basis), then «ПРИКАЗЫВАЮ»
        verb_line = lines[ordering].text
        inline = _ORDERING.sub("", verb_line).strip().rstrip(",").strip()
        middle = list(range(cursor, ordering)) + ([ordering] if inline else [])
        texts = {i: (inline if i == ordering else lines[i].text) for i in middle}
        basis_at = next((i for i in middle if _BASIS.match(texts[i])), None)
        if basis_at is None and len(middle) >= 2:
            basis_at = middle[-1]
        title_lines = [i for i in middle if basis_at is None or i < basis_at]
        basis_lines = [i for i in middle if basis_at is not None and i >= basis_at]
        self.used.update([*middle, ordering])
        title = " ".join(texts[i] for i in title_lines) or None
        basis = " ".join(texts[i] for i in basis_lines) or None
        points, end = self._points(lines, ordering + 1)
        signer = position = None
        if end < len(lines):
            signed = signature(lines[end].text)
            if signed is None and end + 1 < len(lines) and _signature_only(lines[end + 1].text):
                self.used.add(end)
                below = signature(lines[end + 1].text)
                assert below is not None
                signed = (lines[end].text.strip().rstrip(":").strip(), below[1])
                end += 1
            if signed is not None:
                position, signer = signed
                self.used.add(end)
                if not position and end - 1 > ordering and end - 1 not in self.used:
                    position = lines[end - 1].text.strip().rstrip(":").strip()
                    self.used.add(end - 1)
                end += 1
        if signer is None:
            self.findings.append(
                Finding(
                    "note",
                    "приказ",
                    "не найдена подпись под приказом (должность и «И.О. Фамилия»): подписывает "
                    "руководитель из mentorkit.yaml",
                )
            )
        else:
            self._person(signer, position, lines[end - 1].where)
        performer = None
        if end < len(lines):
            performer = executor(lines[end].text)
            if performer:
                self.used.add(end)
                self._person(performer, None, lines[end].where)
                end += 1
                while end < len(lines) and re.search(r"тел|\d{2}-\d{2}", lines[end].text, re.I):
                    self.used.add(end)
                    end += 1
        dropped: list[str] = []
        for index, point in enumerate(points):
            if _APPROVES_ROADMAP.match(point):
                dropped.append(points.pop(index))
                self.findings.append(
                    Finding(
                        "note",
                        f"приказ, пункт {index + 1}",
                        "пункт «Утвердить дорожную карту…» не записан в points: mentorkit "
                        "составляет его сам (вид приказа roadmap); текст документа оставлен "
                        "комментарием в файле приказа",
                        " ".join(point.split()),
                    )
                )
                break
        order = OrderDraft(
            number=number,
            date=day,
            title=title,
            basis=basis,
            points=points,
            signed_by=signer,
            signer_position=position or None,
            executor=performer,
            dropped=dropped,
        )
        organization = self._letterhead(lines[: heading if heading is not None else 0], place)
        if organization is not None and signer:
            organization = replace(organization, head=signer, head_position=position or None)
        return order, organization, end

    def _points(self, lines: list[_Line], start: int) -> tuple[list[str], int]:
        points: list[str] = []
        index = start
        while index < len(lines):
            text = lines[index].text.strip()
            numbered = _POINT.match(text)
            if not numbered and signature(text) is not None:
                break
            if (
                not numbered
                and index + 1 < len(lines)
                and len(text) <= 80
                and not text.endswith((".", ";"))
                and not _LIST_MARK.match(text)
                and _signature_only(lines[index + 1].text)
            ):
                break  # the signer's position, on the line above the name
            if _MARK_START.match(text) and not numbered:
                break
            if numbered:
                points.append(text[numbered.end() :])
            elif points and (
                self.line_mode and not _LIST_MARK.match(text) and not _SUBPOINT.match(text)
            ):
                points[-1] += " " + text  # a line of a PDF that wraps the point
            elif points:
                points[-1] += "\n" + text
            else:
                points.append(text)
            self.used.add(index)
            index += 1
        return points, index

    def _letterhead(self, lines: list[_Line], place: str | None) -> Organization | None:
        names: list[str] = []
        addresses: list[str] = []
        for index, line in enumerate(lines):
            (addresses if _ADDRESS.search(line.text) else names).append(line.text.strip())
            self.used.add(index)
        if not names:
            return None
        address = ". ".join(a.rstrip(".") for a in addresses) or None
        if place is None and address:
            found = _PLACE_IN.search(address)
            place = found.group(1) if found else None
        return Organization(" ".join(names), False, place, address)

    # --- the mark, the title, goal and tasks ----------------------------------------------

    def _mark(self, lines: list[_Line], start: int) -> tuple[tuple[str, date] | None, str, int]:
        """«Приложение I / УТВЕРЖДЕН / приказом … / от 25.03.2022 № 220»."""
        index = start
        while index < len(lines) and index in self.used:
            index += 1
        if index >= len(lines) or not _MARK.match(lines[index].text.strip()):
            return None, "", index
        if _APPROVED_BY_HEAD.match(lines[index].text.strip()):
            return None, "", self._approved_by_head(lines, index)
        for end in range(index, min(index + 12, len(lines))):
            found = reference(lines[end].text)
            if found:
                self.used.update(range(index, end + 1))
                body = " ".join(lines[i].text for i in range(index, end + 1))
                return found, body, end + 1
        # «Приложение 1» alone, with no order named
        self.used.add(index)
        return None, lines[index].text, index + 1

    def _approved_by_head(self, lines: list[_Line], index: int) -> int:
        """«УТВЕРЖДАЮ / Директор МБОУ СОШ № 5 / ____ И.П. Сидорова / «30» августа 2023 г.»:
        approved by the head's signature, not by an order; the head is kept for people.yaml."""
        end = index
        for end in range(index, min(index + 7, len(lines))):
            text = lines[end].text.replace("_", " ").strip()
            signed = signature(text)
            if signed is not None and end > index:
                position = signed[0] or lines[end - 1].text.strip()
                self._person(signed[1], position or None, lines[end].where)
                self.head = (signed[1], position or None)
            if find_date(lines[end].text) is not None:
                break
        else:
            end = index
        self.used.update(range(index, end + 1))
        return end + 1

    def _title(self, lines: list[_Line], start: int) -> tuple[str, int]:
        parts: list[str] = []
        index = start
        while index < len(lines) and len(parts) < 8:
            text = lines[index].text.strip()
            if index in self.used:
                index += 1
                continue
            if _NOT_TITLE.match(text) or (parts and _MARK.match(text)):
                break
            parts.append(text)
            self.used.add(index)
            index += 1
            if find_period(text):
                break
        return " ".join(parts).strip("* "), index

    def _goal_and_tasks(self, lines: list[_Line], start: int) -> tuple[str | None, list[str]]:
        goal: str | None = None
        tasks: list[str] = []
        in_tasks = in_goal = False
        for index in range(start, len(lines)):
            if index in self.used:
                continue
            text = lines[index].text.strip()
            goal_match = _GOAL.match(text)
            tasks_match = _TASKS.match(text)
            if goal is None and goal_match and not in_tasks:
                goal = _capital(goal_match.group(1).strip())
                in_goal = True
            elif tasks_match and not tasks:
                in_tasks, in_goal = True, False
                if tasks_match.group(1):
                    tasks.append(_capital(tasks_match.group(1)))
            elif in_tasks and _LIST_MARK.match(text):
                tasks.append(_capital(_LIST_MARK.sub("", text)))
            elif self.line_mode and in_tasks and tasks:
                tasks[-1] += " " + text
            elif self.line_mode and in_goal and goal:
                goal += " " + text
            else:
                in_tasks = in_goal = False
                continue
            self.used.add(index)
        return goal, tasks

    def _organization_guess(self, mark: str, title: str) -> Organization | None:
        """No letterhead: the body named in the mark («приказом управления образования …»),
        else the organisation the title names («в МАОУ СОШ №12»)."""
        match = re.search(r"приказом\s+(\w+)\s+(.+?)\s+(?:от|№)\s", mark, re.IGNORECASE)
        if match:
            head = _HEADS.get(match.group(1).lower())
            if head:
                return Organization(f"{head} {match.group(2)}", guessed=True)
        # «МАОУ СОШ № 12», «МБОУ Тамбарской ООШ», «МБОУ Багаевской СОШ № 3»
        found = re.search(
            r"\b([МГ][А-ЯЁ]{2,5}(?:\s+[А-ЯЁ][а-яё]+(?:ой|ая|ий|ый|ое))?(?:\s+[А-ЯЁ]{2,5})?"
            r"(?:\s*№\s*\d+)?)(?![\w])",
            title,
        )
        if found:
            return Organization(found.group(1).strip(), guessed=True)
        return None

    # --- people ----------------------------------------------------------------------------

    def _signature_after(self) -> tuple[str, str | None] | None:
        """The signature under the table (a roadmap signed by the head): the person is kept
        for people.yaml; the lines stay unplaced, since a roadmap has no field for them."""
        lines = self.after
        found: tuple[str, str | None] | None = None
        for index, line in enumerate(lines):
            signed = signature(line.text) if len(line.text) < 80 else None
            if signed is not None:
                position, ref = signed
                if not position and index > 0:
                    position = lines[index - 1].text.strip().rstrip(":")
                self._person(ref, position or None, line.where)
                found = found or (ref, position or None)
            self.findings.append(
                Finding(
                    "unplaced", line.where, "текст после таблицы не отнесён ни к чему", line.text
                )
            )
        return found

    def _responsible_people(self, body: Body) -> None:
        items = list(body.items) + [i for s in body.sections for i in s.items]
        for item in items:
            for key in ("responsible", "co_responsible"):
                value = item.fields.get(key)
                entries = value if isinstance(value, list) else ([value] if value else [])
                for entry in entries:
                    for match in PERSON.finditer(entry):
                        rest = (entry[: match.start()] + entry[match.end() :]).strip(" ,.")
                        self._person(person_ref(match.group(0)), rest or None, item.where)

    def _similar_people(self) -> None:
        """«Пристиснская Т.В.» and «Пристинская Т.В.»: one letter apart, the same initials —
        most likely one person and a typo; both are kept, and the user is told."""
        for index, first in enumerate(self.people):
            for second in self.people[index + 1 :]:
                (a, a_initials), (b, b_initials) = _split_ref(first.ref), _split_ref(second.ref)
                if a_initials == b_initials and a != b and _one_edit(a.lower(), b.lower()):
                    self.findings.append(
                        Finding(
                            "note",
                            f"{first.where}; {second.where}",
                            f"«{first.ref}» и «{second.ref}» отличаются одной буквой — похоже, "
                            "это один человек и опечатка в документе; в people.yaml записаны "
                            "оба: оставьте одного и исправьте ответственных в дорожной карте",
                        )
                    )

    def _person(self, ref: str, position: str | None, where: str) -> None:
        key = ref.replace(" ", "").lower()
        for index, known in enumerate(self.people):
            if known.ref.replace(" ", "").lower() == key:
                if known.position is None and position:
                    self.people[index] = PersonFound(known.ref, position, known.role, known.where)
                return
        self.people.append(PersonFound(ref, position, None, where))


def _split_ref(ref: str) -> tuple[str, str]:
    surname, _, initials = ref.partition(" ")
    return surname, initials.replace(" ", "")


def _one_edit(a: str, b: str) -> bool:
    """The two words differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _signature_only(text: str) -> bool:
    signed = signature(text)
    return signed is not None and not signed[0]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
