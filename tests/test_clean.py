"""clean_document on the real seeds and on small made-up pages; the named rules one by one."""

import re
import time
from pathlib import Path

import numpy as np
import pytest

from pipeline.text import rules
from pipeline.text.clean import CleanedDocument, NoiseSpan, clean_document, is_whole_page, rule_lines
from pipeline.text.language import detect_language, line_language
from pipeline.text.line_classifier import (
    COMMENT_MARKER,
    PageLine,
    best_run,
    headline_repeat,
    is_comment_signature,
    line_features,
    line_shape,
    load_classifier,
    shifted,
    signature_columns,
    window_sums,
)
from pipeline.text.repair import repair_text
from tests.made_up_pages import WEB_PAGE, WEB_PAGE_ARTICLE

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = {
    "000": "000_4d59c4d5d3852b7d.txt",
    "001": "001_06b108c9047581ff.txt",
    "002": "002_bde4429e4e3aca58.txt",
    "003": "003_1b26b4ebeceedaf2.txt",
    "004": "004_b6363775422427f6.txt",
}
NOISE_REASONS = {
    "boilerplate", "byline", "caption", "dateline", "title", "publisher", "social_signature", "hashtag",
    "link_list", "url", "duplicate_block", "non_english", "blank", "markup", "html_boilerplate",
}


def read_seed(key: str) -> str:
    return (SEEDS / SEED_NAMES[key]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[str, CleanedDocument]]:
    return {key: (read_seed(key), clean_document(read_seed(key))) for key in SEED_NAMES}


def assert_accounted(raw: str, document: CleanedDocument) -> None:
    """Every non-whitespace character of raw is in the text or in exactly one noise span, in order."""
    previous_end = 0
    kept = []
    for span in document.noise:
        assert isinstance(span, NoiseSpan)
        assert span.reason in NOISE_REASONS
        assert previous_end <= span.start_char < span.end_char <= len(raw), "spans sorted, disjoint, non-empty"
        assert span.text == raw[span.start_char:span.end_char]
        assert span.text == span.text.strip(), "spans do not start or end in whitespace"
        kept.append(raw[previous_end:span.start_char])
        previous_end = span.end_char
    kept.append(raw[previous_end:])
    assert "".join("".join(kept).split()) == "".join(document.text.split())


def noise_reasons(document: CleanedDocument, fragment: str) -> list[str]:
    return [span.reason for span in document.noise if fragment in span.text]


def assert_removed(document: CleanedDocument, fragment: str, reasons: set[str]) -> None:
    assert fragment not in document.text
    found = noise_reasons(document, fragment)
    assert found, f"{fragment!r} is in no noise span"
    assert set(found) <= reasons, f"{fragment!r}: {found}"


# Accounting ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", SEED_NAMES)
def test_every_character_of_each_seed_is_accounted_for(cleaned, key):
    raw, document = cleaned[key]
    assert_accounted(raw, document)


@pytest.mark.parametrize("key", SEED_NAMES)
def test_text_is_paragraphs_without_stray_spaces(cleaned, key):
    _, document = cleaned[key]
    for paragraph in document.text.split("\n\n"):
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph


@pytest.mark.parametrize("key", SEED_NAMES)
def test_seeds_are_english(cleaned, key):
    assert cleaned[key][1].language == "en"


def test_windows_line_ends_give_the_same_result():
    raw = read_seed("004")
    unix, windows = clean_document(raw), clean_document(raw.replace("\n", "\r\n"))
    assert windows.text == unix.text
    assert [span.reason for span in windows.noise] == [span.reason for span in unix.noise]
    assert_accounted(raw.replace("\n", "\r\n"), windows)


# Seed 000 ----------------------------------------------------------------------------------------------------------

def test_seed_000_furniture(cleaned):
    _, document = cleaned["000"]
    assert_removed(document, "Share This Article", {"boilerplate"})
    assert_removed(document, "Read More @ kyivindependent.com", {"publisher"})
    assert_removed(document, "By AI", {"byline"})
    assert [span.reason for span in document.noise if span.text == "AI"] == ["byline"]
    assert noise_reasons(document, "Azerbaijan May Reconsider Weapons Ban for Ukraine") == ["title"]
    assert "**" not in document.text


def test_seed_000_keeps_deck_and_subheading(cleaned):
    _, document = cleaned["000"]
    assert "According to reports, Russian strikes on Azerbaijani sites of energy" in document.text
    assert "Long-standing Ties Between Azerbaijan and Ukraine" in document.text


# Seed 002: a tweet thread of an AI answer pasted twice -------------------------------------------------------------

