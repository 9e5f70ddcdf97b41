"""Templates: the packaged defaults are what templates/generate.py makes, a repository's own ones
win, and whatever a template does it stays in the sandbox; data survives it unchanged."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import docx
import pytest
from docx.shared import Mm

from mentorkit.errors import TemplateError, UsageError
from mentorkit.render import render
from mentorkit.render.templates import DEFAULTS, copy_template, list_templates, packaged

ROOT = Path(__file__).parent.parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "templates/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_templates_are_what_the_script_generates() -> None:
    built = _generator().build_all()
    assert set(built) == set(DEFAULTS)
    for name, data in built.items():
        committed = ROOT / "src/mentorkit/templates" / name
        assert committed.read_bytes() == data, (
            f"{committed} differs from templates/generate.py: run python templates/generate.py"
        )


def test_defaults_are_found_in_the_installed_package() -> None:
    for name in DEFAULTS:
        data = packaged(name)
        assert data is not None and data.startswith(b"PK")
    assert packaged("order-pairs.docx") is None


def own_template(root: Path, *texts: str, name: str = "order.docx", margin: float = 0) -> Path:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    if margin:
        document.sections[0].left_margin = Mm(margin)
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def text_of(path: Path) -> list[str]:
    """The paragraphs as a reader sees them (non-breaking spaces and hyphens as ordinary ones)."""
    return [
        p.text.replace("\u00a0", " ").replace("\u2011", "-")
        for p in docx.Document(str(path)).paragraphs
    ]


def test_own_template_wins_and_keeps_its_own_layout(base_repo: Path) -> None:
    own_template(base_repo, "{{ organization.short_name }}: {{ order.title }}", margin=40)
    (written,) = render("order", [base_repo / "orders/11.yaml"]).written
    assert written.template == "templates/order.docx"
    assert text_of(written.docx) == ["МБОУ СШ № 1: О закреплении наставнических пар"]
    assert round(docx.Document(str(written.docx)).sections[0].left_margin.mm) == 40
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "document:\n  margin_left: 25\n", encoding="utf-8"
    )
    (written,) = render("order", [base_repo / "orders/11.yaml"]).written
    assert round(docx.Document(str(written.docx)).sections[0].left_margin.mm) == 25


def test_type_specific_template_wins_over_the_general_one(base_repo: Path) -> None:
    own_template(base_repo, "общий")
    own_template(base_repo, "только для пар", name="order-pairs.docx")
    pairs = render("order", [base_repo / "orders/11.yaml"]).written[0]
    roadmap = render("order", [base_repo / "orders/10.yaml"]).written[0]
    assert text_of(pairs.docx) == ["только для пар"]
    assert text_of(roadmap.docx) == ["общий"]


def test_hostile_template_is_refused(base_repo: Path) -> None:
    own_template(base_repo, "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    with pytest.raises(TemplateError) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert refused.value.message.startswith(
        "шаблон templates/order.docx обращается к тому, что шаблонам запрещено"
    )
    assert not (base_repo / "documents").exists()
    own_template(base_repo, "{{ order.__class__.__mro__ }}")
    with pytest.raises(TemplateError, match="запрещено"):
        render("order", [base_repo / "orders/11.yaml"])


def test_unknown_field_and_syntax_errors_name_the_template(base_repo: Path) -> None:
    own_template(base_repo, "{{ order.numbr }}")
    with pytest.raises(TemplateError) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert (
        refused.value.message == "шаблон templates/order.docx: в шаблоне неизвестное поле «numbr»"
    )
    own_template(base_repo, "{{ orderr.number }}")
    with pytest.raises(TemplateError, match="неизвестное имя «orderr»"):
        render("order", [base_repo / "orders/11.yaml"])
    own_template(base_repo, "{%p if order.basis %}", "основание")
    with pytest.raises(TemplateError) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert refused.value.message.startswith("шаблон templates/order.docx: ошибка в теге Jinja")
    (base_repo / "templates/order.docx").write_bytes(b"not a zip at all")
    with pytest.raises(TemplateError, match="не открывается как документ Word"):
        render("order", [base_repo / "orders/11.yaml"])


def test_special_characters_survive(base_repo: Path) -> None:
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "short_name: МБОУ СШ № 1", "short_name: ООО «Рога & Копыта»"
        ),
        encoding="utf-8",
    )
    order = base_repo / "orders/11.yaml"
    order.write_text(
        order.read_text(encoding="utf-8")
        + "basis: 'В целях 1 < 2 & 3 > 2, «ёлочки» и \"лапки\", {{ not a tag }} </w:t>'\n",
        encoding="utf-8",
    )
    own_template(base_repo, "{{ organization.short_name }}", "{{ order.basis }}")
    (written,) = render("order", [order]).written
    assert text_of(written.docx) == [
        "ООО «Рога & Копыта»",
        'В целях 1 < 2 & 3 > 2, «ёлочки» и "лапки", {{ not a tag }} </w:t>',
    ]
    (base_repo / "templates/order.docx").unlink()
    (written,) = render("order", [order]).written
    assert "ООО «Рога & Копыта»" not in text_of(written.docx)  # the default prints the full name
    assert any("1 < 2 & 3 > 2, «ёлочки»" in text for text in text_of(written.docx))


def test_list_and_copy(base_repo: Path) -> None:
    assert [(i.name, i.own) for i in list_templates(None)] == [
        ("order.docx", None),
        ("plan.docx", None),
        ("pair.docx", None),
    ]
    copied = copy_template(base_repo, "plan")
    assert copied == base_repo / "templates/plan.docx"
    assert copied.read_bytes() == packaged("plan.docx")
    assert copy_template(base_repo, "order.docx", "order-reward") == (
        base_repo / "templates/order-reward.docx"
    )
    infos = {i.name: i for i in list_templates(base_repo)}
    assert infos["plan.docx"].own == "templates/plan.docx"
    assert infos["order-reward.docx"].own == "templates/order-reward.docx"
    assert not infos["order-reward.docx"].packaged
    with pytest.raises(UsageError, match="уже есть"):
        copy_template(base_repo, "plan")
    copy_template(base_repo, "plan", force=True)
    with pytest.raises(UsageError, match="шаблона «letter» нет"):
        copy_template(base_repo, "letter")
    with pytest.raises(UsageError, match="не возьмёт"):
        copy_template(base_repo, "order", "order-letters")


def test_an_unclosed_tag_is_refused_not_swallowing_text(base_repo: Path) -> None:
    own_template(base_repo, "{{ order.title ", "{{ order.number }}")
    with pytest.raises(TemplateError) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert "не закрыта скобка" in refused.value.message
    assert "{{ order.title" in refused.value.message


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("{{ cycler.__init__.__globals__ }}", "атрибут «__init__»"),
        ("{% foo %}", "неизвестный тег «foo»"),
        ("{{ order.title|nosuchfilter }}", "нет фильтра «nosuchfilter»"),
        ("{% for i in range(100000000) %}{{ i }}{% endfor %}", "range() больше 100 000"),
    ],
)
def test_template_errors_are_russian(base_repo: Path, body: str, words: str) -> None:
    own_template(base_repo, body)
    with pytest.raises(TemplateError) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert words in refused.value.message
    assert not re.search(r"\b(unsafe|Encountered|named|Range too big)\b", refused.value.message)
