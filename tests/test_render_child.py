"""Templates are filled in a child process with limits: a hostile template from a pull request
ends with a message naming it, and the command goes on being a command (no hang, no memory
exhausted). The child's side is also run here in-process, through its frames."""

from __future__ import annotations

import io
import json
import os
import pickle
import signal
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from mentorkit.errors import TemplateError
from mentorkit.model.config import DocumentProfile
from mentorkit.render import child, render
from mentorkit.render.docx import MAX_UNPACKED_MB
from mentorkit.render.templates import MAX_TEMPLATE_BYTES, Template, packaged
from tests.test_render_templates import own_template, text_of


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """One CPU second per document instead of three: the same limit, reached sooner."""
    monkeypatch.setattr(child, "CPU_SECONDS", 1)


def refusal(root: Path) -> TemplateError:
    with pytest.raises(TemplateError) as refused:
        render("order", [root / "orders/11.yaml"])
    assert not (root / "documents").exists()
    return refused.value


@pytest.mark.usefixtures("quick")
@pytest.mark.parametrize(
    "body",
    [
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}{% endfor %}",
        "{{ 10**(10**8) }}",
    ],
    ids=["nested-loops", "huge-power"],
)
def test_a_template_that_runs_for_ever_is_stopped(base_repo: Path, body: str) -> None:
    own_template(base_repo, body)
    error = refusal(base_repo)
    # Nested loops may run out of memory before they run out of time: both are stopped.
    assert error.message.startswith(
        (
            "шаблон templates/order.docx не заполнился за 1 с и остановлен (документ "
            "«Приказ-11-от-20.09.2023.docx» из orders/11.yaml): в шаблоне, похоже, бесконечный",
            "шаблону templates/order.docx не хватило памяти",
        )
    ), error.message
    assert error.hint is not None and "упростите шаблон" in error.hint


def test_a_template_that_fills_the_memory_is_stopped(base_repo: Path) -> None:
    own_template(base_repo, "{{ 'a'*10**9 }}")
    error = refusal(base_repo)
    assert error.message == (
        "шаблону templates/order.docx не хватило памяти: документ "
        "«Приказ-11-от-20.09.2023.docx» из orders/11.yaml остановлен на пределе "
        f"{child.MEMORY_MB} МБ — шаблон, похоже, строит огромный текст или повторяет его "
        "миллионы раз"
    )


def test_recursion_is_called_recursion_not_a_broken_file(base_repo: Path) -> None:
    own_template(base_repo, "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}")
    error = refusal(base_repo)
    assert error.message == (
        "шаблон templates/order.docx вызывает сам себя без конца: макрос, который вызывает сам "
        "себя, или слишком глубокая вложенность тегов"
    )
    assert "не документ Word" not in error.message
    assert "не открывается" not in error.message


