"""The home page, the about, privacy and cover-your-tracks pages, and the site settings.

The privacy page tells readers exactly how the site handles their data (cookies, logs, encryption, receipt
codes, retention): whenever that handling changes, change the page with it.
"""

HOME = {
    "key": "home",
    "type": "home.HomePage",
    "title": {
        "sr-latn": "SOS linija protiv trgovine ljudima",
        "en": "SOS hotline against human trafficking",
        "uk": "SOS-лінія проти торгівлі людьми",
        "ar": "خط SOS لمكافحة الاتجار بالبشر",
    },
    "slug": {"sr-latn": "home", "en": "home", "uk": "home", "ar": "home"},
    "fields": {
        "intro": {
            "sr-latn": (
                "Ako vam ponuda za posao zvuči predobro, ako ne možete slobodno da odete ili brinete za nekoga "
                "bliskog, možete da nam se obratite. Razgovor je besplatan i poverljiv."
            ),
            "en": (
                "If a job offer sounds too good to be true, if you cannot leave freely, or if you are worried about "
                "someone close to you, you can talk to us. It is free and confidential."
            ),
            "uk": (
                "Якщо пропозиція роботи здається надто гарною, якщо ви не можете вільно піти або турбуєтеся про "
                "когось із близьких, зверніться до нас. Це безкоштовно і конфіденційно."
            ),
            "ar": (
                "إذا بدا لك عرض عمل أجمل من أن يكون حقيقيًا، أو كنت لا تستطيع المغادرة بحرية، أو كنت قلقًا على شخص "
                "قريب منك، يمكنك التحدث إلينا. المساعدة مجانية وسرية."
            ),
        },
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Mi smo SOS linija specijalizovana za problem trgovine ljudima. Radimo od februara 2002. godine."
                "</p><p>Dajemo informacije koje pomažu da se trgovina ljudima spreči. Pružamo i direktnu pomoć "
                "osobama koje jesu ili bi mogle postati žrtve trgovine ljudima, kao i njihovim porodicama.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Pravna, psihološka i medicinska pomoć, prevodilac, pratnja kroz institucije. "
                        "Pogledajte šta možemo da uradimo za vas."
                    ),
                    "page": "support",
                    "link_text": "Vrste podrške",
                },
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Idete na rad u inostranstvo? Saznajte kako da prepoznate lažnu ponudu za posao "
                        "i kako da putujete bezbedno."
                    ),
                    "page": "topics",
                    "link_text": "Informacije i saveti",
                },
            ),
            (
                "checklist",
                {
                    "title": "Znaci upozorenja",
                    "items": [
                        "Neko vam uzme pasoš ili druge dokumente „na čuvanje“.",
                        "Za posao morate unapred da platite ili da se zadužite.",
                        "Nema pisanog ugovora, ili ga ne razumete.",
                        "Plata je neobično visoka za posao koji ne traži nikakvo iskustvo.",
                        "Ne smete slobodno da izlazite ili da se javljate porodici.",
                        "Vaš dug poslodavcu stalno raste i nikako ne možete da ga otplatite.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Brinete da neko proverava vaš telefon? Pročitajte kako da bezbedno koristite ovaj sajt.",
                    "page": "cover-tracks",
                    "link_text": "Prikrijte svoje tragove",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>We are an SOS hotline that works only on human trafficking. We have been here since February "
                "2002.</p><p>We give information that helps people stay safe from trafficking. We also give direct "
                "help to people who are, or may become, victims of trafficking, and to their families.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Legal, psychological and medical help, an interpreter, someone to go with you to offices. "
                        "See what we can do for you."
                    ),
                    "page": "support",
                    "link_text": "Types of support",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Going to work abroad? Learn how to spot a fake job offer and how to travel safely.",
                    "page": "topics",
                    "link_text": "Information and advice",
                },
            ),
            (
                "checklist",
                {
                    "title": "Warning signs",
                    "items": [
                        "Someone takes your passport or other documents “to keep them safe”.",
                        "You have to pay a fee or take on a debt to get the job.",
                        "There is no written contract, or you do not understand it.",
                        "The pay is unusually high for work that needs no experience.",
                        "You are not allowed to go out freely or to contact your family.",
                        "Your debt to the employer keeps growing and you can never pay it off.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Worried that someone checks your phone? Read how to use this site safely.",
                    "page": "cover-tracks",
                    "link_text": "Cover your tracks",
                },
            ),
        ],
        "uk": [
            (
                "paragraph",
                "<p>Ми — SOS-лінія, яка спеціалізується на протидії торгівлі людьми. Ми працюємо з лютого 2002 року."
                "</p><p>Ми розповідаємо, як уберегтися від торгівлі людьми. А ще ми безпосередньо допомагаємо "
                "людям, які постраждали або можуть постраждати від торгівлі людьми, та їхнім родинам.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Юридична, психологічна і медична допомога, перекладач, супровід до установ. "
                        "Дізнайтеся, чим ми можемо вам допомогти."
                    ),
                    "page": "support",
                    "link_text": "Види допомоги",
                },
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Їдете працювати за кордон? Дізнайтеся, як розпізнати фальшиву пропозицію роботи "
                        "і як безпечно подорожувати."
                    ),
                    "page": "topics",
                    "link_text": "Інформація та поради",
                },
            ),
            (
                "checklist",
                {
                    "title": "Тривожні ознаки",
                    "items": [
                        "Хтось забирає ваш паспорт чи інші документи «на зберігання».",
                        "За роботу треба заплатити наперед або взяти борг.",
                        "Письмового договору немає, або ви його не розумієте.",
                        "Зарплата надто висока для роботи, яка не потребує досвіду.",
                        "Вам не дозволяють вільно виходити чи зв’язуватися з родиною.",
                        "Ваш борг роботодавцеві постійно зростає, і ви ніяк не можете його повернути.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "Боїтеся, що хтось перевіряє ваш телефон? Прочитайте, як безпечно користуватися цим сайтом."
                    ),
                    "page": "cover-tracks",
                    "link_text": "Як приховати сліди",
                },
            ),
        ],
        "ar": [
            (
                "paragraph",
                "<p>نحن خط SOS متخصص في قضايا الاتجار بالبشر، ونعمل منذ فبراير 2002.</p>"
                "<p>نقدّم معلومات تساعد على الوقاية من الاتجار بالبشر. ونقدّم أيضًا مساعدة مباشرة للأشخاص الذين "
                "وقعوا ضحايا للاتجار أو قد يقعون ضحايا له، ولعائلاتهم.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "مساعدة قانونية ونفسية وطبية، ومترجم، ومرافقة إلى المؤسسات الرسمية. "
                        "تعرّف على ما يمكننا أن نقدّمه لك."
                    ),
                    "page": "support",
                    "link_text": "أنواع الدعم",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "هل تنوي العمل في الخارج؟ تعرّف على طريقة كشف عروض العمل المزيّفة وكيف تسافر بأمان.",
                    "page": "topics",
                    "link_text": "معلومات ونصائح",
                },
            ),
            (
                "checklist",
                {
                    "title": "علامات تحذيرية",
                    "items": [
                        "يأخذ أحدهم جواز سفرك أو وثائقك الأخرى بحجة الحفاظ عليها.",
                        "يُطلب منك أن تدفع رسومًا أو أن تستدين لتحصل على العمل.",
                        "لا يوجد عقد مكتوب، أو أنك لا تفهم ما فيه.",
                        "الأجر مرتفع على نحو غير معتاد لعمل لا يحتاج إلى خبرة.",
                        "لا يُسمح لك بالخروج بحرية أو بالتواصل مع عائلتك.",
                        "دَينك لصاحب العمل يزداد باستمرار ولا تستطيع سداده أبدًا.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "هل تخشى أن يفتّش أحدٌ هاتفك؟ اقرأ كيف تستخدم هذا الموقع بأمان.",
                    "page": "cover-tracks",
                    "link_text": "كيف تُخفي آثارك",
                },
            ),
        ],
    },
}

