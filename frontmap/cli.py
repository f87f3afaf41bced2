"""The ``frontmap`` command line.

Every error is printed as one line on stderr with a non-zero exit status;
no traceback. Heavy libraries (geopandas, folium) are never imported here
at module level, so ``frontmap resolve`` starts fast.

Built on click rather than typer: typer (≥ 0.2x) imports pydantic while it
parses arguments, which alone costs about 0.2 s of every command's start.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import gazetteer

from .errors import FrontmapError, FrontmapWarning


def _examples(*lines: str) -> str:
    """A click epilog of real examples, kept as written (``\b`` stops click re-wrapping it)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_examples(
        'frontmap resolve Yasenove --in "Donetsk oblast"',
        'echo "Yasenove lies 60 miles north of Pokrovsk." | frontmap check --file - --json',
        "frontmap map claims.csv -o - > map.html",
    )
    + "\n\n\bA file argument of '-' reads standard input or writes standard output (each\n"
    "option says which format). NO_COLOR turns colour off; so does a pipe.",
)
@click.version_option(package_name="frontmap")
def app() -> None:
    """Resolve, check and map front-line claims in the Russia-Ukraine war."""


@app.group(
    "gazetteer",
    epilog=_examples("frontmap gazetteer install UA", "frontmap gazetteer status"),
)
def gazetteer_app() -> None:
    """Install and inspect gazetteer sources."""


def _store_warnings_on_one_line() -> None:
    """Show a skipped broken store as one ``warning:`` line, not Python's two-line warning."""
    import warnings

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, (gazetteer.BrokenStoreWarning, FrontmapWarning)):
            err.print(f"[yellow]warning:[/] {escape(str(message))}", markup=True)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class SafeConsole(Console):
    """A console that never passes control characters (escape sequences, bidi overrides) from
    names, quotes or file contents to the terminal: each becomes ``\ufffd``."""

    def render_str(self, text: str, **kwargs):
        return super().render_str(_CONTROL.sub("\ufffd", text), **kwargs)


def _console(**kwargs) -> SafeConsole:
    """A console that honours NO_COLOR (https://no-color.org) fully: no colour and no bold,
    italic or dim either (rich alone keeps those); a pipe gets no escape codes at all."""
    plain = bool(os.environ.get("NO_COLOR"))
    return SafeConsole(
        highlight=False, soft_wrap=True, color_system=None if plain else "auto", **kwargs
    )


out = _console()
if not out.is_terminal:
    # piped: the terminal's width when the shell says it (COLUMNS), else wide
    with contextlib.suppress(ValueError):
        out.width = int(os.environ.get("COLUMNS") or 160)
err = _console(stderr=True)


def _plain_table(table: Table, *, first: tuple[str, str] | None = None) -> None:
    """Print a rich table as tab-separated values (header, then rows), for scripts (--plain)."""
    from rich.text import Text

    def cell(value) -> str:
        text = value.plain if isinstance(value, Text) else Text.from_markup(str(value)).plain
        return _CONTROL.sub("\ufffd", text).replace("\t", " ").replace("\n", " ")

    header = [cell(c.header) for c in table.columns]
    columns = [list(c.cells) for c in table.columns]
    lines = [] if first is None or first[0] is None else [[first[0], *header]]
    if first is None:
        lines.append(header)
    for row in zip(*columns, strict=True):
        cells = [cell(v) for v in row]
        lines.append(cells if first is None else [first[1], *cells])
    for line in lines:
        click.echo("\t".join(line))


_PLAIN = click.option(
    "--plain",
    is_flag=True,
    help="Print tab-separated values (a header line, then one line a row) instead of a table.",
)


def _is_dash(path) -> bool:
    return path is not None and str(path) == "-"


