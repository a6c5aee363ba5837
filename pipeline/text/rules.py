"""Named noise rules for copy-pasted news pages, reposts and tweet threads.

Three kinds, applied by clean.py in this order:

* SpanRule: finds noise inside a line (a tweet signature glued to a sentence, a list bullet, a URL);
* LineRule: decides that a whole line is noise (a share button, a byline, a feed link);
* layout rules: plain functions that look at neighbouring lines (the header above the article, a link list,
  a repeated block, a photo caption) because one line alone does not tell.

Every rule is small and testable on a bare string. Patterns are written for pages in general, never for one
site: each names a kind of page furniture found on many of them.
"""

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pipeline.text.language import line_language
from pipeline.text.metadata import BARE_HOST, HOST, match_dateline, parse_byline, parse_datetime, parse_source_credit

Span = tuple[int, int]

# Page furniture is short; a longer line is article text (or a huge unbroken paste), so whole-line patterns
# skip it. This also keeps every pattern's cost bounded on a multi-megabyte line.
MAX_FURNITURE_CHARS = 600


@dataclass(frozen=True)
class SpanRule:
    """Finds noise spans (start, end) inside the text of one line."""

    name: str
    reason: str
    find: Callable[[str], Iterator[Span]]


@dataclass(frozen=True)
class LineRule:
    """Says whether the whole text of one line is noise."""

    name: str
    reason: str
    matches: Callable[[str], bool]


def _finder(pattern: re.Pattern[str]) -> Callable[[str], Iterator[Span]]:
    def find(text: str) -> Iterator[Span]:
        for match in pattern.finditer(text):
            yield match.span()

    return find


def _whole_line(pattern: str, flags: int = re.IGNORECASE) -> Callable[[str], bool]:
    """True for a short line the pattern matches in full, trailing separators and arrows allowed."""
    compiled = re.compile(rf"(?:{pattern})[\s:.!»›→>…|-]*", flags)
    return lambda text: len(text) <= MAX_FURNITURE_CHARS and compiled.fullmatch(text) is not None


# URLs -------------------------------------------------------------------------------------------------------------

# Trailing "…" stays with the URL: feeds and tweets print shortened links as "rss.app/feeds/_26YA…".
_URL_BODY = r"[^\s<>\"“”]*"
URL = re.compile(
    rf"https?://{_URL_BODY}"
    rf"|(?<![\w@.-])www\.{_URL_BODY}"
    rf"|(?<![\w@./-]){HOST}/{_URL_BODY}",  # a host with a path ("bit.ly/3xY", "t.co/abc"); a bare host in a
)  # sentence ("minval.az media outlet") is the outlet's name, not a link
_URL_TRAILING_PUNCTUATION = ".,;:!?)]}'’"
_LINK = rf"(?:https?://|www\.)?{HOST}(?:/{_URL_BODY})?…?"


def find_urls(text: str) -> Iterator[Span]:
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TRAILING_PUNCTUATION:
            end -= 1
        yield start, end


# Span rules: structure and social markers, applied first ------------------------------------------------------

# An embedded tweet's signature: "— Michael Novakhov (@mikenov) Sep 5, 2025", often glued to the tweet's last
# sentence when a page is copied.
TWEET_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s{0,3}[^\W\d_][^\n—–()@]{0,59}?\s{0,3}\(@\w{1,15}\)\s{0,3}"
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4})"
)
RETWEET_MARKER = re.compile(r"^RT @\w{1,15}:?")
LIST_BULLET = re.compile(r"^[•●▪◦‣∙·*–-](?=\s)")
# A whole line in **bold** or under a "#" is a heading; the marks go, the heading stays.
MARKDOWN_HEADING = re.compile(r"^(?:#{1,6}(?=\s)|(\*\*|__)(?=\S).*\S\1$)")
BLOCKQUOTE_MARK = re.compile(r"^>(?=\s)")


def find_markdown_heading_marks(text: str) -> Iterator[Span]:
    match = MARKDOWN_HEADING.match(text)
    if not match:
        return
    if match[1]:  # **Heading** or __Heading__
        yield 0, 2
        yield len(text) - 2, len(text)
    else:
        yield match.span()


def find_tweet_signatures(text: str) -> Iterator[Span]:
    if "(@" in text:  # the cheap test spares the pattern a scan of every dash in long text
        yield from _finder(TWEET_SIGNATURE)(text)


