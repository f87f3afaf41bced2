"""The notebooks run top to bottom (offline) and are kept in git without outputs.

They run as a reader runs them after ``python -m pip install ".[notebooks]"`` (the README):
in a Jupyter kernel with its default (inline) matplotlib backend, once with the reference data
and a full data home, once on a fresh data home with no ``../shared``.
"""

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_four_notebooks():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_are_stripped_in_git(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name}: strip outputs"
            )


def test_the_readme_install_covers_every_notebook_import():
    """`pip install ".[notebooks]"` (what the README says) brings every module a notebook imports."""
    import tomllib

    import nbformat

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'python -m pip install ".[notebooks]"' in readme and "jupyter lab notebooks/" in readme
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = project["optional-dependencies"]["notebooks"]
    names = {re.split(r"[<>=!~ \[]", d)[0].lower() for d in [*project["dependencies"], *extra]}
    assert {"jupyterlab", "matplotlib", "mapclassify"} <= names
    provided = names | {"gazetteer", "frontmap", "pandas"}  # pandas comes with geopandas
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            for node in ast.walk(ast.parse(cell.source)):
                mods = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                for mod in mods:
                    top = mod.split(".")[0]
                    assert top in sys.stdlib_module_names or top in provided, (path.name, mod)
            assert 'matplotlib.use("Agg")' not in cell.source, f"{path.name}: charts must show"


def _execute(path: Path, home: Path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("FRONTMAP_HOME", str(home))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend, as in Jupyter
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors, [f"{e.ename}: {e.evalue}" for e in errors]
    return outputs


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, full_home, monkeypatch):
    outputs = _execute(path, full_home, monkeypatch)
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert html, "the rich reprs (candidates, verdicts, maps) should render as HTML"
    if path.stem.startswith("04"):
        assert any("image/png" in o.get("data", {}) for o in outputs), "04's chart must show"


@pytest.fixture(scope="module")
def fresh_home(tmp_path_factory):
    """An empty data home, shared by the four notebooks (the first builds the embedded store)."""
    return tmp_path_factory.mktemp("fresh-home")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_a_fresh_home_without_shared(path, fresh_home, tmp_path, monkeypatch):
    # the notebooks find ../shared two levels above their folder: here there is none
    copy = tmp_path / "checkout" / "notebooks" / path.name
    copy.parent.mkdir(parents=True)
    shutil.copy(path, copy)
    assert not (copy.parents[2] / "shared").exists()
    outputs = _execute(copy, fresh_home, monkeypatch)
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    if path.stem[:2] in ("03", "04"):
        assert "skip:" in text and "absent" in text  # the cells that need ../shared say so
