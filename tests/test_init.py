"""`mentorkit init` and the life of the repository it makes: edits from the command line, CI
files that run, pre-commit hooks that run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from mentorkit.schema import kind_of
from tests.conftest import run

ROOT = Path(__file__).parent.parent
TODAY = "2024-01-20"
BIN = Path(sys.executable).parent
GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git не установлен")


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _init(capsys: pytest.CaptureFixture[str], target: Path, *extra: str) -> str:
    code, out, err = run(capsys, "init", str(target), "--today", TODAY, *extra)
    assert code == 0, err
    return out


def test_init_creates_a_repository_that_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "school"
    out = _init(capsys, target, "--org", "МБОУ «СОШ № 7»: корпус 2")
    assert "Создан репозиторий наставничества" in out
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert files == [
        ".github/workflows/mentorkit.yml",
        ".gitignore",
        ".gitlab-ci.yml",
        ".pre-commit-config.yaml",
        ".vscode/settings.json",
        "mentorkit.yaml",
        "orders/2023-1-roadmap.yaml",
        "pairs/2023-2024.yaml",
        "people.yaml",
        "roadmaps/2023-2024.yaml",
        "schemas/config.schema.json",
        "schemas/order.schema.json",
        "schemas/pairs.schema.json",
        "schemas/people.schema.json",
        "schemas/roadmap.schema.json",
    ]
    config = YAML(typ="safe").load((target / "mentorkit.yaml").read_text(encoding="utf-8"))
    assert config["organization"]["name"] == "МБОУ «СОШ № 7»: корпус 2"
    code, out, _ = run(capsys, "check", str(target), "--today", TODAY, "--format", "json")
    assert code == 0
    problems = json.loads(out)["problems"]
    # The one thing left to fill in that the check can see: who signs the orders.
    assert [p["code"] for p in problems] == ["MK206"]
    for path in target.rglob("*.yaml"):
        relpath = path.relative_to(target).as_posix()
        kind = kind_of(relpath)
        if kind is None:
            continue
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), relpath
        schema_path = (path.parent / first.split("$schema=")[1]).resolve()
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = YAML(typ="safe").load(text)
        jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)
        assert "#" in text.replace(first, ""), f"{relpath}: без комментариев, что вписать"
    settings = json.loads((target / ".vscode/settings.json").read_text(encoding="utf-8"))
    for schema_file in settings["yaml.schemas"]:
        assert (target / schema_file).is_file()


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "school"
    target.mkdir()
    (target / "people.yaml").write_text("мои люди\n", encoding="utf-8")
    (target / "notes.txt").write_text("заметки\n", encoding="utf-8")
    code, _, err = run(capsys, "init", str(target), "--today", TODAY)
    assert code == 2
    assert "уже есть: people.yaml; mentorkit init ничего не перезаписывает" in err
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt", "people.yaml"]
    assert (target / "people.yaml").read_text(encoding="utf-8") == "мои люди\n"
    _init(capsys, tmp_path / "other")
    code, _, err = run(capsys, "init", str(tmp_path / "other" / "inner"), "--today", TODAY)
    assert code == 2
    assert "репозитории не вкладываются" in err


@needs_git
def test_a_first_repository_from_init_to_a_clean_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "school"
    _init(capsys, repo, "--org", "МБОУ СШ № 1")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "init")
    steps = [
        [
            "add",
            "person",
            "--name",
            "Петрова Анна Андреевна",
            "--position",
            "учитель математики",
            "--role",
            "наставник",
            "--experience",
            "18",
            "--consent",
            "2023-09-01",
        ],
        [
            "add",
            "person",
            "--name",
            "Иванова Мария Петровна",
            "--position",
            "учитель математики",
            "--experience",
            "1",
            "--consent",
            "2023-09-04",
        ],
        [
            "add",
            "pair",
            "--mentor",
            "Петрова А.А.",
            "--mentee",
            "Иванова М.П.",
            "--goal",
            "Адаптация молодого специалиста",
        ],
        ["meeting", "Петрова", "знакомство", "--date", "2023-09-22", "--done"],
        ["meeting", "Иванова", "планирование", "--date", "2023-10-06", "--done"],
        ["meeting", "1", "итоговая", "--date", "2024-05-20", "--topic", "Итоги года"],
        [
            "done",
            "базы наставников",
            "--date",
            "2023-09-25",
            "--evidence",
            "Приказ от 25.09.2023 № 150",
        ],
    ]
    for step in steps:
        code, out, err = run(
            capsys,
            *step,
            "--repo",
            str(repo),
            *(["--today", TODAY] if step[0] != "add" or step[1] == "person" else []),
        )
        assert code == 0, (step, err)
    code, out, _ = run(capsys, "check", str(repo), "--today", TODAY, "--format", "json")
    assert code == 0, out
    assert [p["code"] for p in json.loads(out)["problems"]] == ["MK206"]
    diff = _git(repo, "diff", "-U0", "--no-color")
    changed = [
        line
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-pairs: []",
        "+pairs:",
        "+  - mentor: Петрова А.А.",
        "+    mentees: [Иванова М.П.]",
        "+    goal: Адаптация молодого специалиста",
        "+    meetings:",
        "+      - stage: знакомство",
        "+        date: 2023-09-22",
        "+        done: true",
        "+      - stage: планирование",
        "+        date: 2023-10-06",
        "+        done: true",
        "+      - stage: итоговая",
        "+        date: 2024-05-20",
        "+        topic: Итоги года",
        "-people: []",
        "+people:",
        "+  - name: Петрова Анна Андреевна",
        "+    position: учитель математики",
        "+    role: наставник",
        "+    experience: 18",
        "+    consent: 2023-09-01",
        "+  - name: Иванова Мария Петровна",
        "+    position: учитель математики",
        "+    experience: 1",
        "+    consent: 2023-09-04",
        "+        done: 2023-09-25",
        "+        evidence: Приказ от 25.09.2023 № 150",
    ]
    assert _git(repo, "status", "--porcelain").split() == [
        "M",
        "pairs/2023-2024.yaml",
        "M",
        "people.yaml",
        "M",
        "roadmaps/2023-2024.yaml",
    ]


def _ci_commands(path: Path) -> list[str]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    if "jobs" in data:
        lines = [s["run"] for job in data["jobs"].values() for s in job["steps"] if "run" in s]
    else:
        lines = [line for job in data.values() for line in job.get("script", [])]
    return [line for line in lines if line.startswith("mentorkit ")]


@pytest.mark.parametrize("ci", [".github/workflows/mentorkit.yml", ".gitlab-ci.yml"])
def test_the_ci_files_run(tmp_path: Path, capsys: pytest.CaptureFixture[str], ci: str) -> None:
    repo = tmp_path / "school"
    _init(capsys, repo)
    commands = _ci_commands(repo / ci)
    assert any(c.startswith("mentorkit check") for c in commands)
    assert any(c.startswith("mentorkit status --format markdown") for c in commands)
    summary = tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command], cwd=repo, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    if "github" in ci:
        assert (
            "::warning file=mentorkit.yaml"
            in subprocess.run(
                ["bash", "-c", commands[0]], cwd=repo, env=env, capture_output=True, text=True
            ).stdout
        )
        assert summary.read_text(encoding="utf-8").strip()
    else:
        assert (repo / "mentorkit-check.xml").read_text(encoding="utf-8").startswith("<?xml")
        assert (repo / "mentorkit-status.md").read_text(encoding="utf-8").strip()


def _pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )


def _break(repo: Path) -> None:
    path = next((repo / "roadmaps").glob("*.yaml"))
    path.write_text(
        path.read_text(encoding="utf-8").replace("deadline:", "dedline:"), encoding="utf-8"
    )
    _git(repo, "add", "-A")


@needs_git
def test_pre_commit_with_the_hook_of_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "school"
    _init(capsys, repo)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    done = _pre_commit(repo, tmp_path / "pre-commit-home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "mentorkit check" in done.stdout and "Passed" in done.stdout
    _break(repo)
    done = _pre_commit(repo, tmp_path / "pre-commit-home")
    assert done.returncode == 1
    assert "MK101" in done.stdout


@needs_git
def test_pre_commit_with_the_hooks_of_this_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A clone of the hooks' repository at a commit, as pre-commit takes any git repository.
    hooks = tmp_path / "mentorkit-hooks"
    hooks.mkdir()
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    _git(hooks, "init", "-q")
    _git(hooks, "add", "-A")
    _git(hooks, "commit", "-qm", "hooks")
    rev = _git(hooks, "rev-parse", "HEAD").strip()
    repo = tmp_path / "school"
    _init(capsys, repo)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
        "      - id: mentorkit-check-system\n",
        encoding="utf-8",
    )
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    done = _pre_commit(repo, tmp_path / "pre-commit-home")
    assert done.returncode == 0, done.stdout + done.stderr
    _break(repo)
    done = _pre_commit(repo, tmp_path / "pre-commit-home")
    assert done.returncode == 1
    assert "неизвестное поле «dedline»" in done.stdout
    hook_ids = [
        h["id"]
        for h in YAML(typ="safe").load(
            (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
        )
    ]
    assert hook_ids == ["mentorkit-check", "mentorkit-check-system"]


def test_outside_a_repository_the_hint_is_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert "создайте новый: mentorkit init ПАПКА" in err
