"""From a loaded repository to the context of one document: what every document needs (the
organisation, the file it comes from, its default name), a roadmap's plan and a pair's individual
plan. Orders are in orders.py. Nothing here writes files or knows about .docx."""

from __future__ import annotations

import re
from datetime import date
from typing import NoReturn, TypeVar

from pydantic import BaseModel

from mentorkit.errors import RenderRefused, UsageError
from mentorkit.load.repository import Doc, Repository
from mentorkit.model import PairsFile
from mentorkit.problems import Problem, Severity
from mentorkit.records import dataclass
from mentorkit.refs import PeopleIndex
from mentorkit.render import grammar
from mentorkit.render.cast import Cast
from mentorkit.render.context import (
    DocumentKind,
    DocumentView,
    OrganizationView,
    TemplateContext,
)
from mentorkit.render.typography import typeset
from mentorkit.render.views import approval_mark, pair_view, roadmap_view
from mentorkit.words import plural

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Prepared:
    """A document ready to be rendered: which templates may serve it, what they are given, and
    the file name it gets by default."""

    kind: DocumentKind
    source: str
    """The YAML file it comes from, relative to the repository's root."""
    templates: tuple[str, ...]
    """Template names to look for, the most specific first: order-pairs.docx, order.docx."""
    context: TemplateContext
    filename: str
    """The default file name: «Приказ-150-от-25.09.2023.docx»."""
    day: date | None
    """The document's date (kept as the .docx's creation date, so output is reproducible)."""


def filename(*parts: str) -> str:
    text = "-".join(part for part in parts if part)
    return re.sub(r"[^\w.()«»№-]+", "-", text).strip("-.") + ".docx"


SHOWN_ERRORS = 20


def _errors_in(problems: list[Problem], *paths: str) -> list[str]:
    return [
        f"{problem.location}: {problem.message} ({problem.code})"
        for problem in problems
        if problem.severity == Severity.ERROR and problem.location.path in paths
    ]


def refuse_broken(what: str, problems: list[Problem], *paths: str) -> NoReturn:
    errors = _errors_in(problems, *paths)
    shown = errors[:SHOWN_ERRORS]  # 100,000 unknown keys are not a message to print whole
    body = "\n".join(f"  – {line}" for line in shown) if errors else "  – файл не прочитан"
    if len(errors) > len(shown):
        body += f"\n  … и ещё {len(errors) - len(shown)}: все — в «mentorkit check»"
    raise RenderRefused(
        f"{what} не сформирован: в файлах, из которых он составляется, ошибки:\n{body}",
        hint="исправьте их; «mentorkit check» покажет все проблемы репозитория",
    )


_KINDS = {
    "roadmaps": ("не дорожная карта: они", "roadmaps/2023-2024.yaml"),
    "pairs": ("не файл пар: они", "pairs/2023-2024.yaml"),
    "orders": ("не приказ: приказы", "orders/146.yaml"),
}


def document_at(
    docs: tuple[Doc[M], ...], path: str, folder: str, what: str, problems: list[Problem]
) -> Doc[M]:
    """The loaded file at `path`; refused with the reason where it is not one of `folder`'s
    files or could not be read."""
    doc = next((d for d in docs if d.path == path), None)
    if doc is not None and doc.complete:
        return doc
    if not path.startswith(f"{folder}/"):
        noun, example = _KINDS[folder]
        raise UsageError(
            f"{path} — {noun} лежат в папке {folder}/ репозитория",
            hint=f"укажите файл из {folder}/, например {example}",
        )
    refuse_broken(what, problems, path)


def organization_view(repo: Repository, problems: list[Problem], what: str) -> OrganizationView:
    if repo.config is None:
        refuse_broken(what, problems, "mentorkit.yaml")
    assert repo.config is not None
    org = repo.config.model.organization
    short_name = org.short_name or org.name
    return OrganizationView(
        name=org.name,
        short_name=short_name,
        place=org.place or "",
        address=org.address or "",
        parent=org.parent or "",
        genitive=grammar.decline_phrase(short_name, "genitive", org.forms),
        phone=org.phone or "",
    )