def test_seed_002_furniture(cleaned):
    raw, document = cleaned["002"]
    assert_removed(document, "AI Mode", {"boilerplate"})
    assert_removed(document, "share.google/aimode/ysuLXd6K…", {"url"})
    assert noise_reasons(document, "share.google") == ["url", "url"]
    for line in raw.splitlines():
        if "rss.app" in line:
            feed_line = line.split("…")[0] + "…"
            assert_removed(document, feed_line, {"link_list", "url"})
    for date in ("Sep 5, 2025", "Sep 4, 2025"):
        assert_removed(document, f"— Michael Novakhov (@mikenov) {date}", {"social_signature"})
    assert_removed(document, "#SouthCaucasus #SouthCaucasusNews", {"hashtag"})
    assert_removed(document, "#Armenia #Azerbaijan #Georgia", {"hashtag"})
    assert_removed(document, "Турция выдвинула ультиматум Алиеву", {"non_english", "url"})
    assert_removed(document, "piped.video/watch?v=FfEKMTbh…", {"non_english", "url"})
    for fragment in ("thenewsandtimes.blogspot.com…", "feeder.co/out/folder/c6e89e0…", "thenewsandtimes.com",
                     "newsandtimes.org", "SouthCaucasusNews.com", "Playlist", "Feeds",
                     "The South Caucasus News Review", "News Review – Comprehensive, Balanced, Timely",
                     "Armenia Azerbaijan Georgia"):
        assert_removed(document, fragment, {"link_list", "url", "blank"})
    dashes = [span for span in document.noise if span.text == "–"]
    assert len(dashes) == 3 and {span.reason for span in dashes} <= {"blank", "link_list"}
    assert_removed(document, "Day: September 4, 2025", {"dateline"})


def test_seed_002_second_copy_is_a_duplicate_block(cleaned):
    raw, document = cleaned["002"]
    sentence = "Growing friction: By late 2024, diplomatic relations between Azerbaijan and Russia had soured"
    assert raw.count(sentence) == 2
    assert document.text.count(sentence) == 1
    blocks = [span for span in document.noise if span.reason == "duplicate_block"]
    assert len(blocks) == 1
    second_copy = raw.index(sentence, raw.index(sentence) + 1)
    assert blocks[0].start_char < second_copy < blocks[0].end_char
    assert blocks[0].text.startswith("Ukraine and Azerbaijan\nIn late 2024")
    assert blocks[0].text.endswith("increased by 8.6%.")


def test_seed_002_sentence_glued_to_signature_is_kept(cleaned):
    _, document = cleaned["002"]
    sentence = "In the first seven months of 2025, Ukraine’s exports to Azerbaijan increased by 8.6%."
    assert document.text.count(sentence) == 1
    assert document.text.endswith(sentence)
    assert "mikenov" not in document.text


# Seeds 003 and 004 -----------------------------------------------------------------------------------------------

def test_seed_003_furniture_and_lost_paragraph_breaks(cleaned):
    _, document = cleaned["003"]
    assert_removed(document, "Latest news", {"boilerplate"})
    assert noise_reasons(document, "global.espreso.tv") == ["publisher"]
    assert noise_reasons(document, "Mon, 11 Aug 2025 19:11:00 +0300") == ["dateline"]
    paragraphs = document.text.split("\n\n")
    for heading in ("Terror as a tool of Russian “diplomacy”", "Hybrid escalation and diplomatic pushback",
                    "Shifting geopolitics"):
        assert heading in paragraphs
    assert any(paragraph.startswith("On August 7, Romania reported") for paragraph in paragraphs)


def test_seed_004_furniture(cleaned):
    _, document = cleaned["004"]
    assert_removed(document, "You may also like", {"boilerplate"})
    assert_removed(document, "Leave a Comment", {"boilerplate"})
    assert_removed(document, "by Mark Thompson", {"byline"})
    assert_removed(document, "Offshore oil and gas platforms in the Caspian Sea.", {"caption"})
    assert noise_reasons(document, "MOSCOW –") == ["dateline"]
    assert "•" not in document.text
    assert "Russia’s Attack on Azerbaijan: Expert Explains Kremlin’s Motives" not in document.text


def test_seed_001_has_no_noise(cleaned):
    raw, document = cleaned["001"]
    assert document.noise == ()
    assert document.text.split("\n\n") == [line for line in raw.splitlines() if line.strip()]


# Every sentence survives -------------------------------------------------------------------------------------------

