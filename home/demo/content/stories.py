"""News, exhibitions and training announcements."""

# News, exhibitions and training, dated June to November 2026.
STORY_INDEX = {
    "id": {
        "title": "Kabar",
        "intro": (
            "Berita dari Dekranasda Kabupaten Bojonegoro dan para perajinnya: pameran yang kami "
            "ikuti, bimbingan teknis yang kami selenggarakan, dan cerita di balik batik "
            "Jonegoroan."
        ),
    },
    "en": {
        "title": "News & events",
        "intro": (
            "News from Dekranasda Kabupaten Bojonegoro and its artisans: the exhibitions we take "
            "part in, the training we run, and the stories behind Jonegoroan batik."
        ),
    },
}


STORIES = [
    {
        "slug": "pasar-kriya-resmi-dibuka",
        "tags": ["pasar-kriya", "umkm"],
        "slug_en": "pasar-kriya-opens",
        "kind": "news",
        "date": "2026-06-08",
        "artisans": [
            "jumput-asri-prayungan",
            "ledre-sari-rasa-padangan",
            "batik-sekar-jati-dander",
        ],
        "id": {
            "title": (
                "Pasar Kriya resmi dibuka: karya perajin Bojonegoro kini bisa dibeli dari mana saja"
            ),
            "intro": (
                "Dekranasda Kabupaten Bojonegoro meluncurkan Pasar Kriya, etalase dan toko daring "
                "bagi IKM kerajinan serta makanan dan minuman di Bojonegoro."
            ),
            "body": [
                (
                    "paragraph",
                    "Mulai hari ini, batik Jonegoroan, eco-print, ukiran jati, anyaman bambu, "
                    "serta camilan dan minuman khas Bojonegoro dapat dibeli langsung dari "
                    "perajinnya melalui Pasar Kriya. Pembeli bisa menelusuri produk menurut "
                    "kategori, teknik, motif, dan kecamatan asal, lalu membayar dengan kartu "
                    "atau transfer bank.",
                ),
                ("heading", "Dua belas perajin pertama"),
                (
                    "paragraph",
                    "Pada tahap awal, dua belas perajin dari dua belas kecamatan bergabung, "
                    "mulai dari pembatik di Dander dan Baureno, kelompok jumput di Prayungan, "
                    "hingga pembuat ledre di Padangan. Setiap perajin memiliki halaman profil "
                    "yang menceritakan usahanya, dan dapat mengunggah produk serta memperbarui "
                    "stok langsung dari ponsel.",
                ),
                (
                    "quote",
                    "Dulu pembeli dari luar kota harus datang ke Prayungan atau titip lewat "
                    "kenalan. Sekarang mereka bisa melihat kain kami dan langsung memesan.",
                    "Siti Masruroh, Jumput Asri Prayungan",
                ),
                ("heading", "Pesanan dikirim langsung oleh perajin"),
                (
                    "paragraph",
                    "Satu pesanan boleh berisi produk dari beberapa perajin. Setiap perajin "
                    "mengemas dan mengirim bagiannya sendiri, lalu memasukkan nomor resi agar "
                    "pembeli dapat memantau paketnya. Dekranasda memeriksa setiap profil dan "
                    "produk sebelum tayang dan membantu bila ada kendala.",
                ),
                (
                    "paragraph",
                    "IKM Bojonegoro yang ingin bergabung dapat menghubungi Dekranasda melalui "
                    "WhatsApp atau datang ke kantor kami. Siapkan NIB, foto produk, dan untuk "
                    "produk pangan, izin PIRT atau BPOM.",
                ),
            ],
        },
        "en": {
            "title": "Pasar Kriya opens: Bojonegoro's crafts can now be bought from anywhere",
            "intro": (
                "Dekranasda Kabupaten Bojonegoro has launched Pasar Kriya, an online showcase and "
                "shop for the district's craft, food and drink businesses."
            ),
            "body": [
                (
                    "paragraph",
                    "From today, Jonegoroan batik, eco-print, teak carving, woven bamboo and "
                    "Bojonegoro's own snacks and drinks can be bought directly from their makers "
                    "on Pasar Kriya. Buyers can browse by category, technique, motif and "
                    "district, then pay by card or bank transfer.",
                ),
                ("heading", "The first twelve artisans"),
                (
                    "paragraph",
                    "Twelve artisans from twelve districts have joined at the start, from batik "
                    "makers in Dander and Baureno and the tie-dye group in Prayungan to a ledre "
                    "maker in Padangan. Each has a profile page telling the story of their "
                    "business, and each can add products and update stock straight from a phone.",
                ),
                (
                    "quote",
                    "Buyers from other towns used to have to come to Prayungan or ask someone "
                    "they knew to bring our cloth back. Now they can see it online and order "
                    "straight away.",
                    "Siti Masruroh, Jumput Asri Prayungan",
                ),
                ("heading", "Shipped by the artisans themselves"),
                (
                    "paragraph",
                    "One order may include products from several artisans. Each artisan packs "
                    "and ships their own part and enters the tracking number, so buyers can "
                    "follow every parcel. The council reviews each profile and listing before it "
                    "goes live and steps in when something goes wrong.",
                ),
                (
                    "paragraph",
                    "Bojonegoro businesses that would like to join can contact the council on "
                    "WhatsApp or visit our office. Please bring your business identification "
                    "number (NIB), product photos and, for food, your PIRT or BPOM registration.",
                ),
            ],
        },
    },
    {
        "slug": "bimtek-pemasaran-daring-dan-kemasan-pangan",
        "tags": ["bimtek", "pemasaran-digital", "pangan"],
        "slug_en": "online-marketing-and-packaging-training",
        "kind": "training",
        "date": "2026-07-14",
        "artisans": ["ledre-sari-rasa-padangan", "wedang-alas-malo"],
        "id": {
            "title": "Bimtek pemasaran daring dan kemasan untuk produsen makanan dan minuman",
            "intro": (
                "Tiga puluh produsen makanan dan minuman belajar memotret produk, menulis "
                "deskripsi yang menjual, dan merancang kemasan yang aman dikirim."
            ),
            "body": [
                (
                    "paragraph",
                    "Dekranasda Kabupaten Bojonegoro bersama Dinas Perindustrian dan Tenaga "
                    "Kerja menggelar bimbingan teknis selama dua hari bagi produsen makanan dan "
                    "minuman. Pesertanya datang dari berbagai kecamatan, sebagian besar pelaku "
                    "usaha rumahan yang baru mulai berjualan secara daring.",
                ),
                ("heading", "Foto produk cukup dengan ponsel"),
                (
                    "paragraph",
                    "Pada hari pertama, peserta berlatih memotret produk memakai cahaya jendela "
                    "dan latar sederhana, lalu menulis nama dan deskripsi produk yang jelas: "
                    "isi, berat bersih, rasa, dan cara penyimpanan. Setiap peserta pulang dengan "
                    "setidaknya tiga produk yang siap diunggah ke Pasar Kriya.",
                ),
                ("heading", "Kemasan yang aman dan berlabel lengkap"),
                (
                    "paragraph",
                    "Hari kedua membahas kemasan dan merek. Peserta belajar memilih kemasan "
                    "kedap udara yang tahan perjalanan jauh, serta mencantumkan label yang "
                    "lengkap: komposisi, berat bersih, nama dan alamat produsen, nomor PIRT, "
                    "logo halal bila sudah bersertifikat, dan tanggal kedaluwarsa.",
                ),
                (
                    "quote",
                    "Dulu ledre saya sering patah di jalan. Setelah ganti kemasan, pembeli dari "
                    "Surabaya dan Jakarta menerimanya masih utuh dan renyah.",
                    "Sulastri, Ledre Sari Rasa",
                ),
                (
                    "paragraph",
                    "Setelah bimtek, tim Dekranasda mendampingi peserta saat mendaftarkan "
                    "produknya di Pasar Kriya, mulai dari menyiapkan foto sampai menentukan "
                    "ongkos kirim.",
                ),
            ],
        },
        "en": {
            "title": "Training in online marketing and packaging for food and drink makers",
            "intro": (
                "Thirty food and drink producers learned to photograph their products, write "
                "descriptions that sell and design packaging that survives the journey."
            ),
            "body": [
                (
                    "paragraph",
                    "Dekranasda Kabupaten Bojonegoro and the regency's office for industry and "
                    "labour held a two-day training course for food and drink producers. "
                    "Participants came from many districts, most of them home businesses that "
                    "have only just started selling online.",
                ),
                ("heading", "Product photos with a phone"),
                (
                    "paragraph",
                    "On the first day, participants practised photographing their products by "
                    "window light against a simple background, then wrote clear names and "
                    "descriptions: contents, net weight, flavour and how to store the product. "
                    "Everyone went home with at least three products ready to list on Pasar "
                    "Kriya.",
                ),
                ("heading", "Safe packaging with a complete label"),
                (
                    "paragraph",
                    "The second day covered packaging and branding. Participants learned to "
                    "choose airtight packs that stand up to long journeys and to print complete "
                    "labels: ingredients, net weight, the maker's name and address, the PIRT "
                    "number, the halal logo where certified, and the expiry date.",
                ),
                (
                    "quote",
                    "My ledre used to break on the way. Since I changed the packaging, buyers in "
                    "Surabaya and Jakarta get it whole and crisp.",
                    "Sulastri, Ledre Sari Rasa",
                ),
                (
                    "paragraph",
                    "After the course, the council's team is helping participants list their "
                    "products on Pasar Kriya, from preparing photos to setting shipping costs.",
                ),
            ],
        },
    },
    {
        "slug": "bimtek-pewarna-alam-batik-dan-ecoprint",
        "tags": ["bimtek", "pewarna-alam", "ecoprint"],
        "slug_en": "natural-dye-training-for-batik-and-eco-print",
        "kind": "training",
        "date": "2026-08-18",
        "artisans": [
            "godhong-ecoprint-temayang",
            "rumah-ecoprint-ayu-kapas",
            "batik-sekar-jati-dander",
            "jumput-asri-prayungan",
        ],
        "id": {
            "title": "Bimtek pewarna alam bagi perajin batik dan eco-print",
            "intro": (
                "Perajin batik, jumput, dan eco-print berlatih mengolah warna dari kayu, kulit "
                "kayu, dan daun yang tumbuh di sekitar mereka."
            ),
            "body": [
                (
                    "paragraph",
                    "Selama tiga hari, dua puluh lima perajin batik, jumput, dan eco-print "
                    "mengikuti bimbingan teknis pewarna alam di Bojonegoro. Mereka belajar "
                    "mengekstrak warna dari kayu secang, kulit kayu mahoni, daun indigo, dan "
                    "daun jati, lalu mencobanya pada katun dan sutra.",
                ),
                ("heading", "Dari mordan sampai fiksasi"),
                (
                    "paragraph",
                    "Peserta mempraktikkan setiap tahap: menyiapkan kain dengan mordan, mencelup "
                    "berulang kali untuk memperoleh warna yang pekat, lalu mengunci warna dengan "
                    "larutan fiksasi seperti tawas, kapur, atau tunjung. Setiap bahan fiksasi "
                    "menghasilkan arah warna yang berbeda, sehingga satu jenis pewarna bisa "
                    "memberi beberapa pilihan warna.",
                ),
                (
                    "quote",
                    "Ternyata daun jati dari belakang rumah bisa menghasilkan warna yang tidak "
                    "kalah dengan pewarna pabrik. Saya pulang membawa catatan resep untuk dicoba "
                    "di bengkel.",
                    "Ratna Dewi Kusumawati, Godhong Ecoprint",
                ),
                ("heading", "Limbah yang lebih ramah lingkungan"),
                (
                    "paragraph",
                    "Pewarna alam menghasilkan limbah yang lebih mudah diolah dibandingkan "
                    "pewarna sintetis. Peserta juga belajar membuat bak pengendapan sederhana "
                    "agar sisa pencelupan tidak langsung dibuang ke selokan atau sungai.",
                ),
                (
                    "paragraph",
                    "Produk berpewarna alam dari para peserta akan ditandai di katalog Pasar "
                    "Kriya, sehingga pembeli yang mencarinya dapat menemukannya dengan mudah.",
                ),
            ],
        },
        "en": {
            "title": "Natural dye training for batik and eco-print makers",
            "intro": (
                "Batik, tie-dye and eco-print makers practised drawing colour from the wood, bark "
                "and leaves that grow around them."
            ),
            "body": [
                (
                    "paragraph",
                    "Over three days, twenty-five batik, tie-dye and eco-print makers attended a "
                    "natural dye course in Bojonegoro. They learned to extract colour from "
                    "sappanwood, mahogany bark, indigo leaves and teak leaves, and tried each "
                    "one on cotton and silk.",
                ),
                ("heading", "From mordant to fixing"),
                (
                    "paragraph",
                    "Participants worked through every step: preparing the cloth with a mordant, "
                    "dyeing it again and again for deep colour, then fixing the colour in a bath "
                    "of alum, lime or iron sulphate. Each fixative shifts the shade in its own "
                    "direction, so a single dye can give several colours.",
                ),
                (
                    "quote",
                    "I had no idea the teak leaves behind my house could give colours as good as "
                    "factory dyes. I went home with a notebook full of recipes to try in the "
                    "workshop.",
                    "Ratna Dewi Kusumawati, Godhong Ecoprint",
                ),
                ("heading", "Kinder waste water"),
                (
                    "paragraph",
                    "Natural dyes leave waste water that is easier to treat than that of "
                    "synthetic dyes. Participants also learned to build a simple settling tank "
                    "so that leftover dye is not poured straight into drains or rivers.",
                ),
                (
                    "paragraph",
                    "Naturally dyed products from the participants will be marked in the Pasar "
                    "Kriya catalog so that buyers looking for them can find them easily.",
                ),
            ],
        },
    },
    {
        "slug": "pameran-kriya-di-surabaya",
        "tags": ["pameran", "surabaya"],
        "slug_en": "craft-fair-in-surabaya",
        "kind": "exhibition",
        "date": "2026-09-21",
        "artisans": [
            "griya-batik-dahana",
            "batik-lintang-kalitidu",
            "anyaman-bambu-tondomulo",
            "ukir-jati-mulyo-ngraho",
            "ledre-sari-rasa-padangan",
        ],
        "id": {
            "title": "Perajin Bojonegoro meramaikan pameran kriya di Surabaya",
            "intro": (
                "Lima perajin Bojonegoro membuka stan bersama Dekranasda dalam pameran kerajinan "
                "daerah di sebuah pusat perbelanjaan di Surabaya."
            ),
            "body": [
                (
                    "paragraph",
                    "Selama lima hari, 16 sampai 20 September 2026, stan Dekranasda Kabupaten "
                    "Bojonegoro menampilkan batik Jonegoroan, ukiran jati, anyaman bambu, dan "
                    "ledre. Pengunjung dapat melihat langsung perajin membatik dengan canting "
                    "dan mencicipi ledre yang baru dibuka dari kemasannya.",
                ),
                ("heading", "Wayang Thengul mencuri perhatian"),
                (
                    "paragraph",
                    "Wayang Thengul mini dari Ukir Jati Mulyo menjadi salah satu produk yang "
                    "paling banyak ditanyakan. Banyak pengunjung baru tahu bahwa Bojonegoro "
                    "memiliki seni wayang kayu sendiri, dan mereka betah berlama-lama mendengar "
                    "perajin bercerita tentang tokoh-tokohnya sambil mengukir di stan.",
                ),
                (
                    "quote",
                    "Orang Surabaya senang bisa memegang kayunya dan mendengar ceritanya "
                    "langsung. Beberapa kantor sudah memesan wayang untuk suvenir akhir tahun.",
                    "Supriyanto, Ukir Jati Mulyo",
                ),
                ("heading", "Berlanjut di Pasar Kriya"),
                (
                    "paragraph",
                    "Untuk pengunjung yang belum sempat membeli, setiap produk di stan diberi "
                    "kode QR yang mengarah ke halaman produknya di Pasar Kriya. Pesanan yang "
                    "masuk setelah pameran dikirim langsung oleh perajin dari Bojonegoro.",
                ),
            ],
        },
        "en": {
            "title": "Bojonegoro artisans bring their work to a craft fair in Surabaya",
            "intro": (
                "Five Bojonegoro artisans shared the council's stand at a regional craft fair in "
                "a Surabaya shopping centre."
            ),
            "body": [
                (
                    "paragraph",
                    "For five days, from 16 to 20 September 2026, the stand of Dekranasda "
                    "Kabupaten Bojonegoro showed Jonegoroan batik, teak carving, woven bamboo "
                    "and ledre. Visitors could watch batik being drawn with a canting and taste "
                    "ledre fresh out of the pack.",
                ),
                ("heading", "Wayang Thengul steals the show"),
                (
                    "paragraph",
                    "The mini Wayang Thengul puppets from Ukir Jati Mulyo drew more questions "
                    "than almost anything else. Many visitors had never heard that Bojonegoro "
                    "has its own wooden-puppet theatre, and they lingered to hear the carver "
                    "talk about the characters as he worked at the stand.",
                ),
                (
                    "quote",
                    "People in Surabaya loved holding the wood and hearing the story first-hand. "
                    "A few companies have already ordered puppets as year-end gifts.",
                    "Supriyanto, Ukir Jati Mulyo",
                ),
                ("heading", "Carrying on at Pasar Kriya"),
                (
                    "paragraph",
                    "For visitors who did not buy on the spot, every product on the stand "
                    "carried a QR code leading to its page on Pasar Kriya. Orders placed after "
                    "the fair are shipped by the artisans directly from Bojonegoro.",
                ),
            ],
        },
    },
    {
        "slug": "tujuh-belas-tahun-batik-jonegoroan",
        "tags": ["batik-jonegoroan", "hari-batik"],
        "slug_en": "seventeen-years-of-jonegoroan-batik",
        "kind": "news",
        "date": "2026-10-02",
        "artisans": [
            "griya-batik-dahana",
            "sanggar-batik-rancak-baureno",
            "batik-sumilak-kepohbaru",
        ],
        "id": {
            "title": "Hari Batik Nasional: tujuh belas tahun motif Jonegoroan",
            "intro": (
                "Pada Hari Batik Nasional, kami menengok kembali perjalanan sembilan motif batik "
                "Jonegoroan sejak diperkenalkan pada 29 Maret 2009."
            ),
            "body": [
                (
                    "paragraph",
                    "Tujuh belas tahun lalu, sembilan motif hasil lomba desain batik "
                    "diperkenalkan sebagai batik khas Bojonegoro. Motif-motif itu mengangkat apa "
                    "yang paling dikenal dari daerah ini: minyak dan gas bumi Blok Cepu, jagung "
                    "dan padi, legenda Angling Dharma, api abadi Kahyangan Api, sapi, Wayang "
                    "Thengul, tembakau, dan hutan jati.",
                ),
                ("heading", "Dari lomba desain ke lemari pakaian"),
                (
                    "paragraph",
                    "Sejak saat itu, motif Jonegoroan dipakai dalam kain, kemeja, dress, tas, "
                    "hingga sepatu. Lomba-lomba berikutnya menambah motif buah dan tanaman, "
                    "antara lain Pelem Suminar (mangga), Sekar Rosela (rosela), dan Woh Roning "
                    "Pisang (buah dan daun pisang), yang terakhir terinspirasi dari ledre.",
                ),
                (
                    "quote",
                    "Saya mulai membatik tahun 2009, bersamaan dengan lahirnya motif-motif ini. "
                    "Rasanya seperti tumbuh besar bersama mereka.",
                    "Bambang Setyo Nugroho, Griya Batik Dahana",
                ),
                ("heading", "Sembilan motif, satu katalog"),
                (
                    "paragraph",
                    "Di Pasar Kriya, setiap motif kini memiliki halaman sendiri yang "
                    "menceritakan makna, sejarah, dan tekniknya, lengkap dengan karya perajin "
                    "yang membatiknya. Selamat Hari Batik Nasional, dan mari memakai batik "
                    "buatan perajin daerah sendiri.",
                ),
            ],
        },
        "en": {
            "title": "National Batik Day: seventeen years of the Jonegoroan motifs",
            "intro": (
                "On National Batik Day we look back on the nine Jonegoroan batik motifs since "
                "they were introduced on 29 March 2009."
            ),
            "body": [
                (
                    "paragraph",
                    "Seventeen years ago, nine motifs from a batik design contest were "
                    "introduced as Bojonegoro's own batik. They drew on what the district is "
                    "best known for: the oil and gas of Blok Cepu, maize and rice, the legend of "
                    "Angling Dharma, the eternal flame of Kahyangan Api, cattle, Wayang Thengul, "
                    "tobacco and the teak forests.",
                ),
                ("heading", "From a design contest to the wardrobe"),
                (
                    "paragraph",
                    "Since then the Jonegoroan motifs have found their way onto cloth, shirts, "
                    "dresses, bags and even shoes. Later contests added fruit and plant motifs, "
                    "among them Pelem Suminar (mango), Sekar Rosela (rosella) and Woh Roning "
                    "Pisang (banana fruit and leaf), the last inspired by the banana snack ledre.",
                ),
                (
                    "quote",
                    "I started making batik in 2009, just as these motifs were born. It feels as "
                    "if I grew up with them.",
                    "Bambang Setyo Nugroho, Griya Batik Dahana",
                ),
                ("heading", "Nine motifs, one catalog"),
                (
                    "paragraph",
                    "On Pasar Kriya each motif now has its own page on its meaning, history and "
                    "technique, together with the pieces our artisans make in it. Happy National "
                    "Batik Day, and wear batik made by the artisans of your own region.",
                ),
            ],
        },
    },
    {
        "slug": "perajin-bojonegoro-di-inacraft",
        "tags": ["pameran", "inacraft"],
        "slug_en": "bojonegoro-artisans-at-inacraft",
        "kind": "exhibition",
        "date": "2026-11-12",
        "artisans": [
            "batik-sekar-jati-dander",
            "griya-batik-dahana",
            "sanggar-batik-rancak-baureno",
            "jumput-asri-prayungan",
            "godhong-ecoprint-temayang",
            "ukir-jati-mulyo-ngraho",
        ],
        "id": {
            "title": "Enam perajin Bojonegoro tampil di Inacraft Jakarta",
            "intro": (
                "Batik tulis Jonegoroan, jumput Prayungan, eco-print, dan ukiran jati dibawa "
                "Dekranasda ke Inacraft, pameran kerajinan internasional di Jakarta."
            ),
            "body": [
                (
                    "paragraph",
                    "Dekranasda Kabupaten Bojonegoro membawa enam perajin ke Inacraft di "
                    "Jakarta. Stan Bojonegoro menampilkan batik tulis bermotif Sekar Jati, "
                    "Parang Dahana Munggal, Rancak Thengul, dan Mliwis Mukti, di samping kain "
                    "jumput, syal eco-print, dan ukiran kayu jati.",
                ),
                ("heading", "Pembeli mancanegara bertanya soal pesanan grosir"),
                (
                    "paragraph",
                    "Selain pengunjung umum, stan didatangi pembeli dan agen dari luar negeri "
                    "yang menanyakan pesanan dalam jumlah besar. Para perajin mencatat kebutuhan "
                    "mereka, dan permintaan penawaran kini diteruskan melalui Pasar Kriya, "
                    "lengkap dengan jumlah, negara tujuan, dan incoterm, sebelum faktur proforma "
                    "dikirim.",
                ),
                (
                    "quote",
                    "Ada pembeli yang ingin tahu cerita di balik setiap tokoh wayang di kain "
                    "saya. Di situ saya yakin batik tulis kita punya tempat di pasar dunia.",
                    "Wiwik Handayani, Sanggar Batik Rancak",
                ),
                ("heading", "Persiapan yang panjang"),
                (
                    "paragraph",
                    "Menjelang pameran, para perajin menyiapkan stok, memperbarui foto produk, "
                    "dan berlatih menjelaskan teknik serta makna motif dalam bahasa Inggris. "
                    "Dekranasda akan terus mendampingi mereka menindaklanjuti setiap permintaan "
                    "yang masuk.",
                ),
            ],
        },
        "en": {
            "title": "Six Bojonegoro artisans at Inacraft in Jakarta",
            "intro": (
                "The council took hand-drawn Jonegoroan batik, Prayungan tie-dye, eco-print and "
                "teak carving to Inacraft, the international craft fair in Jakarta."
            ),
            "body": [
                (
                    "paragraph",
                    "Dekranasda Kabupaten Bojonegoro brought six artisans to Inacraft in "
                    "Jakarta. The Bojonegoro stand showed hand-drawn batik in the Sekar Jati, "
                    "Parang Dahana Munggal, Rancak Thengul and Mliwis Mukti motifs, alongside "
                    "jumput tie-dye, eco-print scarves and teak carvings.",
                ),
                ("heading", "Buyers from abroad ask about wholesale"),
                (
                    "paragraph",
                    "Besides the general public, buyers and agents from abroad came to the stand "
                    "to ask about larger orders. The artisans noted what they needed, and those "
                    "quote requests now go through Pasar Kriya, with quantity, destination "
                    "country and incoterm, before a proforma invoice is sent.",
                ),
                (
                    "quote",
                    "One buyer wanted to hear the story behind every puppet on my cloth. That "
                    "was when I knew our hand-drawn batik has a place in the world market.",
                    "Wiwik Handayani, Sanggar Batik Rancak",
                ),
                ("heading", "Long preparations"),
                (
                    "paragraph",
                    "Before the fair, the artisans built up stock, took new product photos and "
                    "practised explaining their techniques and the meaning of the motifs in "
                    "English. The council will keep helping them follow up on every request that "
                    "comes in.",
                ),
            ],
        },
    },
]
