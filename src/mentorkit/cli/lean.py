"""The commands run most often — `check`, `render plan`, `render order` — without typer.

Importing typer and letting it read the arguments (it builds a pydantic TypeAdapter for every
parameter) costs about a tenth of `mentorkit check` on a small repository and of a render, and
these commands run on every commit. `run` reads their arguments when they are written the plain
way — values given, each option once, nothing it does not know — and runs them with the same code
the typer commands run (`check`, `render`). Anything else — `--help`, a mistake, an option it
does not know, a value starting with a dash, an output stream in another encoding — it leaves to
typer (returns None), which answers as it always has: help and errors stay typer's, in Russian.
"""

from __future__ import annotations

import errno
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, Literal

from mentorkit.cli.edge import REDIRECTED_WIDTH, console, parse_today, plain_stdout
from mentorkit.errors import Interrupted

if TYPE_CHECKING:
    from rich.console import Console

    from mentorkit.render import Written

CHECK_FORMATS = ("text", "json", "github", "junit", "sarif")
"""The values of `check --format` (`cli.check.CheckFormat`; a test keeps them the same)."""

_CHECK_VALUES = {"--today": "today", "--format": "format", "--ignore": "ignore"}
_CHECK_FLAGS = {"--strict": "strict"}
_RENDER_VALUES = {"-o": "output", "--output": "output"}
_RENDER_FLAGS = {"--pdf": "pdf", "--public": "public"}
_REPEATED = frozenset({"ignore"})


def _read(
    args: list[str], values: dict[str, str], flags: dict[str, str]
) -> tuple[list[str], dict[str, Any]] | None:
    """The arguments and the options of `args`, or None where typer should read them."""
    found: dict[str, Any] = {}
    positional: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if not token:
            return None
        if not token.startswith("-"):
            positional.append(token)
            continue
        name, equals, value = token.partition("=")
        if name in flags and not equals:
            key = flags[name]
            if key in found:
                return None
            found[key] = True
            continue
        if name not in values or (equals and not name.startswith("--")):
            return None
        if not equals:
            if index == len(args):
                return None
            value = args[index]
            index += 1
        if not value or value.startswith("-"):
            return None
        key = values[name]
        if key in _REPEATED:
            found.setdefault(key, []).append(value)
        elif key in found:
            return None
        else:
            found[key] = value
    return positional, found


def run(args: list[str]) -> int | None:
    """Run `args` if they are one of the common commands written the plain way and return the
    exit code; None where typer is to run them."""
    if not _plain_output():
        return None
    if args[:1] == ["check"]:
        read = _read(args[1:], _CHECK_VALUES, _CHECK_FLAGS)
        if read is None:
            return None
        paths, options = read
        output = options.get("format", "text")
        if output not in CHECK_FORMATS:
            return None
        return _guarded(
            lambda: run_check(
                [Path(path) for path in paths],
                options.get("today"),
                output,
                options.get("strict", False),
                options.get("ignore"),
                echo,
            )
        )
    if len(args) >= 2 and args[0] == "render" and args[1] in ("plan", "order"):
        read = _read(args[2:], _RENDER_VALUES, _RENDER_FLAGS)
        if read is None or not read[0]:
            return None
        files, options = read
        output = options.get("output")
        kind: Literal["plan", "order"] = "plan" if args[1] == "plan" else "order"
        return _guarded(
            lambda: run_render(
                kind,
                [Path(file) for file in files],
                Path(output) if output is not None else None,
                options.get("pdf", False),
                options.get("public", False),
            )
        )
    return None


