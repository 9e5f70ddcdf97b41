"""Where an import's files go and writing them: every file of one document is checked before
any is written (an existing file is never replaced without --force), and each is written
whole through a temporary file; mentorkit.yaml and people.yaml are created only when absent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mentorkit.errors import UsageError
from mentorkit.importer.emit import (
    approval_yaml,
    config_yaml,
    order_yaml,
    people_yaml,
    roadmap_yaml,
)
from mentorkit.importer.failure import ImportFailed
from mentorkit.importer.result import Imported, Organization, PersonFound
from mentorkit.render.output import write_atomic


@dataclass(frozen=True)
class Planned:
    path: Path
    text: str
    what: str
    """«дорожная карта», «приказ»…, for the report."""


def _stem(result: Imported, fallback: str) -> str:
    if isinstance(result.period, dict):
        return f"{result.period['start'].year}-{result.period['end'].year}"
    if result.period:
        return result.period
    return re.sub(r"[^\w\-]+", "-", Path(fallback).stem).strip("-") or "roadmap"


def plan(result: Imported, root: Path, output: Path | None, taken: set[Path]) -> list[Planned]:
    """The files one document becomes: its roadmap and, for an order, the order."""
    if output is not None:
        roadmap = output
        if roadmap.suffix.lower() not in (".yaml", ".yml"):
            raise UsageError(
                f"-o {output}: дорожная карта записывается в файл .yaml, например "
                "roadmaps/2023-2024.yaml"
            )
    else:
        roadmap = _free(root / "roadmaps" / f"{_stem(result, result.source)}.yaml", taken)
    taken.add(roadmap.resolve())
    files = [Planned(roadmap, roadmap_yaml(result), "дорожная карта")]
    try:
        relative = roadmap.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = roadmap.as_posix()
    if result.order is not None:
        path = _order_path(root, result.order.number, result.order.date.year, taken)
        files.append(Planned(path, order_yaml(result, result.order, relative), "приказ"))
    elif result.approved_by is not None and not _order_known(root, result.approved_by[0]):
        number, day = result.approved_by
        path = _order_path(root, number, day.year, taken)
        files.append(
            Planned(
                path,
                approval_yaml(result, number, day, relative),
                "утвердивший приказ (номер и дата)",
            )
        )
    return files


def _order_path(root: Path, number: str, year: int, taken: set[Path]) -> Path:
    safe = re.sub(r"[^\w\-]+", "-", number).strip("-")
    path = _free(root / "orders" / f"{year}-{safe}-roadmap.yaml", taken)
    taken.add(path.resolve())
    return path


def _order_known(root: Path, number: str) -> bool:
    """An order with this number is in orders/ already (the user's own file)."""
    pattern = re.compile(rf"^number:\s*[\"']?{re.escape(number)}[\"']?\s*$", re.MULTILINE)
    folder = root / "orders"
    if not folder.is_dir():
        return False
    for path in folder.glob("*.y*ml"):
        try:
            if pattern.search(path.read_text(encoding="utf-8", errors="replace")):
                return True
        except OSError:
            continue
    return False


def _free(path: Path, taken: set[Path]) -> Path:
    """The path, or path-2, path-3… when another document of this run already took it."""
    candidate, number = path, 2
    while candidate.resolve() in taken:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def write(files: list[Planned], force: bool) -> None:
    """All of them, or none when one exists already (unless `force`)."""
    existing = [f.path for f in files if f.path.exists()]
    if existing and not force:
        shown = ", ".join(str(p) for p in existing)
        raise ImportFailed(
            f"уже есть {shown}: импорт не записан, чтобы не потерять ваши правки",
            "укажите другой файл (-o) или добавьте --force, чтобы заменить",
        )
    for planned in files:
        if planned.path.is_dir():
            raise ImportFailed(f"{planned.path}: это папка, а нужен файл")
    for planned in files:
        text = "\n".join(line.rstrip() for line in planned.text.split("\n"))
        write_atomic(planned.path, text.encode("utf-8"))


def repository_files(
    root: Path, organization: Organization | None, source: str, people: list[PersonFound]
) -> tuple[list[Path], list[str]]:
    """mentorkit.yaml and people.yaml, each only when absent: a user's file is never touched.
    Returns what was written and the notes about what was not."""
    written: list[Path] = []
    notes: list[str] = []
    config = root / "mentorkit.yaml"
    if config.exists():
        notes.append(f"{config} уже есть — не изменён")
    else:
        write_atomic(config, config_yaml(organization, source).encode("utf-8"))
        written.append(config)
        if organization is None:
            notes.append(
                f"{config}: наименование организации в документе не найдено — впишите его в "
                "organization.name"
            )
        elif organization.guessed:
            notes.append(
                f"{config}: бланка в документе нет, наименование организации «{organization.name}» "
                "взято из грифа или заголовка — проверьте его"
            )
    register = root / "people.yaml"
    if register.exists():
        if people:
            names = ", ".join(p.ref for p in people)
            notes.append(
                f"{register} уже есть — не изменён; если кого-то из названных в документе там "
                f"нет, добавьте сами: {names}"
            )
    else:
        write_atomic(register, people_yaml(people).encode("utf-8"))
        written.append(register)
    return written, notes
