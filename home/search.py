"""What a visitor types into a search box, made safe for every search backend."""

import re

MAX_SEARCH_LENGTH = 100


def search_words(text):
    """The words of `text` joined by spaces: quotes and operators that break SQLite's
    full-text syntax (an odd number of `"` gives an error) are dropped."""
    return " ".join(re.findall(r"\w+", text or "")[:20])[:MAX_SEARCH_LENGTH]
