"""The cleaning benchmark's scorer and command, and the classifier's refit, on pages of our own making (the
shared benchmark itself is read only by the commands, never by the tests)."""

import json
from collections import Counter

import numpy as np
import pytest

from pipeline.evaluation.clean import (
    BenchmarkPage,
    best_line_choice,
    ceilings,
    evaluate,
    format_table,
    keep_sentence_shaped_lines,
    main,
    read_pages,
    split_pages,
)
from pipeline.evaluation import fit_cleaner
from pipeline.evaluation.fit_cleaner import cross_validate, fit_classifier, label_page, page_reports
from pipeline.evaluation.shingles import Score, mean_score, score, shingles, unshared_runs
from pipeline.text.align import tokens
from tests.made_up_pages import WEB_PAGE, WEB_PAGE_ARTICLE

NEWS_PAGE = BenchmarkPage("made-up-news", WEB_PAGE, "\n".join(WEB_PAGE_ARTICLE))
BLOG_ARTICLE = [
    "Every spring the river rises, and every spring the lower streets of the town go under water for a week "
    "or two.",
    "I spent a few days there last month talking to the people who live closest to the bank, and most of them "
    "told me the same thing: the floods have become worse since the old meadows upstream were drained.",
    "The council says a new wall will be finished next year, but the engineers I spoke to were not convinced "
    "that a wall alone would be enough.",
    "For now, families move their furniture upstairs when the warnings come, and wait.",
]
BLOG_PAGE = BenchmarkPage(
    "made-up-blog",
    "\n".join([
        "Notes from the field",
        "Menu", "About", "Archive", "Photos", "Links", "Contact", "Search this blog",
        "Posted on March 3, 2025 by Anna",
        "Why the river town keeps flooding",
        *BLOG_ARTICLE,
        "Share this:", "Twitter", "Facebook", "Email", "Like this:", "Tags: floods, rivers, towns",
        "Previous post", "A winter walk along the coast", "Next post", "The bakery that never closes",
        "Leave a Reply", "Your email address will not be published.",
        "Recent posts", "The bakery that never closes", "A winter walk along the coast", "Old maps of the valley",
        "Blog at WordPress.com.",
    ]),
    "\n".join(BLOG_ARTICLE),
)
PASTED_POST = BenchmarkPage(
    "made-up-post",
    "Kyiv says power restored after overnight strikes\n"
    "Power was restored to most of Kyiv on Saturday after overnight drone strikes damaged two substations, the "
    "city administration said. bit.ly/3xYzAbC\n"
    "Crews worked through the night, officials said, and about 40,000 homes were still without power by noon.\n"
    "Share on Facebook\n"
    "— Jane Doe (@janedoe) Sep 6, 2025\n",
    "Power was restored to most of Kyiv on Saturday after overnight drone strikes damaged two substations, the "
    "city administration said.\n"
    "Crews worked through the night, officials said, and about 40,000 homes were still without power by noon.",
)
PAGES = [NEWS_PAGE, BLOG_PAGE, PASTED_POST]


def test_shingle_score():
    assert shingles("The port of Odesa reopened.") == {("the", "port", "of", "odesa"), ("port", "of", "odesa", "reopened")}
    assert score("a b c d e", "a b c d e") == Score(1.0, 1.0, 1.0)
    half = score("a b c d e f", "a b c d x y")  # kept: abcd bcde cdef; reference: abcd bcdx cdxy
    assert half.precision == pytest.approx(1 / 3) and half.recall == pytest.approx(1 / 3)
    assert score("", "") == Score(1.0, 1.0, 1.0)
    assert score("", "a b c d") == Score(0.0, 0.0, 0.0)
    assert mean_score([Score(1, 1, 1), Score(0, 0.5, 0)]) == Score(0.5, 0.75, 0.5)


def test_unshared_runs_are_what_one_text_has_and_the_other_lacks():
    cleaned = "Home News The port of Odesa reopened on Saturday after the strike. Share this"
    article = "The port of Odesa reopened on Saturday after the strike. Crews worked through the night."
    assert unshared_runs(cleaned, article) == ["home news", "share this"]  # wrongly kept
    assert unshared_runs(article, cleaned) == ["crews worked through the night"]  # lost


def test_page_reports_put_the_worst_page_first_with_what_it_lost_and_kept():
    kept_menu = "Menu Home World\n" + NEWS_PAGE.article_text
    lost_half = "\n".join(BLOG_ARTICLE[:2])
    report = page_reports([NEWS_PAGE, BLOG_PAGE], [kept_menu, lost_half]).splitlines()
    assert report[0].startswith("page 1 made-up-blog: P 1.000  R ")
    lost = " ".join(tokens(" ".join(BLOG_ARTICLE[2:])))
    assert report[1] == f"  lost: {lost[:100]} … {lost[-15:]} (40 words)"  # a long run is shortened
    assert report[2].startswith("page 0 made-up-news: P ") and report[2].endswith("shingles lost 0, wrongly kept 3")
    assert report[3:] == ["  kept: menu home world"]


