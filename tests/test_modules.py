"""Each module binds each top-level name once: a second ``_GAPPED_EN = …`` further down a long
module silently replaces the first for every function, and a rule that reads it stops firing
(two round-20 branches each added one; the merge passed every other test)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for pkg in ("frontmap", "gazetteer") for p in (ROOT / pkg).rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_each_top_level_name_is_bound_once(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, k in Counter(names).items() if k > 1 and n != "__all__")
    assert not twice, f"{path.relative_to(ROOT)} binds {twice} more than once"
