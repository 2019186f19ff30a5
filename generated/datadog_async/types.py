"""Contains some shared types for properties"""

import datetime
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from dataclasses import field as _dataclass_field
from http import HTTPStatus
from operator import attrgetter
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar, final


@final  # no subclasses: the models test ``type(x) is Unset`` (cheaper than isinstance; mypy narrows it too)
class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# Plain dataclasses, not attrs: importing the client (which imports this module) then costs no attrs import
# (~8 ms); attrs is imported with the first model.
@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


_JSON_TYPE_NAMES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def _parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 timestamp: ``datetime.fromisoformat`` first (fast; every RFC 3339 form the API sends), then
    dateutil's complete ISO 8601 parser for the rarer forms, imported only when one turns up."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # noqa: PLC0415

        return isoparse(value)


def _describe(value: object) -> str:
    """The JSON type of a value, with the value itself when it is short (for error messages)."""
    name = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    if isinstance(value, (bool, int, float, str)):
        text = repr(value)
        return f"{name} {text}" if len(text) <= 40 else f"{name} {text[:37]}..."
    return name


class ModelValidationError(ValueError):
    """A JSON value does not match the model it is parsed into (raised by the models' ``from_dict``).

    Attributes:
        path: the keys (str) and list indices (int) leading from the value given to ``from_dict`` to the
            offending value, e.g. ``["data", "attributes", "fields", "severity", "value"]``; empty when the
            value itself is wrong (for instance a list where an object is expected).
        reason: what is wrong there, e.g. ``"missing required field"`` or
            ``"expected an integer, got string 'integer'"``.

    ``str(error)`` is ``"<dotted path>: <reason>"``. The path is built while the error propagates out of the
    nested models (each level inserts its key in front), so read it once ``from_dict`` has raised.
    """

    path: list[str | int]
    reason: str
    #: what the spec wants at ``path`` ("an integer"), "" for a missing field; and the value found there.
    wanted: str
    value: Any

    def __init__(self, path: list[str | int], reason: str, wanted: str = "", value: Any = None) -> None:
        super().__init__(path, reason, wanted, value)
        self.path = path
        self.reason = reason
        self.wanted = wanted
        self.value = value

    @property
    def dotted_path(self) -> str:
        """The path joined with dots (``data.attributes.fields.severity.value``), ``<root>`` when empty."""
        return ".".join(str(part) for part in self.path) or "<root>"

    def __str__(self) -> str:
        return f"{self.dotted_path}: {self.reason}"

    @classmethod
    def expected(cls, key: str | int | None, expected: str, value: object) -> "ModelValidationError":
        """The value at ``key`` (relative to the value being parsed; None: the value itself) is of the wrong type."""
        return cls([] if key is None else [key], f"expected {expected}, got {_describe(value)}", expected, value)

    @classmethod
    def expected_item(
        cls, key: str | int | None, items: list[Any], item: object, expected: str
    ) -> "ModelValidationError":
        """Item ``item`` of the list ``items`` (at ``key``) is of the wrong type."""
        index = next(i for i, candidate in enumerate(items) if candidate is item)
        error = cls.expected(index, expected, item)
        if key is not None:
            error.path.insert(0, key)
        return error

    @classmethod
    def missing(cls, key: str) -> "ModelValidationError":
        return cls([key], "missing required field")

    @classmethod
    def at_index(cls, error: "ModelValidationError", items: list[Any], parse: Any) -> "ModelValidationError":
        """Locate the item of ``items`` that ``parse`` rejects and prefix ``error``'s path with its index.

        Lists of models are parsed with a comprehension (no per-item bookkeeping); only when one item fails is
        the list walked again to find which.
        """
        for index, item in enumerate(items):
            try:
                parse(item)
            except ModelValidationError:
                error.path.insert(0, index)
                break
        return error


