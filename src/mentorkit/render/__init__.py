"""`mentorkit render`: orders, roadmaps and individual plans as .docx (and PDF).

The flow: load the repository → build each document's context (documents.py, with names
declined by names.py and people checked by cast.py) → find its template (templates.py) → fill
it (docx.py) and lay it out by the profile (layout.py) → write it (output.py) → convert to PDF
(pdf.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mentorkit.errors import OutputError, RenderRefused, UsageError
from mentorkit.load.repository import Repository, find_root, load_repository, relative_in
from mentorkit.load.safepath import output_refusal
from mentorkit.model.config import DocumentProfile
from mentorkit.problems import Problem
from mentorkit.render.documents import Prepared, prepare_pairs, prepare_plan
from mentorkit.render.docx import render_docx
from mentorkit.render.orders import prepare_order
from mentorkit.render.output import write_atomic
from mentorkit.render.pdf import convert_to_pdf
from mentorkit.render.templates import find_template
from mentorkit.render.views import COLUMN_TITLES

Kind = Literal["order", "plan", "pair"]

OUTPUT_FOLDER = "documents"
"""Where documents go by default: a folder of the repository, beside orders/ and roadmaps/."""

COLUMN_WEIGHTS: dict[str, float] = {
    "number": 0.7,
    "title": 3.2,
    "activities": 3.2,
    "deadline": 1.7,
    "responsible": 2.2,
    "co_responsible": 2.0,
    "document": 1.8,
    "result": 2.4,
    "indicators": 2.4,
}
"""Relative widths of the roadmap's columns."""


@dataclass(frozen=True)
class Written:
    """One document written: where, from what, with which template."""

    source: str
    docx: Path
    template: str
    pdf: Path | None = None


@dataclass(frozen=True)
class RenderResult:
    root: Path
    written: tuple[Written, ...]


def _root(paths: list[Path]) -> Path:
    roots = {find_root(path) for path in paths}
    if len(roots) > 1:
        raise UsageError(
            "файлы относятся к разным репозиториям: формируйте документы каждого отдельно "
            f"({', '.join(sorted(str(root) for root in roots))})"
        )
    return roots.pop()


def _relative(path: Path, root: Path) -> str:
    relpath = relative_in(root, path)
    if relpath is None:
        raise UsageError(f"файл {path} лежит вне репозитория {root}")
    if not os.path.lexists(path) or os.path.isdir(path):
        raise UsageError(f"файла {path} нет", hint="проверьте путь к файлу YAML")
    return relpath


def _profile(repo: Repository) -> tuple[DocumentProfile, set[str]]:
    """The document profile and the fields mentorkit.yaml sets explicitly."""
    if repo.config is None:
        return DocumentProfile(), set()
    config = repo.config.model
    explicit = (
        set(config.document.model_fields_set) if "document" in config.model_fields_set else set()
    )
    return config.document, explicit


def _targets(prepared: list[Prepared], root: Path, output: Path | None) -> list[Path]:
    if output is None:
        return [root / OUTPUT_FOLDER / item.filename for item in prepared]
    # A name without an extension is a folder: the command line drops a trailing slash.
    as_folder = output.is_dir() or str(output).endswith(("/", os.sep)) or not output.suffix
    if as_folder:
        return [output / item.filename for item in prepared]
    if len(prepared) > 1:
        raise UsageError(
            f"документов {len(prepared)}, а -o называет один файл ({output})",
            hint="укажите в -o папку (например, -o documents/) или формируйте по одному",
        )
    if output.suffix.lower() != ".docx":
        raise UsageError(
            f"-o {output}: документ записывается в формате .docx, имя должно кончаться на .docx",
            hint="PDF появится рядом с ним, если добавить --pdf",
        )
    return [output]


def prepare(
    kind: Kind,
    repo: Repository,
    problems: list[Problem],
    path: str,
    who: str | None,
    public: bool,
) -> list[Prepared]:
    """The documents one file gives: one order, one plan, or the plans of the chosen pairs."""
    if kind == "order":
        return [prepare_order(repo, problems, path, public)]
    if kind == "plan":
        return [prepare_plan(repo, problems, path, public)]
    return prepare_pairs(repo, problems, path, who, public)


def render(
    kind: Kind,
    paths: list[Path],
    *,
    who: str | None = None,
    output: Path | None = None,
    public: bool = False,
    pdf: bool = False,
) -> RenderResult:
    """Render the documents of `paths` (order, roadmap or pairs files of one repository) and
    write them to `output` (a .docx file or a folder; by default documents/ of the repository),
    each with a PDF beside it when `pdf` is set."""
    if not paths:
        raise UsageError(
            "не указан ни один файл", hint="например: mentorkit render order orders/146.yaml"
        )
    root = _root(paths)
    repo, problems = load_repository(root)
    prepared: list[Prepared] = []
    refused: list[RenderRefused] = []
    for path in paths:
        try:
            prepared += prepare(kind, repo, problems, _relative(path, root), who, public)
        except RenderRefused as error:
            refused.append(error)
    if len(paths) > 1 and refused:
        # Every refusal at once, so that one run shows all there is to fix.
        raise RenderRefused(
            "\n".join(error.message for error in refused)
            + f"\nНичего не записано: не сформировано документов — {len(refused)} "
            f"из {len(paths)}.",
            hint=refused[0].hint,
        )
    if refused:
        raise refused[0]
    profile, explicit = _profile(repo)
    weights = {
        tuple(COLUMN_TITLES[key] for key in doc.model.columns): tuple(
            COLUMN_WEIGHTS[key] for key in doc.model.columns
        )
        for doc in repo.roadmaps
    }
    rendered = []
    for item in prepared:
        template = find_template(root, item.templates)
        fields = set(DocumentProfile.model_fields) if not template.own else explicit
        data = render_docx(template, item.context, profile, fields, item.day, weights)
        rendered.append((item, template, data))
    targets = _targets(prepared, root, output)
    if len(set(targets)) < len(targets):
        raise UsageError(
            "у двух документов выходит одно имя файла: формируйте их по одному с -o ИМЯ.docx"
        )
    for target in targets:
        outside = output_refusal(root, target)
        if outside is not None:
            raise OutputError(outside, hint="укажите в -o папку этого репозитория или вне его")
    written = []
    for (item, template, data), target in zip(rendered, targets, strict=True):
        write_atomic(target, data)
        written.append(Written(item.source, target, template.label))
    if pdf:
        pdfs = convert_to_pdf([entry.docx for entry in written])
        written = [
            Written(entry.source, entry.docx, entry.template, pdf_path)
            for entry, pdf_path in zip(written, pdfs, strict=True)
        ]
    return RenderResult(root, tuple(written))
