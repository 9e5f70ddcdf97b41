"""`dataclass` as the standard library's, each class's methods compiled at once.

Python 3.11 and 3.12 compile every method a data class gets — `__init__`, `__repr__`, `__eq__`,
`__hash__`, and for a frozen class `__setattr__` and `__delattr__` — from source text of its own,
one `exec` each: six for a frozen class, ~0.5 ms. `mentorkit check` of a small repository makes
some fifty of its own data classes at start-up, a tenth of its time. Here the standard library
still collects the fields (so `fields`, `replace`, `asdict` and a subclass see a data class as
ever), and the same methods, from the same text, are compiled in one `exec`. Python 3.13 does
that itself: there, and for any option this module does not copy (`order`, `slots`, `InitVar`,
`ClassVar`, a data class base), the standard library makes the class.

`tests/test_records.py` compares every class made here with the standard library's.
"""

from __future__ import annotations

import builtins
import copy
import dataclasses
import functools
import inspect
import operator
import sys
import threading
import types
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

from mentorkit import textcode

T = TypeVar("T")

_MISSING = dataclasses.MISSING
_BATCHED = sys.version_info < (3, 13)
MADE: dict[type[Any], tuple[str, ...]] = {}
"""Every class made here, with the methods made for it (the test compares each class with the
standard library's)."""


@overload
def dataclass(cls: type[T], /) -> type[T]: ...
@overload
def dataclass(*, frozen: bool = False, order: bool = False) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(field_specifiers=(dataclasses.field,))
def dataclass(cls: type[T] | None = None, /, *, frozen: bool = False, order: bool = False) -> Any:
    """`dataclasses.dataclass(cls)`, `dataclasses.dataclass(frozen=True, order=True)`: the same
    class."""

    def wrap(cls: type[T]) -> type[T]:
        if not _BATCHED or not _plain(cls):
            return dataclasses.dataclass(cls, frozen=frozen, order=order)
        return _make(cls, frozen, order)

    return wrap if cls is None else wrap(cls)


def _plain(cls: type[Any]) -> bool:
    """No option or base this module does not copy."""
    if any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:]):
        return False
    annotations = inspect.get_annotations(cls)
    for annotation in annotations.values():
        text = annotation if isinstance(annotation, str) else repr(annotation)
        if "InitVar" in text or "ClassVar" in text or "KW_ONLY" in text:
            return False
    return "__slots__" not in cls.__dict__


def _make(cls: type[T], frozen: bool, order: bool) -> type[T]:
    documented = bool(cls.__doc__)
    if not documented:
        cls.__doc__ = "-"  # written below, once there is an __init__ to read it from
    class_hash = cls.__dict__.get("__hash__", _MISSING)
    explicit_hash = not (
        class_hash is _MISSING or (class_hash is None and "__eq__" in cls.__dict__)
    )
    # The fields, collected as the standard library does; no method made yet.
    dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: kw_only is not supported here")
    made = _methods(cls, fields, frozen, order, explicit_hash)
    MADE[cls] = tuple(name for name in made if name == "__hash__" or name not in cls.__dict__)
    for name, method in made.items():
        method.__name__ = name
        if name == "__hash__":
            setattr(cls, name, method)
        elif name in cls.__dict__:
            if name in _NOT_OVERWRITTEN:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
        else:
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            setattr(cls, name, method)
    if not explicit_hash and not frozen:
        cls.__hash__ = None  # type: ignore[assignment]
    params = copy.copy(cls.__dataclass_params__)  # type: ignore[attr-defined]
    params.init = params.repr = params.eq = True
    params.frozen, params.order = frozen, order
    cls.__dataclass_params__ = params  # type: ignore[attr-defined]
    if not documented:
        try:
            signature = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            signature = ""
        cls.__doc__ = cls.__name__ + signature
    return cls


_NOT_OVERWRITTEN = ("__setattr__", "__delattr__", "__lt__", "__le__", "__gt__", "__ge__")
"""Methods a class may not define itself (dataclasses raises TypeError); the others it may."""


def _methods(
    cls: type[Any],
    fields: tuple[dataclasses.Field[Any], ...],
    frozen: bool,
    order: bool,
    explicit_hash: bool,
) -> dict[str, Any]:
    """The standard library's methods of `cls`: `__init__`, `__eq__` and `__hash__` compiled
    from the text dataclasses writes, in one `exec` (they are on every path that makes, compares
    or looks up these objects); the rest the same code over the names of the fields."""
    compared = [f.name for f in fields if f.compare]
    hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    made = _compiled(
        cls, fields, frozen, compared, hashed if frozen and not explicit_hash else None
    )
    made["__repr__"] = _recursive_repr(_repr([f.name for f in fields if f.repr]))
    if order:
        for name, test in _ORDER.items():
            made[name] = _compare(compared, test)
    if frozen:
        made["__setattr__"], made["__delattr__"] = _frozen(cls, tuple(f.name for f in fields))
    return made


