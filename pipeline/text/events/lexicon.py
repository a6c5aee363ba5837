"""Lexicons: the words the rules read. Which verbs and nouns name which PLOVER event and mode; the carrier verbs,
weapons, aid words, states of victims and custody words that make an event; the words that say a clause's event
did not (yet) happen (modals, intentions, conditionals, hedges) and the links along which a clause shares its
subject or its reality; and the word sets of arguments, places, dates and casualties. Kept apart from the rules
so that a new word is a change of data, not of code; each table is built from base words by forms.py."""

from datetime import timedelta

from pipeline.text.events.forms import noun_forms, verb_forms
from pipeline.text.events.mention import Trigger
from pipeline.text.numbers import NUMBER_WORDS


def _verbs(entries: dict[str, tuple[str, str | None]]) -> dict[str, Trigger]:
    return {form: Trigger(*meaning) for base, meaning in entries.items() for form in verb_forms(base)}


def _nouns(entries: dict[str, tuple[str, str | None]]) -> dict[str, Trigger]:
    return {form: Trigger(*meaning) for base, meaning in entries.items() for form in noun_forms(base)}


def _verb_set(*bases: str) -> frozenset[str]:
    return frozenset(form for base in bases for form in verb_forms(base))


def _noun_set(*bases: str) -> frozenset[str]:
    return frozenset(form for base in bases for form in noun_forms(base))


# Verbs that name an event by themselves.
EVENT_VERBS = _verbs({
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "hit": ("ASSAULT", None), "target": ("ASSAULT", None),
    "bomb": ("ASSAULT", "aerial"), "shell": ("ASSAULT", "heavy-weapons"), "shoot": ("ASSAULT", "firearms"),
    "raid": ("ASSAULT", None), "storm": ("ASSAULT", None), "ambush": ("ASSAULT", None), "pound": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "targeted"), "torture": ("ASSAULT", "torture"), "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"), "beat": ("ASSAULT", "beat"), "destroy": ("ASSAULT", "destroy"),
    "kill": ("ASSAULT", None), "injure": ("ASSAULT", None), "wound": ("ASSAULT", None), "damage": ("ASSAULT", None),
    "murder": ("ASSAULT", "targeted"), "execute": ("ASSAULT", "targeted"), "slay": ("ASSAULT", None),
    "massacre": ("ASSAULT", None), "behead": ("ASSAULT", "primitive"), "stab": ("ASSAULT", "primitive"),
    "lynch": ("ASSAULT", "beat"), "assault": ("ASSAULT", "beat"), "rape": ("ASSAULT", "sexual"),
    "gun": ("ASSAULT", "firearms"), "strangle": ("ASSAULT", None), "invade": ("ASSAULT", None),
    "meet": ("CONSULT", None), "discuss": ("CONSULT", None), "negotiate": ("CONSULT", None),
    "consult": ("CONSULT", None), "confer": ("CONSULT", None), "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"), "mediate": ("CONSULT", "third-party"), "phone": ("CONSULT", "phone"),
    "telephone": ("CONSULT", "phone"),
    "support": ("SUPPORT", None), "endorse": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "affirm": ("SUPPORT", None), "reaffirm": ("SUPPORT", None),
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None), "assure": ("AGREE", None),
    "reassure": ("AGREE", None), "vow": ("AGREE", None), "guarantee": ("AGREE", None), "offer": ("AGREE", None),
    "concede": ("CONCEDE", None), "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None),
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    "withdraw": ("RETREAT", None), "retreat": ("RETREAT", None), "release": ("RETREAT", None),
    "evacuate": ("RETREAT", None), "resign": ("RETREAT", None), "disarm": ("RETREAT", None),
    "request": ("REQUEST", None), "demand": ("REQUEST", None), "urge": ("REQUEST", None),
    "appeal": ("REQUEST", None), "plead": ("REQUEST", None),
    "accuse": ("ACCUSE", None), "condemn": ("ACCUSE", None), "blame": ("ACCUSE", None),
    "criticize": ("ACCUSE", None), "criticise": ("ACCUSE", None), "denounce": ("ACCUSE", None),
    "allege": ("ACCUSE", None), "suspect": ("ACCUSE", None), "sue": ("ACCUSE", None),
    "investigate": ("ACCUSE", None), "slam": ("ACCUSE", None), "decry": ("ACCUSE", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "deny": ("REJECT", None), "veto": ("REJECT", None),
    "rebuff": ("REJECT", None), "dismiss": ("REJECT", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "sanction": ("SANCTION", None), "expel": ("SANCTION", "expel"), "convict": ("SANCTION", "convict"),
    "sentence": ("SANCTION", "convict"),
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", None),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "deport": ("COERCE", "deport"), "ban": ("COERCE", "restrict"), "restrict": ("COERCE", "restrict"),
    "censor": ("COERCE", "censor"), "hack": ("COERCE", "cyber"), "capture": ("COERCE", "arrest"),
    "extradite": ("COERCE", "deport"), "harass": ("COERCE", None), "persecute": ("COERCE", None),
    "intimidate": ("THREATEN", None), "indict": ("ACCUSE", None), "prosecute": ("ACCUSE", None),
}) | {"hanged": Trigger("ASSAULT", "targeted")}  # an execution; not the other forms of "hang" ("hangs over", "hung")
# "killed himself", "hanged themselves": what one does to oneself is no violation.
REFLEXIVE_PRONOUNS = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
# Objects with which a verb names no event: a verb of force no violation ("seized power", "captured international
# attention", "captured the difficult situation", "executed five search warrants"), "meet" no meeting ("did not meet
# the requirements for a fair trial", "falling short of meeting its obligations").
_NOT_SEIZABLE = {"power", "control", "attention", "imagination", "headlines", "opportunity", "initiative", "momentum", "spotlight",
                 "situation", "mood", "moment", "essence", "spirit", "reality", "heart", "hearts", "interest", "sentiment"}