def prepare_plan(
    repo: Repository,
    problems: list[Problem],
    path: str,
    public: bool = False,
    *,
    today: date | None = None,
) -> Prepared:
    """The roadmap in `path` as a document of its own, with «УТВЕРЖДЕНА» when it is approved."""
    what = f"Документ {path}"
    organization = organization_view(repo, problems, what)
    doc = document_at(repo.roadmaps, path, "roadmaps", what, problems)
    approval = doc.model.approved_by
    mark = (
        approval_mark("УТВЕРЖДЕНА", organization, approval.order, approval.date) if approval else ""
    )
    cast = Cast(repo, public, day=approval.date if approval else today, today=today)
    organization = cast.organization(organization)
    view = roadmap_view(cast, doc, mark)
    cast.refuse_if_needed(what)
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Prepared(
        kind="plan",
        source=path,
        templates=("plan.docx",),
        context=typeset(
            TemplateContext(
                organization=organization,
                document=DocumentView("plan", view.title, public, ""),
                roadmap=view,
            )
        ),
        filename=filename("Дорожная-карта", stem, "для-сайта" if public else ""),
        day=approval.date if approval else None,
    )


def _plans_approval(repo: Repository, path: str) -> tuple[str, date] | None:
    approving = sorted(
        (doc.model for doc in repo.orders if doc.model.type == "plans" and doc.model.pairs == path),
        key=lambda order: order.date,
    )
    return (approving[0].number, approving[0].date) if approving else None


def select_pairs(doc: Doc[PairsFile], repo: Repository, who: str | None) -> list[int]:
    """The pairs `who` picks in a pairs file: a 1-based number, or a person's reference that
    names a pair's mentor or mentee; every pair when `who` is None."""
    pairs = doc.model.pairs
    if who is None:
        return list(range(len(pairs)))
    if who.strip().isdigit():
        number = int(who)
        if not 1 <= number <= len(pairs):
            raise UsageError(
                f"в {doc.path} {plural(len(pairs), 'пара', 'пары', 'пар')}, пары № {number} нет",
                hint=_which_pair(len(pairs)),
            )
        return [number - 1]
    index = PeopleIndex(repo.people)
    wanted = {entry.index for entry in index.resolve(who)}
    chosen = [
        i
        for i, pair in enumerate(pairs)
        if wanted & {e.index for ref in (pair.mentor, *pair.mentees) for e in index.resolve(ref)}
    ]
    if not chosen:
        raise UsageError(
            f"в {doc.path} нет пары, где наставник или наставляемый — «{who}»",
            hint="укажите номер пары (1, 2, …) или «Фамилия И.О.» как в файле пар",
        )
    return chosen


def _which_pair(count: int) -> str:
    if not count:
        return "в файле нет ни одной пары: добавьте её (mentorkit add pair)"
    numbers = f"номер от 1 до {count}" if count > 1 else "1"
    return f"укажите {numbers} или фамилию наставника/наставляемого"


def prepare_pairs(
    repo: Repository,
    problems: list[Problem],
    path: str,
    who: str | None = None,
    public: bool = False,
    *,
    today: date | None = None,
) -> list[Prepared]:
    """The individual plan of each pair `who` picks in the pairs file `path`."""
    what = f"Индивидуальный план из {path}"
    organization = organization_view(repo, problems, what)
    doc = document_at(repo.pairs, path, "pairs", what, problems)
    approval = _plans_approval(repo, path)
    mark = approval_mark("УТВЕРЖДЕН", organization, *approval) if approval else ""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    prepared = []
    shared = Cast(repo, public)
    refused: list[RenderRefused] = []
    for index in select_pairs(doc, repo, who):
        cast = Cast(repo, public, like=shared, day=today, today=today)
        view = pair_view(cast, repo, doc, index, mark)
        header = cast.organization(organization)
        try:
            cast.refuse_if_needed(f"Индивидуальный план пары {index + 1} из {path}")
        except RenderRefused as error:
            # Every pair's reasons at once: one run shows all there is to fix.
            refused.append(error)
            continue
        assert view is not None
        title = "Индивидуальный план наставничества"
        prepared.append(
            Prepared(
                kind="pair",
                source=path,
                templates=("pair.docx",),
                context=typeset(
                    TemplateContext(
                        organization=header,
                        document=DocumentView("pair", title, public, ""),
                        pair=view,
                    )
                ),
                filename=filename(
                    "Индивидуальный-план", stem, str(index + 1), "для-сайта" if public else ""
                ),
                day=approval[1] if approval else None,
            )
        )
    if refused:
        message = "\n".join(error.message for error in refused)
        raise RenderRefused(message, hint=refused[0].hint)
    return prepared
