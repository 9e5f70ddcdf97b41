"""What a template receives: plain, frozen values, every text already declined and already
written as this copy allows (the organisation's or the public one). README lists every field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import field
from datetime import date
from typing import Any, Literal, TypeVar

from mentorkit.records import dataclass

DocumentKind = Literal["order", "plan", "pair"]

T = TypeVar("T")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""Each view's field names (dataclasses.fields takes longer than the rest of map_texts)."""


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


_PLAIN: frozenset[type] = frozenset({int, float, bool, type(None), date})
"""Values of a view that hold no text: passed over at once (most of what a context holds)."""


def map_texts(value: T, change: Callable[[str], str]) -> T:
    """`value` (a view, a tuple of views, a text) with `change` applied to every text in it;
    a view in which no text changes is the same view."""
    kind = type(value)
    if kind is str:
        return change(value)  # type: ignore[arg-type, return-value]
    if kind in _PLAIN:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if isinstance(value, str):
            return change(value)  # type: ignore[return-value]
        if isinstance(value, tuple):
            items = tuple([map_texts(item, change) for item in value])
            for after, before in zip(items, value, strict=True):
                if after is not before:
                    return items  # type: ignore[return-value]
            return value
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        names = _field_names(kind)
    changes = {}
    for name in names:
        before = getattr(value, name)
        after = map_texts(before, change)
        if after is not before and after != before:
            changes[name] = after
    return dataclasses.replace(value, **changes) if changes else value  # type: ignore[type-var]


@dataclass(frozen=True)
class OrganizationView:
    name: str
    """Полное наименование организации."""
    short_name: str
    """Краткое наименование (или полное, если краткого нет)."""
    place: str
    """Место составления: «г. Тимашевск»."""
    address: str
    """Адрес и телефоны для шапки бланка."""
    parent: str
    """Вышестоящий орган для шапки бланка."""
    genitive: str
    """Краткое наименование в родительном падеже, для «приказом …»: «Управления образованием
    Ивантеевского МР» (аббревиатура — как есть)."""
    phone: str
    """Телефон организации (organization.phone); пусто, если нет."""


@dataclass(frozen=True)
class DocumentView:
    kind: DocumentKind
    """order, plan или pair."""
    title: str
    """Заголовок документа."""
    public: bool
    """True в копии для сайта (--public)."""
    template: str
    """Имя шаблона: order.docx."""


@dataclass(frozen=True)
class PointView:
    number: str
    """Номер пункта: «1»."""
    text: str
    """Весь текст пункта; строки разделены переводом строки."""
    first: str
    """Первая строка пункта."""
    rest: tuple[str, ...]
    """Остальные строки (подпункты «- …»), каждая отдельным абзацем."""


@dataclass(frozen=True)
class SignatureView:
    role: str
    """Должность («Директор») или роль («Наставник»)."""
    name: str
    """«И.О.\u00a0Фамилия» с неразрывным пробелом."""


@dataclass(frozen=True)
class OrderView:
    type: str
    """roadmap, pairs, curator, plans, reward или custom."""
    number: str
    """Номер: «146»."""
    date: str
    """Дата: «20.09.2023»."""
    title: str
    """Заголовок к тексту: «О закреплении наставнических пар»."""
    basis: str
    """Преамбула: «В соответствии с …»; пусто, если её нет."""
    reference: str
    """«от 20.09.2023 № 146» — для приложений и ссылок."""
    points: tuple[PointView, ...]
    """Пункты: сформированные по виду приказа, затем points из YAML."""
    signature: SignatureView
    """Подпись: должность слева, «И.О.\u00a0Фамилия» справа."""
    executor: str
    """Отметка об исполнителе: ФИО (в копии для сайта — фамилия и инициалы); пусто, если нет."""
    executor_phone: str
    """Телефон исполнителя (phone в people.yaml, иначе organization.phone; в копии для сайта —
    только organization.phone); пусто, если нет."""
    acquainted: tuple[str, ...]
    """«С приказом ознакомлены:» — «И.О. Фамилия» каждого сотрудника, которого называет
    приказ, кроме подписывающего; пусто при acquaint: false и в копии для сайта."""
    stamp: tuple[str, ...]
    """Отметка об электронной подписи по строкам («ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ»,
    «Сертификат: …», «Владелец: …», «Действителен с … по …»); пусто при подписи от руки."""


@dataclass(frozen=True)
class ColumnView:
    key: str
    """Поле пункта: title, deadline, responsible…"""
    title: str
    """Заголовок столбца: «Срок»."""