_NOT_EXECUTABLE = _noun_set("warrant", "order", "plan", "contract", "strategy", "project", "program", "programme", "transaction", "agreement",
                            "mission", "task", "duty", "mandate", "function", "decision", "judgment", "judgement")
_NOT_MET = _noun_set("requirement", "obligation", "standard", "criterion", "criteria", "need", "demand", "expectation", "target",
                     "deadline", "condition", "goal", "threshold", "cost", "commitment", "promise", "pledge")
# "pleaded guilty", "pleaded not guilty", "plead the Fifth", "pleaded anonymity": a plea in court or a wish to stay
# unnamed, no request ("pleaded for their release" is one).
_NOT_PLEADED = {"guilty", "innocent", "fifth", "anonymity", "ignorance"}
# "released a statement", "video of his death was released", "has released figures": what is published is no
# captive set free.
_NOT_RELEASED = _noun_set(
    "statement", "video", "footage", "still", "image", "photo", "picture", "report", "figure", "list", "name",
    "information", "data", "database", "document", "detail", "update", "version", "timeline", "letter", "number",
    "indictment", "record", "recording", "finding", "result", "album", "book", "film", "song", "audio", "transcript",
    "guideline", "budget", "software", "study", "survey", "memo", "communique", "content", "evidence", "text",
    "body", "remains", "corpse",  # "the bodies of the victims were released to their families"
)
# "Police have not released how he is connected to the case", "released that the victim was 34": what a release
# takes as a clause is information made public, not a captive.
PUBLISHING_VERBS = _verb_set("release")
PUBLISHED_CLAUSE_OPENERS = {"how", "what", "why", "when", "where", "who", "whom", "whether", "that", "if"}
# "she'd beat the cancer", "beat the odds", "beat the deadline": what is overcome is no victim.
_NOT_BEATEN = _noun_set("cancer", "illness", "disease", "virus", "odds", "record", "deadline", "heat", "traffic", "addiction")
NO_EVENT_OBJECTS = {
    **dict.fromkeys(_verb_set("seize", "capture"), _NOT_SEIZABLE),
    **dict.fromkeys(_verb_set("execute"), _NOT_EXECUTABLE),
    **dict.fromkeys(_verb_set("meet"), _NOT_MET),
    **dict.fromkeys(_verb_set("plead"), _NOT_PLEADED),
    **dict.fromkeys(_verb_set("release"), _NOT_RELEASED),
    **dict.fromkeys(_verb_set("beat"), _NOT_BEATEN),
}
# How a verb takes the words NO_EVENT_OBJECTS lists: as object, as complement ("pleaded guilty"), or as the
# subject of its passive ("Video of his death was released").
NO_EVENT_OBJECT_LINKS = {"dobj", "attr", "acomp", "oprd", "nsubjpass"}
# "were met with brute force", "has been met with strong reactions": a passive "met with" tells how something was
# received, not a meeting ("was met by the president" is one).
RECEIVING_VERBS = _verb_set("meet")
# "agree" is a commitment (PLOVER AGREE) with an infinitive, an object, "to" something or a clause of what will be:
# "agreed to call off the strike", "agreed a wage settlement", "agreed to the transfer", "agreed that it won't be
# used". Otherwise it is an opinion: "they agree with him", "agrees that the novels were not successful", "agree on
# the need for", "the jury did not agree".
ASSENTING_VERBS = _verb_set("agree")
COMMITMENT_LINKS = {"xcomp", "dobj", "nsubjpass"}
# A page's reader or writer who agrees in the present consents to the site, not to anything the news reports:
# "By submitting above, you agree to our privacy policy", "I agree to the Terms of Use".
PAGE_PERSONS = {"i", "you"}
# "offer" is a promise (PLOVER AGREE) of something to do ("offered to mediate") or of one of these; not of a job,
# proof, an explanation, a perspective or a service ("offering unemployed men a job", "offered no proof").
OFFERING_VERBS = _verb_set("offer")
COOPERATIVE_OFFERS = _noun_set(
    "talk", "negotiation", "dialogue", "concession", "resignation", "ceasefire", "truce", "autonomy", "immunity",
    "amnesty", "assurance", "guarantee", "compensation", "mediation", "deal", "protection", "asylum", "refuge",
    "pardon", "release", "freedom", "reassurance", "condolence", "apology", "cooperation", "settlement", "exchange",
    "permission", "access",
)
# "suspect" is an accusation when the authorities suspect, or someone is suspected of or in something: "Police
# suspect five people were involved", "is suspected of being involved in the fraud"; not "he began to suspect his
# phone was monitored", "individuals she suspected were Asayish members".
SUSPECTING_VERBS = _verb_set("suspect")
SUSPECTING_AUTHORITIES = _noun_set(
    "police", "policeman", "officer", "investigator", "detective", "prosecutor", "authority", "official", "court",
    "judge", "government", "ministry", "agency",
)
SUSPECTED_PREPOSITIONS = {"of", "in"}
# "destroyed by Cyclone Kenneth, which hit the country", "homes damaged by floods": what nature does is a disaster,
# no attack.
NATURAL_FORCES = _noun_set(
    "cyclone", "hurricane", "typhoon", "storm", "tornado", "earthquake", "quake", "tsunami", "flood", "flooding",
    "landslide", "mudslide", "drought", "wildfire", "avalanche", "eruption", "lightning", "rain", "downpour",
)
# Verbs that are events only with a doer that is not itself an event: "Russian strikes killed two", "he was
# killed by gunmen"; "two were killed" or "the strikes damaged" only tell more of an event already told.
DOER_REQUIRED = _verb_set("kill", "injure", "wound", "damage")

