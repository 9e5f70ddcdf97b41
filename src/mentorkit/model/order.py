"""orders/*.yaml: orders (приказы) with their requisites and points."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mentorkit.model.common import Date, Model, PersonRef, Text, Texts

OrderType = Literal["roadmap", "pairs", "curator", "plans", "reward", "custom"]

DEFAULT_TITLES: dict[str, str] = {
    "roadmap": "Об утверждении дорожной карты реализации целевой модели наставничества",
    "pairs": "О закреплении наставнических пар",
    "curator": "О назначении куратора целевой модели наставничества",
    "plans": "Об утверждении индивидуальных планов наставничества",
    "reward": "О поощрении наставников",
    "custom": "",
}


class Order(Model):
    type: OrderType = Field(description="roadmap | pairs | curator | plans | reward | custom")
    number: Text = Field(min_length=1, description="Номер приказа")
    date: Date
    title: str | None = Field(None, description="Заголовок; у каждого вида есть свой по умолчанию")
    basis: str | None = Field(None, description="Преамбула: «В соответствии с …»")
    roadmap: str | None = Field(None, description="Вид roadmap: файл дорожной карты")
    pairs: str | None = Field(None, description="Виды pairs и plans: файл пар")
    curator: PersonRef | None = Field(None, description="Вид curator: назначаемый куратор")
    people: Texts = Field((), description="Вид reward: кого поощрить")
    points: Texts = Field((), description="Пункты после сформированных")
    signed_by: PersonRef | None = Field(None, description="Подписывает; по умолчанию руководитель")
    executor: PersonRef | None = Field(None, description="Исполнитель (отметка об исполнителе)")

    @property
    def display_title(self) -> str:
        return self.title or DEFAULT_TITLES[self.type]
