"""Read mkdocs.yml the way MkDocs does for the keys the build needs (site_url, site_name)."""
from __future__ import annotations

import os
from pathlib import Path

import yaml


class _ConfigLoader(yaml.SafeLoader):
    """SafeLoader that understands MkDocs' `!ENV [NAME, default]` tag."""


def _env(loader: _ConfigLoader, node: yaml.Node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else (*names, None)
    for name in variables:
        if os.environ.get(name):
            return os.environ[name]
    return default


_ConfigLoader.add_constructor("!ENV", _env)


def read_config(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_ConfigLoader)  # noqa: S506 - SafeLoader subclass