STRUCTURE_RULES = (
    SpanRule("tweet_signature", "social_signature", find_tweet_signatures),
    SpanRule("retweet_marker", "social_signature", _finder(RETWEET_MARKER)),
    SpanRule("list_bullet", "markup", _finder(LIST_BULLET)),
    SpanRule("blockquote_mark", "markup", _finder(BLOCKQUOTE_MARK)),
    SpanRule("markdown_heading", "markup", find_markdown_heading_marks),
)


# Line rules --------------------------------------------------------------------------------------------------------

def is_symbol_only(text: str) -> bool:
    """No letter or digit: dividers, lone dashes, emoji rows, zero-width characters."""
    return not any(char.isalnum() for char in text)


HASHTAG = r"#\w*[^\W\d]\w*"
is_hashtag_line = _whole_line(rf"(?:{HASHTAG}[\s,·|]*)+")


def is_date_line(text: str) -> bool:
    return len(text) <= 100 and parse_datetime(text) is not None


def is_byline(text: str) -> bool:
    return len(text) <= 200 and parse_byline(text) is not None


def is_source_credit(text: str) -> bool:
    return len(text) <= 200 and parse_source_credit(text) is not None


is_photo_credit = _whole_line(
    r"\(?(?:photo|photograph|image|picture|pic|video|illustration|graphic|footage|file photo)s?(?: credits?)?"
    r"\s*(?::|/|\||©|by\b|–|—|-)\s*.{1,80}?\)?"
    r"|(?-i:[A-Z]{2,}(?: Photo)?/[A-Z][\w .'’-]{1,40})"  # REUTERS/Gleb Garanich, AP Photo/Efrem Lukatsky
    r"|photo\s*©\s*[\w .'’&/-]{1,60}"
    r"|(?:getty images|shutterstock|afp|reuters|ap|epa)(?: via [\w .'’-]{1,40})?"
)
_NETWORK = r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|viber|threads|bluesky"
is_share_prompt = _whole_line(
    r"share(?: (?:this|the))?(?: (?:article|story|post|page|video|link))?(?: (?:on|via|to) (?:\w+))?"
    r"|tweet(?: this)?|e-?mail(?: this)?(?: article)?|print(?: this)?(?: article| page)?|copy(?: the)? link"
    rf"|(?:(?:{_NETWORK}|e-?mail|print|copy link|share)[\s,|·•/]*){{1,10}}"
)
is_related_heading = _whole_line(
    r"you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|related(?: (?:articles?|stories|news|posts?|content|coverage|reading|topics|links))?"
    r"|read (?:also|more|next)|see also|also read|more (?:news|stories|articles)"
    r"|more (?:on|from|about|in) (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"  # "More from Reuters"
    r"|recommended(?: for you| reading| stories| articles)?"
    r"|(?:latest|top|trending|popular|breaking|featured|editor'?s picks)"
    r"(?: (?:news|stories|posts|articles|now|today|videos?))?"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:news|stories|articles))?"
    r"|what to read next|don'?t miss(?: this)?|in case you missed it|from our partners|around the web"
    r"|more like this|keep reading|up next|further reading|sponsored (?:links|stories)"
)
is_related_link = _whole_line(
    r"(?:related|read (?:also|more|next)|see also|also read|also on [\w .'’-]{1,30}|watch|listen|more)"
    r"\s*[:|–—-]\s*.{3,200}"
)
is_comment_prompt = _whole_line(
    r"(?:leave|post|add|write) (?:a|your) (?:comment|reply|response)(?: below)?"
    r"|comments?(?: \(\d+\))?|\d+ (?:comments?|replies|responses)"
    r"|(?:show|view|hide|load|see|read) (?:all )?(?:\d+ )?comments"
    r"|join the (?:conversation|discussion)|comments are closed|be the first to comment|no comments yet"
    r"|(?:you must be )?log(?:ged)? ?in to (?:post a )?comment"
)
is_subscription_prompt = _whole_line(
    r"(?:follow|like|find|join) us(?: on .{1,60})?"
    r"|(?:subscribe|sign up|register)(?: (?:to|for|now|today|here|free)\b.{0,100})?"
    r"|join our .{0,40}(?:channel|group|community|newsletter|mailing list).{0,60}"
    r"|(?:get|receive) (?:the|our) .{0,40}(?:newsletter|alerts|updates|app)\b.{0,60}"
    r"|download (?:our|the) .{0,30}\bapp\b.{0,60}"
    r"|(?:support|fund) (?:our|independent|quality) journalism.{0,100}"
    r"|become a (?:member|patron|subscriber|supporter).{0,80}|donate(?: now| today)?"
)
# A consent banner speaks of cookies in the plural or of a cookie policy, and addresses the reader or the site.
_COOKIE = re.compile(r"\bcookies\b|\bcookie (?:policy|settings|preferences|consent|notice)\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we|our|you|your|this (?:web)?site|accept|consent|agree|browsing|experience|settings|preferences)\b",
    re.IGNORECASE,
)


