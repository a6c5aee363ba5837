"""docs/data-dictionary.md says what the pandera models say, and --check catches a stale copy."""

import pipeline.dictionary as dictionary
from schemas import TABLE_MODELS


def test_committed_dictionary_is_up_to_date():
    assert dictionary.DICTIONARY_PATH.read_text(encoding="utf-8") == dictionary.render(), (
        "docs/data-dictionary.md is out of date with schemas/: run `python -m pipeline.dictionary` (make dictionary)"
    )


def test_every_column_and_table_check_is_documented():
    text = dictionary.render()
    for table, model in TABLE_MODELS.items():
        schema = model.to_schema()
        assert f"## {table}\n\n{schema.description}\n" in text
        for name in schema.columns:
            assert f"| `{name}` |" in text.split(f"## {table}\n")[1].split("\n## ")[0], (table, name)
        for check in schema.checks:
            assert f"- {check.description}\n" in text
    assert "| `published_at` | datetime64[us, UTC] | yes |  | Publication time in UTC; null when the text does not say. |" in text
    assert "| `killed` | Int64 | yes | >= 0 | People killed, when the text says. |" in text


def test_check_fails_with_a_message_on_a_stale_file(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "docs" / "data-dictionary.md"
    monkeypatch.setattr(dictionary, "PROJECT_DIR", tmp_path)
    monkeypatch.setattr(dictionary, "DICTIONARY_PATH", stale)
    assert dictionary.main(["--check"]) == 1
    assert "is missing" in capsys.readouterr().err
    assert dictionary.main([]) == 0
    assert dictionary.main(["--check"]) == 0
    stale.write_text(stale.read_text().replace("Byline author.", "Who wrote it."))
    assert dictionary.main(["--check"]) == 1
    assert "out of date with schemas/; run `python -m pipeline.dictionary`" in capsys.readouterr().err