def _as_object(value: object) -> dict[str, Any]:
    """The input of ``from_dict`` as a dict; ModelValidationError when it is not a JSON object."""
    if isinstance(value, Mapping):
        return dict(value)
    raise ModelValidationError.expected(None, "an object", value)


def _union_fallback(
    data: dict[str, Any],
    tagged_error: ModelValidationError | None,
    error: ModelValidationError | None,
    tag_keys: tuple[str, ...],
    required_tag: str | None,
) -> dict[str, Any]:
    """Decide what an object that none of a oneOf's object options accepted becomes.

    - an option whose tag fields (its enum-typed fields, e.g. ``type``) were present and matched failed
      deeper: the payload is a known option with an invalid body -> raise that option's error;
    - the options have no tag fields (told apart by shape only), or the object carries a tag value that no
      option knows (a new kind Datadog added): forward compatibility -> the raw object is kept as is;
    - otherwise (tags absent) -> raise the error of the option that got furthest, or, when no option could
      even be tried, "missing required field" (or "expected a string") for the tag itself.
    """
    if tagged_error is not None:
        raise tagged_error
    if not tag_keys or any(isinstance(data.get(key), str) for key in tag_keys):
        return data
    if error is not None:
        raise error
    key = required_tag or tag_keys[0]
    if key in data:  # present, but not a string: no option could be tried
        raise ModelValidationError.expected(key, "a string", data[key])
    raise ModelValidationError.missing(key)


def _deeper(current: ModelValidationError | None, new: ModelValidationError) -> ModelValidationError:
    """Of two errors of alternative options, the one that got further into the value (the first on a tie)."""
    return new if current is None or len(new.path) > len(current.path) else current


# ---------------------------------------------------------------------------------------------- deviations

DeviationKind = Literal["type", "enum", "oneof", "extra"]


@dataclass(frozen=True, slots=True)
class Deviation:
    """One place where a response differs from the spec, recorded by ``from_dict`` instead of failing.

    Attributes:
        path: keys (str) and list indices (int) from the parsed model to the value, e.g. ``("data", 0, "attributes",
            "case_id")``.
        kind: ``"type"``: a value of another JSON type than the spec says (or an unparseable date-time/UUID); the
            field reads ``None`` and the value is kept for ``to_dict()``. ``"enum"``: a string (or integer) the
            enum does not list; the field holds it. ``"oneof"``: an object that matches no option of a oneOf; the
            field holds the raw dict. ``"extra"``: a field the spec does not document; it is in
            ``additional_properties``.
        expected: what the spec says, e.g. ``"an integer"``.
        got: the JSON type that came (``"string"``), never the value itself: deviations are logged.
        value: the value that came (not part of ``repr()``: it may hold user data).
    """

    path: tuple[str | int, ...]
    kind: DeviationKind
    expected: str
    got: str
    value: Any = _dataclass_field(default=None, repr=False)

    @property
    def dotted_path(self) -> str:
        return ".".join(str(part) for part in self.path) or "<root>"

    @property
    def reason(self) -> str:
        if self.kind == "extra":
            return f"a field the spec does not define ({self.got})"
        return f"expected {self.expected}, got {self.got}"

    def detail(self) -> str:
        """The reason with a short description of the value (for exceptions; ``str()`` and logs leave it out)."""
        if self.kind == "extra":
            return self.reason
        return f"expected {self.expected}, got {_describe(self.value)}"

    def __str__(self) -> str:
        return f"{self.dotted_path}: {self.reason}"


# Deviation is a frozen dataclass: its __init__ sets each slot through object.__setattr__ (~0.7 us a deviation).
# The parse path makes them with _deviation, which sets the slots through their descriptors (~0.3 us): a
# real-shape page has hundreds (fields newer than the spec), and reading .deviations rebuilds each under its path.
_new_object = object.__new__
_set_path, _set_kind, _set_expected, _set_got, _set_value = (
    getattr(Deviation, _slot).__set__ for _slot in ("path", "kind", "expected", "got", "value")
)