def _plain_output() -> bool:
    """Whether standard output is one `echo` writes as typer's does: UTF-8 (typer rewraps a
    stream it thinks misconfigured)."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8")


def _guarded(command: Callable[[], int]) -> int:
    """What typer does around a command: Ctrl+C is exit code 130, a closed pipe exit code 1."""
    try:
        return command()
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        sys.exit(1)


class _Pacified:
    """A stream whose flush ignores a closed pipe (as click's PacifyFlushWrapper)."""

    def __init__(self, wrapped: IO[Any]) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(message: str, nl: bool = True) -> None:
    """Write `message` to standard output as `typer.echo` does: ANSI codes removed where it is
    not a terminal, flushed."""
    out = message + "\n" if nl else message
    stream = sys.stdout
    if not out:
        stream.flush()
        return
    try:
        terminal = stream.isatty()
    except Exception:  # as click's isatty: a stream that cannot tell is no terminal
        terminal = False
    if not terminal:
        out = _ANSI.sub("", out)
    stream.write(out)
    stream.flush()


def run_check(
    paths: list[Path],
    today: str | None,
    output: str,
    strict: bool,
    ignore: list[str] | None,
    write: Callable[..., None],
) -> int:
    """`mentorkit check`, its arguments read: the exit code."""
    from mentorkit.check import check
    from mentorkit.report.check import plain_text, print_text, to_github, to_json

    codes = tuple(code for value in ignore or [] for code in value.split(","))
    result = check(paths, parse_today(today), codes)
    if output == "json":
        write(to_json(result))
    elif output == "github":
        write(to_github(result))
    elif output == "junit":
        from mentorkit.report.junit import to_junit

        write(to_junit(result, strict), nl=False)
    elif output == "sarif":
        from mentorkit.report.sarif import to_sarif

        write(to_sarif(result))
    else:
        text = plain_text(result, strict, REDIRECTED_WIDTH) if plain_stdout() else None
        if text is None:
            print_text(result, console(), strict)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    return 1 if result.failed(strict) else 0


def run_render(
    kind: Literal["plan", "order"], files: list[Path], output: Path | None, pdf: bool, public: bool
) -> int:
    """`mentorkit render plan|order`, its arguments read: the exit code."""
    from mentorkit.render import render

    with stoppable():
        result = render(kind, files, output=output, public=public, pdf=pdf, today=parse_today(None))
    text = written_text(result.written) if plain_stdout() else None
    if text is None:
        report_written(result.written, console())
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def shown_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@contextmanager
def stoppable() -> Iterator[None]:
    """SIGTERM stops a render the way Ctrl+C does, by unwinding (so temporary files and the
    child process go); both end in «прервано» with exit 128 + the signal (130, 143). A second
    signal while that happens stops the program at once."""
    import signal
    import threading

    received: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        for number in previous:
            signal.signal(number, signal.SIG_DFL)
        raise KeyboardInterrupt

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGINT, signal.SIGTERM):
            if signal.getsignal(number) is not signal.SIG_IGN:  # as a background job has it
                previous[number] = signal.signal(number, stop)
    try:
        yield
    except (KeyboardInterrupt, Interrupted) as error:
        # The core says what it had written when it was stopped; elsewhere nothing was.
        stopped = error if isinstance(error, Interrupted) else Interrupted("прервано")
        stopped.exit_code = 128 + (received[0] if received else signal.SIGINT)
        raise stopped from None
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def report_written(written: tuple[Written, ...], out: Console) -> None:
    from mentorkit.report.safe import markup as escape

    for entry in written:
        shown = f"Записан {escape(shown_path(entry.docx))} — шаблон {escape(entry.template)}"
        out.print(shown, soft_wrap=True)
        if entry.pdf is not None:
            out.print(f"Записан {escape(shown_path(entry.pdf))}", soft_wrap=True)


def written_text(written: tuple[Written, ...]) -> str | None:
    """What `report_written` prints on a plain console (`plain_stdout`), made without rich
    (whose import is a twentieth of a render); None where a name holds anything rich might show
    otherwise than as it is: a backslash or a bracket (markup), a line break, a character of
    another width or one `printable` escapes, spaces at its ends."""
    from mentorkit.report.printable import CANDIDATE

    names: list[tuple[str, str | None]] = []
    for entry in written:
        names.append((shown_path(entry.docx), entry.template))
        if entry.pdf is not None:
            names.append((shown_path(entry.pdf), None))
    lines: list[str] = []
    for path, template in names:
        for name in (path, template or ""):
            if name != name.strip() or CANDIDATE.search(name) or any(c in name for c in "\n\\["):
                return None
        lines.append(f"Записан {path}" + (f" — шаблон {template}" if template else "") + "\n")
    return "".join(lines)
