"""Filling templates in a child process with a time limit and a memory limit.

A template from the repository is a small program (loops, arithmetic, macros) that a pull request
can change. Jinja's sandbox keeps it away from files and from Python's insides, but not from
looping for ever or filling the memory: `{{ 'a'*10**9 }}` or two nested loops of range(100000).
So every document is filled in a child process of this same Python, which limits itself before
it takes a job (CPU seconds per document and address space, with `resource`) and is killed by the
parent when a document takes longer than the wall-clock limit. The packaged templates go the
same way: a document of a hundred thousand meetings is stopped as surely as a hostile template.

The parent sends each job pickled (it trusts itself); the child answers with plain frames (a
kind, a length, the bytes), so that nothing the child sends is ever unpickled, and the parent
reads at most MAX_DOCUMENT_BYTES of it. Where `resource` is missing (Windows) only the
wall-clock limit applies.

On Linux the child is a fork of the parent rather than a new Python: starting Python and
importing mentorkit again cost more CPU than most documents take to fill. It is forked before
the repository is read, so it holds nothing of the repository but the jobs it is sent, and it
takes the same limits, serves the same frames and leaves the same way (`os._exit`: none of the
parent's clean-up runs twice). Elsewhere, and in a parent that runs other threads (a fork takes
only the calling one, and locks the others hold would stay held), it is a new Python as before.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Collection, Sequence
from datetime import date
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, NoReturn

from mentorkit.errors import TemplateError
from mentorkit.records import dataclass

if TYPE_CHECKING:
    from types import TracebackType

    from mentorkit.model.config import DocumentProfile
    from mentorkit.render.context import TemplateContext
    from mentorkit.render.templates import Template

CPU_SECONDS = 2
"""CPU time one document may take in the child (the examples take 0.03–0.1 s each, a roadmap
of 2,000 items 0.5 s)."""
WALL_SECONDS = 20.0
"""Wall-clock time one document may take, the child's start included: the CPU limit stops a
busy template; this one stops a child that waits or a machine too loaded to run it."""
MEMORY_MB = 200
"""Memory a document may take in the child beyond what the child holds when it starts."""
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""The largest .docx the parent accepts from the child."""

_HEADER = struct.Struct(">cQ")
_DOCUMENT, _REFUSED, _MEMORY, _FAILED, _OVERSIZED = b"D", b"R", b"M", b"F", b"O"
_STDERR_TAIL = 2000

_BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "from mentorkit.render.child import main; main()"
)


@dataclass(frozen=True)
class Job:
    """One document to fill: what render_docx takes."""

    template: Template
    context: TemplateContext
    profile: DocumentProfile | SimpleNamespace
    """The document profile; as the parent sends it, its values (`profile_values`)."""
    profile_fields: frozenset[str]
    day: date | None
    column_weights: dict[tuple[str, ...], tuple[float, ...]]
    cpu_seconds: float
    """The job's CPU limit, as the parent has it."""


# The child's side ---------------------------------------------------------------------------