@contextlib.contextmanager
def _input(path, suffix: str, what: str):
    """``path``, or for ``-`` standard input spooled to a scratch ``stdin{suffix}`` file.

    Errors about the scratch file name ``<stdin>`` instead.
    """
    if not _is_dash(path):
        yield path
        return
    if sys.stdin is None or sys.stdin.isatty():
        raise FrontmapError(f"'-' reads {what} from standard input, but nothing is piped in")
    with tempfile.TemporaryDirectory(prefix="frontmap-stdin-") as scratch:
        spooled = Path(scratch) / f"stdin{suffix}"
        with open(spooled, "wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle)
        try:
            yield spooled
        except (FrontmapError, gazetteer.GazetteerError) as exc:
            text = str(exc).replace(str(spooled), "<stdin>")
            if text == str(exc):
                raise
            raise FrontmapError(text) from None


@contextlib.contextmanager
def _output(path, suffix: str):
    """``path``, or for ``-`` a scratch file written to standard output when the block ends."""
    if not _is_dash(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="frontmap-stdout-") as scratch:
        target = Path(scratch) / f"stdout{suffix}"
        yield target
        sys.stdout.flush()
        with open(target, "rb") as handle:
            shutil.copyfileobj(handle, sys.stdout.buffer)
        sys.stdout.buffer.flush()


def _told(output) -> SafeConsole:
    """Where a command's closing message goes: stderr when its output is standard output."""
    return err if _is_dash(output) else out


#: Verdicts each ``--fail-on`` level fails on, for ``check`` and for ``claims check``.
FAIL_ON = {
    "inconsistent": ({"inconsistent"}, {"contradicted"}),  # and ambiguous, wrong every reading
    "loose": ({"loose", "inconsistent"}, {"ahead of the map", "contradicted"}),
    "unverifiable": (
        {"unverifiable", "ambiguous", "no_statement", "error"},
        {"cannot tell", "no data", "not checkable"},
    ),
}
#: The exit status of a run ``--fail-on`` fails (1 is an error, 2 a usage error).
FAIL_EXIT = 3


def _fail_on_option(which: int):
    levels = FAIL_ON
    said = "; ".join(f"{level}: {', '.join(sorted(v[which]))}" for level, v in levels.items())
    return click.option(
        "--fail-on",
        "fail_on",
        multiple=True,
        type=click.Choice(list(levels)),
        help=f"Exit with status {FAIL_EXIT} (after printing every result) when a verdict is at "
        f"this level (repeatable) — {said}"
        + (
            " (and an ambiguous name wrong under every reading counts as inconsistent)"
            if which == 0
            else ""
        )
        + ". For CI that should block a story.",
    )


def _fail_on(levels, verdicts, which: int) -> None:
    """Exit :data:`FAIL_EXIT` with one stderr line when a verdict hits a ``--fail-on`` level.

    ``verdicts`` are names, or ``check`` verdict dicts: an ambiguous statement wrong under
    every reading of its name counts as inconsistent too.
    """
    if not levels:
        return
    from .checks import every_reading

    failing = set().union(*(FAIL_ON[level][which] for level in levels))
    hits = []
    for v in verdicts:
        names = (
            [v]
            if isinstance(v, str)
            else [v.get("verdict"), v.get("every_reading", every_reading(v))]
        )
        hits += [n for n in names if n in failing][:1]
    if hits:
        counts = ", ".join(f"{hits.count(v)} {v}" for v in sorted(set(hits)))
        err.print(f"failed (--fail-on {','.join(levels)}): {counts}")
        sys.exit(FAIL_EXIT)


ATTRIBUTION = "Place data: GeoNames (geonames.org), CC BY 4.0; KATOTTG codifier of Ukraine."


_ONLINE: dict[str, object] = {"on": False, "url": None}


def _set_online(ctx, param, value):
    if value:
        _ONLINE["on" if param.name == "online" else "url"] = value
    return value


def online_options(command):
    """``--online`` and ``--nominatim URL`` for a command that resolves names."""
    command = click.option(
        "--nominatim",
        metavar="URL",
        envvar="FRONTMAP_NOMINATIM_URL",
        expose_value=False,
        callback=_set_online,
        help="Nominatim server for --online (default https://nominatim.openstreetmap.org).",
    )(command)
    return click.option(
        "--online",
        is_flag=True,
        expose_value=False,
        callback=_set_online,
        help="Ask OpenStreetMap's Nominatim (geopy; 1 request/s; answers cached in the data "
        "directory) for names the offline gazetteer lacks. Off unless given.",
    )(command)


def _open() -> gazetteer.Gazetteer:
    from gazetteer.datadir import data_dir, store_dir

    if not (store_dir() / "embedded.sqlite").exists():
        err.print("Building the embedded gazetteer (first use only, about 25 s)…")
    online = bool(_ONLINE["on"])
    if online:
        import logging

        # geopy's RateLimiter logs each retry with a traceback; the failure reaches the user
        # as one line (OnlineError) instead.
        logging.getLogger("geopy").addHandler(logging.NullHandler())
        logging.getLogger("geopy").propagate = False
    if online and _ONLINE["url"]:
        from urllib.parse import urlsplit

        from gazetteer.online import Nominatim

        url = urlsplit(str(_ONLINE["url"]))
        if url.scheme not in ("http", "https") or not url.netloc:
            raise click.BadParameter(
                f"{_ONLINE['url']!r} is not an http(s) URL such as "
                "https://nominatim.openstreetmap.org",
                param_hint="--nominatim",
            )
        online = Nominatim(
            data_dir() / "online", domain=url.netloc + url.path.rstrip("/"), scheme=url.scheme
        )
    return gazetteer.open(online=online)


def _parse_near(text: str | None):
    if text is None:
        return None
    parts = text.replace(";", ",").split(",")
    if len(parts) == 2:
        try:
            return float(parts[0]), float(parts[1])
        except ValueError:
            pass
    return text


@app.command(
    epilog=_examples(
        'frontmap resolve Yasenove Dzerzhinsk --in "Donetsk oblast"',
        "frontmap resolve Покровськ --json",
    )
)
@click.argument("names", nargs=-1, required=True)
@click.option("--in", "in_admin", help="Oblast and/or raion: 'Donetsk oblast', 'Pokrovsk raion'.")
@click.option("--near", help="A place name or 'lat,lon' the place is near.")
@click.option("--country", help="Only places in this country (ISO code).")
@click.option("--all", "show_all", is_flag=True, help="Show every candidate, not the top 3.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of candidates.")
@_PLAIN
@online_options
def resolve(names, in_admin, near, country, show_all, as_json, plain) -> None:
    """Resolve place names to ranked, located candidates with the evidence for each."""
    gz = _open()
    failed = 0
    rows = []
    for name in names:
        try:
            found = gz.resolve(
                name,
                in_admin=in_admin,
                near=_parse_near(near),
                country=country,
                limit=None if show_all else 3,
            )
        except gazetteer.PlaceNotFound as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}", markup=True)
            failed += 1
            continue
        if as_json:
            rows += [{"query": name, **c.to_dict()} for c in found]
        else:
            _print_candidates(found, plain=plain, header=not plain or name == names[0])
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif len(names) > failed and not plain:
        out.print(f"[dim]{ATTRIBUTION}[/]")
    if failed:
        sys.exit(1)


def _print_candidates(found: gazetteer.Candidates, *, plain=False, header=True) -> None:
    title = escape(found.query) + ("  [yellow](ambiguous)[/]" if found.ambiguous else "")
    columns = ("#", "name", "uk / ru", "admin", "lat, lon", "score", "matched", "precision", "id")
    rows = []
    for i, c in enumerate(found, 1):
        p = c.place
        precision = (
            p.precision if p.precision == "point" else f"{p.precision} ±{p.radius_km:.0f} km"
        )
        rows.append([
            str(i),
            p.name,
            " / ".join(n for n in (p.name_uk, p.name_ru) if n) or "-",
            ", ".join(
                x
                for x in (p.hromada and f"{p.hromada} hromada", p.admin2, p.admin1, p.country)
                if x
            ),
            f"{p.lat:.5f}, {p.lon:.5f}",
            f"{c.score:.2f}",
            f"{c.matched} ({c.match_kind})",
            precision,
            p.id,
            ", ".join(x for x in (p.admin1, p.admin2) if x) or "-",  # oblast first, when cut
        ])  # fmt: skip
    # One line a candidate at any width: under 120 columns the table leaves out the names in
    # other scripts, the match and the precision (--plain and --json keep every column), and
    # the admin path ends in '…' rather than wrap.
    keep = [
        k
        for k, col in enumerate(columns)
        if plain or out.width >= 120 or col not in ("uk / ru", "matched", "precision")
    ]
    table = Table(title=title, title_justify="left", box=None, pad_edge=False)
    widths = {
        k: min(
            max(len(columns[k]), *(len(r[k]) for r in rows)) if rows else len(columns[k]),
            20 if columns[k] in ("name", "uk / ru", "matched") else 999,
        )
        for k in keep
    }
    admin = columns.index("admin")
    others = sum(w for k, w in widths.items() if k != admin)
    # the admin path takes what the other columns leave (2 columns of padding between cells)
    room = out.width - others - 2 * (len(keep) - 1) - 1
    if (
        room < widths[admin] and not plain
    ):  # too narrow for the whole path: oblast and raion, oblast first
        for r in rows:
            r[admin] = r[-1]
        widths[admin] = max(len(r[admin]) for r in rows)
    widths[admin] = max(10, min(widths[admin], room))
    for k in keep:
        table.add_column(columns[k], no_wrap=True, overflow="ellipsis", width=widths[k])
    for r in rows:
        table.add_row(*(escape(r[k]) for k in keep))
    if plain:
        _plain_table(table, first=("query" if header else None, found.query))
        return
    out.print(table, markup=True, soft_wrap=False)  # the table fits the width, cells cut
    best = found.best
    for line in best.evidence:
        out.print(f"  [dim]·[/] {escape(line)}", markup=True)
    if found.ambiguous:
        out.print(
            "  [yellow]The top candidates are close: give --in OBLAST or --near PLACE to decide.[/]"
        )


