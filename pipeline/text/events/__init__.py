"""PLOVER events in a parsed document, coded by rules over the dependency parse, one sentence at a time.

1. Trigger. A verb names the event ("attacked", "condemned", "discussed"); a carrier verb takes an event noun
   ("launched a drone attack", "held a phone call", "signed a deal"), a weapon ("launched five Shahed drones")
   or aid ("sent $2 million in humanitarian aid"); or an event noun is the subject of a verb of arrival
   ("a Russian missile strike landed"). A violation may also be told as the state of its victim ("was found
   dead", "went missing", "died in police custody", "has been in prison since 2009") or where it is taken ("was
   taken into custody"), or by a noun with a date of its own or that a dated report takes ("his death in November
   2020", "confirmed the arrest on Monday").
   The lexicons give the type; the words around the trigger the mode.
2. Realis. What did not happen is no event: a negated, modal or conditional clause, the content of an
   intention ("considering lifting", "refrained from supplying") or of another event ("threatened to lift",
   "condemned the attacks, saying they ... targeted"), a descriptive participle ("a jet targeted by"), a clause
   that only dates another one ("before the deal was signed"); but a violation told in the past in a clause
   another is placed after happened ("approached border agents after she was kidnapped"). A violation a
   participle describes, that dates another clause or that a charge or conviction tells as done is an event of its
   own when it has a date of its own ("the activists arrested on 10 December", "until he was arrested on May 4",
   "accused of abducting him in January 2002").
3. Arguments. The actor is the subject (the agent of a passive), the target the object or what an
   at/on/against, with or to phrase names. Names resolve through the gazetteer; a demonym or possessive names
   the country ("Russian forces" -> Russia); a capital acting stands for its state ("Baku supplied"). Actor and
   target each have a sector, from the same phrase, also when it gives no name ("Police arrested" -> police).
   The location is the most precise place under a locative preposition of the clause; else, for an event on
   the ground, where the document is set (DocumentPlaces: its dateline, else its most named place).
4. Date, figures and casualties come from the trigger's clause; a casualty sentence that follows an event and
   has none of its own ("Four SOCAR employees were seriously injured.") counts for that event. An event whose
   clause gives no date takes that of the verb of saying that reports it ("police said on Saturday they had
   arrested"), else the last date of its paragraph before it, else, if it happened, the week that ends on the
   publication day; date_source says which (schemas.vocabulary.DATE_SOURCES). None of these dates an event whose
   clause leaves its time open ("has already sent") or places it before another ("after she was kidnapped"):
   they only bound it, and it stays undated.
5. Lead. Once the document is coded, one event is marked its lead (is_lead): the one to take for one row per
   article: of the events that happened, a violation before another material event before a verbal one, and of
   those the one its own sentence dates most precisely (lead.py).

The modules, in the order of these steps:
- coding.py: the document loop; 1. triggers and 2. realis; at the end 5., lead.py.
- event.py: one event from its trigger, by the steps of 3. and 4.: roles.py (actor, target), sectors.py (their
  sectors), places.py (location; setting.py: the document's places and where it is set), mode.py, dating.py (date,
  date_source), casualties.py (figures, killed and injured).
- lexicon.py (the word lists), forms.py (the word forms they are built from), syntax.py (parse helpers).
- mention.py (EventMention, Trigger) and context.py (Candidate, DocumentContext): what the steps share.
"""

from pipeline.text.events.coding import extract_events
from pipeline.text.events.mention import EventMention
from pipeline.text.events.setting import DocumentPlaces, opening_dateline

__all__ = ["DocumentPlaces", "EventMention", "extract_events", "opening_dateline"]