ABOUT = {
    "key": "about",
    "type": "home.StandardPage",
    "parent": "home",
    "show_in_menus": True,
    "title": {"sr-latn": "O SOS liniji", "en": "About the hotline"},
    "slug": {"sr-latn": "o-sos-liniji", "en": "about"},
    "fields": {
        "intro": {
            "sr-latn": (
                "SOS linija radi od sredine februara 2002. godine. Bila je prva linija u Srbiji specijalizovana "
                "za trgovinu ljudima, i to je i danas jedina takva linija."
            ),
            "en": (
                "The hotline has been running since mid-February 2002. It was the first SOS line in Serbia "
                "specialised in human trafficking, and it is still the only one."
            ),
        },
    },
    "body": {
        "sr-latn": [
            ("heading", {"text": "Šta radimo", "level": "h2"}),
            (
                "paragraph",
                "<p>SOS linija ima dva zadatka.</p><ul><li><b>Prevencija i edukacija.</b> Objašnjavamo šta je "
                "trgovina ljudima, kako da bezbedno odete u inostranstvo i kako da tamo radite legalno.</li>"
                "<li><b>Direktna pomoć.</b> Podržavamo osobe koje jesu ili bi mogle postati žrtve trgovine "
                "ljudima, i njihove porodice. Pomažemo i onima koji su još u lancu trgovine, i onima koji su se "
                "izvukli, a nisu dobili odgovarajuću pomoć.</li></ul>",
            ),
            ("heading", {"text": "Mobilni tim", "level": "h2"}),
            (
                "paragraph",
                "<p>Mobilni tim radi na terenu. Uz osobu je od trenutka kada se prepozna da je žrtva trgovine "
                "ljudima, tokom oporavka, pa sve dok ponovo ne stane na noge i ne vrati se u zajednicu.</p>"
                "<ul><li>Ide sa vama u centar za socijalni rad, sud, opštinu, policiju ili zdravstvenu ustanovu."
                "</li><li>Posećuje klijente kod kuće, naročito one koji žive van Beograda.</li>"
                "<li>Stupa u kontakt sa porodicom kada se traga za nestalom osobom.</li>"
                "<li>Obezbeđuje prevoz do mesta gde dobijate pomoć, kao i prevoz kući.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Iz iskustva znamo da se ljudi lakše prvo jave nama nego nekoj instituciji. Zato idemo zajedno "
                "sa vama. Tako je lakše završiti papirologiju, ostvariti svoja prava i ne ostati bez podrške pred "
                "teškim pitanjima.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Pogledajte sve vrste pomoći koje nudimo.",
                    "page": "support",
                    "link_text": "Vrste podrške",
                },
            ),
            (
                "hotline",
                {
                    "heading": "Razgovarajte sa nama",
                    "text": "Možete da pitate bilo šta, za sebe ili za nekoga bliskog. Slušamo vas bez osuđivanja.",
                },
            ),
        ],
        "en": [
            ("heading", {"text": "What we do", "level": "h2"}),
            (
                "paragraph",
                "<p>The hotline has two jobs.</p><ul><li><b>Prevention and education.</b> We explain what human "
                "trafficking is, how to go abroad safely and how to work there legally.</li>"
                "<li><b>Direct help.</b> We support people who are, or may become, victims of trafficking, and "
                "their families. That includes people who are still caught in trafficking, and people who got "
                "out but never had the right help.</li></ul>",
            ),
            ("heading", {"text": "The mobile team", "level": "h2"}),
            (
                "paragraph",
                "<p>Our mobile team works out in the field. It stays with a person from the moment they are "
                "recognised as a victim of trafficking, through their recovery, until they are back on their feet "
                "and part of their community again.</p>"
                "<ul><li>It goes with you to the social welfare centre, the court, the municipality, the police "
                "or a clinic.</li><li>It visits people at home, especially those who live outside Belgrade.</li>"
                "<li>It gets in touch with families when a missing person is being searched for.</li>"
                "<li>It provides transport to where you get help, and home again.</li></ul>",
            ),
            (
                "paragraph",
                "<p>From experience we know that people find it easier to contact us first than to go to an "
                "office. So we go with you. With someone at your side, it is easier to deal with paperwork, "
                "claim your rights and face difficult questions.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "See all the kinds of help we offer.",
                    "page": "support",
                    "link_text": "Types of support",
                },
            ),
            (
                "hotline",
                {
                    "heading": "Talk to us",
                    "text": (
                        "You can ask about anything, for yourself or for someone close to you. "
                        "We listen without judging."
                    ),
                },
            ),
        ],
    },
}

