"""Finding a repository and loading every file of it into the models, with problems for the rest."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import field, replace
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from mentorkit.deadlines.calendar import DEFAULT as DEFAULT_CALENDAR
from mentorkit.deadlines.calendar import Calendar
from mentorkit.errors import os_reason
from mentorkit.gcpause import paused
from mentorkit.load.parts import Unread, validate_parts
from mentorkit.load.root import CONFIG as CONFIG
from mentorkit.load.root import find_root as find_root  # where it was: callers import it here
from mentorkit.load.root import relative_in as relative_in
from mentorkit.load.safepath import exists_entry, is_folder, refusal
from mentorkit.load.validate import validate
from mentorkit.load.yamlfile import Positions, read_yaml
from mentorkit.model import Config, Order, PairsFile, Person, Roadmap, Rules
from mentorkit.model.people import PeopleFile
from mentorkit.model.report_form import ReportForm
from mentorkit.problems import (
    CODES,
    LINK_BROKEN,
    LINK_OUTSIDE,
    MISSING_FIELD,
    NOT_REGULAR,
    PEOPLE_FILE_OUTSIDE,
    PEOPLE_FILE_REFUSED,
    STRAY_FILE,
    UNREADABLE,
    WRONG_VALUE,
    Location,
    Problem,
)
from mentorkit.records import dataclass

PEOPLE = "people.yaml"
PEOPLE_VARIABLE = "MENTORKIT_PEOPLE"
"""Files of people outside the repository, separated by «:» («;» on Windows), read besides
people.yaml and the files mentorkit.yaml names in «people:»."""
FOLDERS = ("roadmaps", "pairs", "orders")
REPORTS = "reports"
"""The region's report forms (reports/NAME.yaml): read too, for the people their text names."""
YAML_SUFFIXES = (".yaml", ".yml")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Doc(Generic[M]):
    """A model read from a file, with the positions of what it was read from."""

    path: str
    model: M
    positions: Positions
    unread: tuple[Unread, ...] = ()
    """The parts of the file left out of `model` because they hold errors."""

    def at(self, *keys: str | int, key: bool = False) -> Location:
        return self.positions.at(*keys, key=key)

    @property
    def complete(self) -> bool:
        """Every part of the file was read."""
        return not self.unread

    def incomplete(self, *keys: str | int) -> bool:
        """Whether a part of what stands at `keys` in the model could not be read:
        `doc.incomplete("pairs", 0)` — a meeting of the first pair; `doc.incomplete()` — any."""
        return any(u.within[: len(keys)] == keys for u in self.unread)


@dataclass(frozen=True)
class PersonEntry:
    index: int
    person: Person
    source: str = PEOPLE
    """The file the person is written in: people.yaml, or another file of people (its path
    from the root, or absolute where it lies outside the repository)."""
    position: int = -1
    """Their place in that file's list, where it differs from `index` (-1: it does not)."""


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
    people_complete: bool = True
    """people.yaml was read and is a list of people: a reference that matches nobody is then
    a mistake in the reference, not a consequence of a broken or missing file."""
    broken_files: frozenset[str] = field(default_factory=frozenset)
    """Files that could not be read or validated: what they say is unknown."""
    people_sources: dict[str, Positions] = field(default_factory=dict)
    """Every file of people read, with its positions: people.yaml and the files outside."""
    broken_order_numbers: frozenset[str] | None = field(default_factory=frozenset)
    """Numbers of the orders whose file is invalid; None where some order file could not be read
    at all, so that any number may be among them."""
    reports: tuple[Doc[ReportForm], ...] = ()
    """The report forms of reports/ (`report --form`): their titles and headers are free text
    that may name people too."""
    unread: tuple[Unread, ...] = ()
    """Everything that could not be read, in file order: whole files and folders, and the parts
    (sections, items, pairs, meetings, people) left out of files that were read. Any figure
    that counts over the repository is incomplete while this is not empty."""

    @property
    def complete(self) -> bool:
        """Everything the repository holds was read: figures over it are the whole truth."""
        return not self.unread

    def unread_in(self, path: str) -> tuple[Unread, ...]:
        """What could not be read of the file (or, for «pairs/», of the folder) at `path`."""
        return tuple(
            u
            for u in self.unread
            if u.path == path
            or u.path.startswith(path + "/")
            or (path.endswith("/") and u.path.startswith(path))
        )

    def order_may_exist(self, number: str) -> bool:
        """Whether an order that is not loaded may still be in a broken order file."""
        return self.broken_order_numbers is None or number in self.broken_order_numbers

    @property
    def rules(self) -> Rules:
        return self.config.model.rules if self.config else Rules()

    @property
    def calendar(self) -> Calendar:
        """The school calendar deadlines are read with: `calendar:` of mentorkit.yaml, or the
        common one."""
        return self.config.model.school_calendar() if self.config else DEFAULT_CALENDAR

    def person_at(self, entry: PersonEntry, *keys: str | int, key: bool = False) -> Location:
        positions = self.people_sources.get(entry.source)
        if positions is None and entry.source == PEOPLE:
            positions = self.people_positions
        if positions is None:
            return Location(entry.source)
        at = entry.position if entry.position >= 0 else entry.index
        return positions.at("people", at, *keys, key=key)

    def order_by_number(self, number: str) -> list[Doc[Order]]:
        return [doc for doc in self.orders if doc.model.number == number]

    def has_file(self, relpath: str) -> bool:
        return relpath in self.files


