from gazetteer.model import Candidate, Candidates, Place


def test_reprs_escape_user_text_and_attribute_geonames():
    p = Place(id="user:1", source="user-x", name="<script>alert(1)</script>", lat=48.0, lon=37.0)
    c = Candidate(place=p, score=0.5, matched="<b>x</b>", match_kind="exact")
    html = Candidates([c], query="<q>")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;q&gt;" in html
    assert "GeoNames (geonames.org), CC BY 4.0" in html
    assert "&lt;script&gt;" in p._repr_html_()


def test_candidate_dict_is_json_ready():
    import json

    p = Place(id="geonames:1", source="s", name="A", lat=1.0, lon=2.0, geonameid=1)
    d = Candidate(
        place=p, score=0.91234, matched="A", match_kind="exact", evidence=("e",)
    ).to_dict()
    assert json.loads(json.dumps(d))["score"] == 0.9123
    assert d["evidence"] == ["e"]
