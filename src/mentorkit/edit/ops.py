"""The routine changes a curator makes from the command line: an item done, a meeting held or
planned, a person, an item or a pair added. Each finds its target in the file as read under the
lock, splices the change in (see `yamltext`), and checks the new file against its model before
it is written."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from mentorkit.deadlines import ScheduleKind, read_deadline
from mentorkit.edit.files import edit_file, read_text
from mentorkit.edit.yamltext import EditError, Key, YamlText
from mentorkit.folders import folder_instead_of_file
from mentorkit.gcpause import paused
from mentorkit.load.repository import (
    PEOPLE,
    PersonEntry,
    data_files,
    load_people,
    load_repository,
)
from mentorkit.load.validate import validate
from mentorkit.load.yamlfile import YamlFile, parse_yaml
from mentorkit.model import STAGES, Item, NumberedItem, PairsFile, Person, Roadmap
from mentorkit.model.people import PeopleFile
from mentorkit.names import gender_of, message_name
from mentorkit.problems import Problem
from mentorkit.refs import PeopleIndex, normalize, short_name
from mentorkit.shown import ref_shown, text_shown

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Edited:
    """What an edit did: the file, its text before and after, and a sentence saying it."""

    path: str
    before: str
    after: str
    message: str
    people: PeopleIndex | None = None
    """Whom the file's lines may name: the changed lines are shown with a minor by initials and
    class, as every message names them."""

    @property
    def changed(self) -> bool:
        return self.before != self.after


_READ: dict[tuple[str, type[BaseModel]], tuple[str, BaseModel]] = {}
"""The last model read of each file: the file is read to find the target, then again under the
lock; when the text under the lock is the same, it is not parsed a second time."""


def _read_model(text: str, relpath: str, model: type[M]) -> M:
    """The file's model; a file that does not read or validate is not edited."""
    known = _READ.get((relpath, model))
    if known is not None and known[0] == text and isinstance(known[1], model):
        return known[1]
    found = _parse_model(text, relpath, model)
    _READ.clear()  # one file at a time: a model of a large file is not kept for nothing
    _READ[(relpath, model)] = (text, found)
    return found


def _parse_model(text: str, relpath: str, model: type[M]) -> M:
    parsed, problems = parse_yaml(text, relpath)
    return _valid(parsed, problems, relpath, model)


def _valid(parsed: YamlFile | None, problems: list[Problem], relpath: str, model: type[M]) -> M:
    if parsed is not None and not problems:
        result, problems = validate(model, parsed.data, parsed.positions)
        if result is not None:
            return result
    shown = "; ".join(f"{p.location}: {p.message}" for p in problems[:3])
    raise EditError(
        f"{relpath} содержит ошибки, поэтому mentorkit его не правит: {shown}",
        hint=f"исправьте их (mentorkit check {relpath}) и повторите команду",
    )


def _apply(
    root: Path,
    relpath: str,
    model: type[M],
    plan: Callable[[M, YamlText], str],
    people: PeopleIndex | None = None,
) -> Edited:
    """Read `relpath` under the lock, let `plan` splice the change, check and write it.
    `plan` returns the sentence that says what was done."""
    said: list[str] = []

    def change(text: str) -> str:
        current = _read_model(text, relpath, model)
        editor = YamlText(text)
        said.append(plan(current, editor))
        if not editor.splices:
            return text
        new = editor.result()
        read = editor.read_back
        assert read is not None
        _valid(YamlFile(read.data, replace(read.positions, path=relpath)), [], relpath, model)
        return new

    before, after = edit_file(root / relpath, relpath, change)
    return Edited(relpath, before, after, said[-1] if said else "", people)


def _file(root: Path, option: str, given: str | None, folder: str, found: list[str]) -> str:
    """The file an edit changes: the one named (from the current folder or the root), or the
    only one of its folder."""
    if given:
        for path in (Path(given), root / given):
            try:
                rel = path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                continue
            if rel in found:
                return rel
        if Path(given).is_dir() or (root / given).is_dir():
            what = "файл дорожной карты" if folder == "roadmaps" else "файл пар"
            where = Path(given) if Path(given).is_dir() else root / given
            error = folder_instead_of_file(where, what, option=f"{option}:", usual=root / folder)
            raise EditError(error.message, error.hint)
        listed = ", ".join(found) or "нет ни одного"
        raise EditError(f"{option}: файла «{given}» нет среди файлов {folder}/ ({listed})")
    if len(found) == 1:
        return found[0]
    if not found:
        raise EditError(
            f"в репозитории нет файлов {folder}/*.yaml",
            hint=f"создайте его (mentorkit init создаёт образец) или укажите {option}",
        )
    raise EditError(f"в {folder}/ несколько файлов ({', '.join(found)}): укажите нужный в {option}")


