"""The frozen models of every file kind in a mentorkit repository (format v1)."""

from mentorkit.model.config import Config, DocumentProfile, Organization, Rules
from mentorkit.model.order import Order
from mentorkit.model.pairs import STAGES, Meeting, Pair, PairsFile
from mentorkit.model.people import Consent, PeopleFile, Person
from mentorkit.model.roadmap import Item, NumberedItem, Roadmap, Section, numbered_items

__all__ = [
    "STAGES",
    "Config",
    "Consent",
    "DocumentProfile",
    "Item",
    "Meeting",
    "NumberedItem",
    "Order",
    "Organization",
    "Pair",
    "PairsFile",
    "PeopleFile",
    "Person",
    "Roadmap",
    "Rules",
    "Section",
    "numbered_items",
]