def _deviation(path: tuple[str | int, ...], kind: DeviationKind, expected: str, got: str, value: Any) -> Deviation:
    """``Deviation(path, kind, expected, got, value)``, made faster (see above)."""
    deviation = _new_object(Deviation)
    _set_path(deviation, path)
    _set_kind(deviation, kind)
    _set_expected(deviation, expected)
    _set_got(deviation, got)
    _set_value(deviation, value)
    return deviation


def _json_type(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


# What a model's ``_deviations`` holds: its own Deviation records (paths relative to the model) and, for each child
# model that has deviations, two entries: the child's place in this model (a tuple, the path prefix) followed by
# the child's own ``_deviations``. Parsing copies nothing: a real-shape incident has ~5 deviations (fields newer
# than the spec, nulls), and copying each under a longer path at every level of nesting made 3x as many objects
# (which the collector then walked, again and again). The full paths are built when ``deviations`` is read:
# strict mode, a DEBUG log, or the user.
DeviationEntry = Any  # Deviation | tuple[str | int, ...] (a prefix) | tuple[DeviationEntry, ...] (after a prefix)


def _flatten(entries: tuple[DeviationEntry, ...], prefix: tuple[str | int, ...]) -> Iterator[Deviation]:
    it = iter(entries)
    for entry in it:
        if entry.__class__ is tuple:  # a child's place; its deviations come next
            yield from _flatten(next(it), prefix + entry)
        elif prefix:
            yield _deviation((*prefix, *entry.path), entry.kind, entry.expected, entry.got, entry.value)
        else:
            yield entry


def _count(entries: tuple[DeviationEntry, ...]) -> int:
    """How many deviations ``entries`` stand for (without building them)."""
    count = 0
    it = iter(entries)
    for entry in it:
        count += _count(next(it)) if entry.__class__ is tuple else 1
    return count


class DatadogModel:
    """Base class of every generated model: what a parsed model remembers beyond its typed fields.

    - ``deviations``: where the JSON it was parsed from differs from the spec (its own and its children's, with
      full paths); empty for a conforming document and for models built in code.
    - which optional fields were absent (as opposed to ``null``), and the raw values of fields that held a value
      of the wrong type (they read ``None``): ``to_dict()`` gives back the document as it came.

    The three private attributes are declared (as attrs fields, so that they take part in ``==``) by each model.
    """

    __slots__ = ()

    _absent: int  # bit i: optional field i was absent (parsed) or left UNSET (built in code)
    _raw: dict[str, Any] | None  # wire name -> a value of the wrong type, kept for to_dict()
    _deviations: tuple[DeviationEntry, ...]  # see DeviationEntry
    _extra: dict[str, Any] | None  # the additional_properties slot, None while empty (see _lazy_extra)

    @property
    def deviations(self) -> tuple[Deviation, ...]:
        """Every deviation from the spec found while parsing this model and the models inside it, in document
        order, each with its full path from this model."""
        entries = self._deviations
        return tuple(_flatten(entries, ())) if entries else ()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> "Self":
        """Parse a JSON object into the model (each model implements it)."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the model (each model implements it)."""
        raise NotImplementedError


def _read_extra(model: Any) -> dict[str, Any]:
    extra: dict[str, Any] | None = model._extra
    if extra is None:
        fresh: dict[str, Any] = {}  # made first: making it may run the collector (and so other threads)
        # From here to the store nothing calls or allocates, so no other thread runs in between (the GIL is only
        # handed over at those points): two threads reading at once get the same dict, none loses its writes.
        extra = model._extra
        if extra is None:
            model._extra = extra = fresh
    return extra


def _lazy_extra(cls: type) -> None:
    """Make ``cls.additional_properties`` (an attrs slot) a dict created on first read, and give the slot the
    private name ``_extra`` that the generated code uses.

    A parsed model with no unknown field (most of them: a real-shape incident holds ~45 models) then holds None
    instead of an empty dict of its own: 64 bytes a model, a sixth of a parsed incident's memory. ``==``,
    ``repr``, pickling and copying go through the property, and see ``{}``."""
    slot = cls.__dict__["additional_properties"]
    setattr(cls, "_extra", slot)
    setattr(cls, "additional_properties", property(_read_extra, slot.__set__, doc="Fields the spec does not define."))


def check_deviations(model: DatadogModel) -> None:
    """Raise ModelValidationError for the first deviation of a parsed model (the strict reading of a document)."""
    deviations = model.deviations
    if deviations:
        first = deviations[0]
        raise ModelValidationError(list(first.path), first.detail(), first.expected, first.value)


# Helpers of the generated from_dict, on the deviation path only (the conforming path calls none of them).


def _wrong(
    devs: list[Deviation] | None, raw: dict[str, Any] | None, key: str, expected: str, value: Any
) -> tuple[list[Deviation], dict[str, Any]]:
    """Field ``key`` holds ``value`` of the wrong type: record it and keep the value for to_dict()."""
    devs = [] if devs is None else devs
    raw = {} if raw is None else raw
    devs.append(_deviation((key,), "type", expected, _json_type(value), value))
    raw[key] = value
    return devs, raw


def _rejected(
    devs: list[Deviation] | None, raw: dict[str, Any] | None, key: str, value: Any, error: ModelValidationError
) -> tuple[list[Deviation], dict[str, Any]]:
    """The value of field ``key`` (or an item of it, per ``error.path``) has the wrong type: keep all of it raw."""
    devs = [] if devs is None else devs
    raw = {} if raw is None else raw
    devs.append(_deviation((key, *error.path), "type", error.wanted, _json_type(error.value), error.value))
    raw[key] = value
    return devs, raw


def _unknown_value(
    devs: list[Deviation] | None, path: tuple[str | int, ...], values: Any, value: Any
) -> list[Deviation]:
    """An enum field holds a value the enum does not list (kept as it came)."""
    devs = [] if devs is None else devs
    expected = "one of " + ", ".join(repr(v) for v in sorted(values))
    devs.append(_deviation(path, "enum", expected, "another " + _json_type(value), value))
    return devs


def _unknown_shape(
    devs: list[Deviation] | None, path: tuple[str | int, ...], options: str, value: Any
) -> list[Deviation]:
    """A oneOf field holds an object none of the options accepts (kept as the raw dict)."""
    devs = [] if devs is None else devs
    devs.append(_deviation(path, "oneof", options, "an object of none of these shapes", value))
    return devs


def _extra_fields(devs: list[Deviation] | None, extra: dict[str, Any]) -> list[Deviation]:
    """Fields the spec does not document (kept in additional_properties)."""
    devs = [] if devs is None else devs
    append = devs.append
    for key, value in extra.items():
        append(_deviation((key,), "extra", "no such field", _json_type(value), value))
    return devs


def _lift(devs: list[Any] | None, prefix: tuple[str | int, ...], inner: tuple[DeviationEntry, ...]) -> list[Any]:
    """A child model's deviations, under the child's place in this model (kept by reference: see DeviationEntry)."""
    devs = [] if devs is None else devs
    devs.append(prefix)
    devs.append(inner)
    return devs


# A model's own deviations (for any(map(...)) over a list of models: the check per item runs in C).
_deviations_of = attrgetter("_deviations")


def _lift_items(devs: list[Any] | None, prefix: tuple[str | int, ...], items: list[Any]) -> list[Any]:
    """The deviations of the models of a list, each under its index."""
    devs = [] if devs is None else devs
    for index, item in enumerate(items):
        if item._deviations:
            _lift(devs, (*prefix, index), item._deviations)
    return devs


__all__ = [
    "UNSET",
    "DatadogModel",
    "Deviation",
    "DeviationKind",
    "File",
    "FileTypes",
    "ModelValidationError",
    "RequestFiles",
    "Response",
    "Unset",
    "check_deviations",
]
