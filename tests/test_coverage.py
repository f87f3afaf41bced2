"""Coverage: every Donetsk-oblast settlement of the codifier resolves from GeoNames alone."""

import gazetteer

FLOOR = 0.97


def test_donetsk_codifier_names_resolve_into_donetsk_oblast(full_home, codifier):
    names = [
        s.name for s in codifier.settlements if s.id.startswith("UA14") and s.category in "MTXC"
    ]
    assert len(names) > 1200
    misses = []
    with gazetteer.open(full_home, sources=["geonames-UA"], build=False) as gz:
        for name in names:
            try:
                best = gz.resolve(name, in_admin="Donetsk oblast").best
            except gazetteer.PlaceNotFound:
                misses.append((name, "not found"))
                continue
            if best.place.admin1_code != "05":
                misses.append((name, f"best is {best.place.name} in {best.place.admin1}"))
    rate = 1 - len(misses) / len(names)
    print(f"\nDonetsk oblast coverage: {rate:.2%} of {len(names)}; misses: {misses}")
    assert rate >= FLOOR, misses
