"""Word lists the benchmark catalog is built from (catalog/bench_seed.py): kinds of product,
colours, flavours, batik motifs, artisans' names. Made up, plausible, in Indonesian and English."""

from dataclasses import dataclass

BATIK_TECHNIQUES = ("batik-tulis", "batik-cap", "batik-kombinasi", "batik-lukis")
CLOTH = ("katun-primissima", "katun-prima", "katun-dobby", "sutra", "rayon", "linen")
CLOTHING_SIZES = ("S", "M", "L", "XL")
SHOE_SIZES = ("38", "39", "40", "41", "42")


@dataclass(frozen=True)
class Kind:
    """A kind of product: where it is listed, how it is photographed and what it costs."""

    category: str
    photo: str  # a kind home.demo.patterns.draw_product_photo draws
    name: str
    name_en: str
    techniques: tuple
    materials: tuple
    prices: tuple  # lowest and highest price in rupiah
    weight: tuple  # grams
    sizes: tuple = ()  # variant labels, when the kind comes in sizes
    motif: bool = True  # printed with a batik motif
    food: bool = False


KINDS = (
    Kind("kain-batik", "cloth", "Kain Batik", "Batik Cloth", BATIK_TECHNIQUES, CLOTH,
         (150_000, 2_500_000), (250, 600)),
    Kind("kain-batik", "scarf", "Selendang Batik", "Batik Shawl", BATIK_TECHNIQUES, CLOTH,
         (95_000, 900_000), (100, 250)),
    Kind("kain-batik", "cloth", "Sarung Batik", "Batik Sarong", ("batik-cap", "batik-kombinasi"),
         CLOTH, (120_000, 650_000), (300, 500)),
    Kind("kemeja", "shirt", "Kemeja Batik Lengan Panjang", "Long-sleeved Batik Shirt",
         BATIK_TECHNIQUES, CLOTH, (175_000, 1_200_000), (250, 400), CLOTHING_SIZES),
    Kind("kemeja", "shirt", "Kemeja Batik Lengan Pendek", "Short-sleeved Batik Shirt",
         BATIK_TECHNIQUES, CLOTH, (140_000, 850_000), (200, 350), CLOTHING_SIZES),
    Kind("dress", "dress", "Dress Batik", "Batik Dress", BATIK_TECHNIQUES, CLOTH,
         (210_000, 1_500_000), (300, 500), CLOTHING_SIZES),
    Kind("tas", "bag", "Tas Jinjing Batik", "Batik Tote Bag", ("batik-cap", "batik-tulis"),
         ("kanvas", "kain-batik", "kulit-sintetis"), (85_000, 450_000), (250, 600)),
    Kind("tas", "bag", "Dompet Batik", "Batik Purse", ("batik-cap",),
         ("kain-batik", "kulit-sintetis"), (35_000, 150_000), (80, 200)),
    Kind("alas-kaki", "shoes", "Sepatu Batik", "Batik Shoes", ("batik-cap",),
         ("kain-batik", "karet", "kanvas"), (150_000, 480_000), (600, 900), SHOE_SIZES),
    Kind("dekorasi-rumah", "decor", "Hiasan Dinding Batik", "Batik Wall Hanging",
         ("batik-tulis", "ukir-kayu"), ("kayu-jati", "kain-batik"), (120_000, 1_800_000),
         (500, 3000)),
    Kind("dekorasi-rumah", "decor", "Keranjang Anyaman", "Woven Basket", ("anyaman",),
         ("bambu", "rotan"), (45_000, 350_000), (300, 1200), motif=False),
    Kind("dekorasi-rumah", "notebook", "Buku Catatan Sampul Batik", "Batik-covered Notebook",
         ("batik-cap",), ("kertas-daur-ulang", "kain-batik"), (35_000, 120_000), (150, 350)),
    Kind("eco-print", "scarf", "Syal Eco-print", "Eco-print Scarf",
         ("ecoprint-pounding", "ecoprint-steaming"), ("sutra", "katun", "linen"),
         (120_000, 750_000), (80, 200), motif=False),
    Kind("eco-print", "shirt", "Blus Eco-print", "Eco-print Blouse",
         ("ecoprint-pounding", "ecoprint-steaming"), ("katun", "rayon", "linen"),
         (180_000, 650_000), (200, 350), CLOTHING_SIZES, motif=False),
    Kind("camilan", "food-pack", "Keripik", "Chips", ("olahan-pangan",), (),
         (12_000, 45_000), (100, 500), motif=False, food=True),
    Kind("camilan", "food-pack", "Ledre", "Ledre Rolled Wafers", ("olahan-pangan",), (),
         (15_000, 60_000), (100, 400), motif=False, food=True),
    Kind("minuman", "drink", "Sirup", "Syrup", ("olahan-pangan",), (),
         (18_000, 75_000), (400, 800), motif=False, food=True),
    Kind("minuman", "drink", "Minuman Serbuk", "Instant Drink", ("olahan-pangan",), (),
         (15_000, 55_000), (150, 500), motif=False, food=True),
)  # fmt: skip

