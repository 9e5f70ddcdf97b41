"""The cache of compiled code (mentorkit.codecache, regexcode, textcode): the same patterns and
code objects as the compilers make; a second run compiles nothing the first did; a file of
another Python, or one that does not read, is ignored; a folder that cannot be written fails
nothing; two writers at once leave a file that reads; the file does not grow without end."""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any
from unittest import mock

import pytest

from mentorkit import codecache, regexcode, textcode

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "roadmaps" / "school12-2023-2024"
CHECK = ["check", str(EXAMPLE), "--today", "2024-01-20"]

_compiler: Any = re._compiler  # type: ignore[attr-defined]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The cache installed in this process over an empty folder; everything as it was after."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("MENTORKIT_CACHE", str(folder))
    before = _compiler.compile
    yield folder
    codecache.uninstall()
    _compiler.compile = before
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled by the compiler of `re`, past its cache and ours."""
    original = getattr(_compiler.compile, "original", _compiler.compile)
    return original(pattern, flags)  # type: ignore[no-any-return]


_RUN = """
import json, sys
from mentorkit import codecache, start
missed = []
remember_pattern, remember_text = codecache.remember_pattern, codecache.remember_text
def pattern(found, entry):
    missed.append(["pattern", found[0][:60]])
    remember_pattern(found, entry)
def text(mode, source, code):
    missed.append([mode, source[:60]])
    remember_text(mode, source, code)
codecache.remember_pattern, codecache.remember_text = pattern, text
sys.argv = ["mentorkit", *sys.argv[1:]]
code = 0
try:
    start.main()
except SystemExit as stop:
    code = stop.code
