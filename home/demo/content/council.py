"""The council, the home page and the standard pages (about, how to buy, terms, privacy)."""

COUNCIL = {
    "name": "Dekranasda Kabupaten Bojonegoro",
    "short_name": "Pasar Kriya Bojonegoro",
    "address": (
        "Jl. Galeri Kriya No. 9, Kelurahan Kepatihan, Kecamatan Bojonegoro, Kabupaten Bojonegoro, "
        "Jawa Timur 62111"
    ),
    "whatsapp": "+6281100000001",
    "phone": "+6281100000014",
    "email": "halo@pasarkriya.example",
    "instagram": "pasarkriya.bojonegoro",
    "facebook": "pasarkriya.bojonegoro",
    "youtube": "pasarkriyabojonegoro",
    "tiktok": "pasarkriya.bojonegoro",
    "opening_hours": {
        "id": (
            "Senin-Jumat 08.00-15.30 WIB, Sabtu 08.00-12.00 WIB; Minggu dan hari libur nasional "
            "tutup"
        ),
        "en": (
            "Monday to Friday 8 am to 3.30 pm, Saturday 8 am to noon (Western Indonesian Time); "
            "closed on Sundays and public holidays"
        ),
    },
}


# The home page.
HOME = {
    "id": {
        "title": "Beranda",
        "hero_heading": "Karya tangan perajin Bojonegoro, langsung dari pembuatnya",
        "hero_text": (
            "Batik tulis dan cap bermotif Jonegoroan, eco-print, ukiran jati, anyaman bambu, dan "
            "camilan khas seperti ledre. Setiap pembelian sampai ke perajinnya."
        ),
        "intro": (
            "Pasar Kriya adalah etalase dan toko daring yang dikelola Dekranasda Kabupaten "
            "Bojonegoro bagi industri kecil dan menengah (IKM) di 28 kecamatan. Di sini Anda bisa "
            "membaca kisah di balik sembilan motif batik Jonegoroan, mengenal para perajinnya, "
            "lalu membeli langsung atau meminta penawaran grosir. Pembayaran dapat dilakukan "
            "dengan kartu atau transfer bank, dan setiap perajin mengemas serta mengirim "
            "pesanannya sendiri."
        ),
        "cta_label": "Lihat katalog",
    },
    "en": {
        "title": "Home",
        "hero_heading": "Handmade in Bojonegoro, straight from the people who make it",
        "hero_text": (
            "Hand-drawn and stamped batik in the Jonegoroan motifs, eco-print, teak carving, "
            "woven bamboo and local snacks such as ledre. Every purchase reaches its maker."
        ),
        "intro": (
            "Pasar Kriya is the online showcase and shop that Dekranasda, the crafts council of "
            "Kabupaten Bojonegoro, runs for the small businesses of its 28 districts. Read the "
            "stories behind the nine Jonegoroan batik motifs, meet the artisans, then buy "
            "directly or ask for a wholesale quote. Pay by card or bank transfer; each artisan "
            "packs and ships their own part of your order."
        ),
        "cta_label": "Browse the catalog",
    },
}


