"""Whether an English word is a plural noun, and its singular: what a number counts ("five Shahed drones",
"2,000 police") and whether a bare 4-digit number is a count or a year ("launched 2000 drones", "in 2000"). One
definition for the figures and the dates, so that they never disagree on a number."""

# Words that end a noun phrase: a counted noun is never found past one of them.
FUNCTION_WORDS = {
    "a", "an", "the", "of", "and", "or", "but", "nor", "to", "in", "on", "at", "for", "with", "by", "from", "into",
    "onto", "than", "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "must", "can", "not", "no", "per", "after", "before", "since", "over", "under", "about", "up", "out", "off", "if",
    "when", "while", "am", "pm", "also", "only", "each", "such", "so", "very", "there", "their", "they", "them", "he",
    "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "him",
}
# Words in -s that are no plurals: nouns, and adverbs that may follow a year ("in 2020 always", "2019 towards").
NOT_PLURAL = {
    "news", "series", "species", "gas", "bus", "politics", "economics", "headquarters", "means", "whereabouts",
    "always", "towards", "afterwards", "perhaps", "whereas", "unless", "across", "besides",
}
# Plurals not made with -s, and nouns whose plural is themselves ("2,000 police", "40 aircraft").
IRREGULAR_SINGULARS = {
    "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman", "buses": "bus",
    "gases": "gas", "lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "halves": "half",
    "personnel": "personnel", "police": "police", "aircraft": "aircraft", "staff": "staff", "crew": "crew",
}
# Words in -men that are not plurals of -man ("five gunmen", "three servicemen").
SINGULARS_IN_MEN = {"abdomen", "acumen", "bitumen", "regimen", "specimen", "stamen"}


def is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_SINGULARS:
        return True
    if word.isupper() or lower in NOT_PLURAL or lower in FUNCTION_WORDS:
        return False  # all-capital words are names or acronyms ("HIMARS")
    if lower.endswith("men"):
        return len(lower) > 5 and lower not in SINGULARS_IN_MEN
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def singular(plural: str) -> str:
    if plural in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[plural]
    if plural.endswith("men"):
        return plural[:-3] + "man"  # servicemen
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return plural[:-2]
    return plural[:-1]
