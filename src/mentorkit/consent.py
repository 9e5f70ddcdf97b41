"""The one rule of consent (152-ФЗ, ст. 351.8 ТК РФ) that `check` reports and `render` obeys:
what makes a person's record of consent wrong, and why a document may not name them."""

from __future__ import annotations

from datetime import date

from mentorkit.model.people import Person
from mentorkit.problems import (
    CONSENT_IN_FUTURE,
    CONSENT_WITHDRAWN,
    MINOR_NO_REPRESENTATIVE,
    WITHDRAWN_BEFORE_GIVEN,
    Code,
)
from mentorkit.records import dataclass

MENTORING_CONSENT_FROM = date(2025, 3, 1)
"""From this day (ст. 351.8 ТК РФ) a teacher becomes a mentor only with written consent."""


@dataclass(frozen=True)
class RecordIssue:
    """Something wrong in a person's `consent:` itself."""

    code: Code
    field: str
    """The key of the person in people.yaml to point at."""
    message: str
    """What is wrong and how to fix it, without the person's name."""


def _minor_word(female: bool | None) -> str:
    if female is None:
        return "несовершеннолетний(-яя)"
    return "несовершеннолетняя" if female else "несовершеннолетний"


def record_issues(person: Person, today: date | None, female: bool | None) -> list[RecordIssue]:
    """What is wrong in `consent:` of a person (today: the day the record is checked against;
    None where no day is known, as in a render without one)."""
    consent = person.consent
    if consent is None:
        return []
    issues: list[RecordIssue] = []
    if person.is_minor and not consent.by:
        pupil = ""
        if person.minor is None:
            pupil = (
                "; обучающийся (с group:) считается несовершеннолетним — если ему уже 18, "
                "укажите minor: false"
            )
        issues.append(
            RecordIssue(
                MINOR_NO_REPRESENTATIVE,
                "consent",
                f"{_minor_word(female)}: укажите, кто подписал согласие "
                f"(consent: {{date: …, by: Фамилия И.О. (мать)}}){pupil}",
            )
        )
    if today is not None and consent.date > today:
        issues.append(
            RecordIssue(
                CONSENT_IN_FUTURE,
                "consent",
                f"согласие датировано {consent.date:%d.%m.%Y}, это позже сегодняшнего дня "
                f"({today:%d.%m.%Y}) — проверьте дату",
            )
        )
    if consent.withdrawn is not None and consent.withdrawn < consent.date:
        issues.append(
            RecordIssue(
                WITHDRAWN_BEFORE_GIVEN,
                "consent",
                f"согласие отозвано {consent.withdrawn:%d.%m.%Y}, раньше, чем дано "
                f"({consent.date:%d.%m.%Y}) — проверьте даты",
            )
        )
    return issues


def withdrawn_by(person: Person, day: date) -> date | None:
    """The day consent was withdrawn, if that is on or before `day`."""
    consent = person.consent
    if consent is not None and consent.withdrawn is not None and consent.withdrawn <= day:
        return consent.withdrawn
    return None


def refusals(
    person: Person, day: date, today: date | None, female: bool | None, public: bool
) -> list[str]:
    """Why a document dated `day` may not name `person`: no consent, consent withdrawn by then
    (in a public copy: at all), or any of `record_issues`. Empty: the person may be named."""
    consent = person.consent
    if consent is None:
        return ["нет согласия на обработку персональных данных"]
    reasons = [issue.message for issue in record_issues(person, today, female)]
    withdrawn = consent.withdrawn
    if withdrawn is not None and (public or withdrawn <= day):
        reasons.append(f"согласие отозвано {withdrawn:%d.%m.%Y} ({CONSENT_WITHDRAWN.code})")
    return reasons


def mentoring_refusal(person: Person, day: date) -> str | None:
    """Why an order dated `day` may not make `person` a mentor (ст. 351.8 ТК РФ, from
    01.03.2025: only with written consent given by then); None where it may."""
    if day < MENTORING_CONSENT_FROM:
        return None
    given = person.mentoring_consent
    if given is not None and given <= day:
        return None
    state = (
        "согласия на наставничество нет"
        if given is None
        else f"согласие на наставничество дано позже ({given:%d.%m.%Y})"
    )
    return (
        f"{state} — с 01.03.2025 наставника назначают только с письменного согласия "
        "(ст. 351.8 ТК РФ): внесите его дату в people.yaml (mentoring_consent: ГГГГ-ММ-ДД)"
    )
