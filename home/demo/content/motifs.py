"""The nine Batik Jonegoroan motifs and their index page."""

# The nine Batik Jonegoroan motifs, introduced on 29 March 2009, in the order of the facts file.
MOTIF_INDEX = {
    "id": {
        "title": "Motif Batik Jonegoroan",
        "intro": (
            "Sembilan motif batik Jonegoroan dipilih lewat lomba desain dan diperkenalkan pada 29 "
            "Maret 2009. Setiap motif mengangkat kekayaan Bojonegoro, dari minyak bumi dan hutan "
            "jati sampai jagung, padi, dan Wayang Thengul. Baca kisah di balik setiap motif dan "
            "temukan karya perajin yang membatiknya."
        ),
    },
    "en": {
        "title": "Jonegoroan batik motifs",
        "intro": (
            "The nine Jonegoroan batik motifs were chosen in a design contest and introduced on "
            "29 March 2009. Each one draws on something Bojonegoro is known for, from oil and "
            "teak forests to maize, rice and Wayang Thengul puppets. Read the story behind each "
            "motif and find the pieces our artisans make in it."
        ),
    },
}


MOTIFS = [
    {
        "key": "gastra-rinonce",
        "name": "Gastra Rinonce",
        "id": {
            "subject": "menara pengeboran minyak dan gas bumi",
            "summary": (
                "Motif menara pengeboran dan nyala gas yang mengangkat ladang minyak dan gas bumi "
                "Blok Cepu, salah satu sumber kemakmuran Bojonegoro."
            ),
            "meaning": [
                (
                    "Gastra Rinonce menggambarkan menara pengeboran minyak beserta nyala api dan "
                    "aliran gas bumi. Motif ini merujuk pada ladang minyak dan gas bumi di "
                    "Bojonegoro yang dikenal dengan nama Blok Cepu dan membuat daerah ini dikenal "
                    "di seluruh Indonesia."
                ),
                (
                    "Rinonce berarti dirangkai, seperti bunga yang dironce menjadi untaian. Bagi "
                    "pemakainya, motif ini menjadi pengingat bahwa kekayaan dari perut bumi "
                    "semestinya dirangkai menjadi kesejahteraan bersama."
                ),
            ],
            "history": [
                (
                    "Gastra Rinonce termasuk sembilan motif yang terpilih dalam lomba desain "
                    "batik dan diperkenalkan sebagai batik khas Bojonegoro pada 29 Maret 2009. "
                    "Namanya ditulis dengan beberapa ejaan, antara lain Gatra Rinonce dan Gastro "
                    "Rinonce."
                ),
            ],
            "technique": [
                (
                    "Menara pengeboran biasanya digambar tegak dan berulang, diselingi lengkung "
                    "api dan garis-garis yang melambangkan aliran gas. Bentuknya yang geometris "
                    "cocok dikerjakan dengan cap tembaga, sedangkan pada batik tulis pembatik "
                    "leluasa menambahkan isen-isen halus di bidang latar."
                ),
                (
                    "Pada batik tulis, malam panas digoreskan dengan canting mengikuti pola, lalu "
                    "kain dicelup warna. Bagian yang ingin dipertahankan ditutup malam lagi "
                    "sebelum pencelupan berikutnya, dan setelah warna terakhir, malam dilepas "
                    "dengan merebus kain (lorodan)."
                ),
            ],
        },
        "en": {
            "subject": "oil rig and natural gas",
            "summary": (
                "Drilling rigs and gas flames for the oil and gas fields of Blok Cepu, one of the "
                "sources of Bojonegoro's wealth."
            ),
            "meaning": [
                (
                    "Gastra Rinonce shows drilling rigs together with flames and the flow of "
                    "natural gas. It refers to Bojonegoro's oil and gas fields, known as Blok "
                    "Cepu, which have made the district a familiar name across Indonesia."
                ),
                (
                    "Rinonce means strung together, like flowers threaded into a garland. Whoever "
                    "wears the motif is reminded that the wealth beneath the ground should be "
                    "woven into prosperity that everyone shares."
                ),
            ],
            "history": [
                (
                    "Gastra Rinonce is one of the nine motifs chosen in a batik design contest "
                    "and introduced as Bojonegoro's own batik on 29 March 2009. Its name is "
                    "spelled in several ways, among them Gatra Rinonce and Gastro Rinonce."
                ),
            ],
            "technique": [
                (
                    "The rigs are usually drawn upright and repeated, set between curling flames "
                    "and lines that stand for flowing gas. Their geometric shapes suit a copper "
                    "stamp (cap), while in hand-drawn batik the maker is free to fill the "
                    "background with fine details (isen-isen)."
                ),
                (
                    "In hand-drawn batik, hot wax is traced along the pattern with a canting and "
                    "the cloth is dyed. The parts that should keep their colour are covered with "
                    "wax again before the next dye bath, and after the last colour the wax is "
                    "boiled off (lorodan)."
                ),
            ],
        },
    },
    {
        "key": "jagung-miji-emas",
        "name": "Jagung Miji Emas",
        "id": {
            "subject": "jagung",
            "summary": (
                "Motif tongkol jagung dengan biji keemasan, lambang panen raya di ladang-ladang "
                "Bojonegoro."
            ),
            "meaning": [
                (
                    "Jagung Miji Emas menampilkan tongkol jagung yang bijinya berderet rapat "
                    "seperti butiran emas. Jagung adalah salah satu hasil bumi unggulan "
                    "Bojonegoro, dan motif ini menjadi lambang panen yang melimpah."
                ),
                (
                    "Miji berarti berbiji, sehingga nama motif ini dapat dibaca sebagai jagung "
                    "yang berbiji emas. Di dalamnya tersimpan harapan agar kerja keras petani "
                    "berbuah hasil yang berharga bagi keluarga dan daerahnya."
                ),
            ],
            "history": [
                (
                    "Motif ini lahir dari lomba desain batik yang hasilnya diperkenalkan pada 29 "
                    "Maret 2009 sebagai bagian dari sembilan motif Jonegoroan. Bersama Pari "
                    "Sumilak dan Sata Gondo Wangi, motif ini mewakili wajah agraris Bojonegoro."
                ),
            ],
            "technique": [
                (
                    "Tongkol dan kelobot jagung disusun miring atau berjajar, dengan biji yang "
                    "digambar satu per satu memakai canting bercucuk kecil. Warna kuning keemasan "
                    "dan cokelat tanah di atas latar hijau daun atau biru tua membuat biji jagung "
                    "tampak menonjol."
                ),
                (
                    "Untuk kain cap, tongkol jagung dicap berulang sehingga polanya rapi dan "
                    "harganya lebih terjangkau. Pada batik kombinasi, biji jagung hasil cap "
                    "dipertegas lagi dengan goresan canting agar lebih hidup."
                ),
            ],
        },
        "en": {
            "subject": "maize",
            "summary": (
                "Ears of maize with golden kernels, a sign of the rich harvests on Bojonegoro's "
                "farmland."
            ),
            "meaning": [
                (
                    "Jagung Miji Emas shows ears of maize whose kernels sit in tight rows like "
                    "grains of gold. Maize is one of Bojonegoro's leading crops, and the motif "
                    "stands for a generous harvest."
                ),
                (
                    "Miji means bearing seeds, so the name reads as maize with golden kernels. It "
                    "carries the hope that the farmers' hard work will bear a precious yield for "
                    "their families and their district."
                ),
            ],
            "history": [
                (
                    "The motif came out of the batik design contest whose results were introduced "
                    "on 29 March 2009 as the nine Jonegoroan motifs. Together with Pari Sumilak "
                    "and Sata Gondo Wangi, it represents Bojonegoro's farming side."
                ),
            ],
            "technique": [
                (
                    "The ears and husks are laid out at a slant or in rows, with each kernel "
                    "drawn one by one using a fine-spouted canting. Golden yellow and earthy "
                    "brown over a leaf-green or deep blue ground make the kernels stand out."
                ),
                (
                    "For stamped cloth, the ear of maize is stamped again and again, which keeps "
                    "the pattern neat and the price affordable. In combined batik (kombinasi), "
                    "the stamped kernels are then retouched by hand with a canting to bring them "
                    "to life."
                ),
            ],
        },
    },
    {
        "key": "mliwis-mukti",
        "name": "Mliwis Mukti",
        "id": {
            "subject": "burung mliwis putih",
            "summary": (
                "Motif burung mliwis putih yang bersumber dari legenda Prabu Angling Dharma."
            ),
            "meaning": [
                (
                    "Mliwis Mukti menggambarkan burung mliwis putih, sejenis itik liar, yang "
                    "melayang atau mengapung di antara tanaman air. Dalam legenda yang hidup di "
                    "tengah masyarakat Bojonegoro, Prabu Angling Dharma pernah menjelma menjadi "
                    "burung mliwis putih."
                ),
                (
                    "Mukti berarti mulia dan sejahtera. Motif ini mengajak pemakainya tetap "
                    "berbudi luhur, bahkan ketika hidup sedang berubah atau penuh ujian."
                ),
            ],
            "history": [
                (
                    "Kisah Prabu Angling Dharma dituturkan turun-temurun dan menjadi bagian dari "
                    "jati diri Bojonegoro. Pada 2009 kisah itu diabadikan dalam motif Mliwis "
                    "Mukti, salah satu dari sembilan motif Jonegoroan yang terpilih lewat lomba "
                    "desain batik dan diperkenalkan pada 29 Maret tahun itu."
                ),
            ],
            "technique": [
                (
                    "Burung mliwis digambar dalam beberapa pose, dengan sayap terentang atau "
                    "sedang mengapung, lalu dilengkapi riak air dan dedaunan. Warna putih burung "
                    "dijaga dengan menutup bagian itu memakai malam sejak awal, sehingga tetap "
                    "bersih setelah kain dicelup warna gelap."
                ),
                (
                    "Karena bidang putihnya luas, pembatik perlu menembok malam dengan rapi di "
                    "kedua sisi kain. Retakan kecil pada malam akan meninggalkan garis halus yang "
                    "justru sering disukai penggemar batik tulis."
                ),
            ],
        },
        "en": {
            "subject": "white mliwis bird",
            "summary": "The white mliwis bird from the legend of King Angling Dharma.",
            "meaning": [
                (
                    "Mliwis Mukti shows the white mliwis, a kind of wild duck, gliding or "
                    "floating among water plants. In a legend still told in Bojonegoro, King "
                    "Angling Dharma once took the form of a white mliwis bird."
                ),
                (
                    "Mukti means noble and prosperous. The motif asks the wearer to keep a noble "
                    "heart even when life changes or brings hardship."
                ),
            ],
            "history": [
                (
                    "The tale of King Angling Dharma has been handed down from generation to "
                    "generation and is part of Bojonegoro's identity. In 2009 it was captured in "
                    "the Mliwis Mukti motif, one of the nine Jonegoroan motifs chosen in a batik "
                    "design contest and introduced on 29 March that year."
                ),
            ],
            "technique": [
                (
                    "The birds are drawn in several poses, wings spread or resting on the water, "
                    "with ripples and leaves around them. The white of the birds is kept by "
                    "covering it with wax from the very start, so it stays clean when the cloth "
                    "goes into darker dyes."
                ),
                (
                    "Because the white areas are large, the maker must apply the wax carefully on "
                    "both sides of the cloth. Small cracks in the wax leave fine veins of colour, "
                    "a mark that lovers of hand-drawn batik often treasure."
                ),
            ],
        },
    },
    {
        "key": "parang-dahana-munggal",
        "name": "Parang Dahana Munggal",
        "id": {
            "subject": "api abadi Kahyangan Api",
            "summary": (
                "Motif parang berisi lidah api abadi Kahyangan Api, lambang semangat yang tak "
                "pernah padam."
            ),
            "meaning": [
                (
                    "Namanya tersusun dari tiga kata: parang yang berarti miring, dahana yang "
                    "berarti api, dan munggal yang berarti terus menyala. Motif ini melukiskan "
                    "api abadi Kahyangan Api yang tidak pernah padam."
                ),
                (
                    "Maknanya, masyarakat Bojonegoro diharapkan selalu bersemangat dan mampu "
                    "menjadi penerang bagi orang lain. Api yang terus menyala juga melambangkan "
                    "tekad yang tidak mudah surut."
                ),
            ],
            "history": [
                (
                    "Api dari Kahyangan Api pernah diambil untuk menyalakan obor Pekan Olahraga "
                    "Nasional (PON) XV pada tahun 2000. Sembilan tahun kemudian, api itu "
                    "diabadikan dalam salah satu motif Jonegoroan yang diperkenalkan pada 29 "
                    "Maret 2009. Namanya kadang juga ditulis Parang Dahono Munggal."
                ),
            ],
            "technique": [
                (
                    "Seperti motif parang lainnya, lidah-lidah api disusun dalam jalur miring "
                    "yang berulang dari satu tepi kain ke tepi lainnya. Merah bata, jingga, dan "
                    "sogan cokelat memberi kesan api yang menyala."
                ),
                (
                    "Pada batik tulis, setiap lidah api digoreskan satu per satu, sehingga setiap "
                    "lembar punya irama sendiri. Versi cap menjaga jalur parang tetap lurus dan "
                    "sejajar, cocok untuk seragam dan kemeja kerja."
                ),
            ],
        },
        "en": {
            "subject": "the eternal flame of Kahyangan Api",
            "summary": (
                "A parang pattern of flames from the eternal fire of Kahyangan Api, a sign of a "
                "spirit that never goes out."
            ),
            "meaning": [
                (
                    "The name joins three words: parang, slanting; dahana, fire; and munggal, "
                    "ever burning. The motif depicts the eternal flame of Kahyangan Api, which "
                    "never goes out."
                ),
                (
                    "It expresses the wish that the people of Bojonegoro stay full of spirit and "
                    "bring light to others. A flame that keeps burning also stands for resolve "
                    "that does not easily fade."
                ),
            ],
            "history": [
                (
                    "Fire from Kahyangan Api was used to light the torch of the 15th National "
                    "Sports Games (PON XV) in 2000. Nine years later the flame became one of the "
                    "Jonegoroan motifs introduced on 29 March 2009. The name is sometimes spelled "
                    "Parang Dahono Munggal."
                ),
            ],
            "technique": [
                (
                    "As in every parang pattern, the flames run in slanting bands repeated from "
                    "one edge of the cloth to the other. Brick red, orange and sogan brown give "
                    "the impression of a living fire."
                ),
                (
                    "In hand-drawn batik each flame is traced one at a time, so every piece has "
                    "its own rhythm. The stamped version keeps the bands straight and parallel, "
                    "which suits uniforms and office shirts."
                ),
            ],
        },
    },
    {
        "key": "parang-lembu-sekar-rinambat",
        "name": "Parang Lembu Sekar Rinambat",
        "id": {
            "subject": "sapi",
            "summary": (
                "Motif parang berhias sapi dan bunga merambat, lambang peternakan yang menopang "
                "ekonomi desa."
            ),
            "meaning": [
                (
                    "Motif ini menampilkan sapi (lembu) di antara bunga (sekar) yang merambat "
                    "(rinambat), disusun dalam pola parang yang miring. Ia melambangkan "
                    "peternakan sapi yang banyak diusahakan warga Bojonegoro."
                ),
                (
                    "Bagi keluarga di desa, sapi adalah tabungan sekaligus tenaga di sawah. Bunga "
                    "yang terus merambat menggambarkan harapan agar rezeki itu tumbuh dan "
                    "bersambung dari generasi ke generasi."
                ),
            ],
            "history": [
                (
                    "Parang Lembu Sekar Rinambat termasuk sembilan motif hasil lomba desain batik "
                    "yang diperkenalkan sebagai batik Jonegoroan pada 29 Maret 2009. Bersama "
                    "Jagung Miji Emas dan Pari Sumilak, motif ini menegaskan kekuatan pertanian "
                    "dan peternakan Bojonegoro."
                ),
            ],
            "technique": [
                (
                    "Sosok sapi ditempatkan di dalam jalur-jalur diagonal, sementara sulur bunga "
                    "mengisi ruang di antaranya sehingga motif terasa bergerak. Karena detailnya "
                    "rapat, motif ini paling hidup bila dikerjakan dengan batik tulis."
                ),
                (
                    "Versi capnya tetap menarik untuk kemeja, sepatu, dan tas yang dipakai "
                    "sehari-hari. Warna cokelat sogan dan krem memberi kesan tenang, sedangkan "
                    "biru atau hijau membuatnya tampil lebih segar."
                ),
            ],
        },
        "en": {
            "subject": "cattle",
            "summary": (
                "A parang pattern of cattle among climbing flowers, standing for the livestock "
                "that sustains village life."
            ),
            "meaning": [
                (
                    "The motif shows cattle (lembu) among climbing (rinambat) flowers (sekar), "
                    "arranged in the slanting parang pattern. It stands for the cattle raised by "
                    "many families in Bojonegoro."
                ),
                (
                    "For a village household, a cow is both savings and strength in the rice "
                    "field. The flowers that keep climbing express the hope that this livelihood "
                    "grows and carries on from one generation to the next."
                ),
            ],
            "history": [
                (
                    "Parang Lembu Sekar Rinambat is one of the nine motifs from the batik design "
                    "contest that were introduced as Jonegoroan batik on 29 March 2009. Along "
                    "with Jagung Miji Emas and Pari Sumilak, it celebrates Bojonegoro's farming "
                    "and livestock."
                ),
            ],
            "technique": [
                (
                    "The cattle sit within diagonal bands, while flowering tendrils fill the "
                    "spaces between them and give the motif a sense of movement. Because the "
                    "detail is dense, the motif is at its liveliest in hand-drawn batik."
                ),
                (
                    "The stamped version works well for shirts, shoes and bags for everyday wear. "
                    "Sogan brown and cream give a calm look, while blue or green makes it feel "
                    "fresher."
                ),
            ],
        },
    },
    {
        "key": "pari-sumilak",
        "name": "Pari Sumilak",
        "id": {
            "subject": "padi menguning",
            "summary": (
                "Motif bulir padi yang menguning, lambang lumbung pangan yang mencukupi semua "
                "orang."
            ),
            "meaning": [
                (
                    "Pari Sumilak berarti padi yang mulai merekah dan menguning menjelang panen. "
                    "Motif ini menggambarkan Bojonegoro sebagai lumbung pangan, tempat sawah "
                    "menghasilkan cukup beras bagi semua orang."
                ),
                (
                    "Bulir padi yang merunduk juga mengingatkan pada pepatah ilmu padi: makin "
                    "berisi, makin merunduk. Pemakainya diajak untuk tetap rendah hati."
                ),
            ],
            "history": [
                (
                    "Pari Sumilak termasuk sembilan motif hasil lomba desain batik yang "
                    "diperkenalkan pada 29 Maret 2009. Di antara motif-motif Jonegoroan, ia "
                    "mewakili sawah dan para petani yang menggarapnya."
                ),
            ],
            "technique": [
                (
                    "Batang dan bulir padi digambar melengkung dan berulang, kadang dengan "
                    "petak-petak sawah sebagai latar. Bulir yang kecil dan rapat menuntut "
                    "kesabaran, karena pada batik tulis setiap titik (cecek) digoreskan satu demi "
                    "satu dengan canting kecil."
                ),
                (
                    "Warna kuning jerami dan hijau muda cocok untuk menggambarkan padi yang "
                    "hampir dipanen. Di atas kain dobby yang bertekstur, bulir padi tampak seolah "
                    "timbul."
                ),
            ],
        },
        "en": {
            "subject": "ripening rice",
            "summary": (
                "Ripening ears of rice, the sign of a granary with enough food for everyone."
            ),
            "meaning": [
                (
                    "Pari Sumilak means rice that is opening and turning golden just before the "
                    "harvest. The motif portrays Bojonegoro as a granary whose fields grow enough "
                    "rice for everyone."
                ),
                (
                    "The drooping ears also recall the Indonesian saying about rice: the fuller "
                    "the grain, the lower it bows. The wearer is invited to stay humble."
                ),
            ],
            "history": [
                (
                    "Pari Sumilak is one of the nine motifs from the batik design contest "
                    "introduced on 29 March 2009. Among the Jonegoroan motifs, it stands for the "
                    "rice fields and the farmers who work them."
                ),
            ],
            "technique": [
                (
                    "Stalks and ears of rice are drawn in repeated curves, sometimes over a "
                    "background of paddy plots. The small, close-set grains call for patience: in "
                    "hand-drawn batik, every dot (cecek) is made one at a time with a fine "
                    "canting."
                ),
                (
                    "Straw yellow and light green suit rice that is nearly ready to harvest. On "
                    "textured dobby cloth, the ears seem to stand out from the surface."
                ),
            ],
        },
    },
    {
        "key": "rancak-thengul",
        "name": "Rancak Thengul",
        "id": {
            "subject": "Wayang Thengul",
            "summary": "Motif tokoh-tokoh Wayang Thengul, seni wayang kayu khas Bojonegoro.",
            "meaning": [
                (
                    "Rancak Thengul menampilkan tokoh-tokoh Wayang Thengul, wayang kayu yang "
                    "menjadi kesenian khas Bojonegoro. Motif ini mengungkapkan kebanggaan atas "
                    "seni pertunjukan milik daerah sendiri."
                ),
                (
                    "Setiap pertunjukan wayang membawa cerita dan nasihat. Memakai motif ini "
                    "berarti ikut merawat cerita dan nilai-nilai yang disampaikan dalang kepada "
                    "penontonnya."
                ),
            ],
            "history": [
                (
                    "Wayang Thengul dimainkan dengan boneka kayu yang berbentuk tiga dimensi, "
                    "berbeda dengan wayang kulit yang pipih. Kesenian ini diangkat menjadi motif "
                    "batik dalam lomba desain yang hasilnya diperkenalkan pada 29 Maret 2009."
                ),
            ],
            "technique": [
                (
                    "Tokoh wayang digambar lengkap dengan mahkota, busana, dan tangkai "
                    "pemegangnya, lalu disusun berjajar atau berselang-seling dengan ornamen. "
                    "Wajah dan busana tokoh penuh detail, sehingga motif ini biasanya dikerjakan "
                    "dengan batik tulis atau kombinasi tulis dan cap."
                ),
                (
                    "Warna-warna cerah seperti merah, hijau, dan kuning mengingatkan pada cat "
                    "boneka wayang, sementara latar gelap membuat tokoh-tokohnya tampil menonjol. "
                    "Warna-warna kecil pada busana tokoh kadang dikuaskan langsung (dicolet), "
                    "sedangkan warna latar diperoleh lewat pencelupan."
                ),
            ],
        },
        "en": {
            "subject": "Wayang Thengul puppets",
            "summary": "Figures from Wayang Thengul, Bojonegoro's own wooden-puppet theatre.",
            "meaning": [
                (
                    "Rancak Thengul shows characters from Wayang Thengul, the wooden-puppet "
                    "theatre that belongs to Bojonegoro. The motif expresses pride in a "
                    "performing art the district can call its own."
                ),
                (
                    "Every puppet show carries a story and a lesson. Wearing the motif is a way "
                    "of keeping alive the stories and values the puppeteer (dalang) passes on to "
                    "the audience."
                ),
            ],
            "history": [
                (
                    "Wayang Thengul is played with carved, three-dimensional wooden puppets, "
                    "unlike the flat leather puppets of wayang kulit. The art became a batik "
                    "motif in the design contest whose results were introduced on 29 March 2009."
                ),
            ],
            "technique": [
                (
                    "The puppets are drawn complete with crowns, costumes and handling rods, then "
                    "arranged in rows or alternated with ornaments. Their faces and clothes are "
                    "full of detail, so the motif is usually hand-drawn or made in combined batik "
                    "(stamp and hand-drawing)."
                ),
                (
                    "Bright reds, greens and yellows recall the painted puppets, while a dark "
                    "ground makes the figures stand out. Small touches of colour on the costumes "
                    "are sometimes brushed on directly (colet), while the ground is dyed in a "
                    "bath."
                ),
            ],
        },
    },
    {
        "key": "sata-gondo-wangi",
        "name": "Sata Gondo Wangi",
        "id": {
            "subject": "daun tembakau",
            "summary": "Motif daun tembakau, lambang tembakau Bojonegoro yang bermutu dan harum.",
            "meaning": [
                (
                    "Sata berarti tembakau, sedangkan gondo wangi berarti berbau harum. Motif ini "
                    "menampilkan daun-daun tembakau yang lebar sebagai lambang tembakau "
                    "Bojonegoro yang bermutu terbaik."
                ),
                (
                    "Bagi banyak petani, tembakau adalah tanaman musim kemarau yang menjadi "
                    "andalan penghasilan. Motif ini menghargai ketekunan mereka merawat daun demi "
                    "daun sampai panen."
                ),
            ],
            "history": [
                (
                    "Sata Gondo Wangi termasuk sembilan motif Jonegoroan yang diperkenalkan pada "
                    "29 Maret 2009 setelah terpilih dalam lomba desain batik. Namanya juga "
                    "ditulis Sata Ganda Wangi."
                ),
            ],
            "technique": [
                (
                    "Daun tembakau digambar besar dengan tulang daun yang tegas, kadang diselingi "
                    "bunga tembakau yang kecil. Gradasi dari hijau daun sampai cokelat keemasan "
                    "menggambarkan perjalanan tembakau dari ladang hingga dijemur."
                ),
                (
                    "Bentuk daun yang lebar membuat motif ini mudah dibaca dari jauh, sehingga "
                    "cocok untuk dress dan kemeja dengan potongan sederhana. Pada versi cap, satu "
                    "cap daun dapat diputar atau dibalik agar susunan daunnya tidak terlihat "
                    "monoton."
                ),
            ],
        },
        "en": {
            "subject": "tobacco leaves",
            "summary": "Tobacco leaves, standing for Bojonegoro's fine, fragrant tobacco.",
            "meaning": [
                (
                    "Sata means tobacco and gondo wangi means fragrant. The motif shows broad "
                    "tobacco leaves as a sign of Bojonegoro's tobacco of the best quality."
                ),
                (
                    "For many farmers, tobacco is the dry-season crop their income depends on. "
                    "The motif honours the care they give the plants, leaf by leaf, until harvest."
                ),
            ],
            "history": [
                (
                    "Sata Gondo Wangi is one of the nine Jonegoroan motifs introduced on 29 March "
                    "2009 after being chosen in a batik design contest. The name is also spelled "
                    "Sata Ganda Wangi."
                ),
            ],
            "technique": [
                (
                    "The leaves are drawn large with strong veins, sometimes with small tobacco "
                    "flowers between them. Shades from leaf green to golden brown trace the "
                    "journey of tobacco from the field to the drying racks."
                ),
                (
                    "The broad leaves read well from a distance, which makes the motif a good fit "
                    "for simply cut dresses and shirts. On stamped cloth, a single leaf stamp can "
                    "be turned or flipped so that the arrangement never looks repetitive."
                ),
            ],
        },
    },
    {
        "key": "sekar-jati",
        "name": "Sekar Jati",
        "id": {
            "subject": "akar, batang, dan daun jati",
            "summary": (
                "Motif pohon jati dari akar sampai daun, lambang hutan jati Bojonegoro yang "
                "termasyhur."
            ),
            "meaning": [
                (
                    "Sekar Jati menampilkan pohon jati secara utuh, dari akar yang mencengkeram "
                    "tanah, batang yang kokoh, sampai daunnya yang lebar. Motif ini mewakili "
                    "hutan jati Bojonegoro yang sudah terkenal sejak zaman kolonial."
                ),
                (
                    "Jati dikenal sebagai kayu yang kuat dan awet. Dalam bahasa Jawa, jati juga "
                    "berarti sejati, sehingga motif ini membawa harapan akan watak yang teguh dan "
                    "jujur."
                ),
            ],
            "history": [
                (
                    "Kayu jati dari hutan-hutan Bojonegoro sudah dikenal luas sejak masa "
                    "kolonial. Kekayaan itu diangkat menjadi salah satu dari sembilan motif "
                    "Jonegoroan yang diperkenalkan pada 29 Maret 2009 setelah lomba desain batik."
                ),
            ],
            "technique": [
                (
                    "Akar dan batang biasanya mengisi bagian bawah kain, sedangkan daun dan bunga "
                    "jati menyebar ke atas. Warna sogan tua untuk batang dan hijau zaitun untuk "
                    "daun memberi kesan hutan yang teduh."
                ),
                (
                    "Motif ini serasi dengan pewarna alam. Sebagian perajin eco-print juga "
                    "memakai daun jati asli, yang meninggalkan jejak warna merah keunguan pada "
                    "kain."
                ),
            ],
        },
        "en": {
            "subject": "teak roots, trunk and leaves",
            "summary": (
                "The teak tree from root to leaf, standing for Bojonegoro's famous teak forests."
            ),
            "meaning": [
                (
                    "Sekar Jati shows the whole teak tree, from the roots gripping the soil and "
                    "the sturdy trunk to the broad leaves. It stands for Bojonegoro's teak "
                    "forests, famous since colonial times."
                ),
                (
                    "Teak is known as a strong and lasting wood. In Javanese, jati also means "
                    "true or genuine, so the motif carries the hope of a steadfast and honest "
                    "character."
                ),
            ],
            "history": [
                (
                    "Teak from Bojonegoro's forests has been widely known since the colonial era. "
                    "That heritage became one of the nine Jonegoroan motifs introduced on 29 "
                    "March 2009 after a batik design contest."
                ),
            ],
            "technique": [
                (
                    "Roots and trunks usually fill the lower part of the cloth, while teak leaves "
                    "and flowers spread upward. Dark sogan brown for the trunks and olive green "
                    "for the leaves evoke a shady forest."
                ),
                (
                    "The motif goes well with natural dyes. Some eco-print makers also use real "
                    "teak leaves, which leave a reddish-purple print on the cloth."
                ),
            ],
        },
    },
]
