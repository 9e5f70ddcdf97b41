"""Which items a status shows, and grouped how: by section, by responsible, by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import PurePosixPath

from mentorkit.progress import State
from mentorkit.status.results import ItemStatus, RepositoryStatus

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


class GroupBy(StrEnum):
    NONE = "none"
    SECTION = "section"
    RESPONSIBLE = "responsible"
    MONTH = "month"


@dataclass(frozen=True)
class ItemGroup:
    title: str | None
    """None when the items are not grouped."""
    items: tuple[ItemStatus, ...]


_URGENCY = {State.OVERDUE: 0, State.NOT_UNDERSTOOD: 1, State.DUE_SOON: 2}


def item_view(
    org: RepositoryStatus, by: GroupBy = GroupBy.NONE, everything: bool = False
) -> list[ItemGroup]:
    """The items a status shows: overdue, not understood and due soon (most late first), or
    every item in the order of the roadmaps; grouped by section, by responsible or by month of
    the due date (in date order inside a month)."""
    if everything:
        items = list(org.items)
    else:
        items = sorted(
            (item for item in org.items if item.attention),
            key=lambda item: (_URGENCY[item.state], item.due or date.max),
        )
    if by == GroupBy.NONE:
        return [ItemGroup(None, tuple(items))] if items else []
    if by == GroupBy.MONTH:
        # Inside a month the day decides; the roadmap's order only breaks ties.
        items = sorted(items, key=lambda item: item.due or date.max)
    roadmaps = {roadmap.path: index for index, roadmap in enumerate(org.roadmaps)}
    sections = {
        (roadmap.path, section.number): index
        for roadmap in org.roadmaps
        for index, section in enumerate(roadmap.sections)
    }
    groups: dict[tuple[int, int, str], tuple[str, list[ItemStatus]]] = {}
    for item in items:
        for key, title in _groups_of(item, by, roadmaps, sections):
            groups.setdefault(key, (title, []))[1].append(item)
    return [ItemGroup(title, tuple(members)) for _, (title, members) in sorted(groups.items())]


def _groups_of(
    item: ItemStatus,
    by: GroupBy,
    roadmaps: dict[str, int],
    sections: dict[tuple[str, str], int],
) -> list[tuple[tuple[int, int, str], str]]:
    """The groups an item falls in, each with a key that sorts the groups as they are shown."""
    if by == GroupBy.SECTION:
        prefix = f"{PurePosixPath(item.roadmap).stem}: " if len(roadmaps) > 1 else ""
        if item.section is None or item.section_number is None:
            return [((roadmaps[item.roadmap], -1, ""), prefix + "Без раздела")]
        position = sections[(item.roadmap, item.section_number)]
        title = f"{item.section_number}. {item.section}"
        return [((roadmaps[item.roadmap], position, ""), prefix + title)]
    if by == GroupBy.MONTH:
        if item.due is None:
            return [((1, 0, ""), "Без срока")]
        month = f"{MONTHS[item.due.month - 1].capitalize()} {item.due.year}"
        return [((0, item.due.year * 12 + item.due.month, ""), month)]
    if not item.responsible_groups:
        return [((1, 0, ""), "Ответственный не указан")]
    return [((0, 0, who.lower()), who) for who in item.responsible_groups]
