"""A render stopped half-way (a write that fails, Ctrl+C, SIGTERM) says exactly what it wrote,
leaves no temporary file behind and no child process running."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from mentorkit.errors import Interrupted, OutputError
from mentorkit.render import output, render
from tests.conftest import EXAMPLES
from tests.test_render_templates import own_template

ORDERS = (
    "2023-142-curator",
    "2023-145-roadmap",
    "2023-150-pairs",
    "2023-158-diagnostics",
    "2023-162-plans",
)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    root = tmp_path / "school"
    shutil.copytree(EXAMPLES / "school12-2023-2024", root)
    return root


def _names(root: Path) -> list[str]:
    folder = root / "documents"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def _leftovers(root: Path) -> list[str]:
    return [name for name in _names(root) if name.startswith(".")]


def test_a_batch_whose_third_write_fails_says_what_was_written(school: Path) -> None:
    orders = [school / f"orders/{name}.yaml" for name in ORDERS]
    (written,) = render("order", [orders[2]]).written
    third = written.docx
    third.unlink()
    third.mkdir()  # the third document cannot replace a folder: its write fails
    with pytest.raises(OutputError) as failed:
        render("order", orders)
    lines = failed.value.message.splitlines()
    assert lines[0] == f"не удалось записать {third}: это папка, а нужен файл"
    assert lines[1] == (
        "Записаны (2 из 5): documents/Приказ-142-от-28.08.2023.docx, "
        "documents/Приказ-145-от-30.08.2023.docx."
    )
    assert lines[2] == (
        "Не записаны: documents/Приказ-150-от-25.09.2023.docx, "
        "documents/Приказ-158-от-02.10.2023.docx, documents/Приказ-162-от-16.10.2023.docx."
    )
    for name in ("Приказ-142-от-28.08.2023.docx", "Приказ-145-от-30.08.2023.docx"):
        assert docx.Document(str(school / "documents" / name)).paragraphs  # whole documents
    assert _names(school) == [
        "Приказ-142-от-28.08.2023.docx",
        "Приказ-145-от-30.08.2023.docx",
        "Приказ-150-от-25.09.2023.docx",
    ]


def test_a_single_failed_write_says_only_that(school: Path) -> None:
    target = school / "documents/Приказ-150-от-25.09.2023.docx"
    target.mkdir(parents=True)
    with pytest.raises(OutputError) as failed:
        render("order", [school / "orders/2023-150-pairs.yaml"])
    assert failed.value.message == f"не удалось записать {target}: это папка, а нужен файл"


def test_ctrl_c_while_writing_leaves_no_temporary_file(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []

    def interrupted_on_the_second(handle: int) -> None:
        synced.append(handle)
        # each write syncs the file, then its folder: the third is the second document's file
        if len(synced) == 3:
            raise KeyboardInterrupt  # as Ctrl+C arriving in the middle of a write

    monkeypatch.setattr(os, "fsync", interrupted_on_the_second)
    with pytest.raises(Interrupted) as stopped:
        render("order", [school / f"orders/{name}.yaml" for name in ORDERS[:3]])
    assert stopped.value.message.splitlines() == [
        "прервано",
        "Записаны (1 из 3): documents/Приказ-142-от-28.08.2023.docx.",
        "Не записаны: documents/Приказ-145-от-30.08.2023.docx, "
        "documents/Приказ-150-от-25.09.2023.docx.",
    ]
    assert _names(school) == ["Приказ-142-от-28.08.2023.docx"]


def test_a_write_that_fails_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"original")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="нет прав доступа"):
        output.write_atomic(target, b"new")
    assert target.read_bytes() == b"original"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.docx"]


_RUN = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from mentorkit.cli import main; main(sys.argv[1:])"
)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
            return [int(number) for number in listing.read().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc (Linux)")
@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_during_a_render_says_interrupted(
    base_repo: Path, sent: signal.Signals, code: int
) -> None:
    own_template(base_repo, "{{ 10**(10**8) }}")  # keeps the child busy until it is stopped
    process = subprocess.Popen(
        [sys.executable, "-c", _RUN, "render", "order", "orders/11.yaml"],
        cwd=base_repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not (children := _children(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.02)  # waiting for the child that fills the template: it is the moment
    assert children, "the child process that fills templates did not start"
    process.send_signal(sent)
    _, err = process.communicate(timeout=60)
    assert process.returncode == code
    assert err.decode() == "mentorkit: прервано: ни один документ не записан\n"
    assert not (base_repo / "documents").exists()
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