def _compiled(
    cls: type[Any],
    fields: tuple[dataclasses.Field[Any], ...],
    frozen: bool,
    compared: list[str],
    hashed: list[str] | None,
) -> dict[str, Any]:
    """`__init__`, `__eq__` and (`hashed`: over these fields) `__hash__`, from the text
    dataclasses writes."""
    self = "__dataclass_self__" if "self" in cls.__dataclass_fields__ else "self"
    names: dict[str, Any] = {
        "MISSING": _MISSING,
        "_HAS_DEFAULT_FACTORY": dataclasses._HAS_DEFAULT_FACTORY,  # type: ignore[attr-defined]
        "__dataclass_builtins_object__": object,
        "_return_type": None,
    }
    params: list[str] = []
    body: list[str] = []
    seen_default = False
    for f in fields:
        names[f"_type_{f.name}"] = f.type
        default = ""
        if f.default is not _MISSING:
            names[f"_dflt_{f.name}"] = f.default
            default = f"=_dflt_{f.name}"
        elif f.default_factory is not _MISSING:
            names[f"_dflt_{f.name}"] = f.default_factory
            default = "=_HAS_DEFAULT_FACTORY"
        if f.init:
            if default:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            params.append(f"{f.name}:_type_{f.name}{default}")
        if f.default_factory is not _MISSING:
            value = (
                f"_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
                if f.init
                else f"_dflt_{f.name}()"
            )
        elif f.init:
            value = f.name
        else:
            continue  # the class attribute holds the default
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self},{f.name!r},{value})")
        else:
            body.append(f"{self}.{f.name}={value}")
    if hasattr(cls, "__post_init__"):
        body.append(f"{self}.__post_init__()")
    source = (
        f"def __create_fn__({', '.join(names)}):\n"
        f" def __init__({','.join([self, *params])})->_return_type:\n"
        + "\n".join(f"  {line}" for line in body or ["pass"])
        + "\n return __init__"
    )
    module = sys.modules.get(cls.__module__)
    space = module.__dict__ if module else {"__builtins__": builtins}
    made: dict[str, Any] = {}
    # Compiled apart from this module's `from __future__ import annotations`, as in dataclasses.
    code = _code(source)
    exec(code, space, made)
    made["__init__"] = made.pop("__create_fn__")(**names)
    made["__eq__"] = _from_template("__eq__", compared, space)
    if hashed is not None:
        made["__hash__"] = _from_template("__hash__", hashed, space)
    return made


def _code(source: str) -> types.CodeType:
    """`compile(source)` as dataclasses compiles it (apart from the `from __future__` of the
    module), from the cache of compiled code where the text is there (`mentorkit.textcode`)."""
    return textcode.compiled(source, "exec")  # type: ignore[no-any-return]


_TEMPLATE = (
    "def __eq__(self,other):\n if other.__class__ is self.__class__:\n"
    "  return {self}=={other}\n return NotImplemented\n"
    "def __hash__(self):\n return hash({self})\n"
)


@functools.cache
def _templates(count: int) -> dict[str, types.CodeType]:
    """The code dataclasses compiles for `__eq__` and `__hash__` over `count` fields, with the
    field names left as placeholders `_f0`, `_f1`…: the text differs from class to class in
    the names alone, so it is compiled once for each number of fields."""
    fields = [f"_f{i}" for i in range(count)]
    source = _TEMPLATE.format(self=_tuple("self", fields), other=_tuple("other", fields))
    module = _code(source)
    return {c.co_name: c for c in module.co_consts if isinstance(c, types.CodeType)}


def _from_template(name: str, fields: list[str], space: dict[str, Any]) -> Any:
    """`__eq__` or `__hash__` as dataclasses makes it: its code with the names of these fields."""
    template = _templates(len(fields))[name]
    placeholders = {f"_f{i}": field for i, field in enumerate(fields)}
    code = template.replace(co_names=tuple(placeholders.get(n, n) for n in template.co_names))
    return types.FunctionType(code, space, name)


def _tuple(name: str, fields: list[str]) -> str:
    """`(self.a,self.b,)`, as dataclasses writes it."""
    return f"({','.join(f'{name}.{field}' for field in fields)},)" if fields else "()"


def _repr(names: list[str]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        shown = ", ".join([f"{name}={getattr(self, name)!r}" for name in names])
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple dataclasses compares and hashes: `(self.a, self.b)`."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names)


_ORDER = {
    "__lt__": operator.lt,
    "__le__": operator.le,
    "__gt__": operator.gt,
    "__ge__": operator.ge,
}


def _compare(names: list[str], test: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    values = _values(names)

    def compare(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return test(values(self), values(other))
        return NotImplemented

    return compare


def _frozen(cls: type[Any], names: tuple[str, ...]) -> tuple[Any, Any]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _recursive_repr(function: Callable[[Any], str]) -> Callable[[Any], str]:
    """As dataclasses guards a repr: an object inside itself is «...»."""
    running: set[tuple[int, int]] = set()

    @functools.wraps(function)
    def wrapper(self: Any) -> str:
        key = id(self), threading.get_ident()
        if key in running:
            return "..."
        running.add(key)
        try:
            return function(self)
        finally:
            running.discard(key)

    return wrapper