KEPT_SENTENCES = {
    "000": [
        "Baku is considering lifting its ban on supplying arms to Ukraine from its arsenal if Russia continues "
        "targeting Azerbaijani interests in Ukraine.",
        "Four SOCAR employees were seriously injured.",
        "According to Caliber.Az, a Baku-based news outlet, Azerbaijan’s government has been “systematically” "
        "struck by Russia in recent weeks.",
        "Aliyev assured Zelensky that despite challenges, Ukraine and Azerbaijan would continue to cooperate.",
        "However, they have offered humanitarian assistance to Ukraine, including energy equipment, financial aid, "
        "and infrastructure support, valued at over $40 million as of mid-2025.",
    ],
    "001": [
        "Azerbaijan has issued a stark warning regarding its arms embargo on Ukraine",
        "Notably, these concerns intensified after a Russian assault on a gas distribution station linked to the "
        "Trans-Balkan pipeline in late June, a key route for delivering gas from Azerbaijan to Ukraine.",
        "which might feature artillery systems such as the 2S1 Gvozdika and 2S3 Akatsiya.",
        "This developing situation underscores the complexities of international relations",
    ],
    "002": [
        "In late 2024 and mid-2025, a series of diplomatic incidents and targeted attacks on Azerbaijani energy "
        "infrastructure in Ukraine strained relations between Baku and Moscow, pushing Azerbaijan closer to Ukraine.",
        "a policy that balances its strategic partnership with Kyiv and its complex relationship with Russia",
        "Growing friction: By late 2024, diplomatic relations between Azerbaijan and Russia had soured",
        "Delivery of former jets: In September 2025, reports emerged that Ukraine was operating former Azerbaijani "
        "MiG-29 fighter jets",
        "In June 2025, officials from both countries met to discuss deepening their strategic partnership.",
        "Trade expansion: Trade relations between Ukraine and Azerbaijan have expanded.",
        "In the first seven months of 2025, Ukraine’s exports to Azerbaijan increased by 8.6%.",
    ],
    "003": [
        "These tactics are driving closer ties between nations targeted by the Kremlin’s imperial ambitions, says "
        "Ukrainian military and political analyst Oleksandr Kovalenko in his article for minval.az media outlet.",
        "At the end of July, Ukraine’s Naftogaz Group signed a deal with SOCAR Energy Ukraine",
        "Romanian officials suspected Russian sabotage aimed at undermining Azerbaijan’s reputation as a reliable "
        "energy supplier.",
        "Two days earlier, Azerbaijani President Ilham Aliyev had announced plans to take legal action over the 2024 "
        "downing of an AZAL passenger jet — allegedly targeted by a Russian Pantsir-S1 system.",
        "On July 10, Ukrainian President Volodymyr Zelenskyy and Azerbaijani President Ilham Aliyev held a phone call",
        "Kovalenko concludes that Moscow will not abandon its aggressive policies toward either Ukraine or "
        "Azerbaijan, but its reliance on terror brings it closer to a “point of no return,” where it risks finding "
        "itself isolated even at the regional level.",
    ],
    "004": [
        "Russia is retaliating against Azerbaijan‘s independent policies by targeting its oil and gas "
        "infrastructure in ukraine, an expert suggests.",
        "Russia has targeted Azerbaijan’s energy infrastructure in Ukraine following Baku’s independent policy "
        "shifts.",
        "Russia has escalated its actions against azerbaijan, striking energy facilities in Ukraine following "
        "Baku’s move towards a more independent foreign policy.",
        "Azerbaijan possesses extensive, yet vulnerable, oil and gas infrastructure in the caspian Sea.",
        "When asked about further Russian actions against SOCAR in Ukraine, Gonchar suggested attacks on the "
        "company’s media assets could be a possibility.",
        "Azerbaijan’s Stance and Future Cooperation",
        "However, Azerbaijan is not positioned to offer substantial military aid.",
        "Gonchar emphasized that Baku will carefully weigh the advantages and disadvantages, considering the risks "
        "to its own vulnerable Caspian Sea energy infrastructure.",
    ],
}


@pytest.mark.parametrize("key", SEED_NAMES)
def test_article_sentences_survive_verbatim(cleaned, key):
    _, document = cleaned[key]
    for sentence in KEPT_SENTENCES[key]:
        assert sentence in document.text, sentence


@pytest.mark.parametrize("key", SEED_NAMES)
def test_no_line_of_prose_is_lost(cleaned, key):
    """Every long raw line (article prose) is in the text, bar the foreign one; spacing is not compared, as
    lost paragraph breaks are restored."""
    raw, document = cleaned[key]
    text_chars = "".join(document.text.split())
    for line in raw.splitlines():
        words = line.split()
        if len(words) >= 12 and not line.startswith("Турция"):
            middle = "".join(words[3:12])  # past bullets and datelines
            assert middle in text_chars, line


# Made-up pages ------------------------------------------------------------------------------------------------------

MADE_UP_PAGE = """\
Home » World » Europe
Kyiv says power restored after overnight strikes
By Olena Petrenko and John Smith | Reuters
Updated: September 6, 2025 08:15 UTC

KYIV, Ukraine (AP) — Power was restored to most of Kyiv on Saturday after overnight drone strikes damaged two \
substations, the city administration said. Read the statement at https://kyiv.gov.ua/news/123.

Photo: Reuters
Repair crews at a damaged substation in Kyiv.
Crews worked through the night, officials said, and about 40,000 homes were still without power by noon.

Related: Russia launches 300 drones at Ukraine overnight
We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.
Accept all cookies
Follow us on Twitter
Subscribe to our newsletter
RT @kyivindependent: Power is back in most of Kyiv, officials say. bit.ly/3xYzAbC #Kyiv #Energy
Officials warned that more strikes were likely. t.co/AbCdEf123
🔥🔥🔥 👇👇
Share on Facebook
Facebook Twitter WhatsApp Email
© 2025 Example News. All rights reserved.
Privacy Policy | Terms of Use | Contact Us
"""


@pytest.fixture(scope="module")
def made_up() -> CleanedDocument:
    return clean_document(MADE_UP_PAGE)


def test_made_up_page_accounting(made_up):
    assert_accounted(MADE_UP_PAGE, made_up)