def _folder_files(files: Iterable[str], folder: str) -> list[str]:
    return [f for f in files if f.startswith(f"{folder}/")]


def _searched(root: Path, option: str, given: str | None, folder: str) -> list[str]:
    """The files to look for a target in: the one named, else all of the folder (at least one).
    Only the folder is listed: an edit of one file does not read the whole repository."""
    found = _folder_files(data_files(root), folder)
    if given or not found:
        return [_file(root, option, given, folder, found)]
    return found


# ---- items ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    path: str
    item: NumberedItem


def _items(text: str, relpath: str) -> tuple[Roadmap, list[NumberedItem]]:
    from mentorkit.model import numbered_items

    roadmap = _read_model(text, relpath, Roadmap)
    return roadmap, numbered_items(roadmap)


def _echo(text: str, people: PeopleIndex | None) -> str:
    """What the curator typed, said back: a minor in it by initials and class."""
    return text_shown(text, people) if people is not None else text


def _short_title(title: str, width: int = 60, people: PeopleIndex | None = None) -> str:
    """The title on one line, cut to `width`; whoever it names shown as messages show them
    (before it is cut: a cut name is not found any more)."""
    title = text_shown(title, people) if people is not None else " ".join(title.split())
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"


def find_item(candidates: list[_Found], ref: str, people: PeopleIndex | None = None) -> _Found:
    """The item a curator names: by its number («1.2») or by a unique part of its title."""
    wanted = ref.strip().rstrip(".")
    several_files = len({c.path for c in candidates}) > 1

    def shown(found: _Found) -> str:
        where = f" ({found.path})" if several_files else ""
        return f"{found.item.number} «{_short_title(found.item.item.title, people=people)}»{where}"

    if re.fullmatch(r"\d+(\.\d+)*", wanted):
        hits = [c for c in candidates if c.item.number == wanted]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise EditError(
                f"пункт {wanted} есть в нескольких дорожных картах: "
                f"{'; '.join(shown(h) for h in hits)}",
                hint="укажите дорожную карту: --roadmap roadmaps/ИМЯ.yaml",
            )
        numbers = [c.item.number for c in candidates]
        close = difflib.get_close_matches(wanted, numbers, n=3, cutoff=0.5)
        span = f"пункты — с {numbers[0]} по {numbers[-1]}" if numbers else "пунктов нет"
        maybe = f"; возможно, {', '.join(close)}" if close else ""
        raise EditError(
            f"пункта {wanted} нет ({span}{maybe})",
            hint="номера пунктов показывает mentorkit status --all",
        )
    needle = normalize(wanted).lower()
    hits = [c for c in candidates if needle and needle in normalize(c.item.item.title).lower()]
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = "; ".join(shown(h) for h in hits[:8])
        more = f" и ещё {len(hits) - 8}" if len(hits) > 8 else ""
        raise EditError(
            f"«{_echo(wanted, people)}» есть в названиях нескольких пунктов: {listed}{more}",
            hint="укажите номер пункта (например, mentorkit done "
            f"{hits[0].item.number}) или часть названия подлиннее",
        )
    titles = {normalize(c.item.item.title).lower(): c for c in candidates}
    close = difflib.get_close_matches(needle, list(titles), n=3, cutoff=0.4)
    words = [
        c
        for c in candidates
        if any(w in normalize(c.item.item.title).lower() for w in needle.split() if len(w) > 4)
    ]
    suggestions = [titles[c] for c in close] or words[:3]
    maybe = f"; возможно: {'; '.join(shown(s) for s in suggestions)}" if suggestions else ""
    raise EditError(
        f"пункта с «{_echo(wanted, people)}» в названии нет{maybe}",
        hint="укажите номер пункта или часть его названия, как в дорожной карте",
    )


