"""Filling a .docx template with docxtpl, safely and reproducibly.

Templates run in Jinja's immutable sandbox with autoescape (without it `&` and `<` in the data
would break the document's XML) and StrictUndefined (a misspelt field is an error, not an empty
place). The result is byte-identical for the same input: the core properties carry the document's
own date and the zip entries a fixed timestamp, so rendered documents can live in git.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Collection
from datetime import UTC, date, datetime
from io import BytesIO
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mentorkit.errors import TemplateError
from mentorkit.model.config import DocumentProfile
from mentorkit.render.context import Context
from mentorkit.render.layout import apply_profile, drop_empty_last_section, fit_tables
from mentorkit.render.templates import Template

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The timestamp of every zip entry (the earliest a zip can hold)."""
FALLBACK_DAY = date(2000, 1, 1)
"""The creation date of a document that has no date of its own."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def environment() -> ImmutableSandboxedEnvironment:
    """The only Jinja environment templates are rendered in."""
    return ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def _clean(value: Any) -> Any:
    """Text without the control characters XML cannot hold (docxtpl reads \\a and \\f as
    paragraph and page breaks: data must not)."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    if isinstance(value, tuple):
        return tuple(_clean(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


_UNDEFINED = (
    (re.compile(r"has no attribute '([^']+)'"), "в шаблоне неизвестное поле «{0}»"),
    (re.compile(r"'([^']+)' is undefined"), "в шаблоне неизвестное имя «{0}»"),
)


def _excerpt(error: JinjaError) -> str:
    lines = getattr(error, "docx_context", None)
    if not lines:
        return ""
    text = " ".join(" ".join(line.split()) for line in lines if line.strip())
    text = text.replace("[", "(").replace("]", ")")
    return f"; рядом с текстом «{text[:160]}»" if text else ""


def _template_error(template: Template, error: Exception) -> TemplateError:
    label = template.label
    fields_hint = "поля шаблонов перечислены в README, раздел «Документы»"
    if isinstance(error, SecurityError):
        return TemplateError(
            f"шаблон {label} обращается к тому, что шаблонам запрещено ({error.message}): "
            "mentorkit такой шаблон не заполняет",
            hint=f"уберите это выражение из шаблона; {fields_hint}",
        )
    if isinstance(error, UndefinedError):
        message = str(error.message)
        for pattern, text in _UNDEFINED:
            match = pattern.search(message)
            if match:
                message = text.format(match.group(1))
                break
        return TemplateError(f"шаблон {label}: {message}", hint=fields_hint)
    if isinstance(error, TemplateSyntaxError):
        return TemplateError(
            f"шаблон {label}: ошибка в теге Jinja ({error.message}){_excerpt(error)}",
            hint="проверьте, что у каждого {%p for %} есть {%p endfor %}, у {%p if %} — "
            "{%p endif %}, и что скобки {{ }} и {% %} закрыты",
        )
    if isinstance(error, JinjaError):
        return TemplateError(f"шаблон {label} не заполняется: {error.message}", hint=fields_hint)
    return TemplateError(
        f"шаблон {label} не открывается как документ Word (.docx): {error}",
        hint="сохраните шаблон в Word или LibreOffice в формате .docx",
    )


def normalize_zip(data: bytes) -> bytes:
    """The same .docx with every entry's timestamp and attributes fixed, in the same order."""
    output = BytesIO()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, source.read(entry.filename))
    return output.getvalue()


def set_properties(document: Any, title: str, author: str, day: date | None) -> None:
    """Core properties that depend only on the document: its title, organisation and date."""
    moment = datetime.combine(day or FALLBACK_DAY, datetime.min.time(), tzinfo=UTC)
    props = document.core_properties
    props.title = title[:255]
    props.author = author[:255]
    props.last_modified_by = "mentorkit"
    props.created = moment
    props.modified = moment
    props.last_printed = moment
    props.revision = 1
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.language = "ru-RU"
    props.version = ""


def render_docx(
    template: Template,
    context: Context,
    profile: DocumentProfile,
    profile_fields: Collection[str],
    day: date | None,
    column_weights: dict[tuple[str, ...], tuple[float, ...]] | None = None,
) -> bytes:
    """Fill `template` with `context`; lay the result out by the profile; return its bytes."""
    context = _clean(
        dataclasses.replace(
            context, document=dataclasses.replace(context.document, template=template.name)
        )
    )
    try:
        docx_template = DocxTemplate(BytesIO(template.data))
        docx_template.render(context.as_dict(), environment(), autoescape=True)
    except Exception as error:  # Jinja, zipfile, lxml and python-docx: all say the template is bad
        raise _template_error(template, error) from None
    document = docx_template.docx
    drop_empty_last_section(document)
    apply_profile(document, profile, profile_fields)
    fit_tables(document, column_weights or {})
    set_properties(document, context.document.title, context.organization.short_name, day)
    buffer = BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())
