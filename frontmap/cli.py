"""The ``frontmap`` command line.

Every error is printed as one line on stderr with a non-zero exit status;
no traceback. Heavy libraries (geopandas, folium) are never imported here
at module level, so ``frontmap resolve`` starts fast.

Built on click rather than typer: typer (≥ 0.2x) imports pydantic while it
parses arguments, which alone costs about 0.2 s of every command's start.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import gazetteer

from .errors import FrontmapError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="frontmap")
def app() -> None:
    """Resolve, check and map front-line claims in the Russia-Ukraine war."""


@app.group("gazetteer")
def gazetteer_app() -> None:
    """Install and inspect gazetteer sources."""


def _store_warnings_on_one_line() -> None:
    """Show a skipped broken store as one ``warning:`` line, not Python's two-line warning."""
    import warnings

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, gazetteer.BrokenStoreWarning):
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


out = SafeConsole(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out.width = 160
err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)
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


@app.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--in", "in_admin", help="Oblast and/or raion: 'Donetsk oblast', 'Pokrovsk raion'.")
@click.option("--near", help="A place name or 'lat,lon' the place is near.")
@click.option("--country", help="Only places in this country (ISO code).")
@click.option("--all", "show_all", is_flag=True, help="Show every candidate, not the top 3.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of candidates.")
@online_options
def resolve(names, in_admin, near, country, show_all, as_json) -> None:
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
            _print_candidates(found)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif len(names) > failed:
        out.print(f"[dim]{ATTRIBUTION}[/]")
    if failed:
        sys.exit(1)


def _print_candidates(found: gazetteer.Candidates) -> None:
    title = escape(found.query) + ("  [yellow](ambiguous)[/]" if found.ambiguous else "")
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in ("#", "name", "uk / ru", "admin", "lat, lon", "score", "matched", "precision", "id"):
        table.add_column(col, overflow="fold")
    for i, c in enumerate(found, 1):
        p = c.place
        precision = (
            p.precision if p.precision == "point" else f"{p.precision} ±{p.radius_km:.0f} km"
        )
        cells = [
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
        ]
        table.add_row(*(escape(cell) for cell in cells))
    out.print(table, markup=True)
    best = found.best
    for line in best.evidence:
        out.print(f"  [dim]·[/] {escape(line)}", markup=True)
    if found.ambiguous:
        out.print(
            "  [yellow]The top candidates are close: give --in OBLAST or --near PLACE to decide.[/]"
        )


@gazetteer_app.command("install")
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


