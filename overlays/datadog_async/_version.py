"""The distribution version, kept equal to pyproject.toml's by a test (no importlib.metadata at import)."""

__version__ = "0.1.0"
