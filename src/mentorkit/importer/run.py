"""One `mentorkit import` run: each file read and written on its own (a failure in one does not
stop the others), then the repository's mentorkit.yaml and people.yaml when asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mentorkit.errors import MentorkitError
from mentorkit.importer import import_file
from mentorkit.importer.result import Imported, PersonFound
from mentorkit.importer.write import Planned, plan, repository_files, write


@dataclass
class Outcome:
    """What became of one file: its result and files written, or why nothing was."""

    source: Path
    result: Imported | None = None
    written: list[Planned] = field(default_factory=list)
    error: str | None = None
    hint: str | None = None


@dataclass
class Run:
    outcomes: list[Outcome]
    repository: list[Path] = field(default_factory=list)
    """mentorkit.yaml and people.yaml written by --into."""
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(o.error for o in self.outcomes)


def run_import(
    files: list[Path],
    root: Path,
    output: Path | None = None,
    force: bool = False,
    into: bool = False,
    step: Callable[[Path], None] | None = None,
) -> Run:
    taken: set[Path] = set()
    outcomes: list[Outcome] = []
    for path in files:
        outcome = Outcome(path)
        try:
            outcome.result = import_file(path)
            planned = plan(outcome.result, root, output, taken)
            write(planned, force)
            outcome.written = planned
        except MentorkitError as error:
            outcome.error, outcome.hint = error.message, error.hint
        except Exception as error:  # one broken file must not stop the others
            outcome.error = f"{path}: не удалось прочитать ({type(error).__name__}: {error})"
            outcome.hint = "сообщите разработчикам, приложив этот файл"
        outcomes.append(outcome)
        if step is not None:
            step(path)
    run = Run(outcomes)
    imported = [o.result for o in outcomes if o.result is not None and o.written]
    if into and imported:
        organization = next(
            (r.organization for r in imported if r.organization and not r.organization.guessed),
            next((r.organization for r in imported if r.organization), None),
        )
        source = next(
            (r.source for r in imported if r.organization is organization), imported[0].source
        )
        people: list[PersonFound] = []
        seen: set[str] = set()
        for result in imported:
            for person in result.people:
                key = person.ref.replace(" ", "").lower()
                if key not in seen:
                    seen.add(key)
                    people.append(person)
        try:
            run.repository, run.notes = repository_files(root, organization, source, people)
        except MentorkitError as error:
            run.notes.append(error.message)
    return run
