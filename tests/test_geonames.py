"""Installing GeoNames dumps: validation, atomic replacement, metadata, KATOTTG join rates."""

import hashlib
import zipfile

import pytest

import gazetteer
from gazetteer import InstallError
from gazetteer.datadir import store_dir
from gazetteer.geonames import name_forms, read_rows

from .conftest import UA_ZIP, need_shared

ROW = "\t".join(
    ["1", "Testove", "Testove", "Тестове", "48.1", "37.1", "P", "PPL", "UA", "", "05", "1416",
     "", "", "120", "", "200", "Europe/Kyiv", "2026-01-01"]
)  # fmt: skip


def make_zip(path, text, member="UA.txt"):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, text)
    return path


def test_install_from_local_zip_records_checksum_size_date_and_join(full_home):
    need_shared(UA_ZIP)
    with gazetteer.open(full_home, build=False) as gz:
        meta = next(s for s in gz.status() if s["source"] == "geonames-UA")
    assert meta["rows"] == "45086"
    assert meta["sha256"] == hashlib.sha256(UA_ZIP.read_bytes()).hexdigest()
    assert int(meta["size"]) == UA_ZIP.stat().st_size
    assert meta["date"] == "2026-07-29"
    assert "CC BY 4.0" in meta["attribution"]
    import json

    join = json.loads(meta["join"])
    donetsk = join["Donetsk Oblast"]
    assert donetsk["joined"] > 0.6 * donetsk["places"]
    assert set(join) >= {"Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "all"}


def test_malformed_row_names_file_and_line(tmp_path):
    bad = make_zip(tmp_path / "UA.zip", ROW + "\n" + ROW + "\nonly\tthree\tcolumns\n")
    with pytest.raises(InstallError, match=r"UA\.zip:UA\.txt line 3: expected 19"):
        list(read_rows(bad))
    text = tmp_path / "UA.txt"
    text.write_text(ROW + "\n" + ROW.replace("48.1", "north") + "\n", encoding="utf-8")
    with pytest.raises(InstallError, match=r"UA\.txt line 2: .*not numeric"):
        list(read_rows(text))


def test_truncated_and_corrupt_zips_fail_and_leave_the_old_store(tmp_path, full_home):
    need_shared(UA_ZIP)
    home = tmp_path / "home"
    good = make_zip(tmp_path / "good.zip", ROW + "\n")
    gazetteer.install_geonames("UA", from_path=good, home=home)
    store = store_dir(home) / "geonames-UA.sqlite"
    before = store.read_bytes()

    data = UA_ZIP.read_bytes()
    truncated = tmp_path / "truncated" / "UA.zip"
    truncated.parent.mkdir()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(InstallError, match="truncated or corrupt"):
        gazetteer.install_geonames("UA", from_path=truncated, home=home)

    corrupt = tmp_path / "corrupt" / "UA.zip"
    corrupt.parent.mkdir()
    flipped = bytearray(data)
    for i in range(len(data) // 3, len(data) // 3 + 64):
        flipped[i] ^= 0xFF
    corrupt.write_bytes(bytes(flipped))
    with pytest.raises(InstallError, match=r"corrupt|CRC|unreadable"):
        gazetteer.install_geonames("UA", from_path=corrupt, home=home)

    assert store.read_bytes() == before
    assert not list(store.parent.glob("*.tmp"))
    with gazetteer.open(home, sources=["geonames-UA"], build=False) as gz:
        assert gz.resolve("Testove").best.place.geonameid == 1


def test_bad_code_and_missing_file(tmp_path):
    with pytest.raises(InstallError, match="not a GeoNames dump name"):
        gazetteer.install_geonames("Ukraine", home=tmp_path)
    with pytest.raises(InstallError, match="no such file"):
        gazetteer.install_geonames("UA", from_path=tmp_path / "nope.zip", home=tmp_path)


def test_name_forms_classify_current_former_and_languages():
    forms, uk, ru = name_forms(
        "Toretsk",
        "Toretsk",
        ["Dzerzhinsk", "Dzerzhynsk", "Торецьк", "Торецк", "Дзержинськ", "Torec'k"],
        official_uk="Торецьк",
    )
    kinds = {name: kind for name, kind, _, _ in forms}
    assert uk == "Торецьк" and ru == "Торецк"
    assert kinds["Dzerzhinsk"] == kinds["Дзержинськ"] == "former"
    assert kinds["Torec'k"] == "alternate"
    assert kinds["Торецьк"] == "official"