def _write_frame(stream: IO[bytes], kind: bytes, payload: bytes) -> None:
    stream.write(_HEADER.pack(kind, len(payload)))
    stream.write(payload)
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes], limit: int) -> tuple[bytes, bytes] | None:
    """One frame, or None at the end of the stream; a frame over `limit` bytes is not read."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    kind, size = _HEADER.unpack(header)
    if size > limit:
        return _OVERSIZED, str(size).encode()
    payload = _read_exactly(stream, size)
    return None if payload is None else (kind, payload)


def fill(job: Job) -> tuple[bytes, bytes]:
    """Fill one job: the frame to answer with."""
    from mentorkit.render.docx import render_docx

    try:
        data = render_docx(
            job.template,
            job.context,
            job.profile,
            job.profile_fields,
            job.day,
            job.column_weights,
        )
    except TemplateError as error:
        return _REFUSED, json.dumps({"message": error.message, "hint": error.hint}).encode()
    except MemoryError:
        return _MEMORY, b""
    except Exception as error:  # a fault of mentorkit's own: the parent reports it as one
        return _FAILED, f"{type(error).__name__}: {error}".encode(errors="replace")
    return _DOCUMENT, data


def serve(
    source: IO[bytes], answers: IO[bytes], limit: Callable[[float], None] | None = None
) -> None:
    """Fill jobs read from `source` until it ends, answering each on `answers`; `limit(s)`
    gives a job s seconds of CPU time, `limit(0)` lifts that when it is done."""
    served = False
    while True:
        frame = _read_frame(source, sys.maxsize)
        if frame is None:
            return
        if served:
            # What the last document left in reference cycles (python-docx's and lxml's trees):
            # with the collector run as seldom as mentorkit runs it (start.GC_THRESHOLD), a
            # hundred plans of one pairs file filled the memory limit.
            gc.collect()
        served = True
        job = pickle.loads(frame[1])
        del frame
        if limit is not None:
            limit(job.cpu_seconds)
        kind, payload = fill(job)
        if limit is not None:
            limit(0)
        del job
        _write_frame(answers, kind, payload)


def _limit_memory(megabytes: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a killed child leaves no core file
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError):
        pass  # no /proc, or a system that does not limit address space: time limits still hold


def _limit_cpu(seconds: float) -> None:
    import resource

    if not seconds:
        signal.setitimer(signal.ITIMER_PROF, 0)
        return
    # A profiling timer counts this process's CPU time from now, for each document; at its end
    # the kernel sends SIGPROF, which (with no handler) ends the child even inside one long C
    # call such as 10**(10**8). RLIMIT_CPU, in whole seconds, stands behind it.
    signal.setitimer(signal.ITIMER_PROF, seconds)
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = math.ceil(used.ru_utime + used.ru_stime)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (spent + math.ceil(seconds) + 2, hard))


def main(  # pragma: no cover  (runs in the child)
    memory_mb: int | None = None, warm: Sequence[str] = ()
) -> None:
    """The child: import what filling needs, open the packaged templates `warm` names, limit
    itself, then serve jobs on stdin (fd 0), answering on fd 1; `memory_mb` is the memory limit
    (`memory_mb` and `warm` from argv when it is a new Python)."""
    import mentorkit.render.docx  # (before the limits: imports are not the template's)

    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print goes to stderr, never into the answers
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)  # held while it was started
    # The template the document will likely take, opened while the parent still reads the
    # repository (ours, so before the limits too); the job finds it ready.
    for name in warm if memory_mb is not None else sys.argv[3:]:
        mentorkit.render.docx.warm(name)
    gc.freeze()  # what the child holds before its jobs: no collection walks it again
    limit = None
    if sys.platform != "win32":
        _limit_memory(int(sys.argv[2]) if memory_mb is None else memory_mb)
        limit = _limit_cpu
    serve(os.fdopen(os.dup(0), "rb"), answers, limit)


def _forked(  # pragma: no cover  (the child)
    jobs: int, answers: int, errors: int, warm: Sequence[str]
) -> NoReturn:
    """The forked child: its own session, the three pipes as fds 0, 1 and 2 and no other file
    of the parent's open, then `main`; it never returns into the parent's code."""
    code = 0
    try:
        os.setsid()  # as start_new_session: Ctrl+C in the terminal reaches the parent only
        for fd, target in ((jobs, 0), (answers, 1), (errors, 2)):
            os.dup2(fd, target)
        for name in os.listdir("/proc/self/fd"):
            if int(name) > 2:
                with contextlib.suppress(OSError):
                    os.close(int(name))
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115  (the child's to the end)
        sys.stdout = sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's «stop by unwinding»
        main(MEMORY_MB, warm)
    except BaseException:  # as a new Python would: the traceback on stderr, exit code 1
        code = 1
        with contextlib.suppress(BaseException):
            traceback.print_exc()
            sys.stderr.flush()
    cache = sys.modules.get("mentorkit.codecache")  # what the child compiled, for the next run
    if cache is not None:
        with contextlib.suppress(BaseException):
            cache.save()
    os._exit(code)


# The parent's side --------------------------------------------------------------------------

_STOPPING = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int | signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


class Filler:
    """A child process that fills documents one after another; use it as a context manager.

    The child starts at once, so that its imports overlap the parent's reading of the
    repository; `warm` names the packaged templates the documents will likely take, which the
    child opens in that time too (a document of another template is filled as well)."""

    def __init__(self, warm: Sequence[str] = ()) -> None:
        self._answers: queue.Queue[tuple[bytes, bytes] | None] = queue.Queue()
        self._stderr = bytearray()
        self._threads = [
            threading.Thread(target=self._read_answers, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        # Ctrl+C or SIGTERM between the fork and the moment the child is known would leave it
        # running: they wait, and arrive once it can be stopped.
        held = _hold_signals()
        try:
            self._process: subprocess.Popen[bytes] | _Forked = (
                _Forked.start(warm) if forking() else _spawn(warm)
            )
        except BaseException:
            _release_signals(held)
            raise
        try:
            _release_signals(held)
            for thread in self._threads:
                thread.start()
        except BaseException:  # stopped before the context began: no child is left behind
            self.close(kill=True)
            raise

    def _read_answers(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        try:
            while (frame := _read_frame(stream, MAX_DOCUMENT_BYTES)) is not None:
                self._answers.put(frame)
                if frame[0] == _OVERSIZED:
                    break  # the rest of the stream is that frame's unread payload
        except (OSError, ValueError):
            pass
        self._answers.put(None)

    def _read_stderr(self) -> None:
        stream = self._process.stderr
        assert stream is not None
        try:
            while chunk := os.read(stream.fileno(), 65536):
                self._stderr += chunk
                del self._stderr[:-_STDERR_TAIL]
        except (OSError, ValueError):
            pass

    def __enter__(self) -> Filler:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(kill=kind is not None)

    def close(self, kill: bool = False) -> None:
        """Stop the child: let it finish its last answer, or kill it at once."""
        process = self._process
        if process.stdin is not None and not process.stdin.closed:
            with contextlib.suppress(OSError):
                process.stdin.close()
        if not kill:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                kill = True
        if kill and process.poll() is None:
            process.kill()
            process.wait()
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout=5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    def fill(
        self,
        template: Template,
        context: TemplateContext,
        profile: DocumentProfile,
        profile_fields: Collection[str],
        day: date | None,
        column_weights: dict[tuple[str, ...], tuple[float, ...]],
        document: str,
    ) -> bytes:
        """The .docx of one document, filled in the child; `document` names it in messages
        («Приказ-146-от-20.09.2023.docx» из orders/146.yaml)."""
        job = Job(
            template,
            context,
            profile_values(profile),
            frozenset(profile_fields),
            day,
            column_weights,
            CPU_SECONDS,
        )
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        stdin = self._process.stdin
        assert stdin is not None
        with contextlib.suppress(OSError):  # the child is gone: its answer (none) says why
            _write_frame(stdin, b"J", payload)
        try:
            answer = self._answers.get(timeout=WALL_SECONDS)
        except queue.Empty:
            self.close(kill=True)
            raise over_time(template, document, WALL_SECONDS) from None
        if answer is None:
            raise self._died(template, document)
        kind, data = answer
        if kind == _DOCUMENT:
            return data
        if kind == _REFUSED:
            said = json.loads(data)
            raise TemplateError(said["message"], said["hint"])
        if kind == _MEMORY:
            raise over_memory(template, document)
        if kind == _OVERSIZED:
            self.close(kill=True)
            raise TemplateError(
                f"шаблон {template.label}: документ {document} вышел больше "
                f"{MAX_DOCUMENT_BYTES // 2**20} МБ, mentorkit его не записывает",
                hint=_hint(template),
            )
        # A fault of mentorkit's own: the command line's last line of defence reports it.
        raise RuntimeError(data.decode(errors="replace"))

    def _died(self, template: Template, document: str) -> TemplateError:
        code = self._process.wait()
        self.close(kill=True)
        if sys.platform != "win32":
            if code in (-signal.SIGPROF, -signal.SIGXCPU):
                return over_time(template, document, CPU_SECONDS)
            if code == -signal.SIGKILL:  # not ours: the system's out-of-memory killer
                return over_memory(template, document)
        said = self._stderr.decode(errors="replace").strip().splitlines()
        detail = f": {said[-1]}" if said else ""
        return TemplateError(
            f"шаблон {template.label}: заполнение документа {document} оборвалось "
            f"(код {code}){detail}",
            hint="повторите команду; если не помогает — сообщите разработчикам, приложив шаблон",
        )


def profile_values(profile: DocumentProfile) -> SimpleNamespace:
    """The profile's values as plain attributes, all that filling reads of it. A forked child
    has not imported pydantic (it is forked before the parent imports the models), and
    unpickling a model would import it on the way of the document."""
    return SimpleNamespace(**{name: getattr(profile, name) for name in type(profile).model_fields})


def forking() -> bool:
    """Whether the child is forked from this process (see the module's docstring)."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def _spawn(warm: Sequence[str] = ()) -> subprocess.Popen[bytes]:
    """The child as a new Python."""
    paths = [os.path.abspath(path) for path in sys.path if path]
    return subprocess.Popen(
        [sys.executable, "-I", "-B", "-c", _BOOT, json.dumps(paths), str(MEMORY_MB), *warm],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # Ctrl+C in the terminal reaches the parent only
    )


class _Forked:
    """A forked child with the part of Popen's interface Filler uses."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes], stderr: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.stderr: IO[bytes] | None = stderr
        self.returncode: int | None = None

    @classmethod
    def start(cls, warm: Sequence[str] = ()) -> _Forked:
        pipes = [os.pipe() for _ in range(3)]  # jobs, answers, errors: (read, write) each
        try:
            pid = os.fork()
        except BaseException:
            for pipe in pipes:
                for fd in pipe:
                    os.close(fd)
            raise
        if pid == 0:  # pragma: no cover  (the child)
            _forked(pipes[0][0], pipes[1][1], pipes[2][1], warm)
        for fd in (pipes[0][0], pipes[1][1], pipes[2][1]):
            os.close(fd)
        return cls(
            pid,
            os.fdopen(pipes[0][1], "wb"),
            os.fdopen(pipes[1][0], "rb"),
            os.fdopen(pipes[2][0], "rb"),
        )

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped already (by a handler of SIGCHLD)
                self.returncode = 0
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout or 0)
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        return code

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


def _hint(template: Template) -> str:
    if template.own:
        return (
            "упростите шаблон: уберите вложенные циклы {%p for %} и большие range(), "
            "вычисления вроде 10**(10**8) и «'текст'*1000000»; начать заново можно с шаблона "
            "по умолчанию: mentorkit templates copy"
        )
    return (
        "документ слишком велик для одного файла: разделите данные (например, пары — по "
        "нескольким файлам pairs/) и формируйте документы по частям"
    )


def over_time(template: Template, document: str, seconds: float) -> TemplateError:
    """The message of a document stopped at the time limit."""
    return TemplateError(
        f"шаблон {template.label} не заполнился за {seconds:.0f} с и остановлен (документ "
        f"{document}): "
        + (
            "в шаблоне, похоже, бесконечный или слишком долгий цикл или огромное вычисление"
            if template.own
            else "данных для одного документа слишком много"
        ),
        hint=_hint(template),
    )


def over_memory(template: Template, document: str) -> TemplateError:
    """The message of a document stopped at the memory limit."""
    return TemplateError(
        f"шаблону {template.label} не хватило памяти: документ {document} остановлен на "
        f"пределе {MEMORY_MB} МБ — "
        + (
            "шаблон, похоже, строит огромный текст или повторяет его миллионы раз"
            if template.own
            else "данных для одного документа слишком много"
        ),
        hint=_hint(template),
    )
