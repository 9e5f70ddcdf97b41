"""`mentorkit check`: load a repository, run every check, and keep the problems that count."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentorkit.checks import run_checks
from mentorkit.errors import UsageError
from mentorkit.gcpause import collector_paused
from mentorkit.load.repository import find_root, load_repository, relative_in
from mentorkit.problems import BAD_IGNORE, CODES, STRAY_FILE, Location, Problem, Severity


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
        problems.append(
            BAD_IGNORE.at(
                Location("--ignore"), f"кода «{code}» нет: список кодов — mentorkit codes"
            )
        )
    if repo.config is not None:
        configured = repo.config.model.check.ignore
        for index, code in enumerate(configured):
            if code.strip().upper() not in CODES:
                problems.append(
                    BAD_IGNORE.at(
                        repo.config.at("check", "ignore", index),
                        f"кода «{code}» нет: список кодов — mentorkit codes",
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
    return CheckResult(root, today, tuple(sorted(kept, key=lambda p: p.sort_key)), repo.files)
