"""What an import produces before it is written: the roadmap and the order as drafts, the
people found, and every finding — what could not be placed and what was decided for the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

FindingKind = Literal["unplaced", "note", "deadline"]


@dataclass(frozen=True)
class Finding:
    """Something the user must look at. «unplaced»: text that went into no field (it is kept in
    the file as a comment); «note»: a decision mentorkit took where the document was not clear;
    «deadline»: a deadline text the grammar does not understand (kept verbatim)."""

    kind: FindingKind
    where: str
    message: str
    text: str = ""


@dataclass
class ItemDraft:
    title: str
    where: str
    number: str | None = None
    fields: dict[str, str | list[str]] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    """Text of columns the format has no field for, kept beside the item."""


@dataclass
class SectionDraft:
    title: str
    where: str
    number: str | None = None
    items: list[ItemDraft] = field(default_factory=list)


@dataclass
class Body:
    """The roadmap table read: columns in the document's order, sections and items."""

    columns: list[str]
    sections: list[SectionDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    """Items before the first section (or of a table without sections)."""

    def count(self) -> int:
        return len(self.items) + sum(len(s.items) for s in self.sections)


@dataclass(frozen=True)
class PersonFound:
    """Someone the document names: as written («Козлова В.А.»), with a position if it says one."""

    ref: str
    position: str | None = None
    role: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Organization:
    name: str
    guessed: bool = False
    """True when the name is not from a letterhead but from a mark or the title."""
    place: str | None = None
    address: str | None = None
    head: str | None = None
    head_position: str | None = None


@dataclass
class OrderDraft:
    number: str
    date: date
    title: str | None
    basis: str | None
    points: list[str]
    signed_by: str | None
    signer_position: str | None
    executor: str | None
    dropped: list[str] = field(default_factory=list)
    """Points mentorkit composes itself for the order's type («Утвердить дорожную карту…»)."""


@dataclass
class Imported:
    """One document, read: what will be written and what the user must look at."""

    source: str
    title: str
    period: str | dict[str, date] | None
    body: Body
    approved_by: tuple[str, date] | None = None
    goal: str | None = None
    tasks: list[str] = field(default_factory=list)
    order: OrderDraft | None = None
    organization: Organization | None = None
    people: list[PersonFound] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