def test_made_up_page_removals(made_up):
    assert_removed(made_up, "Home » World » Europe", {"boilerplate"})
    assert_removed(made_up, "By Olena Petrenko and John Smith | Reuters", {"byline"})
    assert_removed(made_up, "Updated: September 6, 2025 08:15 UTC", {"dateline"})
    assert_removed(made_up, "https://kyiv.gov.ua/news/123", {"url"})
    assert_removed(made_up, "Photo: Reuters", {"caption"})
    assert_removed(made_up, "Related: Russia launches 300 drones", {"link_list"})
    assert_removed(made_up, "We use cookies", {"boilerplate"})
    assert_removed(made_up, "Accept all cookies", {"boilerplate"})
    assert_removed(made_up, "Follow us on Twitter", {"boilerplate"})
    assert_removed(made_up, "Subscribe to our newsletter", {"boilerplate"})
    assert_removed(made_up, "RT @kyivindependent:", {"social_signature"})
    assert_removed(made_up, "bit.ly/3xYzAbC", {"url"})
    assert_removed(made_up, "#Kyiv #Energy", {"hashtag"})
    assert_removed(made_up, "t.co/AbCdEf123", {"url"})
    assert_removed(made_up, "🔥🔥🔥 👇👇", {"blank"})
    assert_removed(made_up, "Share on Facebook", {"boilerplate"})
    assert_removed(made_up, "Facebook Twitter WhatsApp Email", {"boilerplate"})
    assert_removed(made_up, "All rights reserved", {"boilerplate"})
    assert_removed(made_up, "Privacy Policy | Terms of Use", {"boilerplate"})
    assert noise_reasons(made_up, "KYIV, Ukraine (AP) —") == ["dateline"]


def test_made_up_page_keeps_sentences(made_up):
    for sentence in (
        "Power was restored to most of Kyiv on Saturday after overnight drone strikes damaged two substations, "
        "the city administration said.",
        "Read the statement at.",
        "Crews worked through the night, officials said, and about 40,000 homes were still without power by noon.",
        "Power is back in most of Kyiv, officials say.",
        "Officials warned that more strikes were likely.",
    ):
        assert sentence in made_up.text, sentence


def test_made_up_page_metadata(made_up):
    meta = made_up.metadata
    assert meta.title == "Kyiv says power restored after overnight strikes"
    assert meta.author == "Olena Petrenko and John Smith"
    assert meta.published_at is not None and meta.published_at.isoformat() == "2025-09-06T08:15:00+00:00"
    assert meta.dateline == "KYIV, Ukraine"


def test_caption_rule_spares_short_sentences():
    raw = (
        "Russia launched 40 drones at Odesa overnight, the regional governor said on Telegram early on Monday.\n"
        "Two people were killed.\n"
        "Russia denies it.\n"
        "Markets fell sharply.\n"
        "The port remains open, officials said in a statement issued later that morning in Odesa.\n"
    )
    document = clean_document(raw)
    assert document.noise == ()
    assert document.text.count("\n\n") == 4


def test_hard_wrapped_lines_are_joined():
    raw = (
        "Russia launched 40 drones at Odesa overnight, the regional governor said\n"
        "on Telegram early on Monday, adding that the port was still working.\n"
        "\n"
        "A second paragraph follows here with another full sentence about the attack.\n"
    )
    document = clean_document(raw)
    assert document.text.split("\n\n") == [
        "Russia launched 40 drones at Odesa overnight, the regional governor said on Telegram early on Monday, "
        "adding that the port was still working.",
        "A second paragraph follows here with another full sentence about the attack.",
    ]


def test_mojibake_is_repaired_in_the_text_only():
    raw = "Azerbaijanâ€™s government has been struck by Russia in recent weeks, officials said on Monday.\nShare"
    document = clean_document(raw)
    assert document.text == (
        "Azerbaijan’s government has been struck by Russia in recent weeks, officials said on Monday.")
    assert document.noise[0].text == raw[document.noise[0].start_char:document.noise[0].end_char] == "Share"


# Language --------------------------------------------------------------------------------------------------------

def test_foreign_lines_in_an_english_document():
    raw = (
        "Azerbaijan has threatened to lift its arms embargo on Ukraine if Russian strikes continue, officials said.\n"
        "Турция выдвинула ультиматум Алиеву\n"
        "Die Regierung in Baku hat die Angriffe auf die Anlagen in der Ukraine scharf verurteilt.\n"
        "The statement came after a drone hit a SOCAR depot in the Odesa region on Friday night.\n"
    )
    document = clean_document(raw)
    assert document.language == "en"
    assert noise_reasons(document, "Турция") == ["non_english"]
    assert noise_reasons(document, "Die Regierung in Baku") == ["non_english"]
    assert "SOCAR depot" in document.text and "arms embargo" in document.text


def test_a_wholly_foreign_document_keeps_its_text_and_gets_its_code():
    russian = ("Азербайджан пригрозил снять эмбарго на поставки оружия Украине.\n"
               "После ударов по объектам SOCAR в Одесской области.")
    document = clean_document(russian)
    assert document.language == "ru"
    assert document.noise == ()
    assert clean_document("Україна отримала газ з Азербайджану через Трансбалканський маршрут.").language == "uk"
    german = "Die Regierung in Baku hat die Angriffe auf die Anlagen in der Ukraine scharf verurteilt und will prüfen."
    assert clean_document(german).language == "de"


