"""pairs/*.yaml: mentoring pairs and groups with their individual plans."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mentorkit.model.common import Date, Model, PeriodField, PersonRef

Stage = Literal["знакомство", "пробная", "планирование", "работа", "итоговая"]
STAGES: tuple[Stage, ...] = ("знакомство", "пробная", "планирование", "работа", "итоговая")


class Meeting(Model):
    stage: Stage = Field(description="Этап: знакомство, пробная, планирование, работа, итоговая")
    date: Date
    done: bool = False
    topic: str | None = None


class Pair(Model):
    mentor: PersonRef
    mentees: tuple[PersonRef, ...] = Field(min_length=1)
    form: str | None = Field(None, description="Форма наставничества, если не та, что у файла")
    order: str | None = Field(None, description="Номер приказа, закрепившего пару")
    goal: str | None = None
    meetings: tuple[Meeting, ...] = ()


class PairsFile(Model):
    form: str | None = Field(None, description="Форма наставничества по умолчанию")
    period: PeriodField
    pairs: tuple[Pair, ...] = ()