PRIVACY = {
    "key": "privacy",
    "type": "home.StandardPage",
    "parent": "home",
    "show_in_menus": False,
    "title": {"sr-latn": "Privatnost: šta beležimo, a šta ne", "en": "Privacy: what we log and what we don't"},
    "slug": {"sr-latn": "privatnost", "en": "privacy"},
    "fields": {
        "intro": {
            "sr-latn": (
                "Ovaj sajt je napravljen tako da čitanje i pisanje nama ostavi što manje tragova. Ovde tačno piše "
                "šta čuvamo, šta ne čuvamo i od čega ne možemo da vas zaštitimo."
            ),
            "en": (
                "This site is built so that reading it, or writing to us, leaves as few traces as possible. Here is "
                "exactly what we keep, what we do not keep, and what we cannot protect you from."
            ),
        },
    },
    "body": {
        "sr-latn": [
            ("heading", {"text": "Kada čitate sajt", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Nema kolačića.</b> Čitanje naših stranica ne ostavlja nijedan kolačić (cookie) na vašem "
                "uređaju.</li><li><b>Nema praćenja.</b> Ne koristimo analitiku niti bilo kakve alate za praćenje "
                "posetilaca.</li><li><b>Ništa sa drugih sajtova.</b> Svi tekstovi, slike i fontovi dolaze sa ovog "
                "sajta. Nijedan drugi sajt preko naših stranica ne saznaje da ste bili ovde.</li>"
                "<li><b>Ne beležimo ko ste.</b> Ne čuvamo i ne beležimo vašu IP adresu, podatke o vašem pregledaču "
                "i telefonu, niti stranicu sa koje ste došli. Nema ih ni u bazi podataka ni u dnevnicima servera."
                "</li><li>Kada napustite naš sajt, sledeći sajt ne saznaje da ste došli od nas.</li></ul>",
            ),
            ("heading", {"text": "Kada nam pišete", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Jedan kratkotrajni kolačić.</b> Obrazac za kontakt koristi jedan bezbednosni kolačić. "
                "On štiti obrazac od zloupotrebe i nestaje kada zatvorite pregledač.</li>"
                "<li><b>Vaša poruka je zaključana.</b> Šifruje se pre nego što se sačuva. Veb-server može da je "
                "sačuva, ali ne može da je pročita. Otključati je može samo tim SOS linije.</li>"
                "<li><b>Nekoliko osnovnih podataka.</b> Da bismo mogli da radimo, bez otključavanja vidimo samo "
                "ovo: da li je razgovor otvoren ili zatvoren, koliko je hitan, na kom je jeziku, ko ga iz tima "
                "vodi, oznake koje tim dodaje i otprilike kada je poruka stigla.</li>"
                "<li>Vaš pregledač dobija uputstvo da ne čuva kopiju stranice za kontakt ni stranice sa našim "
                "odgovorom.</li></ul>",
            ),
            ("heading", {"text": "Kod potvrde", "level": "h2"}),
            (
                "paragraph",
                "<p>Kada pošaljete poruku, dobijate kod potvrde. Sa njim možete kasnije da se vratite i pročitate "
                "naš odgovor. Taj kod je jedini put nazad do vaše poruke.</p>"
                "<p>Sam kod ne čuvamo, već samo njegov otisak po kojem ga prepoznajemo. Zato ne možemo ponovo da "
                "vam ga damo ako ga izgubite. Zapišite ga na sigurno mesto. Sastoji se od grupa cifara, pa može da "
                "liči na običan broj telefona.</p><p>Broj pokušaja je ograničen, pa je vaš kod praktično nemoguće "
                "pogoditi.</p>",
            ),
            ("heading", {"text": "Koliko dugo čuvamo poruke", "level": "h2"}),
            (
                "paragraph",
                "<p>Kada se razgovor zatvori, ili kada duže vreme miruje, brišemo ga posle određenog broja dana. "
                "Obično je to 90 dana. Tada se brišu i vaša poruka i naši odgovori.</p>",
            ),
            ("heading", {"text": "Od čega ne možemo da vas zaštitimo", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Budite oprezni",
                    "items": [
                        "Ko može da otvori vaš telefon ili računar, može da vidi koje ste sajtove posećivali, "
                        "osim ako ste koristili privatni režim.",
                        "Ovaj sajt ostaje u istoriji pregledača dok ga ne obrišete.",
                        "Pozivi SOS liniji ostaju u listi poziva na telefonu, a mogu da se vide i na detaljnom "
                        "računu za telefon.",
                        "Ko upravlja mrežom koju koristite (na poslu, kod kuće, javni Wi-Fi) može da vidi da ste "
                        "posetili ovaj sajt, ali ne i šta ste čitali ili pisali.",
                        "Ako kod potvrde sačuvate u telefonu, može da ga nađe svako ko otvori telefon.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Pročitajte jednostavne korake kojima možete da sakrijete posetu ovom sajtu.",
                    "page": "cover-tracks",
                    "link_text": "Prikrijte svoje tragove",
                },
            ),
        ],
        "en": [
            ("heading", {"text": "When you read this site", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>No cookies.</b> Reading our pages does not put any cookie on your device.</li>"
                "<li><b>No tracking.</b> We use no analytics and no tools that follow visitors.</li>"
                "<li><b>Nothing from other sites.</b> Every text, image and font comes from this site. No other "
                "website learns from our pages that you were here.</li>"
                "<li><b>No record of who you are.</b> We do not store or log your IP address, which browser or "
                "phone you use, or which page sent you here. They are not in our database and not in our server "
                "logs.</li><li>When you leave our site, the next site is not told that you came from us.</li></ul>",
            ),
            ("heading", {"text": "When you write to us", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>One short-lived cookie.</b> The contact form uses one security cookie. It protects the "
                "form from abuse and disappears when you close your browser.</li>"
                "<li><b>Your message is locked.</b> It is encrypted before it is saved. The web server can store "
                "it but cannot read it. Only the hotline team can unlock it.</li>"
                "<li><b>A few plain facts.</b> To do our work, we can see without unlocking only this: whether the "
                "conversation is open or closed, how urgent it is, its language, who on the team handles it, "
                "labels the team adds, and roughly when it arrived.</li>"
                "<li>Your browser is told not to keep a copy of the contact page or of the page with our answer."
                "</li></ul>",
            ),
            ("heading", {"text": "Your receipt code", "level": "h2"}),
            (
                "paragraph",
                "<p>When you send a message, you get a receipt code. With it you can come back later and read our "
                "answer. The code is the only way back to your message.</p>"
                "<p>We do not keep the code itself, only a fingerprint of it that lets us recognise it. So if you "
                "lose the code, we cannot give it back to you. Write it down somewhere safe. It is made of groups "
                "of digits, so it can look like an ordinary phone number.</p>"
                "<p>The number of tries is limited, so your code is practically impossible to guess.</p>",
            ),
            ("heading", {"text": "How long we keep messages", "level": "h2"}),
            (
                "paragraph",
                "<p>When a conversation is closed, or has been quiet for a while, we delete it after a set number "
                "of days. Normally this is 90 days. Your message and our answers are deleted together.</p>",
            ),
            ("heading", {"text": "What we cannot protect you from", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Be careful",
                    "items": [
                        "Anyone who can open your phone or computer may see which sites you visited, unless you "
                        "used private browsing.",
                        "This site stays in your browser history until you delete it.",
                        "Calls to the hotline stay in your phone's call log, and may show on a detailed phone bill.",
                        "Whoever runs the network you use (at work, at home, public Wi-Fi) may see that you visited "
                        "this site, but not what you read or wrote.",
                        "If you save your receipt code on your phone, anyone who opens the phone can find it.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Read simple steps to hide your visit to this site.",
                    "page": "cover-tracks",
                    "link_text": "Cover your tracks",
                },
            ),
        ],
    },
}

COVER_TRACKS = {
    "key": "cover-tracks",
    "type": "home.StandardPage",
    "parent": "home",
    "show_in_menus": True,
    "title": {
        "sr-latn": "Prikrijte svoje tragove",
        "en": "Cover your tracks",
        "uk": "Приховайте свої сліди",
        "ar": "أخفِ آثارك",
    },
    "slug": {
        "sr-latn": "prikrijte-tragove",
        "en": "cover-your-tracks",
        "uk": "prykhovaite-slidy",
        "ar": "akhfi-atharak",
    },
    "fields": {
        "intro": {
            "sr-latn": (
                "Ako neko drugi koristi ili proverava vaš telefon ili računar, može da vidi da ste tražili pomoć. "
                "Ovi jednostavni koraci to otežavaju. Uradite samo ono što je za vas bezbedno."
            ),
            "en": (
                "If someone else uses or checks your phone or computer, they may see that you looked for help. "
                "These simple steps make that harder. Do only what feels safe for you."
            ),
            "uk": (
                "Якщо хтось інший користується вашим телефоном чи комп’ютером або перевіряє їх, він може побачити, "
                "що ви шукали допомоги. Ці прості кроки ускладнять це. Робіть лише те, що для вас безпечно."
            ),
            "ar": (
                "إذا كان شخص آخر يستخدم هاتفك أو حاسوبك أو يفتّشهما، فقد يعرف أنك بحثت عن مساعدة. هذه الخطوات "
                "البسيطة تجعل ذلك أصعب. افعل فقط ما تشعر أنه آمن لك."
            ),
        },
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Nijedan korak ovde nije savršen. Ako mislite da neko pažljivo prati vaš telefon, najbezbednije "
                "je da koristite telefon ili računar do kojeg ta osoba ne može da dođe.</p>",
            ),
            ("heading", {"text": "Kako da brzo napustite stranicu", "level": "h2"}),
            (
                "paragraph",
                "<p>Na vrhu svake stranice nalazi se dugme za <b>brzi izlaz</b>. Ono odmah zamenjuje naš sajt nekim "
                "običnim sajtom. Na računaru možete i tri puta da pritisnete taster <b>Shift</b>.</p>"
                "<p>Brzi izlaz skriva našu stranicu od nekoga ko gleda u vaš ekran. Ali ne briše istoriju "
                "pregledanja.</p>",
            ),
            (
                "steps",
                {
                    "title": "Kako da sakrijete posetu",
                    "steps": [
                        {
                            "title": "Koristite privatni režim",
                            "text": (
                                "Otvorite privatni prozor pre nego što nas posetite. U Chrome-u se zove „Novi prozor "
                                "bez arhiviranja“ (Incognito), a u Safariju i Firefoxu „Privatni prozor“. Naći ćete "
                                "ga u meniju pregledača. Kada zatvorite taj prozor, stranice koje ste otvorili neće "
                                "ostati u istoriji."
                            ),
                        },
                        {
                            "title": "Obrišite istoriju na Android telefonu",
                            "text": (
                                "Otvorite pregledač, dodirnite meni (često su to tri tačkice) i izaberite Istorija. "
                                "Obrišite stranice ovog sajta ili celu istoriju. Nazivi mogu malo da se razlikuju od "
                                "telefona do telefona."
                            ),
                        },
                        {
                            "title": "Obrišite istoriju na iPhone-u",
                            "text": (
                                "U Safariju otvorite obeleživače (ikonica knjige), a zatim istoriju (ikonica sata). "
                                "Prevucite stranicu ulevo da biste je obrisali, ili dodirnite dugme za brisanje da "
                                "uklonite više stranica. Drugi pregledači imaju istoriju u svom meniju."
                            ),
                        },
                        {
                            "title": "Obrišite poziv iz liste poziva",
                            "text": (
                                "Kada nas pozovete, naš broj ostaje na listi nedavnih poziva. Obrišite ga ako neko "
                                "proverava vaš telefon. Broj može da se vidi i na detaljnom računu za telefon."
                            ),
                        },
                        {
                            "title": "Koristite bezbedan uređaj",
                            "text": (
                                "Ako možete, koristite telefon osobe kojoj verujete, ili računar u biblioteci ili "
                                "internet kafeu. Kada završite, zatvorite pregledač i odjavite se sa svakog naloga "
                                "koji ste otvorili."
                            ),
                        },
                        {
                            "title": "Pazite na zajedničke naloge",
                            "text": (
                                "Ako sa nekim delite Google ili Apple nalog, ili nalog za imejl, vaša istorija, "
                                "beleške i fotografije mogu da se pojave i na uređaju te osobe. Koristite privatni "
                                "prozor i ne čuvajte ništa o nama na tom nalogu."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>Pažnja:</b> ako sva istorija odjednom nestane, osoba koja proverava vaš telefon to može da "
                "primeti. Ponekad je bezbednije da obrišete samo stranice o nama, a ostalo ostavite.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Pre nego što sklonite telefon",
                    "items": [
                        "Privatni prozor je zatvoren, ili je ovaj sajt obrisan iz istorije.",
                        "Poziv nama je obrisan iz liste poziva, ako je to bezbedno.",
                        "Odjavili ste se sa naloga koje ste otvorili na tuđem uređaju.",
                        "Ako ste nam pisali, kod potvrde čuvate tamo gde samo vi možete da ga nađete.",
                        "Ostatak istorije izgleda kao i obično.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Želite da znate šta ovaj sajt beleži o vašoj poseti?",
                    "page": "privacy",
                    "link_text": "Šta beležimo, a šta ne",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>No step here is perfect. If you think someone watches your phone closely, the safest choice is "
                "a phone or computer that they cannot reach.</p>",
            ),
            ("heading", {"text": "Leaving this page quickly", "level": "h2"}),
            (
                "paragraph",
                "<p>At the top of every page there is a <b>quick exit</b> button. It replaces our site at once with "
                "an ordinary website. On a computer you can also press the <b>Shift</b> key three times.</p>"
                "<p>The quick exit hides our page from someone looking at your screen. It does not delete your "
                "history.</p>",
            ),
            (
                "steps",
                {
                    "title": "How to hide your visit",
                    "steps": [
                        {
                            "title": "Use private browsing",
                            "text": (
                                "Open a private window before you visit us. In Chrome it is called Incognito; in "
                                "Safari and Firefox it is called Private. You find it in the browser's menu. When you "
                                "close the window, the pages you opened are not kept in the history."
                            ),
                        },
                        {
                            "title": "Clear the history on an Android phone",
                            "text": (
                                "Open your browser, tap the menu (often three dots) and choose History. Delete the "
                                "pages of this site, or all of them. The words can differ a little from phone to "
                                "phone."
                            ),
                        },
                        {
                            "title": "Clear the history on an iPhone",
                            "text": (
                                "In Safari, open the bookmarks (the book icon), then the history (the clock icon). "
                                "Swipe left on a page to delete it, or use the Clear button to delete more. Other "
                                "browsers have History in their own menu."
                            ),
                        },
                        {
                            "title": "Delete the call from your call log",
                            "text": (
                                "After you call us, our number stays in your list of recent calls. Delete it there if "
                                "someone checks your phone. The number may also appear on a detailed phone bill."
                            ),
                        },
                        {
                            "title": "Use a safe device",
                            "text": (
                                "If you can, use the phone of someone you trust, or a computer in a library or an "
                                "internet café. When you finish, close the browser and log out of every account you "
                                "opened."
                            ),
                        },
                        {
                            "title": "Think about shared accounts",
                            "text": (
                                "If you share a Google or Apple account, or an e-mail account, with someone, your "
                                "history, notes and photos may also appear on their device. Use a private window and "
                                "do not save anything about us in that account."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>Be careful:</b> if all your history suddenly disappears, the person who checks your phone may "
                "notice. Sometimes it is safer to delete only the pages about us and leave the rest.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before you put the phone away",
                    "items": [
                        "The private window is closed, or this site is deleted from the history.",
                        "The call to us is deleted from the call log, if that is safe.",
                        "You have logged out of any account you opened on someone else's device.",
                        "If you wrote to us, your receipt code is kept where only you can find it.",
                        "The rest of your history still looks normal.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Want to know what this site records about your visit?",
                    "page": "privacy",
                    "link_text": "What we log and what we don't",
                },
            ),
        ],
        "uk": [
            (
                "paragraph",
                "<p>Жоден із цих кроків не є досконалим. Якщо вам здається, що хтось уважно стежить за вашим "
                "телефоном, найбезпечніше скористатися телефоном або комп’ютером, до якого ця людина не має "
                "доступу.</p>",
            ),
            ("heading", {"text": "Як швидко покинути сторінку", "level": "h2"}),
            (
                "paragraph",
                "<p>Угорі кожної сторінки є кнопка <b>швидкого виходу</b>. Вона одразу замінює наш сайт звичайним "
                "сайтом. На комп’ютері можна також тричі натиснути клавішу <b>Shift</b>.</p>"
                "<p>Швидкий вихід ховає нашу сторінку від того, хто дивиться на ваш екран. Але він не видаляє "
                "історію переглядів.</p>",
            ),
            (
                "steps",
                {
                    "title": "Як приховати свій візит",
                    "steps": [
                        {
                            "title": "Користуйтеся приватним режимом",
                            "text": (
                                "Відкрийте приватне вікно, перш ніж заходити до нас. У Chrome воно називається "
                                "«Анонімний режим», у Safari та Firefox — «Приватне вікно». Його можна знайти в меню "
                                "браузера. Коли ви закриєте це вікно, відкриті сторінки не залишаться в історії."
                            ),
                        },
                        {
                            "title": "Очистіть історію на телефоні Android",
                            "text": (
                                "Відкрийте браузер, торкніться меню (часто це три крапки) і виберіть «Історія». "
                                "Видаліть сторінки цього сайту або всю історію. Назви можуть трохи відрізнятися на "
                                "різних телефонах."
                            ),
                        },
                        {
                            "title": "Очистіть історію на iPhone",
                            "text": (
                                "У Safari відкрийте закладки (значок книжки), а потім історію (значок годинника). "
                                "Проведіть пальцем ліворуч по сторінці, щоб видалити її, або натисніть «Очистити», "
                                "щоб видалити більше. В інших браузерах історія є в їхньому меню."
                            ),
                        },
                        {
                            "title": "Видаліть дзвінок зі списку викликів",
                            "text": (
                                "Після дзвінка до нас наш номер залишається в списку останніх викликів. Видаліть "
                                "його, якщо хтось перевіряє ваш телефон. Номер також може бути видно в детальному "
                                "рахунку за зв’язок."
                            ),
                        },
                        {
                            "title": "Скористайтеся безпечним пристроєм",
                            "text": (
                                "Якщо можете, скористайтеся телефоном людини, якій довіряєте, або комп’ютером у "
                                "бібліотеці чи інтернет-кафе. Коли закінчите, закрийте браузер і вийдіть з усіх "
                                "облікових записів, які відкривали."
                            ),
                        },
                        {
                            "title": "Пам’ятайте про спільні облікові записи",
                            "text": (
                                "Якщо ви з кимось користуєтеся одним обліковим записом Google чи Apple або однією "
                                "електронною поштою, ваша історія, нотатки й фото можуть з’явитися і на пристрої цієї "
                                "людини. Користуйтеся приватним вікном і не зберігайте в цьому обліковому записі "
                                "нічого про нас."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>Обережно:</b> якщо вся історія раптом зникне, людина, яка перевіряє ваш телефон, може це "
                "помітити. Іноді безпечніше видалити лише сторінки про нас, а решту залишити.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Перш ніж відкласти телефон",
                    "items": [
                        "Приватне вікно закрите, або цей сайт видалено з історії.",
                        "Дзвінок до нас видалено зі списку викликів, якщо це безпечно.",
                        "Ви вийшли з облікових записів, які відкривали на чужому пристрої.",
                        "Якщо ви нам писали, ваш код підтвердження зберігається там, де його знайдете лише ви.",
                        "Решта історії виглядає як завжди.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Хочете знати, що цей сайт записує про ваш візит?",
                    "page": "privacy",
                    "link_text": "Що ми записуємо, а що ні",
                },
            ),
        ],
        "ar": [
            (
                "paragraph",
                "<p>لا توجد خطوة مثالية. إذا كنت تظن أن أحدًا يراقب هاتفك عن قرب، فالخيار الأكثر أمانًا هو أن "
                "تستخدم هاتفًا أو حاسوبًا لا يستطيع هذا الشخص الوصول إليه.</p>",
            ),
            ("heading", {"text": "مغادرة الصفحة بسرعة", "level": "h2"}),
            (
                "paragraph",
                "<p>في أعلى كل صفحة زر <b>الخروج السريع</b>. يستبدل هذا الزر موقعنا فورًا بموقع عادي. وعلى الحاسوب "
                "يمكنك أيضًا أن تضغط على مفتاح <b>Shift</b> ثلاث مرات.</p>"
                "<p>الخروج السريع يُخفي صفحتنا عمّن ينظر إلى شاشتك، لكنه لا يحذف سجل التصفح.</p>",
            ),
            (
                "steps",
                {
                    "title": "كيف تُخفي زيارتك",
                    "steps": [
                        {
                            "title": "استخدم التصفح الخاص",
                            "text": (
                                "افتح نافذة خاصة قبل أن تزور موقعنا. في متصفح Chrome تُسمّى «وضع التصفح المتخفي»، "
                                "وفي Safari وFirefox تُسمّى «نافذة خاصة». تجدها في قائمة المتصفح. عندما تغلق هذه "
                                "النافذة، لا تبقى الصفحات التي فتحتها في السجل."
                            ),
                        },
                        {
                            "title": "امسح السجل على هاتف Android",
                            "text": (
                                "افتح المتصفح، واضغط على القائمة (غالبًا ثلاث نقاط)، واختر «السجل». احذف صفحات هذا "
                                "الموقع أو السجل كله. قد تختلف التسميات قليلًا من هاتف إلى آخر."
                            ),
                        },
                        {
                            "title": "امسح السجل على iPhone",
                            "text": (
                                "في Safari افتح الإشارات المرجعية (رمز الكتاب)، ثم السجل (رمز الساعة). اسحب الصفحة "
                                "جانبًا لحذفها، أو اضغط زر المسح لحذف المزيد. في المتصفحات الأخرى تجد السجل في "
                                "القائمة."
                            ),
                        },
                        {
                            "title": "احذف المكالمة من سجل المكالمات",
                            "text": (
                                "بعد أن تتصل بنا، يبقى رقمنا في قائمة المكالمات الأخيرة. احذفه إذا كان أحد يفتّش "
                                "هاتفك. وقد يظهر الرقم أيضًا في فاتورة الهاتف المفصّلة."
                            ),
                        },
                        {
                            "title": "استخدم جهازًا آمنًا",
                            "text": (
                                "إن استطعت، استخدم هاتف شخص تثق به، أو حاسوبًا في مكتبة أو مقهى إنترنت. وعندما "
                                "تنتهي، أغلق المتصفح وسجّل الخروج من كل حساب فتحته."
                            ),
                        },
                        {
                            "title": "انتبه إلى الحسابات المشتركة",
                            "text": (
                                "إذا كنت تشارك شخصًا آخر حساب Google أو Apple أو بريدًا إلكترونيًا، فقد يظهر سجلك "
                                "وملاحظاتك وصورك على جهازه أيضًا. استخدم نافذة خاصة، ولا تحفظ أي شيء عنا في ذلك "
                                "الحساب."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>انتبه:</b> إذا اختفى سجل التصفح كله فجأة، فقد يلاحظ ذلك من يفتّش هاتفك. أحيانًا يكون الأكثر "
                "أمانًا أن تحذف الصفحات المتعلقة بنا فقط وتترك الباقي.</p>",
            ),
            (
                "checklist",
                {
                    "title": "قبل أن تضع الهاتف جانبًا",
                    "items": [
                        "النافذة الخاصة مغلقة، أو حُذف هذا الموقع من السجل.",
                        "حُذفت مكالمتك لنا من سجل المكالمات، إن كان ذلك آمنًا.",
                        "سجّلت الخروج من الحسابات التي فتحتها على جهاز شخص آخر.",
                        "إذا راسلتنا، فرمز الإيصال محفوظ في مكان لا يجده أحد غيرك.",
                        "بقية سجل التصفح تبدو كالمعتاد.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "هل تريد أن تعرف ما الذي يسجّله هذا الموقع عن زيارتك؟",
                    "page": "privacy",
                    "link_text": "ما الذي نسجّله وما لا نسجّله",
                },
            ),
        ],
    },
}

STANDARD_PAGES = [ABOUT, PRIVACY, COVER_TRACKS]

SITE_SETTINGS = {
    "organisation_name": {
        "sr-latn": "ASTRA – Akcija protiv trgovine ljudima",
        "en": "ASTRA – Anti Trafficking Action",
        "uk": "ASTRA – Протидія торгівлі людьми",
        "ar": "ASTRA – العمل ضد الاتجار بالبشر",
    },
    "hotline_name": {
        "sr-latn": "SOS linija protiv trgovine ljudima",
        "en": "SOS hotline against human trafficking",
        "uk": "SOS-лінія проти торгівлі людьми",
        "ar": "خط SOS لمكافحة الاتجار بالبشر",
    },
    "primary_phone": "+381 11 785 0000",
    "primary_phone_note": {
        "sr-latn": "Sa mobilnog telefona ili iz inostranstva",
        "en": "From a mobile phone or from abroad",
        "uk": "З мобільного телефону або з-за кордону",
        "ar": "من الهاتف المحمول أو من خارج صربيا",
    },
    "secondary_phone": "0800 101 010",
    "secondary_phone_note": {
        "sr-latn": "Besplatno sa fiksnih telefona u Srbiji",
        "en": "Free from landlines in Serbia",
        "uk": "Безкоштовно зі стаціонарних телефонів у Сербії",
        "ar": "مجاني من الهواتف الأرضية داخل صربيا",
    },
    "hotline_hours": {
        "sr-latn": (
            "Od ponedeljka do petka, 10:00–18:00. U drugo vreme ostavite poruku i pozvaćemo vas kada bude bezbedno."
        ),
        "en": (
            "Monday to Friday, 10:00–18:00. At other times leave a message and we will call you back when it is safe."
        ),
        "uk": (
            "З понеділка до п’ятниці, 10:00–18:00. В інший час залиште повідомлення, і ми передзвонимо вам, "
            "коли це буде безпечно."
        ),
        "ar": (
            "من الاثنين إلى الجمعة، من 10:00 إلى 18:00. في الأوقات الأخرى اترك رسالة، وسنعاود الاتصال بك عندما "
            "يكون ذلك آمنًا."
        ),
    },
    "quick_exit_url": "https://www.wikipedia.org/",
    "footer_text": {
        "sr-latn": (
            "Naša pomoć je besplatna i poverljiva, a da biste je dobili, ne morate ništa da prijavite policiji."
        ),
        "en": "Our help is free and confidential, and you do not have to report anything to the police to get it.",
        "uk": "Наша допомога безкоштовна і конфіденційна, і щоб її отримати, не потрібно нічого повідомляти поліції.",
        "ar": "مساعدتنا مجانية وسرية، ولا يُشترط أن تبلّغ الشرطة بأي شيء للحصول عليها.",
    },
}
