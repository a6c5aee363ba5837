"""A made-up news page, copied from a browser as a person would: menus, byline, related links, comments, footer.

Shared by the cleaner's tests and the cleaning evaluation's tests."""

# The paragraphs a person would mark as the article.
WEB_PAGE_ARTICLE = [
    "The port of Odesa reopened on Saturday, a day after a drone strike set fire to a grain terminal and damaged "
    "two berths, the regional administration said.",
    "Crews worked through the night to put out the fire, and the first ships were loading wheat again by noon, "
    "according to the port authority.",
    "Damage to the berths",
    "Officials said that about 40,000 tonnes of grain had been destroyed, and that repairs to the berths would "
    "take several weeks.",
    "The strike was the third on the port this month, and insurers have raised the premiums they charge ships "
    "that call at Ukrainian harbours.",
]

WEB_PAGE = "\n".join([
    "Port of Odesa reopens after drone strike | Black Sea Daily",
    "Skip to content", "Home", "World", "Ukraine", "Europe", "Business", "Energy", "Opinion", "Video",
    "Subscribe", "Log in",
    "Port of Odesa reopens after drone strike",
    "By Olena Petrenko",
    "September 6, 2025",
    *WEB_PAGE_ARTICLE,
    "Related stories",
    "Grain prices climb as Black Sea risks mount",
    "Insurers weigh new rules for war zones",
    "Danube ports take more of Ukraine's exports",
    "Most read",
    "Markets slide as oil prices jump",
    "Ten recipes for the summer",
    "3 comments",
    "Maria K. September 6, 2025 at 2:14 pm",
    "Good to hear the crews are safe, well done to everyone who worked overnight!",
    "Reply",
    "About us", "Contact", "Advertise", "Privacy Policy", "© 2025 Black Sea Daily. All rights reserved.",
])