sys.stdout.flush()
sys.__stderr__.write("MISSED" + json.dumps(missed) + "\\n")
sys.exit(code)
"""


def _run(
    args: list[str], folder: Path | str, cwd: Path | None = None
) -> tuple[Any, str, list[Any]]:
    """A command in a new Python with the cache in `folder`: exit code, output, what it missed."""
    env = {**os.environ, "MENTORKIT_CACHE": str(folder), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=cwd,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("MISSED"))
    return done.returncode, done.stdout, json.loads(line.removeprefix("MISSED"))


def _file(folder: Path) -> Path:
    return folder / codecache.file_name()


def test_a_second_run_compiles_nothing_the_first_did(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    code, first, missed = _run([*CHECK, "--format", "json"], folder)
    assert code == 0 and missed, "the first run compiles and remembers"
    written = _file(folder).stat()
    patterns, texts = codecache.read(str(_file(folder)))
    assert len(patterns) > 50 and len(texts["exec"]) > 50 and len(texts["eval"]) > 50
    again, second, missed = _run([*CHECK, "--format", "json"], folder)
    assert (again, second) == (code, first)
    assert missed == []
    after = _file(folder).stat()
    assert (after.st_ino, after.st_mtime_ns) == (
        written.st_ino,
        written.st_mtime_ns,
    )  # not rewritten
    off, plain, missed = _run([*CHECK, "--format", "json"], "off")
    assert (off, plain, missed) == (code, first, [])


def test_a_second_render_compiles_nothing_in_the_parent_or_the_child(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    order = sorted((EXAMPLE / "orders").glob("*.yaml"))[0]
    args = ["render", "order", str(order), "-o", str(tmp_path / "order.docx")]
    code, _, missed = _run(args, folder)
    assert code == 0 and missed
    _run(args, folder)  # the child's misses are written by the child, the parent's by it
    written = _file(folder).stat()
    code, _, missed = _run(args, folder)
    assert code == 0 and missed == []
    after = _file(folder).stat()
    assert (after.st_ino, after.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_every_entry_is_what_this_python_compiles(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    _run(CHECK, folder)
    patterns, texts = codecache.read(str(_file(folder)))
    assert patterns and texts
    for (pattern, flags), stored in patterns.items():
        assert stored == regexcode.entry(pattern, flags), pattern
        made = regexcode.made(pattern, stored)
        expected = _compiled(pattern, flags)
        assert made == expected, pattern  # the pattern, the flags and the code
        assert made.groupindex == expected.groupindex
        assert made.groups == expected.groups
    for mode, codes in texts.items():
        for source, raw in codes.items():
            made = marshal.loads(raw)
            expected = compile(source, "<string>", mode, dont_inherit=True)
            assert made == expected, source
            assert made.co_filename == expected.co_filename == "<string>"
            assert made.co_flags == expected.co_flags
            inner = [c for c in made.co_consts if isinstance(c, CodeType)]
            assert inner == [c for c in expected.co_consts if isinstance(c, CodeType)]


_TEXT = "def __create_fn__():\n def __init__(self)->None:\n  pass\n return __init__"


def _fill() -> None:
    """One pattern (as a module declares it: `regexcode.declared`) and one text through the
    installed cache, then saved."""
    re.purge()
    with mock.patch.object(regexcode, "declared", lambda: True):
        assert re.compile(r"(?P<day>\d\d)\.(?P<month>\d\d) из кэша").match("01.09 из кэша")
    assert textcode.compiled(_TEXT, "exec") == compile(_TEXT, "<string>", "exec", dont_inherit=True)
    assert codecache.save()


def test_installed_re_gives_the_same_patterns(cache: Path) -> None:
    assert codecache.install()
    assert _compiler.compile.__name__ == "compile_from_cache"
    _fill()
    codecache.uninstall()
    assert codecache.install()
    pattern = r"(?P<day>\d\d)\.(?P<month>\d\d) из кэша"
    assert (pattern, 0) in codecache.patterns
    re.purge()
    found = re.compile(pattern)
    assert (pattern, 0) in codecache.used_patterns and not codecache.changed
    assert found == _compiled(pattern) and found.groupindex == {"day": 1, "month": 2}
    assert found.match("01.09 из кэша").groupdict() == {"day": "01", "month": "09"}  # type: ignore[union-attr]
    assert re.compile(rb"\d+").match(b"12").group() == b"12"  # type: ignore[union-attr]  (bytes: as ever)
    with pytest.raises(re.error):
        re.compile("(unclosed")  # errors as ever
    assert not codecache.changed


def test_a_file_of_another_python_is_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert codecache.install()
    _fill()
    assert codecache.read() != ({}, {})
    real = codecache.key()
    for other in (
        (real[0], real[1], (3, 11, 6, "final", 0), *real[3:]),  # another version
        (*real[:3], b"\x00\x00\r\n", *real[4:]),  # another magic number
        (*real[:4], real[4] + 1, *real[5:]),  # another engine
    ):
        monkeypatch.setattr(codecache, "key", lambda other=other: other)
        assert codecache.read() == ({}, {})
    monkeypatch.setattr(codecache, "key", lambda: real)
    assert codecache.read() != ({}, {})


def test_another_python_compiles_as_ever(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codecache, "supported", lambda: False)
    before = _compiler.compile
    assert not codecache.install()
    assert _compiler.compile is before and "exec" not in vars(dataclasses)
    assert textcode.compiled(_TEXT, "exec") == compile(_TEXT, "<string>", "exec", dont_inherit=True)
    assert not codecache.save() and not cache.exists()


@pytest.mark.parametrize("value", ["off", "OFF", "0", "no", "false"])
def test_the_cache_turned_off(value: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MENTORKIT_CACHE", value)
    monkeypatch.chdir(tmp_path)
    assert codecache.folder() is None and codecache.path() is None
    assert not codecache.install()
    assert list(tmp_path.iterdir()) == []


def test_where_the_cache_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MENTORKIT_CACHE", str(tmp_path / "mine"))
    assert codecache.folder() == str(tmp_path / "mine")
    monkeypatch.delenv("MENTORKIT_CACHE")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert codecache.folder() == str(tmp_path / "xdg" / "mentorkit")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")  # ignored, as the XDG rules say
    assert codecache.folder() == str(tmp_path / "home" / ".cache" / "mentorkit")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert codecache.folder() == str(tmp_path / "home" / ".cache" / "mentorkit")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home at all
    assert codecache.folder() is None


def test_the_tests_keep_their_cache_out_of_the_home() -> None:
    folder = codecache.folder()
    assert folder is not None
    assert not folder.startswith(os.path.join(os.path.expanduser("~"), ".cache"))


def test_a_file_that_does_not_read_is_ignored(cache: Path) -> None:
    assert codecache.install()
    _fill()
    target = _file(cache)
    good = target.read_bytes()
    half = good[: len(good) // 2]
    flipped = bytearray(good)
    flipped[-10] ^= 0x55  # inside the payload: the checksum tells
    for bad in (b"", b"\x00not marshal", half, bytes(flipped), marshal.dumps({"x": 1})):
        target.write_bytes(bad)
        assert codecache.read() == ({}, {}), bad[:20]


def test_a_corrupt_file_fails_no_command_and_is_written_again(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    code, first, _ = _run(CHECK, folder)
    good = _file(folder).read_bytes()
    _file(folder).write_bytes(good[: len(good) // 3])
    again, second, missed = _run(CHECK, folder)
    assert (again, second) == (code, first) and missed
    assert codecache.read(str(_file(folder))) != ({}, {})


def test_a_folder_that_cannot_be_written_fails_no_command(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    expected = _run([*CHECK, "--format", "json"], "off")[:2]
    assert _run([*CHECK, "--format", "json"], blocker / "cache")[:2] == expected
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    if os.geteuid() != 0:  # root writes anywhere
        readonly = tmp_path / "readonly"
        readonly.mkdir()
        readonly.chmod(0o500)
        assert _run([*CHECK, "--format", "json"], readonly / "cache")[:2] == expected
        assert list(readonly.iterdir()) == []


_WRITER = """
import sys
from mentorkit import codecache, regexcode, textcode
assert codecache.install()
me = sys.argv[1]
for i in range(40):
    pattern = f"{me}-{i}-(a|b)+"
    codecache.remember_pattern((pattern, 0), regexcode.entry(pattern, 0))
    textcode.compiled(f"x_{me}_{i} = {i}", "exec")
    codecache.save()
