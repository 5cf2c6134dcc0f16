"""The category tree and the products listed by the demo artisans."""

# The catalog: a small category tree (parents before children) and 36 products.
CATEGORIES = [
    {"slug": "kain-batik", "parent": None, "id": "Kain Batik", "en": "Batik Cloth"},
    {"slug": "busana", "parent": None, "id": "Busana", "en": "Clothing"},
    {"slug": "kemeja", "parent": "busana", "id": "Kemeja", "en": "Shirts"},
    {"slug": "dress", "parent": "busana", "id": "Dress", "en": "Dresses"},
    {"slug": "tas", "parent": None, "id": "Tas", "en": "Bags"},
    {"slug": "alas-kaki", "parent": None, "id": "Alas Kaki", "en": "Footwear"},
    {"slug": "dekorasi-rumah", "parent": None, "id": "Dekorasi Rumah", "en": "Home Decor"},
    {"slug": "eco-print", "parent": None, "id": "Eco-print", "en": "Eco-print"},
    {"slug": "makanan-minuman", "parent": None, "id": "Makanan & Minuman", "en": "Food & Drink"},
    {"slug": "camilan", "parent": "makanan-minuman", "id": "Camilan", "en": "Snacks"},
    {"slug": "minuman", "parent": "makanan-minuman", "id": "Minuman", "en": "Drinks"},
]

# Materials buyers can filter by; food lists its ingredients instead.
MATERIALS = [
    {"slug": "katun-primissima", "id": "Katun primissima", "en": "Primissima cotton"},
    {"slug": "katun-prima", "id": "Katun prima", "en": "Prima cotton"},
    {"slug": "katun-dobby", "id": "Katun dobby", "en": "Dobby cotton"},
    {"slug": "katun", "id": "Katun", "en": "Cotton"},
    {"slug": "sutra", "id": "Sutra", "en": "Silk"},
    {"slug": "rayon", "id": "Rayon", "en": "Rayon"},
    {"slug": "kanvas", "id": "Kanvas", "en": "Canvas"},
    {"slug": "kain-batik", "id": "Kain batik", "en": "Batik cloth"},
    {"slug": "karet", "id": "Karet", "en": "Rubber"},
    {"slug": "kayu-jati", "id": "Kayu jati", "en": "Teak wood"},
    {"slug": "bambu", "id": "Bambu", "en": "Bamboo"},
    {"slug": "kertas-daur-ulang", "id": "Kertas daur ulang", "en": "Recycled paper"},
    {"slug": "kulit-sintetis", "id": "Kulit sintetis", "en": "Synthetic leather"},
]


