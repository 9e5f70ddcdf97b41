"""The `acts:` of mentorkit.yaml: the acts of the document package that mentorkit does not write
itself (a положение о наставничестве, an order kept only on paper), with where to find them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mentorkit.model.common import Date, Model, PeriodField, Text

ActKind = Literal["regulation", "curator", "roadmap", "pairs", "plans", "other"]

ACT_KINDS: dict[str, str] = {
    "regulation": "Положение о наставничестве",
    "curator": "Приказ о назначении куратора",
    "roadmap": "Дорожная карта, утверждённая приказом",
    "pairs": "Приказ о закреплении наставнических пар (и согласия участников)",
    "plans": "Утверждённые индивидуальные планы",
    "other": "Другой документ",
}
"""Each kind of act with its name in the package, in the order the package lists them."""


class Act(Model):
    kind: ActKind = Field(
        description="Вид акта: regulation (положение о наставничестве), curator (приказ о "
        "назначении куратора), roadmap (утверждение дорожной карты), pairs (закрепление пар), "
        "plans (утверждение индивидуальных планов), other"
    )
    title: str = Field(description="Наименование, как в документе")
    number: Text | None = Field(None, description="Номер приказа или протокола")
    date: Date = Field(description="Дата принятия или утверждения")
    period: PeriodField | None = Field(
        None, description="На какой период принят, если не бессрочно: 2023-2024"
    )
    file: str | None = Field(None, description="Файл в репозитории: documents/положение.pdf")
    link: str | None = Field(None, description="Ссылка на документ на сайте организации")
