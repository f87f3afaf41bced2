"""Writing output files: never over one of the command's inputs, never half-written.

A page or table is written to a temporary file beside its destination and
renamed into place only once it is complete, so a full disk or an
interrupted run leaves the previous file as it was and no temporary file
behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .errors import FrontmapError

__all__ = ["OverwriteError", "atomic_path", "refuse_inputs", "write_text"]


class OverwriteError(FrontmapError, ValueError):
    """An output path is (or would be read as) one of the command's inputs."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # also hard links
    except OSError:
        pass
    return a.resolve() == b.resolve()


def refuse_inputs(
    output: str | os.PathLike,
    inputs: Mapping[str, str | os.PathLike | Iterable[str | os.PathLike] | None],
    *,
    read_from_dirs: tuple[str, ...] = (".geojson", ".gpkg"),
) -> None:
    """Refuse an output that resolves to an input file.

    Parameters
    ----------
    output
        The path about to be written.
    inputs
        Role (``"claims"``, ``"--frontline"`` …) → a path, several paths, or None.
    read_from_dirs
        An input that is a directory is read file by file; an output inside it with one of
        these suffixes would be read next time, so it is refused too.

    Standard input and output (``-``) are never files to protect.

    Raises
    ------
    OverwriteError
        Naming the output, the input it would replace, and what to do.
    """
    if str(output) == "-":
        return  # standard output replaces no file
    out = Path(output)
    for role, given in inputs.items():
        if given is None:
            continue
        paths = [given] if isinstance(given, str | os.PathLike) else list(given)
        for p in (Path(x) for x in paths if str(x) != "-"):
            inside = (
                p.is_dir()
                and out.suffix.lower() in read_from_dirs
                and out.resolve().parent == p.resolve()
            )
            if inside or _same_file(out, p):
                raise OverwriteError(
                    f"{out}: refusing to write over the {role} input {p}; choose another -o/--output"
                )


def write_text(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically: a temporary file in the same directory, then a rename.

    A symbolic link is written through (its target is replaced); an existing file keeps its
    permissions, a new one gets the usual ``0o666 & ~umask``.

    Raises
    ------
    FrontmapError
        The file could not be written (disk full, no permission …); the message names it, and
        the previous file, if any, is unchanged.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    data = text.encode(encoding)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.is_file():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise FrontmapError(
            f"{path}: cannot write ({reason}); the previous file, if any, is unchanged"
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` (same suffix) that replaces it when the block succeeds.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
