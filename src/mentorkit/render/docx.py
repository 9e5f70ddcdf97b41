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
from types import CodeType, SimpleNamespace
from typing import TYPE_CHECKING, Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mentorkit.errors import TemplateError
from mentorkit.render.context import TemplateContext, map_texts
from mentorkit.render.layout import apply_profile, drop_empty_last_section, fit_tables
from mentorkit.render.templates import Template, packaged

if TYPE_CHECKING:
    from mentorkit.model.config import DocumentProfile

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The timestamp of every zip entry (the earliest a zip can hold)."""
FALLBACK_DAY = date(2000, 1, 1)
"""The creation date of a document that has no date of its own."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_COMPILED: dict[str, CodeType] = {}
"""The Jinja code of the packaged templates' parts made ahead (`warm`), by the part's text."""
_WARM: dict[bytes, Any] = {}
"""Packaged templates opened ahead (`warm`), by their bytes: each for the first document only
(filling changes it)."""
_PATCHED: dict[str, str] = {}
"""docxtpl's cleaning of the packaged templates' parts (`patch_xml`, a function of the text
alone) made ahead, by the part's text."""


class _DocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl's template, taking the cleaned text of a part `warm` cleaned already."""

    def patch_xml(self, src_xml: str) -> str:
        patched = _PATCHED.get(src_xml)
        return patched if patched is not None else str(super().patch_xml(src_xml))


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox, taking the code of a text `warm` compiled already: the same text compiles to
    the same code in every environment made by `environment` (the code looks its environment up
    when it runs), so only the compiling is saved."""

    def compile(
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        plain = name is None and filename is None and not raw and not defer_init
        if plain and type(source) is str:
            code = _COMPILED.get(source)
            if code is not None:
                return code
        return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]


def environment() -> ImmutableSandboxedEnvironment:
    """The only Jinja environment templates are rendered in."""
    return _Environment(autoescape=True, undefined=StrictUndefined)


def _jinja_text(xml: str) -> str:
    """A part's text as docxtpl gives it to Jinja (`DocxTemplate.render_xml_part`)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def warm(name: str) -> None:
    """Open the packaged template `name` and compile its parts before a document asks for it:
    the child does it while the parent reads the repository. What fails here is left to the
    document's own filling, which says what is wrong."""
    data = packaged(name)
    if data is None or data in _WARM:
        return
    try:
        # The checks every template passes before it is opened, passed here: a document that
        # takes this one finds it checked.
        _refuse_zip_bomb(Template(name, name, data, own=False))
        if unclosed_tag(data) is not None:
            return
        document = _DocxTemplate(BytesIO(data))
        document.init_docx()
        parts = [document.get_xml()]
        for uri in (document.HEADER_URI, document.FOOTER_URI):
            parts += [document.get_part_xml(part) for _, part in document.get_headers_footers(uri)]
        jinja = environment()
        for xml in parts:
            _PATCHED[xml] = patched = document.patch_xml(xml)
            source = _jinja_text(patched)
            _COMPILED[source] = jinja.compile(source)
    except Exception:
        return
    _WARM[data] = document


def _without_control(text: str) -> str:
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _clean(value: Any) -> Any:
    """Text without the control characters XML cannot hold (docxtpl reads \\a and \\f as
    paragraph and page breaks: data must not)."""
    return map_texts(value, _without_control)


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


_JINJA_SAYS = (
    (re.compile(r"access to attribute '(.+?)' of '(.+?)' object is unsafe"), "атрибут «{0}»"),
    (re.compile(r"Encountered unknown tag '(.+?)'"), "неизвестный тег «{0}»"),
    (re.compile(r"Unexpected end of template"), "шаблон кончился, а тег не закрыт"),
    (re.compile(r"No filter named '(.+?)'"), "нет фильтра «{0}»"),
    (re.compile(r"No test named '(.+?)'"), "нет проверки «{0}»"),
    (re.compile(r"unexpected '(.+?)'"), "не к месту «{0}»"),
    (re.compile(r"expected token '(.+?)', got '(.+?)'"), "ожидалось «{0}», а стоит «{1}»"),
    (re.compile(r"unexpected end of template"), "шаблон кончился, а тег не закрыт"),
    (re.compile(r"Range too big"), "range() больше 100 000 повторов"),
)


def _russian(message: object) -> str:
    """Jinja speaks English: its usual messages in Russian, others as they are."""
    text = str(message or "")
    for pattern, russian in _JINJA_SAYS:
        match = pattern.search(text)
        if match:
            return russian.format(*match.groups())
    return f"сообщение Jinja: {text}"