def data_files(root: Path) -> Iterator[str]:
    """The YAML files of the data folders, in a stable order. Links and special files with a
    YAML name are listed too: reading them refuses them with their own problem, where skipping
    them would hide a file."""
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir() or refusal(root, base, folder_ok=True) is not None:
            continue
        for path in _listing(base):
            if not is_folder(path) and not path.name.startswith(".") and _is_yaml(path.name):
                yield f"{folder}/{path.name}"


def report_files(root: Path) -> Iterator[str]:
    """The YAML files of reports/, as `data_files` lists the data folders."""
    base = root / REPORTS
    if not base.is_dir() or refusal(root, base, folder_ok=True) is not None:
        return
    for path in _listing(base):
        if refusal(root, path, folder_ok=True) is not None:
            continue  # a link out, a broken one or a special file: reported once, by _refused_in
        if not is_folder(path) and not path.name.startswith(".") and _is_yaml(path.name):
            yield f"{REPORTS}/{path.name}"


def _listing(folder: Path) -> list[Path]:
    """The entries of a folder; none where it cannot be read (stray_files reports that)."""
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


_MAX_SCAN = 2000
"""Entries looked at to tell whether a stray folder holds YAML: a node_modules is not walked."""


def _holds_yaml(folder: Path) -> bool:
    """Whether a real folder (links are not followed) holds a YAML file, looking at a bounded
    number of entries."""
    if not is_folder(folder):
        return False
    try:
        for seen, path in enumerate(folder.rglob("*")):
            if seen > _MAX_SCAN:
                return False
            if _is_yaml(path.name) and not is_folder(path):
                return True
    except OSError:
        return False
    return False


def _is_yaml(name: str) -> bool:
    return name.lower().endswith(YAML_SUFFIXES)


_KEPT = {*FOLDERS, "templates", "documents", "out", "reports"}
"""Folders of a repository that mentorkit reads or writes; any other holding YAML is reported."""


def stray_files(root: Path) -> list[Problem]:
    """Files and folders a curator may expect to be read that mentorkit does not read."""
    problems = []
    for folder in FOLDERS:
        refused = refusal(root, root / folder, folder_ok=True)
        if refused is not None:
            problems.append(refused.code.at(Location(f"{folder}/"), refused.message))
            continue
        try:
            if (root / folder).is_dir():
                next(iter((root / folder).iterdir()), None)
        except OSError as error:
            problems.append(
                UNREADABLE.at(
                    Location(f"{folder}/"),
                    f"папка не читается ({os_reason(error)}): проверьте права доступа",
                )
            )
    for path in _listing(root):
        name = path.name
        if name.startswith(".") or name in (CONFIG, PEOPLE):
            continue
        if not is_folder(path) and (_is_yaml(name) or name.lower().endswith(".yaml.txt")):
            problems.append(
                STRAY_FILE.at(
                    Location(name),
                    "файлы в корне репозитория, кроме mentorkit.yaml и people.yaml, не читаются: "
                    f"перенесите его в {', '.join(f + '/' for f in FOLDERS)}",
                )
            )
        elif name not in _KEPT and _holds_yaml(path):
            import difflib  # here: only a misspelt folder needs it

            guess = difflib.get_close_matches(name.lower(), FOLDERS, n=1, cutoff=0.6)
            where = f"«{guess[0]}/»" if guess else ", ".join(f"{f}/" for f in FOLDERS)
            problems.append(
                STRAY_FILE.at(
                    Location(f"{name}/"),
                    f"папку «{name}» mentorkit не читает: файлы YAML должны лежать в {where}",
                )
            )
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir() or refusal(root, base, folder_ok=True) is not None:
            continue
        for path in _listing(base):
            problem = _stray_in_folder(path, f"{folder}/{path.name}", folder)
            if problem is not None:
                problems.append(problem)
    problems += _refused_in(root, READ_LATER)
    return problems