@gazetteer_app.command(
    "install",
    epilog=_examples(
        "frontmap gazetteer install UA",
        "frontmap gazetteer install UA --from ../shared/data/geonames/UA.zip",
    ),
)
@click.argument("code", default="UA")
@click.option(
    "--from", "from_path", type=click.Path(path_type=Path), help="A local CODE.zip or CODE.txt."
)
@click.option("--url", help="Download from this address instead.")
def gazetteer_install(code, from_path, url) -> None:
    """Download (or take --from) a GeoNames dump, validate it, and build its store."""
    meta = gazetteer.install_geonames(code, from_path=from_path, url=url)
    out.print(
        f"Installed {meta['source']}: {meta['rows']:,} rows from {meta['file']} "
        f"(dated {meta['date']}, sha256 {meta['sha256'][:12]}…) in {meta['seconds']} s."
    )
    _print_join(meta.get("join") or {})


def _print_join(join: dict) -> None:
    if not join:
        return
    table = Table(title="KATOTTG join (front-line oblasts)", title_justify="left")
    for col in (
        "oblast",
        "GeoNames places",
        "joined",
        "rate",
        "codifier settlements",
        "share joined",
    ):
        table.add_column(col, justify="right")
    for oblast, s in join.items():
        rate = f"{s['rate']:.1%}" if s.get("rate") is not None else "-"
        share = f"{s['codifier_rate']:.1%}" if s.get("codifier_rate") is not None else ""
        table.add_row(
            oblast,
            f"{s['places']:,}",
            f"{s['joined']:,}",
            rate,
            f"{s.get('codifier_settlements', '')}",
            share,
        )
    out.print(table)


