"""Where templates come from: the repository's own `templates/` first, then the defaults that
ship inside the package (found from a wheel as well as from a checkout)."""

from __future__ import annotations

import difflib
import os
import stat
from importlib import resources
from pathlib import Path

from mentorkit.errors import TemplateError, UsageError, os_reason
from mentorkit.records import dataclass

FOLDER = "templates"
MAX_TEMPLATE_BYTES = 50 * 2**20
"""A template is a few hundred kilobytes; a bigger file is not read into memory."""

DEFAULTS: dict[str, str] = {
    "order.docx": "приказ любого вида с приложениями (дорожная карта, список пар, планы)",
    "plan.docx": "дорожная карта отдельным документом (альбомный лист)",
    "pair.docx": "индивидуальный план наставнической пары",
}
"""The packaged templates and what each one is for."""


def own_names() -> dict[str, str]:
    """Every name a repository's own template may have: the defaults, and order-<вид>.docx for
    one type of order. (The types come from the model, which the child that fills documents does
    not import: this module is the child's too.)"""
    from mentorkit.model.order import DEFAULT_TITLES

    return {
        **DEFAULTS,
        **{
            f"order-{kind}.docx": f"приказ вида {kind} (вместо order.docx)"
            for kind in DEFAULT_TITLES
        },
    }


@dataclass(frozen=True)
class Template:
    """A template's bytes and how to name it in messages."""

    name: str
    label: str
    """«templates/order.docx» for the repository's own, «order.docx по умолчанию» otherwise."""
    data: bytes
    own: bool


@dataclass(frozen=True)
class TemplateInfo:
    """One line of `mentorkit templates list`."""

    name: str
    description: str
    packaged: bool
    own: str | None
    """The repository's own template of that name, relative to the root; None when there is none."""


def packaged(name: str) -> bytes | None:
    """The default template `name` from the installed package, or None."""
    resource = resources.files("mentorkit").joinpath(FOLDER, name)
    if name not in DEFAULTS or not resource.is_file():
        return None
    return resource.read_bytes()


def find_template(root: Path, names: tuple[str, ...]) -> Template:
    """The first of `names` in the repository's templates/, else the first packaged one."""
    for name in names:
        path = root / FOLDER / name
        if os.path.lexists(path):
            return Template(name, f"{FOLDER}/{name}", _read_own(root, path), own=True)
    for name in names:
        default = packaged(name)
        if default is not None:
            return Template(name, f"{name} по умолчанию", default, own=False)
    raise TemplateError(
        f"шаблона {names[-1]} нет ни в {FOLDER}/ репозитория, ни среди шаблонов по умолчанию",
        hint="переустановите mentorkit или скопируйте шаблон: mentorkit templates copy NAME",
    )


MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
"""The largest template file read (a letterhead with pictures is a few megabytes)."""


def _read_own(root: Path, path: Path) -> bytes:
    """A template of the repository: a regular file inside it, of bounded size (a link out of
    the repository, a FIFO or a device is refused before it is opened)."""
    label = path.relative_to(root).as_posix()
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(root.resolve()):
            raise TemplateError(
                f"шаблон {label} — ссылка на файл вне репозитория: mentorkit его не читает",
                hint="положите в templates/ сам файл .docx, а не ссылку",
            )
        if not stat.S_ISREG(resolved.stat().st_mode):
            raise TemplateError(
                f"шаблон {label} — не обычный файл: mentorkit его не читает",
                hint="положите на его место файл .docx",
            )
        with open(resolved, "rb") as stream:
            data = stream.read(MAX_TEMPLATE_BYTES + 1)
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links
        reason = os_reason(error) if isinstance(error, OSError) else "ссылки ведут по кругу"
        raise TemplateError(f"шаблон {label} не читается: {reason}") from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            f"шаблон {label} больше {MAX_TEMPLATE_BYTES // 2**20} МБ: это не похоже на бланк "
            "документа, mentorkit его не открывает",
            hint="сохраните шаблон заново, уменьшив картинки в нём",
        )
    return data


def list_templates(root: Path | None) -> list[TemplateInfo]:
    """The packaged templates and the repository's own ones, in one list."""
    own: set[str] = set()
    names = own_names()
    if root is not None and (root / FOLDER).is_dir():
        own = {path.name for path in (root / FOLDER).glob("*.docx") if path.name in names}
    infos = [
        TemplateInfo(name, text, True, f"{FOLDER}/{name}" if name in own else None)
        for name, text in DEFAULTS.items()
    ]
    infos += [
        TemplateInfo(name, names[name], False, f"{FOLDER}/{name}")
        for name in sorted(own - set(DEFAULTS))
    ]
    return infos


def _docx_name(name: str) -> str:
    name = name.strip()
    return name if name.endswith(".docx") else f"{name}.docx"


def _stems() -> list[str]:
    return [Path(name).stem for name in DEFAULTS]


def _close_stem(name: str) -> list[str]:
    return difflib.get_close_matches(Path(name).stem.lower(), _stems(), n=1, cutoff=0.6)


def copy_template(root: Path, name: str, target: str | None = None, force: bool = False) -> Path:
    """Copy the default template `name` into the repository's templates/ (as `target`, e.g.
    order-pairs.docx, when given) to start an own one from it."""
    source = _docx_name(name)
    data = packaged(source)
    if data is None:
        raise UsageError(
            f"шаблона «{name}» нет; есть: {', '.join(f'«{n}»' for n in _stems())}"
            + (f" — возможно, «{close[0]}»?" if (close := _close_stem(name)) else ""),
            hint="список шаблонов: mentorkit templates list",
        )
    destination_name = _docx_name(target) if target else source
    names = own_names()
    if destination_name not in names:
        raise UsageError(
            f"шаблон с именем «{destination_name}» mentorkit не возьмёт; возможные имена: "
            f"{', '.join(names)}",
            hint="например: mentorkit templates copy order --as order-pairs",
        )
    destination = root / FOLDER / destination_name
    if destination.exists() and not force:
        raise UsageError(
            f"{FOLDER}/{destination_name} уже есть: mentorkit не перезаписывает свои шаблоны "
            "пользователя",
            hint="чтобы заменить его шаблоном по умолчанию, добавьте --force",
        )
    from mentorkit.render.output import write_atomic

    write_atomic(destination, data)
    return destination