def _roadmap_candidates(root: Path, files: list[str]) -> list[_Found]:
    found: list[_Found] = []
    for relpath in files:
        _, text = read_text(root / relpath, relpath)
        _, items = _items(text, relpath)
        found.extend(_Found(relpath, item) for item in items)
    return found


@paused
def mark_done(
    root: Path,
    ref: str,
    day: date,
    today: date,
    evidence: str | None = None,
    roadmap: str | None = None,
) -> Edited:
    """Record that roadmap item `ref` was done on `day` (with the evidence, if given)."""
    if day > today:
        raise EditError(
            f"дата выполнения {day:%d.%m.%Y} позже сегодняшней ({today:%d.%m.%Y}): "
            "отметить можно только то, что уже сделано",
            hint="проверьте --date",
        )
    files = _searched(root, "--roadmap", roadmap, "roadmaps")
    people = PeopleIndex(load_people(root))
    target = find_item(_roadmap_candidates(root, files), ref, people)
    keys = target.item.keys

    def plan(model: Roadmap, editor: YamlText) -> str:
        from mentorkit.model import numbered_items

        numbered = next(n for n in numbered_items(model) if n.keys == keys)
        item: Item = numbered.item
        name = f"{numbered.number} «{_short_title(item.title, people=people)}»"
        if item.cancelled:
            reason = text_shown(item.cancelled, people)
            raise EditError(f"пункт {name} отменён ({reason}): выполнить его нельзя")
        path: tuple[Key, ...] = tuple(keys)
        if day in item.done:
            said = f"пункт {name} уже отмечен выполненным {day:%d.%m.%Y}"
        else:
            schedule = read_deadline(item.deadline, model.period) if item.deadline else None
            allowed = max(1, len(schedule.occurrences) if schedule else 0)
            if len(item.done) >= allowed:
                dates = ", ".join(f"{d:%d.%m.%Y}" for d in item.done)
                raise EditError(
                    f"пункт {name} уже отмечен выполненным ({dates}), а сроков у него "
                    f"{allowed}: ещё одна дата была бы лишней",
                    hint="если дата неверна, исправьте её в файле",
                )
            if editor.has(*path, "done") and _is_list(editor, (*path, "done")):
                editor.insert((*path, "done"), None, day)
            elif not item.done:
                editor.set(path, "done", day)
            else:
                editor.set(path, "done", [*item.done, day])
            said = f"пункт {name} отмечен выполненным {day:%d.%m.%Y}"
        if evidence and evidence.strip() != (item.evidence or ""):
            editor.set(path, "evidence", evidence.strip())
            said += f"; подтверждение: {text_shown(evidence, people)}"
        return said

    return _apply(root, target.path, Roadmap, plan, people)


def _is_list(editor: YamlText, path: tuple[Key, ...]) -> bool:
    from ruamel.yaml.nodes import SequenceNode

    return isinstance(editor.node(*path), SequenceNode)


# ---- meetings -------------------------------------------------------------------------------

_STAGE_WORDS = {
    "встреча-знакомство": "знакомство",
    "пробная встреча": "пробная",
    "встреча-планирование": "планирование",
    "совместная работа": "работа",
    "регулярная": "работа",
    "итоговая встреча": "итоговая",
    "заключительная": "итоговая",
}


def parse_stage(text: str) -> str:
    word = " ".join(text.strip().lower().replace("ё", "е").split())
    if word in STAGES:
        return word
    if word in _STAGE_WORDS:
        return _STAGE_WORDS[word]
    starts = [s for s in STAGES if s.startswith(word)] if len(word) >= 3 else []
    if len(starts) == 1:
        return starts[0]
    close = difflib.get_close_matches(word, STAGES, n=1, cutoff=0.6)
    stage = close[0] if close else "работа"
    raise EditError(
        f"этапа «{text}» нет; этапы по порядку: {', '.join(f'«{s}»' for s in STAGES)}"
        + (f" — возможно, «{stage}»?" if close else ""),
        hint=f"например: mentorkit meeting Петрова {stage} --date ГГГГ-ММ-ДД",
    )


@dataclass(frozen=True)
class _PairFound:
    path: str
    index: int
    mentor: str
    mentees: tuple[str, ...]