# Nouns that name an event when a carrier verb takes them, or when they are the subject of a verb of arrival.
EVENT_NOUNS = _nouns({
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "bombardment": ("ASSAULT", None), "shelling": ("ASSAULT", "heavy-weapons"), "raid": ("ASSAULT", None),
    "assault": ("ASSAULT", None), "barrage": ("ASSAULT", None), "offensive": ("ASSAULT", None),
    "fighting": ("ASSAULT", None), "clash": ("ASSAULT", None), "hostility": ("ASSAULT", None),
    "counteroffensive": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"), "ambush": ("ASSAULT", None),
    "assassination": ("ASSAULT", "targeted"),
    "abduction": ("ASSAULT", "abduct"), "kidnapping": ("ASSAULT", "abduct"), "killing": ("ASSAULT", None),
    "taking": ("ASSAULT", "abduct"),  # only as "hostage-taking", which the tokenizer splits: see HOSTAGE_WORDS
    "murder": ("ASSAULT", "targeted"), "execution": ("ASSAULT", "targeted"), "lynching": ("ASSAULT", "beat"),
    "torture": ("ASSAULT", "torture"), "beating": ("ASSAULT", "beat"), "shooting": ("ASSAULT", "firearms"),
    "stabbing": ("ASSAULT", "primitive"), "massacre": ("ASSAULT", None), "rape": ("ASSAULT", "sexual"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"), "imprisonment": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"), "crackdown": ("COERCE", None), "disappearance": ("ASSAULT", "abduct"),
    "death": ("ASSAULT", None),  # a death the text dates is news of a killing: "his death in custody on 5 May"
    "call": ("CONSULT", "phone"), "talk": ("CONSULT", None), "meeting": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "consultation": ("CONSULT", None), "conversation": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "summit": ("CONSULT", "multilateral"),
    "deal": ("COOPERATE", None), "contract": ("COOPERATE", None),
    "agreement": ("SUPPORT", None), "treaty": ("SUPPORT", None), "accord": ("SUPPORT", None),
    "declaration": ("SUPPORT", None), "memorandum": ("SUPPORT", None),
    "pledge": ("AGREE", None), "promise": ("AGREE", None),
    "ceasefire": ("CONCEDE", None), "truce": ("CONCEDE", None),
    "request": ("REQUEST", None), "appeal": ("REQUEST", None), "demand": ("REQUEST", None),
    "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None), "warning": ("THREATEN", None),
    "investigation": ("ACCUSE", None), "lawsuit": ("ACCUSE", None), "probe": ("ACCUSE", None),
    "action": ("ACCUSE", None),  # only as "legal action": see LEGAL_ACTION
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "boycott": ("PROTEST", "boycott"), "walkout": ("PROTEST", "strike"),
    "stoppage": ("PROTEST", "strike"),
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "ban": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"), "curfew": ("COERCE", "curfew"),
})
# A strike is an attack unless a modifier says workers or a hunger striker hold it (PLOVER PROTEST strike, hunger):
# "a hunger strike", "a 48-hour strike", "a general strike", "a teachers' strike".
STRIKE_NOUNS = _noun_set("strike")
WORKERS_STRIKE_WORDS = {
    "general", "labour", "labor", "industrial", "nationwide", "national", "union", "workers", "worker", "teachers",
    "doctors", "nurses", "hour", "day", "week", "indefinite", "sit", "wildcat",
}
# Verbs that take a walkout, never an attack, for object: "organised wildcat strikes", "how to organise a strike",
# "joined the strike", "called a strike", "staged a strike", "held a strike"; attacks are launched or carried out.
WALKOUT_VERBS = _verb_set("organise", "organize", "join", "call", "stage", "hold", "end", "suspend")
# Verbs of protest only as people do them, with nothing demonstrated or rallied: "thousands demonstrated in
# Minsk", not "the episode demonstrates that ...", "demonstrate their commitment", "as demonstrated in", "rally
# support".
OBJECTLESS_PROTEST_VERBS = _verb_set("demonstrate", "rally")
# "Bus drivers voted to strike on Monday": "strike" without an object, of workers, is a walkout (PROTEST strike);
# so is its bare form without object nor target, whoever strikes: "pharmacists may strike", "members voted by 90
# percent on a two-thirds turnout to strike", "Public servants are still not allowed to strike".
STRIKING_VERBS = _verb_set("strike")
STRIKERS = _noun_set(
    "worker", "driver", "teacher", "doctor", "nurse", "employee", "miner", "docker", "pilot", "lecturer", "union",
    "staff", "labourer", "laborer",
)
# "The miners went on strike": a strike one goes on is a walkout.
GOING_VERBS = _verb_set("go")
# "Both firms have a revenue-sharing agreement with the army", "he has a contract with the ministry": what one has
# in the present is a standing arrangement, not something that happened ("had a meeting", "have held talks" are).
POSSESSING_VERBS = _verb_set("have")
# Verbs whose meaning is the event noun, weapon or aid they take.
CARRIER_VERBS = _verb_set(
    "launch", "carry", "conduct", "stage", "mount", "unleash", "hold", "have", "host", "sign", "conclude", "reach",
    "strike", "seal", "ink", "impose", "introduce", "declare", "announce", "issue", "make", "file", "open",
    "begin", "start", "fire", "use", "take", "bring", "intensify", "escalate", "organize", "organise",
)
# "action" is an event noun only when it is legal: "take legal action", "court action".
LEGAL_ACTION = {"legal", "court", "judicial"}
# "taking" is an event noun only when hostages are taken: "the 2008 hostage-taking of Lindhout".
HOSTAGE_WORDS = {"hostage", "hostages"}
# Verbs that fire a weapon at whatever: "launched five Shahed drones".
FIRING_VERBS = _verb_set("launch", "fire", "use")
# "was charged with murder": a charge laid, told in the passive ("charged at the crowd" is none).
CHARGE_VERBS = _verb_set("charge")
# "called on Baku to", "called for talks".
CALL_FORMS = _verb_set("call")
# Verbs of arrival whose subject is the event: "a missile strike landed near the embassy", "fighting resumed".
# Also their relative clause: "Khashoggi's murder, which happened in Istanbul in October 2018".
ARRIVAL_VERBS = _verb_set("land", "occur", "happen", "take", "rock", "resume", "erupt", "emerge", "break")
# Objects that make an idiom with their verb and name no participant: "the raid took place on Friday", "took
# part in the march".
IDIOM_OBJECTS = dict.fromkeys(_verb_set("take"), {"place", "part"})
# Nouns that count or group what their "of" phrase names: "a large number of students", "thousands of
# protesters", "a group of activists". The phrase is about what they count.
QUANTITY_NOUNS = _noun_set("number", "thousand", "hundred", "dozen", "score", "group", "set", "handful", "couple", "crowd")
# Verbs that deliver material aid when what they deliver is aid, arms or money.
AID_VERBS = _verb_set("send", "provide", "deliver", "supply", "give", "donate", "allocate", "transfer", "ship", "offer", "grant")
AID_NOUNS = _noun_set(
    "aid", "assistance", "equipment", "weapon", "arm", "ammunition", "package", "tranche", "funding", "fund",
    "loan", "grant", "money", "fuel", "food", "medicine", "generator", "vehicle", "shipment", "support", "million",
    "billion", "donation",
)
# Words that call what is delivered aid, which is given to someone even where the text leaves who to its context.
AID_ITSELF = _noun_set("aid", "assistance", "donation")
# What an aid delivery is, by the first of these words in what is delivered.
AID_MODES = {
    **dict.fromkeys(_noun_set("humanitarian", "food", "medicine", "medical", "relief", "shelter", "generator"), "humanitarian"),
    **dict.fromkeys(_noun_set("military", "weapon", "arm", "ammunition", "missile", "tank", "artillery", "lethal"), "military"),
    **dict.fromkeys(_noun_set("financial", "loan", "budget", "economic", "grant", "funding", "million", "billion"), "economic"),
}
# Weapons and what they make an attack (PLOVER ASSAULT modes).
WEAPON_MODES = {
    **dict.fromkeys(_noun_set("drone", "uav", "shahed", "geran", "kamikaze"), "drone"),
    **dict.fromkeys(_noun_set("missile", "rocket", "artillery", "shell", "mortar", "howitzer", "mlrs", "ballistic", "cruise", "tank"), "heavy-weapons"),
    **dict.fromkeys(_noun_set("airstrike", "air", "aircraft", "warplane", "jet", "helicopter", "bomber", "glide"), "aerial"),
    **dict.fromkeys(_noun_set("gun", "gunfire", "rifle", "sniper", "gunman", "gunmen"), "firearms"),
    **dict.fromkeys(_noun_set("explosive", "ied", "grenade", "landmine", "bomb"), "explosives"),
    **dict.fromkeys(_noun_set("knife", "machete", "stabbing"), "primitive"),
    **dict.fromkeys(_noun_set("teargas", "tear", "pellet", "baton", "truncheon", "cannon"), "crowd-control"),
    **dict.fromkeys(("chemical", "nerve", "biological", "radiological"), "unconventional"),
}
# "held two directors captive", "was held hostage", "held against his will": an abduction.
HOLDING_VERBS = _verb_set("hold", "keep")
# "was taken into custody", "took him into detention": an arrest told by where it takes its victim.
TAKING_VERBS = _verb_set("take")
# Verbs that seize people as "take" does (see coding._seizure): "was whisked away by gunmen", "were snatched by
# armed men", "was picked up by the police", "security forces rounded up dozens"; "pick" and "round" only with
# their particle "up" (not "picked a candidate"), "snatch" whatever it says of where (not "snatched a phone",
# which takes no person).
SNATCHING_VERBS = _verb_set("snatch")
ROUNDING_VERBS = _verb_set("pick", "round")
SEIZING_VERBS = TAKING_VERBS | _verb_set("whisk") | SNATCHING_VERBS | ROUNDING_VERBS
# "has been held in Evin prison since 2016", "is being held without bond", "Israel held 4,207 Palestinians in
# custody": people held are detained (HOLDING_VERBS); not "held accountable", "held liable", "held to account",
# "held in contempt", "held in high regard", "held in limbo", "held up as an example", "held back". Held by armed
# men who are no authority, they are hostages (ASSAULT abduct): "are still held by unknown gunmen".
NOT_HELD = {"accountable", "liable", "responsible", "account", "contempt", "regard", "esteem", "check", "abeyance", "limbo", "up", "back"}
CAPTIVITY_WORDS = {"captive", "hostage", "hostages", "will", "incommunicado"}
# "was subjected to torture", "have been subjected to illegal arrests", "subjected him to beatings": the event
# noun under "to" is what was done to the verb's object, by its agent. Besides the event nouns, what the phrase says
# of abuse ("subjected to sexual abuse", "to violence", "to ill-treatment", "to harassment").
SUBJECTING_VERBS = _verb_set("subject")
SUBJECTED_NOUNS = {
    **_nouns({"abuse": ("ASSAULT", None), "violence": ("ASSAULT", None), "mistreatment": ("ASSAULT", None),
              "maltreatment": ("ASSAULT", None), "ill-treatment": ("ASSAULT", None), "harassment": ("COERCE", None),
              "intimidation": ("THREATEN", None)}),
}
# "ill-treatment", which the tokenizer may split ("ill", "-", "treatment"), "cruel treatment", "degrading treatment":
# treatment is abuse only with one of these words.
TREATMENT_NOUNS = _noun_set("treatment")
ILL_WORDS = {"ill", "cruel", "degrading", "inhuman", "inhumane"}
# The modes that a modifier of what someone was subjected to gives: "sexual abuse", "sexual violence".
SEXUAL_WORDS = {"sexual", "sexually"}
# "his friend disappeared in 2014", "activists who disappeared in 2019": a person who disappears, in the reports
# this is built for, is the report of an enforced disappearance (PLOVER ASSAULT abduct, as "went missing"), told of
# its victim; "were forcibly disappeared" tells it in the passive, with its doer. Not "the evidence disappeared",
# "abuses have not disappeared": the subject must be a person.
DISAPPEARING_VERBS = _verb_set("disappear")
# "opened fire on the crowd", "soldiers opened fire, killing three": an attack with firearms.
OPENING_VERBS = _verb_set("open")
FIRE_NOUNS = {"fire"}
# "fired into the crowd", "fired at protesters", "fired five shots at him": "fire" shooting at someone or
# something, or shooting rounds; not "workers were fired", "fired the manager" (dismissed).
SHOOTING_VERBS = _verb_set("fire")
SHOOTING_PREPOSITIONS = {"at", "into", "on", "upon"}
FIRED_ROUNDS = _noun_set("shot", "bullet", "volley", "salvo")
# Verbs that report a violation by the state they leave someone in, the state word being their complement: "was
# found dead", "went missing", "was reported missing". A body found is a killing, a person missing an abduction.
STATE_VERBS = _verb_set("find", "go", "report", "declare")
VIOLATION_STATES = {"dead": Trigger("ASSAULT"), "missing": Trigger("ASSAULT", "abduct")}
# "his body was found beside the river on November 18", "the remains of the victims were exhumed in 2000": a body
# found is a killing, as "found dead" is, told of its victim. Only in the passive: the finder is no doer, and in the
# active ("police found his body") the subject would be read as the victim's.
FINDING_VERBS = _verb_set("find", "discover", "recover", "retrieve", "exhume")
BODY_NOUNS = _noun_set("body", "corpse", "remains")
# How the parser attaches the state word: "found dead" (oprd), "went missing" (acomp, xcomp, or advcl).
STATE_COMPLEMENTS = {"oprd", "acomp", "xcomp", "advcl"}
# "was never seen again", "never to be seen again": a disappearance, whose negation is part of its meaning.
SEEING_VERBS = _verb_set("see")
# "died in police custody", "died in detention": a death in custody is a violation, a death alone is not.
DEATH_VERBS = _verb_set("die")
# "260 workers lost their lives in the fire on 11 September 2012": lives lost on a day of their own are a killing,
# as "were killed on" is (see DOER_REQUIRED).
LOSING_VERBS = _verb_set("lose")
LIFE_NOUNS = {"life", "lives"}
# "crushed the protests", "quelled the riots", "put down an uprising": force used on a protest; "put" only with
# its particle "down".
SUPPRESSING_VERBS = _verb_set("crush", "quell", "quash", "suppress")
PUTTING_VERBS = _verb_set("put")
SUPPRESSED_NOUNS = _noun_set(
    "uprising", "protest", "demonstration", "revolt", "rebellion", "riot", "rally", "unrest", "insurrection", "march",
)
CUSTODY_NOUNS = _noun_set("custody", "detention", "prison", "jail", "cell")
# "was taken to a police station", "were taken to a detention centre", "taken to an interrogation centre", "taken
# to a military encampment": an arrest told by the place of custody it takes its victim to, a word of its noun
# phrase; not "taken to hospital", "taken to court", "taken to a refugee camp".
DETENTION_PLACES = CUSTODY_NOUNS | _noun_set("police", "interrogation", "barrack", "encampment", "precinct", "lockup", "dungeon", "gaol")
# Verbs of custody, "missing", and the "been" of "has been in prison", whose "since" gives the day it began: "has
# been detained since February 15", "has been missing since March 13", "has been behind bars since 1999".
CUSTODY_VERBS = _verb_set("detain", "hold", "jail", "imprison", "keep") | {"missing", "been"}
# Of those, the acts that put someone in custody: told in the active voice, their "since" counts the acts of a
# period ("Security forces have detained more than 2,900 people since the Feb. 1 coup"), it dates none of them.
CUSTODY_ACTS = _verb_set("detain", "jail", "imprison")
# "lift the ban", "ease sanctions": giving up a restriction is a RETREAT.
RESTRICTION_NOUNS = _noun_set("ban", "embargo", "sanction", "restriction", "blockade", "siege")
RELIEF_VERBS = _verb_set("lift", "ease", "end")