# Every motif has at least two products; food and eco-print products have no motif.
PRODUCTS = [
    {
        "slug": "kain-batik-tulis-sekar-jati-sutra",
        "artisan": "batik-sekar-jati-dander",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "sekar-jati",
        "materials": ["sutra"],
        "price": 1250000,
        "stock": 3,
        "photo": "cloth",
        "weight_grams": 250,
        "id": {
            "name": "Kain Batik Tulis Sekar Jati Sutra",
            "description": (
                "Kain sutra 2 x 1,15 m dengan motif Sekar Jati yang digambar seluruhnya dengan "
                "canting. Akar dan batang jati berwarna sogan tua tumbuh dari tepi bawah, "
                "sementara daun hijau zaitun menyebar ke atas. Dikerjakan sekitar satu bulan, "
                "cocok untuk selendang, bawahan kebaya, atau kado istimewa."
            ),
        },
        "en": {
            "name": "Sekar Jati Hand-drawn Batik on Silk",
            "description": (
                "Silk cloth, 2 x 1.15 m, with the Sekar Jati motif drawn entirely by hand with a "
                "canting. Teak roots and trunks in deep sogan brown rise from the lower edge "
                "while olive-green leaves spread upward. About a month's work; lovely as a shawl, "
                "a kebaya sarong or a special gift."
            ),
        },
    },
    {
        "slug": "kemeja-batik-cap-sekar-jati",
        "artisan": "batik-sekar-jati-dander",
        "category": "kemeja",
        "technique": "batik-cap",
        "motif": "sekar-jati",
        "materials": ["katun-primissima"],
        "price": 235000,
        "stock": 12,
        "photo": "shirt",
        "weight_grams": 280,
        "id": {
            "name": "Kemeja Batik Cap Sekar Jati Lengan Pendek",
            "description": (
                "Kemeja pria lengan pendek dari katun primissima yang halus dan adem. Daun jati "
                "dicap berulang dengan warna cokelat di atas dasar krem, rapi untuk ke kantor "
                "maupun acara santai. Tersedia ukuran M, L, dan XL dengan kancing batok kelapa."
            ),
        },
        "en": {
            "name": "Sekar Jati Stamped Batik Short-sleeved Shirt",
            "description": (
                "A men's short-sleeved shirt in smooth, cool primissima cotton. Teak leaves are "
                "stamped in brown over a cream ground, smart enough for the office and easy for "
                "the weekend. Sizes M, L and XL, with coconut-shell buttons."
            ),
        },
    },
    {
        "slug": "kain-batik-cap-sata-gondo-wangi",
        "artisan": "batik-sekar-jati-dander",
        "category": "kain-batik",
        "technique": "batik-cap",
        "motif": "sata-gondo-wangi",
        "materials": ["katun-primissima"],
        "price": 125000,
        "stock": 20,
        "photo": "cloth",
        "weight_grams": 330,
        "id": {
            "name": "Kain Batik Cap Sata Gondo Wangi",
            "description": (
                "Kain katun primissima 2 x 1,15 m dengan motif daun tembakau yang dicap rapi. "
                "Warna hijau daun dan cokelat keemasan di atas dasar krem. Pilihan hemat untuk "
                "dijahit menjadi kemeja, rok, atau seragam."
            ),
        },
        "en": {
            "name": "Sata Gondo Wangi Stamped Batik Cloth",
            "description": (
                "Primissima cotton, 2 x 1.15 m, neatly stamped with tobacco leaves in leaf green "
                "and golden brown on a cream ground. An affordable choice to make into shirts, "
                "skirts or uniforms."
            ),
        },
    },
    {
        "slug": "dress-batik-kombinasi-jagung-miji-emas",
        "artisan": "batik-sekar-jati-dander",
        "category": "dress",
        "technique": "batik-kombinasi",
        "motif": "jagung-miji-emas",
        "materials": ["rayon"],
        "price": 395000,
        "stock": 6,
        "photo": "dress",
        "weight_grams": 350,
        "id": {
            "name": "Dress Batik Kombinasi Jagung Miji Emas",
            "description": (
                "Dress panjang dari rayon yang jatuh lembut, dengan motif jagung yang dicap lalu "
                "dipertegas goresan canting pada bijinya. Kuning keemasan di atas biru tua. "
                "Potongan longgar berkerah bulat dengan saku di samping, muat untuk lingkar dada "
                "hingga 110 cm."
            ),
        },
        "en": {
            "name": "Jagung Miji Emas Combined Batik Dress",
            "description": (
                "A long dress in softly draping rayon, with stamped ears of maize whose kernels "
                "are retouched by hand with a canting. Golden yellow on deep blue. Loose cut with "
                "a round neck and side pockets; fits a bust of up to 110 cm."
            ),
        },
    },
    {
        "slug": "kain-batik-tulis-parang-dahana-munggal",
        "artisan": "griya-batik-dahana",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "parang-dahana-munggal",
        "materials": ["katun-primissima"],
        "price": 650000,
        "stock": 4,
        "photo": "cloth",
        "weight_grams": 330,
        "id": {
            "name": "Kain Batik Tulis Parang Dahana Munggal",
            "description": (
                "Kain katun primissima 2 x 1,15 m dengan jalur parang api yang digores tangan. "
                "Merah bata, jingga, dan sogan berpadu sehingga kain seolah menyala. Setiap "
                "lembar digambar satu per satu, jadi susunan lidah apinya tidak pernah persis "
                "sama."
            ),
        },
        "en": {
            "name": "Parang Dahana Munggal Hand-drawn Batik Cloth",
            "description": (
                "Primissima cotton, 2 x 1.15 m, with slanting bands of flame drawn by hand. Brick "
                "red, orange and sogan brown come together so the cloth seems to glow. Each piece "
                "is drawn individually, so no two arrangements of flames are exactly alike."
            ),
        },
    },
    {
        "slug": "selendang-sutra-batik-cap-parang-dahana-munggal",
        "artisan": "griya-batik-dahana",
        "category": "busana",
        "technique": "batik-cap",
        "motif": "parang-dahana-munggal",
        "materials": ["sutra"],
        "price": 285000,
        "stock": 8,
        "photo": "scarf",
        "weight_grams": 120,
        "id": {
            "name": "Selendang Sutra Batik Cap Parang Dahana Munggal",
            "description": (
                "Selendang sutra 180 x 50 cm dengan motif parang api yang dicap. Ringan dan "
                "berkilau lembut, cocok sebagai pelengkap kebaya atau busana kerja. Tepinya "
                "dijahit tangan dengan rapi."
            ),
        },
        "en": {
            "name": "Parang Dahana Munggal Stamped Batik Silk Scarf",
            "description": (
                "A 180 x 50 cm silk scarf stamped with the slanting flame pattern. Light, with a "
                "soft sheen, it finishes a kebaya or an office outfit nicely. The edges are "
                "hand-hemmed."
            ),
        },
    },
    {
        "slug": "kemeja-batik-kombinasi-gastra-rinonce",
        "artisan": "griya-batik-dahana",
        "category": "kemeja",
        "technique": "batik-kombinasi",
        "motif": "gastra-rinonce",
        "materials": ["katun-primissima"],
        "price": 385000,
        "stock": 7,
        "photo": "shirt",
        "weight_grams": 320,
        "id": {
            "name": "Kemeja Batik Kombinasi Gastra Rinonce Lengan Panjang",
            "description": (
                "Kemeja pria lengan panjang berfuring dari katun primissima. Menara pengeboran "
                "dicap, lalu nyala api dan aliran gasnya digores dengan canting sehingga motif "
                "tampak lebih hidup. Tersedia ukuran M sampai XXL."
            ),
        },
        "en": {
            "name": "Gastra Rinonce Combined Batik Long-sleeved Shirt",
            "description": (
                "A lined men's long-sleeved shirt in primissima cotton. The drilling rigs are "
                "stamped, then the flames and flowing gas are drawn in by hand, which gives the "
                "motif more life. Sizes M to XXL."
            ),
        },
    },
    {
        "slug": "tas-jinjing-batik-cap-mliwis-mukti",
        "artisan": "griya-batik-dahana",
        "category": "tas",
        "technique": "batik-cap",
        "motif": "mliwis-mukti",
        "materials": ["kanvas", "katun"],
        "price": 175000,
        "stock": 10,
        "photo": "bag",
        "weight_grams": 450,
        "id": {
            "name": "Tas Jinjing Batik Cap Mliwis Mukti",
            "description": (
                "Tas jinjing dari kanvas dengan panel kain batik cap bermotif burung mliwis "
                "putih. Ukuran 38 x 32 x 10 cm, muat laptop 14 inci, dengan kantong dalam "
                "beritsleting. Tali bahunya kuat untuk dipakai sehari-hari."
            ),
        },
        "en": {
            "name": "Mliwis Mukti Stamped Batik Tote Bag",
            "description": (
                "A canvas tote with a panel of stamped batik showing white mliwis birds. It "
                "measures 38 x 32 x 10 cm, fits a 14-inch laptop and has a zipped inner pocket. "
                "Sturdy straps for everyday use."
            ),
        },
    },
    {
        "slug": "kain-batik-cap-gastra-rinonce",
        "artisan": "batik-lintang-kalitidu",
        "category": "kain-batik",
        "technique": "batik-cap",
        "motif": "gastra-rinonce",
        "materials": ["katun-prima"],
        "price": 115000,
        "stock": 25,
        "photo": "cloth",
        "weight_grams": 320,
        "id": {
            "name": "Kain Batik Cap Gastra Rinonce",
            "description": (
                "Kain katun prima 2 x 1,15 m bermotif menara pengeboran dan nyala gas. Dicap "
                "dengan warna biru tua dan jingga di atas dasar putih gading. Oleh-oleh khas "
                "Bojonegoro yang ringan dibawa pulang."
            ),
        },
        "en": {
            "name": "Gastra Rinonce Stamped Batik Cloth",
            "description": (
                "Prima cotton, 2 x 1.15 m, with drilling rigs and gas flames stamped in deep blue "
                "and orange on an ivory ground. A light souvenir of Bojonegoro to take home."
            ),
        },
    },
    {
        "slug": "kain-batik-cap-jagung-miji-emas",
        "artisan": "batik-lintang-kalitidu",
        "category": "kain-batik",
        "technique": "batik-cap",
        "motif": "jagung-miji-emas",
        "materials": ["katun-prima"],
        "price": 110000,
        "stock": 18,
        "photo": "cloth",
        "weight_grams": 320,
        "id": {
            "name": "Kain Batik Cap Jagung Miji Emas",
            "description": (
                "Kain katun prima 2 x 1,15 m dengan tongkol jagung keemasan yang dicap berderet "
                "di atas dasar hijau daun. Warnanya cerah dan tidak mudah luntur. Cocok untuk "
                "kemeja keluarga atau seragam acara."
            ),
        },
        "en": {
            "name": "Jagung Miji Emas Stamped Batik Cloth",
            "description": (
                "Prima cotton, 2 x 1.15 m, with rows of golden maize stamped on a leaf-green "
                "ground. Bright, colourfast dyes. Ideal for matching family shirts or event "
                "uniforms."
            ),
        },
    },
    {
        "slug": "kain-batik-tulis-pari-sumilak-dobby",
        "artisan": "batik-lintang-kalitidu",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "pari-sumilak",
        "materials": ["katun-dobby"],
        "price": 750000,
        "stock": 3,
        "photo": "cloth",
        "weight_grams": 380,
        "id": {
            "name": "Kain Batik Tulis Pari Sumilak Dobby",
            "description": (
                "Kain katun dobby bertekstur 2 x 1,15 m dengan bulir padi yang digambar tangan "
                "butir demi butir. Kuning jerami dan hijau muda di atas dasar cokelat tanah. "
                "Tekstur dobby-nya membuat bulir padi tampak seolah timbul."
            ),
        },
        "en": {
            "name": "Pari Sumilak Hand-drawn Batik on Dobby",
            "description": (
                "Textured dobby cotton, 2 x 1.15 m, with ears of rice drawn by hand grain by "
                "grain. Straw yellow and light green over an earthy brown ground. The dobby weave "
                "makes the rice seem to rise from the cloth."
            ),
        },
    },
    {
        "slug": "sepatu-kets-batik-parang-lembu-sekar-rinambat",
        "artisan": "batik-lintang-kalitidu",
        "category": "alas-kaki",
        "technique": "batik-cap",
        "motif": "parang-lembu-sekar-rinambat",
        "materials": ["kanvas", "kain-batik", "karet"],
        "price": 245000,
        "stock": 9,
        "photo": "shoes",
        "weight_grams": 750,
        "id": {
            "name": "Sepatu Kets Batik Parang Lembu Sekar Rinambat",
            "description": (
                "Sepatu kets berlapis kain batik cap bermotif sapi dan bunga merambat, dengan sol "
                "karet yang empuk. Dibuat bersama perajin sepatu setempat. Tersedia ukuran 36 "
                "sampai 43; sebutkan ukuran saat memesan."
            ),
        },
        "en": {
            "name": "Parang Lembu Sekar Rinambat Batik Sneakers",
            "description": (
                "Sneakers covered in stamped batik with cattle and climbing flowers, on a "
                "cushioned rubber sole. Made together with a local shoemaker. Sizes 36 to 43 "
                "(EU); please give your size when ordering."
            ),
        },
    },
    {
        "slug": "kemeja-batik-cap-pari-sumilak",
        "artisan": "batik-sumilak-kepohbaru",
        "category": "kemeja",
        "technique": "batik-cap",
        "motif": "pari-sumilak",
        "materials": ["katun-primissima"],
        "price": 215000,
        "stock": 14,
        "photo": "shirt",
        "weight_grams": 280,
        "id": {
            "name": "Kemeja Batik Cap Pari Sumilak",
            "description": (
                "Kemeja lengan pendek dari katun primissima dengan bulir padi kuning cerah di "
                "atas dasar biru muda. Komposisi motifnya longgar sehingga terkesan segar dan "
                "santai. Tersedia ukuran S sampai XL."
            ),
        },
        "en": {
            "name": "Pari Sumilak Stamped Batik Shirt",
            "description": (
                "A short-sleeved shirt in primissima cotton with bright yellow ears of rice on a "
                "light blue ground. The loose composition gives it a fresh, relaxed look. Sizes S "
                "to XL."
            ),
        },
    },
    {
        "slug": "kain-batik-tulis-parang-lembu-sekar-rinambat-sutra",
        "artisan": "batik-sumilak-kepohbaru",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "parang-lembu-sekar-rinambat",
        "materials": ["sutra"],
        "price": 1650000,
        "stock": 2,
        "photo": "cloth",
        "weight_grams": 250,
        "id": {
            "name": "Kain Batik Tulis Parang Lembu Sekar Rinambat Sutra",
            "description": (
                "Kain sutra 2 x 1,15 m dengan barisan sapi dan sulur bunga yang digambar tangan "
                "dalam jalur parang. Dikerjakan hampir enam minggu dengan pewarnaan bertahap dari "
                "biru muda ke biru tua. Dibuat dalam jumlah sangat terbatas."
            ),
        },
        "en": {
            "name": "Parang Lembu Sekar Rinambat Hand-drawn Batik on Silk",
            "description": (
                "Silk cloth, 2 x 1.15 m, with rows of cattle and flowering tendrils drawn by hand "
                "in slanting parang bands. Almost six weeks of work, dyed in stages from pale to "
                "deep blue. Made in very small numbers."
            ),
        },
    },
    {
        "slug": "dress-batik-cap-sata-gondo-wangi",
        "artisan": "batik-sumilak-kepohbaru",
        "category": "dress",
        "technique": "batik-cap",
        "motif": "sata-gondo-wangi",
        "materials": ["rayon"],
        "price": 265000,
        "stock": 8,
        "photo": "dress",
        "weight_grams": 330,
        "id": {
            "name": "Dress Batik Cap Sata Gondo Wangi",
            "description": (
                "Dress selutut dari rayon yang adem dengan daun tembakau berukuran besar berwarna "
                "hijau dan cokelat keemasan. Bertali pinggang dan berlengan tiga perempat. "
                "Tersedia ukuran S, M, dan L."
            ),
        },
        "en": {
            "name": "Sata Gondo Wangi Stamped Batik Dress",
            "description": (
                "A cool, knee-length rayon dress with large tobacco leaves in green and golden "
                "brown. Tie waist and three-quarter sleeves. Sizes S, M and L."
            ),
        },
    },
    {
        "slug": "kain-batik-tulis-rancak-thengul",
        "artisan": "sanggar-batik-rancak-baureno",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "rancak-thengul",
        "materials": ["katun-primissima"],
        "price": 850000,
        "stock": 3,
        "photo": "cloth",
        "weight_grams": 330,
        "id": {
            "name": "Kain Batik Tulis Rancak Thengul",
            "description": (
                "Kain katun primissima 2 x 1,15 m dengan deretan tokoh Wayang Thengul yang "
                "digambar tangan lengkap dengan mahkota dan busananya. Merah, hijau, dan kuning "
                "tampil menonjol di atas latar hitam kebiruan. Karya yang cocok untuk kolektor "
                "batik dan pencinta wayang."
            ),
        },
        "en": {
            "name": "Rancak Thengul Hand-drawn Batik Cloth",
            "description": (
                "Primissima cotton, 2 x 1.15 m, with a row of Wayang Thengul puppets drawn by "
                "hand, crowns and costumes included. Reds, greens and yellows stand out on a "
                "blue-black ground. A piece for batik collectors and puppet lovers."
            ),
        },
    },
    {
        "slug": "hiasan-dinding-batik-tulis-rancak-thengul",
        "artisan": "sanggar-batik-rancak-baureno",
        "category": "dekorasi-rumah",
        "technique": "batik-tulis",
        "motif": "rancak-thengul",
        "materials": ["katun-primissima", "kayu-jati"],
        "price": 450000,
        "stock": 5,
        "photo": "decor",
        "weight_grams": 1200,
        "id": {
            "name": "Hiasan Dinding Batik Tulis Rancak Thengul",
            "description": (
                "Batik tulis 50 x 50 cm bergambar satu tokoh Wayang Thengul, dibingkai kayu jati "
                "berpelitur alami. Siap digantung di ruang tamu atau kantor. Dikemas dengan "
                "pelindung sudut agar aman dalam pengiriman."
            ),
        },
        "en": {
            "name": "Rancak Thengul Hand-drawn Batik Wall Piece",
            "description": (
                "A 50 x 50 cm hand-drawn batik of a single Wayang Thengul puppet in a "
                "natural-finish teak frame. Ready to hang in a living room or office. Packed with "
                "corner protectors for safe shipping."
            ),
        },
    },
    {
        "slug": "kain-batik-tulis-mliwis-mukti-sutra",
        "artisan": "sanggar-batik-rancak-baureno",
        "category": "kain-batik",
        "technique": "batik-tulis",
        "motif": "mliwis-mukti",
        "materials": ["sutra"],
        "price": 2250000,
        "stock": 1,
        "photo": "cloth",
        "weight_grams": 250,
        "id": {
            "name": "Kain Batik Tulis Mliwis Mukti Sutra",
            "description": (
                "Kain sutra 2 x 1,15 m dengan kawanan burung mliwis putih yang melayang di atas "
                "riak air biru nila. Setiap burung digambar dan ditembok tangan di kedua sisi "
                "kain, dengan isen-isen yang sangat halus. Karya tunggal yang pas untuk seserahan "
                "atau koleksi."
            ),
        },
        "en": {
            "name": "Mliwis Mukti Hand-drawn Batik on Silk",
            "description": (
                "Silk cloth, 2 x 1.15 m, with a flock of white mliwis birds gliding over indigo "
                "ripples. Every bird is drawn and waxed by hand on both sides of the cloth, with "
                "very fine filling patterns. A one-of-a-kind piece for a wedding gift or a "
                "collection."
            ),
        },
    },
    {
        "slug": "kain-jumput-katun-prayungan",
        "artisan": "jumput-asri-prayungan",
        "category": "kain-batik",
        "technique": "jumput",
        "motif": None,
        "materials": ["katun-prima"],
        "price": 165000,
        "stock": 15,
        "photo": "cloth",
        "weight_grams": 320,
        "id": {
            "name": "Kain Jumput Katun Prayungan",
            "description": (
                "Kain katun prima 2 x 1,15 m dengan pola lingkaran jumput berwarna ungu, merah "
                "muda, dan kuning. Setiap lingkaran diikat dengan tangan, sehingga polanya "
                "sedikit berbeda dari satu lembar ke lembar lain. Bisa dipesan dalam jumlah "
                "banyak untuk seragam keluarga."
            ),
        },
        "en": {
            "name": "Prayungan Jumput Tie-dye Cotton Cloth",
            "description": (
                "Prima cotton, 2 x 1.15 m, with tie-dyed circles in purple, pink and yellow. "
                "Every circle is tied by hand, so the pattern varies slightly from piece to "
                "piece. Can be ordered in quantity for matching family outfits."
            ),
        },
    },
    {
        "slug": "selendang-jumput-sutra",
        "artisan": "jumput-asri-prayungan",
        "category": "busana",
        "technique": "jumput",
        "motif": None,
        "materials": ["sutra"],
        "price": 225000,
        "stock": 10,
        "photo": "scarf",
        "weight_grams": 100,
        "id": {
            "name": "Selendang Jumput Sutra",
            "description": (
                "Selendang sutra 170 x 45 cm dengan bintik-bintik jumput putih di atas gradasi "
                "hijau toska. Ringan dan lembut, nyaman dililitkan di leher atau dipakai sebagai "
                "kerudung."
            ),
        },
        "en": {
            "name": "Jumput Tie-dye Silk Scarf",
            "description": (
                "A 170 x 45 cm silk scarf with small white tie-dye dots over a shaded turquoise "
                "ground. Light and soft, it can be worn around the neck or over the head."
            ),
        },
    },
    {
        "slug": "dress-jumput-rayon",
        "artisan": "jumput-asri-prayungan",
        "category": "dress",
        "technique": "jumput",
        "motif": None,
        "materials": ["rayon"],
        "price": 245000,
        "stock": 7,
        "photo": "dress",
        "weight_grams": 330,
        "id": {
            "name": "Dress Jumput Rayon",
            "description": (
                "Dress panjang berpotongan A dari rayon dengan motif jumput garis diagonal "
                "berwarna biru dan jingga. Jahitan rapi, berkancing depan sehingga nyaman untuk "
                "ibu menyusui. Ukuran all size, muat untuk lingkar dada hingga 108 cm."
            ),
        },
        "en": {
            "name": "Jumput Tie-dye Rayon Dress",
            "description": (
                "A long A-line rayon dress with diagonal tie-dyed stripes in blue and orange. "
                "Neatly sewn, with front buttons that make it nursing-friendly. One size, fits a "
                "bust of up to 108 cm."
            ),
        },
    },
    {
        "slug": "syal-ecoprint-sutra-daun-jati",
        "artisan": "godhong-ecoprint-temayang",
        "category": "eco-print",
        "technique": "ecoprint-steaming",
        "motif": None,
        "materials": ["sutra"],
        "price": 285000,
        "stock": 6,
        "photo": "scarf",
        "weight_grams": 100,
        "id": {
            "name": "Syal Eco-print Sutra Daun Jati",
            "description": (
                "Syal sutra 180 x 50 cm dengan cetakan daun jati dan ketapang hasil teknik kukus. "
                "Daun jati meninggalkan warna merah keunguan, ketapang memberi warna kuning "
                "kecokelatan. Cuci dengan tangan memakai sabun lembut dan jemur di tempat teduh."
            ),
        },
        "en": {
            "name": "Teak Leaf Eco-print Silk Scarf",
            "description": (
                "A 180 x 50 cm silk scarf printed by steaming with teak and tropical almond "
                "leaves. Teak leaves give a reddish purple, almond leaves a yellowish brown. "
                "Hand-wash with mild soap and dry in the shade."
            ),
        },
    },
    {
        "slug": "tas-kanvas-ecoprint-pukul",
        "artisan": "godhong-ecoprint-temayang",
        "category": "eco-print",
        "technique": "ecoprint-pounding",
        "motif": None,
        "materials": ["kanvas"],
        "price": 165000,
        "stock": 10,
        "photo": "bag",
        "weight_grams": 400,
        "id": {
            "name": "Tas Kanvas Eco-print Teknik Pukul",
            "description": (
                "Tas jinjing kanvas 36 x 40 cm dengan cetakan daun dan bunga yang dipukul "
                "langsung ke kain. Warna hijau dan kuningnya berasal dari getah tanaman tanpa "
                "pewarna sintetis. Setiap tas punya susunan daun sendiri."
            ),
        },
        "en": {
            "name": "Pounded Eco-print Canvas Tote",
            "description": (
                "A 36 x 40 cm canvas tote with leaves and flowers hammered straight into the "
                "fabric. The greens and yellows come from the plants' own sap, without synthetic "
                "dyes. Every bag has its own arrangement of leaves."
            ),
        },
    },
    {
        "slug": "kain-ecoprint-katun-ketapang",
        "artisan": "godhong-ecoprint-temayang",
        "category": "eco-print",
        "technique": "ecoprint-steaming",
        "motif": None,
        "materials": ["katun"],
        "price": 375000,
        "stock": 4,
        "photo": "cloth",
        "weight_grams": 320,
        "id": {
            "name": "Kain Eco-print Katun Ketapang dan Jarak",
            "description": (
                "Kain katun 2 x 1,15 m dengan cetakan daun ketapang dan jarak kepyar yang dikukus "
                "berjam-jam. Warna tanah yang lembut cocok dijahit menjadi kemeja, tunik, atau "
                "kerudung."
            ),
        },
        "en": {
            "name": "Almond and Castor Leaf Eco-print Cotton Cloth",
            "description": (
                "Cotton cloth, 2 x 1.15 m, printed with tropical almond and castor leaves steamed "
                "for hours. Its soft earth tones are ideal for a shirt, a tunic or a headscarf."
            ),
        },
    },
    {
        "slug": "buku-catatan-sampul-ecoprint",
        "artisan": "rumah-ecoprint-ayu-kapas",
        "category": "eco-print",
        "technique": "ecoprint-steaming",
        "motif": None,
        "materials": ["katun", "kertas-daur-ulang"],
        "price": 65000,
        "stock": 30,
        "photo": "notebook",
        "weight_grams": 250,
        "id": {
            "name": "Buku Catatan Sampul Eco-print A5",
            "description": (
                "Buku catatan ukuran A5 berisi 80 lembar kertas daur ulang polos, bersampul kain "
                "eco-print dan dijilid dengan tangan. Sampulnya dibuat dari sisa kain produksi, "
                "jadi motif setiap buku berbeda. Cocok untuk suvenir seminar atau hadiah."
            ),
        },
        "en": {
            "name": "A5 Notebook with Eco-print Cover",
            "description": (
                "An A5 notebook with 80 plain sheets of recycled paper, bound by hand in an "
                "eco-print cloth cover. The covers are made from offcuts, so every notebook is "
                "different. A good souvenir for seminars or a gift."
            ),
        },
    },
    {
        "slug": "kain-ecoprint-latar-secang",
        "artisan": "rumah-ecoprint-ayu-kapas",
        "category": "eco-print",
        "technique": "ecoprint-steaming",
        "motif": None,
        "materials": ["katun"],
        "price": 395000,
        "stock": 3,
        "photo": "cloth",
        "weight_grams": 320,
        "id": {
            "name": "Kain Eco-print Latar Secang",
            "description": (
                "Kain katun 2 x 1,15 m dengan cetakan daun berwarna gelap di atas latar merah "
                "muda dari kayu secang. Dikukus lalu dikunci warnanya dengan fiksasi alami. "
                "Warnanya akan sedikit melembut seiring waktu, ciri khas pewarna alam."
            ),
        },
        "en": {
            "name": "Eco-print Cloth on a Sappanwood Ground",
            "description": (
                "Cotton cloth, 2 x 1.15 m, with dark leaf prints on a pink ground dyed with "
                "sappanwood. Steamed, then fixed with natural fixatives. The colours soften a "
                "little over time, as natural dyes do."
            ),
        },
    },
    {
        "slug": "tas-selempang-ecoprint",
        "artisan": "rumah-ecoprint-ayu-kapas",
        "category": "eco-print",
        "technique": "ecoprint-steaming",
        "motif": None,
        "materials": ["kanvas", "kulit-sintetis"],
        "price": 195000,
        "stock": 8,
        "photo": "bag",
        "weight_grams": 380,
        "id": {
            "name": "Tas Selempang Eco-print",
            "description": (
                "Tas selempang kecil 24 x 18 cm dari kanvas eco-print dengan latar cokelat "
                "mahoni. Bertali panjang yang bisa diatur, dengan ritsleting dan satu kantong "
                "dalam. Pas untuk membawa ponsel, dompet, dan kunci."
            ),
        },
        "en": {
            "name": "Eco-print Crossbody Bag",
            "description": (
                "A small 24 x 18 cm crossbody bag in eco-printed canvas on a mahogany-brown "
                "ground. Adjustable long strap, zip closure and one inner pocket. Just right for "
                "a phone, wallet and keys."
            ),
        },
    },
    {
        "slug": "panel-ukir-jati-daun-dan-bunga",
        "artisan": "ukir-jati-mulyo-ngraho",
        "category": "dekorasi-rumah",
        "technique": "ukir-kayu",
        "motif": None,
        "materials": ["kayu-jati"],
        "price": 1350000,
        "stock": 2,
        "photo": "decor",
        "weight_grams": 4500,
        "id": {
            "name": "Panel Ukir Jati Daun dan Bunga",
            "description": (
                "Panel kayu jati 60 x 40 cm yang diukir tangan dengan rangkaian daun dan bunga "
                "jati. Diberi pelapis minyak alami sehingga serat kayunya tetap terlihat. Sudah "
                "dilengkapi pengait untuk digantung di dinding."
            ),
        },
        "en": {
            "name": "Carved Teak Panel, Leaves and Flowers",
            "description": (
                "A 60 x 40 cm teak panel hand-carved with teak leaves and flowers. Finished with "
                "natural oil so the grain still shows. Comes with a hook for hanging on the wall."
            ),
        },
    },
    {
        "slug": "wayang-thengul-ukir-mini",
        "artisan": "ukir-jati-mulyo-ngraho",
        "category": "dekorasi-rumah",
        "technique": "ukir-kayu",
        "motif": None,
        "materials": ["kayu-jati", "katun"],
        "price": 275000,
        "stock": 12,
        "photo": "decor",
        "weight_grams": 600,
        "id": {
            "name": "Wayang Thengul Mini Ukir Jati",
            "description": (
                "Wayang Thengul setinggi 35 cm yang diukir dari kayu jati dan dicat tangan, "
                "lengkap dengan busana kain dan dudukan kayu. Tokoh yang tersedia bisa ditanyakan "
                "langsung kepada perajin. Cendera mata khas Bojonegoro untuk tamu dan kolega."
            ),
        },
        "en": {
            "name": "Mini Wayang Thengul Puppet in Teak",
            "description": (
                "A 35 cm Wayang Thengul puppet carved from teak and painted by hand, with a cloth "
                "costume and a wooden stand. Ask the carver which characters are available. A "
                "Bojonegoro keepsake for guests and colleagues."
            ),
        },
    },
    {
        "slug": "tas-anyaman-bambu-lapis-batik",
        "artisan": "anyaman-bambu-tondomulo",
        "category": "tas",
        "technique": "anyaman",
        "motif": None,
        "materials": ["bambu", "kain-batik"],
        "price": 145000,
        "stock": 10,
        "photo": "bag",
        "weight_grams": 450,
        "id": {
            "name": "Tas Anyaman Bambu Lapis Batik",
            "description": (
                "Tas jinjing anyaman bambu 30 x 22 x 12 cm dengan pola kotak dari bilah yang "
                "diwarnai. Bagian dalamnya dilapisi kain batik dan diberi tutup bertali. Ringan, "
                "kuat, dan cocok untuk ke pasar maupun jalan-jalan."
            ),
        },
        "en": {
            "name": "Woven Bamboo Bag with Batik Lining",
            "description": (
                "A 30 x 22 x 12 cm woven bamboo handbag with a check pattern of dyed strips. "
                "Lined with batik cloth and closed with a drawstring cover. Light and strong, for "
                "the market or a day out."
            ),
        },
    },
    {
        "slug": "set-keranjang-anyaman-bambu",
        "artisan": "anyaman-bambu-tondomulo",
        "category": "dekorasi-rumah",
        "technique": "anyaman",
        "motif": None,
        "materials": ["bambu"],
        "price": 95000,
        "stock": 15,
        "photo": "decor",
        "weight_grams": 800,
        "id": {
            "name": "Set Keranjang Anyaman Bambu Isi 3",
            "description": (
                "Tiga keranjang anyaman bambu berukuran kecil, sedang, dan besar yang bisa "
                "disusun satu di dalam yang lain. Cocok untuk wadah buah, roti, atau perlengkapan "
                "rumah. Bersihkan cukup dengan kain kering atau kuas."
            ),
        },
        "en": {
            "name": "Set of 3 Woven Bamboo Baskets",
            "description": (
                "Three woven bamboo baskets, small, medium and large, that nest inside one "
                "another. Use them for fruit, bread or odds and ends around the house. Clean with "
                "a dry cloth or a brush."
            ),
        },
    },
    {
        "slug": "ledre-pisang-original",
        "artisan": "ledre-sari-rasa-padangan",
        "category": "camilan",
        "technique": "olahan-pangan",
        "motif": None,
        "materials": [],
        "ingredients": {
            "id": "pisang, tepung beras, gula, santan",
            "en": "banana, rice flour, sugar, coconut milk",
        },
        "price": 35000,
        "stock": 40,
        "photo": "food-pack",
        "weight_grams": 250,
        "id": {
            "name": "Ledre Pisang Rasa Original 200 g",
            "description": (
                "Gulungan ledre tipis dan renyah dengan rasa pisang yang manis alami. Dibuat "
                "dengan tangan tanpa pengawet dan dikemas kedap udara. Tahan sekitar tiga bulan "
                "bila kemasan tertutup rapat; PIRT dan halal."
            ),
        },
        "en": {
            "name": "Original Banana Ledre, 200 g",
            "description": (
                "Thin, crisp rolls of ledre with the natural sweetness of banana. Handmade "
                "without preservatives and packed airtight. Keeps for about three months while "
                "sealed; PIRT registered and halal certified."
            ),
        },
    },
    {
        "slug": "ledre-pisang-cokelat",
        "artisan": "ledre-sari-rasa-padangan",
        "category": "camilan",
        "technique": "olahan-pangan",
        "motif": None,
        "materials": [],
        "ingredients": {
            "id": "pisang, tepung beras, gula, santan, cokelat",
            "en": "banana, rice flour, sugar, coconut milk, cocoa",
        },
        "price": 38000,
        "stock": 30,
        "photo": "food-pack",
        "weight_grams": 250,
        "id": {
            "name": "Ledre Pisang Rasa Cokelat 200 g",
            "description": (
                "Ledre renyah dengan paduan pisang dan cokelat, disukai anak-anak maupun orang "
                "dewasa. Dibuat dengan tangan dan dikemas kedap udara. PIRT dan halal."
            ),
        },
        "en": {
            "name": "Chocolate Banana Ledre, 200 g",
            "description": (
                "Crisp ledre combining banana and chocolate, loved by children and grown-ups "
                "alike. Handmade and packed airtight. PIRT registered and halal certified."
            ),
        },
    },
    {
        "slug": "paket-ledre-tiga-rasa",
        "artisan": "ledre-sari-rasa-padangan",
        "category": "camilan",
        "technique": "olahan-pangan",
        "motif": None,
        "materials": [],
        "ingredients": {
            "id": "pisang, tepung beras, gula, santan, cokelat, daun pandan",
            "en": "banana, rice flour, sugar, coconut milk, cocoa, pandan leaf",
        },
        "price": 60000,
        "stock": 20,
        "photo": "food-pack",
        "weight_grams": 450,
        "id": {
            "name": "Paket Oleh-oleh Ledre Tiga Rasa",
            "description": (
                "Tiga kemasan ledre masing-masing 100 g: original, cokelat, dan pandan, dalam "
                "kotak kertas bergambar motif batik. Pas sebagai buah tangan dari Bojonegoro. "
                "PIRT dan halal."
            ),
        },
        "en": {
            "name": "Ledre Gift Box, Three Flavours",
            "description": (
                "Three 100 g packs of ledre, original, chocolate and pandan, in a paper box "
                "printed with a batik pattern. A fitting gift to bring home from Bojonegoro. PIRT "
                "registered and halal certified."
            ),
        },
    },
    {
        "slug": "teh-daun-jati-serai",
        "artisan": "wedang-alas-malo",
        "category": "minuman",
        "technique": "olahan-pangan",
        "motif": None,
        "materials": [],
        "ingredients": {
            "id": "daun jati muda kering, serai",
            "en": "dried young teak leaves, lemongrass",
        },
        "price": 30000,
        "stock": 35,
        "photo": "drink",
        "weight_grams": 150,
        "id": {
            "name": "Teh Daun Jati dan Serai, 20 Kantong Celup",
            "description": (
                "Racikan daun jati muda kering dan serai dalam 20 kantong celup. Seduh satu "
                "kantong dengan air mendidih selama lima menit untuk teh berwarna merah "
                "kecokelatan yang harum. PIRT."
            ),
        },
        "en": {
            "name": "Teak Leaf and Lemongrass Tea, 20 Tea Bags",
            "description": (
                "A blend of dried young teak leaves and lemongrass in 20 tea bags. Steep one bag "
                "in boiling water for five minutes for a fragrant, reddish-brown tea. PIRT "
                "registered."
            ),
        },
    },
    {
        "slug": "jahe-merah-instan-rempah",
        "artisan": "wedang-alas-malo",
        "category": "minuman",
        "technique": "olahan-pangan",
        "motif": None,
        "materials": [],
        "ingredients": {
            "id": "jahe merah, gula aren, serai, kayu manis",
            "en": "red ginger, palm sugar, lemongrass, cinnamon",
        },
        "price": 28000,
        "stock": 40,
        "photo": "drink",
        "weight_grams": 300,
        "id": {
            "name": "Jahe Merah Instan Rempah 250 g",
            "description": (
                "Serbuk jahe merah dengan gula aren, serai, dan kayu manis. Cukup larutkan dua "
                "sendok teh dalam segelas air panas untuk minuman hangat yang pedas manis. "
                "Dikemas dalam kantong bersegel yang bisa ditutup ulang; PIRT."
            ),
        },
        "en": {
            "name": "Instant Spiced Red Ginger Drink, 250 g",
            "description": (
                "Powdered red ginger with palm sugar, lemongrass and cinnamon. Stir two teaspoons "
                "into a glass of hot water for a warming, sweet and spicy drink. Packed in a "
                "resealable pouch; PIRT registered."
            ),
        },
    },
]