@gazetteer_app.command("add")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--name", help="Source name (default: the file's name).")
def gazetteer_add(path, name) -> None:
    """Install your own places table, layered above every other source."""
    meta = gazetteer.install_places(path, name=name)
    out.print(f"Installed {meta['source']}: {meta['rows']:,} places from {path}.")


@gazetteer_app.command("remove")
@click.argument("source")
def gazetteer_remove(source) -> None:
    """Remove an installed source."""
    gazetteer.remove(source)
    out.print(f"Removed {source}.")


@gazetteer_app.command("list")
def gazetteer_list() -> None:
    """List installed sources, top layer first."""
    with _open() as gz:
        for s in gz.status():
            out.print(f"{s['source']}\t{s['places']:,} places\t{s['path']}")


@gazetteer_app.command("status")
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


@app.command()
@click.argument("sentence", required=False)
@click.option(
    "--file",
    type=click.Path(path_type=Path),
    help=".txt (a sentence a line), .csv (sentence column) or .jsonl",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write results (.csv or .jsonl)."
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
    type=click.Path(path_type=Path),
    help="Dated front-line file or directory (repeatable), for distances to the front line.",
)
@online_options
def check(sentence, file, output, as_json, when, layers) -> None:
    """Check the distance and direction statements of a sentence (or a file of them).

    Distances to Ukraine's border are checked against the shipped outline; distances to the
    front line and to forces need --date and --layers.
    """
    from .checks import check_file
    from .statements import parse_one
    from .verify import verify_sentence

    if (sentence is None) == (file is None):
        raise FrontmapError("give either a SENTENCE or --file PATH (not both)")
    day = _day(when)
    series = _series(layers) if layers else None
    gz = _open()
    if file is not None:
        summary = check_file(
            file,
            gz,
            output=output,
            progress=err if err.is_terminal else None,
            date=day,
            series=series,
        )
        if as_json:
            print(json.dumps(summary.rows, ensure_ascii=False, indent=1))
        else:
            counts = ", ".join(f"{n} {v}" for v, n in sorted(summary.counts.items()))
            where = f"; results in {output}" if output else ""
            out.print(
                f"{summary.inputs} input rows, {len(summary.rows)} result rows: {counts}{where}."
            )
        return
    parse_one(sentence)  # one clear error when the sentence holds no statement
    verdicts = verify_sentence(sentence, gz, date=day, series=series)
    if as_json:
        print(json.dumps([v.to_dict() for v in verdicts], ensure_ascii=False, indent=1))
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


@app.command()
@click.argument("place")
@click.option("--distance", required=True, help="How far, with its unit: '12 mi', '20 km'.")
@click.option("--direction", required=True, help="Compass direction: S, SSW, south-west …")
@click.option("--radius", help="Search radius around that point (default: 20% of the distance).")
@click.option("--in", "in_admin", help="Oblast/raion of the reference place.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@online_options
def near(place, distance, direction, radius, in_admin, as_json) -> None:
    """What lies about DISTANCE in DIRECTION of PLACE? Places ranked by distance from that point."""
    from .inverse import places_at

    gz = _open()
    result = places_at(gz, place, distance, direction, radius=radius, in_admin=in_admin)
    if as_json:
        print(json.dumps(result.to_dicts(), ensure_ascii=False, indent=1))
        return
    ref = result.reference.place
    out.print(
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
    out.print(table)
    if not result.hits:
        out.print("No located place there; widen --radius.")
    out.print(f"[dim]{ATTRIBUTION}[/]")


def _load_checks(path: Path, gz, *, date=None, series=None):
    """Verdicts to draw: sentences (.txt/.csv/.jsonl, verified now) or ``frontmap check --json`` output.

    Distances to the front line are measured on ``series`` as of ``date``.
    """
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
    type=click.Path(path_type=Path),
    help="Front-line file or directory to draw (repeatable).",
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


@app.command("map")
@click.argument("claims_path", metavar="CLAIMS", type=click.Path(path_type=Path))
@_FRONTLINE
@click.option(
    "--checks",
    "checks_path",
    type=click.Path(path_type=Path),
    help="Sentences to check and draw (.txt/.csv/.jsonl) or `frontmap check --json` output.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("map.html"), show_default=True
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
    """Map a claims table (CSV, GeoJSON, GeoPackage, Parquet) as an interactive HTML page."""
    from . import claims as claims_module
    from . import frontline as frontline_module
    from .maps import claims_map, save
    from .writing import refuse_inputs

    refuse_inputs(
        output, {"claims": claims_path, "--frontline": frontline_paths, "--checks": checks_path}
    )
    gz = _open()
    table = claims_module.read(claims_path, gz)
    series = frontline_module.load(*frontline_paths) if frontline_paths else None
    checks = _load_checks(checks_path, gz, date=_day(when), series=series) if checks_path else None
    tiles = _tiles(tiles, self_contained)
    m = claims_map(table, frontline=series, checks=checks, tiles=tiles, title=title, labels=labels,
                   checks_date=_day(when), settlements=_settlements(gz, tiles))  # fmt: skip
    save(m, output, self_contained=self_contained)
    review = int((table["resolution"].isin(["unresolved", "ambiguous", "fuzzy"])).sum())
    out.print(
        f"Wrote {output}: {len(table)} claims"
        + (f", {review} needing review (listed on the map)" if review else "")
        + (f", {len(series)} front-line snapshots" if series is not None else "")
        + (f", {len(checks)} distance checks" if checks else "")
        + "."
    )


@app.command()
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("demo.html"), show_default=True
)
@_FRONTLINE
@_SELF_CONTAINED
@_TILES
@_LABELS
def demo(output, frontline_paths, self_contained, tiles, labels) -> None:
    """Map the February 2025 Yasenove/Toretsk claims with their distance checks."""
    from . import demo as demo_module
    from . import frontline as frontline_module
    from .writing import refuse_inputs

    refuse_inputs(output, {"--frontline": frontline_paths})
    gz = _open()
    series = frontline_module.load(*frontline_paths) if frontline_paths else None
    tiles = _tiles(tiles, self_contained)
    html, csv_path = demo_module.build(
        output, gz, frontline=series, tiles=tiles, self_contained=self_contained, labels=labels,
        settlements=_settlements(gz, tiles),
    )  # fmt: skip
    out.print(f"Wrote {html} (open it in a browser) and the claims it maps, {csv_path}.")


@app.group()
def assets() -> None:
    """The map's JavaScript/CSS cache, for self-contained maps."""


@assets.command("install")
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


@app.group("frontline")
def frontline_app() -> None:
    """Control status, history and territorial change from dated front-line layers."""


def _day(text: str | None):
    """A ``--date``/``--published`` value as a date (None when not given)."""
    if text is None:
        return None
    from datetime import date as Date

    try:
        day = Date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not a date YYYY-MM-DD", param_hint="--date"
        ) from None
    if not 1800 <= day.year <= 2200:
        raise click.BadParameter(f"{text!r} is outside the years 1800–2200", param_hint="--date")
    return day


def _series(layers):
    from . import frontline as frontline_module

    if not layers:
        raise FrontmapError("give the front-line layers with --layers PATH (a file or directory)")
    return frontline_module.load(*layers)


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
    type=click.Path(path_type=Path),
    help="Front-line file or directory (repeatable).",
)
_IN = click.option("--in", "in_admin", help="Oblast/raion of the place.")


@frontline_app.command("status")
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


@frontline_app.command("history")
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


@frontline_app.command("change")
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
    "-o", "--output", type=click.Path(path_type=Path), help="Also write a change map (HTML)."
)
def frontline_change(date_a, date_b, layers, by, admin, by_name, output) -> None:
    """Occupied territory gained and lost between two dates, in km² (ellipsoidal and equal-area)."""
    series = _series(layers)
    areas = _areas(by, admin)
    ch = series.change(date_a, date_b, by=areas, by_name=by_name)
    out.print(
        f"{ch.date_a} → {ch.date_b}: gained {ch.gained_km2:,.1f} km², lost {ch.lost_km2:,.1f} km², "
        f"net {ch.net_km2:+,.1f} km² (equal-area check: {ch.gained_km2_equal_area:,.1f} / {ch.lost_km2_equal_area:,.1f})"
    )
    if ch.by_area:
        table = Table()
        for col in ("area", "gained km²", "lost km²"):
            table.add_column(col, justify="right" if col != "area" else "left")
        for r in sorted(ch.by_area, key=lambda r: -(r["gained_km2"] + r["lost_km2"])):
            table.add_row(escape(r["area"]), f"{r['gained_km2']:,.2f}", f"{r['lost_km2']:,.2f}")
        out.print(table)
    if output is not None:
        from .maps import change_map, save

        country = _areas("oblast", admin) if admin else None
        save(change_map(ch, line=series.line_at(date_b, country=country)), output)
        out.print(f"Wrote {output}.")


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