# Nouns that name an event by themselves when they have a date of their own or a dated report takes them:
# "Saturday's abduction", "the arrest of the actor on Monday", "his death in November 2020", "confirmed the
# arrest yesterday". Not "strike" (a walkout, too) nor "call".
NOMINAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "SANCTION"}
NOT_NOMINAL = _noun_set("strike", "call", "ban", "sanction", "visit")
# Modifiers that say a named event did not (yet) happen: "a foiled abduction", "the planned arrest".
NOMINAL_AUX_MODES = {
    **dict.fromkeys(("averted", "prevented", "no"), "negation"),  # a foiled or aborted abduction was attempted: it happened
    **dict.fromkeys(("planned", "intended", "proposed", "upcoming", "future"), "future"),
    **dict.fromkeys(("possible", "potential", "threatened", "feared", "hypothetical"), "hypothetical"),
}

# Realis: what did not (yet) happen keeps an event with PLOVER's auxiliary mode; what is no event is dropped.
MODALS = {
    **dict.fromkeys(("will", "shall", "'ll", "wo"), "future"),
    **dict.fromkeys(("could", "may", "might", "would", "should", "can", "must", "'d", "ca"), "hypothetical"),
}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# A clause under these tells an event beside the one above, not its content: "While GSEE collaborates closely with
# the government, the unions had called for the strike", "arrested him because he protested".
SIDE_CLAUSE_MARKS = {"while", "whereas", "although", "though", "because", "as", "when", "whilst"}
# Verbs that tell when an event began or went on, the event being their complement: "began shooting", "started to
# beat" (see dating._phase_verb).
PHASE_VERBS = _verb_set("begin", "start", "continue", "resume", "keep")
# A clause under these in the present tells what happens each time, not once (see coding._generic).
WHENEVER_MARKS = {"when", "whenever"}
# The marks of a clause that tells what was being done when another clause's event happened: "while visiting".
SIMULTANEOUS_MARKS = {"while", "whilst"}
# A clause under these only dates another one: "just before the deal was signed".
REFERENCE_MARKS = {"before", "after", "since", "until", "till", "once"}
# Of those, the marks of a clause whose event happened before the one it dates: "after she was kidnapped"; as
# prepositions, they place a gerund's event so: "after being detained".
PAST_REFERENCE_MARKS = {"after", "since", "once"}
# The words that place a clause a stated time after (+1) or before (-1) another, as a mark or a preposition:
# "124 days after they were arrested", "two days before the vote on May 3" (see dating._date_across_gap).
GAP_DIRECTIONS = {"after": 1, "before": -1}
HEDGES = {"possibly", "potentially", "perhaps", "maybe", "hypothetically"}
# Words above a clause that say its event did not happen, will happen, or might.
INTENTIONS = {
    **dict.fromkeys(_verb_set("refrain", "fail", "avoid", "decline") | {"unable"}, "negation"),
    **dict.fromkeys(
        _verb_set("plan", "intend", "want", "seek", "aim", "hope", "propose", "prepare", "expect", "wish")
        # what someone is ordered to do is not yet done: "ordered the police to ignore human rights and kill people"
        # (the verb's past forms only: "order" and "orders" are also nouns, as in "in order to")
        | {"ordered", "ordering", "instructed", "instructing", "commanded"}
        | _noun_set("plan", "intention", "readiness", "bid", "policy", "plot", "scheme", "conspiracy")
        | {"ready", "willing", "poised", "going"}, "future"),
    **dict.fromkeys(
        _verb_set("consider", "need", "try", "attempt", "mull", "weigh", "hint")
        | _noun_set("possibility", "option", "attempt") | {"likely", "possible"}
        # what is feared or risked has not happened: "for fear of being arrested", "at risk of being killed"
        | _noun_set("fear", "risk", "danger") | {"afraid"}, "hypothetical"),
}
# The violations (and charges: "a journalist charged in 2017") a participle describing a noun reports when it has
# a date of its own (see coding._is_dated_violation).
DATED_PARTICIPLE_TYPES = {"ASSAULT", "COERCE", "ACCUSE"}
# Intentions that, in the passive, regard rather than intend: "he was considered a threat and arrested".
REGARD_VERBS = _verb_set("consider")
# Verbs that say what someone is judged to be: "pedestrians they deem threatening" (see coding._judged_as).
JUDGING_VERBS = _verb_set("deem", "label", "judge", "perceive")  # not "consider": "considering lifting the ban"
# "a fugitive wanted for killing an estate agent": wanted by the police, not intended (see coding._wanted_for).
WANTED_FORMS = {"wanted"}
# The marks of a clause that gives the reason for another: "as he has been detained since June".
REASON_MARKS = {"because", "as"}
# Why a clause reports no event at all: it is dropped.
NO_EVENT_REASONS = {
    "descriptive participle", "purpose", "content of another event", "content of a charge", "reference clause", "coerced",
    "imperative", "habitual", "generic",
}
# Adverbs that, in the present, make a clause tell what happens as a rule, not an event: "Frequently, they are found
# dead", "Prisoners are often tried in mass trials and are then tortured". In the past or present perfect they tell
# events that happened, many times ("had often beaten him", "have repeatedly shelled").
HABITUAL_ADVERBS = {"often", "frequently", "regularly", "routinely", "usually", "typically", "generally", "commonly", "sometimes"}
PRESENT_TAGS = {"VBP", "VBZ"}
# The tags of a verb with a tense of its own, which a "not" on the verb it is conjoined to does not reach.
FINITE_TAGS = {"VBD", "VBP", "VBZ"}
# A statement in the simple present about a whole class of people tells what happens as a rule, with no habitual
# adverb needed: "More journalists are imprisoned in Turkey than anywhere else", "anyone who criticizes
# Lukashenko" (see coding._generic). Its subject is a bare plural or one of these.
GENERIC_SUBJECTS = {"anyone", "anybody", "everyone", "everybody", "whoever"}
# The tags of a plural noun, which without determiner speaks of a whole class.
PLURAL_TAGS = {"NNS", "NNPS"}
# The named-entity labels of a subject that names someone, not a class ("Saudi forces", "Houthis").
NAMING_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
PERFECT_AUXILIARIES = {"has", "have", "'ve", "’ve"}
# "without alleging any instance of violence", "transferring staff without warning", "Instead of releasing him, the
# authorities charged him": a gerund under these says what was not done. "instead" by the "of" it takes.
NEGATING_PREPOSITIONS = {"without"}
NEGATING_ADVERBS = {"instead"}
# A gerund under "from" that one of these takes, negated, happened: "that didn't stop the US from torturing entire
# populations". Not negated, the prevention may itself not have happened ("unlikely to deter Lukashenka from
# continuing to target media professionals", "an attempt to stop us from demanding justice"), so it says nothing.
PREVENTING_VERBS = _verb_set("stop", "prevent", "bar", "ban", "block", "keep", "deter", "discourage", "dissuade", "prohibit",
                             "restrain", "scare", "hinder", "preclude")
