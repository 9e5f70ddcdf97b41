"""`mentorkit check`: load a repository, run every check, and keep the problems that count."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from mentorkit.checks import run_checks
from mentorkit.errors import UsageError
from mentorkit.gcpause import collector_paused
from mentorkit.load.repository import Repository, find_root, load_repository, relative_in
from mentorkit.problems import BAD_IGNORE, CODES, STRAY_FILE, Location, Problem, Severity
from mentorkit.records import dataclass
from mentorkit.refs import PeopleIndex
from mentorkit.shown import minors_shown


@dataclass(frozen=True)
class CheckResult:
    root: Path
    today: date
    problems: tuple[Problem, ...]
    files: tuple[str, ...]

    def count(self, severity: Severity) -> int:
        return Counter(p.severity for p in self.problems)[severity]

    def failed(self, strict: bool = False) -> bool:
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return any(p.severity in failing for p in self.problems)


# Letters typed for digits or in the Cyrillic layout: «MK7O6», «МК706».
_CODE_SLIPS = str.maketrans({"O": "0", "О": "0", "М": "M", "К": "K", "I": "1", "L": "1"})


def unknown_code(code: str) -> str:
    """«кода «MK7O6» нет — возможно, «MK706»?»: the code meant, where a slip is plain."""
    message = f"кода «{code}» нет"
    written = code.strip().upper()
    fixed = written[:2].translate(_CODE_SLIPS) + written[2:].translate(_CODE_SLIPS)
    if fixed in CODES:
        return f"{message} — возможно, «{fixed}»? Список кодов — mentorkit codes"
    return f"{message}: список кодов — mentorkit codes"


def check(paths: list[Path], today: date, ignore: tuple[str, ...] = ()) -> CheckResult:
    """Check the repository around `paths`; when files are named, report only their problems."""
    targets = paths or [Path.cwd()]
    roots = {find_root(path) for path in targets}
    if len(roots) > 1:
        raise UsageError(
            "пути относятся к разным репозиториям: проверяйте их по одному "
            f"({', '.join(sorted(str(r) for r in roots))})"
        )
    root = roots.pop()
    with collector_paused():
        repo, problems = load_repository(root)
        problems.extend(run_checks(repo, today))
    ignored = {code.strip().upper() for code in ignore if code.strip()}
    for code in sorted(ignored - set(CODES)):
        problems.append(BAD_IGNORE.at(Location("--ignore"), unknown_code(code)))
    if repo.config is not None:
        configured = repo.config.model.check.ignore
        for index, code in enumerate(configured):
            if code.strip().upper() not in CODES:
                problems.append(
                    BAD_IGNORE.at(
                        repo.config.at("check", "ignore", index),
                        unknown_code(code),
                    )
                )
        ignored |= {code.strip().upper() for code in configured}
    only = {
        relpath
        for path in targets
        if not path.is_dir() and (relpath := relative_in(root, path)) is not None
    }
    for relpath in sorted(only - set(repo.files)):
        problems.append(
            STRAY_FILE.at(
                Location(relpath),
                "этот файл mentorkit не читает: данные лежат в mentorkit.yaml, people.yaml и "
                "файлах .yaml папок roadmaps/, pairs/, orders/",
            )
        )
    kept = [p for p in problems if p.code not in ignored and (not only or p.location.path in only)]
    kept = _minors_out(kept, repo)
    return CheckResult(root, today, tuple(sorted(kept, key=lambda p: p.sort_key)), repo.files)


def _minors_out(problems: list[Problem], repo: Repository) -> list[Problem]:
    """Messages quote what the files say (a title, a deadline, a reference): a minor named
    there is shown by initials and class, as the checks themselves name minors (152-ФЗ)."""
    if not any(entry.person.is_minor for entry in repo.people):
        return problems
    people = PeopleIndex(repo.people)
    # One slip repeated 100,000 times repeats its message: each is read once, and a problem
    # is copied only where a minor's name was in it.
    seen: dict[str, str] = {}
    kept = []
    for problem in problems:
        shown = seen.get(problem.message)
        if shown is None:
            shown = seen[problem.message] = minors_shown(problem.message, people)
        kept.append(problem if shown == problem.message else replace(problem, message=shown))
    return kept