def _zip_bomb(path: Path, megabytes: int) -> None:
    """A real .docx whose document.xml unpacks to `megabytes` of comment."""
    document = docx.Document()
    document.add_paragraph("{{ order.title }}")
    buffer = io.BytesIO()
    document.save(buffer)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "word/document.xml":
                target.writestr(info, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with target.open("word/document.xml", "w", force_zip64=True) as stream:
                stream.write(head + b"<w:body>")
                padding = b"<!--" + b" " * ((1 << 20) - 7) + b"-->"  # a mebibyte each
                for _ in range(megabytes):
                    stream.write(padding)
                stream.write(tail)


def test_a_zip_bomb_is_not_unpacked(base_repo: Path) -> None:
    path = own_template(base_repo, "")
    _zip_bomb(path, 600)
    assert path.stat().st_size < 2 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        unpacked = round(sum(entry.file_size for entry in archive.infolist()) / 2**20)
    assert unpacked >= 600
    error = refusal(base_repo)
    assert error.message == (
        f"шаблон templates/order.docx распаковывается в {unpacked} МБ — больше предела "
        f"{MAX_UNPACKED_MB} МБ для шаблона: это не обычный документ Word (возможно, "
        "«zip-бомба»), mentorkit его не открывает"
    )


def test_a_broken_file_is_still_called_one(base_repo: Path) -> None:
    (base_repo / "templates").mkdir()
    (base_repo / "templates/order.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert "не открывается как документ Word (.docx)" in refusal(base_repo).message


def test_other_python_errors_in_a_template_name_the_template(base_repo: Path) -> None:
    own_template(base_repo, "{{ 1 / 0 }}")
    error = refusal(base_repo)
    assert error.message == (
        "шаблон templates/order.docx не заполняется: ZeroDivisionError: division by zero"
    )


def test_template_files_are_read_only_inside_the_repository(
    base_repo: Path, tmp_path: Path
) -> None:
    (base_repo / "templates").mkdir()
    outside = own_template(tmp_path / "elsewhere", "{{ order.title }}")
    (base_repo / "templates/order.docx").symlink_to(outside)
    assert refusal(base_repo).message == (
        "шаблон templates/order.docx — ссылка на файл вне репозитория: mentorkit его не читает"
    )
    (base_repo / "templates/order.docx").unlink()
    os.mkfifo(base_repo / "templates/order.docx")  # reading it would wait for ever
    assert "не обычный файл" in refusal(base_repo).message
    (base_repo / "templates/order.docx").unlink()
    (base_repo / "templates/order.docx").symlink_to(base_repo / "templates/missing.docx")
    assert refusal(base_repo).message == (
        "шаблон templates/order.docx не читается: нет такого файла или папки"
    )
    (base_repo / "templates/order.docx").unlink()
    with (base_repo / "templates/order.docx").open("wb") as stream:
        stream.truncate(MAX_TEMPLATE_BYTES + 1)
    assert "больше 50 МБ" in refusal(base_repo).message


def test_the_default_templates_go_through_the_child(base_repo: Path) -> None:
    (written,) = render("order", [base_repo / "orders/11.yaml"]).written
    assert "О закреплении наставнических пар" in " ".join(text_of(written.docx))


def test_a_default_template_over_the_limit_blames_the_data() -> None:
    template = Template("pair.docx", "pair.docx по умолчанию", b"", own=False)
    error = child.over_time(template, "«План.docx» из pairs/x.yaml", 3)
    assert error.message == (
        "шаблон pair.docx по умолчанию не заполнился за 3 с и остановлен (документ «План.docx» "
        "из pairs/x.yaml): данных для одного документа слишком много"
    )
    assert error.hint is not None and "разделите данные" in error.hint
    assert "не хватило памяти" in child.over_memory(template, "x").message


def _job(base_repo: Path) -> child.Job:
    """The job the order of the base repository gives, as the parent would send it."""
    from mentorkit.load.repository import load_repository
    from mentorkit.render.orders import prepare_order
    from mentorkit.render.templates import find_template

    repo, problems = load_repository(base_repo)
    item = prepare_order(repo, problems, "orders/11.yaml", False)
    template = find_template(base_repo, item.templates)
    fields = frozenset(DocumentProfile.model_fields)
    return child.Job(template, item.context, DocumentProfile(), fields, item.day, {}, 1)


def _frames(data: bytes) -> list[tuple[bytes, bytes]]:
    stream, frames = io.BytesIO(data), []
    while (frame := child._read_frame(stream, 1 << 30)) is not None:
        frames.append(frame)
    return frames


def test_the_child_answers_each_job_in_a_frame(base_repo: Path) -> None:
    job = _job(base_repo)
    own = Template("order.docx", "templates/order.docx", packaged("order.docx") or b"", True)
    requests = io.BytesIO()
    for each in (job, child.Job(own, *(getattr(job, f) for f in _FIELDS))):
        child._write_frame(requests, b"J", pickle.dumps(each))
    requests.write(struct.pack(">cQ", b"J", 100) + b"short")  # cut off: the parent is gone
    requests.seek(0)
    answers = io.BytesIO()
    limits: list[float] = []
    child.serve(requests, answers, limits.append)
    frames = _frames(answers.getvalue())
    assert [kind for kind, _ in frames] == [b"D", b"D"]
    assert all(data.startswith(b"PK") for _, data in frames)
    assert limits == [1, 0, 1, 0]
    assert child._read_frame(io.BytesIO(struct.pack(">cQ", b"D", 10)), 5) == (b"O", b"10")


_FIELDS = ("context", "profile", "profile_fields", "day", "column_weights", "cpu_seconds")


def test_refusals_memory_and_faults_travel_as_frames(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.render import docx as filling

    job = _job(base_repo)

    def refuse(*args: object) -> bytes:
        raise TemplateError("шаблон плох", "поправьте")

    monkeypatch.setattr(filling, "render_docx", refuse)
    kind, payload = child.fill(job)
    assert (kind, json.loads(payload)) == (b"R", {"message": "шаблон плох", "hint": "поправьте"})

    def exhaust(*args: object) -> bytes:
        raise MemoryError

    monkeypatch.setattr(filling, "render_docx", exhaust)
    assert child.fill(job) == (b"M", b"")

    def fault(*args: object) -> bytes:
        raise KeyError("x")

    monkeypatch.setattr(filling, "render_docx", fault)
    assert child.fill(job) == (b"F", b"KeyError: 'x'")


def test_an_oversized_answer_is_not_read(base_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child, "MAX_DOCUMENT_BYTES", 1000)
    job = _job(base_repo)
    with child.Filler() as filler, pytest.raises(TemplateError) as refused:
        filler.fill(job.template, job.context, job.profile, set(), None, {}, "«a.docx» из b")
    assert refused.value.message == (
        "шаблон order.docx по умолчанию: документ «a.docx» из b вышел больше 0 МБ, mentorkit "
        "его не записывает"
    )


def test_a_child_that_dies_is_reported(base_repo: Path) -> None:
    job = _job(base_repo)
    arguments = (job.template, job.context, job.profile, set(), None, {}, "«a.docx» из b")
    with child.Filler() as filler:
        assert filler.fill(*arguments).startswith(b"PK")  # it serves several documents
        os.kill(filler._process.pid, signal.SIGSEGV)
        with pytest.raises(TemplateError) as failed:
            filler.fill(*arguments)
    assert failed.value.message.startswith(
        f"шаблон order.docx по умолчанию: заполнение документа «a.docx» из b оборвалось (код "
        f"{-signal.SIGSEGV})"
    )
    with child.Filler() as filler:
        os.kill(filler._process.pid, signal.SIGKILL)  # as the system's out-of-memory killer does
        with pytest.raises(TemplateError, match="не хватило памяти"):
            filler.fill(*arguments)


def test_a_child_over_the_wall_clock_is_killed(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(child, "WALL_SECONDS", 1.0)
    job = _job(base_repo)
    with child.Filler() as filler:
        os.kill(filler._process.pid, signal.SIGSTOP)  # a child that never answers
        with pytest.raises(TemplateError) as stopped:
            filler.fill(job.template, job.context, job.profile, set(), None, {}, "«a» из b")
        assert filler._process.poll() is not None
    assert stopped.value.message.startswith(
        "шаблон order.docx по умолчанию не заполнился за 1 с и остановлен"
    )


def test_a_fault_in_the_child_is_an_internal_error(base_repo: Path) -> None:
    job = _job(base_repo)
    with child.Filler() as filler, pytest.raises(RuntimeError, match=r"^AttributeError: "):
        # No context at all: mentorkit's own fault, which the command line calls internal.
        filler.fill(job.template, None, job.profile, set(), None, {}, "x")  # type: ignore[arg-type]
