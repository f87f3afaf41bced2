"""Every `frontmap` command in the README's code blocks runs, and prints what the README shows.

The commands run in order, in a scratch directory holding what the README's examples read:
``../shared`` (a link to the reference data), ``claims.csv`` (the README's own CSV block),
``report.txt`` (the report in ../shared/corpus) and ``node_modules`` (the npm Leaflet copy the
test script installs). ``python -m pip install .`` is left out (the suite runs installed) and
so is ``bash scripts/test.sh`` (the suite itself).
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from gazetteer.datadir import store_dir

from .conftest import SHARED, need_shared

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(kind):
    return re.findall(rf"```{kind}\n(.*?)```", README, re.S)


def commands():
    """(command, output lines shown that are not table rows) in README order."""
    out = []
    for block in re.findall(r"```(bash|console)\n(.*?)```", README, re.S):
        kind, body = block
        lines = body.replace("\\\n", " ").splitlines()
        for i, line in enumerate(lines):
            cmd = (
                line[2:]
                if kind == "console" and line.startswith("$ ")
                else line
                if kind == "bash"
                else None
            )
            if not cmd or "frontmap" not in cmd.split("#")[0]:
                continue
            cmd = cmd.split(" # ")[0].strip()
            cmd = re.sub(r"^python -m pip install \. && ", "", cmd)
            shown = None
            if kind == "console":
                rest = [x for x in lines[i + 1 :] if x.strip()]
                shown = []
                for line_out in rest:
                    if line_out.startswith("$ "):
                        break
                    if not re.search(r"[┏┃│└┡━╇┳]", line_out):
                        shown.append(line_out)
            out.append((cmd, shown))
    return out


def test_the_readme_shows_commands():
    cmds = [c for c, _ in commands()]
    assert any(c.startswith("frontmap demo") for c in cmds)
    for word in ("resolve", "check", "extract", "map", "frontline status", "claims check"):
        assert any(f"frontmap {word}" in c for c in cmds), word


def test_every_readme_command_runs(embedded_home, tmp_path):
    """On a fresh data home: only the embedded store a first run builds, no GeoNames install."""
    need_shared(SHARED / "corpus")
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "shared").symlink_to(SHARED)
    (work / "node_modules").symlink_to(ROOT / ".cache" / "npm" / "node_modules")
    (work / "claims.csv").write_text(blocks("csv")[0], encoding="utf-8")
    (work / "report.txt").write_text(
        (SHARED / "corpus" / "report-2025-02-11-yasenove-toretsk.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    home = tmp_path / "home"
    (home / "gazetteer").mkdir(parents=True)
    shutil.copy(
        store_dir(embedded_home) / "embedded.sqlite", home / "gazetteer" / "embedded.sqlite"
    )
    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "200"}
    for cmd, shown in commands():
        proc = subprocess.run(
            ["bash", "-c", cmd], cwd=work, env=env, capture_output=True, text=True, timeout=600
        )
        assert proc.returncode == 0, f"{cmd}\n{proc.stderr}"
        text = " ".join(proc.stdout.split())
        for line_shown in shown or ():
            want = " ".join(line_shown.split()).rstrip("…").strip()
            assert want in text, f"{cmd}: README shows {line_shown!r}\nprinted: {proc.stdout}"