# Subjects that say nobody did or underwent the clause's event: "None of the officers were ever convicted",
# "nobody was arrested"; and the determiner of one: "no one was charged", "no protesters were detained".
NEGATIVE_SUBJECTS = {"none", "nobody", "noone", "neither", "nothing"}
NEGATIVE_DETERMINERS = {"no"}
# The links along which a verb shares the subject, and with it a negative subject or a habit, of the verb above:
# "No one was ever charged or even investigated", "are often in charge of the rooms and beat other detainees";
# not a clause of its own ("No group has claimed responsibility but gangs are using kidnappings") nor a gerund
# under a preposition ("Nothing spells fragility like torturing a writer").
SHARED_SUBJECT_LINKS = {"conj", "xcomp"}
# The only words an imperative may follow at the head of its sentence: "Please release them".
IMPERATIVE_OPENERS = {"please", "now", "so"}
# The tags of an imperative: the base form, and the present the tagger gives some of them.
IMPERATIVE_TAGS = {"VB", "VBP"}
# "were forced to sign pledges", "was forced to sign an agreement": a commitment or statement of support made under
# force is not its signer's (the force is the news); "forced to resign" still tells a resignation.
FORCING_VERBS = _verb_set("force", "compel", "coerce", "pressure", "pressurise", "pressurize")
VOLUNTARY_TYPES = {"AGREE", "SUPPORT", "CONCEDE"}
# The events whose content is what someone is said to have done: "accused of abducting", "convicted of killing".
CHARGE_TYPES = {"ACCUSE", "SANCTION"}
# The reasons a violation with a date of its own overrides (see coding._is_dated_violation).
DATED_VIOLATION_REASONS = {"descriptive participle", "reference clause", "content of a charge"}
# An event that ended this long before the report is background: PLOVER's "historical".
HISTORICAL_AGE = timedelta(days=365)
# Adverbs that put an event in the past of the story: "had previously detained".
HISTORICAL_ADVERBS = {"previously", "formerly", "once"}
# Adverbs that leave an event's time open: some time before now ("has already sent"), or many times ("have
# repeatedly shelled"). Neither its paragraph nor its publication dates such an event.
UNSPECIFIED_TIME_ADVERBS = {"already", "ever", "repeatedly", "often", "frequently", "regularly", "routinely", "always"}
# Links along which a verb without a subject of its own shares the one of the verb above.
SUBJECT_SHARING = {"conj", "xcomp", "advcl", "pcomp", "prep"}
# The prepositions by which a verb tells what its object did: "accused the police of torturing detainees",
# "charged him with killing a guard", "arrested him for insulting the king". The gerund's doer is that object,
# not the verb's subject.
OBJECT_DOER_PREPOSITIONS = {"of", "with", "for"}
# Links along which a clause belongs to the one above it, and shares its negation, modality or intention.
CLAUSE_CHAIN = {"xcomp", "ccomp", "pcomp", "advcl", "conj", "prep", "pobj", "dobj", "acomp", "attr", "oprd", "agent"}
DESCRIPTIVE = {"acl", "amod"}