READ_LATER = ("templates", "reports")
"""Folders that render and report read (templates, regional forms), not check: a link in them
that leaves the repository, leads nowhere or is a special file is reported by check too, so it
is not found only when a document is made."""


def _refused_in(root: Path, folders: tuple[str, ...]) -> list[Problem]:
    problems = []
    for folder in folders:
        base = root / folder
        refused = refusal(root, base, folder_ok=True)
        if refused is not None:
            problems.append(refused.code.at(Location(f"{folder}/"), refused.message))
            continue
        if not base.is_dir():
            continue
        for path in _listing(base):
            refused = refusal(root, path, folder_ok=True)
            if refused is not None:
                relpath = f"{folder}/{path.name}"
                problems.append(refused.code.at(Location(relpath), refused.message))
    return problems


def _stray_in_folder(path: Path, relpath: str, folder: str) -> Problem | None:
    name = path.name
    if name.startswith(".") or name.lower().endswith(".md"):
        return None
    if is_folder(path):
        if _holds_yaml(path):
            return STRAY_FILE.at(
                Location(f"{relpath}/"),
                f"вложенные папки mentorkit не читает: перенесите файлы прямо в {folder}/",
            )
        return None
    if _is_yaml(name):
        return None
    if name.lower().endswith((".yaml.txt", ".yml.txt")):
        return STRAY_FILE.at(
            Location(relpath),
            f"у файла лишнее расширение .txt (так сохраняет Блокнот), и он не читается: "
            f"переименуйте его в {name[:-4]}",
        )
    return STRAY_FILE.at(
        Location(relpath),
        "mentorkit читает в этой папке только файлы .yaml и .yml: этот файл пропущен",
    )


@paused  # every command reads the repository whole; see gcpause
def load_repository(root: Path) -> tuple[Repository, list[Problem]]:
    problems: list[Problem] = []
    broken: dict[str, Any] = {}
    """Files that did not load, with the data read from them (None: not even that)."""
    unread: list[Unread] = []

    def load(relpath: str, model: type[M]) -> Doc[M] | None:
        yaml_file, found = read_yaml(root, relpath)
        problems.extend(found)
        if yaml_file is None:
            broken[relpath] = None
            unread.append(Unread(_first(found, relpath), "file"))
            return None
        result = validate_parts(model, yaml_file.data, yaml_file.positions)
        problems.extend(result.problems)
        unread.extend(result.unread)
        if result.model is None:
            broken[relpath] = yaml_file.data
            return None
        return Doc(relpath, result.model, result.positions, result.unread)

    config = load(CONFIG, Config)
    people = _load_all_people(root, config, problems)
    unread.extend(people.unread)
    files = [CONFIG]
    if exists_entry(root / PEOPLE):
        files.append(PEOPLE)
    strays = stray_files(root)
    problems.extend(strays)
    unread.extend(Unread(p.location, "folder") for p in strays if p.code == UNREADABLE.code)
    roadmaps: list[Doc[Roadmap]] = []
    pairs: list[Doc[PairsFile]] = []
    orders: list[Doc[Order]] = []
    for relpath in data_files(root):
        files.append(relpath)
        folder = relpath.split("/", 1)[0]
        if folder == "roadmaps":
            _append(roadmaps, load(relpath, Roadmap))
        elif folder == "pairs":
            _append(pairs, load(relpath, PairsFile))
        else:
            _append(orders, load(relpath, Order))
    reports: list[Doc[ReportForm]] = []
    for relpath in report_files(root):
        files.append(relpath)
        _append(reports, load(relpath, ReportForm))
    repo = Repository(
        root=root,
        config=config,
        people=people.entries,
        people_positions=people.positions,
        roadmaps=tuple(roadmaps),
        pairs=tuple(pairs),
        orders=tuple(orders),
        reports=tuple(reports),
        broken_people=people.broken,
        people_complete=people.complete,
        people_sources=people.sources,
        files=tuple(files),
        broken_files=frozenset(broken),
        broken_order_numbers=_order_numbers(broken),
        unread=tuple(unread),
    )
    return repo, problems


_FOLDER_REFUSALS = {UNREADABLE.code, LINK_OUTSIDE.code, LINK_BROKEN.code, NOT_REGULAR.code}


