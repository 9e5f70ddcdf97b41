"""Repositories as they stood at a past revision or on a past date, read from git history.

The working tree is never touched: the tree of the commit is written by `git archive` into a
temporary folder, and the status is computed from there. A date stands for the last commit made
before the end of that day.
"""

from __future__ import annotations

import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentorkit.errors import RepositoryNotFound, UsageError
from mentorkit.load.repository import CONFIG, find_root
from mentorkit.words import parse_day

_HINT = "укажите коммит, ветку или метку (git log --oneline покажет коммиты) или дату ГГГГ-ММ-ДД"


@dataclass(frozen=True)
class Revision:
    """What `--as-of` resolved to."""

    asked: str
    """As the user wrote it: a revision or a date."""
    commits: tuple[str, ...]
    """The commit read, one for each git repository involved."""
    date: date
    """The date asked for, or the date of the (latest) commit read."""
    by_date: bool


@dataclass(frozen=True)
class Snapshot:
    """The paths of a command, as they stood at `revision`, extracted into a temporary folder."""

    revision: Revision
    paths: tuple[Path, ...]
    """Where each path given is found in the extracted trees."""
    originals: tuple[Path, ...]
    """The folders of the working tree that `paths` stand for, in the same order."""

    def shown(self, path: Path) -> Path:
        """The path in the working tree that an extracted `path` stands for."""
        for extracted, original in zip(self.paths, self.originals, strict=True):
            if path == extracted or extracted in path.parents:
                return original / path.relative_to(extracted)
        return path


def as_of_day(text: str) -> date | None:
    """A date as --as-of takes it (2023-12-31 or 31.12.2023), or None for a revision."""
    try:
        return parse_day(text)
    except ValueError:
        raise UsageError(f"--as-of: «{text.strip()}» — такой даты нет в календаре") from None


@dataclass(frozen=True)
class _Target:
    original: Path
    toplevel: Path
    relative: str
    """The folder to extract, relative to the top of its git repository ("." for all of it)."""
    repository: bool
    """Whether the folder is one repository (else it holds repositories)."""


@contextmanager
def snapshot(paths: Sequence[Path], revision: str) -> Iterator[Snapshot]:
    """Extract what `paths` name, as it stood at `revision` (a commit, branch, tag or date), into
    a temporary folder that lives as long as the context."""
    text = revision.strip()
    if not text or text.startswith("-"):
        raise UsageError(f"--as-of: «{revision}» — не ревизия и не дата", hint=_HINT)
    day = as_of_day(text)
    by_date = day is not None
    targets = [_target(path) for path in _expand(paths or [Path.cwd()])]
    commits: dict[Path, str] = {}
    for target in targets:
        if target.toplevel not in commits:
            commits[target.toplevel] = _resolve(target.toplevel, text, day)
    with tempfile.TemporaryDirectory(prefix="mentorkit-as-of-") as tmp:
        folders: dict[Path, Path] = {}
        for index, (toplevel, commit) in enumerate(commits.items()):
            wanted = sorted({t.relative for t in targets if t.toplevel == toplevel})
            folders[toplevel] = Path(tmp) / str(index)
            _extract(toplevel, commit, wanted, folders[toplevel])
        extracted = []
        for target in targets:
            where = folders[target.toplevel] / target.relative
            _expect_repository(target, where, commits[target.toplevel])
            extracted.append(where)
        if day is None:
            day = max(_commit_date(toplevel, commit) for toplevel, commit in commits.items())
        yield Snapshot(
            revision=Revision(text, tuple(commits.values()), day, by_date=by_date),
            paths=tuple(extracted),
            originals=tuple((t.toplevel / t.relative).resolve() for t in targets),
        )


def _expand(paths: Sequence[Path]) -> list[Path]:
    """A folder outside git that holds repositories, each in a git repository of its own (a
    district's schools side by side), stands for those repositories."""
    expanded: list[Path] = []
    for path in paths:
        folder = path if path.is_dir() else path.parent
        if not path.is_dir() or _git(folder, "rev-parse", "--show-toplevel").returncode == 0:
            expanded.append(path)
            continue
        inside = sorted(
            config.parent
            for config in path.rglob(CONFIG)
            if not any(part.startswith(".") for part in config.relative_to(path).parts)
        )
        expanded += inside or [path]
    return expanded


def _git_env() -> dict[str, str]:
    return {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}


_GIT_SAYS_BYTES = 64 * 1024
"""How much of git's error output is read to explain a failure."""


def _no_git() -> RepositoryNotFound:
    return RepositoryNotFound(
        "--as-of читает историю git, а программа git не найдена",
        hint="установите git или уберите --as-of",
    )


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """A short git command (its answer is a line or two): run and captured whole."""
    try:
        return subprocess.run(
            ["git", "-C", str(cwd), *args], capture_output=True, check=False, env=_git_env()
        )
    except FileNotFoundError:
        raise _no_git() from None


