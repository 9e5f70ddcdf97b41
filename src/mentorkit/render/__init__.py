"""`mentorkit render`: orders, roadmaps and individual plans as .docx (and PDF).

The flow: load the repository → build each document's context (documents.py, with names
declined by names.py and people checked by cast.py) → find its template (templates.py) → fill
it (docx.py, in a child process with limits: child.py) and lay it out by the profile
(layout.py) → write it (output.py) → convert to PDF (pdf.py).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mentorkit.errors import (
    ConversionError,
    Interrupted,
    OutputError,
    RenderRefused,
    UsageError,
)
from mentorkit.folders import folder_instead_of_file
from mentorkit.load.root import find_root, relative_in
from mentorkit.records import dataclass
from mentorkit.render.child import Filler

if TYPE_CHECKING:
    from mentorkit.load.repository import Repository
    from mentorkit.model.config import DocumentProfile
    from mentorkit.problems import Problem
    from mentorkit.render.documents import Prepared
    from mentorkit.render.templates import Template

# The loader, the models and the documents are imported where they are used, not here: `render`
# starts the child that fills the documents (render/child.py) before it reads the repository,
# and a child forked before pydantic and the models are imported imports docxtpl while the
# parent imports them, instead of after.

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


_FILE_OF = {
    "order": ("файл приказа", "orders"),
    "plan": ("файл дорожной карты", "roadmaps"),
    "pair": ("файл пар", "pairs"),
}
"""What each kind of document is made from, and the folder where such files live."""


def _relative(path: Path, root: Path, kind: Kind) -> str:
    relpath = relative_in(root, path)
    if relpath is None:
        raise UsageError(f"файл {path} лежит вне репозитория {root}")
    if os.path.isdir(path):
        what, folder = _FILE_OF[kind]
        raise folder_instead_of_file(path, what, usual=root / folder)
    if not os.path.lexists(path):
        raise UsageError(f"файла {path} нет", hint="проверьте путь к файлу YAML")
    return relpath


def _likely_templates(kind: Kind, root: Path) -> tuple[str, ...]:
    """The packaged template documents of `kind` take unless the repository has its own
    (templates/order.docx, templates/order-<вид>.docx): the child opens it ahead. A guess only:
    whatever template a document takes, it is filled the same."""
    from mentorkit.render.templates import FOLDER

    try:
        own = os.listdir(root / FOLDER)
    except OSError:
        own = []
    if any(name == f"{kind}.docx" or name.startswith(f"{kind}-") for name in own):
        return ()
    return (f"{kind}.docx",)


def _profile(repo: Repository) -> tuple[DocumentProfile, set[str]]:
    """The document profile and the fields mentorkit.yaml sets explicitly."""
    from mentorkit.model.config import DocumentProfile

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
    today: date | None = None,
) -> list[Prepared]:
    """The documents one file gives: one order, one plan, or the plans of the chosen pairs."""
    from mentorkit.render.documents import prepare_pairs, prepare_plan
    from mentorkit.render.orders import prepare_order

    if kind == "order":
        return [prepare_order(repo, problems, path, public, today=today)]
    if kind == "plan":
        return [prepare_plan(repo, problems, path, public, today=today)]
    return prepare_pairs(repo, problems, path, who, public, today=today)


def render(
    kind: Kind,
    paths: list[Path],
    *,
    who: str | None = None,
    output: Path | None = None,
    public: bool = False,
    pdf: bool = False,
    today: date | None = None,
) -> RenderResult:
    """Render the documents of `paths` (order, roadmap or pairs files of one repository) and
    write them to `output` (a .docx file or a folder; by default documents/ of the repository),
    each with a PDF beside it when `pdf` is set. `today`: the day consent records are checked
    against (a consent dated later refuses the document, as `check` reports it)."""
    if not paths:
        raise UsageError(
            "не указан ни один файл", hint="например: mentorkit render order orders/146.yaml"
        )
    root = _root(paths)
    filler: Filler | None = None
    try:
        filler = Filler(_likely_templates(kind, root))
        with filler:
            rendered = _fill(kind, paths, root, filler, who=who, public=public, today=today)
    except KeyboardInterrupt:
        if filler is not None:
            filler.close(kill=True)  # stopped between starting it and entering it
        raise Interrupted("прервано: ни один документ не записан") from None
    targets = _targets([item for item, _, _ in rendered], root, output)
    if len(set(targets)) < len(targets):
        raise UsageError(
            "у двух документов выходит одно имя файла: формируйте их по одному с -o ИМЯ.docx"
        )
    from mentorkit.load.safepath import output_refusal

    for target in targets:
        outside = output_refusal(root, target)
        if outside is not None:
            raise OutputError(outside, hint="укажите в -o папку этого репозитория или вне его")
    from mentorkit.render.output import write_atomic

    written: list[Written] = []
    try:
        for (item, template, data), target in zip(rendered, targets, strict=True):
            write_atomic(target, data)
            written.append(Written(item.source, target, template.label))
    except OutputError as error:
        raise OutputError(error.message + _unwritten(written, targets, root), error.hint) from None
    except KeyboardInterrupt:
        raise Interrupted("прервано" + _unwritten(written, targets, root)) from None
    if pdf:
        written = _convert(written, root)
    return RenderResult(root, tuple(written))


def _fill(
    kind: Kind,
    paths: list[Path],
    root: Path,
    filler: Filler,
    *,
    who: str | None,
    public: bool,
    today: date | None,
) -> list[tuple[Prepared, Template, bytes]]:
    """Every document of `paths`, filled: refusals first (all at once), then each template."""
    from mentorkit.load.repository import load_repository
    from mentorkit.model.config import DocumentProfile
    from mentorkit.render.templates import find_template
    from mentorkit.render.views import COLUMN_TITLES

    repo, problems = load_repository(root)
    prepared: list[Prepared] = []
    refused: list[RenderRefused] = []
    for path in paths:
        try:
            prepared += prepare(
                kind, repo, problems, _relative(path, root, kind), who, public, today
            )
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
        document = f"«{item.filename}» из {item.source}"
        data = filler.fill(template, item.context, profile, fields, item.day, weights, document)
        rendered.append((item, template, data))
    return rendered


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _unwritten(written: list[Written], targets: list[Path], root: Path) -> str:
    """What a batch stopped half-way did write and what not, for its message."""
    if not written:
        return "\nНичего не записано." if len(targets) > 1 else ""
    done = ", ".join(_shown(entry.docx, root) for entry in written)
    left = ", ".join(_shown(target, root) for target in targets[len(written) :])
    return f"\nЗаписаны ({len(written)} из {len(targets)}): {done}.\nНе записаны: {left}."


def _convert(written: list[Written], root: Path) -> list[Written]:
    """The PDF of each written document; a failure says which .docx and PDF are there."""
    from mentorkit.render.pdf import convert_to_pdf

    done: list[Path] = []
    try:
        convert_to_pdf([entry.docx for entry in written], done=done)
    except (ConversionError, KeyboardInterrupt) as error:
        docx = ", ".join(_shown(entry.docx, root) for entry in written)
        pdfs = ", ".join(_shown(path, root) for path in done) or "ни один"
        state = f"\nЗаписаны .docx: {docx}.\nЗаписаны PDF: {pdfs}."
        if isinstance(error, KeyboardInterrupt):
            raise Interrupted("прервано" + state) from None
        raise ConversionError(error.message + state, error.hint) from None
    return [
        Written(entry.source, entry.docx, entry.template, pdf_path)
        for entry, pdf_path in zip(written, done, strict=True)
    ]