"""


def test_two_writers_at_once_leave_a_file_that_reads(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    env = {**os.environ, "MENTORKIT_CACHE": str(folder)}
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, name], env=env) for name in ("a", "b")
    ]
    reads = 0
    while any(w.poll() is None for w in writers):
        if _file(folder).exists():
            patterns, texts = codecache.read(str(_file(folder)))
            assert patterns and texts  # never half a file
            reads += 1
    assert [w.wait() for w in writers] == [0, 0]
    patterns, texts = codecache.read(str(_file(folder)))
    names = {p for p, _ in patterns}
    # of two writers at once one wins: the last to write has all of its own (and what it read)
    assert any(all(f"{me}-{i}-(a|b)+" in names for i in range(40)) for me in "ab")
    for (pattern, flags), stored in patterns.items():
        assert regexcode.made(pattern, stored) == _compiled(pattern, flags)
    assert [p.name for p in folder.iterdir()] == [codecache.file_name()]  # no temporary left


def _declare(pattern: str) -> None:
    """Remembered as a pattern a module declares is (`regexcode.declared`)."""
    codecache.remember_pattern((pattern, 0), regexcode.entry(pattern, 0))


def test_the_file_does_not_grow_without_end(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codecache, "CAP_PATTERNS", 3)
    monkeypatch.setattr(codecache, "CAP_TEXTS", 2)
    assert codecache.install()
    for i in range(5):
        _declare(f"old-{i}")
        textcode.compiled(f"old_{i} = {i}", "exec")
    assert codecache.save()
    patterns, texts = codecache.read()
    assert len(patterns) == 3 and len(texts["exec"]) == 2
    codecache.uninstall()
    assert codecache.install()
    re.purge()
    re.compile("old-1")  # used by this run: kept before the others
    _declare("new")
    textcode.compiled("new = 1", "exec")
    assert codecache.save()
    patterns, texts = codecache.read()
    assert list(patterns)[:2] == [("old-1", 0), ("new", 0)] and len(patterns) == 3
    assert "new = 1" in texts["exec"] and len(texts["exec"]) == 2


def test_data_classes_and_annotations_with_the_hooks_are_the_same(cache: Path) -> None:
    assert codecache.install()
    assert vars(dataclasses)["exec"] is textcode._exec
    assert vars(typing)["compile"] is textcode._compile

    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: list[int] = dataclasses.field(default_factory=list)

    assert Point(1) == Point(1, []) and Point(1) < Point(2)
    assert repr(Point(1, [2])).endswith("<locals>.Point(x=1, y=[2])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 2  # type: ignore[misc]
    reference = typing.ForwardRef("list[Point]")
    # as typing compiles it (its module has no future flags)
    expected = compile("list[Point]", "<string>", "eval", dont_inherit=True)
    assert reference.__forward_code__ == expected
    assert typing.get_type_hints(Point)["y"] == list[int]
    # not the hook's to change: another file name, flags, a code object
    with pytest.raises(SyntaxError):
        typing.ForwardRef("1 +")
    code = textcode._compile("x = 1", "<other>", "exec")
    assert code.co_filename == "<other>"
    space: dict[str, Any] = {}
    textcode._exec(compile("y = 2", "<s>", "exec"), space)
    assert space["y"] == 2
    # a text compiled through the hook has none of this module's future flags
    assert not textcode._compile("x: int = 1", "<string>", "exec").co_flags & 0x1000000
    # and read back from the cache, the same
    assert codecache.save()
    codecache.uninstall()
    assert codecache.install()
    again = typing.ForwardRef("list[Point]")
    assert again.__forward_code__ == expected
    assert ("eval", "list[Point]") in codecache.used_texts


_DECLARED = """
import re
MODULE = re.compile("объявлен[аоы]? в модуле")
"""


def test_only_the_patterns_the_code_declares_are_remembered(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern built at run time may hold a user's data («Иванова», a number from their file):
    it is compiled, never written to a file in their home. A module's own patterns, and the
    lazy ones it declares, are remembered."""
    from mentorkit.lazyre import lazy

    assert codecache.install()
    (tmp_path / "declaring_module.py").write_text(_DECLARED, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import declaring_module  # noqa: F401

    surname = "Иванова-Петрова"
    assert re.compile(re.escape(surname) + r"\b").search(f"назначить {surname} куратором")
    assert lazy("ленив[ао]е? объявлени[ея]").search("ленивое объявление")
    names = {pattern for pattern, _ in codecache.patterns}
    assert "объявлен[аоы]? в модуле" in names
    assert "ленив[ао]е? объявлени[ея]" in names
    assert not any(surname.replace("-", r"\-") in name or surname in name for name in names)