MADE_UP_LINES = {
    "Officials said the port would reopen on Monday after repairs to the damaged berths.": "en",
    "Zelensky and Aliyev met in Baku.": "en",
    "President Erdoğan said the talks in Ankara were useful and that Şuşa was discussed.": "en",
    "Die Behörden teilten mit, dass der Hafen nach den Reparaturen am Montag wieder geöffnet wird.": "de",
    "Les autorités ont indiqué que le port rouvrira lundi après les réparations des quais.": "fr",
    "Las autoridades dijeron que el puerto volverá a abrir el lunes después de las reparaciones.": "es",
    "Le autorità hanno detto che il porto riaprirà lunedì dopo le riparazioni delle banchine.": "it",
    "As autoridades disseram que o porto vai reabrir na segunda-feira após os reparos.": "pt",
    "De autoriteiten zeiden dat de haven maandag na de reparaties weer opengaat.": "nl",
    "Yetkililer, limanın onarımların ardından pazartesi günü yeniden açılacağını söyledi.": "tr",
    "Rəsmilər limanın bazar ertəsi təmirdən sonra yenidən açılacağını və işin davam edəcəyini bildirdi.": "az",
    "Władze poinformowały, że port zostanie ponownie otwarty w poniedziałek po naprawach.": "pl",
    "Власти сообщили, что порт возобновит работу в понедельник после ремонта.": "ru",
    "Влада повідомила, що порт відновить роботу в понеділок після ремонту.": "uk",
    "Οι αρχές ανακοίνωσαν ότι το λιμάνι θα ανοίξει ξανά τη Δευτέρα.": "el",
    "قالت السلطات إن الميناء سيعاد فتحه يوم الاثنين بعد الإصلاحات.": "ar",
    "当局は月曜日に港が再開されると発表した。": "ja",
    "Nagorno-Karabakh": None,  # a name alone: no language to tell, so never flagged
    "İlham Əliyev met Erdoğan.": None,  # names in Turkic letters do not make a line Turkic
}


@pytest.mark.parametrize("line, language", MADE_UP_LINES.items())
def test_line_language_on_made_up_lines(line, language):
    assert line_language(line) == language


def test_foreign_lines_are_flagged_in_an_english_document():
    english = [line for line, language in MADE_UP_LINES.items() if language == "en"]
    foreign = [line for line, language in MADE_UP_LINES.items() if language not in ("en", None)]
    raw = "\n".join(english[:1] + foreign + english[1:])
    document = clean_document(raw)
    assert document.language == "en"
    assert {span.text for span in document.noise if span.reason == "non_english"} == set(foreign)


def test_language_helpers():
    assert detect_language("") == "und"
    assert detect_language("12345 !!!") == "und"
    assert line_language("The minister said “Слава Україні” at the end of the speech.") == "en"
    assert line_language("Nagorno-Karabakh") is None
    assert line_language("Ιστορικό ρεκόρ για τις εξαγωγές") == "el"


# Robustness --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["", " ", "\n\n\t \r\n", "\u200b", "–", "Share This Article"])
def test_degenerate_inputs(raw):
    document = clean_document(raw)
    assert document.text == ""
    assert_accounted(raw, document)


