"""Errors are handwritten: see ``datadog_async.ApiError`` and its subclasses (overlays/datadog_async/_errors.py)."""

__all__: list[str] = []
