"""A new repository: the files `mentorkit init` writes, each with comments saying what to fill
in, made from the templates beside this module."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from mentorkit import __version__
from mentorkit.deadlines import Period
from mentorkit.edit.yamltext import scalar
from mentorkit.schema import KINDS, file_name, schema_text

DEFAULT_ORG = "Полное наименование организации"

_LAYOUT = {
    "mentorkit.yaml": "mentorkit.yaml",
    "people.yaml": "people.yaml",
    "roadmaps/{period}.yaml": "roadmap.yaml",
    "pairs/{period}.yaml": "pairs.yaml",
    "orders/{order}": "order.yaml",
    ".gitignore": "gitignore",
    ".github/workflows/mentorkit.yml": "github-workflow.yml",
    ".gitlab-ci.yml": "gitlab-ci.yml",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".vscode/settings.json": "vscode-settings.json",
}
"""Where each template goes in the new repository."""


def _template(name: str) -> str:
    return resources.files("mentorkit.scaffold").joinpath(name).read_text(encoding="utf-8")


def repository_files(today: date, organization: str | None = None) -> dict[str, str]:
    """Every file of a new repository, {relative path: text}, for the school year of `today`."""
    period = Period.academic_year_of(today)
    name = f"{period.start.year}-{period.end.year}"
    order = f"{period.start.year}-1-roadmap.yaml"
    values = {
        "__ORG__": scalar(" ".join((organization or DEFAULT_ORG).split())),
        "__PERIOD__": name,
        "__START_YEAR__": str(period.start.year),
        "__TODAY__": today.isoformat(),
        "__ORDER_NAME__": order,
        "__VERSION__": __version__,
    }
    files: dict[str, str] = {}
    for target, template in _LAYOUT.items():
        text = _template(template)
        for key, value in values.items():
            text = text.replace(key, value)
        files[target.format(period=name, order=order)] = text
    for kind in KINDS:
        files[f"schemas/{file_name(kind)}"] = schema_text(kind)
    return files


def existing(root: Path, files: dict[str, str]) -> list[str]:
    """The files of `files` that are already there (init never overwrites)."""
    return [relpath for relpath in files if (root / relpath).exists()]