@gazetteer_app.command(
    "add",
    epilog=_examples(
        "frontmap gazetteer add my-places.csv",
        "cat my-places.csv | frontmap gazetteer add - --name desk",
    ),
)
@click.argument("path", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--name", help="Source name (default: the file's name; required with '-').")
def gazetteer_add(path, name) -> None:
    """Install your own places table (CSV or GeoJSON; '-' reads CSV from standard input),
    layered above every other source."""
    if _is_dash(path) and not name:
        raise click.UsageError("give --name when the places table comes from standard input")
    with _input(path, ".csv", "a places CSV") as source:
        meta = gazetteer.install_places(source, name=name)
    out.print(f"Installed {meta['source']}: {meta['rows']:,} places from {path}.")


@gazetteer_app.command("remove", epilog=_examples("frontmap gazetteer remove user-desk"))
@click.argument("source")
def gazetteer_remove(source) -> None:
    """Remove an installed source."""
    gazetteer.remove(source)
    out.print(f"Removed {source}.")


@gazetteer_app.command("list", epilog=_examples("frontmap gazetteer list"))
def gazetteer_list() -> None:
    """List installed sources, top layer first."""
    with _open() as gz:
        for s in gz.status():
            out.print(f"{s['source']}\t{s['places']:,} places\t{s['path']}")


@gazetteer_app.command(
    "status", epilog=_examples("frontmap gazetteer status", "frontmap gazetteer status --json")
)
@click.option("--json", "as_json", is_flag=True, help="Print the metadata as JSON.")
def gazetteer_status(as_json) -> None:
    """Sources installed, row counts, dates, checksums, licences and KATOTTG join rates."""
    with _open() as gz:
        status = gz.status()
    if as_json:
        print(json.dumps(status, ensure_ascii=False, indent=1))
        return
    for s in status:
        out.print(
            f"[bold]{s['source']}[/] ({s.get('kind')}): {s['places']:,} places, "
            f"built {s.get('built')}"
        )
        for field in (
            "file",
            "date",
            "sha256",
            "size",
            "licence",
            "attribution",
            "countries",
            "seconds",
        ):
            if s.get(field):
                out.print(f"  {field}: {s[field]}")
        join = s.get("join")
        if join:
            _print_join(json.loads(join) if isinstance(join, str) else join)


_VERDICT_STYLE = {
    "consistent": "green",
    "loose": "yellow",
    "inconsistent": "red",
    "ambiguous": "magenta",
    "unverifiable": "dim",
}


@app.command(
    epilog=_examples(
        'frontmap check "Yasenove lies 60 miles north of Pokrovsk." --fail-on inconsistent',
        "cat sentences.txt | frontmap check --file - -o - > results.csv",
    )
)
@click.argument("sentence", required=False)
@click.option(
    "--file",
    type=click.Path(path_type=Path, allow_dash=True),
    help=".txt (a sentence a line), .csv (sentence column) or .jsonl; '-' reads a sentence a "
    "line from standard input (also when no SENTENCE is given and input is piped).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Write results (.csv or .jsonl); '-' writes CSV to standard output.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of verdicts.")
@click.option(
    "--date",
    "when",
    help="The day the statement was made (YYYY-MM-DD): distances to the front line and to "
    "forces are measured on the map current that day (needs --layers).",
)
@click.option(
    "--layers",
    multiple=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="Dated front-line file or directory (repeatable), for distances to the front line.",
)
@_fail_on_option(0)
@online_options
def check(sentence, file, output, as_json, when, layers, fail_on) -> None:
    """Check the distance and direction statements of a sentence (or a file of them).

    Distances to Ukraine's border are checked against the shipped outline; distances to the
    front line and to forces need --date and --layers.
    """
    from .checks import check_file
    from .statements import parse_one
    from .verify import verify_sentence

    if sentence is not None and file is not None:
        raise FrontmapError("give a SENTENCE or --file PATH, not both")
    if sentence is None and file is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise FrontmapError(
                "give a SENTENCE, --file PATH, or pipe sentences in (a sentence a line; --file -)"
            )
        file = Path("-")
    if output is not None and file is None:
        raise FrontmapError("-o/--output writes the results of --file; give --file PATH")
    if _is_dash(output) and as_json:
        raise FrontmapError("-o - and --json both write standard output; choose one")
    day = _day(when)
    series = _series(layers) if layers else None
    gz = _open()
    if file is not None:
        with (
            _input(file, ".txt", "sentences") as source,
            _output(output, ".csv") as target,
        ):
            summary = check_file(
                source,
                gz,
                output=target,
                progress=err if err.is_terminal else None,
                date=day,
                series=series,
            )
        if as_json:
            print(json.dumps(summary.rows, ensure_ascii=False, indent=1))
        else:
            counts = ", ".join(f"{n} {v}" for v, n in sorted(summary.counts.items()))
            where = f"; results in {output}" if output and not _is_dash(output) else ""
            _told(output).print(
                f"{summary.inputs} input rows, {len(summary.rows)} result rows: {counts}{where}."
            )
        _fail_on(fail_on, summary.rows, 0)
        return
    parse_one(sentence)  # one clear error when the sentence holds no statement
    verdicts = verify_sentence(sentence, gz, date=day, series=series)
    if as_json:
        print(json.dumps([v.to_dict() for v in verdicts], ensure_ascii=False, indent=1))
        _fail_on(fail_on, [v.to_dict() for v in verdicts], 0)
        return
    for v in verdicts:
        st = v.statement
        style = _VERDICT_STYLE.get(v.verdict, "")
        out.print(
            f"[bold {style}]{v.verdict.upper()}[/]  {escape(st.sentence[st.span[0] : st.span[1]])}",
            markup=True,
        )
        out.print(f"  {escape(v.explanation)}")
        for label, cand in (("subject", v.subject), ("reference", v.reference)):
            if cand is not None:
                p = cand.place
                out.print(
                    f"  [dim]{label}:[/] {escape(p.name)} ({escape(p.admin_path)}) {p.lat:.5f}, {p.lon:.5f} "
                    f"[dim]{escape(p.id)}, score {cand.score:.2f}, {p.precision}[/]",
                    markup=True,
                )
    out.print(f"[dim]{ATTRIBUTION}[/]")
    if any(v.statement.line == "border" and v.line_source for v in verdicts):
        from .borders import ATTRIBUTION as OUTLINE

        out.print(f"[dim]{OUTLINE}[/]")
    _fail_on(fail_on, [v.to_dict() for v in verdicts], 0)


@app.command(
    epilog=_examples(
        'frontmap near Pokrovsk --distance "13 mi" --direction SSW --radius 3km',
        'frontmap near Pokrovsk --distance "12 mi" --direction S --plain | cut -f2,5',
    )
)
@click.argument("place")
@click.option("--distance", required=True, help="How far, with its unit: '12 mi', '20 km'.")
@click.option("--direction", required=True, help="Compass direction: S, SSW, south-west …")
@click.option("--radius", help="Search radius around that point (default: 20% of the distance).")
@click.option("--in", "in_admin", help="Oblast/raion of the reference place.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@_PLAIN
@online_options
def near(place, distance, direction, radius, in_admin, as_json, plain) -> None:
    """What lies about DISTANCE in DIRECTION of PLACE? Places ranked by distance from that point."""
    from .inverse import places_at

    gz = _open()
    result = places_at(gz, place, distance, direction, radius=radius, in_admin=in_admin)
    if as_json:
        print(json.dumps(result.to_dicts(), ensure_ascii=False, indent=1))
        return
    ref = result.reference.place
    say = err if plain else out
    say.print(
        f"{result.distance:g} {result.unit} {result.direction} of {escape(ref.name)} "
        f"({ref.lat:.5f}, {ref.lon:.5f}) is ({result.lat:.5f}, {result.lon:.5f}); "
        f"places within {result.radius_km:.1f} km of it:"
    )
    table = Table(title_justify="left")
    for col in ("#", "name", "uk", "admin", "from the point", "from " + ref.name, "bearing", "id"):
        table.add_column(col)
    for i, hit in enumerate(result.hits, 1):
        p = hit.place
        table.add_row(
            str(i), escape(p.name), escape(p.name_uk or "-"), escape(p.admin_path),
            f"{hit.offset_km:.1f} km", f"{hit.distance_km:.1f} km", f"{hit.bearing_deg:.0f}° {hit.bearing_word}",
            p.id,
        )  # fmt: skip
    if plain:
        _plain_table(table)
        return
    out.print(table)
    if not result.hits:
        out.print("No located place there; widen --radius.")
    out.print(f"[dim]{ATTRIBUTION}[/]")


def _load_checks(path: Path, gz, *, date=None, series=None):
    """Verdicts to draw: sentences (.txt/.csv/.jsonl, verified now) or ``frontmap check --json`` output.

    Distances to the front line are measured on ``series`` as of ``date``.
    """
    with _input(path, ".txt", "sentences") as source:
        return _checks_from(Path(source), gz, date=date, series=series)


def _checks_from(path: Path, gz, *, date=None, series=None):
    from .checks import read_check_json, read_sentences
    from .verify import verify_sentence

    if path.suffix.lower() == ".json":
        sentences = read_check_json(path)
    else:
        sentences = [s for _, s, problem in read_sentences(path) if not problem]
    return [
        v
        for s in dict.fromkeys(x for x in sentences if x)
        for v in verify_sentence(s, gz, date=date, series=series)
    ]


# options shared by `frontmap map` and `frontmap demo`
_FRONTLINE = click.option(
    "--frontline",
    "frontline_paths",
    multiple=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="Front-line file or directory to draw (repeatable; any CRS; '-' reads GeoJSON with a "
    "'date' property from standard input).",
)
_SELF_CONTAINED = click.option(
    "--self-contained", is_flag=True, help="Inline Leaflet so the map opens with no network."
)
_TILES = click.option(
    "--tiles",
    default=None,
    help="Basemap: an xyzservices name, 'offline' (a light basemap from data shipped with "
    "frontmap) or 'none'. Default: OpenStreetMap, or offline with --self-contained.",
    callback=lambda _ctx, _param, value: _basemap(value),
)
_LABELS = click.option(
    "--labels",
    type=click.Choice(["en", "uk", "ru"]),
    default="en",
    show_default=True,
    help="Language of place labels: English, or the local Ukrainian/Russian names.",
)


def _basemap(value):
    from .basemaps import basemap

    if value is not None:
        basemap(value)  # a typo fails here, before any work, naming the choices
    return value


def _tiles(tiles, self_contained):
    """The basemap asked for, else offline for a self-contained map and OpenStreetMap otherwise."""
    from .basemaps import OFFLINE

    return tiles if tiles is not None else (OFFLINE if self_contained else "OpenStreetMap")


def _settlements(gz, tiles):
    """The towns the offline basemap labels (none for other basemaps)."""
    from .basemaps import OFFLINE, SETTLEMENT_POPULATION, basemap

    return gz.populated(SETTLEMENT_POPULATION) if basemap(tiles) == OFFLINE else ()


@app.command(
    "map",
    epilog=_examples(
        "frontmap map claims.csv --frontline ../shared/data/frontline/deepstate-daily -o map.html",
        "frontmap extract report.txt -o - | frontmap map - -o - > map.html",
    ),
)
@click.argument("claims_path", metavar="CLAIMS", type=click.Path(path_type=Path, allow_dash=True))
@_FRONTLINE
@click.option(
    "--checks",
    "checks_path",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Sentences to check and draw (.txt/.csv/.jsonl) or `frontmap check --json` output; "
    "'-' reads a sentence a line from standard input.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    default=Path("map.html"),
    show_default=True,
    help="The map (HTML); '-' writes it to standard output.",
)
@_SELF_CONTAINED
@_TILES
@_LABELS
@click.option("--title", help="Map title.")
@click.option(
    "--date",
    "when",
    help="The day the --checks statements were made: their distances to the front line are "
    "measured on the --frontline map current then.",
)
@online_options
def map_command(
    claims_path, frontline_paths, checks_path, output, self_contained, tiles, labels, title, when
) -> None:
    """Map a claims table (CSV, GeoJSON, GeoPackage, Parquet, KML, shapefile, FlatGeobuf…; '-'
    reads CSV from standard input) as an interactive HTML page."""
    from . import claims as claims_module
    from .maps import claims_map, save
    from .writing import refuse_inputs

    if _is_dash(claims_path) and _is_dash(checks_path):
        raise FrontmapError("only one of CLAIMS and --checks can read standard input")
    if not _is_dash(output):
        refuse_inputs(
            output, {"claims": claims_path, "--frontline": frontline_paths, "--checks": checks_path}
        )
    gz = _open()
    with _input(claims_path, ".csv", "a claims CSV") as source:
        table = claims_module.read(source, gz)
    series = _series(frontline_paths) if frontline_paths else None
    checks = _load_checks(checks_path, gz, date=_day(when), series=series) if checks_path else None
    tiles = _tiles(tiles, self_contained)
    m = claims_map(_text_dates(table), frontline=series, checks=checks, tiles=tiles, title=title,
                   labels=labels, checks_date=_day(when), settlements=_settlements(gz, tiles))  # fmt: skip
    with _output(output, ".html") as target:
        save(m, target, self_contained=self_contained)
    review = int((table["resolution"].isin(["unresolved", "ambiguous", "fuzzy"])).sum())
    _told(output).print(
        f"Wrote {output}: {len(table)} claims"
        + (f", {review} needing review (listed on the map)" if review else "")
        + (f", {len(series)} front-line snapshots" if series is not None else "")
        + (f", {len(checks)} distance checks" if checks else "")
        + "."
    )


@app.command(
    epilog=_examples(
        "frontmap demo -o demo.html",
        "frontmap demo --frontline ../shared/data/frontline/deepstate-daily --self-contained",
    )
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("demo.html"), show_default=True,
    help="The map (HTML); the claims it maps are written beside it (NAME-claims.csv).",
)  # fmt: skip
@_FRONTLINE
@_SELF_CONTAINED
@_TILES
@_LABELS
def demo(output, frontline_paths, self_contained, tiles, labels) -> None:
    """Map the February 2025 Yasenove/Toretsk claims with their distance checks."""
    from . import demo as demo_module
    from .writing import refuse_inputs

    refuse_inputs(output, {"--frontline": frontline_paths})
    gz = _open()
    series = _series(frontline_paths) if frontline_paths else None
    tiles = _tiles(tiles, self_contained)
    html, csv_path = demo_module.build(
        output, gz, frontline=series, tiles=tiles, self_contained=self_contained, labels=labels,
        settlements=_settlements(gz, tiles),
    )  # fmt: skip
    out.print(f"Wrote {html} (open it in a browser) and the claims it maps, {csv_path}.")


@app.group(epilog=_examples("frontmap assets install"))
def assets() -> None:
    """The map's JavaScript/CSS cache, for self-contained maps."""


@assets.command(
    "install",
    epilog=_examples(
        "frontmap assets install",
        "frontmap assets install --from node_modules/leaflet/dist",
    ),
)
@click.option(
    "--from",
    "from_dir",
    type=click.Path(path_type=Path),
    help="A leaflet@1.9.4 dist directory (npm install leaflet@1.9.4 → node_modules/leaflet/dist).",
)
def assets_install(from_dir) -> None:
    """Fill the asset cache once (by download, or from an npm package)."""
    from .assets import asset_dir, install

    sums = install(from_dir)
    out.print(f"Cached {', '.join(sorted(sums))} in {asset_dir()}.")


@app.group(
    "frontline",
    epilog=_examples(
        "frontmap frontline status Toretsk --date 2025-02-08 "
        "--layers ../shared/data/frontline/deepstate-daily"
    ),
)
def frontline_app() -> None:
    """Control status, history and territorial change from dated front-line layers."""


def _day(text: str | None):
    """A ``--date``/``--published`` value as a date (None when not given)."""
    if text is None:
        return None
    from .claims import parse_date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise click.BadParameter(f"{text!r} is not a date YYYY-MM-DD", param_hint="--date")
    try:
        day = parse_date(text).start  # one rule for dates everywhere (real days, 1800–2200)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r}: {exc}", param_hint="--date") from None
    return day


def _series(layers):
    from . import frontline as frontline_module

    if not layers:
        raise FrontmapError("give the front-line layers with --layers PATH (a file or directory)")
    if sum(_is_dash(p) for p in layers) > 1:
        raise FrontmapError("only one front-line layer can come from standard input")
    with contextlib.ExitStack() as stack:
        paths = [stack.enter_context(_input(p, ".geojson", "a front-line GeoJSON")) for p in layers]
        return frontline_module.load(*paths)


def _text_dates(table):
    """The claims with their dates as written (``2025-02``), as the map's popups show them."""
    from .claims import text_dates

    return text_dates(table)


def _point(place: str, in_admin: str | None):
    """``(lat, lon, label, radius_km)`` of a place confidently resolved; radius None for a point.

    A guessed spelling or an ambiguous name is refused (with the readings), never measured.
    """
    near = _parse_near(place)
    if isinstance(near, tuple):
        return near[0], near[1], f"({near[0]:.5f}, {near[1]:.5f})", None
    found = _open().resolve(place, in_admin=in_admin, limit=5)
    readings = "; ".join(f"{c.place.name} ({c.place.admin_path}; {c.place.id})" for c in found[:4])
    if found.best.match_kind == "fuzzy":
        raise FrontmapError(f"{place!r} matches no place exactly; did you mean {readings}?")
    if found.ambiguous:
        raise FrontmapError(f"{place!r} is ambiguous: {readings}; --in OBLAST or 'lat,lon' decides")
    best = found.best.place
    radius = best.radius_km if best.precision != "point" else None
    label = f"{best.name} ({best.admin_path}; {best.id})"
    if radius:
        label += f" [located only to its {best.precision}, ±{radius:.0f} km]"
    return best.lat, best.lon, label, radius


_LAYERS = click.option(
    "--layers",
    multiple=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="Front-line file or directory (repeatable; any CRS; '-' reads GeoJSON with a 'date' "
    "property from standard input).",
)
_IN = click.option("--in", "in_admin", help="Oblast/raion of the place.")


@frontline_app.command(
    "status",
    epilog=_examples(
        "frontmap frontline status Toretsk --date 2025-02-08 "
        "--layers ../shared/data/frontline/deepstate-daily",
        "frontmap frontline status 48.10558,37.0666 --date 2025-02-11 "
        "--layers ../shared/data/frontline/deepstate-daily --json",
    ),
)
@click.argument("place")
@click.option("--date", "when", required=True, help="YYYY-MM-DD")
@_LAYERS
@_IN
@click.option("--json", "as_json", is_flag=True)
@online_options
def frontline_status(place, when, layers, in_admin, as_json) -> None:
    """The control class of PLACE (name or 'lat,lon') on a date, and its distance to the line."""
    lat, lon, label, radius = _point(place, in_admin)
    series = _series(layers)
    st = series.area_status(lat, lon, radius, when) if radius else series.status(lat, lon, when)
    if as_json:
        print(json.dumps({"place": label, "lat": lat, "lon": lon, "date": str(st.date), "class": st.cls,
                          "snapshot": str(st.snapshot_date) if st.snapshot_date else None,
                          "source": st.source, "distance_km": None if radius else st.distance_km,
                          "radius_km": radius, "shares": st.shares}, ensure_ascii=False))  # fmt: skip
        return
    if radius:
        shares = ", ".join(f"{c} {f:.0%}" for c, f in (st.shares or {}).items())
        out.print(
            f"{escape(label)} on {st.date}: {st.cls} (snapshot {st.snapshot_date}, {st.source}); "
            f"the area it may lie in: {escape(shares)}."
        )
        return
    where = (
        ""
        if st.distance_km is None
        else (
            f", {abs(st.distance_km):.1f} km {'inside' if st.distance_km > 0 else 'outside'} the occupied area"
        )
    )
    out.print(
        f"{escape(label)} on {st.date}: {st.cls} (snapshot {st.snapshot_date}, {st.source}){where}."
    )


@frontline_app.command(
    "history",
    epilog=_examples(
        'frontmap frontline history Yasenove --in "Donetsk oblast" '
        "--layers ../shared/data/frontline/deepstate-monthly"
    ),
)
@click.argument("place")
@_LAYERS
@_IN
@click.option("--start")
@click.option("--end")
def frontline_history(place, layers, in_admin, start, end) -> None:
    """The dates on which PLACE's control class changed."""
    lat, lon, label, _ = _point(place, in_admin)
    out.print(escape(label))
    for day, cls in _series(layers).history(lat, lon, start, end):
        out.print(f"  {day}  {cls}")


@frontline_app.command(
    "change",
    epilog=_examples(
        "frontmap frontline change --from 2025-02-01 --to 2025-03-01 "
        "--layers ../shared/data/frontline/deepstate-daily --by raion --admin ../shared/data/admin",
        "frontmap frontline change --from 2025-02-01 --to 2025-03-01 "
        "--layers ../shared/data/frontline/deepstate-daily -o - > change.html",
    ),
)
@click.option("--from", "date_a", required=True)
@click.option("--to", "date_b", required=True)
@_LAYERS
@click.option(
    "--by",
    help="'raion' or 'oblast' (with --admin), or a GeoJSON of areas to break the change down by.",
)
@click.option(
    "--admin",
    type=click.Path(path_type=Path),
    help="Admin boundaries: a directory with oblasts.geojson and raions/*.geojson.",
)
@click.option("--by-name", default="name", show_default=True, help="The areas' name column.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Also write a change map (HTML); '-' writes it to standard output.",
)
@_PLAIN
def frontline_change(date_a, date_b, layers, by, admin, by_name, output, plain) -> None:
    """Occupied territory gained and lost between two dates, in km² (ellipsoidal and equal-area)."""
    series = _series(layers)
    areas = _areas(by, admin)
    ch = series.change(date_a, date_b, by=areas, by_name=by_name)
    say = err if plain or _is_dash(output) else out
    say.print(
        f"{ch.date_a} → {ch.date_b}: gained {ch.gained_km2:,.1f} km², lost {ch.lost_km2:,.1f} km², "
        f"net {ch.net_km2:+,.1f} km² (equal-area check: {ch.gained_km2_equal_area:,.1f} / {ch.lost_km2_equal_area:,.1f})"
    )
    if ch.by_area:
        table = Table()
        for col in ("area", "gained km²", "lost km²"):
            table.add_column(col, justify="right" if col != "area" else "left")
        for r in sorted(ch.by_area, key=lambda r: -(r["gained_km2"] + r["lost_km2"])):
            table.add_row(escape(r["area"]), f"{r['gained_km2']:,.2f}", f"{r['lost_km2']:,.2f}")
        if plain:
            _plain_table(table)
        else:
            say.print(table)
    if output is not None:
        from .maps import change_map, save

        country = _areas("oblast", admin) if admin else None
        with _output(output, ".html") as target:
            save(change_map(ch, line=series.line_at(date_b, country=country)), target)
        _told(output).print(f"Wrote {output}.")


def _areas(by, admin):
    """The areas of ``--by``: a file, or 'raion'/'oblast' read from the ``--admin`` directory."""
    if by is None:
        return None
    import geopandas as gpd
    import pandas as pd

    if by in ("raion", "oblast"):
        if admin is None:
            raise FrontmapError(
                f"--by {by} needs --admin DIR (with oblasts.geojson and raions/*.geojson)"
            )
        folder = Path(admin)
        files = (
            sorted((folder / "raions").glob("*.geojson"))
            if by == "raion"
            else [folder / "oblasts.geojson"]
        )
        if not files or not all(f.exists() for f in files):
            raise FrontmapError(
                f"{admin}: no {by} boundaries (expected oblasts.geojson and raions/*.geojson)"
            )
        return gpd.GeoDataFrame(pd.concat([gpd.read_file(f) for f in files], ignore_index=True))
    path = Path(by)
    if not path.exists():
        raise FrontmapError(
            f"--by {by}: no such file; give 'raion', 'oblast' or a GeoJSON of areas"
        )
    return gpd.read_file(path)


@app.group(
    "claims",
    epilog=_examples(
        "frontmap claims check claims.csv --layers ../shared/data/frontline/deepstate-daily"
    ),
)
def claims_app() -> None:
    """Claims tables."""


@claims_app.command(
    "check",
    epilog=_examples(
        "frontmap claims check claims.csv --layers ../shared/data/frontline/deepstate-daily "
        "--fail-on inconsistent",
        "frontmap claims check claims.gpkg --layers ../shared/data/frontline/deepstate-daily "
        "--json -o checked.html",
    ),
)
@click.argument("claims_path", metavar="CLAIMS", type=click.Path(path_type=Path, allow_dash=True))
@_LAYERS
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Also map the claims, each popup with its check (HTML; '-' writes standard output).",
)
@_fail_on_option(1)
@online_options
def claims_check(claims_path, layers, as_json, output, fail_on) -> None:
    """Set each claim against the control layer at its date: consistent, ahead of the map,
    contradicted. CLAIMS is any claims file; '-' reads CSV from standard input."""
    from . import claims as claims_module
    from .frontline import check_claims

    if output is not None:
        from .writing import refuse_inputs

        refuse_inputs(output, {"claims": claims_path})
    if _is_dash(output) and as_json:
        raise FrontmapError("-o - and --json both write standard output; choose one")
    with _input(claims_path, ".csv", "a claims CSV") as source:
        table = claims_module.read(source, _open())
    series = _series(layers)
    results = check_claims(table, series)
    if output is not None:
        from .maps import claims_map, save

        table["frontline_check"] = [f"{r.verdict}: {r.explanation}" for r in results]
        with _output(output, ".html") as target:
            save(claims_map(_text_dates(table), frontline=series,
                            title="Claims against the front line"), target)  # fmt: skip
    if as_json:
        print(json.dumps([{**r.__dict__, "date": str(r.date), "first_occupied": str(r.first_occupied) if r.first_occupied else None}
                          for r in results], ensure_ascii=False, indent=1))  # fmt: skip
    else:
        for r in results:
            _told(output).print(f"[bold]{escape(r.verdict.upper())}[/]  {escape(r.explanation)}",
                                markup=True)  # fmt: skip
    _fail_on(fail_on, [r.verdict for r in results], 1)


@app.command(
    "extract",
    epilog=_examples(
        "frontmap extract report.txt --published 2025-02-11 -o claims.csv",
        "curl -s https://example.org/report.txt | frontmap extract - -o - | frontmap map - -o map.html",
    ),
)
@click.argument("report", type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--published", help="Publication date (YYYY-MM-DD) that relative dates resolve against."
)
@click.option("--source", help="Source name for the claims' source column.")
@click.option("--url", help="Source URL for the claims' url column.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Write the claims table (.csv, .geojson, .gpkg…); '-' writes CSV to standard output.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print mentions, statements and claims as JSON."
)
@click.option(
    "--layers",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Dated front-line file or directory: checks the report's distances to the front "
    "line on its publication date.",
)
@online_options
def extract_command(report, published, source, url, output, as_json, layers) -> None:
    """Find places, distance statements and dated claims in a report (plain text; '-' reads
    standard input), ready for review and mapping."""
    from .extract import extract
    from .writing import refuse_inputs

    if output is not None:
        refuse_inputs(output, {"report": report})
    try:
        if _is_dash(report):
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            text = Path(report).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontmapError(f"{report}: cannot read the report ({exc})") from exc
    series = _series(layers) if layers else None
    result = extract(text, _open(), published=published, source=source, series=series)
    if result.published_from != "given":
        err.print(
            f"Publication date {result.published}: {result.published_from}; relative dates "
            '("on Saturday", "yesterday") resolve against it. Give --published to set it.'
        )
    name = "<stdin>" if _is_dash(report) else Path(report).name
    rows = result.rows(source=source or name, url=url, published=published)
    if _is_dash(output) and as_json:
        raise FrontmapError("-o - and --json both write standard output; choose one")
    if _is_dash(output):
        with _output(output, ".csv") as target:
            _write_extracted(rows, target)
        err.print(f"Wrote {len(rows)} claims to standard output.")
        return
    if output is not None:
        _write_extracted(rows, Path(output))
    if as_json:
        print(json.dumps({
            "mentions": [m.to_dict() for m in result.mentions],
            "statements": [{"sentence_index": i, **v.to_dict()} for i, v in result.verdicts],
            "claims": rows,
        }, ensure_ascii=False, indent=1, default=str))  # fmt: skip
        return
    _say_extracted(result, rows, out)
    if output is not None:
        out.print(f"Wrote {len(rows)} claims to {output}; map them with `frontmap map {output}`.")


def _write_extracted(rows, output: Path) -> None:
    import csv

    from .claims import COLUMNS
    from .tables import safe_row
    from .writing import atomic_path

    if output.suffix.lower() == ".csv":
        with (
            atomic_path(output) as tmp,
            open(tmp, "w", encoding="utf-8", newline="") as handle,
        ):
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(safe_row(r) for r in rows)
    else:
        from . import claims as claims_module

        claims_module.write(
            claims_module._frame([{**r, "line": i + 2} for i, r in enumerate(rows)]), output
        )


#: How a claim reads in a sentence: the claimant acts ("Russian MoD captured X"), or reports what
#: happened at the place, whoever did it ("Russian officials: X attacked").
_CLAIM_PHRASE = {
    "attacked": "{claimant}: {place} attacked",
    "shelled": "{claimant}: {place} shelled",
    "fighting": "{claimant}: fighting at {place}",
    "advancing": "{claimant}: advance at {place}",
    "repelled": "{claimant} repelled attacks at {place}",
    "withdrawn": "{claimant}: withdrawal from {place}",
    "denied": "{claimant} denied a claim on {place}",
    "other": "{claimant}: {place} (other)",
}


def _say_extracted(result, rows, out) -> None:
    for r in rows:
        phrase = _CLAIM_PHRASE.get(r["claim"], "{claimant} {claim} {place}").format(
            claimant=f"[bold]{escape(r['claimant'])}[/]",
            claim=escape(r["claim"]),
            place=escape(r["place"]),
        )
        notes = f" — {escape(r['notes'])}" if r["notes"] else ""
        out.print(f"{phrase} {r['date']} ({escape(r['status'])}){notes}", markup=True)
        if r.get("resolution") == "ambiguous":  # no map point: say why and what would decide
            out.print(f"    not mapped — {escape(r['resolution_note'] or 'ambiguous')}")
    for i, v in result.verdicts:
        out.print(f"  statement in sentence {i + 1}: {v.verdict.upper()} — {escape(v.explanation)}")
    settlements = [m for m in result.mentions if m.kind == "settlement" and m.name]
    places = sorted({m.name for m in settlements if not m.ambiguous})
    # a name the report leaves open is no place of the report: its readings are in --json
    undecided = sorted({m.text for m in settlements if m.ambiguous} - set(places))
    regions = sorted({m.text for m in result.mentions if m.kind == "region"})
    open_names = (
        f"; undecided (several places, see --json): {escape(', '.join(undecided))}"
        if undecided
        else ""
    )
    out.print(
        f"  places: {escape(', '.join(places))}{open_names}; regions: {escape(', '.join(regions))}"
    )


# -- batch: whole archives on Dask (frontmap/batch.py) -------------------------------------------


@app.group(
    "batch",
    epilog=_examples(
        "frontmap batch extract reports.parquet -o out/",
        "frontmap batch check-lines events.csv --layers ../shared/data/frontline/deepstate-daily -o lines/",
    ),
)
def batch_app() -> None:
    """Whole archives on Dask: extraction and front-line checks, on this machine or a cluster."""


def _batch_options(command):
    """``--scheduler``, ``--workers``, ``--single``, ``--quiet`` and ``--json`` of a batch command."""
    for option in reversed([
        click.option("--scheduler", metavar="ADDRESS",
                     help="A running Dask scheduler (tcp://host:8786); default: a local cluster "
                     "with one worker process per core."),
        click.option("--workers", type=click.IntRange(min=1),
                     help="Worker processes of the local cluster (default: one per core)."),
        click.option("--single", is_flag=True,
                     help="Run in this process, without a Dask cluster (same answers, one core)."),
        click.option("--quiet", is_flag=True, help="No progress bar."),
        click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON."),
    ]):  # fmt: skip
        command = option(command)
    return command


def _batch_summary(summary, out_dir: Path, as_json: bool, what: str) -> None:
    data = summary.to_dict()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        return
    out.print(escape(what))
    for f in summary.failures[:10]:
        where = f.get("report_id") or (f"partition {f['partition']}" if "partition" in f else None)
        rows = f" ({f['rows']} rows)" if "rows" in f else ""
        err.print(f"[yellow]failed:[/] {escape(f'{where}: ' if where else '')}"
                  f"{escape(str(f['error']))}{rows}", markup=True)  # fmt: skip
    if len(summary.failures) > 10:
        err.print(f"[yellow]… {len(summary.failures) - 10} more failures in {out_dir / 'summary.json'}[/]", markup=True)  # fmt: skip


@batch_app.command(
    "extract",
    epilog=_examples(
        "frontmap batch extract reports.parquet -o out/",
        "frontmap batch extract texts/ --dates dates.csv -o out/ --scheduler tcp://10.0.0.5:8786",
    ),
)
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
              help="A new directory for claims/, statements/, reports/ and summary.json.")  # fmt: skip
@click.option("--dates", type=click.Path(path_type=Path),
              help="For a directory of .txt files: the sidecar (CSV/JSONL with file, published).")  # fmt: skip
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Reports per partition (one task each).")  # fmt: skip
@click.option("--dedupe", is_flag=True,
              help="Also write claims-dedup/: one claim per place per day per claimant.")  # fmt: skip
@_batch_options
def batch_extract(corpus, out_dir, dates, partition_size, dedupe, scheduler, workers, single, quiet, as_json) -> None:  # fmt: skip
    """Extract every report of CORPUS (Parquet/CSV/JSONL with text and published, or a
    directory of .txt files) into partitioned GeoParquet of claims and statement verdicts."""
    from . import batch

    with batch.cluster(scheduler, workers=workers, single=single) as client:
        summary = batch.run_extract(corpus, out_dir, client=client, dates=dates,
                                    rows_per_partition=partition_size, dedupe=dedupe, quiet=quiet)  # fmt: skip
    _batch_summary(summary, out_dir, as_json,
                   f"{summary.reports} reports ({summary.ok} ok, {summary.failed} failed) on "
                   f"{summary.workers} worker(s) in {summary.seconds:.1f} s: {summary.claims} claims, "
                   f"{summary.statements} statements → {out_dir}/ (claims/, statements/, reports/, "
                   "summary.json)")  # fmt: skip


@batch_app.command(
    "check-lines",
    epilog=_examples(
        "frontmap batch check-lines events.csv --layers ../shared/data/frontline/deepstate-daily -o lines/",
    ),
)
@click.argument("events", type=click.Path(path_type=Path))
@_LAYERS
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
              help="A new directory for lines/ (GeoParquet) and summary.json.")  # fmt: skip
