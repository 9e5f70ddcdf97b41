"""reports/NAME.yaml: a region's monitoring form — the columns of its sheet, by their Russian
headers, in order, each filled from one of mentorkit's indicators. A curator adapts it to the
region's sheet without code."""

from __future__ import annotations

from pydantic import Field, field_validator

from mentorkit.model.common import Model

TEXT_VALUES: dict[str, str] = {
    "organization": "краткое наименование организации",
    "full_name": "полное наименование организации",
    "folder": "папка организации",
    "period": "период отчёта",
}
"""Values that are text, not figures."""

PARTS = ("count", "total", "percent")
INDICATOR_KEYS = (
    "items_due",
    "items_done",
    "items_done_late",
    "items_overdue",
    "items_with_evidence",
    "pairs",
    "mentors",
    "mentees",
    "young_covered",
    "pupils_covered",
    "plans_realised",
    "meetings_held",
    "without_consent",
    "stale_pairs",
    "acts_present",
    "pairs_form",
)
"""The indicators a column may name (see `mentorkit.status.monitoring.INDICATORS`)."""


class FormColumn(Model):
    header: str = Field(description="Заголовок столбца, как в форме региона")
    value: str = Field(
        description="Что в столбце: показатель (items_done, young_covered…), с частью .count "
        "(числитель), .total (знаменатель) или .percent; или organization, full_name, folder, "
        "period"
    )
    form: str | None = Field(None, description="Для pairs_form: форма наставничества")

    @field_validator("value")
    @classmethod
    def _known(cls, value: str) -> str:
        key, _, part = value.strip().partition(".")
        if key in TEXT_VALUES and not part:
            return value.strip()
        if key not in INDICATOR_KEYS or (part and part not in PARTS):
            known = ", ".join([*TEXT_VALUES, *INDICATOR_KEYS])
            raise ValueError(
                f"«{value}» — нет такого показателя; допустимы: {known} (с .count, .total или "
                ".percent)"
            )
        return value.strip()


class ReportForm(Model):
    title: str = Field(description="Название формы, как в шапке листа")
    sheet: str | None = Field(None, description="Имя листа в .xlsx (до 31 знака)")
    columns: tuple[FormColumn, ...] = Field(min_length=1, description="Столбцы по порядку")
