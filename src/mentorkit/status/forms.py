"""Reading a region's form (reports/NAME.yaml) and filling its row for an organisation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from mentorkit.errors import UsageError
from mentorkit.load.repository import Doc
from mentorkit.load.validate import validate
from mentorkit.load.yamlfile import read_yaml
from mentorkit.model.report_form import FormColumn, ReportForm
from mentorkit.problems import Location
from mentorkit.status.monitoring import Monitoring

FOLDER = "reports"


def available_forms(root: Path) -> list[str]:
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    return sorted(path.stem for path in folder.glob("*.yaml"))


def load_form(
    root: Path, name: str, today: date | None = None, organizations: Sequence[Path] = ()
) -> ReportForm:
    """The form `reports/NAME.yaml` of the repository (or district folder) at `root`; refused
    where it names a minor or somebody without consent on `today` (None: not looked at) —
    for a district folder, anybody of any of its `organizations`."""
    relpath = f"{FOLDER}/{name.removesuffix('.yaml')}.yaml"
    if not (root / relpath).is_file():
        known = available_forms(root)
        listed = f"есть: {', '.join(known)}" if known else f"в папке {FOLDER}/ форм нет"
        raise UsageError(
            f"--form {name}: файла {root / relpath} нет ({listed})",
            hint="опишите форму в reports/ИМЯ.yaml (образцы — в roadmaps/school12-2023-2024/"
            "reports/) или уберите --form",
        )
    yaml_file, problems = read_yaml(root, relpath)
    form = None
    if yaml_file is not None:
        form, found = validate(ReportForm, yaml_file.data, yaml_file.positions)
        problems += found
    if form is None:
        first = problems[0] if problems else None
        where = f"{root / first.location.path}:{first.location.line}" if first else relpath
        raise UsageError(
            f"форма {where}: {first.message if first else 'не читается'}",
            hint="исправьте файл формы (его поля описаны в README, раздел «mentorkit report») "
            "и повторите",
        )
    if today is not None and yaml_file is not None:
        _refuse_named(root, relpath, today, Doc(relpath, form, yaml_file.positions), organizations)
    return form


def _refuse_named(
    root: Path, relpath: str, today: date, form: Doc[ReportForm], organizations: Sequence[Path]
) -> None:
    """A form that names a minor, or somebody whose consent does not allow it, makes no report
    (the one rule `check` reports as MK414). A district's form goes into the report of every
    organisation of the district: it is read against the people of each."""
    from mentorkit.checks.base import Context
    from mentorkit.checks.consent import report_form_refusals
    from mentorkit.load.repository import CONFIG, Repository, load_people, load_repository
    from mentorkit.refs import PeopleIndex

    refused: list[tuple[Location, str]] = []
    if (root / CONFIG).is_file():
        repo, _ = load_repository(root)
        doc = next((d for d in repo.reports if d.path == relpath), None)
        if doc is None:
            return
        ctx = Context(repo, PeopleIndex(repo.people), today, PeopleIndex(repo.broken_people))
        refused = report_form_refusals(ctx, doc)
    for organization in () if (root / CONFIG).is_file() else organizations:
        people = load_people(organization)
        repo = Repository(organization, None, people, None, (), (), ())
        ctx = Context(repo, PeopleIndex(people), today, PeopleIndex(()))
        refused += [r for r in report_form_refusals(ctx, form) if r not in refused]
    if refused:
        listed = "; ".join(f"{why} ({where})" for where, why in refused)
        raise UsageError(
            f"форма {relpath} называет человека, отчёт по ней не сформирован: {listed}",
            hint="уберите имя из формы: в ней — заголовки столбцов региона, не люди "
            "(mentorkit check покажет то же, MK414)",
        )


def form_value(column: FormColumn, org: Monitoring) -> str | int | float | None:
    """What the form's column holds for `org`: a number, a text, or None for «—»."""
    key, _, part = column.value.partition(".")
    texts = {
        "organization": org.name,
        "full_name": org.full_name or org.name,
        "folder": org.folder,
        "period": org.span.label,
    }
    if key in texts:
        return texts[key]
    if key == "pairs_form":
        wanted = " ".join((column.form or "").split()).lower().replace("-", "–")
        return sum(n for form, n in org.forms if form.lower().replace("-", "–") == wanted)
    indicator = org.indicator(key)
    if part == "total":
        return indicator.total
    if part == "percent":
        share = indicator.share
        return None if share is None else share.percent
    return indicator.count
