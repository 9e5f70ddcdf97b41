"""orders/*.yaml: orders (приказы) with their requisites and points."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mentorkit.model.common import Date, Flag, Model, PersonRef, Text, Texts

OrderType = Literal["roadmap", "pairs", "curator", "plans", "reward", "custom"]

DEFAULT_TITLES: dict[str, str] = {
    "roadmap": "Об утверждении дорожной карты реализации целевой модели наставничества",
    "pairs": "О закреплении наставнических пар",
    "curator": "О назначении куратора целевой модели наставничества",
    "plans": "Об утверждении индивидуальных планов наставничества",
    "reward": "О поощрении наставников",
    "custom": "",
}


class Signature(Model):
    """How the order is signed: by hand (the default) or in an electronic document system."""

    electronic: Flag = Field(
        False, description="true — приказ подписан электронной подписью: вместо подписи отметка"
    )
    certificate: Text | None = Field(None, description="Номер сертификата ключа подписи")
    owner: str | None = Field(None, description="Владелец сертификата: Фамилия Имя Отчество")
    valid_from: Date | None = Field(None, description="Сертификат действителен с")
    valid_to: Date | None = Field(None, description="Сертификат действителен по")

    @model_validator(mode="after")
    def _complete(self) -> Signature:
        if self.electronic:
            missing = [
                name
                for name in ("certificate", "owner", "valid_from", "valid_to")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(
                    "для отметки об электронной подписи нужны certificate, owner, valid_from и "
                    f"valid_to; не хватает: {', '.join(missing)}"
                )
            assert self.valid_from is not None and self.valid_to is not None
            if self.valid_to < self.valid_from:
                raise ValueError("сертификат действителен по дату раньше той, с которой он начат")
        return self


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
    control: PersonRef | None = Field(
        None,
        description="На кого возложить контроль за исполнением (последний пункт); руководитель — "
        "«оставляю за собой»",
    )
    acquaint: Flag = Field(
        True,
        description="«С приказом ознакомлены:» в конце приказа, где он называет сотрудников; "
        "false — не печатать",
    )
    signature: Signature = Field(
        Signature(), description="Подпись: {electronic: true, certificate: …, owner: …, …}"
    )
    imported: Text | None = Field(
        None,
        description="Документ, из которого приказ перенесён (mentorkit import): он уже издан, и "
        "отсутствие согласия названных в нём людей — предупреждение MK605; новый документ без "
        "согласия всё равно не формируется",
    )

    @property
    def display_title(self) -> str:
        return self.title or DEFAULT_TITLES[self.type]