# Standard pages: about the council, how to buy, terms of sale (PP 80/2019), privacy
# (UU 27/2022).
PAGES = [
    {
        "slug": "tentang-kami",
        "slug_en": "about-us",
        "show_in_menus": True,
        "id": {
            "title": "Tentang Kami",
            "intro": (
                "Dekranasda Kabupaten Bojonegoro mendampingi perajin serta produsen makanan dan "
                "minuman di Bojonegoro. Pasar Kriya adalah pasar daring tempat karya mereka "
                "dijual."
            ),
            "body": [
                ("heading", "Siapa kami"),
                (
                    "paragraph",
                    "Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Bojonegoro "
                    "mendampingi industri kecil dan menengah (IKM) kerajinan serta makanan dan "
                    "minuman di seluruh kabupaten. Kami bekerja bersama Dinas Perindustrian dan "
                    "Tenaga Kerja, Dinas Kebudayaan dan Pariwisata, serta Tim Penggerak PKK di "
                    "tingkat kecamatan. Tujuan kami sederhana: karya perajin Bojonegoro makin "
                    "dikenal dan terjual dengan harga yang layak.",
                ),
                ("heading", "IKM Bojonegoro dalam angka"),
                (
                    "paragraph",
                    "Menurut data Dekranasda per Oktober 2025, Bojonegoro memiliki 1.762 IKM: "
                    "1.431 di bidang makanan dan minuman dan 331 di bidang kerajinan. Sebanyak "
                    "1.749 di antaranya sudah memiliki Nomor Induk Berusaha (NIB). Para pelaku "
                    "usaha ini berhimpun dalam 17 asosiasi dan paguyuban.",
                ),
                ("heading", "Apa yang kami kerjakan"),
                (
                    "paragraph",
                    "Kami menyelenggarakan bimbingan teknis (bimtek) bagi perajin batik dan "
                    "eco-print serta produsen makanan dan minuman: manajemen usaha, pemasaran "
                    "daring, kemasan dan merek, hingga cara berjualan di lokapasar. Kami juga "
                    "mengajak perajin mengikuti pameran, dari Inacraft di Jakarta sampai pameran "
                    "daerah di pusat perbelanjaan Surabaya.",
                ),
                (
                    "paragraph",
                    "Kami pun terus mengenalkan sembilan motif batik Jonegoroan, yang "
                    "diperkenalkan pada 29 Maret 2009, kepada pembeli di dalam dan luar negeri. "
                    "Setiap motif membawa cerita tentang Bojonegoro, dan cerita itu kami "
                    "tuliskan di situs ini.",
                ),
                ("heading", "Tentang Pasar Kriya"),
                (
                    "paragraph",
                    "Pasar Kriya mempertemukan pembeli dengan perajin yang kami dampingi. Setiap "
                    "produk dijual oleh perajin yang membuatnya; kami mengelola situs, memeriksa "
                    "profil dan produk sebelum tayang, dan membantu bila ada kendala pembayaran "
                    "atau pengiriman. Pembeli dari luar negeri dapat melihat harga dalam mata "
                    "uang mereka dan meminta penawaran untuk pembelian partai besar.",
                ),
                ("heading", "Kunjungi kami"),
                (
                    "paragraph",
                    "Sebagian produk dapat dilihat langsung di kantor dan galeri kami di Jl. "
                    "Galeri Kriya No. 9, Kepatihan, Bojonegoro. Jika Anda ingin bertemu perajin "
                    "tertentu, kabari kami lewat WhatsApp beberapa hari sebelum datang.",
                ),
            ],
        },
        "en": {
            "title": "About us",
            "intro": (
                "Dekranasda Kabupaten Bojonegoro supports the craftspeople and the food and drink "
                "makers of Bojonegoro. Pasar Kriya is the online market where their work is sold."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    "Dekranasda (Dewan Kerajinan Nasional Daerah), the regional crafts council "
                    "of Kabupaten Bojonegoro in East Java, supports the small and medium "
                    "businesses (IKM) that make crafts, food and drink across the regency. We "
                    "work with the regency's office for industry and labour, its office for "
                    "culture and tourism, and the PKK family welfare movement in every district. "
                    "Our aim is simple: that the work of Bojonegoro's makers is better known and "
                    "sells at a fair price.",
                ),
                ("heading", "Bojonegoro's small industries in figures"),
                (
                    "paragraph",
                    "According to the council's figures for October 2025, Bojonegoro has 1,762 "
                    "small businesses of this kind: 1,431 make food and drink and 331 make "
                    "crafts. Of these, 1,749 hold a business identification number (NIB). They "
                    "are organised in 17 associations and community groups.",
                ),
                ("heading", "What we do"),
                (
                    "paragraph",
                    "We run hands-on training (bimtek) for batik and eco-print makers and for "
                    "food and drink producers: running a business, online marketing, packaging "
                    "and branding, and selling on online marketplaces. We also take artisans to "
                    "exhibitions, from Inacraft in Jakarta to regional fairs in Surabaya's "
                    "shopping centres.",
                ),
                (
                    "paragraph",
                    "We keep introducing the nine Jonegoroan batik motifs, first presented on 29 "
                    "March 2009, to buyers at home and abroad. Each motif carries a story about "
                    "Bojonegoro, and this site tells those stories.",
                ),
                ("heading", "About Pasar Kriya"),
                (
                    "paragraph",
                    "Pasar Kriya connects buyers with the artisans we support. Every product is "
                    "sold by the artisan who made it; we run the site, review profiles and "
                    "listings before they go live, and step in if something goes wrong with a "
                    "payment or a delivery. Buyers abroad can see prices in their own currency "
                    "and ask for a quote on larger quantities.",
                ),
                ("heading", "Visit us"),
                (
                    "paragraph",
                    "Some of the products are on display at our office and gallery at Jl. Galeri "
                    "Kriya No. 9, Kepatihan, Bojonegoro. If you would like to meet a particular "
                    "artisan, send us a WhatsApp message a few days before you come.",
                ),
            ],
        },
    },
    {
        "slug": "cara-berbelanja",
        "slug_en": "how-to-buy",
        "show_in_menus": False,
        "id": {
            "title": "Cara Berbelanja",
            "intro": (
                "Berbelanja di Pasar Kriya hanya perlu beberapa langkah, dari memilih produk "
                "sampai paket tiba di rumah Anda."
            ),
            "body": [
                ("heading", "Memilih produk"),
                (
                    "paragraph",
                    "Telusuri katalog menurut kategori, teknik, motif, kecamatan asal, atau "
                    "kisaran harga. Halaman produk memuat bahan, ukuran, berat, stok, serta nama "
                    "dan kisah perajinnya. Karena dibuat dengan tangan, warna dan goresan batik "
                    "tulis bisa sedikit berbeda dari fotonya.",
                ),
                ("heading", "Bertanya kepada perajin"),
                (
                    "paragraph",
                    "Ingin menanyakan ukuran, warna lain, atau pesanan khusus? Kirim pertanyaan "
                    "lewat formulir di halaman produk atau hubungi perajin lewat WhatsApp. "
                    "Perajin biasanya menjawab dalam satu sampai dua hari kerja.",
                ),
                ("heading", "Keranjang dan pembayaran"),
                (
                    "paragraph",
                    "Masukkan produk ke keranjang; produk dari beberapa perajin boleh digabung "
                    "dalam satu pesanan. Saat checkout, isi nama, alamat pengiriman, dan nomor "
                    "telepon, lalu pilih cara bayar: kartu debit atau kredit, atau transfer bank "
                    "ke rekening Dekranasda. Selama pembayaran berlangsung, stok produk "
                    "disisihkan untuk Anda.",
                ),
                (
                    "paragraph",
                    "Jika memilih transfer bank, transferlah tepat sebesar nominal unik yang "
                    "tertera agar pembayaran Anda mudah dikenali, lalu unggah bukti transfernya. "
                    "Petugas kami mengonfirmasi pembayaran pada hari dan jam kerja.",
                ),
                ("heading", "Pengiriman"),
                (
                    "paragraph",
                    "Setiap perajin mengemas dan mengirim bagiannya sendiri, jadi pesanan dari "
                    "beberapa perajin bisa tiba dalam beberapa paket. Nomor resi muncul di "
                    "halaman pesanan begitu paket diserahkan ke kurir. Ongkos kirim dihitung "
                    "dari berat sebenarnya atau berat volume paket, mana yang lebih besar.",
                ),
                ("heading", "Memantau pesanan"),
                (
                    "paragraph",
                    "Setelah checkout, Anda menerima tautan khusus untuk memantau pesanan tanpa "
                    "harus membuat akun. Simpan tautan itu baik-baik dan jangan dibagikan kepada "
                    "orang lain.",
                ),
                ("heading", "Pembelian grosir dan ekspor"),
                (
                    "paragraph",
                    "Untuk pembelian dalam jumlah besar atau pengiriman ke luar negeri, gunakan "
                    "tombol minta penawaran di halaman produk. Sebutkan jumlah, negara tujuan, "
                    "dan syarat penyerahan barang (incoterm) yang Anda inginkan. Perajin dapat "
                    "menyiapkan contoh barang, dan kami mengirimkan faktur proforma sebelum "
                    "pembayaran.",
                ),
            ],
        },
        "en": {
            "title": "How to buy",
            "intro": (
                "Buying on Pasar Kriya takes only a few steps, from choosing a product to the "
                "parcel arriving at your door."
            ),
            "body": [
                ("heading", "Choosing a product"),
                (
                    "paragraph",
                    "Browse the catalog by category, technique, motif, district or price range. "
                    "Each product page gives the material, size, weight and stock, along with "
                    "the name and story of the artisan who made it. Because every piece is made "
                    "by hand, the colours and lines of hand-drawn batik may differ slightly from "
                    "the photo.",
                ),
                ("heading", "Asking the artisan"),
                (
                    "paragraph",
                    "Want to ask about a size, another colour or a custom order? Send a question "
                    "through the form on the product page or contact the artisan on WhatsApp. "
                    "Artisans usually reply within one or two working days.",
                ),
                ("heading", "Cart and payment"),
                (
                    "paragraph",
                    "Add products to your cart; one order may combine products from several "
                    "artisans. At checkout, fill in your name, delivery address and phone "
                    "number, then choose how to pay: by debit or credit card, or by bank "
                    "transfer to the council's account. While your payment is in progress, the "
                    "items are held for you.",
                ),
                (
                    "paragraph",
                    "If you pay by bank transfer, send exactly the unique amount shown so that "
                    "we can recognise your payment, then upload your proof of transfer. Our "
                    "staff confirm transfers on working days during office hours.",
                ),
                ("heading", "Delivery"),
                (
                    "paragraph",
                    "Each artisan packs and ships their own items, so an order from several "
                    "artisans may arrive in several parcels. The tracking number appears on your "
                    "order page as soon as a parcel is handed to the courier. Shipping is "
                    "charged on the actual or the volumetric weight of the parcel, whichever is "
                    "greater.",
                ),
                ("heading", "Following your order"),
                (
                    "paragraph",
                    "After checkout you receive a private link to follow your order without "
                    "creating an account. Keep the link safe and do not share it.",
                ),
                ("heading", "Wholesale and export"),
                (
                    "paragraph",
                    "For larger quantities or delivery abroad, use the quote request button on "
                    "the product page. Tell us the quantity, the destination country and the "
                    "incoterm you prefer. Artisans can prepare samples, and we send a proforma "
                    "invoice before you pay.",
                ),
            ],
        },
    },
    {
        "slug": "syarat-penjualan",
        "slug_en": "terms-of-sale",
        "show_in_menus": False,
        "id": {
            "title": "Syarat Penjualan",
            "intro": (
                "Syarat ini berlaku untuk setiap pembelian di Pasar Kriya dan disusun dengan "
                "mengacu pada Peraturan Pemerintah Nomor 80 Tahun 2019 tentang Perdagangan "
                "Melalui Sistem Elektronik."
            ),
            "body": [
                ("heading", "Penjual dan pengelola situs"),
                (
                    "paragraph",
                    "Pasar Kriya dikelola oleh Dekranasda Kabupaten Bojonegoro, Jl. Galeri Kriya "
                    "No. 9, Kepatihan, Bojonegoro 62111, surel halo@pasarkriya.example, WhatsApp "
                    "+6281100000001. Setiap produk dijual oleh perajin (IKM) yang nama usaha, "
                    "nama pemilik, kecamatan asal, dan nomor kontaknya tercantum di halaman "
                    "produk dan halaman profilnya. Jual beli terjadi antara Anda dan perajin "
                    "tersebut; Dekranasda bertindak sebagai penyelenggara situs dan menerima "
                    "pembayaran atas nama perajin.",
                ),
                ("heading", "Produk dan legalitasnya"),
                (
                    "paragraph",
                    "Foto, bahan, ukuran, berat, dan harga setiap produk ditampilkan sebelum "
                    "Anda memesan. Produk pangan olahan hanya ditayangkan bila produsennya "
                    "memiliki izin edar PIRT atau BPOM MD, dan keterangan sertifikat halal "
                    "dicantumkan bila ada. Batik tulis, batik cap, jumput, eco-print, ukiran, "
                    "dan anyaman dibuat dengan tangan, sehingga perbedaan kecil pada warna, "
                    "ukuran, dan goresan adalah ciri khasnya, bukan cacat.",
                ),
                ("heading", "Harga"),
                (
                    "paragraph",
                    "Harga tercantum dalam rupiah. Ongkos kirim dihitung dan ditampilkan "
                    "terpisah sebelum Anda membayar. Pembeli luar negeri dapat melihat harga "
                    "dalam mata uang lain; kurs yang dipakai dicatat pada pesanan. Bea masuk dan "
                    "pajak di negara tujuan menjadi tanggungan pembeli.",
                ),
                ("heading", "Pembayaran"),
                (
                    "paragraph",
                    "Pembayaran dapat dilakukan dengan kartu debit atau kredit melalui penyedia "
                    "pembayaran Stripe, atau dengan transfer ke rekening bank Dekranasda yang "
                    "ditampilkan saat checkout. Pesanan dengan transfer bank yang belum dibayar "
                    "sampai batas waktu yang tertera di halaman pesanan dibatalkan, dan stoknya "
                    "dikembalikan.",
                ),
                ("heading", "Pengiriman"),
                (
                    "paragraph",
                    "Perajin mengirim pesanan paling lambat tiga hari kerja setelah pembayaran "
                    "dikonfirmasi, kecuali untuk pesanan khusus yang waktunya disepakati lebih "
                    "dulu. Pengiriman memakai jasa kurir, dan nomor resi dicantumkan di halaman "
                    "pesanan. Pesanan dari beberapa perajin dikirim dalam paket terpisah.",
                ),
                ("heading", "Pembatalan"),
                (
                    "paragraph",
                    "Anda dapat membatalkan pesanan tanpa biaya selama paket belum dikirim. Bila "
                    "pembayaran sudah diterima, dana dikembalikan penuh melalui cara pembayaran "
                    "semula.",
                ),
                ("heading", "Pengembalian barang"),
                (
                    "paragraph",
                    "Jika barang yang Anda terima rusak, keliru, atau tidak sesuai dengan "
                    "keterangan di situs, laporkan kepada kami paling lambat 7 hari setelah "
                    "barang diterima, disertai foto atau video saat paket dibuka. Kami akan "
                    "mengatur penggantian barang atau pengembalian dana bersama perajin. Produk "
                    "pangan dan barang pesanan khusus tidak dapat dikembalikan, kecuali rusak "
                    "atau tidak sesuai pesanan.",
                ),
                ("heading", "Pengaduan"),
                (
                    "paragraph",
                    "Keluhan dapat disampaikan lewat WhatsApp +6281100000001 atau surel "
                    "halo@pasarkriya.example. Kami menanggapi setiap pengaduan paling lambat "
                    "tiga hari kerja dan berupaya menyelesaikannya secara musyawarah. Syarat ini "
                    "tunduk pada hukum Republik Indonesia.",
                ),
            ],
        },
        "en": {
            "title": "Terms of sale",
            "intro": (
                "These terms apply to every purchase on Pasar Kriya. They follow Indonesia's "
                "Government Regulation 80 of 2019 on trade through electronic systems."
            ),
            "body": [
                ("heading", "The seller and the site operator"),
                (
                    "paragraph",
                    "Pasar Kriya is run by Dekranasda Kabupaten Bojonegoro, Jl. Galeri Kriya No. "
                    "9, Kepatihan, Bojonegoro 62111, Indonesia; email halo@pasarkriya.example, "
                    "WhatsApp +6281100000001. Each product is sold by the artisan business whose "
                    "name, owner, district and contact number are shown on the product page and "
                    "on its profile. The contract of sale is between you and that artisan; the "
                    "council operates the site and receives payments on the artisan's behalf.",
                ),
                ("heading", "Products and their legal status"),
                (
                    "paragraph",
                    "The photos, material, size, weight and price of every product are shown "
                    "before you order. Processed foods are listed only when their maker holds a "
                    "PIRT or BPOM MD food registration, and a halal certificate is mentioned "
                    "where there is one. Hand-drawn and stamped batik, tie-dye, eco-print, "
                    "carving and weaving are all done by hand, so small differences in colour, "
                    "size and line are part of their character, not defects.",
                ),
                ("heading", "Prices"),
                (
                    "paragraph",
                    "Prices are set in Indonesian rupiah. Shipping costs are calculated and "
                    "shown separately before you pay. Buyers abroad may see prices in another "
                    "currency; the exchange rate used is recorded with the order. Import duties "
                    "and taxes in the destination country are paid by the buyer.",
                ),
                ("heading", "Payment"),
                (
                    "paragraph",
                    "You can pay by debit or credit card through our payment provider Stripe, or "
                    "by bank transfer to the council's account shown at checkout. Bank-transfer "
                    "orders that are not paid by the deadline shown on the order page are "
                    "cancelled and their items released.",
                ),
                ("heading", "Delivery"),
                (
                    "paragraph",
                    "Artisans ship within three working days of the payment being confirmed, "
                    "except for custom orders with a lead time agreed in advance. Parcels go by "
                    "courier, and the tracking number is shown on your order page. Items from "
                    "different artisans are shipped in separate parcels.",
                ),
                ("heading", "Cancellation"),
                (
                    "paragraph",
                    "You may cancel an order free of charge until it has been shipped. If we "
                    "have already received your payment, it is refunded in full by the same "
                    "payment method.",
                ),
                ("heading", "Returns"),
                (
                    "paragraph",
                    "If an item arrives damaged, is the wrong item, or does not match its "
                    "description on the site, tell us within 7 days of receiving it and send "
                    "photos or a video of the parcel being opened. Together with the artisan we "
                    "will arrange a replacement or a refund. Food and made-to-order items cannot "
                    "be returned unless they are damaged or not what you ordered.",
                ),
                ("heading", "Complaints"),
                (
                    "paragraph",
                    "Send any complaint by WhatsApp to +6281100000001 or by email to "
                    "halo@pasarkriya.example. We reply to every complaint within three working "
                    "days and aim to settle it by agreement. These terms are governed by the "
                    "laws of the Republic of Indonesia.",
                ),
            ],
        },
    },
    {
        "slug": "kebijakan-privasi",
        "slug_en": "privacy-policy",
        "show_in_menus": False,
        "id": {
            "title": "Kebijakan Privasi",
            "intro": (
                "Kebijakan ini menjelaskan data pribadi apa yang kami kumpulkan, untuk apa data "
                "itu dipakai, dan apa saja hak Anda, sesuai Undang-Undang Nomor 27 Tahun 2022 "
                "tentang Pelindungan Data Pribadi."
            ),
            "body": [
                ("heading", "Pengendali data"),
                (
                    "paragraph",
                    "Pengendali data pribadi di situs ini adalah Dekranasda Kabupaten "
                    "Bojonegoro, Jl. Galeri Kriya No. 9, Kepatihan, Bojonegoro 62111. Pertanyaan "
                    "dan permintaan tentang data pribadi dapat dikirim ke "
                    "halo@pasarkriya.example.",
                ),
                ("heading", "Data yang kami kumpulkan"),
                (
                    "paragraph",
                    "Saat Anda memesan atau bertanya kepada perajin, kami mencatat nama, alamat "
                    "surel, nomor telepon, alamat pengiriman, isi pesanan atau pertanyaan, dan "
                    "status pembayaran. Data kartu Anda diproses langsung oleh Stripe dan tidak "
                    "disimpan di server kami. Untuk perajin yang terdaftar, kami juga menyimpan "
                    "data usaha seperti NIB dan izin produk.",
                ),
                ("heading", "Untuk apa data dipakai"),
                (
                    "paragraph",
                    "Data Anda dipakai untuk memproses dan mengirim pesanan, menjawab "
                    "pertanyaan, mengonfirmasi pembayaran, dan memenuhi kewajiban hukum seperti "
                    "pencatatan transaksi. Kami hanya mengirim kabar promosi atau undangan "
                    "pameran bila Anda memberikan persetujuan secara tegas, dan persetujuan itu "
                    "dapat Anda tarik kapan saja.",
                ),
                ("heading", "Dengan siapa data dibagikan"),
                (
                    "paragraph",
                    "Nama, alamat, dan nomor telepon Anda diteruskan kepada perajin yang menjual "
                    "produk pesanan Anda dan kepada jasa kurir, sebatas yang diperlukan untuk "
                    "pengiriman. Kami tidak menjual atau menyewakan data pribadi kepada siapa "
                    "pun.",
                ),
                ("heading", "Penyimpanan dan keamanan"),
                (
                    "paragraph",
                    "Data pesanan kami simpan selama diwajibkan oleh peraturan tentang "
                    "pencatatan transaksi, lalu kami hapus atau anonimkan. Akses ke data "
                    "dibatasi pada petugas dan perajin yang memerlukannya. Jika terjadi "
                    "kegagalan pelindungan data pribadi, kami memberi tahu Anda dan lembaga yang "
                    "berwenang secara tertulis paling lambat 3 x 24 jam setelah kami "
                    "mengetahuinya.",
                ),
                ("heading", "Hak Anda"),
                (
                    "paragraph",
                    "Anda berhak mengetahui data apa saja yang kami simpan, memperoleh "
                    "salinannya, memperbaiki data yang keliru, meminta data dihapus, dan menarik "
                    "persetujuan yang pernah diberikan. Kirim permintaan ke "
                    "halo@pasarkriya.example; kami menanggapinya paling lambat 3 x 24 jam "
                    "setelah permintaan diterima.",
                ),
                ("heading", "Kuki"),
                (
                    "paragraph",
                    "Situs ini memakai kuki yang diperlukan agar keranjang belanja, pilihan "
                    "bahasa, dan proses masuk akun berfungsi. Kami tidak memasang kuki iklan "
                    "dari pihak ketiga.",
                ),
            ],
        },
        "en": {
            "title": "Privacy policy",
            "intro": (
                "This policy explains what personal data we collect, what we use it for and what "
                "your rights are, under Indonesia's Law 27 of 2022 on Personal Data Protection."
            ),
            "body": [
                ("heading", "Data controller"),
                (
                    "paragraph",
                    "The controller of personal data on this site is Dekranasda Kabupaten "
                    "Bojonegoro, Jl. Galeri Kriya No. 9, Kepatihan, Bojonegoro 62111, Indonesia. "
                    "Questions and requests about personal data can be sent to "
                    "halo@pasarkriya.example.",
                ),
                ("heading", "What we collect"),
                (
                    "paragraph",
                    "When you place an order or ask an artisan a question, we record your name, "
                    "email address, phone number, delivery address, the content of your order or "
                    "question, and the state of your payment. Your card details are processed "
                    "directly by Stripe and never stored on our servers. For registered artisans "
                    "we also keep business records such as the NIB and product permits.",
                ),
                ("heading", "What we use it for"),
                (
                    "paragraph",
                    "We use your data to process and deliver your order, answer your questions, "
                    "confirm payments and meet legal duties such as keeping transaction records. "
                    "We send news of promotions or exhibitions only if you have explicitly "
                    "agreed to it, and you can withdraw that consent at any time.",
                ),
                ("heading", "Who we share it with"),
                (
                    "paragraph",
                    "Your name, address and phone number are passed to the artisans whose "
                    "products you ordered and to the courier, only as far as delivery requires. "
                    "We never sell or rent personal data to anyone.",
                ),
                ("heading", "Retention and security"),
                (
                    "paragraph",
                    "We keep order data for as long as the rules on transaction records require, "
                    "then delete or anonymise it. Access is limited to the staff and artisans "
                    "who need it. If a personal data breach occurs, we notify you and the "
                    "competent authority in writing within 3 x 24 hours of becoming aware of it.",
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    "You have the right to know what data we hold about you, to receive a copy, "
                    "to have mistakes corrected, to ask for deletion and to withdraw consent you "
                    "have given. Send your request to halo@pasarkriya.example; we respond within "
                    "3 x 24 hours of receiving it.",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "This site uses only the cookies needed for the cart, your language choice "
                    "and signing in. We do not place third-party advertising cookies.",
                ),
            ],
        },
    },
]
