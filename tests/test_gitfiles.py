"""The index read by `mentorkit.gitfiles` says what `git ls-files` says: every index version,
a folder inside the work tree, a linked work tree, names in Cyrillic, files added with -N, and
git itself asked wherever the repository is not the ordinary kind."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mentorkit import gitfiles

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

FILES = ["people.yaml", "pairs/2023-2024.yaml", "roadmaps/план.yaml", "orders/1.yaml"]


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name in gitfiles._GIT_SETTINGS or name.startswith(gitfiles._GIT_PREFIXES):
            monkeypatch.delenv(name)


def _repository(tmp_path: Path) -> Path:
    top = tmp_path / "top"
    root = top / "school"
    for name in [*FILES, "notes.yaml"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("a: 1\n", encoding="utf-8")
    _git(top, "init", "-q")
    _git(top, "add", "school/people.yaml", "school/roadmaps")
    _git(top, "add", "-N", "school/pairs/2023-2024.yaml")  # intent to add: an extended flag
    return root


@pytest.mark.parametrize("version", ["2", "3", "4"])
def test_the_index_says_what_git_says(tmp_path: Path, version: str) -> None:
    root = _repository(tmp_path)
    _git(root, "update-index", "--index-version", version)
    wanted = [*FILES, "notes.yaml", "absent.yaml"]
    from_index = gitfiles._from_index(root, wanted)
    assert from_index is not None  # read here, git not started
    assert from_index == gitfiles._ask_git(root, wanted)
    assert from_index == {"people.yaml", "roadmaps/план.yaml", "pairs/2023-2024.yaml"}
    assert gitfiles.tracked(root, wanted) == from_index
    # The root of the work tree itself, and a folder two levels down.
    top = root.parent
    assert gitfiles._from_index(top, ["school/people.yaml", "people.yaml"]) == {
        "school/people.yaml"
    }
    assert gitfiles._from_index(root / "roadmaps", ["план.yaml"]) == {"план.yaml"}


def test_many_entries_of_every_length(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    names = [f"orders/{'x' * n}.yaml" for n in range(1, 40)]
    for name in names:
        (root / name).write_text("a: 1\n", encoding="utf-8")
    _git(root, "add", *names[::2])
    for version in ("2", "4"):
        _git(root, "update-index", "--index-version", version)
        assert gitfiles._from_index(root, names) == gitfiles._ask_git(root, names)
        assert gitfiles._from_index(root, names) == set(names[::2])


def test_a_linked_work_tree(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    _git(root, "commit", "-q", "-m", "first")
    linked = tmp_path / "linked"
    _git(root, "worktree", "add", "-q", str(linked))
    inner = linked / "school"
    (inner / "orders").mkdir()
    (inner / "orders" / "2.yaml").write_text("a: 1\n", encoding="utf-8")
    _git(linked, "add", "school/orders/2.yaml")
    wanted = [*FILES, "orders/2.yaml"]
    assert gitfiles._from_index(inner, wanted) is not None
    assert gitfiles._from_index(inner, wanted) == gitfiles._ask_git(inner, wanted)


def test_git_is_asked_where_the_index_is_not_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _repository(tmp_path)
    assert gitfiles._from_index(root, ["people.*"]) is None  # a pattern: git's to match
    assert gitfiles._from_index(root, ["../top/people.yaml"]) is None
    assert gitfiles._from_index(root, ["roadmaps"]) is None  # a folder: git lists inside it
    _git(root, "config", "core.ignorecase", "true")
    assert gitfiles._from_index(root, FILES) is None
    _git(root, "config", "core.ignorecase", "false")
    assert gitfiles._from_index(root, FILES) is not None
    monkeypatch.setenv("GIT_INDEX_FILE", str(tmp_path / "other-index"))
    assert gitfiles._from_index(root, FILES) is None
    assert gitfiles.tracked(root, FILES) == set()  # git reads the other (absent) index


def test_no_repository_and_not_a_repository(tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "people.yaml").write_text("a: 1\n", encoding="utf-8")
    assert gitfiles.tracked(alone, ["people.yaml"]) == gitfiles._ask_git(alone, ["people.yaml"])
    (alone / ".git").mkdir()  # no HEAD: git does not take it for a repository
    assert gitfiles._from_index(alone, ["people.yaml"]) is None
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    _git(fresh, "init", "-q")  # no index yet
    assert gitfiles._from_index(fresh, ["people.yaml"]) == set()
    assert gitfiles._ask_git(fresh, ["people.yaml"]) == set()
