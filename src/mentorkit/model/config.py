"""mentorkit.yaml: the organisation, its rules and the settings of the commands."""

from __future__ import annotations

from pydantic import Field

from mentorkit.model.common import Model, PersonRef, Texts


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
    rules: Rules = Rules()
    check: CheckSettings = CheckSettings()
    document: DocumentProfile = DocumentProfile()
