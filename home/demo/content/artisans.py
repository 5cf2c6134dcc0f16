"""The fictional artisans of the demo, across the districts, and their index page."""

# Twelve fictional artisans (IKM) in twelve districts; villages are from the Kemendagri list.
ARTISAN_INDEX = {
    "id": {
        "title": "Perajin",
        "intro": (
            "Kenali para perajin dan produsen yang karyanya dijual di Pasar Kriya: pembatik, "
            "pembuat eco-print, pengukir kayu jati, penganyam bambu, serta pembuat camilan dan "
            "minuman khas Bojonegoro. Setiap profil memuat kisah usaha, kecamatan asal, dan cara "
            "menghubungi mereka."
        ),
    },
    "en": {
        "title": "Artisans",
        "intro": (
            "Meet the makers whose work is sold on Pasar Kriya: batik makers, eco-printers, teak "
            "carvers, bamboo weavers and the people behind Bojonegoro's snacks and drinks. Each "
            "profile tells the story of the business, where it is based and how to reach it."
        ),
    },
}


ARTISANS = [
    {
        "slug": "batik-sekar-jati-dander",
        "business_name": "Batik Sekar Jati",
        "owner_name": "Sri Wahyuningsih",
        "sector": "batik",
        "district": "Dander",
        "village": "Ngunut",
        "founded_year": 2011,
        "workers": 6,
        "whatsapp": "+6281100000002",
        "instagram": "batiksekarjati.dander",
        "techniques": ["batik-tulis", "batik-cap", "batik-kombinasi"],
        "id": {
            "intro": (
                "Rumah batik di Desa Ngunut, Dander, yang menjadikan pohon jati di sekitarnya "
                "sumber gagasan motif."
            ),
            "story": [
                (
                    "Sri Wahyuningsih belajar membatik dari kursus di balai desa, lalu membuka "
                    "usaha sendiri pada 2011 dengan dua canting dan sebuah kompor kecil. Rumahnya "
                    "dikelilingi kebun dan pohon jati, sehingga motif Sekar Jati terasa paling "
                    "dekat dengan kesehariannya."
                ),
                (
                    "Kini enam orang, sebagian besar ibu rumah tangga dari lingkungan sekitar, "
                    "bekerja bersamanya. Mereka berbagi tugas: ada yang menggambar pola, ada yang "
                    "menembok dan mewarna, ada pula yang khusus mengerjakan batik cap untuk "
                    "pesanan seragam."
                ),
                (
                    "Sri senang bereksperimen dengan warna sogan dan hijau daun. Untuk kain sutra "
                    "ia hanya mengerjakan batik tulis, dan selembar kain tulis bisa memakan waktu "
                    "tiga sampai lima minggu, tergantung kerumitan motifnya."
                ),
            ],
        },
        "en": {
            "intro": (
                "A batik house in Ngunut village, Dander, that takes its ideas from the teak "
                "trees around it."
            ),
            "story": [
                (
                    "Sri Wahyuningsih learned batik at a course in the village hall and started "
                    "her own business in 2011 with two cantings and a small stove. Her house is "
                    "surrounded by gardens and teak trees, which is why the Sekar Jati motif "
                    "feels closest to her daily life."
                ),
                (
                    "Six people, most of them women from the neighbourhood, now work with her. "
                    "They share the tasks: some draw the patterns, some apply the wax and dye the "
                    "cloth, and some focus on stamped batik for uniform orders."
                ),
                (
                    "Sri likes to experiment with sogan browns and leaf greens. On silk she works "
                    "only in hand-drawn batik, and a single hand-drawn cloth can take three to "
                    "five weeks depending on how intricate the motif is."
                ),
            ],
        },
    },
    {
        "slug": "griya-batik-dahana",
        "business_name": "Griya Batik Dahana",
        "owner_name": "Bambang Setyo Nugroho",
        "sector": "batik",
        "district": "Bojonegoro",
        "village": "Ledok Kulon",
        "founded_year": 2009,
        "workers": 9,
        "whatsapp": "+6281100000003",
        "instagram": "griyabatikdahana",
        "techniques": ["batik-tulis", "batik-cap", "batik-kombinasi"],
        "id": {
            "intro": (
                "Bengkel batik di Ledok Kulon, kota Bojonegoro, yang dikenal dengan motif parang "
                "berwarna api."
            ),
            "story": [
                (
                    "Bambang Setyo Nugroho mulai menekuni batik pada 2009, tahun ketika motif "
                    "Jonegoroan diperkenalkan. Ia langsung jatuh hati pada Parang Dahana Munggal "
                    "karena motif itu mengingatkannya pada kunjungan ke Kahyangan Api semasa "
                    "sekolah."
                ),
                (
                    "Bengkelnya kini mempekerjakan sembilan orang dan menyimpan puluhan cap "
                    "tembaga, sebagian dibuat dari pola yang ia gambar sendiri. Selain batik "
                    "tulis dan cap, Griya Batik Dahana membuat batik kombinasi untuk pembeli yang "
                    "menginginkan sentuhan tangan tanpa harga batik tulis penuh."
                ),
                (
                    "Bambang rutin menerima siswa magang dari sekolah kejuruan. Menurutnya, motif "
                    "daerah hanya akan bertahan jika ada anak muda yang mau memegang canting."
                ),
            ],
        },
        "en": {
            "intro": (
                "A batik workshop in Ledok Kulon, in the town of Bojonegoro, known for its "
                "fire-coloured parang patterns."
            ),
            "story": [
                (
                    "Bambang Setyo Nugroho took up batik in 2009, the year the Jonegoroan motifs "
                    "were introduced. He fell for Parang Dahana Munggal at once, because it "
                    "reminded him of a school trip to the flame of Kahyangan Api."
                ),
                (
                    "His workshop now employs nine people and keeps dozens of copper stamps, some "
                    "of them cut from patterns he drew himself. Besides hand-drawn and stamped "
                    "batik, Griya Batik Dahana makes combined batik for buyers who want the touch "
                    "of the hand without the price of a fully hand-drawn piece."
                ),
                (
                    "Bambang regularly takes on apprentices from vocational schools. In his view, "
                    "a regional motif survives only if young people are willing to pick up the "
                    "canting."
                ),
            ],
        },
    },
    {
        "slug": "batik-lintang-kalitidu",
        "business_name": "Batik Lintang",
        "owner_name": "Endang Purwaningsih",
        "sector": "batik",
        "district": "Kalitidu",
        "village": "Mlaten",
        "founded_year": 2014,
        "workers": 5,
        "whatsapp": "+6281100000004",
        "instagram": "batiklintang.kalitidu",
        "techniques": ["batik-tulis", "batik-cap"],
        "id": {
            "intro": (
                "Usaha batik keluarga di Desa Mlaten, Kalitidu, yang membuat kain cap terjangkau "
                "dan batik tulis bermotif hasil bumi."
            ),
            "story": [
                (
                    "Endang Purwaningsih dulu bekerja sebagai penjahit sebelum mendirikan Batik "
                    "Lintang pada 2014 bersama suami dan adiknya. Pengalaman menjahit membuatnya "
                    "paham kain seperti apa yang dicari pembeli: nyaman dipakai, warnanya awet, "
                    "dan harganya masuk akal."
                ),
                (
                    "Sawah dan ladang jagung di sekitar rumahnya memberi gagasan untuk menggarap "
                    "Jagung Miji Emas dan Pari Sumilak. Ia juga membuat Gastra Rinonce, yang "
                    "banyak dipesan sebagai kenang-kenangan oleh tamu yang berkunjung ke "
                    "Bojonegoro."
                ),
                (
                    "Lima orang bekerja di rumah produksinya. Kain cap dikerjakan di atas katun "
                    "prima, batik tulis dibuat sesuai pesanan dengan waktu pengerjaan sekitar "
                    "satu bulan, dan bersama seorang perajin sepatu ia membuat sepatu kets "
                    "berlapis kain batik."
                ),
            ],
        },
        "en": {
            "intro": (
                "A family batik business in Mlaten village, Kalitidu, making affordable stamped "
                "cloth and hand-drawn batik inspired by the harvest."
            ),
            "story": [
                (
                    "Endang Purwaningsih worked as a seamstress before she founded Batik Lintang "
                    "in 2014 with her husband and her younger sister. Years of sewing taught her "
                    "what buyers look for in a cloth: comfortable to wear, colours that last and "
                    "a sensible price."
                ),
                (
                    "The rice and maize fields around her home gave her the idea to work on "
                    "Jagung Miji Emas and Pari Sumilak. She also makes Gastra Rinonce, often "
                    "ordered as a keepsake by visitors to Bojonegoro."
                ),
                (
                    "Five people work in her home workshop. Stamped cloth is made on prima "
                    "cotton, hand-drawn batik is made to order in about a month, and together "
                    "with a local shoemaker she makes canvas sneakers covered in batik."
                ),
            ],
        },
    },
    {
        "slug": "batik-sumilak-kepohbaru",
        "business_name": "Batik Sumilak",
        "owner_name": "Ahmad Khoirul Anam",
        "sector": "batik",
        "district": "Kepohbaru",
        "village": "Sumberoto",
        "founded_year": 2016,
        "workers": 4,
        "whatsapp": "+6281100000005",
        "instagram": "batiksumilak",
        "techniques": ["batik-tulis", "batik-cap"],
        "id": {
            "intro": (
                "Perajin muda dari Kepohbaru yang mengolah motif padi, sapi, dan tembakau dengan "
                "gaya yang segar."
            ),
            "story": [
                (
                    "Ahmad Khoirul Anam, yang akrab disapa Anam, adalah anak petani dari Desa "
                    "Sumberoto. Selepas kuliah desain, ia pulang ke desanya pada 2016 dan mulai "
                    "membatik di teras rumah orang tuanya."
                ),
                (
                    "Anam suka menggubah Pari Sumilak dan Parang Lembu Sekar Rinambat dengan "
                    "komposisi yang lebih longgar dan warna-warna cerah, sehingga digemari "
                    "pembeli muda. Ia memasarkan karyanya lewat media sosial dan pernah mengikuti "
                    "bimtek pemasaran daring dari Dekranasda."
                ),
                (
                    "Bersama tiga rekannya, Anam membuat kemeja dan dress cap untuk dipakai "
                    "sehari-hari, serta kain tulis sutra dalam jumlah terbatas."
                ),
            ],
        },
        "en": {
            "intro": (
                "A young batik maker from Kepohbaru who gives the rice, cattle and tobacco motifs "
                "a fresh look."
            ),
            "story": [
                (
                    "Ahmad Khoirul Anam, known to everyone as Anam, grew up in a farming family "
                    "in Sumberoto village. After studying design, he came home in 2016 and began "
                    "making batik on the veranda of his parents' house."
                ),
                (
                    "Anam likes to rework Pari Sumilak and Parang Lembu Sekar Rinambat with "
                    "looser compositions and bright colours, which younger buyers love. He sells "
                    "through social media and has taken part in the council's online marketing "
                    "training."
                ),
                (
                    "With three colleagues he makes stamped shirts and dresses for everyday wear, "
                    "and a small number of hand-drawn silk cloths."
                ),
            ],
        },
    },
    {
        "slug": "sanggar-batik-rancak-baureno",
        "business_name": "Sanggar Batik Rancak",
        "owner_name": "Wiwik Handayani",
        "sector": "batik",
        "district": "Baureno",
        "village": "Pucangarum",
        "founded_year": 2012,
        "workers": 7,
        "whatsapp": "+6281100000006",
        "instagram": "sanggarbatikrancak",
        "techniques": ["batik-tulis"],
        "id": {
            "intro": (
                "Sanggar batik tulis di Baureno yang gemar menghadirkan tokoh Wayang Thengul dan "
                "burung mliwis di atas kain."
            ),
            "story": [
                (
                    "Wiwik Handayani tumbuh dalam keluarga yang gemar menonton pertunjukan Wayang "
                    "Thengul. Ketika motif Rancak Thengul diperkenalkan, ia merasa menemukan cara "
                    "untuk menyatukan dua kecintaannya: wayang dan batik."
                ),
                (
                    "Sanggar yang ia dirikan pada 2012 hanya mengerjakan batik tulis. Tujuh "
                    "pembatiknya menggambar wajah dan busana tokoh wayang langsung dengan "
                    "canting, tanpa cap, sehingga tidak ada dua lembar yang benar-benar sama."
                ),
                (
                    "Selain kain panjang, sanggar ini membuat hiasan dinding berbingkai dan "
                    "menerima pesanan kain sutra bermotif Mliwis Mukti untuk seserahan pernikahan."
                ),
            ],
        },
        "en": {
            "intro": (
                "A hand-drawn batik studio in Baureno that loves to put Wayang Thengul puppets "
                "and mliwis birds on cloth."
            ),
            "story": [
                (
                    "Wiwik Handayani grew up in a family that never missed a Wayang Thengul "
                    "performance. When the Rancak Thengul motif was introduced, she felt she had "
                    "found a way to bring her two loves together: puppets and batik."
                ),
                (
                    "The studio she founded in 2012 makes only hand-drawn batik. Its seven batik "
                    "makers draw the puppets' faces and costumes freehand with the canting, "
                    "without stamps, so no two pieces are ever quite the same."
                ),
                (
                    "Besides cloth, the studio makes framed wall pieces and takes orders for silk "
                    "in the Mliwis Mukti motif as wedding gifts."
                ),
            ],
        },
    },
    {
        "slug": "jumput-asri-prayungan",
        "business_name": "Jumput Asri Prayungan",
        "owner_name": "Siti Masruroh",
        "sector": "batik",
        "district": "Sumberrejo",
        "village": "Prayungan",
        "founded_year": 2015,
        "workers": 12,
        "whatsapp": "+6281100000007",
        "instagram": "jumputasri.prayungan",
        "techniques": ["jumput"],
        "id": {
            "intro": (
                "Kelompok perajin jumput di Desa Prayungan, Sumberrejo, yang mengikat dan "
                "mencelup kain hingga berpola warna-warni."
            ),
            "story": [
                (
                    "Prayungan dikenal sebagai desa batik jumput di Bojonegoro. Pada 2015 Siti "
                    "Masruroh mengajak ibu-ibu tetangganya membentuk kelompok usaha, agar kain "
                    "buatan warga bisa dijual dengan nama desanya sendiri."
                ),
                (
                    "Teknik jumput tidak memakai malam. Kain dicubit, diikat rapat dengan tali "
                    "atau karet, lalu dicelup; bagian yang terikat menolak warna dan membentuk "
                    "lingkaran, garis, atau bintik. Dua belas anggota kelompok mengerjakan tahap "
                    "yang berbeda, dari mengikat sampai mencelup dan membuka ikatan."
                ),
                (
                    "Kelompok ini memakai katun, rayon, dan sutra. Pesanan paling ramai datang "
                    "menjelang Lebaran, saat banyak keluarga memesan kain seragam."
                ),
            ],
        },
        "en": {
            "intro": (
                "A group of tie-dye makers in Prayungan village, Sumberrejo, who bind and dye "
                "cloth into bright patterns."
            ),
            "story": [
                (
                    "Prayungan is Bojonegoro's village of jumput, the local tie-dye. In 2015 Siti "
                    "Masruroh invited the women of her neighbourhood to form a business group, so "
                    "that the cloth they made could be sold under their own village's name."
                ),
                (
                    "Jumput uses no wax. The cloth is pinched, tied tightly with string or rubber "
                    "bands, then dyed; the bound parts resist the dye and form circles, lines or "
                    "dots. The twelve members of the group each handle a different stage, from "
                    "tying to dyeing and untying."
                ),
                (
                    "The group works on cotton, rayon and silk. The busiest weeks come before "
                    "Eid, when many families order matching cloth."
                ),
            ],
        },
    },
    {
        "slug": "godhong-ecoprint-temayang",
        "business_name": "Godhong Ecoprint",
        "owner_name": "Ratna Dewi Kusumawati",
        "sector": "ecoprint",
        "district": "Temayang",
        "village": "Pandantoyo",
        "founded_year": 2019,
        "workers": 3,
        "whatsapp": "+6281100000008",
        "instagram": "godhong.ecoprint",
        "techniques": ["ecoprint-pounding", "ecoprint-steaming"],
        "id": {
            "intro": (
                "Usaha eco-print di Desa Pandantoyo, Temayang, yang memindahkan bentuk dan warna "
                "daun ke atas kain."
            ),
            "story": [
                (
                    "Ratna Dewi Kusumawati adalah guru sekolah dasar yang mulai mencoba eco-print "
                    "pada 2019 sebagai kegiatan akhir pekan. Godhong, yang dalam bahasa Jawa "
                    "berarti daun, ia pilih sebagai nama usaha karena semua motifnya berasal dari "
                    "daun yang ia kumpulkan di sekitar desa."
                ),
                (
                    "Ratna memakai dua teknik. Untuk syal dan kain, daun ditata di atas kain yang "
                    "sudah dimordan, digulung rapat, lalu dikukus berjam-jam; untuk tas kanvas, "
                    "daun dipukul dengan palu kayu sampai getahnya meresap ke serat kain."
                ),
                (
                    "Daun jati, ketapang, dan jarak kepyar menjadi favoritnya karena meninggalkan "
                    "warna yang kuat. Ia bekerja bersama dua tetangganya dan juga menerima "
                    "pesanan suvenir untuk acara kantor."
                ),
            ],
        },
        "en": {
            "intro": (
                "An eco-print business in Pandantoyo village, Temayang, that transfers the shapes "
                "and colours of leaves onto cloth."
            ),
            "story": [
                (
                    "Ratna Dewi Kusumawati is a primary school teacher who first tried eco-print "
                    "in 2019 as a weekend pastime. She named her business Godhong, Javanese for "
                    "leaf, because every one of her patterns comes from leaves she gathers around "
                    "the village."
                ),
                (
                    "Ratna uses two techniques. For scarves and cloth, leaves are laid on "
                    "mordanted fabric, rolled tightly and steamed for hours; for canvas bags, the "
                    "leaves are pounded with a wooden mallet until their sap soaks into the "
                    "fibres."
                ),
                (
                    "Teak, tropical almond and castor leaves are her favourites because they "
                    "leave strong colours. She works with two neighbours and also takes orders "
                    "for souvenirs for office events."
                ),
            ],
        },
    },
    {
        "slug": "rumah-ecoprint-ayu-kapas",
        "business_name": "Rumah Ecoprint Ayu",
        "owner_name": "Yuliana Puspitasari",
        "sector": "ecoprint",
        "district": "Kapas",
        "village": "Bendo",
        "founded_year": 2020,
        "workers": 4,
        "whatsapp": "+6281100000009",
        "instagram": "rumahecoprintayu",
        "techniques": ["ecoprint-steaming"],
        "id": {
            "intro": (
                "Rumah produksi eco-print di Desa Bendo, Kapas, yang membuat kain, tas, dan buku "
                "catatan bersampul cetak daun."
            ),
            "story": [
                (
                    "Yuliana Puspitasari memulai Rumah Ecoprint Ayu pada 2020, ketika banyak "
                    "kegiatan terhenti dan ia mencari usaha yang bisa dijalankan dari rumah. Ia "
                    "belajar dari pelatihan dan video, lalu berbulan-bulan mencatat daun mana "
                    "yang memberi warna paling bagus pada katun."
                ),
                (
                    "Yuliana hanya memakai teknik kukus. Untuk warna latar ia mengandalkan "
                    "pewarna alam seperti kayu secang dan kulit kayu mahoni, sehingga kainnya "
                    "berwarna hangat dan lembut."
                ),
                (
                    "Empat orang bekerja di rumah produksinya. Sisa kain dari pembuatan kain "
                    "panjang tidak dibuang, melainkan dijadikan sampul buku catatan yang dijilid "
                    "dengan tangan."
                ),
            ],
        },
        "en": {
            "intro": (
                "An eco-print workshop in Bendo village, Kapas, making cloth, bags and notebooks "
                "with leaf-printed covers."
            ),
            "story": [
                (
                    "Yuliana Puspitasari started Rumah Ecoprint Ayu in 2020, when much of daily "
                    "life had come to a halt and she was looking for work she could do from home. "
                    "She learned from training sessions and videos, then spent months noting "
                    "which leaves gave the best colours on cotton."
                ),
                (
                    "Yuliana works only with steaming. For the background colours she relies on "
                    "natural dyes such as sappanwood and mahogany bark, which give her cloth "
                    "warm, soft tones."
                ),
                (
                    "Four people work in her home workshop. Offcuts from the long cloths are "
                    "never thrown away: they become the covers of hand-bound notebooks."
                ),
            ],
        },
    },
    {
        "slug": "ukir-jati-mulyo-ngraho",
        "business_name": "Ukir Jati Mulyo",
        "owner_name": "Supriyanto",
        "sector": "craft",
        "district": "Ngraho",
        "village": "Sumberagung",
        "founded_year": 2008,
        "workers": 8,
        "whatsapp": "+6281100000010",
        "instagram": "ukirjatimulyo",
        "techniques": ["ukir-kayu"],
        "id": {
            "intro": (
                "Bengkel ukir di Ngraho yang mengolah sisa kayu jati menjadi panel hias dan "
                "wayang kecil."
            ),
            "story": [
                (
                    "Supriyanto belajar mengukir sejak remaja dari pamannya, lalu membuka bengkel "
                    "sendiri pada 2008. Ukir Jati Mulyo mengolah potongan dan sisa kayu jati dari "
                    "usaha mebel di sekitarnya, sehingga tidak ada kayu yang terbuang percuma."
                ),
                (
                    "Karya andalannya adalah panel ukir bermotif daun dan bunga jati serta Wayang "
                    "Thengul berukuran kecil untuk cendera mata. Setiap wayang diukir, diamplas "
                    "halus, lalu dicat dengan tangan oleh delapan perajin di bengkelnya."
                ),
                (
                    "Kayu yang dipakai dikeringkan berbulan-bulan lebih dulu agar tidak retak. "
                    "Supriyanto memilih pelapis berbahan dasar air atau minyak supaya serat kayu "
                    "jatinya tetap terlihat."
                ),
            ],
        },
        "en": {
            "intro": (
                "A carving workshop in Ngraho that turns teak offcuts into carved panels and "
                "small puppets."
            ),
            "story": [
                (
                    "Supriyanto learned to carve as a teenager from his uncle and opened his own "
                    "workshop in 2008. Ukir Jati Mulyo works with teak offcuts from the furniture "
                    "makers nearby, so no wood goes to waste."
                ),
                (
                    "Its best-known pieces are panels carved with teak leaves and flowers, and "
                    "small Wayang Thengul puppets made as souvenirs. Each puppet is carved, "
                    "sanded smooth and painted by hand by the workshop's eight craftsmen."
                ),
                (
                    "The wood is dried for months before carving so that it does not crack. "
                    "Supriyanto uses water- or oil-based finishes so that the grain of the teak "
                    "still shows."
                ),
            ],
        },
    },
    {
        "slug": "anyaman-bambu-tondomulo",
        "business_name": "Anyaman Bambu Tondomulo",
        "owner_name": "Sumini",
        "sector": "craft",
        "district": "Kedungadem",
        "village": "Tondomulo",
        "founded_year": 2013,
        "workers": 10,
        "whatsapp": "+6281100000011",
        "instagram": "anyamantondomulo",
        "techniques": ["anyaman"],
        "id": {
            "intro": (
                "Kelompok penganyam bambu di Desa Tondomulo, Kedungadem, yang membuat tas dan "
                "wadah serbaguna."
            ),
            "story": [
                (
                    "Sumini belajar menganyam dari ibunya, yang membuat tampah dan keranjang "
                    "untuk keperluan dapur. Pada 2013 ia mengajak sepuluh penganyam di desanya "
                    "membuat tas dan wadah dengan bentuk yang lebih kekinian."
                ),
                (
                    "Bambu dipotong, dibelah, diraut tipis, lalu dijemur sebelum dianyam. "
                    "Sebagian bilah diwarnai agar anyaman berpola, dan bagian dalam tas dilapisi "
                    "kain batik buatan perajin Bojonegoro."
                ),
                (
                    "Kelompok ini menganyam di sela musim tanam, jadi pesanan dalam jumlah besar "
                    "sebaiknya disampaikan jauh-jauh hari."
                ),
            ],
        },
        "en": {
            "intro": (
                "A group of bamboo weavers in Tondomulo village, Kedungadem, making bags and "
                "baskets for every use."
            ),
            "story": [
                (
                    "Sumini learned to weave from her mother, who made winnowing trays and "
                    "baskets for the kitchen. In 2013 she brought together ten weavers from her "
                    "village to make bags and containers in more modern shapes."
                ),
                (
                    "The bamboo is cut, split, shaved into thin strips and dried in the sun "
                    "before weaving. Some strips are dyed to create patterns, and the bags are "
                    "lined with batik cloth made by Bojonegoro artisans."
                ),
                (
                    "The group weaves between planting seasons, so large orders are best placed "
                    "well in advance."
                ),
            ],
        },
    },
    {
        "slug": "ledre-sari-rasa-padangan",
        "business_name": "Ledre Sari Rasa",
        "owner_name": "Sulastri",
        "sector": "food",
        "district": "Padangan",
        "village": "Kebonagung",
        "founded_year": 2005,
        "workers": 7,
        "whatsapp": "+6281100000012",
        "instagram": "ledresarirasa",
        "techniques": ["olahan-pangan"],
        "id": {
            "intro": (
                "Produsen ledre rumahan di Padangan yang menjaga rasa pisang dalam gulungan tipis "
                "yang renyah."
            ),
            "story": [
                (
                    "Ledre adalah camilan khas Bojonegoro: adonan pisang yang dipanggang tipis di "
                    "atas wajan datar, lalu digulung selagi hangat hingga renyah. Sulastri "
                    "membuatnya sejak 2005 dari resep keluarga, awalnya hanya untuk dititipkan di "
                    "warung dekat rumah."
                ),
                (
                    "Kini tujuh orang bekerja di dapur produksinya, dan setiap gulungan masih "
                    "dibuat dengan tangan. Selain rasa asli, Ledre Sari Rasa membuat varian "
                    "cokelat dan pandan."
                ),
                (
                    "Usaha ini sudah memiliki izin PIRT dan sertifikat halal. Setelah mengikuti "
                    "bimtek kemasan dari Dekranasda, Sulastri beralih ke kemasan kedap udara yang "
                    "membuat ledrenya lebih tahan lama dan aman dikirim ke luar kota."
                ),
            ],
        },
        "en": {
            "intro": (
                "A home producer of ledre in Padangan, keeping the taste of banana in thin, crisp "
                "rolls."
            ),
            "story": [
                (
                    "Ledre is Bojonegoro's own snack: a banana batter baked thin on a flat pan, "
                    "then rolled while still warm until it turns crisp. Sulastri has made it "
                    "since 2005 from a family recipe, at first only for a small shop near her "
                    "house."
                ),
                (
                    "Seven people now work in her kitchen, and every roll is still made by hand. "
                    "Besides the original flavour, Ledre Sari Rasa makes chocolate and pandan "
                    "versions."
                ),
                (
                    "The business holds a PIRT food registration and a halal certificate. After "
                    "the council's packaging training, Sulastri moved to airtight packs that keep "
                    "her ledre fresh for longer and safe to send across the country."
                ),
            ],
        },
    },
    {
        "slug": "wedang-alas-malo",
        "business_name": "Wedang Alas",
        "owner_name": "Hendra Kurniawan",
        "sector": "food",
        "district": "Malo",
        "village": "Tinawun",
        "founded_year": 2018,
        "workers": 3,
        "whatsapp": "+6281100000013",
        "instagram": "wedangalas.malo",
        "techniques": ["olahan-pangan"],
        "id": {
            "intro": (
                "Racikan minuman rempah dari Malo: jahe merah, serai, dan teh daun jati dalam "
                "kemasan siap seduh."
            ),
            "story": [
                (
                    "Hendra Kurniawan pernah bekerja di kota besar sebelum pulang ke Malo pada "
                    "2018. Ia mulai meracik minuman dari jahe merah, serai, dan kayu manis yang "
                    "ditanam tetangganya, lalu menjualnya di pasar desa."
                ),
                (
                    "Nama Wedang Alas berasal dari kata alas, yang dalam bahasa Jawa berarti "
                    "hutan, karena ia ingin minumannya terasa seperti pagi di kebun dan hutan "
                    "jati tempat ia tumbuh besar. Dari gagasan itu lahir teh daun jati dengan "
                    "serai, racikan yang kini paling sering dipesan."
                ),
                (
                    "Semua bahan dikeringkan dan digiling di rumah produksinya yang sudah "
                    "memiliki izin PIRT. Hendra bekerja bersama dua karyawan dan memasok "
                    "produknya ke kedai kopi dan toko oleh-oleh di Bojonegoro."
                ),
            ],
        },
        "en": {
            "intro": (
                "Spiced drinks from Malo: red ginger, lemongrass and teak-leaf tea, ready to brew."
            ),
            "story": [
                (
                    "Hendra Kurniawan worked in a big city before coming home to Malo in 2018. He "
                    "began blending drinks from red ginger, lemongrass and cinnamon grown by his "
                    "neighbours and selling them at the village market."
                ),
                (
                    "Wedang Alas takes its name from alas, Javanese for forest: he wanted his "
                    "drinks to taste like a morning in the gardens and teak woods where he grew "
                    "up. That idea led to teak-leaf tea with lemongrass, now his most ordered "
                    "blend."
                ),
                (
                    "All ingredients are dried and ground in his workshop, which holds a PIRT "
                    "food registration. Hendra works with two employees and supplies coffee shops "
                    "and souvenir stores in Bojonegoro."
                ),
            ],
        },
    },
]
