"""Old review findings, each kept from coming back: a `~:` key named as Python's «None», and a
broken link in templates/ or reports/ skipped silently by check."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check


def test_a_key_without_a_name_is_said_in_russian(base_repo: Path) -> None:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    roadmap.write_text(roadmap.read_text(encoding="utf-8") + "~: 1\n", encoding="utf-8")
    result = check([base_repo], date(2024, 1, 20))
    unknown = [p for p in result.problems if p.code == "MK101"]
    assert len(unknown) == 1
    assert "None" not in unknown[0].message
    assert "поле без имени («~:»" in unknown[0].message
    assert unknown[0].location.line == len(roadmap.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("folder", ["roadmaps", "pairs", "orders", "templates", "reports"])
@pytest.mark.parametrize(("target", "code"), [("gone.yaml", "MK013"), ("/etc/passwd", "MK012")])
def test_a_bad_link_is_reported_in_every_folder(
    base_repo: Path, folder: str, target: str, code: str
) -> None:
    (base_repo / folder).mkdir(exist_ok=True)
    os.symlink(target, base_repo / folder / "link.yaml")
    result = check([base_repo], date(2024, 1, 20))
    found = [p for p in result.problems if p.location.path == f"{folder}/link.yaml"]
    assert [p.code for p in found] == [code]
    assert "root:" not in found[0].message  # the target's contents are never printed
