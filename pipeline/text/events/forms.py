"""Word forms. The lemmatizer is not in the pipeline (see pipeline/text/nlp.py), so every lexicon lists the forms of
its words: verb_forms and noun_forms spell them out from a base word (third person, past, participles; plurals),
with the forms of the lexicons' verbs that no spelling rule gives listed by hand."""

# Forms of the lexicons' verbs that no spelling rule gives.
_IRREGULAR_FORMS = {
    "hit": ("hit",), "strike": ("struck", "stricken"), "shoot": ("shot",), "send": ("sent",), "hold": ("held",),
    "meet": ("met",), "give": ("gave", "given"), "withdraw": ("withdrew", "withdrawn"), "beat": ("beat", "beaten"),
    "make": ("made",), "have": ("had",), "begin": ("began", "begun"), "take": ("took", "taken"), "hurt": ("hurt",),
    "slay": ("slew", "slain"), "find": ("found",), "go": ("went", "gone"), "die": ("died",),
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "bring": ("brought",), "seek": ("sought",),
    "keep": ("kept",), "break": ("broke", "broken"), "lose": ("lost",), "put": ("put",),
    "see": ("saw", "seen"), "know": ("knew", "known"), "forget": ("forgot", "forgotten"),
}
# Verbs that double their last consonant before -ed and -ing.
_DOUBLING = {
    "ban", "bar", "stop", "kidnap", "expel", "commit", "slam", "ship", "hit", "stab", "gun", "plan", "confer", "transfer",
    "occur", "put", "forget", "begin",
}


def verb_forms(base: str) -> set[str]:
    """The forms of an English verb: base, third person, past, participles."""
    if base in _IRREGULAR_FORMS:
        past = set(_IRREGULAR_FORMS[base])
    elif base in _DOUBLING:
        past = {base + base[-1] + "ed"}
    elif base.endswith("e"):
        past = {base + "d"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        past = {base[:-1] + "ied"}
    else:
        past = {base + "ed"}
    if base in _DOUBLING:
        present_participle = base + base[-1] + "ing"
    elif base.endswith("ie"):
        present_participle = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith("ee"):
        present_participle = base[:-1] + "ing"
    else:
        present_participle = base + "ing"
    return {base, _third_person(base), *past, present_participle}


def _third_person(base: str) -> str:
    if base == "have":
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def noun_forms(base: str) -> set[str]:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es"}
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base, base[:-1] + "ies"}
    return {base, base + "s"}