def _target(path: Path) -> _Target:
    original = path.resolve()
    if not original.exists():
        raise RepositoryNotFound(f"путь {path} не существует")
    folder = original if original.is_dir() else original.parent
    done = _git(folder, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise RepositoryNotFound(
            f"{path} — не в git-репозитории: --as-of читает прошлые состояния из истории git",
            hint="уберите --as-of или выполните git init и сохраните изменения коммитами"
            + _detail(done),
        )
    toplevel = Path(done.stdout.decode().strip()).resolve()
    try:
        target, repository = find_root(original), True
    except RepositoryNotFound:
        target, repository = folder, False
    if toplevel not in (target, *target.parents):
        # The repository's root is above the top of git (a mentorkit.yaml outside git).
        target, repository = folder, False
    return _Target(original, toplevel, target.relative_to(toplevel).as_posix(), repository)


def _resolve(toplevel: Path, revision: str, day: date | None) -> str:
    if day is not None:
        done = _git(toplevel, "rev-list", "-1", f"--before={day.isoformat()} 23:59:59", "HEAD")
        commit = done.stdout.decode().strip()
        if done.returncode != 0 or not commit:
            raise UsageError(
                f"--as-of {revision}: в истории git {toplevel} нет коммитов, сделанных "
                f"до конца {day:%d.%m.%Y}",
                hint="укажите более позднюю дату; первый коммит покажет "
                "git log --reverse --format='%h %cs' | head -1",
            )
        return commit
    done = _git(toplevel, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if done.returncode != 0:
        raise UsageError(f"--as-of: ревизии «{revision}» нет в истории git {toplevel}", hint=_HINT)
    return done.stdout.decode().strip()


def _commit_date(toplevel: Path, commit: str) -> date:
    done = _git(toplevel, "show", "-s", "--format=%cs", commit)
    return date.fromisoformat(done.stdout.decode().strip())


def _extract(toplevel: Path, commit: str, relatives: list[str], into: Path) -> None:
    """Extract the tree of `commit` (only `relatives` in it) into `into`, reading git archive's
    tar as it comes: a large history never sits in memory at once."""
    pathspecs = [] if "." in relatives else ["--", *relatives]
    into.mkdir(parents=True)
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(
                ["git", "-C", str(toplevel), "archive", "--format=tar", commit, *pathspecs],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,  # a file: git's messages can never fill a pipe and stall it
                env=_git_env(),
            )
        except FileNotFoundError:
            raise _no_git() from None
        assert process.stdout is not None
        failure: Exception | None = None
        try:
            with tarfile.open(fileobj=process.stdout, mode="r|") as archive:
                archive.extractall(into, filter="data")
            # The tar ends before git's padding does: read it, or git dies of a closed pipe.
            while process.stdout.read(65536):
                pass
        except (tarfile.TarError, OSError) as error:
            failure = error
        finally:
            process.stdout.close()
            returncode = process.wait()
        errors.seek(0)
        said = errors.read(_GIT_SAYS_BYTES)
    if returncode != 0:
        missing = ", ".join(relatives)
        done = subprocess.CompletedProcess(process.args, returncode, b"", said)
        raise RepositoryNotFound(
            f"--as-of: в коммите {commit[:10]} ещё нет папки {missing} (в {toplevel})",
            hint="укажите более позднюю ревизию или дату" + _detail(done),
        )
    if failure is not None:
        raise RepositoryNotFound(
            f"--as-of: коммит {commit[:10]} не удалось извлечь во временную папку: {failure}"
        )


def _expect_repository(target: _Target, where: Path, commit: str) -> None:
    if target.repository and not (where / CONFIG).is_file():
        raise RepositoryNotFound(
            f"--as-of: в коммите {commit[:10]} в папке {target.original} ещё нет файла {CONFIG}",
            hint="укажите более позднюю ревизию или дату",
        )
    if not target.repository and not any(where.rglob(CONFIG)):
        raise RepositoryNotFound(
            f"--as-of: в коммите {commit[:10]} в папке {target.original} нет ни одного "
            f"репозитория mentorkit (файла {CONFIG})",
            hint="укажите более позднюю ревизию или дату",
        )


_GIT_SAYS = (
    ("not a git repository", "папка не входит в репозиторий git"),
    ("unknown revision", "такой ревизии нет"),
    ("bad revision", "такой ревизии нет"),
    ("ambiguous argument", "такой ревизии нет"),
    ("does not have any commits", "в репозитории git ещё нет коммитов"),
)


def _detail(done: subprocess.CompletedProcess[bytes]) -> str:
    """What git said, in Russian where it is one of the usual answers (git speaks English)."""
    said = done.stderr.decode(errors="replace").lower()
    for english, russian in _GIT_SAYS:
        if english in said:
            return f" ({russian})"
    return ""
