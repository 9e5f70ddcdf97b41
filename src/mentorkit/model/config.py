"""mentorkit.yaml: the organisation, its rules and the settings of the commands."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from mentorkit.deadlines import Calendar
from mentorkit.model.acts import Act
from mentorkit.model.calendar import SchoolYearKey, YearCalendar, to_calendar
from mentorkit.model.common import Model, PersonRef, Texts
from mentorkit.model.people import Case


def _known_zone(value: str) -> str:
    # Imported here: most files name no zone, and zoneinfo costs a start of `check` ~1 ms.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"часового пояса «{value}» нет; пишите как в базе часовых поясов: "
            "Europe/Moscow, Asia/Yekaterinburg, Europe/Samara"
        ) from None
    return value


TimeZone = Annotated[str, AfterValidator(_known_zone)]


class Organization(Model):
    name: str = Field(description="Полное наименование организации, как в шапке приказа")
    short_name: str | None = Field(None, description="Краткое наименование")
    place: str | None = Field(None, description="Место составления документа: «г. Тимашевск»")
    head: PersonRef | None = Field(
        None, description="Руководитель из people.yaml: подписывает приказы"
    )
    head_position: str | None = Field(
        None, description="Должность в подписи, если не та, что в people.yaml"
    )
    address: str | None = Field(None, description="Адрес и телефоны для шапки бланка")
    parent: str | None = Field(None, description="Вышестоящий орган для шапки бланка")
    students: int | None = Field(
        None, ge=0, description="Число обучающихся организации: для доли охваченных наставничеством"
    )
    timezone: TimeZone = Field(
        "Europe/Moscow", description="Часовой пояс организации: для календаря (mentorkit calendar)"
    )
    phone: str | None = Field(
        None, description="Телефон для отметки об исполнителе, если у исполнителя нет своего"
    )
    forms: dict[str, dict[Case, str]] = Field(
        default_factory=dict,
        description="Готовые падежные формы наименований и должностей, которые mentorkit "
        "склоняет неверно: {Управление образованием Ивантеевского МР: {genitive: Управления "
        "образованием Ивантеевского МР}}",
    )


class Rules(Model):
    young_specialist_years: int = Field(
        5,
        ge=0,
        le=50,
        description="Стаж меньше этого числа лет делает учителя молодым специалистом",
    )
    max_mentees: int = Field(
        3, ge=1, le=100, description="Наставляемых у наставника в одном периоде"
    )
    soon_days: int = Field(
        14, ge=0, le=366, description="Сколько дней вперёд срок считается близким"
    )
    stale_days: int = Field(
        30,
        ge=1,
        le=3650,
        description="Сколько дней без проведённой встречи пара считается затихшей",
    )


class CheckSettings(Model):
    ignore: Texts = Field((), description="Коды проблем, которые не показывать: MK705")


class DocumentProfile(Model):
    """The layout of rendered documents: ГОСТ Р 7.0.97-2025 by default."""

    font: str = Field("Times New Roman", description="Шрифт документа")
    font_size: float = Field(14, ge=6, le=72, description="Кегль основного текста, пт")
    table_font_size: float = Field(12, ge=6, le=72, description="Кегль текста в таблицах, пт")
    margin_left: float = Field(30, ge=0, le=100, description="Левое поле, мм")
    margin_right: float = Field(10, ge=0, le=100, description="Правое поле, мм")
    margin_top: float = Field(20, ge=0, le=100, description="Верхнее поле, мм")
    margin_bottom: float = Field(20, ge=0, le=100, description="Нижнее поле, мм")
    line_spacing: float = Field(1.0, gt=0, le=5, description="Межстрочный интервал")
    first_line_indent: float = Field(12.5, ge=0, le=100, description="Абзацный отступ, мм")
    page_numbers_from: int = Field(2, ge=1, le=1000, description="С какой страницы ставить номера")


class Config(Model):
    organization: Organization
    people: Texts = Field(
        (),
        description="Файлы людей вне репозитория (или в нём), кроме people.yaml: "
        "../private/people.yaml — чтобы имена, особенно несовершеннолетних, не попадали в git",
    )
    rules: Rules = Rules()
    check: CheckSettings = CheckSettings()
    document: DocumentProfile = DocumentProfile()
    acts: tuple[Act, ...] | None = Field(
        None,
        description="Акты пакета документов, которые mentorkit не пишет сам (положение, "
        "приказы на бумаге); с этим списком проверка называет, чего в пакете не хватает",
    )
    calendar: dict[SchoolYearKey, YearCalendar] = Field(
        default_factory=dict,
        description="Календарный учебный график по учебным годам (2024-2025: четверти или "
        "триместры и каникулы); без него — обычные сроки четвертей и каникул",
    )

    def school_calendar(self) -> Calendar:
        """The calendar deadlines are read with."""
        return to_calendar(self.calendar)
