"""The quick ways of `render plan|order` give what the slow ones give: the list of written files
made without rich is what rich prints, a render to a pipe does not import rich, a template the
child opened ahead fills the same document, and the child collects what each document left."""

from __future__ import annotations

import gc
import io
import pickle
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mentorkit.cli.edge import REDIRECTED_WIDTH
from mentorkit.cli.lean import report_written, written_text
from mentorkit.model.config import DocumentProfile
from mentorkit.render import Written, _likely_templates, child, typography
from mentorkit.render import docx as filling
from mentorkit.report.safe import SafeConsole
from tests.conftest import EXAMPLES, modules_of
from tests.test_render_child import _job


def _rich(written: tuple[Written, ...]) -> str:
    buffer = StringIO()
    safe = SafeConsole(
        file=buffer,
        width=REDIRECTED_WIDTH,
        color_system=None,
        highlight=False,
        markup=True,
        emoji=False,
    )
    report_written(written, safe)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name",
    [
        "documents/Приказ-146-от-20.09.2023.docx",
        "out/plan.docx",
        "/tmp/elsewhere/План «мероприятий» — 2023-2024 (для сайта).docx",
        "documents/" + "очень-длинное-имя-" * 20 + ".docx",
        "a b/c.docx",
    ],
)
@pytest.mark.parametrize("pdf", [False, True])
def test_the_list_without_rich_is_what_rich_prints(name: str, pdf: bool) -> None:
    docx = Path(name)
    entries = (
        Written(
            "orders/146.yaml",
            docx,
            "order.docx по умолчанию",
            docx.with_suffix(".pdf") if pdf else None,
        ),
        Written("roadmaps/x.yaml", Path("documents/второй.docx"), "templates/plan.docx"),
    )
    text = written_text(entries)
    assert text is not None
    assert text == _rich(entries)
    assert text.count("Записан") == 3 if pdf else 2


@pytest.mark.parametrize(
    "name",
    [
        "documents/a\\b.docx",
        "documents/[bold]x[/bold].docx",
        "documents/x\x1b[31m.docx",
        "documents/tab\there.docx",
        "documents/line\nbreak.docx",
        "documents/漢字.docx",
        " documents/space.docx",
        "documents/space.docx ",
    ],
)
def test_a_name_rich_might_show_otherwise_is_left_to_rich(name: str) -> None:
    entries = (Written("orders/146.yaml", Path(name), "order.docx по умолчанию"),)
    assert written_text(entries) is None
    assert "Записан" in _rich(entries)


def test_an_odd_template_name_is_left_to_rich() -> None:
    entries = (Written("orders/146.yaml", Path("a.docx"), "templates/[x].docx"),)
    assert written_text(entries) is None


def test_render_to_a_pipe_does_not_import_rich(tmp_path: Path) -> None:
    roadmap = sorted((EXAMPLES / "school12-2023-2024" / "roadmaps").glob("*.yaml"))[0]
    argv = ["render", "plan", str(roadmap), "-o", str(tmp_path / "p.docx")]
    out, loaded = modules_of(argv, cwd=tmp_path)
    assert out == "Записан p.docx — шаблон plan.docx по умолчанию\n"
    assert "mentorkit" in loaded and "docxtpl" not in loaded  # filled in the child
    assert "typer" not in loaded and "rich" not in loaded


# The template opened ahead (docx.warm) --------------------------------------------------------


@pytest.fixture
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """No template opened ahead by an earlier test."""
    monkeypatch.setattr(filling, "_WARM", {})
    monkeypatch.setattr(filling, "_COMPILED", {})
    monkeypatch.setattr(filling, "_PATCHED", {})


def _fill(job: child.Job) -> bytes:
    kind, data = child.fill(job)
    assert kind == b"D", data
    return data


