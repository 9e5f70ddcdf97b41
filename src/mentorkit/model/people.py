"""people.yaml: everyone the repository refers to."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from mentorkit.model.common import Date, Flag, Model

Case = Literal["nominative", "genitive", "dative", "accusative", "instrumental", "prepositional"]


class Consent(Model):
    date: Date = Field(description="Дата письменного согласия на обработку персональных данных")
    by: str | None = Field(
        None, description="Для несовершеннолетнего: кто подписал согласие (родитель, представитель)"
    )
    withdrawn: Date | None = Field(
        None,
        description="Дата отзыва согласия: с этого дня человека нельзя называть в новых документах",
    )


def _as_consent(value: Any) -> Any:
    if isinstance(value, str | date):
        return {"date": value}
    return value


def _as_gender(value: Any) -> Any:
    if isinstance(value, str):
        return {"ж": "f", "м": "m", "жен": "f", "муж": "m"}.get(value.strip().lower(), value)
    return value


class Person(Model):
    name: str = Field(min_length=1, description="Фамилия Имя Отчество в именительном падеже")
    id: str | None = Field(
        None, description="Короткий идентификатор, если ФИО и инициалы совпадают"
    )
    position: str | None = Field(None, description="Должность: «учитель математики»")
    phone: str | None = Field(None, description="Рабочий телефон для отметки об исполнителе")
    role: str | None = Field(
        None,
        description="Роль в программе: куратор, наставник, наставляемый или руководитель "
        "(о женщине — наставница, наставляемая, руководительница)",
    )
    experience: float | None = Field(None, ge=0, le=80, description="Педагогический стаж, лет")
    group: str | None = Field(None, description="Для обучающегося: класс или группа, «7Б»")
    minor: Flag | None = Field(
        None,
        description="Несовершеннолетний; обучающийся (с group) считается им, если не указано "
        "minor: false",
    )
    gender: Annotated[Literal["f", "m"] | None, BeforeValidator(_as_gender)] = Field(
        None, description="Пол, если не следует из отчества: f (ж) или m (м)"
    )
    consent: Annotated[Consent | None, BeforeValidator(_as_consent)] = Field(
        None, description="Согласие на обработку персональных данных (152-ФЗ)"
    )
    mentoring_consent: Date | None = Field(
        None,
        description="Дата письменного согласия педагога быть наставником (ст. 351.8 ТК РФ, "
        "с 01.03.2025)",
    )
    forms: dict[Case, str] = Field(
        default_factory=dict,
        description="Готовые формы ФИО по падежам вместо склонения: "
        "{dative: Ивановой Марии Петровне}",
    )

    @property
    def is_minor(self) -> bool:
        """A minor: `minor: true`, or a pupil (one with `group:`) unless `minor: false`."""
        return self.minor if self.minor is not None else bool(self.group)


class PeopleFile(Model):
    people: tuple[Person, ...] = ()
