"""`newsfacts extract`: what one new text yields, through the code the assets use, without a Dagster run."""

import json

from pipeline.cli import main

ARTICLE = """Drone strike hits gas station in Odesa region

KYIV, Aug 8 (Reuters) - Russian drones struck a gas distribution station in Ukraine's Odesa region on Wednesday, killing two workers, the regional governor said.

Share This Article
"""


def test_extract_prints_the_document_its_events_and_figures_as_json(tmp_path, capsys):
    article = tmp_path / "new-article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", "--published", "2025-08-08", str(article)]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["document"]["title"] == "Drone strike hits gas station in Odesa region"
    assert "Share This Article" not in output["text"]
    assert {span["reason"] for span in output["noise"]} == {"title", "dateline", "boilerplate"}
    strike = next(event for event in output["events"] if event["event_type"] == "ASSAULT")
    assert (strike["event_date"], strike["date_precision"], strike["admin1"], strike["country"]) == ("2025-08-06", "day", "Odesa Oblast", "UKR")
    assert any(figure["unit"] == "worker" and figure["event_id"] == strike["event_id"] for figure in output["figures"])
    assert strike["killed"] == 2


def test_extract_says_why_a_file_or_the_model_cannot_be_read(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["extract", str(empty)]) == 1
    assert json.loads(capsys.readouterr().out)["rejected"] == "file is empty"
    assert main(["extract", "--model", "no_such_model", str(empty)]) == 2
    assert "cannot load the spaCy model 'no_such_model'" in capsys.readouterr().err
