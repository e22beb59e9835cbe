"""Bounded-memory collections for the story index: a working set in memory, the rest in a backing.

The story index keeps per-document and per-cluster records (events, threads, statement members,
quotes, denials). Held in Python dicts they grow with the corpus (≈ 9 KB a document, measured on
60,986 articles: RELIABILITY.md). ``SpillDict`` keeps only the most recently used ``capacity``
records in memory and writes the others, encoded as JSON-ready values, to a ``Backing``:

* ``MemoryBacking``: plain dicts (library use, tests, small runs); the index's ``dump()`` carries
  its content, so a state round-trips through JSON as before;
* the store's backing (``Store.story_backing()``): a table of the database, written inside the
  linking transaction, so an interrupted run leaves nothing half-written.

Written by hand: an LRU write-back cache over a key/value table is a few lines, and the
libraries that offer one (``diskcache``, ``shelve``) would be a second database beside the store,
outside its transaction.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

V = TypeVar("V")

#: records kept in memory per collection (the working set); the rest live in the backing
CAPACITY = 20_000


def same(value: Any) -> Any:
    """The identity, as ``encode``/``decode`` of values that are already JSON-ready."""
    return value


class Backing(Protocol):
    """Where records that left memory are kept: ``kind`` names the collection."""

    def get(self, kind: str, key: str) -> Any | None: ...
    def put(self, kind: str, items: Iterable[tuple[str, Any]]) -> None: ...
    def scan(self, kind: str) -> Iterator[tuple[str, Any]]: ...


class MemoryBacking:
    """A backing of plain dicts; ``export``/``from_export`` carry it in a JSON state."""

    def __init__(self, data: dict[str, dict[str, Any]] | None = None) -> None:
        self.data: dict[str, dict[str, Any]] = data if data is not None else {}

    def get(self, kind: str, key: str) -> Any | None:
        return self.data.get(kind, {}).get(key)

    def put(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        self.data.setdefault(kind, {}).update(items)

    def scan(self, kind: str) -> Iterator[tuple[str, Any]]:
        yield from list(self.data.get(kind, {}).items())

    def export(self) -> dict[str, dict[str, Any]]:
        return self.data


class SpillDict(Generic[V]):
    """A mapping ``str → V`` holding at most ``capacity`` decoded values in memory.

    Values are mutable objects changed in place by their users: any value read or set since the
    last write is assumed changed and is written back when it leaves memory (or on ``sync``);
    values untouched since are not written again. Keys are only ever added, never removed (the
    index never forgets a document or a cluster)."""

    def __init__(self, backing: Backing, kind: str, encode: Callable[[V], Any],
                 decode: Callable[[Any], V], capacity: int = CAPACITY) -> None:
        self.backing, self.kind = backing, kind
        self.encode, self.decode = encode, decode
        self.capacity = max(1, capacity)
        self._hot: OrderedDict[str, V] = OrderedDict()
        #: keys in memory whose value may differ from the backing's
        self._dirty: set[str] = set()

    def get(self, key: str, default: V | None = None) -> V | None:
        value = self._hot.get(key)
        if value is not None:
            self._hot.move_to_end(key)
            self._dirty.add(key)
            return value
        raw = self.backing.get(self.kind, key)
        if raw is None:
            return default
        value = self.decode(raw)
        self._keep(key, value)
        return value

    def __getitem__(self, key: str) -> V:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._hot or self.backing.get(self.kind, key) is not None  # type: ignore[arg-type]

    def __setitem__(self, key: str, value: V) -> None:
        self._keep(key, value)

    def _keep(self, key: str, value: V) -> None:
        self._hot[key] = value
        self._hot.move_to_end(key)
        self._dirty.add(key)
        if len(self._hot) > self.capacity:
            # write back the least recently used tenth at once (one batch for the backing)
            count = max(1, self.capacity // 10)
            evicted = [self._hot.popitem(last=False) for _ in range(min(count, len(self._hot) - 1))]
            self.backing.put(self.kind, [(k, self.encode(v)) for k, v in evicted if k in self._dirty])
            self._dirty.difference_update(k for k, _ in evicted)

    def sync(self) -> None:
        """Write the values in memory that may have changed to the backing (they stay in
        memory)."""
        if self._dirty:
            # in memory order, not the set's: a MemoryBacking keeps the order keys first arrive
            self.backing.put(self.kind, [(k, self.encode(v)) for k, v in self._hot.items() if k in self._dirty])
            self._dirty.clear()

    def items(self) -> Iterator[tuple[str, V]]:
        """Every record, the backing's order; values in memory are the live objects."""
        self.sync()
        for key, raw in self.backing.scan(self.kind):
            value = self._hot.get(key)
            yield key, (value if value is not None else self.decode(raw))

    def values(self) -> Iterator[V]:
        for _key, value in self.items():
            yield value

    def keys(self) -> Iterator[str]:
        for key, _value in self.items():
            yield key

    def __iter__(self) -> Iterator[str]:
        return self.keys()