def test_baseline_rule():
    text = "Home\nThe port reopened on Saturday.\nIt said “we are back.”\nMarkets slide\nRead this:"
    assert keep_sentence_shaped_lines(text).splitlines() == [
        "The port reopened on Saturday.", "It said “we are back.”"]


def test_cleaner_beats_both_baselines_on_made_up_pages():
    results = {(result.method, result.split): result for result in evaluate(PAGES, tuning_pages=2)}
    for split in ("tuning", "held-out"):
        cleaner = results["newsfacts cleaner", split].score
        assert cleaner.precision >= 0.95 and cleaner.f1 >= 0.95, (split, cleaner)
        for baseline in ("keep every line", "sentence-shape rule"):
            assert cleaner.f1 > results[baseline, split].score.f1
    assert results["newsfacts cleaner", "tuning"].pages == 2 and results["newsfacts cleaner", "held-out"].pages == 1


def test_command_reads_the_data_option_and_prints_a_table(tmp_path, capsys):
    data = tmp_path / "pages.jsonl"
    data.write_text("".join(json.dumps({"id": page.page_id, "page_text": page.page_text,
                                        "article_text": page.article_text}) + "\n" for page in PAGES))
    assert read_pages(data) == PAGES
    main(["--data", str(data), "--tuning-pages", "2"])
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["split", "pages", "P", "R", "F1", "method"]
    assert [line.split()[0] for line in table[1:]] == ["tuning"] * 3 + ["held-out"] * 3
    assert len(table) == 7 and table == format_table(evaluate(PAGES, 2)).splitlines()


def test_best_line_choice_keeps_the_article_lines_but_cannot_cut_inside_one():
    assert best_line_choice(BLOG_PAGE) == BLOG_PAGE.article_text
    blog, post = (
        next(result.score for result in ceilings([page], 0) if result.method == "best line choice")
        for page in (BLOG_PAGE, PASTED_POST)
    )
    assert blog == Score(1.0, 1.0, 1.0)
    assert post.precision < 0.9  # the shortened link glued to an article line stays with it


def test_repaired_articles_credit_a_cleaner_that_repairs_what_the_article_garbled():
    """An article marked with mojibake ("donâ€™t") that the page does not carry: the cleaner's "don’t" scores
    against the repaired article, not against the garbled one."""
    article = "The mayor said residents donâ€™t need to leave their homes before the river crests on Friday night."
    page = BenchmarkPage("made-up-mojibake", "Menu\nHome\n" + article.replace("â€™", "’"), article)
    garbled, repaired = (
        {result.method: result.score.f1 for result in results}
        for results in (evaluate([page], 0), ceilings([page], 0))
    )
    assert garbled["newsfacts cleaner"] < 0.8
    assert repaired["newsfacts cleaner, against repaired articles"] == 1.0


def test_splits():
    assert split_pages([1, 2, 3], 2) == {"tuning": [1, 2], "held-out": [3]}


def test_refit_labels_lines_and_is_reproducible():
    labelled = [label_page(page) for page in (NEWS_PAGE, BLOG_PAGE)]
    news = labelled[0]
    article = [line.text for line, label in zip(news.lines, news.labels, strict=True) if label]
    assert article == NEWS_PAGE.article_text.split("\n")
    assert news.weights[news.kept].sum() == pytest.approx(1.0)
    pages = labelled * 3  # enough pages for every fold
    first, second = fit_classifier(pages), fit_classifier(pages)
    assert first.to_json() == second.to_json()
    probabilities = first.article_probabilities(news.lines)
    assert np.all((probabilities >= 0.5) == news.labels.astype(bool))


def test_cross_validation_cleans_each_fold_with_the_other_folds_classifier(capsys, tmp_path):
    pages = [NEWS_PAGE, BLOG_PAGE] * 3  # every fold holds out a page of each kind the others still cover
    labelled = [label_page(page) for page in pages]
    result = cross_validate(pages, labelled)
    assert result.f1 > 0.8 and result.precision > 0.8  # two page layouts, each learnt from its copies
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps({"id": page.page_id, "page_text": page.page_text,
                                          "article_text": page.article_text}) for page in pages) + "\n")
    output = tmp_path / "weights.json"
    fit_cleaner.main(["--data", str(path), "--cross-validate", "--output", str(output)])
    assert capsys.readouterr().out.startswith("5-fold cross-validation on 6 tuning pages: P ")
    assert not output.exists()  # cross-validation writes no weights


def test_the_evidence_vocabulary_breaks_ties_by_the_word_not_by_arrival(monkeypatch):
    # the words of a page arrive in set order, which the process's hash seed decides: a refit must not depend on it
    monkeypatch.setattr(fit_cleaner, "EVIDENCE_VOCABULARY", 2)
    arrivals = [Counter({"zebra": 3, "apple": 3, "mango": 3, "kiwi": 1}), Counter({"kiwi": 1, "mango": 3, "apple": 3, "zebra": 3})]
    chosen = [fit_cleaner.vocabulary(fit_cleaner.EvidenceCounts(Counter(), Counter(), pages, Counter(), Counter()))
              for pages in arrivals]
    assert chosen == [["apple", "mango"], ["apple", "mango"]]