@pytest.mark.usefixtures("cold")
def test_a_template_opened_ahead_fills_the_same_document(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = _job(base_repo)
    opened = _fill(job)
    compiled: list[int] = []
    original = ImmutableSandboxedEnvironment.compile

    def counting(self: ImmutableSandboxedEnvironment, source: str, *args: object) -> object:
        compiled.append(len(source))
        return original(self, source, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(ImmutableSandboxedEnvironment, "compile", counting)
    filling.warm("order.docx")
    ahead = len(compiled)
    assert ahead >= 1 and job.template.data in filling._WARM
    assert len(filling._PATCHED) == ahead  # each part cleaned ahead too
    assert _fill(job) == opened
    assert job.template.data not in filling._WARM  # taken by that document
    # The body and the headers were compiled ahead; only the small texts of the properties now.
    assert all(size < 300 for size in compiled[ahead:]), compiled
    assert _fill(job) == opened  # a second document opens its own, with the same code
    filling.warm("order.docx")
    filling.warm("order.docx")  # once is enough
    assert len(filling._WARM) == 1


@pytest.mark.usefixtures("cold")
def test_what_cannot_be_opened_ahead_is_left_to_the_document(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filling.warm("nothing.docx")
    monkeypatch.setattr(filling, "packaged", lambda name: b"not a zip")
    filling.warm("order.docx")
    assert filling._WARM == {} and filling._COMPILED == {} and filling._PATCHED == {}
    job = _job(base_repo)
    assert _fill(job).startswith(b"PK")


def test_the_child_opens_ahead_the_template_the_repository_does_not_replace(
    base_repo: Path,
) -> None:
    assert _likely_templates("order", base_repo) == ("order.docx",)
    assert _likely_templates("plan", base_repo) == ("plan.docx",)
    (base_repo / "templates").mkdir(exist_ok=True)
    (base_repo / "templates" / "order-pairs.docx").write_bytes(b"")
    assert _likely_templates("order", base_repo) == ()
    assert _likely_templates("plan", base_repo) == ("plan.docx",)
    (base_repo / "templates" / "plan.docx").write_bytes(b"")
    assert _likely_templates("plan", base_repo) == ()


@pytest.mark.usefixtures("cold")
def test_a_child_that_opened_the_template_ahead_answers_the_same(base_repo: Path) -> None:
    job = _job(base_repo)
    arguments = (job.template, job.context, job.profile, set(), None, {}, "«a.docx» из b")
    with child.Filler() as filler:
        plain = filler.fill(*arguments)
    with child.Filler(("order.docx", "plan.docx")) as filler:
        assert filler.fill(*arguments) == plain
        assert filler.fill(*arguments) == plain


def test_the_child_collects_what_each_document_left(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = _job(base_repo)
    requests = io.BytesIO()
    for _ in range(3):
        child._write_frame(requests, b"J", pickle.dumps(job))
    requests.seek(0)
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(1) or 0)
    answers = io.BytesIO()
    child.serve(requests, answers)
    assert len(collected) == 2  # before each document but the first
    assert answers.getvalue().count(b"PK") >= 3


def test_render_reads_no_deadline_and_does_not_import_the_reader(tmp_path: Path) -> None:
    repo = EXAMPLES / "school12-2023-2024"
    roadmap = sorted((repo / "roadmaps").glob("*.yaml"))[0]
    order = sorted((repo / "orders").glob("*.yaml"))[0]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mentorkit.render import render\n"
        f"render('plan', [Path({str(roadmap)!r})], output=Path({str(tmp_path)!r}))\n"
        f"render('order', [Path({str(order)!r})], output=Path({str(tmp_path)!r}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('mentorkit.deadlines')))\n"
        "from mentorkit.deadlines import read_deadline\n"
        "print(read_deadline.__module__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded, reader = done.stdout.splitlines()
    assert "mentorkit.deadlines.period" in loaded  # positive control
    assert "mentorkit.deadlines.reader" not in loaded and "parser" not in loaded
    assert reader == "mentorkit.deadlines.reader"  # there when it is asked for
    assert len(list(tmp_path.glob("*.docx"))) == 2


def test_the_deadlines_package_has_no_other_lazy_name() -> None:
    import mentorkit.deadlines

    with pytest.raises(AttributeError, match="no attribute 'read_deadlines'"):
        mentorkit.deadlines.read_deadlines  # noqa: B018


# Typography passed over where no rule can apply ---------------------------------------------


def _protect_as_it_was(text: str) -> str:
    """typography.protect before its rules were passed over by the characters they need."""
    t = typography
    if not text:
        return text
    text = t._NUMBER_SIGN.sub("№" + t.NBSP, text)
    text = t._PHONE.sub(lambda m: t._glue(m.group(0)), text)
    text = t._YEARS.sub(t._years, text)
    text = t._RANGE.sub(lambda m: t.NBHY if m.group(1) else m.group(2) + t.WORD_JOINER, text)
    text = t._YEAR_WORD.sub(t.NBSP, text)
    text = t._WORD_NUMBER.sub(lambda m: m.group(1) + t.NBSP, text)
    text = t._INITIALS_FIRST.sub(lambda m: m.group(1).replace(" ", t.NBSP) + t.NBSP, text)
    text = t._INITIALS_AFTER.sub(lambda m: m.group(1) + t.NBSP, text)
    text = t._BETWEEN_INITIALS.sub(t.NBSP, text)
    return t._PLACE.sub(lambda m: m.group(1) + "." + t.NBSP, text)


def _example_texts() -> list[str]:
    texts = []
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            _, _, value = line.partition(":")
            if value.strip():
                texts.append(value.strip().strip("'\""))
    return texts


@pytest.mark.parametrize(
    "text",
    [
        "№ 156",
        "№156 от 20.09.2023",
        "на 2021-2022 учебный год",
        "2022 – 2024 гг.",
        "8 (86130) 4-12-34",
        "(приложение 1)",
        "п. 3.1",
        "Петрова А. А. и А.А. Иванова",
        "г. Тимашевск, ул. Советская, д. 5",
        "1-2 кварталы",
        "без цифр и точек",
        "только точка.",
        "№ без цифры",
        "٣-٤ (арабские цифры)",
        "",
    ],
)
def test_typography_is_what_it_was(text: str) -> None:
    assert typography.protect.__wrapped__(text) == _protect_as_it_was(text)


def test_typography_of_every_example_text_is_what_it_was() -> None:
    texts = _example_texts()
    assert len(texts) > 500
    for text in texts:
        assert typography.protect.__wrapped__(text) == _protect_as_it_was(text), text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="№ .-–—\t0123456789٣гсдпулАБВПетроваИг()", max_size=40))
def test_typography_of_odd_texts_is_what_it_was(text: str) -> None:
    assert typography.protect.__wrapped__(text) == _protect_as_it_was(text)


@pytest.mark.usefixtures("cold")
def test_a_new_python_child_opens_the_template_ahead_too(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = _job(base_repo)
    arguments = (job.template, job.context, job.profile, set(), None, {}, "«a.docx» из b")
    with child.Filler() as filler:
        forked = filler.fill(*arguments)
    monkeypatch.setattr(child, "forking", lambda: False)
    with child.Filler(("order.docx",)) as filler:
        assert not isinstance(filler._process, child._Forked)
        assert filler.fill(*arguments) == forked


def test_the_child_fills_a_job_without_pydantic(base_repo: Path) -> None:
    """The child is forked before the parent imports pydantic and the models: what it imports
    to fill, and the job it unpickles (the profile as values), must not bring them in."""
    job = _job(base_repo)
    sent = pickle.dumps(
        child.Job(
            job.template,
            job.context,
            child.profile_values(DocumentProfile()),
            job.profile_fields,
            job.day,
            {},
            2,
        )
    )
    script = (
        "import pickle, sys\n"
        "from mentorkit.render import child\n"
        "kind, data = child.fill(pickle.loads(sys.stdin.buffer.read()))\n"
        "assert kind == b'D' and data.startswith(b'PK'), data[:200]\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'mentorkit.model',"
        " 'mentorkit.load.repository', 'ruamel'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=sent, capture_output=True, timeout=60, check=True
    )
    assert done.stdout.decode().strip() == "[]"