COLOURS = (
    ("Biru Indigo", "indigo blue"),
    ("Merah Soga", "soga red"),
    ("Cokelat Sogan", "sogan brown"),
    ("Hijau Daun", "leaf green"),
    ("Hitam", "black"),
    ("Kuning Emas", "golden yellow"),
    ("Ungu Terong", "aubergine"),
    ("Krem", "cream"),
    ("Marun", "maroon"),
    ("Biru Dongker", "navy blue"),
    ("Abu-abu", "grey"),
    ("Jingga", "orange"),
)
FLAVOURS = (
    ("Pisang", "banana"),
    ("Singkong", "cassava"),
    ("Tempe", "tempeh"),
    ("Jahe Merah", "red ginger"),
    ("Salak", "snake fruit"),
    ("Belimbing", "starfruit"),
    ("Kacang Mete", "cashew"),
    ("Temulawak", "Javanese turmeric"),
    ("Kunyit Asam", "turmeric and tamarind"),
    ("Ubi Ungu", "purple yam"),
    ("Jagung", "maize"),
    ("Gula Aren", "palm sugar"),
)
FINISHES = (
    ("Klasik", "classic"),
    ("Modern", "modern"),
    ("Premium", "premium"),
    ("Edisi Pasar", "market edition"),
    ("Warna Alam", "natural dyes"),
    ("Motif Besar", "large motif"),
    ("Motif Kecil", "small motif"),
    ("Tulis Halus", "fine line"),
)

# Batik motifs of Java besides the nine Jonegoroan ones, for the bench's motif stories:
# (name, what it depicts in Indonesian, in English, drawing style among the demo's patterns).
MOTIFS = (
    ("Truntum", "bunga tanjung di langit malam", "tanjung flowers in the night sky", "kawung"),
    ("Sido Mukti", "harapan hidup mulia", "a wish for a noble life", "mliwis-mukti"),
    ("Sido Luhur", "budi pekerti luhur", "high moral character", "sata-gondo-wangi"),
    ("Sido Asih", "kasih sayang", "affection", "pari-sumilak"),
    ("Mega Mendung", "awan mendung", "rain clouds", "jumput"),
    ("Kawung Picis", "buah aren", "palm fruit", "kawung"),
    ("Ceplok Garuda", "sayap garuda", "the wings of Garuda", "rancak-thengul"),
    ("Semen Rama", "tumbuhan yang bersemi", "sprouting plants", "sekar-jati"),
    ("Tambal", "kain tambalan", "patchwork", "gastra-rinonce"),
    ("Udan Liris", "hujan gerimis", "drizzle", "parang-dahana-munggal"),
    ("Nitik", "titik-titik tenunan", "woven dots", "kawung"),
    ("Sekar Jagad", "bunga seluruh dunia", "flowers of the whole world", "sekar-jati"),
    ("Wahyu Tumurun", "wahyu yang turun", "a blessing descending", "mliwis-mukti"),
    ("Lasem Latohan", "rumput laut latoh", "latoh seaweed", "eco-print"),
    ("Gentongan", "gentong pewarna", "dye jars", "jagung-miji-emas"),
    ("Buketan", "karangan bunga", "a bouquet", "pari-sumilak"),
    ("Jlamprang", "bunga geometris", "geometric flowers", "kawung"),
    ("Grompol", "berkumpulnya keluarga", "a family gathering", "sata-gondo-wangi"),
    ("Pring Sedapur", "serumpun bambu", "a clump of bamboo", "parang-lembu-sekar-rinambat"),
    ("Cuwiri", "kelopak kecil", "small petals", "rancak-thengul"),
    ("Bokor Kencono", "bokor emas", "a golden bowl", "gastra-rinonce"),
    ("Lereng Sekar", "lereng bunga", "a slope of flowers", "parang-dahana-munggal"),
    ("Kembang Jati", "bunga jati", "teak flowers", "sekar-jati"),
    ("Ron Jati", "daun jati", "teak leaves", "eco-print"),
)

BUSINESS_PREFIXES = ("Batik", "Griya Batik", "Sanggar", "Rumah Batik", "Kriya", "UD", "Dapur")
BUSINESS_NAMES = (
    "Sekar Arum", "Mekar Sari", "Sido Rukun", "Lestari", "Jati Wangi", "Ayu", "Mulya",
    "Barokah", "Sumber Rejeki", "Tunas Harapan", "Kenanga", "Melati", "Cahaya", "Sri Rejeki",
    "Sinar Jaya", "Wijaya Kusuma", "Karya Mandiri", "Makmur", "Sekar Tanjung", "Gading",
)  # fmt: skip
FIRST_NAMES = (
    "Siti", "Sri", "Dewi", "Endang", "Wahyuni", "Lilik", "Tutik", "Yuli", "Budi", "Agus",
    "Slamet", "Joko", "Heru", "Bambang", "Eko", "Rina", "Nur", "Anik", "Suparmi", "Wati",
)  # fmt: skip
LAST_NAMES = (
    "Rahayu", "Lestari", "Handayani", "Susanti", "Santoso", "Prasetyo", "Wibowo", "Hidayat",
    "Setiawan", "Purnomo", "Kusuma", "Maryati", "Pratiwi", "Utomo", "Saputra", "Anggraini",
)  # fmt: skip

DESCRIPTION = (
    "{name} karya {artisan} dari Kecamatan {district}. Dikerjakan dengan teknik {technique} "
    "oleh perajin setempat, warna {colour_id}. Setiap potong dibuat satu per satu sehingga "
    "warna dan motif dapat sedikit berbeda."
)
DESCRIPTION_EN = (
    "{name_en} by {artisan} of {district} district. Made with the {technique_en} technique by "
    "local artisans, in {colour_en}. Every piece is made one at a time, so colour and motif may "
    "vary slightly."
)
FOOD_DESCRIPTION = (
    "{name} buatan {artisan} dari Kecamatan {district}. Dibuat dari bahan pilihan tanpa "
    "pengawet, dikemas rapat agar tetap renyah dan segar."
)
FOOD_DESCRIPTION_EN = (
    "{name_en} made by {artisan} of {district} district. Made from chosen ingredients without "
    "preservatives, sealed to stay crisp and fresh."
)
ARTISAN_INTRO = (
    "{business} adalah usaha kriya di Kecamatan {district} yang dirintis oleh {owner} sejak "
    "{year}. Kini mempekerjakan {workers} orang warga sekitar."
)
