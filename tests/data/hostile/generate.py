"""The hostile corpus: inputs a careless editor or an attacker's pull request may bring, each laid
over the base repository (tests/data/base) or given on the command line.

`cases()` returns every input; tests/test_hostile.py builds each in a temporary folder and runs
every command that takes it. Most are generated here from the base files and the models (so
that "a wrong type in every field of every kind" stays true when a field is added); the few
written by hand are in manual/ beside this script. Run it to list the corpus:

    python tests/data/hostile/generate.py
"""

from __future__ import annotations

import json
import random
import sys
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
BASE = HERE.parent / "base"
MANUAL = HERE / "manual"

ROADMAP = "roadmaps/2023-2024.yaml"
PAIRS = "pairs/2023-2024.yaml"
ORDER = "orders/10.yaml"
PAIRS_ORDER = "orders/11.yaml"
CONFIG = "mentorkit.yaml"
PEOPLE = "people.yaml"
DATA_FILES = (CONFIG, PEOPLE, ROADMAP, PAIRS, ORDER, PAIRS_ORDER)

SECRET = "MENTORKIT-SECRET-3f1c2b"
"""The text of the file outside the repository that links point at: it must never be printed."""


@dataclass
class Case:
    """One hostile input: files laid over the base repository (bytes; None deletes the file),
    links (path → target; `{secret}`, `{outside}`, `{other}` and `{fifo}` stand for places
    outside the repository), FIFOs and sockets to make, and the file it is about."""

    name: str
    about: str
    target: str
    files: dict[str, bytes | None] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    fifos: tuple[str, ...] = ()
    sockets: tuple[str, ...] = ()
    heavy: bool = False
    """Big inputs (tens of megabytes, a million items): still run in CI, marked so."""
    problem: bool = True
    """check must report a problem (exit 1) naming `target`."""
    args: tuple[str, ...] = ()
    """Extra arguments: a path on the command line instead of the repository."""
    output: str | None = None
    """render's -o, relative to the work folder (`{long}` for a name over 255 bytes)."""
    known_gap: str | None = None
    """Set where the fix belongs to another part of issue 10 not in this branch yet."""


def _stem(relpath: str) -> str:
    """«roadmaps-2023-2024» for roadmaps/2023-2024.yaml: a name for the cases made from it."""
    return relpath.removesuffix(".yaml").replace("/", "-")


def _text(relpath: str) -> str:
    return (BASE / relpath).read_text(encoding="utf-8")


def _data(relpath: str) -> Any:
    """The base file as plain data, dates as text (as mentorkit reads them)."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from mentorkit.load.yamlfile import parse_yaml

    parsed, _ = parse_yaml(_text(relpath), relpath)
    assert parsed is not None
    return parsed.data


def _dump(data: Any) -> bytes:
    """JSON is YAML: a file written from data, whatever the data is."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    # Characters YAML does not allow raw in a file are written as escapes, as an editor would.
    text = "".join(c if c.isprintable() or c in "\n " else _escape(c) for c in text)
    return text.encode("utf-8", errors="surrogatepass")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


def _set(data: Any, keys: tuple[str | int, ...], value: Any) -> Any:
    node = data
    for key in keys[:-1]:
        node = node[key]
    node[keys[-1]] = value
    return data


# Values put where a field is expected: every YAML kind, and the hostile texts.
WRONG_VALUES: tuple[Any, ...] = (
    ["список", 1],
    {"словарь": {"вложенный": 1}},
    123456789012345678901234567890,
    True,
    None,
    "",
    "[/]\x1b[31m\u202eкрасный\x1b]0;title\x07",
    1e308,
    -1,
    "2023-02-30",
    [[[[[]]]]],
    "x" * 5000,
)


