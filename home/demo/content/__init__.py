"""The demo content of Pasar Kriya Bojonegoro: pure data, read by `home.demo.loader`.

Everything here is written for the demo from the facts in shared/domain/bojonegoro.md. The
council's figures, the nine Jonegoroan motifs and the 28 districts are real; the artisans, their
businesses, stories, products and events are fictional. Phone and WhatsApp numbers use the
unassignable form +6281100000NNN, social handles and the address are invented, and email
addresses use the reserved .example domain.

Texts are Indonesian first ("id") with an English version ("en"). Body entries are tuples:
("heading", text), ("paragraph", text) or ("quote", text, attribution). Prices are integer rupiah.
"""

from .artisans import ARTISAN_INDEX, ARTISANS
from .council import COUNCIL, HOME, PAGES
from .motifs import MOTIF_INDEX, MOTIFS
from .products import CATEGORIES, MATERIALS, PRODUCTS
from .stories import STORIES, STORY_INDEX

__all__ = [
    "ARTISANS",
    "ARTISAN_INDEX",
    "CATEGORIES",
    "COUNCIL",
    "HOME",
    "MATERIALS",
    "MOTIFS",
    "MOTIF_INDEX",
    "PAGES",
    "PRODUCTS",
    "STORIES",
    "STORY_INDEX",
]