@app.group("claims")
def claims_app() -> None:
    """Claims tables."""


@claims_app.command("check")
@click.argument("claims_path", metavar="CLAIMS", type=click.Path(path_type=Path))
@_LAYERS
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Also map the claims, each popup with its check.",
)
@online_options
def claims_check(claims_path, layers, as_json, output) -> None:
    """Set each claim against the control layer at its date: consistent, ahead of the map, contradicted."""
    from . import claims as claims_module
    from .frontline import check_claims

    if output is not None:
        from .writing import refuse_inputs

        refuse_inputs(output, {"claims": claims_path})
    table = claims_module.read(claims_path, _open())
    series = _series(layers)
    results = check_claims(table, series)
    if output is not None:
        from .maps import claims_map, save

        table["frontline_check"] = [f"{r.verdict}: {r.explanation}" for r in results]
        save(claims_map(table, frontline=series, title="Claims against the front line"), output)
    if as_json:
        print(json.dumps([{**r.__dict__, "date": str(r.date), "first_occupied": str(r.first_occupied) if r.first_occupied else None}
                          for r in results], ensure_ascii=False, indent=1))  # fmt: skip
        return
    for r in results:
        out.print(f"[bold]{escape(r.verdict.upper())}[/]  {escape(r.explanation)}", markup=True)


@app.command("extract")
@click.argument("report", type=click.Path(path_type=Path))
@click.option(
    "--published", help="Publication date (YYYY-MM-DD) that relative dates resolve against."
)
@click.option("--source", help="Source name for the claims' source column.")
@click.option("--url", help="Source URL for the claims' url column.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the claims table (.csv, .geojson…).",
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
    """Find places, distance statements and dated claims in a report, ready for review and mapping."""
    import csv

    from .claims import COLUMNS
    from .extract import extract
    from .tables import safe_row
    from .writing import atomic_path, refuse_inputs

    if output is not None:
        refuse_inputs(output, {"report": report})
    try:
        text = Path(report).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontmapError(f"{report}: cannot read the report ({exc})") from exc
    series = _series(layers) if layers else None
    result = extract(text, _open(), published=published, source=source, series=series)
    rows = result.rows(source=source or Path(report).name, url=url, published=published)
    if output is not None:
        output = Path(output)
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
    if as_json:
        print(json.dumps({
            "mentions": [m.__dict__ for m in result.mentions],
            "statements": [{"sentence_index": i, **v.to_dict()} for i, v in result.verdicts],
            "claims": rows,
        }, ensure_ascii=False, indent=1, default=str))  # fmt: skip
        return
    for r in rows:
        out.print(f"[bold]{escape(r['claimant'])}[/] {escape(r['claim'])} {escape(r['place'])} "
                  f"{r['date']} ({escape(r['status'])}){' — ' + escape(r['notes']) if r['notes'] else ''}", markup=True)  # fmt: skip
    for i, v in result.verdicts:
        out.print(f"  statement in sentence {i + 1}: {v.verdict.upper()} — {escape(v.explanation)}")
    places = sorted({m.name for m in result.mentions if m.kind == "settlement" and m.name})
    regions = sorted({m.text for m in result.mentions if m.kind == "region"})
    out.print(f"  places: {escape(', '.join(places))}; regions: {escape(', '.join(regions))}")
    if output is not None:
        out.print(f"Wrote {len(rows)} claims to {output}; map them with `frontmap map {output}`.")


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


if __name__ == "__main__":
    main()