@_batch_options
def batch_check_lines(events, layers, out_dir, scheduler, workers, single, quiet, as_json) -> None:  # fmt: skip
    """Front-line class and distance to the line for every (place or lat/lon, date) row of EVENTS."""
    from . import batch

    if not layers:
        raise FrontmapError("give the front-line layers with --layers PATH (a file or directory)")
    with batch.cluster(scheduler, workers=workers, single=single) as client:
        summary = batch.run_check_lines(events, list(layers), out_dir, client=client, quiet=quiet)
    classes = ", ".join(f"{c} {n}" for c, n in sorted(summary.extra["classes"].items()))
    _batch_summary(summary, out_dir, as_json,
                   f"{summary.reports} rows ({summary.failed} failed) on {summary.workers} "
                   f"worker(s) in {summary.seconds:.1f} s: {classes} → {out_dir}/lines/")  # fmt: skip


def main() -> None:
    """Entry point: run the app, turning every error into one line and a non-zero exit."""
    _store_warnings_on_one_line()
    try:
        app.main(standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(2)
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        err.print(f"[red]error:[/] {escape(exc.format_message())}{escape(hint)}", markup=True)
        sys.exit(2)
    except click.ClickException as exc:
        err.print(f"[red]error:[/] {escape(exc.format_message())}", markup=True)
        sys.exit(exc.exit_code)
    except (gazetteer.GazetteerError, FrontmapError, OSError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", markup=True)
        sys.exit(1)
    except (KeyboardInterrupt, click.Abort):
        err.print("[red]interrupted[/]", markup=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: one line, the traceback only when asked
        if os.environ.get("FRONTMAP_DEBUG"):
            raise
        err.print(
            f"[red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))} — "
            "please report it (FRONTMAP_DEBUG=1 shows the traceback)",
            markup=True,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
