"""The quick ways of `render plan|order` give what the slow ones give: the list of written files
made without rich is what rich prints, and a render to a pipe does not import rich."""

from __future__ import annotations

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from mentorkit.cli.edge import REDIRECTED_WIDTH
from mentorkit.cli.lean import report_written, written_text
from mentorkit.render import Written
from mentorkit.report.safe import SafeConsole
from tests.conftest import EXAMPLES


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
    code = (
        "import sys\n"
        "from mentorkit.cli import main\n"
        "try:\n"
        f"    main(['render', 'plan', {str(roadmap)!r}, '-o', {str(tmp_path / 'p.docx')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    environment = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environment,
        cwd=tmp_path,
    )
    loaded = done.stderr.split()
    assert done.stdout == "Записан p.docx — шаблон plan.docx по умолчанию\n"
    assert "mentorkit" in loaded and "docxtpl" not in loaded  # filled in the child
    assert "typer" not in loaded and "rich" not in loaded