_DELIMITERS = (("{{", "}}"), ("{%", "%}"))
_PARAGRAPH = re.compile(rb"<w:p[ >].*?</w:p>", re.DOTALL)
_TAG = re.compile(rb"<[^>]+>")
_TEXT_PART = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def unclosed_tag(data: bytes) -> str | None:
    """The text of the first paragraph of a template where a «{{» or «{%» is not closed (Jinja
    would otherwise swallow the document up to the next closing one), or None."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            parts = [
                n
                for n in archive.namelist()
                if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)
            ]
            xml = b"".join(archive.read(name) for name in parts)
    except (zipfile.BadZipFile, OSError, KeyError):
        return None  # not a .docx: opening it says so
    for paragraph in _PARAGRAPH.findall(xml):
        text = _TAG.sub(b"", paragraph).decode("utf-8", errors="replace")
        for opening, closing in _DELIMITERS:
            if text.count(opening) != text.count(closing):
                return " ".join(text.split())[:160]
    return None


def _template_error(template: Template, error: Exception) -> TemplateError:
    label = template.label
    fields_hint = "поля шаблонов перечислены в README, раздел «Документы»"
    if isinstance(error, OverflowError):
        return TemplateError(
            f"шаблон {label} просит слишком много повторов ({_russian(error)})",
            hint="уменьшите число в range() шаблона",
        )
    if isinstance(error, SecurityError):
        return TemplateError(
            f"шаблон {label} обращается к тому, что шаблонам запрещено "
            f"({_russian(error.message)}): mentorkit такой шаблон не заполняет",
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
            f"шаблон {label}: ошибка в теге Jinja ({_russian(error.message)}){_excerpt(error)}",
            hint="проверьте, что у каждого {%p for %} есть {%p endfor %}, у {%p if %} — "
            "{%p endif %}, и что скобки {{ }} и {% %} закрыты",
        )
    if isinstance(error, JinjaError):
        return TemplateError(
            f"шаблон {label} не заполняется: {_russian(error.message)}", hint=fields_hint
        )
    if isinstance(error, RecursionError):
        return TemplateError(
            f"шаблон {label} вызывает сам себя без конца: макрос, который вызывает сам себя, "
            "или слишком глубокая вложенность тегов",
            hint="дайте такому макросу условие, при котором он себя больше не вызывает, или "
            "уберите рекурсию из шаблона",
        )
    return TemplateError(
        f"шаблон {label} не заполняется: {type(error).__name__}: {error}",
        hint=f"проверьте выражения в тегах шаблона; {fields_hint}",
    )


def _unreadable(template: Template, error: Exception) -> TemplateError:
    return TemplateError(
        f"шаблон {template.label} не открывается как документ Word (.docx): {error}",
        hint="сохраните шаблон в Word или LibreOffice в формате .docx",
    )


MAX_UNPACKED_MB = 50
"""The most a template may unpack to (its text, styles and pictures together)."""


def _refuse_zip_bomb(template: Template) -> None:
    """A template whose entries unpack to more than MAX_UNPACKED_MB is not opened: zipfile reads
    no more than an entry declares, so the declared sizes are the bound."""
    try:
        with zipfile.ZipFile(BytesIO(template.data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: opening it says so
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        megabytes = f"{unpacked / 2**20:,.0f}".replace(",", "\u00a0")
        raise TemplateError(
            f"шаблон {template.label} распаковывается в {megabytes} МБ — больше предела "
            f"{MAX_UNPACKED_MB} МБ для шаблона: это не обычный документ Word (возможно, "
            "«zip-бомба»), mentorkit его не открывает",
            hint="сохраните шаблон заново в Word или LibreOffice; если в нём большие картинки — "
            "уменьшите их",
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


class _NormalizedWriter:
    """python-docx's physical package writer, writing each part as `normalize_zip` would."""

    def __init__(self, target: zipfile.ZipFile) -> None:
        self.target = target

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        info.create_system = 0
        self.target.writestr(info, blob)

    def close(self) -> None:
        pass


def save_normalized(document: Any) -> bytes:
    """`normalize_zip` of what `document.save` writes, made in one pass: every part compressed
    once, not compressed by python-docx, unpacked and compressed again (a tenth of filling a
    table of 300 rows). Where python-docx's writer is not the one this knows, the two passes."""
    from docx.opc.pkgwriter import PackageWriter

    steps = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")
    if not all(hasattr(PackageWriter, step) for step in steps):
        buffer = BytesIO()
        document.save(buffer)
        return normalize_zip(buffer.getvalue())
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    output = BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        writer: Any = _NormalizedWriter(target)
        # As PackageWriter.write does, with this writer in place of its zip file.
        PackageWriter._write_content_types_stream(writer, package.parts)  # type: ignore[no-untyped-call]
        PackageWriter._write_pkg_rels(writer, package.rels)  # type: ignore[no-untyped-call]
        PackageWriter._write_parts(writer, package.parts)
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
    context: TemplateContext,
    profile: DocumentProfile | SimpleNamespace,
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
    docx_template = _WARM.pop(template.data, None)  # checked when it was opened ahead
    if docx_template is None:
        _refuse_zip_bomb(template)
        unclosed = unclosed_tag(template.data)
        if unclosed is not None:
            raise TemplateError(
                f"шаблон {template.label}: не закрыта скобка {{{{ … }}}} или {{% … %}} в абзаце "
                f"«{unclosed}»",
                hint="у каждой {{ должна быть своя }}, у каждой {% — своя %}",
            )
        docx_template = _DocxTemplate(BytesIO(template.data))
        try:
            docx_template.init_docx()
        except MemoryError:
            raise
        except Exception as error:  # zipfile, lxml and python-docx: the file is not a .docx
            raise _unreadable(template, error) from None
    try:
        docx_template.render(context.as_dict(), environment(), autoescape=True)
    except MemoryError:
        raise  # the child that fills it says so, with its limit
    except Exception as error:  # Jinja, and Python under it: the template is at fault
        raise _template_error(template, error) from None
    document = docx_template.docx
    drop_empty_last_section(document)
    apply_profile(document, profile, profile_fields)
    fit_tables(document, column_weights or {})
    set_properties(document, context.document.title, context.organization.short_name, day)
    return save_normalized(document)