def _first(problems: list[Problem], relpath: str) -> Location:
    """Where a file that could not be read is reported (its first problem, or its top)."""
    return next((p.location for p in problems if p.location.path == relpath), Location(relpath))


def load_people(root: Path) -> tuple[PersonEntry, ...]:
    """Everyone of every file of people, as `load_repository` reads them, without reading the
    roadmaps, pairs and orders (an edit that only needs to recognise people)."""
    config = None
    yaml_file, _ = read_yaml(root, CONFIG)
    if yaml_file is not None:
        result = validate_parts(Config, yaml_file.data, yaml_file.positions)
        if result.model is not None:
            config = Doc(CONFIG, result.model, result.positions, result.unread)
    return _load_all_people(root, config, []).entries


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


@dataclass(frozen=True)
class _People:
    entries: tuple[PersonEntry, ...] = ()
    positions: Positions | None = None
    broken: tuple[PersonEntry, ...] = ()
    complete: bool = False
    sources: dict[str, Positions] = field(default_factory=dict)
    unread: tuple[Unread, ...] = ()


def people_files(root: Path, config: Doc[Config] | None) -> list[tuple[str, Location | None]]:
    """The files of people: people.yaml of the root (if there is one), those mentorkit.yaml
    names in «people:» (from the root), and those of MENTORKIT_PEOPLE; each with where it is
    named (None for people.yaml itself). A file outside the repository is named by its path."""
    named: list[tuple[str, Location | None]] = []
    if exists_entry(root / PEOPLE):
        named.append((PEOPLE, None))
    if config is not None:
        many = len(config.model.people) > 1
        for i, path in enumerate(config.model.people):
            where = config.at("people", i) if many else config.at("people")
            named.append((_source(root, root / path), where))
    variable = os.environ.get(PEOPLE_VARIABLE, "")
    for path in filter(None, variable.split(os.pathsep)):
        named.append((_source(root, Path(path).expanduser()), Location(PEOPLE_VARIABLE)))
    unique: dict[str, Location | None] = {}
    for source, named_at in named:
        unique.setdefault(source, named_at)
    return list(unique.items())


def _source(root: Path, path: Path) -> str:
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(resolved)


def _load_all_people(root: Path, config: Doc[Config] | None, problems: list[Problem]) -> _People:
    """Everyone of every file of people, numbered through; complete only where every file was
    read."""
    files = people_files(root, config)
    if not files:
        return _People()
    entries: list[PersonEntry] = []
    broken: list[PersonEntry] = []
    unread: list[Unread] = []
    sources: dict[str, Positions] = {}
    complete = True
    main: Positions | None = None
    offset = 0
    for source, where in files:
        named_by_config = where is not None and where.path == CONFIG
        if named_by_config and Path(source).is_absolute():
            refused = _outside_refusal(Path(source))
            if refused is not None:
                assert where is not None
                problems.append(PEOPLE_FILE_REFUSED.at(where, f"файл людей {source} {refused}"))
                complete = False
                continue
        if where is not None and not Path(root, source).is_file():
            problems.append(
                PEOPLE_FILE_OUTSIDE.at(
                    where,
                    f"файла людей {source} нет (или это не файл): проверьте путь — без него "
                    "документы, называющие людей, не формируются",
                )
            )
            complete = False
            continue
        if named_by_config and Path(source).is_absolute():
            # A pull request may point «people:» at any file of the machine: what it holds is
            # never quoted back, only where and what kind of problem.
            found: list[Problem] = []
            part = _load_people(root, found, source)
            problems.extend(_without_content(found, source))
        else:
            part = _load_people(root, problems, source)
        if part.positions is not None:
            sources[source] = part.positions
        if source == PEOPLE:
            main = part.positions
        entries += [_renumber(e, source, offset) for e in part.entries]
        broken += [_renumber(e, source, offset) for e in part.broken]
        offset += max((e.index for e in (*part.entries, *part.broken)), default=-1) + 1
        complete = complete and part.complete
        unread += part.unread
    return _People(tuple(entries), main, tuple(broken), complete, sources, tuple(unread))


PEOPLE_OUTSIDE_MAX_BYTES = 2 * 1024 * 1024
"""A file of people outside the repository is read up to this size (thousands of people fit)."""