@dataclass(frozen=True)
class RowView:
    section: bool
    """True — строка раздела (одна ячейка на всю ширину), False — строка мероприятия."""
    number: str
    """Номер раздела или пункта: «1», «1.2»."""
    title: str
    """Название раздела или мероприятия."""
    cells: tuple[str, ...]
    """Тексты ячеек по столбцам columns (для строки раздела пусто)."""


@dataclass(frozen=True)
class RoadmapView:
    title: str
    """Заголовок дорожной карты."""
    period: str
    """«на 2023-2024 учебный год»."""
    mark: str
    """Гриф в правом верхнем углу: «Приложение 1 / к приказу от … № …» или «УТВЕРЖДЕНА /
    приказом … / от … № …»; пусто, если дорожная карта не утверждена."""
    goal: str
    """Цель; пусто, если нет."""
    tasks: tuple[str, ...]
    """Задачи."""
    columns: tuple[ColumnView, ...]
    """Столбцы таблицы в порядке columns дорожной карты."""
    rows: tuple[RowView, ...]
    """Строки: разделы и мероприятия по порядку."""


@dataclass(frozen=True)
class PersonView:
    name: str
    """ФИО в именительном падеже (на сайте — фамилия и инициалы; несовершеннолетний — только
    «обучающийся 7Б класса»)."""
    short: str
    """«Петрова А.А.» (несовершеннолетний на сайте — «обучающийся 7Б класса»)."""
    position: str
    """Должность или «обучающийся 7Б класса»."""
    description: str
    """«Петрова Анна Андреевна, учитель математики»."""


@dataclass(frozen=True)
class MeetingView:
    number: int
    """Номер встречи по порядку."""
    stage: str
    """«Встреча-знакомство», «Пробная встреча», «Встреча-планирование», «Совместная работа»,
    «Итоговая встреча»."""
    topic: str
    """Тема; пусто, если не указана."""
    date: str
    """Дата: «22.09.2023»."""
    done: str
    """«проведена» или пусто (в плане, приложенном к приказу об утверждении, всегда пусто)."""


@dataclass(frozen=True)
class PairView:
    number: int
    """Номер пары в файле пар."""
    form: str
    """Форма наставничества: «Учитель – учитель»."""
    goal: str
    """Цель; пусто, если нет."""
    period: str
    """«на 2023-2024 учебный год»."""
    mentor: PersonView
    """Наставник."""
    mentees: tuple[PersonView, ...]
    """Наставляемые."""
    mentees_text: str
    """Наставляемые с должностями, по одному на строку: «Иванова Мария Петровна, учитель
    математики»."""
    mentees_title: str
    """«Наставляемая», «Наставляемый» или «Наставляемые»: подпись к mentees_text."""
    meetings: tuple[MeetingView, ...]
    """Встречи индивидуального плана по порядку."""
    progress: str
    """«Проведено встреч: 2 из 5 (40 %)»; пусто в плане, приложенном к приказу об утверждении
    (утверждается план, а не его выполнение)."""
    order: str
    """Приказ, закрепивший пару: «от 25.09.2023 № 150» (или «№ 150»); пусто, если нет."""
    mark: str
    """Гриф: «Приложение 2 / к приказу от … № …» или «УТВЕРЖДЕН / приказом … / от … № …»
    (по приказу вида plans об этом файле пар); пусто, если нет."""
    signatures: tuple[SignatureView, ...]
    """Подписи: наставник и наставляемые."""


@dataclass(frozen=True)
class PairListView:
    mark: str
    """Гриф: «Приложение 1 / к приказу от … № …»."""
    title: str
    """«Список наставнических пар на 2023-2024 учебный год» («… пар и групп …», если в списке
    есть группы — наставник с несколькими наставляемыми)."""
    pairs: tuple[PairView, ...]
    """Пары по порядку приказа."""


@dataclass(frozen=True)
class TemplateContext:
    """The names a template sees: each is always there (None or empty when a document has no
    such part), so one template can serve every kind of order."""

    organization: OrganizationView
    document: DocumentView
    order: OrderView | None = None
    roadmap: RoadmapView | None = None
    pair_list: PairListView | None = None
    plans: tuple[PairView, ...] = field(default=())
    pair: PairView | None = None

    def as_dict(self) -> dict[str, Any]:
        """The top-level names as docxtpl takes them; the values stay the frozen views."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}
