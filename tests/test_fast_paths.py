"""The shortcuts that make commands start and render sooner give what the long way gives: the
command line with only the invoked command's module, the render child forked instead of started,
the dictionary loaded on the first word it is asked about, declension and typesetting of a
repeated text done once, a view without a changed text kept as it is."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from mentorkit import cli
from mentorkit.cli import helptext
from mentorkit.model.config import DocumentProfile
from mentorkit.render import child, inflect, render
from mentorkit.render import docx as filling
from mentorkit.render.context import map_texts
from mentorkit.render.typography import protect
from mentorkit.start import HELP


def _module_of(info: Any) -> str:
    group = getattr(info, "typer_instance", None)
    # A group is where its commands come from.
    callback = group.registered_commands[0].callback if group is not None else info.callback
    module: str = callback.__module__
    return module.rsplit(".", 1)[-1]


def test_every_command_is_found_in_the_module_named_for_it() -> None:
    app = cli.load()
    names = {info.name: _module_of(info) for info in app.registered_commands}
    names |= {
        info.name or info.typer_instance.info.name: _module_of(info)
        for info in app.registered_groups
    }
    assert names == cli.COMMANDS
    assert set(cli.COMMANDS.values()) == set(cli.MODULES)


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_a_command_loads_its_own_module_only() -> None:
    out = _python(
        "import sys; from mentorkit import cli; app = cli.load(['check']); "
        "print(sorted(m for m in sys.modules if m.startswith('mentorkit.cli.'))); "
        "print(sorted(c.name for c in app.registered_commands))"
    )
    modules, commands = out.splitlines()
    assert "mentorkit.cli.check" in modules
    for other in ("render", "importer", "calendar", "edit", "status"):
        assert f"mentorkit.cli.{other}'" not in modules
    assert commands == "['check', 'codes', 'deadline']"


def test_commands_loaded_one_by_one_are_listed_in_the_usual_order() -> None:
    # One process that ran `render`, then `check`, then asks for the root help (as the tests do).
    out = _python(
        "import sys; from mentorkit import cli; cli.load(['render']); cli.load(['check']); "
        "from mentorkit.cli import helptext; sys.stdout.write(helptext.render(False))"
    )
    assert out == (HELP / "root.txt").read_text(encoding="utf-8")
    assert out == helptext.render(False)


def test_app_is_the_whole_command_line() -> None:
    from mentorkit.cli import app

    assert {info.name for info in app.registered_commands} >= {"check", "status", "init"}


def _text(data: bytes, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def _jobs(base_repo: Path) -> list[child.Job]:
    from mentorkit.load.repository import load_repository
    from mentorkit.render.documents import prepare_plan
    from mentorkit.render.orders import prepare_order
    from mentorkit.render.templates import find_template

    repo, problems = load_repository(base_repo)
    items = [prepare_order(repo, problems, "orders/11.yaml", False)]
    items.append(prepare_plan(repo, problems, "roadmaps/2023-2024.yaml", False))
    fields = frozenset(DocumentProfile.model_fields)
    return [
        child.Job(
            find_template(base_repo, item.templates),
            item.context,
            DocumentProfile(),
            fields,
            item.day,
            {},
            2,
        )
        for item in items
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="the child is forked on Linux only")
def test_a_forked_child_fills_the_same_documents_as_a_new_python(
    base_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = _jobs(base_repo)
    filled: dict[bool, list[bytes]] = {}
    for fork in (True, False):
        monkeypatch.setattr(child, "forking", lambda fork=fork: fork)
        with child.Filler() as filler:
            assert isinstance(filler._process, child._Forked) == fork
            filled[fork] = [
                filler.fill(
                    j.template, j.context, j.profile, j.profile_fields, j.day, {}, "«a» из b"
                )
                for j in jobs
            ]
    assert filled[True] == filled[False]
    for number, (forked, spawned) in enumerate(zip(filled[True], filled[False], strict=True)):
        text = _text(forked, tmp_path, f"forked-{number}.docx")
        assert text == _text(spawned, tmp_path, f"spawned-{number}.docx")
        assert any(line.strip() for line in text)


@pytest.mark.skipif(sys.platform != "linux", reason="the child is forked on Linux only")
def test_the_forked_child_is_used_by_render_and_leaves_nothing_behind(base_repo: Path) -> None:
    assert child.forking()
    (written,) = render("order", [base_repo / "orders/11.yaml"]).written
    assert written.docx.read_bytes().startswith(b"PK")
    with child.Filler() as filler:
        process = filler._process
        assert isinstance(process, child._Forked)
    assert process.returncode == 0
    assert process.poll() == 0


def test_other_threads_mean_a_new_python(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert not child.forking()


def test_a_forked_child_that_waits_is_waited_for_within_the_time(base_repo: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("the child is forked on Linux only")
    with child.Filler() as filler:
        process = filler._process
        assert isinstance(process, child._Forked)
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=0.01)  # it waits for jobs
        process.kill()
        assert process.wait(timeout=5) == -9
        process.kill()  # already gone: nothing to do


def test_an_abbreviation_first_needs_no_dictionary() -> None:
    out = _python(
        "import sys; from mentorkit.render import inflect; "
        "print(inflect.decline('МАОУ СОШ № 12', 'genitive', animate=False)); "
        "print('pymorphy3' in sys.modules)"
    )
    assert out.splitlines() == ["МАОУ СОШ № 12", "False"]


@pytest.mark.parametrize(
    ("phrase", "case", "animate"),
    [
        ("МАОУ СОШ № 12", "genitive", False),
        ("учитель информатики", "dative", True),
        ("учитель информатики", "accusative", True),
        ("заместитель директора по учебно-воспитательной работе", "dative", True),
        ("Управление образованием Ивантеевского МР", "instrumental", False),
        ("План мероприятий (дорожная карта)", "accusative", False),
        ("«Дорожная карта»", "accusative", False),
    ],
)
def test_declension_done_once_is_the_declension(phrase: str, case: Any, animate: bool) -> None:
    direct = inflect.decline(phrase, case, animate=animate, morph=inflect.Pymorphy())
    assert inflect.decline(phrase, case, animate=animate) == direct
    assert inflect.decline(phrase, case, animate=animate) == direct  # from the cache


def _replacing(value: Any, change: Callable[[str], str]) -> Any:
    """map_texts as it was: every view rebuilt."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, tuple):
        return tuple(_replacing(item, change) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _replacing(getattr(value, f.name), change) for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value


def test_texts_are_mapped_as_before(base_repo: Path) -> None:
    for job in _jobs(base_repo):
        context = job.context
        for change in (protect, filling._without_control, str.upper, lambda text: text):
            assert map_texts(context, change) == _replacing(context, change)
        assert map_texts(context, lambda text: text) is context
    dirty = dataclasses.replace(
        _jobs(base_repo)[0].context,
        document=dataclasses.replace(_jobs(base_repo)[0].context.document, title="a\x07b\x0cc"),
    )
    assert filling._clean(dirty).document.title == "abc"
    assert protect("№ 12") == protect("№ 12") == "№\u00a012"