def is_cookie_notice(text: str) -> bool:
    return len(text) <= MAX_FURNITURE_CHARS and bool(_COOKIE.search(text) and _COOKIE_CONTEXT.search(text))


_FOOTER_LINK = (
    r"privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookie (?:policy|settings)"
    r"|contact(?: us)?|about(?: us)?|advertise(?: with us)?|imprint|impressum|careers|sitemap|accessibility"
)
is_legal_notice = _whole_line(
    r"(?:©|\(c\)|copyright\s+(?:©\s*)?\d{4}).{0,200}"
    r"|.{0,150}\ball rights reserved\b.{0,100}"
    rf"|(?:{_FOOTER_LINK})(?:\s*[|·•/]\s*(?:{_FOOTER_LINK}))*"
)
is_interface_label = _whole_line(
    r"advertisement|advertising|ad|sponsored(?: content| post)?|promoted|paid content"
    r"|skip to (?:main )?content|back to top|(?:main )?menu|search|log ?in|sign in|sign out|close"
    r"|loading|show more|see more|load more|continue reading|read (?:the )?full (?:article|story)"
    r"|listen(?: to (?:this )?(?:article|story))?|\d+ min(?:ute)?s? read"
    r"|ai mode|ai overview|generated by ai"
    r"|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:preferences|cookies|settings)|got it|i agree"
    r"|click here\b.{0,80}|(?:tags?|topics?|filed under|categories)\s*:.{0,200}"
    r"|home(?:\s*[»›>/|]\s*.{1,60}){0,6}"  # a breadcrumb trail starts at "Home"
)
is_social_interface = _whole_line(
    r"show (?:this )?thread|show (?:more )?replies|translate (?:post|tweet)|quote(?: tweet| post)?"
    r"|retweeted|reposted|view (?:on|original) (?:twitter|x|instagram|facebook|telegram|tiktok|youtube)"
    r"|view this post on instagram|watch on youtube|a post shared by .{1,80}"
    r"|(?:\d[\d.,]*[kmb]? (?:likes?|retweets?|reposts?|views|replies|comments|shares|quotes?|bookmarks?)[\s·•,]*)+"
)
# The author block of a pasted tweet: "@mikenov", "Michael Novakhov @mikenov", "Replying to @user".
is_tweet_author = _whole_line(
    r"(?i:replying to |follow )?(?:[^\W\d_][\w.'’ -]{0,40} )?\(?@\w{1,15}\)?(?:\s*(?:and|,)\s*@\w{1,15})*",
    flags=0,
)
# "All News – rss.app/feeds/…": a short label, then the link it names.
is_labelled_link = _whole_line(rf"(?:[^\s–—|:](?:[^–—|:\n]{{0,60}}?)?)\s*[–—:|-]\s*{_LINK}", flags=0)
is_bare_url = _whole_line(rf"(?:{_LINK}[\s,|·•]*)+", flags=0)


def is_site_name(text: str) -> bool:
    """A host name alone ('global.espreso.tv'): under a title it names the site the page comes from."""
    return BARE_HOST.fullmatch(text) is not None


def foreign_language_rule(document_language: str) -> LineRule:
    """A line in another language than the document (a Russian video title inside an English thread).

    Applied to English documents only, as the reason says: in a document in another language, English quotes
    and names are too common to be noise.
    """

    def matches(text: str) -> bool:
        if document_language != "en":
            return False
        language = line_language(text)
        return language is not None and language != "en"

    return LineRule("foreign_language", "non_english", matches)


