"""Shared fixtures: data homes built once per session, and the ``../shared`` reference data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .browser import browser  # noqa: F401 - one Chromium for every browser test module

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UA_ZIP = SHARED / "data" / "geonames" / "UA.zip"


def need_shared(path: Path) -> Path:
    """Skip the calling test with a reason when a ``../shared`` file is absent."""
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (tests read it from ../shared)")
    return path


@pytest.fixture(scope="session")
def codifier():
    from gazetteer import katottg

    return katottg.load()


@pytest.fixture(scope="session")
def embedded_home(tmp_path_factory, codifier) -> Path:
    """A data home holding only the embedded default store."""
    from gazetteer import embedded
    from gazetteer.datadir import store_dir

    home = tmp_path_factory.mktemp("embedded-home")
    embedded.build_store(store_dir(home) / "embedded.sqlite", codifier)
    return home


@pytest.fixture(scope="session")
def full_home(tmp_path_factory, embedded_home, codifier) -> Path:
    """A data home with the embedded store and GeoNames UA installed from ../shared."""
    from gazetteer import geonames
    from gazetteer.datadir import store_dir

    need_shared(UA_ZIP)
    home = tmp_path_factory.mktemp("full-home")
    shutil.copy(store_dir(embedded_home) / "embedded.sqlite", store_dir(home) / "embedded.sqlite")
    geonames.build_store(
        UA_ZIP, store_dir(home) / "geonames-UA.sqlite", source="geonames-UA", codifier=codifier
    )
    return home


@pytest.fixture(scope="session")
def gz_full(full_home):
    import gazetteer

    with gazetteer.open(full_home, build=False) as gz:
        yield gz


@pytest.fixture(scope="session")
def gz_embedded(embedded_home):
    import gazetteer

    with gazetteer.open(embedded_home, build=False) as gz:
        yield gz
