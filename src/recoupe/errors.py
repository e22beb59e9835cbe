"""recoupe's exceptions. Every error the library raises on purpose is one of these::

    RecoupeError
    ├── InputError   a file or record we cannot read (carries the path and the reason)
    ├── StoreError   the database cannot be opened, migrated or written
    └── ConfigError  a bad option, a missing model, an unreadable alias file

Messages name the bad value, the cause and the fix, on one line.
"""

from __future__ import annotations


class RecoupeError(Exception):
    """Base class of every error recoupe raises on purpose."""


class InputError(RecoupeError):
    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(RecoupeError):
    pass


class ConfigError(RecoupeError):
    pass
