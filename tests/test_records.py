"""`mentorkit.records.dataclass` makes the class `dataclasses.dataclass` makes: the same
`__init__`, repr, equality, hash, order, frozenness, fields, pickling — on classes built for each
option here, and on every class of mentorkit made with it (against a twin the standard library
makes from the same body)."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import types
from typing import Any, Generic, TypeVar

import pytest

import mentorkit
from mentorkit import records
from mentorkit.records import dataclass

T = TypeVar("T")


def _both(body: str, options: str = "") -> tuple[type[Any], type[Any]]:
    """The class `body` defines, made by the standard library and by records."""
    made = []
    for decorator in (dataclasses.dataclass, dataclass):
        space: dict[str, Any] = {"dc": decorator, "field": dataclasses.field, "__name__": __name__}
        exec(f"@dc({options})\n{body}", space)  # the same text for both
        made.append(space["C"])
    return made[0], made[1]


BODIES = {
    "plain": "class C:\n    a: int\n    b: str = 'x'\n",
    "documented": "class C:\n    'Doc.'\n    a: int\n",
    "factory": "class C:\n    a: list = field(default_factory=list)\n    b: int = 2\n",
    "not in init": (
        "class C:\n    a: int\n    b: int = field(default=5, init=False)\n"
        "    c: list = field(default_factory=lambda: [1], init=False)\n"
    ),
    "flags": (
        "class C:\n    a: int\n    b: int = field(default=0, compare=False)\n"
        "    c: int = field(default=0, repr=False)\n    d: int = field(default=0, hash=False)\n"
    ),
    "one field": "class C:\n    a: float\n",
    "no fields": "class C:\n    pass\n",
    "field named self": "class C:\n    self: int\n    other: int = 0\n",
    "post init": (
        "class C:\n    a: int\n    def __post_init__(self):\n"
        "        object.__setattr__(self, 'seen', self.a + 1)\n"
    ),
    "own repr and eq": (
        "class C:\n    a: int\n    def __repr__(self):\n        return 'mine'\n"
        "    def __eq__(self, other):\n        return True\n"
    ),
    "own hash": (
        "class C:\n    a: int\n    def __hash__(self):\n        return 7\n"
        "    def __eq__(self, other):\n        return self.a == other.a\n"
    ),
}
OPTIONS = ["", "frozen=True", "frozen=True, order=True", "order=True"]


def _values(cls: type[Any]) -> list[Any]:
    """A few instances of a class of BODIES."""
    params = [p for p in inspect.signature(cls).parameters.values()]
    rows: list[list[Any]] = [[1, 2, 3, 4], [1, 2, 3, 4], [2, 1, 0, 0], [float("nan")] * 4]
    made = []
    for row in rows:
        kwargs = {p.name: v for p, v in zip(params, row, strict=False)}
        made.append(cls(**kwargs))
    return made


def _outcome(function: Any, *args: Any) -> tuple[str, str]:
    """What a call gives: its value, or the error it raises."""
    try:
        return "value", repr(function(*args))
    except Exception as error:  # the same error from both is the same behaviour
        return type(error).__name__, str(error)


@pytest.mark.parametrize("options", OPTIONS)
@pytest.mark.parametrize("name", sorted(BODIES))
def test_each_option_makes_the_standard_class(name: str, options: str) -> None:
    standard, ours = _both(BODIES[name], options)
    assert str(inspect.signature(ours)) == str(inspect.signature(standard))
    assert ours.__init__.__annotations__.keys() == standard.__init__.__annotations__.keys()
    assert ours.__doc__ == standard.__doc__
    assert ours.__match_args__ == standard.__match_args__
    assert repr(ours.__dataclass_params__) == repr(standard.__dataclass_params__)
    assert [f.name for f in dataclasses.fields(ours)] == [
        f.name for f in dataclasses.fields(standard)
    ]
    assert (ours.__hash__ is None) == (standard.__hash__ is None)
    for method in ("__eq__", "__hash__", "__init__"):  # the same bytecode, names and constants
        ours_code = getattr(getattr(ours, method), "__code__", None)
        standard_code = getattr(getattr(standard, method), "__code__", None)
        assert (ours_code is None) == (standard_code is None)
        if ours_code is not None and standard_code is not None:
            assert ours_code.co_code == standard_code.co_code
            assert ours_code.co_names == standard_code.co_names
            assert ours_code.co_varnames == standard_code.co_varnames
    for method in ("__init__", "__repr__", "__eq__", "__setattr__", "__lt__"):
        ours_method, standard_method = getattr(ours, method), getattr(standard, method)
        assert getattr(ours_method, "__qualname__", None) == getattr(
            standard_method, "__qualname__", None
        )
    a_values, b_values = _values(standard), _values(ours)
    for row, (a, b) in enumerate(zip(a_values, b_values, strict=True)):
        assert repr(b) == repr(a)
        assert vars(b) == vars(a) or repr(vars(b)) == repr(vars(a))  # nan != nan
        for a2, b2 in zip(a_values, b_values, strict=True):
            assert (b == b2) == (a == a2)
            if "order" in options:
                assert (b < b2, b <= b2, b > b2, b >= b2) == (a < a2, a <= a2, a > a2, a >= a2)
        if standard.__hash__ is not None and row < 3:  # the hash of nan is its identity
            assert _outcome(hash, b) == _outcome(hash, a)
        stranger = object()
        assert _outcome(b.__eq__, stranger) == _outcome(a.__eq__, stranger)
        if "frozen" in options:
            field = dataclasses.fields(ours)[0].name if dataclasses.fields(ours) else "z"
            with pytest.raises(dataclasses.FrozenInstanceError) as raised:
                setattr(b, field, 1)
            with pytest.raises(dataclasses.FrozenInstanceError) as expected:
                setattr(a, field, 1)
            assert str(raised.value) == str(expected.value)
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(b, field)
        if dataclasses.fields(ours) and dataclasses.fields(ours)[0].init:
            first = dataclasses.fields(ours)[0].name
            assert repr(dataclasses.replace(b, **{first: 9})) == repr(
                dataclasses.replace(a, **{first: 9})
            )


def test_errors_are_the_standard_ones() -> None:
    for options in ("", "frozen=True"):
        with pytest.raises(TypeError, match="non-default argument 'b' follows default"):
            _both("class C:\n    a: int = 1\n    b: int\n", options)
        with pytest.raises(ValueError, match="mutable default"):
            _both("class C:\n    a: list = []\n", options)
    with pytest.raises(TypeError, match="Cannot overwrite attribute __setattr__"):
        _both("class C:\n    a: int\n    def __setattr__(self, n, v):\n        pass\n", "frozen=1")
    with pytest.raises(TypeError, match="Cannot overwrite attribute __lt__"):
        _both("class C:\n    a: int\n    def __lt__(self, o):\n        return 1\n", "order=True")


@dataclass(frozen=True)
class Leaf:
    name: str
    size: int = 0


@dataclass(frozen=True)
class Box(Generic[T]):
    content: T
    leaves: tuple[Leaf, ...] = ()


@dataclass
class Loop:
    me: Any = None


@dataclass(frozen=True)
class Child(Leaf):
    extra: int = 1


def test_pickle_generic_recursion_and_subclass() -> None:
    box = Box("x", (Leaf("a", 1),))
    assert pickle.loads(pickle.dumps(box)) == box
    assert hash(pickle.loads(pickle.dumps(box))) == hash(box)
    assert repr(box) == "Box(content='x', leaves=(Leaf(name='a', size=1),))"
    loop = Loop()
    loop.me = loop
    assert repr(loop) == "Loop(me=...)"
    assert Loop.__hash__ is None
    # A data class base: the standard library makes the subclass, and it is frozen as its base.
    assert Child not in records.MADE
    assert Child("a").extra == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        Child("a").extra = 2  # type: ignore[misc]


_GENERATED = {
    "__init__",
    "__repr__",
    "__eq__",
    "__hash__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
}
_MADE_BY_DATACLASSES = {"__dict__", "__weakref__", "__dataclass_fields__", "__dataclass_params__"}
_MADE_BY_DATACLASSES |= {"__match_args__", "__doc__"}


def _twin(cls: type[Any]) -> type[Any]:
    """`cls` as the standard library makes it from the same body."""
    made = records.MADE[cls]

    def body(space: dict[str, Any]) -> None:
        for name, value in cls.__dict__.items():
            if name in _MADE_BY_DATACLASSES or name in made:
                continue
            space[name] = value
        for f in dataclasses.fields(cls):
            if f.default_factory is not dataclasses.MISSING or not (
                f.init and f.repr and f.compare and f.hash is None
            ):
                space[f.name] = dataclasses.field(
                    default=f.default,
                    default_factory=f.default_factory,
                    init=f.init,
                    repr=f.repr,
                    hash=f.hash,
                    compare=f.compare,
                )
            elif f.default is not dataclasses.MISSING:
                space[f.name] = f.default
            else:
                space.pop(f.name, None)

    bases = getattr(cls, "__orig_bases__", cls.__bases__)
    twin = types.new_class(cls.__name__, bases, exec_body=body)
    twin.__module__, twin.__qualname__ = cls.__module__, cls.__qualname__
    params = cls.__dataclass_params__
    return dataclasses.dataclass(twin, frozen=params.frozen, order=params.order)


def test_every_class_of_mentorkit_is_the_standard_one() -> None:
    for module in pkgutil.walk_packages(mentorkit.__path__, "mentorkit."):
        if not module.name.endswith("__main__"):  # it runs the command line
            importlib.import_module(module.name)
    classes = [cls for cls in records.MADE if cls.__module__.startswith("mentorkit.")]
    assert len(classes) >= 30  # the modules `check` loads use it
    for cls in classes:
        twin = _twin(cls)
        assert str(inspect.signature(cls)) == str(inspect.signature(twin)), cls
        assert cls.__match_args__ == twin.__match_args__, cls
        assert repr(cls.__dataclass_params__) == repr(twin.__dataclass_params__), cls
        assert (cls.__hash__ is None) == (twin.__hash__ is None), cls
        assert [(f.name, f.init, f.repr, f.compare, f.hash) for f in dataclasses.fields(cls)] == [
            (f.name, f.init, f.repr, f.compare, f.hash) for f in dataclasses.fields(twin)
        ], cls
        for name in _GENERATED:
            assert (name in cls.__dict__) == (name in twin.__dict__), (cls, name)