@pytest.mark.parametrize("unit", [
    "Russia launched drones at Odesa overnight, officials said. ",
    "-", "a.", "a-", "#tag ", "aB", "— A (@b) ", "bit.ly/x ", "end.The ",
])
def test_a_five_megabyte_line_is_cleaned_in_linear_time(unit):
    raw = unit * (5_000_000 // len(unit))
    started = time.perf_counter()
    document = clean_document(raw)
    assert time.perf_counter() - started < 30
    assert_accounted(raw, document)


# Rules one by one ----------------------------------------------------------------------------------------------------

def spans_of(rule_find, text):
    return [text[start:end] for start, end in rule_find(text)]


def test_tweet_signature_rule():
    line = "Exports grew by 8.6%.— Michael Novakhov (@mikenov) Sep 5, 2025"
    assert spans_of(rules.find_tweet_signatures, line) == ["— Michael Novakhov (@mikenov) Sep 5, 2025"]
    assert spans_of(rules.find_tweet_signatures, "— Jane Doe (@janedoe) 5 September 2025") != []
    assert spans_of(rules.find_tweet_signatures, "The minister – Jane (@jane) – said so.") == []


def test_url_rules():
    assert spans_of(rules.find_urls, "See https://example.com/a?b=1). Also www.x.org, or bit.ly/3xY.") == [
        "https://example.com/a?b=1", "www.x.org", "bit.ly/3xY"]
    assert spans_of(rules.find_urls, "Caliber.Az and minval.az media reported it.") == []
    assert rules.is_bare_url("thenewsandtimes.blogspot.com…")
    assert rules.is_bare_url("https://t.co/abc https://t.co/def")
    assert rules.is_labelled_link("All News – rss.app/feeds/_26YATRQjU2csD…")
    assert not rules.is_labelled_link("Azerbaijan’s economic benefits")
    assert rules.is_site_name("global.espreso.tv")
    assert not rules.is_site_name("rss.app/feeds/_26YATRQjU2csD…")


def test_hashtag_rules():
    assert rules.is_hashtag_line("#SouthCaucasus #SouthCaucasusNews")
    assert not rules.is_hashtag_line("#1 priority for Kyiv")
    assert spans_of(rules.find_trailing_hashtags, "Power is back. #Kyiv") == ["#Kyiv"]
    assert spans_of(rules.find_trailing_hashtags, "Power is back in #Kyiv") == []
    assert spans_of(rules.find_trailing_hashtags, "Power is back in #Kyiv #Energy") == ["#Kyiv #Energy"]


@pytest.mark.parametrize("rule, line", [
    (rules.is_share_prompt, "Share This Article"),
    (rules.is_share_prompt, "Share on Facebook"),
    (rules.is_related_heading, "You may also like"),
    (rules.is_related_heading, "Latest news"),
    (rules.is_related_heading, "Related articles:"),
    (rules.is_related_heading, "More from Reuters"),
    (rules.is_related_link, "Read also: Ukraine, Azerbaijan sign energy deal"),
    (rules.is_comment_prompt, "Leave a Comment"),
    (rules.is_comment_prompt, "12 comments"),
    (rules.is_subscription_prompt, "Follow us on Twitter"),
    (rules.is_subscription_prompt, "Subscribe to our newsletter"),
    (rules.is_subscription_prompt, "Sign up for our daily briefing"),
    (rules.is_cookie_notice, "This website uses cookies to ensure you get the best experience."),
    (rules.is_legal_notice, "© 2025 Kyiv Independent"),
    (rules.is_legal_notice, "Copyright 2025 The Associated Press. All rights reserved."),
    (rules.is_interface_label, "AI Mode"),
    (rules.is_interface_label, "Advertisement"),
    (rules.is_interface_label, "Tags: Ukraine, Azerbaijan"),
    (rules.is_social_interface, "Show this thread"),
    (rules.is_social_interface, "1.2K likes · 340 reposts"),
    (rules.is_tweet_author, "Michael Novakhov @mikenov"),
    (rules.is_tweet_author, "Replying to @mikenov"),
    (rules.is_photo_credit, "Photo: Reuters"),
    (rules.is_photo_credit, "REUTERS/Gleb Garanich"),
    (rules.is_photo_credit, "(Image credit: Getty Images)"),
    (rules.is_symbol_only, "🔥🔥🔥 👇"),
    (rules.is_byline, "by Mark Thompson"),
    (rules.is_date_line, "Day: September 4, 2025"),
    (rules.is_source_credit, "Read More @ kyivindependent.com"),
])
def test_line_rules_match_furniture(rule, line):
    assert rule(line)


SENTENCES = [
    "Sign up rates for the army rose by 5% in August.",
    "Subscribers to the service in Baku complained about outages.",
    "Share prices of SOCAR bonds fell after the strike.",
    "The cookie factory in Kharkiv was hit twice.",
    "Follow-up talks are planned for October in Baku.",
    "Photos showed the depot burning for hours after the attack.",
    "By late 2024, diplomatic relations had soured.",
    "Related talks between Baku and Kyiv continued on Monday.",
    "More than 40 people were injured.",
    "Home to 2 million people, Baku is the largest city on the Caspian.",
    "Copyright lawsuits against the broadcaster rose sharply in 2025.",
    "The cookie factory uses ovens from Turkey and employs 200 people.",
    "Photo evidence of the strike was shared by the governor.",
    "Top officials from both countries met in Baku on Monday.",
    "More in Kyiv were killed.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_line_rules_spare_sentences(sentence):
    matched = [rule.name for rule in rules.line_rules("en") if rule.matches(sentence)]
    assert matched == []


def test_caption_rule():
    assert rules.is_verbless_caption("Offshore oil and gas platforms in the Caspian Sea.")
    assert rules.is_verbless_caption("Rescuers searching the rubble in Odesa.")
    for sentence in ("Two people were killed.", "Russia denies it.", "Zelensky meets Aliyev in Baku.",
                     "Prices rose.", "The strikes damaged two substations.",
                     "Azerbaijan possesses extensive, yet vulnerable, oil and gas infrastructure in the caspian Sea."):
        assert not rules.is_verbless_caption(sentence), sentence
    assert not rules.is_verbless_caption("Azerbaijan’s Stance and Future Cooperation")  # a heading, no full stop


def test_link_list_rule():
    # links dominate: every label in the run goes
    kinds = ["text", "fragment", "link", "link", "link", "noise", "link", "fragment", "link", "link", "fragment",
             "text"]
    assert rules.link_list_members(kinds) == {1, 7, 10}
    # two links: only a label between them goes; the label next to the article may be its heading
    assert rules.link_list_members(["text", "link", "fragment", "link", "fragment", "text"]) == {2}
    assert rules.link_list_members(["text", "fragment", "link", "text"]) == set()


def test_repeated_lines_rule():
    keys = ["a", "b", "c", "x", "a", "b", "c", "–", "–"]
    words = [10, 10, 10, 1, 10, 10, 10, 0, 0]
    assert rules.repeated_lines(keys, words) == {4, 5, 6}
    assert rules.repeated_lines(["long", "y", "long"], [15, 2, 15]) == {2}
    assert rules.repeated_lines(["short", "y", "short"], [3, 2, 3]) == set()


def test_header_rules():
    assert rules.header_end(["Title here", None, "A long first sentence of the article that goes on and on."]) == 2
    assert rules.header_end(["A short post without a full stop"]) == 0
    assert rules.pick_title([("According to reports, strikes could push Baku towards arming Kyiv", False),
                             ("Azerbaijan May Reconsider Weapons Ban for Ukraine", True)]) == 1
    assert rules.pick_title([("Ukraine and Azerbaijan", False)]) == 0
    assert rules.byline_echo("AI", ["By AI"])
    assert not rules.byline_echo("Azerbaijan", ["By AI"])


def test_dateline_rule():
    assert rules.dateline_end("MOSCOW – Russia has escalated") == len("MOSCOW –")
    assert rules.dateline_end("KYIV, Ukraine (AP) — Power was restored") == len("KYIV, Ukraine (AP) —")
    assert rules.dateline_end("BREAKING – Russia has escalated") is None
    assert rules.dateline_end("Moscow – Russia has escalated") is None


def test_paragraph_break_rule():
    def split(text):
        breaks = [0, *rules.paragraph_breaks(text), len(text)]
        return [text[start:end].strip() for start, end in zip(breaks, breaks[1:])]

    glued = "in his article for minval.az media outlet.Terror as a tool of Russian “diplomacy”At the end of July"
    assert split(glued) == [
        "in his article for minval.az media outlet.", "Terror as a tool of Russian “diplomacy”", "At the end of July"]
    assert split("keeping tensions high. Hybrid escalation and diplomatic pushbackOn July 10, the") == [
        "keeping tensions high.", "Hybrid escalation and diplomatic pushback", "On July 10, the"]
    for unbroken in ("According to Caliber.Az, a Baku-based news outlet", "Apple's iPhone, YouTube and McDonald said",
                     "In July,Azerbaijan’s company", "see example.com/fooBar now", "by the U.S. President"):
        assert rules.paragraph_breaks(unbroken) == [], unbroken


def test_pasted_tweet():
    raw = (
        "Michael Novakhov\n"
        "@mikenov\n"
        "Azerbaijan threatens to arm Ukraine if Russia keeps hitting SOCAR assets in Odesa. https://t.co/xyz\n"
        "12:30 PM · Sep 5, 2025\n"
        "1.2K Views\n"
        "Show this thread\n"
    )
    document = clean_document(raw)
    assert document.text == "Azerbaijan threatens to arm Ukraine if Russia keeps hitting SOCAR assets in Odesa."
    assert noise_reasons(document, "Michael Novakhov") == ["social_signature"]
    assert noise_reasons(document, "@mikenov") == ["social_signature"]
    assert document.metadata.title is None
    assert document.metadata.published_at is not None and document.metadata.published_at.day == 5
    assert_accounted(raw, document)


def test_markdown_page_and_agency_credit():
    raw = (
        "# Azerbaijan warns Moscow\n\n"
        "*By Jane Doe* | 5 September 2025\n\n"
        "> Azerbaijan will defend its interests, the foreign ministry said in a statement on Friday.\n\n"
        "- Russia struck a SOCAR depot in Odesa on August 8.\n"
        "- Four employees were injured in the strike.\n\n"
        "Reporting by Nailia Bagirova; Editing by Mark Heinrich\n"
    )
    document = clean_document(raw)
    assert document.metadata.title == "Azerbaijan warns Moscow"
    assert document.metadata.author == "Jane Doe"
    assert noise_reasons(document, "Reporting by Nailia Bagirova") == ["byline"]
    assert document.text.split("\n\n") == [
        "Azerbaijan will defend its interests, the foreign ministry said in a statement on Friday.",
        "Russia struck a SOCAR depot in Odesa on August 8.",
        "Four employees were injured in the strike.",
    ]
    assert_accounted(raw, document)


def test_seed_002_headings_are_kept(cleaned):
    paragraphs = cleaned["002"][1].text.split("\n\n")
    for heading in ("Azerbaijan’s strategic position", "Escalating tensions with Russia (2024–2025)",
                    "Azerbaijan’s support for Ukraine", "Azerbaijan’s economic benefits"):
        assert paragraphs.count(heading) == 1


# Unicode repair before the rules ------------------------------------------------------------------------------------

def test_repair_maps_every_span_back_to_the_raw_text():
    raw = "this week â€œmyselfâ€\x9d is changed\r\na &amp; b Ã  la carte\n\ufeffplain"
    repaired = repair_text(raw)
    assert repaired.text == "this week “myself” is changed\r\na & b à la carte\nplain"
    pieces = {match[0]: raw[slice(*repaired.raw_span(*match.span()))] for match in re.finditer(r"\S+", repaired.text)}
    assert pieces["“myself”"] == "â€œmyselfâ€\x9d"
    assert pieces["&"] == "&amp;"
    assert pieces["à"] == "Ã "
    assert pieces["changed"] == "changed" and pieces["plain"] == "plain"
    assert repair_text("nothing to repair").differences == ()


def test_repair_is_linear_on_a_huge_line():
    raw = "Azerbaijanâ€™s government said so. " * 100_000
    started = time.perf_counter()
    repaired = repair_text(raw)
    assert time.perf_counter() - started < 20
    assert repaired.text == "Azerbaijan’s government said so. " * 100_000


def test_rules_read_the_repaired_text_and_offsets_stay_raw():
    raw = ("MOSCOW â€“ Russia has escalated its actions against Azerbaijan, striking energy facilities in "
           "Ukraine, officials said on Monday.\n"
           "Exports grew by 8.6%.â€” Michael Novakhov (@mikenov) Sep 5, 2025\n")
    document = clean_document(raw)
    assert noise_reasons(document, "MOSCOW â€“") == ["dateline"]
    assert noise_reasons(document, "â€” Michael Novakhov (@mikenov) Sep 5, 2025") == ["social_signature"]
    for span in document.noise:
        assert raw[span.start_char:span.end_char] == span.text
    assert document.text.startswith("Russia has escalated") and document.text.endswith("Exports grew by 8.6%.")


# Whole web pages: the line classifier ------------------------------------------------------------------------------



@pytest.fixture(scope="module")
def web_page() -> CleanedDocument:
    return clean_document(WEB_PAGE)


def test_web_page_keeps_the_article(web_page):
    assert_accounted(WEB_PAGE, web_page)
    assert web_page.text.split("\n\n") == WEB_PAGE_ARTICLE


def test_web_page_furniture_goes_with_a_reason(web_page):
    for line in ("World", "Energy", "Video", "Grain prices climb as Black Sea risks mount", "Markets slide",
                 "Good to hear the crews are safe", "Reply", "Port of Odesa reopens after drone strike | Black Sea"):
        assert_removed(web_page, line, {"boilerplate"})
    assert_removed(web_page, "© 2025 Black Sea Daily", {"boilerplate"})


def test_web_page_metadata(web_page):
    meta = web_page.metadata
    assert meta.title == "Port of Odesa reopens after drone strike"  # the headline, not the page's <title> line
    assert meta.author == "Olena Petrenko"
    assert meta.published_at is not None and meta.published_at.date().isoformat() == "2025-09-06"


def test_classifier_judges_whole_pages_only():
    pasted = rule_lines(read_seed("004"))
    assert not is_whole_page(pasted)
    assert is_whole_page(rule_lines(WEB_PAGE))


def test_classifier_features_and_model():
    lines = rule_lines(WEB_PAGE)
    names, features = line_features(lines)
    assert features.shape == (len(lines), len(names)) and len(set(names)) == len(names)
    probabilities = load_classifier().article_probabilities(lines)
    assert probabilities.shape == (len(lines),) and ((0 <= probabilities) & (probabilities <= 1)).all()
    assert probabilities[[line.kept is None for line in lines]].max() == 0
    assert load_classifier().article_probabilities([]).shape == (0,)


def test_page_helpers():
    assert best_run(np.array([-1.0, 2, -0.5, 3, -9, 4])) == (1, 4)
    assert shifted(np.array([1.0, 2, 3]), 1).tolist() == [2, 3, 0]
    assert shifted(np.array([1.0, 2, 3]), -1).tolist() == [0, 1, 2]
    assert window_sums(np.array([1.0, 2, 3, 4]), 1).tolist() == [2, 4, 6, 3]
    assert line_shape("by oldsoftee July 24, 2012 6:16 PM EDT") == line_shape("by rtyurty July 2, 2012 3:24 PM EDT")
    page = [PageLine(text, text, frozenset()) for text in
            ("Storm hits coast | Daily News", "Home", "Storm hits coast", "The storm hit the coast overnight.")]
    assert headline_repeat(page) == 2


def test_headline_repeat_is_the_headline_not_the_site_name():
    page = [PageLine(text, text, frozenset()) for text in
            ("Storm hits coast | Daily News", "Daily News", "Home", "Weather", "Storm hits coast",
             "The storm hit the coast overnight.", "Daily News")]
    assert headline_repeat(page) == 4


def test_comment_signatures():
    for line in ("by TaxJoke July 25, 2012 10:55 AM EDT", "Maria K. September 6, 2025 at 2:14 pm", "Jane says:",
                 "Reply to this comment", "Log in to Reply"):
        assert is_comment_signature(line), line
    for line in ("The drone struck at 10:30 on Saturday, the governor said.", "September 6, 2025", "Markets slide"):
        assert not is_comment_signature(line), line
    assert COMMENT_MARKER.search("tRiSh said...") and not COMMENT_MARKER.search("He said the war was over.")


def test_comment_thread_features():
    """A made-up page: the article under its date line, then a thread of signed comments."""
    texts = ("Port of Odesa reopens", "September 6, 2025 9:10 AM",
             "The port of Odesa reopened on Saturday, a day after a drone strike.",
             "Crews worked through the night to put out the fire.",
             "3 comments",
             "by Maria July 25, 2012 10:55 AM EDT", "Good to hear the crews are safe, well done to all of them.",
             "Reply",
             "by Taras July 25, 2012 11:02 AM EDT", "The insurers will raise the premiums again, you will see.",
             "Reply")
    columns = dict(signature_columns([PageLine(text, text, frozenset()) for text in texts]))
    article, comment = [2, 3], [6, 9]
    # The article's own date line is the first time of day on the page, not a thread above it.
    assert columns["signatures_above_log"][article].tolist() == [0, 0]
    assert (columns["signatures_above_log"][comment] > 0).all()
    assert columns["between_signatures"][comment].tolist() == [1, 1]
    assert (columns["signatures_below_log"][article] > columns["signatures_below_log"][comment]).all()
