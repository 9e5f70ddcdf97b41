"""`people:` of mentorkit.yaml may name a file outside the repository — and so may a pull request,
pointing it at any file of the CI machine. Outside the repository such a file must be a regular
.yaml/.yml file of a bounded size, and no message quotes what it holds: only its path, the line
and the kind of problem, in every format."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

FORMATS = ("text", "json", "junit", "sarif", "github")
SECRET = (
    "api_token: s3cr3t-value-42\n"
    "people:\n"
    "  - name: Шпионов Тайный Агентович\n"
    "    password: hunter2-pass\n"
    "  - {name: [Закрытое-значение-77]}\n"
)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    target = tmp_path / "school"
    shutil.copytree(EXAMPLES / "school12-2023-2024", target)
    return target


def _point(school: Path, path: str) -> None:
    config = school / "mentorkit.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"people: {path}\n", encoding="utf-8")


def _outputs(school: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[int], str]:
    codes, texts = [], []
    for fmt in FORMATS:
        code, out, err = run(capsys, "check", str(school), "--today", "2024-01-20", "--format", fmt)
        codes.append(code)
        texts.append(out + err)
    for args in (
        ["status", str(school), "--today", "2024-01-20", "--format", "json"],
        ["people", "Шпионов Т.А.", "--repo", str(school)],
        ["render", "order", str(school / "orders/2023-150-pairs.yaml"), "-o", str(school / "out")],
    ):
        _, out, err = run(capsys, *args)
        texts.append(out + err)
    return codes, "\n".join(texts)


def _target_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if len(line.strip()) > 3]


@pytest.mark.parametrize("via_link", [False, True], ids=["path", "link in the repository"])
def test_people_pointed_at_etc_passwd_is_refused_without_quoting_it(
    school: Path, capsys: pytest.CaptureFixture[str], via_link: bool
) -> None:
    passwd = Path("/etc/passwd")
    if not passwd.is_file():
        pytest.skip("no /etc/passwd on this system")
    if via_link:
        os.symlink(passwd, school / "private.yaml")
        _point(school, "private.yaml")
    else:
        _point(school, str(passwd))
    codes, text = _outputs(school, capsys)
    assert codes == [1] * len(FORMATS)
    assert "MK413" in text and "mentorkit.yaml:" in text
    leaked = [line for line in _target_lines(passwd) if line in text]
    assert not leaked
    # Nothing naming people is rendered while the file of people is refused.
    assert not (school / "out").exists()


@pytest.mark.parametrize("via_link", [False, True], ids=["path", "link in the repository"])
def test_a_yaml_file_outside_is_read_but_never_quoted(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], via_link: bool
) -> None:
    secret = tmp_path / "ci-secrets.yml"
    secret.write_text(SECRET, encoding="utf-8")
    if via_link:
        os.symlink(secret, school / "private.yaml")
        _point(school, "private.yaml")
    else:
        _point(school, str(secret))
    codes, text = _outputs(school, capsys)
    assert codes == [1] * len(FORMATS)
    assert str(secret) in text  # where it is, and the line
    for word in ("api_token", "s3cr3t", "hunter2", "password", "Закрытое-значение", "Агентович"):
        assert word not in text, word
    assert f"{secret}:1:" in text or f"{secret}:4:" in text


def test_a_file_outside_that_is_not_regular_or_too_large_is_refused(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("people: []\n# " + "x" * (3 * 1024 * 1024) + "\n", encoding="utf-8")
    _point(school, str(big))
    code, out, _ = run(capsys, "check", str(school), "--today", "2024-01-20")
    assert code == 1 and "MK413" in out and "больше 2 МБ" in out
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    config = school / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(str(big), str(folder)), encoding="utf-8"
    )
    code, out, _ = run(capsys, "check", str(school), "--today", "2024-01-20")
    assert code == 1 and "MK413" in out and "не обычный файл" in out


def test_the_variable_and_a_proper_file_outside_still_work(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "private" / "pupils.yml"
    outside.parent.mkdir()
    outside.write_text(
        "people:\n  - name: Ястребов Тимофей Глебович\n    group: 8В\n"
        "    consent: {date: 2023-09-11, by: Гусева Г.П. (мать)}\n",
        encoding="utf-8",
    )
    _point(school, str(outside))
    code, out, _ = run(capsys, "people", "Ястребов Т.Г.", "--repo", str(school))
    assert code == 0 and "Я.Т. (8В)" in out and str(outside) in out