def line_rules(document_language: str) -> tuple[LineRule, ...]:
    """Whole-line rules in the order they are tried; the first that matches names the reason."""
    return (
        LineRule("symbol_only", "blank", is_symbol_only),
        foreign_language_rule(document_language),
        LineRule("hashtag_line", "hashtag", is_hashtag_line),
        LineRule("source_credit", "publisher", is_source_credit),
        LineRule("byline", "byline", is_byline),
        LineRule("date_line", "dateline", is_date_line),
        LineRule("tweet_author", "social_signature", is_tweet_author),
        LineRule("photo_credit", "caption", is_photo_credit),
        LineRule("share_prompt", "boilerplate", is_share_prompt),
        LineRule("related_heading", "boilerplate", is_related_heading),
        LineRule("related_link", "link_list", is_related_link),
        LineRule("comment_prompt", "boilerplate", is_comment_prompt),
        LineRule("subscription_prompt", "boilerplate", is_subscription_prompt),
        LineRule("cookie_notice", "boilerplate", is_cookie_notice),
        LineRule("legal_notice", "boilerplate", is_legal_notice),
        LineRule("interface_label", "boilerplate", is_interface_label),
        LineRule("social_interface", "boilerplate", is_social_interface),
        LineRule("labelled_link", "link_list", is_labelled_link),
        LineRule("bare_url", "url", is_bare_url),
    )


# Span rules inside kept text, applied last -------------------------------------------------------------------------

PHOTO_CREDIT_ASIDE = re.compile(
    r"\((?:photo|image|video|file photo|pictured|picture|illustration)(?: credit)?\s*(?::|/|by\b)\s*[^()\n]{1,60}\)",
    re.IGNORECASE,
)
TRAILING_HASHTAGS = re.compile(rf"(?:{HASHTAG}[^\S\n]*)+$")
_TAIL_CHARS = 500  # hashtags trailing a tweet are short; looking further back would only cost time


def find_trailing_hashtags(text: str) -> Iterator[Span]:
    """Hashtags closing a line: two or more, any after the sentence ended ('... today. #Ukraine'), or all
    that is left of a line once a link was cut out of it.

    A single hashtag inside a sentence ('support for #Ukraine grows') is a word of the sentence and stays.
    """
    offset = max(0, len(text) - _TAIL_CHARS)
    match = TRAILING_HASHTAGS.search(text, offset)
    if not match:
        return
    before = text[: match.start()].rstrip()
    if not before or match[0].count("#") >= 2 or before.endswith((".", "!", "?", "…", "”", '"')):
        yield match.span()


INLINE_RULES = (
    SpanRule("inline_url", "url", find_urls),
    SpanRule("photo_credit_aside", "caption", _finder(PHOTO_CREDIT_ASIDE)),
    SpanRule("trailing_hashtags", "hashtag", find_trailing_hashtags),
)


# Layout rules: judged with the neighbouring lines ------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def word_count(text: str, cap: int = MAX_FURNITURE_CHARS * 4) -> int:
    """Words in text, counted in its first cap characters only: callers compare it with small numbers."""
    return len(text[:cap].split())


def ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text[-10:]) is not None


def is_paragraph(text: str) -> bool:
    """Article prose: a line of ten words or more that ends like a sentence."""
    return ends_sentence(text) and word_count(text) >= 10


# A headline of another story is a fragment of up to this many words: "Grain prices climb as Black Sea risks mount".
TEASER_WORDS = 15


def is_fragment(text: str, max_words: int = 8) -> bool:
    """A short label that is not a sentence: 'Playlist', 'The South Caucasus News Review', a heading."""
    return word_count(text) <= max_words and not ends_sentence(text)


MAX_HEADLINE_WORDS = 16  # longer lines without a full stop are decks and kickers, not titles


def is_headline(text: str) -> bool:
    """Could be the title: a short line that starts like a heading and does not end in a full stop."""
    starts_like_heading = text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'"
    ends_open = not text.endswith((".", ":", ",", ";"))
    return 2 <= word_count(text) <= MAX_HEADLINE_WORDS and starts_like_heading and ends_open


MAX_HEADER_LINES = 8


def header_end(lines: Sequence[str | None]) -> int:
    """How many leading lines form the page header (title, byline, date, site) above the article.

    lines: the kept text of each non-blank line, None for a line that is all noise. The header ends at the
    first line of prose; a document without prose in its first lines has no header, so a short post is never
    taken for a title.
    """
    for index, text in enumerate(lines[:MAX_HEADER_LINES + 1]):
        if text is not None and is_paragraph(text):
            return index
    return 0