def _outside_refusal(path: Path) -> str | None:
    """Why a file of people outside the repository that mentorkit.yaml names is not read (the
    path already resolved, links followed): it must be a regular YAML file of a bounded size."""
    if not _is_yaml(path.name):
        return (
            "не прочитан: вне репозитория mentorkit читает только файлы .yaml и .yml — "
            "укажите в «people:» файл людей YAML"
        )
    try:
        info = os.stat(path)
    except OSError:
        return None  # missing: said below, as for any file of people that is not there
    if not stat.S_ISREG(info.st_mode):
        return "не прочитан: это не обычный файл — укажите в «people:» файл людей YAML"
    if info.st_size > PEOPLE_OUTSIDE_MAX_BYTES:
        return (
            f"не прочитан: он больше {PEOPLE_OUTSIDE_MAX_BYTES // 1024 // 1024} МБ — это не "
            "файл людей; проверьте путь в «people:»"
        )
    return None


def _without_content(problems: list[Problem], source: str) -> list[Problem]:
    """The problems of a file outside the repository, each with its place and the kind of
    problem only: no value, key or line of the file is quoted."""
    result = []
    for problem in problems:
        if problem.location.path != source:
            result.append(problem)
            continue
        code = CODES.get(problem.code)
        kind = code.title if code is not None else "ошибка"
        result.append(
            replace(
                problem,
                message=f"{kind} — исправьте этот файл людей (он вне репозитория, и mentorkit не "
                "показывает в сообщениях, что в нём написано)",
            )
        )
    return result


def _renumber(entry: PersonEntry, source: str, offset: int) -> PersonEntry:
    return PersonEntry(entry.index + offset, entry.person, source, entry.index)


def _load_people(root: Path, problems: list[Problem], source: str = PEOPLE) -> _People:
    """People are validated one by one, so that one broken entry does not hide all the others."""
    if not exists_entry(root / source):
        return _People()
    # A file of people named outside the repository (mentorkit.yaml «people:» or
    # MENTORKIT_PEOPLE) is read where it is: keeping minors out of git is why it is there.
    yaml_file, found = read_yaml(root, source, outside_ok=Path(source).is_absolute())
    problems.extend(found)
    whole = (Unread(_first(found, source), "file"),)
    if yaml_file is None:
        return _People(unread=whole)
    data, positions = yaml_file.data, yaml_file.positions
    if not isinstance(data, dict):
        problems.append(
            WRONG_VALUE.at(
                positions.at(), "people.yaml — словарь с полем «people:» и списком людей"
            )
        )
        return _People(positions=positions, unread=whole)
    outer = {key: value for key, value in data.items() if key != "people"}
    _, found = validate(PeopleFile, outer, positions)
    problems.extend(found)
    if "people" not in data:
        problems.append(MISSING_FIELD.at(positions.at(), "нет поля «people» со списком людей"))
        return _People(positions=positions)
    raw: Any = data["people"]
    if raw is None:
        problems.append(
            MISSING_FIELD.at(
                positions.at("people", key=True),
                "список «people» пуст: добавьте людей (- name: Фамилия Имя Отчество)",
            )
        )
        return _People(positions=positions)
    if not isinstance(raw, list):
        problems.append(
            WRONG_VALUE.at(
                positions.at("people"),
                "поле «people»: ожидался список людей, каждый с «- name: …»",
            )
        )
        return _People(positions=positions, unread=whole)
    whole_list, found = validate(PeopleFile, {"people": raw}, positions)
    if whole_list is not None:
        # every entry valid (most files): what one by one gives, in one call
        everyone = tuple(PersonEntry(i, person) for i, person in enumerate(whole_list.people))
        return _People(everyone, positions, complete=True)
    entries: list[PersonEntry] = []
    broken: list[PersonEntry] = []
    unread: list[Unread] = []
    for index, item in enumerate(raw):
        parsed, found = validate(
            PeopleFile, {"people": [item]}, positions, shift=partial(_shift, index=index)
        )
        problems.extend(found)
        if parsed is not None:
            entries.append(PersonEntry(index, parsed.people[0]))
            continue
        # Only the place and the number: a person's name is printed where a task needs it.
        unread.append(
            Unread(
                positions.at("people", index),
                "person",
                ("people", index),
                (),
                f"запись {index + 1} списка people",
            )
        )
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            ident = item.get("id") if isinstance(item.get("id"), str) else None
            broken.append(PersonEntry(index, Person.model_construct(name=item["name"], id=ident)))
    return _People(tuple(entries), positions, tuple(broken), complete=True, unread=tuple(unread))


def _shift(loc: tuple[str | int, ...], index: int) -> tuple[str | int, ...]:
    """One person validated alone stands at `people[0]`: put it back at `people[index]`."""
    if len(loc) >= 2 and loc[0] == "people" and loc[1] == 0:
        return ("people", index, *loc[2:])
    return loc