def _person_shown(ref: str, people: PeopleIndex) -> str:
    """A person in a message: surname and initials; a minor only by initials and class."""
    return ref_shown(ref, people)


def _pair_shown(pair: _PairFound, people: PeopleIndex, several_files: bool) -> str:
    mentees = ", ".join(_person_shown(m, people) for m in pair.mentees)
    where = f" в {pair.path}" if several_files else ""
    return f"пара {pair.index + 1}{where}: {_person_shown(pair.mentor, people)} → {mentees}"


def find_pair(candidates: list[_PairFound], ref: str, people: PeopleIndex) -> _PairFound:
    """The pair a curator names: by its number in the file («2») or by the mentor's or a
    mentee's name («Петрова», «Петрова А.А.»); a name that fits several pairs is refused."""
    several = len({c.path for c in candidates}) > 1
    wanted = ref.strip()
    if wanted.isdigit():
        hits = [c for c in candidates if c.index + 1 == int(wanted)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise EditError(
                f"пара {wanted} есть в нескольких файлах пар ({', '.join(h.path for h in hits)})",
                hint="укажите файл: --pairs pairs/ИМЯ.yaml",
            )
        raise EditError(
            f"пары {wanted} нет: пар {len(candidates)}",
            hint="пары по номерам показывает mentorkit status",
        )
    named = {entry.index for entry in people.resolve(wanted)}
    needle = normalize(wanted).lower()

    def fits(ref_text: str) -> bool:
        entries = people.resolve(ref_text)
        if named and any(e.index in named for e in entries):
            return True
        texts = [ref_text, *(e.person.name for e in entries)]
        return not named and any(needle in normalize(t).lower() for t in texts)

    hits = [c for c in candidates if any(fits(r) for r in (c.mentor, *c.mentees))]
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = "; ".join(_pair_shown(h, people, several) for h in hits)
        raise EditError(
            f"«{text_shown(wanted, people)}» есть в нескольких парах: {listed}",
            hint="укажите номер пары (mentorkit meeting 2 …) или наставляемого",
        )
    names = sorted({short_name(e.person.name) for e in people.people if not e.person.is_minor})
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
    maybe = f"; возможно: {', '.join(close)}" if close else ""
    raise EditError(
        f"пары с «{text_shown(wanted, people)}» нет{maybe}",
        hint="укажите номер пары или фамилию наставника или наставляемого",
    )


@paused
def record_meeting(
    root: Path,
    pair_ref: str,
    stage_text: str,
    day: date,
    today: date,
    done: bool = False,
    topic: str | None = None,
    pairs: str | None = None,
) -> Edited:
    """Plan a meeting of a pair, or record that it was held (`done`).

    A meeting of the stage on that day is updated; a meeting of a one-time stage (all but
    «работа») on another day is moved to `day`; otherwise a new meeting is put in its place
    by stage and date.
    """
    stage = parse_stage(stage_text)
    if done and day > today:
        raise EditError(
            f"встреча {day:%d.%m.%Y} ещё не наступила (сегодня {today:%d.%m.%Y}): "
            "отметить проведённой её нельзя",
            hint="запланируйте её без --done, а после встречи отметьте",
        )
    files = _searched(root, "--pairs", pairs, "pairs")
    people = PeopleIndex(load_people(root))
    candidates: list[_PairFound] = []
    for relpath in files:
        _, text = read_text(root / relpath, relpath)
        model = _read_model(text, relpath, PairsFile)
        candidates += [
            _PairFound(relpath, i, p.mentor, p.mentees) for i, p in enumerate(model.pairs)
        ]
    target = find_pair(candidates, pair_ref, people)
    who = _pair_shown(target, people, False)

    def plan(model: PairsFile, editor: YamlText) -> str:
        pair = model.pairs[target.index]
        base: tuple[Key, ...] = ("pairs", target.index, "meetings")
        order = STAGES.index(stage)
        same = [i for i, m in enumerate(pair.meetings) if m.stage == stage and m.date == day]
        moved = [i for i, m in enumerate(pair.meetings) if m.stage == stage]
        what = f"«{stage}» {day:%d.%m.%Y}"
        if same or (moved and stage != "работа"):
            index = (same or moved)[0]
            meeting = pair.meetings[index]
            notes = []
            if meeting.date != day:
                editor.set((*base, index), "date", day)
                notes.append(f"перенесена с {meeting.date:%d.%m.%Y}")
            if done and not meeting.done:
                editor.set((*base, index), "done", True)
                notes.append("отмечена проведённой")
            if topic and topic.strip() != (meeting.topic or ""):
                editor.set((*base, index), "topic", topic.strip())
                notes.append(f"тема: {text_shown(topic, people)}")
            if not notes:
                return f"{who}: встреча {what} уже записана так"
            return f"{who}: встреча {what} — {', '.join(notes)}"
        entry: dict[str, Any] = {"stage": stage, "date": day}
        if done:
            entry["done"] = True
        if topic and topic.strip():
            entry["topic"] = topic.strip()
        position = next(
            (
                i
                for i, m in enumerate(pair.meetings)
                if (STAGES.index(m.stage), m.date) > (order, day)
            ),
            None,
        )
        editor.insert(base, position, entry)
        state = "проведена" if done else "запланирована"
        return f"{who}: встреча {what} {state}"

    return _apply(root, target.path, PairsFile, plan, people)


# ---- additions ------------------------------------------------------------------------------


@paused
def add_person(root: Path, person: dict[str, Any]) -> Edited:
    """Add a person to people.yaml; the same name (or id) twice is refused."""
    if not (root / PEOPLE).exists():
        raise EditError(
            "в репозитории нет people.yaml",
            hint="создайте его (people: []) или начните с mentorkit init",
        )
    Person.model_validate(person)  # the CLI's values are already checked: this is a guard

    def plan(model: PeopleFile, editor: YamlText) -> str:
        name = normalize(person["name"]).lower()
        for index, existing in enumerate(model.people):
            if normalize(existing.name).lower() == name and not (
                person.get("id") and person.get("id") != existing.id
            ):
                line = editor.line_of(editor.node("people", index))
                raise EditError(
                    f"{message_name(existing)} уже есть в people.yaml (строка {line})",
                    hint="если это другой человек с тем же ФИО, добавьте обоим id: (--id)",
                )
            if person.get("id") and existing.id == person["id"]:
                raise EditError(f"id «{person['id']}» уже занят: выберите другой")
        editor.insert(("people",), None, person)
        added_person = Person.model_validate(person)
        gender = gender_of(added_person)
        added = {"f": "добавлена", "m": "добавлен"}.get(gender or "", "добавлен(а)")
        return f"{message_name(added_person)} {added} в people.yaml"

    # The new entry is shown as any other: a minor's lines by initials and class.
    shown = PeopleIndex((PersonEntry(0, Person.model_validate(person)),))
    return _apply(root, PEOPLE, PeopleFile, plan, shown)


def _section_path(
    model: Roadmap, ref: str | None, people: PeopleIndex | None = None
) -> tuple[tuple[Key, ...], str]:
    """Where a new item goes: the items of the section named by number or title part."""
    options: list[tuple[str, str, tuple[Key, ...]]] = []
    for s_index, section in enumerate(model.sections):
        s_number = (section.number or str(s_index + 1)).rstrip(".")
        options.append((s_number, section.title, ("sections", s_index, "items")))
        for ss_index, sub in enumerate(section.sections):
            ss_number = (sub.number or f"{s_number}.{ss_index + 1}").rstrip(".")
            options.append(
                (ss_number, sub.title, ("sections", s_index, "sections", ss_index, "items"))
            )
    listed = "; ".join(f"{n} «{_short_title(t, 40, people)}»" for n, t, _ in options)
    if ref is None:
        if not options:
            return ("items",), "без раздела"
        raise EditError(
            f"в дорожной карте есть разделы: укажите раздел в --section ({listed})",
        )
    wanted = ref.strip().rstrip(".")
    hits = [o for o in options if o[0] == wanted]
    if not hits:
        needle = normalize(wanted).lower()
        hits = [o for o in options if needle in normalize(o[1]).lower()]
    if len(hits) == 1:
        return hits[0][2], f"раздел {hits[0][0]}"
    if hits:
        raise EditError(
            f"«{_echo(wanted, people)}» подходит нескольким разделам: укажите номер ({listed})"
        )
    raise EditError(f"раздела «{_echo(wanted, people)}» нет; разделы: {listed or 'нет ни одного'}")


@paused
def add_item(
    root: Path, item: dict[str, Any], section: str | None = None, roadmap: str | None = None
) -> Edited:
    """Add an item at the end of a roadmap's section."""
    relpath = _file(
        root, "--roadmap", roadmap, "roadmaps", _folder_files(data_files(root), "roadmaps")
    )
    Item.model_validate(item)
    people = PeopleIndex(load_people(root))

    def plan(model: Roadmap, editor: YamlText) -> str:
        deadline = item.get("deadline")
        if deadline:
            schedule = read_deadline(deadline, model.period)
            if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
                raise EditError(
                    f"срок «{deadline}» не понят: {schedule.reason}",
                    hint=f'посмотрите, как mentorkit читает сроки: mentorkit deadline "{deadline}"',
                )
        path, where = _section_path(model, section, people)
        editor.insert(path, None, item)
        count = len(editor.expected_list(path))
        number = _new_number(model, path, count)
        return f"пункт {number} «{_short_title(item['title'], people=people)}» добавлен ({where})"

    return _apply(root, relpath, Roadmap, plan, people)


def _new_number(model: Roadmap, path: tuple[Key, ...], count: int) -> str:
    from mentorkit.model import numbered_items

    if path == ("items",):
        return str(count)
    prefix = ""
    for n in numbered_items(model):
        if n.keys[: len(path)] == path:
            prefix = n.number.rsplit(".", 1)[0] + "." if "." in n.number else ""
    if not prefix:
        s_index = int(path[1])
        section = model.sections[s_index]
        prefix = (section.number or str(s_index + 1)).rstrip(".") + "."
        if len(path) > 3:
            ss = int(path[3])
            prefix = (section.sections[ss].number or f"{prefix}{ss + 1}").rstrip(".") + "."
    return f"{prefix}{count}"


@paused
def add_pair(root: Path, pair: dict[str, Any], pairs: str | None = None) -> Edited:
    """Add a pair (or group) to a pairs file; every person must be in people.yaml."""
    repo, _ = load_repository(root)
    relpath = _file(root, "--pairs", pairs, "pairs", _folder_files(repo.files, "pairs"))
    people = PeopleIndex(repo.people)
    for role, ref in [("наставник", pair["mentor"])] + [
        ("наставляемый", m) for m in pair["mentees"]
    ]:
        found = people.resolve(ref)
        if len(found) == 1:
            continue
        if found:
            raise EditError(
                f"{role} «{ref_shown(ref, people)}» подходит нескольким людям: "
                f"{', '.join(e.person.id or _apart(e.person) for e in found)}",
                hint="добавьте им id: в people.yaml и укажите id",
            )
        # A minor is offered by initials and class only, never by name.
        names = {short_name(e.person.name): message_name(e.person) for e in repo.people}
        close = difflib.get_close_matches(ref, list(names), n=2, cutoff=0.6)
        maybe = f"; возможно, {', '.join(names[c] for c in close)}" if close else ""
        raise EditError(
            f"{role} «{ref}» не найден в people.yaml{maybe}",
            hint='сначала добавьте человека: mentorkit add person --name "Фамилия Имя Отчество"',
        )
    if pair["mentor"] in pair["mentees"]:
        raise EditError("наставник указан среди своих наставляемых")
    if pair.get("order") and not repo.order_by_number(pair["order"]):
        raise EditError(
            f"приказа № {pair['order']} нет в orders/",
            hint="укажите номер приказа из orders/ или добавьте приказ",
        )

    def plan(model: PairsFile, editor: YamlText) -> str:
        editor.insert(("pairs",), None, pair)
        mentees = ", ".join(_person_shown(m, people) for m in pair["mentees"])
        number = len(model.pairs) + 1
        return (
            f"пара {number} добавлена в {relpath}: {_person_shown(pair['mentor'], people)} → "
            f"{mentees}"
        )

    return _apply(root, relpath, PairsFile, plan, people)


def _apart(person: Person) -> str:
    """How a message tells apart people who share a name: an adult by the full name, a minor by
    initials and class only."""
    return message_name(person) if person.is_minor else " ".join(person.name.split())
