"""Finding a repository and loading every file of it into the models, with problems for the rest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from mentorkit.errors import RepositoryNotFound
from mentorkit.load.validate import validate
from mentorkit.load.yamlfile import Positions, read_yaml
from mentorkit.model import Config, Order, PairsFile, Person, Roadmap, Rules
from mentorkit.model.people import PeopleFile
from mentorkit.problems import MISSING_FIELD, STRAY_FILE, WRONG_VALUE, Location, Problem

CONFIG = "mentorkit.yaml"
PEOPLE = "people.yaml"
FOLDERS = ("roadmaps", "pairs", "orders")
YAML_SUFFIXES = (".yaml", ".yml")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Doc(Generic[M]):
    """A model read from a file, with the positions of what it was read from."""

    path: str
    model: M
    positions: Positions

    def at(self, *keys: str | int, key: bool = False) -> Location:
        return self.positions.at(*keys, key=key)


@dataclass(frozen=True)
class PersonEntry:
    index: int
    person: Person


@dataclass(frozen=True)
class Repository:
    root: Path
    config: Doc[Config] | None
    people: tuple[PersonEntry, ...]
    people_positions: Positions | None
    roadmaps: tuple[Doc[Roadmap], ...]
    pairs: tuple[Doc[PairsFile], ...]
    orders: tuple[Doc[Order], ...]
    broken_people: tuple[PersonEntry, ...] = ()
    """People whose entry is invalid (built without validation from what the file has):
    references to them are not reported again."""
    files: tuple[str, ...] = ()
    """Every file read, relative to the root."""
    broken_files: frozenset[str] = field(default_factory=frozenset)
    """Files that could not be read or validated: what they say is unknown."""
    broken_order_numbers: frozenset[str] | None = field(default_factory=frozenset)
    """Numbers of the orders whose file is invalid; None where some order file could not be read
    at all, so that any number may be among them."""

    def order_may_exist(self, number: str) -> bool:
        """Whether an order that is not loaded may still be in a broken order file."""
        return self.broken_order_numbers is None or number in self.broken_order_numbers

    @property
    def rules(self) -> Rules:
        return self.config.model.rules if self.config else Rules()

    def person_at(self, entry: PersonEntry, *keys: str | int, key: bool = False) -> Location:
        if self.people_positions is None:
            return Location(PEOPLE)
        return self.people_positions.at("people", entry.index, *keys, key=key)

    def order_by_number(self, number: str) -> list[Doc[Order]]:
        return [doc for doc in self.orders if doc.model.number == number]

    def has_file(self, relpath: str) -> bool:
        return relpath in self.files


def find_root(start: Path) -> Path:
    """The folder holding mentorkit.yaml, looking upward from `start` as git looks for .git."""
    start = start.resolve()
    if not start.exists():
        raise RepositoryNotFound(f"путь {start} не существует")
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG).is_file():
            return candidate
    raise RepositoryNotFound(
        f"{start} — не репозиторий mentorkit: ни в этой папке, ни выше нет файла {CONFIG}",
        hint="перейдите в папку репозитория или создайте в ней mentorkit.yaml "
        "(образец — в roadmaps/ репозитория mentorkit)",
    )


def data_files(root: Path) -> Iterator[str]:
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.iterdir()):
            if path.name.startswith(".") or path.is_dir():
                continue
            yield f"{folder}/{path.name}"


def load_repository(root: Path) -> tuple[Repository, list[Problem]]:
    problems: list[Problem] = []
    broken: dict[str, Any] = {}
    """Files that did not load, with the data read from them (None: not even that)."""

    def load(relpath: str, model: type[M]) -> Doc[M] | None:
        yaml_file, found = read_yaml(root, relpath)
        problems.extend(found)
        if yaml_file is None:
            broken[relpath] = None
            return None
        parsed, found = validate(model, yaml_file.data, yaml_file.positions)
        problems.extend(found)
        if parsed is None:
            broken[relpath] = yaml_file.data
            return None
        return Doc(relpath, parsed, yaml_file.positions)

    config = load(CONFIG, Config)
    people, people_positions, broken_people = _load_people(root, problems)
    files = [CONFIG]
    if people_positions is not None:
        files.append(PEOPLE)
    roadmaps: list[Doc[Roadmap]] = []
    pairs: list[Doc[PairsFile]] = []
    orders: list[Doc[Order]] = []
    for relpath in data_files(root):
        files.append(relpath)
        if not relpath.endswith(YAML_SUFFIXES):
            if not relpath.endswith((".md", ".txt")):
                problems.append(
                    STRAY_FILE.at(
                        Location(relpath),
                        "mentorkit читает в этой папке только файлы .yaml и .yml: "
                        "этот файл пропущен",
                    )
                )
            continue
        folder = relpath.split("/", 1)[0]
        if folder == "roadmaps":
            _append(roadmaps, load(relpath, Roadmap))
        elif folder == "pairs":
            _append(pairs, load(relpath, PairsFile))
        else:
            _append(orders, load(relpath, Order))
    repo = Repository(
        root=root,
        config=config,
        people=people,
        people_positions=people_positions,
        roadmaps=tuple(roadmaps),
        pairs=tuple(pairs),
        orders=tuple(orders),
        broken_people=broken_people,
        files=tuple(files),
        broken_files=frozenset(broken),
        broken_order_numbers=_order_numbers(broken),
    )
    return repo, problems


def _order_numbers(broken: dict[str, Any]) -> frozenset[str] | None:
    numbers = set()
    for relpath, data in broken.items():
        if not relpath.startswith("orders/"):
            continue
        if not isinstance(data, dict) or not isinstance(data.get("number"), str | int):
            return None
        numbers.add(str(data["number"]))
    return frozenset(numbers)


def _append(target: list[Doc[M]], doc: Doc[M] | None) -> None:
    if doc is not None:
        target.append(doc)


def _load_people(
    root: Path, problems: list[Problem]
) -> tuple[tuple[PersonEntry, ...], Positions | None, tuple[PersonEntry, ...]]:
    """People are validated one by one, so that one broken entry does not hide all the others."""
    if not (root / PEOPLE).exists():
        return (), None, ()
    yaml_file, found = read_yaml(root, PEOPLE)
    problems.extend(found)
    if yaml_file is None:
        return (), None, ()
    data, positions = yaml_file.data, yaml_file.positions
    if not isinstance(data, dict):
        problems.append(
            WRONG_VALUE.at(
                positions.at(), "people.yaml — словарь с полем «people:» и списком людей"
            )
        )
        return (), positions, ()
    outer = {key: value for key, value in data.items() if key != "people"}
    _, found = validate(PeopleFile, outer, positions)
    problems.extend(found)
    raw: Any = data.get("people")
    if raw is None:
        problems.append(MISSING_FIELD.at(positions.at(), "нет поля «people» со списком людей"))
        return (), positions, ()
    if not isinstance(raw, list):
        problems.append(
            WRONG_VALUE.at(positions.at("people"), "поле «people»: ожидался список людей")
        )
        return (), positions, ()
    entries: list[PersonEntry] = []
    broken: list[PersonEntry] = []
    for index, item in enumerate(raw):
        wrapped = {"people": [item]}
        parsed, found = validate(PeopleFile, wrapped, _Shifted(positions, index))
        problems.extend(found)
        if parsed is not None:
            entries.append(PersonEntry(index, parsed.people[0]))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            ident = item.get("id") if isinstance(item.get("id"), str) else None
            broken.append(PersonEntry(index, Person.model_construct(name=item["name"], id=ident)))
    return tuple(entries), positions, tuple(broken)


class _Shifted(Positions):
    """Positions of one person validated alone as `people[0]`: index 0 stands for `index`."""

    def __init__(self, base: Positions, index: int) -> None:
        super().__init__(base.path, base.keys, base.values)
        self.index = index

    def at(self, *keys: str | int, key: bool = False) -> Location:
        if len(keys) >= 2 and keys[0] == "people" and keys[1] == 0:
            keys = ("people", self.index, *keys[2:])
        return super().at(*keys, key=key)