def pick_title(candidates: Sequence[tuple[str, bool]]) -> int | None:
    """Index of the title among header lines given as (text, marked as heading): a line the page marked as a
    heading wins over a kicker or deck line above it; otherwise the first line that reads like a headline."""
    headlines = [index for index, (text, _) in enumerate(candidates) if is_headline(text)]
    marked = [index for index in headlines if candidates[index][1]]
    return (marked or headlines or [None])[0]


def byline_echo(text: str, neighbour_bylines: Sequence[str]) -> bool:
    """The author's name alone next to the byline ('AI' above 'By AI'): an avatar caption or author card."""
    authors = {parsed[0].casefold() for line in neighbour_bylines if (parsed := parse_byline(line))}
    return text.casefold() in authors


def dateline_end(paragraph: str) -> int | None:
    """End of the dateline opening a paragraph ('MOSCOW – Russia has...' -> after the dash), else None."""
    match = match_dateline(paragraph)
    return len(match[0].rstrip()) if match else None


# Captions: a photo caption is a short noun phrase closed by a full stop; article sentences have a verb.
_VERB_BASES = (
    "say tell ask add announce accuse attack agree allow appear arrive become begin believe bring build call "
    "carry cause claim come condemn confirm consider continue cut damage deliver deny describe destroy die "
    "expect face fall feel find fire follow get give go grow happen help hit hold hope include increase injure "
    "keep kill know launch lead leave lose make mean meet move need offer open order plan play provide put "
    "raise reach receive remain report require rise run see seek seem send serve set show sign speak stand "
    "start stay strike suggest supply take talk target think threaten try turn urge use visit vote want warn "
    "win work write look possess sit live"
).split()
_IRREGULAR_FORMS = (
    "is are was were be been being am has have had do does did done will would shall should can could may "
    "might must said told became began begun brought came fell felt found got gave given went gone grew held "
    "hit kept knew known led left lost made meant met paid put rose ran saw seen sought sent set showed shown "
    "spoke spoken stood struck took taken thought won wrote written built bought caught fought flew drove "
    "broke chose sat"
).split()


def _verb_forms() -> frozenset[str]:
    forms = set(_IRREGULAR_FORMS)
    for base in _VERB_BASES:
        if base.endswith("y") and base[-2] not in "aeiou":  # try -> tries, tried
            forms.update({base, base[:-1] + "ies", base[:-1] + "ied"})
        elif base.endswith("e"):  # raise -> raises, raised
            forms.update({base, base + "s", base + "d"})
        else:  # launch -> launches, launched; hit -> hits
            forms.update({base, base + "s", base + "es", base + "ed"})
    return frozenset(forms)


VERB_FORMS = _verb_forms()
_PRONOUNS = frozenset("he she it they we i you this that who which".split())


def has_verb(text: str) -> bool:
    """Whether a short text has a finite verb, by a small lexicon. Errs towards yes: a caption mistaken for a
    sentence stays in the text, while a sentence mistaken for a caption would be lost."""
    words = re.findall(r"[\w'’-]+", text)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in VERB_FORMS or "n't" in lower or "n’t" in lower or lower.endswith(("'s", "’s", "'re", "’re")):
            return True
        if len(lower) >= 5 and lower.endswith("ed"):
            return True
        previous = words[index - 1] if index else ""
        # "Zelensky meets Aliyev": an -s word after a name or pronoun is likely a verb.
        if index and lower.endswith("s") and (previous[:1].isupper() or previous.lower() in _PRONOUNS):
            return True
    return False


def is_verbless_caption(text: str) -> bool:
    """'Offshore oil and gas platforms in the Caspian Sea.': 2 to 14 words, a full stop, no verb."""
    return (
        2 <= word_count(text) <= 14
        and text[0].isupper()
        and text.endswith(".")
        and not text.endswith("..")
        and not has_verb(text)
    )


# Link lists: runs of short lines where links dominate ---------------------------------------------------------------

LINK_REASONS = frozenset({"url", "link_list", "hashtag"})