def _field_places() -> list[tuple[str, tuple[str | int, ...]]]:
    """(file, place) of every field of every kind of file, from the models themselves."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from mentorkit.model import (
        Config,
        Consent,
        Item,
        Meeting,
        Order,
        Pair,
        PairsFile,
        Person,
        Roadmap,
        Section,
    )
    from mentorkit.model.config import CheckSettings, DocumentProfile, Organization, Rules
    from mentorkit.model.roadmap import Approval

    places: list[tuple[str, tuple[str | int, ...]]] = []

    def add(relpath: str, prefix: tuple[str | int, ...], model: Any) -> None:
        places.extend((relpath, (*prefix, name)) for name in model.model_fields)

    add(CONFIG, (), Config)
    add(CONFIG, ("organization",), Organization)
    add(CONFIG, ("rules",), Rules)
    add(CONFIG, ("check",), CheckSettings)
    add(CONFIG, ("document",), DocumentProfile)
    add(PEOPLE, ("people", 1), Person)
    add(PEOPLE, ("people", 4, "consent"), Consent)
    add(ROADMAP, (), Roadmap)
    add(ROADMAP, ("approved_by",), Approval)
    add(ROADMAP, ("sections", 0), Section)
    add(ROADMAP, ("sections", 0, "items", 1), Item)
    add(PAIRS, (), PairsFile)
    add(PAIRS, ("pairs", 0), Pair)
    add(PAIRS, ("pairs", 0, "meetings", 1), Meeting)
    add(ORDER, (), Order)
    return places


def _wrong_types() -> list[Case]:
    result = []
    for index, (relpath, keys) in enumerate(_field_places()):
        # One value a field, the values taken in turn: every kind of value meets many fields
        # here, and the property tests (test_hostile_properties.py) try any value in any field.
        for turn in range(1):
            value = WRONG_VALUES[(index + turn) % len(WRONG_VALUES)]
            data = _data(relpath)
            if relpath == CONFIG:
                data.setdefault("check", {})
                data.setdefault("document", {})
            try:
                _set(data, keys, value)
            except (KeyError, IndexError, TypeError):
                continue
            place = ".".join(str(k) for k in keys)
            result.append(
                Case(
                    f"type-{relpath.split('/')[0].split('.')[0]}-{place}-{turn}",
                    f"{relpath}: {place} = {type(value).__name__}",
                    relpath,
                    {relpath: _dump(data)},
                    problem=False,
                )
            )
    return result


def _truncated() -> list[Case]:
    result = []
    for relpath in DATA_FILES:
        raw = (BASE / relpath).read_bytes()
        for share in (0.1, 0.35, 0.6, 0.9):
            cut = int(len(raw) * share)
            result.append(
                Case(
                    f"truncated-{_stem(relpath)}-{int(share * 100)}",
                    f"{relpath} cut at {int(share * 100)} %",
                    relpath,
                    {relpath: raw[:cut]},
                    problem=False,
                )
            )
    return result


def _flipped() -> list[Case]:
    rng = random.Random(10)
    result = []
    for relpath in DATA_FILES:
        raw = bytearray((BASE / relpath).read_bytes())
        for turn in range(3):
            flipped = bytearray(raw)
            for _ in range(3 + turn * 5):
                at = rng.randrange(len(flipped))
                flipped[at] ^= 1 << rng.randrange(8)
            result.append(
                Case(
                    f"flipped-{_stem(relpath)}-{turn}",
                    f"{relpath} with bits flipped",
                    relpath,
                    {relpath: bytes(flipped)},
                    problem=False,
                )
            )
    return result


def _encodings() -> list[Case]:
    result = []
    for relpath in DATA_FILES:
        text = _text(relpath)
        stem = _stem(relpath)
        result += [
            Case(
                f"cp1251-{stem}", f"{relpath} in cp1251", relpath, {relpath: text.encode("cp1251")}
            ),
            Case(
                f"utf16-{stem}", f"{relpath} in UTF-16", relpath, {relpath: text.encode("utf-16")}
            ),
            Case(
                f"bom-{stem}",
                f"{relpath} with a UTF-8 BOM (valid)",
                relpath,
                {relpath: b"\xef\xbb\xbf" + text.encode()},
                problem=False,
            ),
            Case(
                f"nul-{stem}",
                f"{relpath} with a NUL byte",
                relpath,
                {relpath: text.encode().replace(b"\n", b"\n\x00", 1)},
            ),
            Case(
                f"tabs-{stem}",
                f"{relpath} indented with tabs",
                relpath,
                {relpath: text.replace("  ", "\t").encode()},
                problem=relpath not in (ORDER, PAIRS_ORDER),
            ),
        ]
    result.append(
        Case(
            "utf16-nobom-roadmap",
            "UTF-16 without a BOM",
            ROADMAP,
            {ROADMAP: _text(ROADMAP).encode("utf-16-le")},
        )
    )
    result.append(
        Case(
            "crlf-pairs",
            "Windows line ends (valid)",
            PAIRS,
            {PAIRS: _text(PAIRS).replace("\n", "\r\n").encode()},
            problem=False,
        )
    )
    return result


def _duplicates() -> list[Case]:
    result = []
    for relpath in DATA_FILES:
        lines = _text(relpath).splitlines(keepends=True)
        first = next(line for line in lines if not line.startswith("#"))
        result.append(
            Case(
                f"duplicate-key-{_stem(relpath)}",
                f"{relpath}: its first key twice",
                relpath,
                {relpath: ("".join(lines) + first).encode()},
            )
        )
    return result


BOMB = "\n".join(
    f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _structure() -> list[Case]:
    roadmap = _text(ROADMAP)
    return [
        Case("deep-flow", "brackets nested 100 000 deep", ROADMAP, {ROADMAP: b"[" * 100_000}),
        Case(
            "deep-flow-title",
            "a value nested 400 deep",
            ROADMAP,
            {ROADMAP: ("title: " + "[" * 400 + "]" * 400 + "\nperiod: 2023-2024\n").encode()},
        ),
        Case(
            "deep-block",
            "mappings nested 3 000 deep by indentation",
            ROADMAP,
            {ROADMAP: "".join(f"{' ' * i}k{i}:\n" for i in range(3000)).encode()},
        ),
        Case(
            "deep-lists",
            "block lists nested 3 000 deep",
            PAIRS,
            {PAIRS: "".join(f"{' ' * (2 * i)}- \n" for i in range(3000)).encode()},
        ),
        Case(
            "alias-bomb",
            "billion laughs",
            ROADMAP,
            {ROADMAP: ('a: &a ["x","x","x","x","x","x","x","x","x"]\n' + BOMB + "\n").encode()},
        ),
        Case(
            "alias-bomb-in-field",
            "billion laughs under a real field",
            PAIRS,
            {
                PAIRS: (
                    'a0: &a ["x","x","x","x","x","x","x","x","x"]\n'
                    + BOMB.replace("b: ", "b0: ").replace("i: ", "pairs: ")
                    + "\nperiod: 2023-2024\n"
                ).encode()
            },
        ),
        Case(
            "alias-self",
            "an anchor that refers to itself",
            ROADMAP,
            {ROADMAP: b"a: &a [*a]\n"},
        ),
        Case(
            "alias-undefined",
            "a reference to no anchor",
            ROADMAP,
            {ROADMAP: roadmap.replace("title: Формирование базы", "title: *nowhere").encode()},
        ),
        Case(
            "merge-valid",
            "merge keys used as intended (valid)",
            PAIRS,
            {
                PAIRS: _text(PAIRS)
                .replace(
                    "    mentees: [Новикова",
                    "    <<: &common {order: '11'}\n    mentees: [Новикова",
                )
                .encode()
            },
            problem=False,
        ),
        Case(
            "merge-scalar",
            "a merge key naming a text",
            PAIRS,
            {PAIRS: _text(PAIRS).replace('    order: "11"\n', "    <<: текст\n", 1).encode()},
            problem=False,
        ),
        Case(
            "merge-list-of-lists",
            "a merge key with lists inside",
            ORDER,
            {ORDER: b"<<: [[1, 2], [3]]\n" + _text(ORDER).encode()},
            problem=False,
        ),
        Case(
            "many-documents",
            "two YAML documents in one file",
            ORDER,
            {ORDER: (_text(ORDER) + "---\n" + _text(ORDER)).encode()},
        ),
        Case(
            "python-tag",
            "a python object tag",
            ORDER,
            {
                ORDER: (
                    _text(ORDER) + "x: !!python/object/apply:os.system ['echo pwned']\n"
                ).encode()
            },
        ),
        Case(
            "binary-tag",
            "a binary value where text is expected",
            ORDER,
            {ORDER: _text(ORDER).replace("basis: В", "basis: !!binary aGVsbG8=\nx: В").encode()},
        ),
        Case(
            "top-level-list",
            "a list where a mapping is expected",
            ROADMAP,
            {ROADMAP: b"- a\n- b\n"},
        ),
        Case(
            "top-level-scalar",
            "a text where a mapping is expected",
            PEOPLE,
            {PEOPLE: b"just text\n"},
        ),
        Case("only-comments", "a file of comments", PAIRS, {PAIRS: b"# nothing\n# here\n"}),
        Case("empty", "an empty file", ORDER, {ORDER: b""}),
        Case("whitespace", "a file of spaces", CONFIG, {CONFIG: b"   \n\n  \n"}),
        Case(
            "control-chars",
            "control characters in a value",
            ROADMAP,
            {ROADMAP: roadmap.replace("Итоговая конференция", "Итог\x07\x08\x1b").encode()},
        ),
    ]


def _dates() -> list[Case]:
    roadmap, pairs, people, order = _text(ROADMAP), _text(PAIRS), _text(PEOPLE), _text(ORDER)
    cases = [
        ("done-feb-31", ROADMAP, roadmap.replace("done: 2023-09-25", "done: 31.02.2024")),
        ("done-feb-29-2023", ROADMAP, roadmap.replace("done: 2023-09-25", "done: 2023-02-29")),
        ("done-month-13", ROADMAP, roadmap.replace("done: 2023-09-25", "done: 2024-13-01")),
        ("done-year-0", ROADMAP, roadmap.replace("done: 2023-09-25", "done: 0000-01-01")),
        ("done-list-bad", ROADMAP, roadmap.replace("done: 2023-09-25", "done: [2023-09-25, x]")),
        ("meeting-day-32", PAIRS, pairs.replace("date: 2023-10-06", "date: 2023-10-32")),
        ("meeting-no-date", PAIRS, pairs.replace(", date: 2023-10-06", "")),
        ("consent-feb-31", PEOPLE, people.replace("consent: 2023-09-04", "consent: 2024-02-31")),
        ("consent-text", PEOPLE, people.replace("consent: 2023-09-04", "consent: есть")),
        ("order-date-feb-30", ORDER, order.replace("date: 2023-08-30", "date: 30.02.2023")),
        ("period-backwards", ROADMAP, roadmap.replace("period: 2023-2024", "period: 2024-2023")),
        (
            "period-huge",
            ROADMAP,
            roadmap.replace("period: 2023-2024", "period: {start: 0001-01-01, end: 9999-12-31}"),
        ),
        ("period-year-9999", PAIRS, pairs.replace("period: 2023-2024", "period: 9999-10000")),
        ("approved-bad", ROADMAP, roadmap.replace("date: 2023-08-30", "date: 2023-08-31x")),
    ]
    result = [
        Case(name, f"{relpath}: impossible date", relpath, {relpath: text.encode()})
        for name, relpath, text in cases
    ]
    for case in result:
        case.problem = case.name not in ("period-huge",)
    weekly = (
        roadmap.replace("period: 2023-2024", "period: {start: 0001-01-01, end: 9999-12-31}")
        .replace("deadline: май 2024 г.", "deadline: еженедельно")
        .replace("deadline: Сентябрь 2023г.", "deadline: по понедельникам и средам")
    )
    result.append(
        Case(
            "period-huge-weekly",
            f"{ROADMAP}: «еженедельно» and two weekdays over 0001–9999 (a million dates)",
            ROADMAP,
            {ROADMAP: weekly.encode()},
            problem=False,
        )
    )
    return result


HOSTILE_TEXT = "[/][bold]жирный\x1b[2J\x1b]8;;http://evil/\x1b\\ссылка\u202eтхет\u2066\x9b31m"


def _values() -> list[Case]:
    roadmap, config, people = _text(ROADMAP), _text(CONFIG), _text(PEOPLE)
    quoted = json.dumps(HOSTILE_TEXT, ensure_ascii=True)
    return [
        Case(
            "escapes-in-title",
            "ANSI, OSC, bidi and markup in an item's title",
            ROADMAP,
            {ROADMAP: roadmap.replace("Итоговая конференция наставников", quoted).encode()},
            problem=False,
        ),
        Case(
            "escapes-in-deadline",
            "escapes in a deadline text",
            ROADMAP,
            {ROADMAP: roadmap.replace("deadline: май 2024 г.", f"deadline: {quoted}").encode()},
        ),
        Case(
            "escapes-in-short-name",
            "markup and escapes in the organisation's short name",
            CONFIG,
            {CONFIG: config.replace("short_name: МБОУ СШ № 1", f"short_name: {quoted}").encode()},
            problem=False,
        ),
        Case(
            "escapes-in-person",
            "escapes in a person's name",
            PEOPLE,
            {PEOPLE: people.replace("Ученикова Дарья Сергеевна", quoted).encode()},
        ),
        Case(
            "escapes-in-key",
            "escapes in an unknown key",
            ROADMAP,
            {
                ROADMAP: roadmap.replace(
                    "    items:\n", f"    {quoted}: 1\n    items:\n", 1
                ).encode()
            },
        ),
        Case(
            "escape-file-name",
            "a file name with an escape and a bidi override",
            "roadmaps/\x1b[31mкрасный\u202e.yaml",
            {"roadmaps/\x1b[31mкрасный\u202e.yaml": b"title: x\n"},
        ),
        Case(
            "markup-file-name",
            "a file name that is rich markup",
            "pairs/[bold]x[-].yaml",
            {"pairs/[bold]x[-].yaml": b"period: [/]\n"},
        ),
        Case(
            "font-size-1e300",
            "font_size: 1e300",
            CONFIG,
            {CONFIG: (config + "document:\n  font_size: 1e300\n").encode()},
        ),
        Case(
            "margin-1e12",
            "margin_left: 1e12",
            CONFIG,
            {CONFIG: (config + "document:\n  margin_left: 1e12\n").encode()},
        ),
        Case(
            "font-size-nan",
            "font_size: .nan and an infinite margin",
            CONFIG,
            {CONFIG: (config + "document:\n  font_size: .nan\n  margin_top: .inf\n").encode()},
        ),
        Case(
            "soon-days-huge",
            "soon_days: 10**12",
            CONFIG,
            {CONFIG: config.replace("soon_days: 14", "soon_days: 1000000000000").encode()},
        ),
        Case(
            "experience-inf",
            "experience: .inf",
            PEOPLE,
            {PEOPLE: people.replace("experience: 18", "experience: .inf").encode()},
        ),
        Case(
            "long-value",
            "a title of one megabyte",
            ROADMAP,
            {ROADMAP: roadmap.replace("Итоговая конференция наставников", "щ" * 500_000).encode()},
            problem=False,
        ),
        Case(
            "docx-as-yaml",
            "a Word document saved as .yaml",
            ROADMAP,
            {ROADMAP: hostile_docx()},
        ),
        Case(
            "stray-yaml-txt",
            "Notepad's .yaml.txt",
            "pairs/x.yaml.txt",
            {"pairs/x.yaml.txt": b"a: 1\n"},
            problem=False,
        ),
    ]


def _links() -> list[Case]:
    def link(name: str, about: str, target: str, to: str, **kw: Any) -> Case:
        return Case(name, about, target, links={target: to}, **kw)

    return [
        link("link-passwd", "pairs file → /etc/passwd", "pairs/x.yaml", "/etc/passwd"),
        link("link-secret", "roadmap → a file outside", "roadmaps/x.yaml", "{secret}"),
        link(
            "link-secret-relative",
            "a relative link out",
            "orders/x.yaml",
            "../../outside/secret.txt",
        ),
        link("link-dev-zero", "people.yaml → /dev/zero", PEOPLE, "/dev/zero", files={PEOPLE: None}),
        link("link-dev-null", "an order → /dev/null", "orders/x.yaml", "/dev/null"),
        link("link-dev-urandom", "a roadmap → /dev/urandom", "roadmaps/r.yaml", "/dev/urandom"),
        link(
            "link-config-secret",
            "mentorkit.yaml → outside",
            CONFIG,
            "{secret}",
            files={CONFIG: None},
        ),
        link("link-fifo-outside", "a link to a FIFO outside", "pairs/f.yaml", "{fifo}"),
        link("link-dangling", "a link to nothing", "roadmaps/gone.yaml", "nowhere.yaml"),
        link("link-loop", "a link to itself", "orders/loop.yaml", "loop.yaml"),
        link(
            "link-folder-out",
            "roadmaps/ → a folder outside",
            "roadmaps/",
            "{outside}",
            files={ROADMAP: None},
        ),
        link(
            "link-other-repo",
            "an order from another repository",
            "orders/20.yaml",
            "{other}/orders/10.yaml",
        ),
        link(
            "link-template",
            "templates/order.docx → outside",
            "templates/order.docx",
            "{secret}",
            problem=False,
        ),
        link(
            "link-inside",
            "a link inside the repository (valid)",
            "roadmaps/copy.yaml",
            "2023-2024.yaml",
            problem=False,
        ),
        link(
            "link-documents-out",
            "documents/ → another repository",
            "documents",
            "{other}/documents",
            problem=False,
        ),
        Case(
            "fifo-pairs",
            "a FIFO named like a pairs file",
            "pairs/fifo.yaml",
            fifos=("pairs/fifo.yaml",),
        ),
        Case(
            "fifo-people",
            "people.yaml is a FIFO",
            PEOPLE,
            files={PEOPLE: None},
            fifos=(PEOPLE,),
        ),
        Case(
            "fifo-template",
            "templates/order.docx is a FIFO",
            "templates/order.docx",
            fifos=("templates/order.docx",),
            problem=False,
        ),
        Case(
            "socket-roadmap",
            "a socket named like a roadmap",
            "roadmaps/s.yaml",
            sockets=("roadmaps/s.yaml",),
        ),
    ]


def hostile_docx(**parts: bytes) -> bytes:
    """A .docx-like zip: the given parts (name → bytes), or a broken one with an XXE."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entries = parts or {
            "[Content_Types].xml": b"<?xml version='1.0'?><Types/>",
            "word/document.xml": (
                b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b"<d>&x;</d>"
            ),
        }
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _templates() -> list[Case]:
    template = "templates/order.docx"
    packaged = HERE.parents[2] / "src" / "mentorkit" / "templates" / "order.docx"
    with zipfile.ZipFile(packaged) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}

    def with_text(text: str) -> bytes:
        document = parts["word/document.xml"]
        marker = b"<w:body>"
        paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
        return hostile_docx(
            **{**parts, "word/document.xml": document.replace(marker, marker + paragraph, 1)}
        )

    # the hostile templates render in the sandboxed child (render/child.py): each ends within
    # the harness's time and memory bounds, asserted like every other case
    def case(name: str, about: str, data: bytes) -> Case:
        return Case(name, about, template, {template: data}, problem=False)

    return [
        case("template-not-zip", "a template that is not a zip", b"not a zip at all"),
        case("template-xxe", "a template with an external entity", hostile_docx()),
        case(
            "template-unclosed", "a template with an unclosed {{", with_text("{{ organization.name")
        ),
        case(
            "template-python",
            "a template reaching for Python",
            with_text("{{ ''.__class__.__mro__ }}"),
        ),
        case("template-escape", "a template printing escapes", with_text("{{ '\\x1b[2J' }}")),
        case("template-big-string", "'a' * 10**9", with_text("{{ 'a' * 10**9 }}")),
        case(
            "template-loops",
            "nested loops",
            with_text(
                "{% for a in range(10**4) %}{% for b in range(10**4) %}x{% endfor %}{% endfor %}"
            ),
        ),
        case("template-pow", "10**10**8", with_text("{{ 10**10**8 }}")),
        case(
            "template-zip-slip",
            "a template with a ../ entry",
            hostile_docx(**{**parts, "../../evil.txt": b"x"}),
        ),
    ]