# Arguments.
TARGET_PREPOSITIONS = {"at", "on", "against", "upon", "onto"}
# The events whose "at" names what they are aimed at ("fired at protesters", "pointed guns at them"); for others it
# names a place ("arrested at the airport").
AIMED_TYPES = {"ASSAULT", "THREATEN"}
PARTNER_PREPOSITIONS = {"with"}
# Attacks whose "with" names the other side ("clashed with police"); for others it names the weapon ("beat me with
# an iron rod").
CONTEST_VERBS = _verb_set("clash", "fight", "battle", "scuffle", "skirmish")
RECIPIENT_PREPOSITIONS = {"to", "for"}
LOCATIVE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "inside", "across", "over", "within", "off"}
# Nouns a demonym qualifies to name a place in its country: "in the Kenyan capital", "in Iranian jails".
NATIONAL_PLACE_NOUNS = _noun_set("capital", "territory", "soil", "airspace", "waters", "prison", "jail", "custody")
PLACE_NOUNS = _noun_set("city", "town", "village", "region", "oblast", "province", "district", "port", "settlement", "area")
OWNERSHIP_WORDS = {"belonging", "owned", "operated", "run", "controlled", "linked", "of"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# A place's rank when several are named: the most precise wins.
PLACE_RANK = {"city": 0, None: 1, "area": 2, "admin2": 3, "admin1": 4, "sea": 5, "country": 6}
# Time expressions under these prepositions do not date the event: "before the invasion in 2022", "as of mid-2025".
REFERENCE_TIME_PREPOSITIONS = {"before", "after", "since", "until", "till", "by", "as", "prior"}
# Adverbs after which "as" compares a time rather than refer to one: "as recently as 2014", "as early as 2009".
COMPARED_TIME_ADVERBS = {"recently", "early", "late", "lately"}
# Verbs whose clausal complement is true whatever is said of them (factives): "will never forget how he was
# executed", "she did not know that her son had been tortured".
FACTIVE_VERBS = _verb_set("forget", "know", "remember", "realize", "realise", "regret", "notice")
# Verbs of saying, whose date dates the past events of the clauses they report (see dating._report_date).
REPORTING_VERBS = _verb_set(
    "say", "tell", "report", "announce", "confirm", "state", "add", "claim", "note", "disclose", "reveal",
    "explain", "tweet", "write", "inform", "describe", "document",
)
# Links along which a clause is what the verb above it reports: "said (that) they had arrested" (ccomp), "said
# they raided the office and arrested" (conj), "had been abducted, his lawyer said" (ccomp of "said").
REPORTED_CLAUSE_LINKS = {"ccomp", "conj", "advcl", "xcomp", "parataxis"}
# Past tense and past participle: what the event's own verb must be for a report to date it.
PAST_TAGS = {"VBD", "VBN"}
# The last-resort window of an event whose paragraph gives no date: the week that ends on the publication day.
PUBLICATION_WINDOW = timedelta(days=6)
# The events whose date a later event of their paragraph may take: not a last-resort window.
PASSAGE_DATE_SOURCES = {"clause", "report", "passage"}

# Sectors of actors and targets (sectors.py, schemas.vocabulary.SECTORS), by the noun that heads their phrase or a
# title beside a name ("President Zelensky"). "Security forces" are police: in the reports this is built for they
# arrest, detain and disperse protests, while armies are named as the army, troops or soldiers (CAMEO codes them
# now COP, now MIL). The singular "union" is left out: "African Union", "European Union" are no labour.
SECTOR_NOUNS = {
    **dict.fromkeys(_noun_set(
        "government", "ministry", "minister", "official", "authority", "president", "premier", "chancellor",
        "governor", "mayor", "administration", "cabinet", "regime", "diplomat", "ambassador", "embassy",
    ), "government"),
    **dict.fromkeys(_noun_set(
        "military", "army", "troop", "soldier", "force", "navy", "marine", "commander", "junta", "serviceman",
        "paratrooper", "battalion", "brigade",
    ) | {"servicemen"}, "military"),
    **dict.fromkeys(_noun_set(
        "police", "policeman", "policewoman", "cop", "gendarme", "gendarmerie", "security", "constable", "detective",
    ) | {"policemen", "policewomen"}, "police"),
    **dict.fromkeys(_noun_set(
        "court", "judge", "prosecutor", "prosecution", "tribunal", "magistrate", "judiciary", "judicial",
    ), "judiciary"),
    **dict.fromkeys(_noun_set(
        "parliament", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "parliamentarian",
        "legislature", "senate", "mp",
    ), "legislature"),
    **dict.fromkeys(_noun_set(
        "rebel", "militant", "insurgent", "bandit", "militia", "jihadist", "terrorist", "guerrilla", "separatist",
    ) | {"gunman", "gunmen", "militiaman", "militiamen"}, "rebels"),
    **dict.fromkeys(_noun_set("criminal", "gang", "gangster", "cartel", "smuggler", "trafficker", "robber", "thief", "pirate") | {"thieves"}, "criminals"),
    **dict.fromkeys(_noun_set("opposition", "dissident"), "opposition"),
    **dict.fromkeys(_noun_set(
        "civilian", "protester", "protestor", "demonstrator", "villager", "resident", "citizen", "refugee", "farmer",
        "passenger", "pedestrian", "crowd",
    ), "civilians"),
    # Not "lawyer": a lawyer acts for a client, whoever that is; a rights lawyer is not told apart here.
    **dict.fromkeys(_noun_set("activist", "campaigner", "defender", "advocate"), "activists"),
    **dict.fromkeys(_noun_set(
        "journalist", "reporter", "newspaper", "broadcaster", "editor", "photographer", "photojournalist", "blogger",
        "correspondent", "media", "cameraman", "columnist",
    ) | {"cameramen"}, "media"),
    **dict.fromkeys(_noun_set("worker", "unionist", "labourer", "laborer", "docker", "miner") | {"unions"}, "labor"),
    **dict.fromkeys(_noun_set("company", "firm", "corporation", "bank", "businessman", "businesswoman", "entrepreneur", "executive", "factory") | {"businessmen", "businesswomen"}, "business"),
    **dict.fromkeys(_noun_set("student", "university", "school", "teacher", "professor", "academic", "lecturer", "college", "pupil"), "education"),
    **dict.fromkeys(_noun_set(
        "church", "mosque", "temple", "synagogue", "priest", "pastor", "imam", "cleric", "bishop", "archbishop", "monk",
        "nun", "rabbi", "clergy", "worshipper", "pilgrim",
    ) | {"clergyman", "clergymen"}, "religion"),
    **dict.fromkeys(_noun_set("doctor", "nurse", "hospital", "clinic", "medic", "paramedic", "physician", "health"), "health"),
    **dict.fromkeys(_noun_set("ngo", "charity", "humanitarian"), "ngo"),
}
# Nouns for a post or a part of a body, whose sector the body's word says before the noun itself: "police officers",
# "army commander", "opposition leader", "health workers", "security forces", "members of the opposition".
ROLE_NOUNS = _noun_set(
    "officer", "official", "member", "leader", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "agent",
    "personnel", "staff", "representative", "employee", "worker", "organiser", "organizer", "commander", "force",
    "unit", "group",
) | {"spokesmen", "spokeswomen"}
# "was taken from her home by plainclothes officers", "were taken away by gunmen", "police took him from his
# office": a person taken from somewhere, away, or by someone is seized. Authorities seize by arrest (PLOVER
# COERCE arrest), anyone else abducts (ASSAULT abduct). The words of a doer's phrase that make it an authority:
SEIZING_AUTHORITIES = frozenset(word for word, sector in SECTOR_NOUNS.items() if sector in {"police", "military", "government", "judiciary"}) \
    | _noun_set("officer", "agent", "guard", "plainclothes")
# ... and the words of one that take people by force whoever they are, which an active "took him from" needs
# (not "she took her son from school").
ARMED_TAKERS = SEIZING_AUTHORITIES | frozenset(word for word, sector in SECTOR_NOUNS.items() if sector in {"rebels", "criminals"}) \
    | _noun_set("kidnapper", "abductor", "assailant", "attacker") | {"men", "man"}
# The pronoun that stands for such doers in a victim's account: "they took me to the police station".
FORCE_PRONOUNS = {"they"}
# Nouns for people, which a victim's phrase is headed by: "the students were taken from their school", "his friend
# disappeared"; with the people the sectors name (journalists, activists, civilians, workers ...).
PEOPLE_NOUNS = frozenset(word for word, sector in SECTOR_NOUNS.items() if sector in {"civilians", "activists", "media", "labor", "opposition"}) \
    | _noun_set("person", "man", "woman", "boy", "girl", "child", "son", "daughter", "father", "mother", "brother", "sister",
                "husband", "wife", "cousin", "uncle", "aunt", "nephew", "niece", "friend", "relative", "colleague",
                "neighbour", "neighbor", "driver", "student", "pupil", "teacher", "lawyer", "leader", "member",
                "victim", "detainee", "prisoner", "inmate", "suspect", "defendant", "migrant", "youth", "teenager", "minor", "schoolgirl", "schoolboy") \
    | {"people", "men", "women", "children"}

# Casualties, and the events they count for.
CASUALTY_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
KILLED_WORDS = _verb_set("kill", "die") | {"dead"}
INJURED_WORDS = _verb_set("injure", "wound", "hurt")
# Victims counted by a bare number word, which is no figure: "killing two and injuring five".
SMALL_NUMBERS = {"zero": 0, **NUMBER_WORDS}
RELATIVE_PRONOUNS = {"that", "which", "who"}
THIRD_PERSON_PRONOUNS = {"they", "it", "them"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
# Pronouns that stand for people: "she was taken to a police station", "they were taken from their homes".
PEOPLE_PRONOUNS = PERSONAL_PRONOUNS | {"they", "them", "i", "me", "we", "us"}
POSSESSIVE_PRONOUNS = {"his", "her"}
