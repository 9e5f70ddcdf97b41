"""A person's `role`: one of the roles of the programme, so that a typo does not pass unseen."""

from __future__ import annotations

import re

from mentorkit.checks.base import Context, describe
from mentorkit.lazyre import lazy
from mentorkit.problems import UNKNOWN_ROLE, Problem

ROLES = ("куратор", "наставник", "наставляемый", "руководитель")
"""The roles of the programme (format v1 documents them in docs/format.md)."""

SYNONYMS = {
    "наставница": "наставник",
    "наставляемая": "наставляемый",
    "руководительница": "руководитель",
}
"""The same roles as they agree with a woman: accepted as they are («role: наставница»)."""

_POSITIONS = lazy(r"учител|директор|заместител|педагог|методист|психолог|завуч|воспитател")
"""Words of a position (должность): written in `role`, they belong in `position`."""


def role_of(text: str) -> str | None:
    """The role `text` names, whatever its case and gender («Наставница» → «наставник»), or
    None for a text that names none. Words after the role («куратор ЦМН») only qualify it."""
    first = re.split(r"[\s,;()–—-]+", text.strip().lower(), maxsplit=1)[0]
    return first if first in ROLES else SYNONYMS.get(first)


def check_roles(ctx: Context) -> list[Problem]:
    """A `role` that is none of the programme's roles, with the close one and the list."""
    problems: list[Problem] = []
    for entry in ctx.repo.people:
        role = entry.person.role
        if role is None or role_of(role) is not None:
            continue
        problems.append(
            UNKNOWN_ROLE.at(ctx.repo.person_at(entry, "role"), _message(role, describe(entry)))
        )
    return problems


def _message(role: str, who: str) -> str:
    known = ", ".join(f"«{name}»" for name in ROLES)
    message = (
        f"{who}: роль «{role}» — не роль в программе; роли: {known} (о женщине можно "
        "«наставница», «наставляемая»)"
    )
    written = role.strip().lower()
    # A position first: «учитель» is close to «руководитель» in letters, not in meaning.
    if _POSITIONS.search(written):
        return f"{message}; «{role}» похоже на должность — её пишут в поле «position»"
    import difflib  # here: only a misspelling needs it, every check loads this

    close = difflib.get_close_matches(written, [*ROLES, *SYNONYMS], n=1, cutoff=0.6)
    if close:
        return f"{message} — возможно, «{SYNONYMS.get(close[0], close[0])}»?"
    return f"{message}; если роли нет, уберите поле «role»"