def link_list_members(kinds: Sequence[str]) -> set[int]:
    """Indices of 'fragment' lines that belong to a link list, given each non-blank line's kind:

    'link' (all noise, with a URL, feed or hashtag), 'noise' (all noise otherwise), 'fragment' (a short kept
    label) or 'text' (kept prose). A run of lines without prose that holds two links or more is a link list;
    labels inside it ('Feeds', 'Playlist') go with it. A label at the run's edge may be a heading of the
    article next to it, so it goes only when links clearly dominate the run.
    """
    members: set[int] = set()
    start = 0
    while start < len(kinds):
        if kinds[start] == "text":
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] != "text":
            end += 1
        run = range(start, end)
        links = sum(kinds[index] == "link" for index in run)
        fragments = [index for index in run if kinds[index] == "fragment"]
        if links >= 3 and links >= 2 * len(fragments):
            members.update(fragments)
        elif links >= 2:
            noise = [index for index in run if kinds[index] != "fragment"]
            members.update(index for index in fragments if noise[0] < index < noise[-1])
        start = end
    return members


# Repeated blocks -------------------------------------------------------------------------------------------------

MIN_REPEATED_RUN_LINES = 3
MIN_REPEATED_RUN_WORDS = 20
MIN_REPEATED_LINE_WORDS = 12


def line_key(text: str) -> str:
    """A line's identity for spotting repeats: case, width variants and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def repeated_lines(keys: Sequence[str], words: Sequence[int]) -> set[int]:
    """Indices of non-blank lines that repeat earlier ones as a block: a page pasted twice, a reposted tweet.

    A run of repeated lines counts when it is long (three lines and twenty words or more); alone, only a
    repeated line of prose counts. Short lines repeat on their own all the time ('–', 'Share') and are
    handled by the other rules.
    """
    seen: set[str] = set()
    repeated = []
    for key in keys:
        repeated.append(key in seen)
        seen.add(key)
    members: set[int] = set()
    index = 0
    while index < len(keys):
        if not repeated[index]:
            index += 1
            continue
        end = index
        while end < len(keys) and repeated[end]:
            end += 1
        run = range(index, end)
        if len(run) >= MIN_REPEATED_RUN_LINES and sum(words[line] for line in run) >= MIN_REPEATED_RUN_WORDS:
            members.update(run)
        else:
            members.update(line for line in run if words[line] >= MIN_REPEATED_LINE_WORDS)
        index = end
    return members


# Paragraph breaks lost in copying ------------------------------------------------------------------------------------

# "outlet.Terror as a tool", "“diplomacy”At the end", "pushbackOn July 10": paragraphs or headings whose line
# break was lost, so a sentence or heading ends and the next begins with a capital, without a space.
# After the capital comes a whole word and a space (or a longer word and a comma), so "Caliber.Az, a Baku-based
# outlet" is not cut.
GLUED_BOUNDARY = re.compile(r"(?<=[a-z0-9%)])(?P<close>[.!?]?[”\"’)]?)(?=[A-Z][a-z]+\s|[A-Z][a-z]{3,},)")


_SENTENCE_GAP = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")
MAX_HEADING_WORDS = 10


def paragraph_breaks(text: str) -> list[int]:
    """Offsets in text where a lost paragraph break belongs, in increasing order.

    With closing punctuation ("outlet.Terror") the word before must be at least three letters, which spares
    initials. Without it ("pushbackOn"), the word before must be wholly lowercase, which spares names like
    "McDonald", "YouTube", "iPhone"; and the heading that ends there ("... high. Hybrid escalation and
    diplomatic pushbackOn July 10") gets a break before it too. Links and handles are left alone.
    """
    breaks = []
    for match in GLUED_BOUNDARY.finditer(text):
        position = match.end()
        token = _word_before(text, match.start()).lstrip("“\"‘'(")
        if any(char in token for char in "/@#") or len(token) < 3:
            continue
        if match["close"]:
            breaks.append(position)
        elif token.isalpha() and token.islower():
            heading_start = _heading_start(text, position)
            if heading_start is not None and (not breaks or breaks[-1] < heading_start):
                breaks.append(heading_start)
            breaks.append(position)
    return breaks


def _word_before(text: str, end: int, limit: int = 40) -> str:
    start = end
    while start > end - limit and start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _heading_start(text: str, heading_end: int) -> int | None:
    """Start of a short heading that follows a finished sentence and ends at heading_end, if there is one."""
    window_start = max(0, heading_end - 120)
    gaps = list(_SENTENCE_GAP.finditer(text, window_start, heading_end))
    if not gaps:
        return None
    start = gaps[-1].end()
    return start if word_count(text[start:heading_end]) <= MAX_HEADING_WORDS else None