def _paths() -> list[Case]:
    long_name = "д" * 200 + ".yaml"
    return [
        Case(
            "path-long",
            "a path over 255 bytes",
            ROADMAP,
            args=(f"roadmaps/{long_name}",),
            problem=False,
        ),
        Case(
            "path-missing",
            "a path that does not exist",
            ROADMAP,
            args=("nowhere/x.yaml",),
            problem=False,
        ),
        Case(
            "path-loop",
            "a symlink loop given as the path",
            "loop.yaml",
            links={"loop.yaml": "loop.yaml"},
            args=("loop.yaml",),
            problem=False,
        ),
        Case(
            "path-link-out",
            "a link out of the repository given as the path",
            "roadmaps/out.yaml",
            links={"roadmaps/out.yaml": "{secret}"},
            args=("roadmaps/out.yaml",),
        ),
        Case("output-long", "-o with a name over 255 bytes", ORDER, output="{long}", problem=False),
        Case("output-in-file", "-o inside a file", ORDER, output="file.txt/x.docx", problem=False),
    ]


def _heavy() -> list[Case]:
    meetings = "".join(
        f"      - {{stage: работа, date: 2023-{9 + i % 4:02d}-{1 + i % 28:02d}}}\n"
        for i in range(100_000)
    )
    pairs = _text(PAIRS).replace(
        "      - {stage: итоговая, date: 2024-05-20}\n",
        meetings + "      - {stage: итоговая, date: 2024-05-20}\n",
        1,
    )
    unknown = "".join(f"        поле{i}: значение\n" for i in range(100_000))
    roadmap = _text(ROADMAP).replace(
        "        done: 2023-09-20\n", "        done: 2023-09-20\n" + unknown, 1
    )
    people = _text(PEOPLE) + "".join(
        f"  - name: Фамилия{i} Имя Отчествович\n    experience: {i % 9}\n    consent: 2023-09-01\n"
        for i in range(20_000)
    )
    million = "items: [" + ",".join(["{title: x}"] * 1_000_000) + "]\n"
    items = "".join(
        f"      - title: Мероприятие {i}\n        deadline: до {1 + i % 28}.10.2023\n"
        for i in range(20_000)
    )
    many_items = _text(ROADMAP).replace(
        "  - title: Итоги\n", "  - title: Много\n    items:\n" + items + "  - title: Итоги\n"
    )
    return [
        Case(
            "huge-100k-meetings",
            "100 000 meetings in one pair",
            PAIRS,
            {PAIRS: pairs.encode()},
            heavy=True,
        ),
        Case(
            "huge-100k-keys",
            "100 000 unknown keys",
            ROADMAP,
            {ROADMAP: roadmap.encode()},
            heavy=True,
        ),
        Case(
            "huge-20k-people",
            "20 000 people",
            PEOPLE,
            {PEOPLE: people.encode()},
            heavy=True,
            problem=False,
        ),
        Case(
            "huge-20k-items",
            "20 000 overdue items",
            ROADMAP,
            {ROADMAP: many_items.encode()},
            heavy=True,
            problem=False,
        ),
        Case(
            "huge-million-list",
            "a list of a million items",
            ROADMAP,
            {ROADMAP: million.encode()},
            heavy=True,
        ),
        Case(
            "huge-50mb",
            "a 50 MB file",
            ROADMAP,
            {ROADMAP: (_text(ROADMAP) + "# " + "x" * 100 + "\n").encode() * 400_000},
            heavy=True,
        ),
        Case(
            "huge-one-line",
            "one line of 15 MB",
            ORDER,
            {ORDER: (_text(ORDER) + "points: [" + "а" * 15_000_000 + "]\n").encode()},
            heavy=True,
        ),
    ]


