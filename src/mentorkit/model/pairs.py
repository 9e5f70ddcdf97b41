"""pairs/*.yaml: mentoring pairs and groups with their individual plans."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from mentorkit.model.common import Date, Flag, Lower, Model, PeriodField, PersonRef, Text, Texts

Stage = Literal["знакомство", "пробная", "планирование", "работа", "итоговая"]
STAGES: tuple[Stage, ...] = ("знакомство", "пробная", "планирование", "работа", "итоговая")


class Meeting(Model):
    stage: Annotated[Stage, Lower] = Field(
        description="Этап: знакомство, пробная, планирование, работа, итоговая"
    )
    date: Date
    done: Flag = False
    topic: str | None = None


class Pair(Model):
    mentor: PersonRef
    mentees: Texts = Field(min_length=1, description="Наставляемые: один или список")
    form: str | None = Field(None, description="Форма наставничества, если не та, что у файла")
    order: Text | None = Field(None, description="Номер приказа, закрепившего пару")
    goal: str | None = None
    meetings: tuple[Meeting, ...] = Field(
        (), max_length=1000, description="Индивидуальный план: встречи пары (не больше 1000)"
    )


class PairsFile(Model):
    form: str | None = Field(None, description="Форма наставничества по умолчанию")
    period: PeriodField
    pairs: tuple[Pair, ...] = ()