_VALID_MANUAL = {"anchors-across", "yaml11-directive"}


def _manual() -> list[Case]:
    """The inputs written by hand, in manual/: NAME.PATH.yaml lays PATH (with / as +)."""
    result = []
    for path in sorted(MANUAL.glob("*")):
        name, _, rest = path.name.partition(".")
        relpath = rest.replace("+", "/")
        valid = name in _VALID_MANUAL
        result.append(
            Case(
                f"manual-{name}",
                f"manual/{path.name}",
                relpath,
                {relpath: path.read_bytes()},
                problem=not valid,
            )
        )
    return result


def cases() -> list[Case]:
    """The whole corpus, in a stable order."""
    return [
        *_manual(),
        *_wrong_types(),
        *_truncated(),
        *_flipped(),
        *_encodings(),
        *_duplicates(),
        *_structure(),
        *_dates(),
        *_values(),
        *_links(),
        *_templates(),
        *_paths(),
        *_heavy(),
    ]


DEADLINES: tuple[str, ...] = (
    "еженедельно",
    "ежедневно",
    "до 31.12.9999",
    "до 29.02.2023",
    "31 декабря 9999 далее ежегодно",
    "[/]\x1b[2J\u202eдо 15.03.2024",
    "до " + "1" * 5000,
    "Сентябрь " * 20_000,
    "ежемесячно, " * 2_000,
    "\x00\x01\x02",
    "",
    " ",
    "I" * 10_000 + " квартал 2024",
    "до 15.03.2024, далее ежегодно " * 500,
)
"""Deadline texts for `mentorkit deadline`, with the periods below."""

PERIODS: tuple[str | None, ...] = (None, "2000-01-01..2999-12-31", "0001-01-01..9999-12-31")


if __name__ == "__main__":
    corpus = cases()
    for case in corpus:
        mark = " [heavy]" if case.heavy else ""
        print(f"{case.name}{mark}: {case.about!r}")
    print(f"{len(corpus)} repository inputs, {len(DEADLINES) * len(PERIODS)} deadline inputs")
