"""The topic index and its six articles: recognising trafficking, safe migration, legal work abroad, rights.

Facts come from the organisation's own description of its work; every sentence is written for this project.
Only "what-happens-when-you-call" is translated into Ukrainian and Arabic; the others fall back to English.
"""

__all__ = ["ARTICLES", "TOPIC_INDEX"]

TOPIC_INDEX = {
    "key": "topics",
    "type": "resources.ResourceIndexPage",
    "parent": "home",
    "show_in_menus": True,
    "title": {"sr-latn": "Teme", "en": "Topics", "uk": "Теми", "ar": "مواضيع"},
    "slug": {"sr-latn": "teme", "en": "topics", "uk": "temy", "ar": "mawadi"},
    "fields": {
        "intro": {
            "sr-latn": (
                "Kratki i jasni tekstovi o trgovini ljudima: kako da prepoznate lažnu ponudu za posao, kako da "
                "bezbedno otputujete i radite u inostranstvu i koja prava imate ako vam je neko naneo zlo. "
                "Čitajte svojim tempom. Ako imate pitanje, pozovite nas."
            ),
            "en": (
                "Short, plain articles about human trafficking: how to spot a false job offer, how to travel and "
                "work abroad safely, and what rights you have if someone has harmed you. Read at your own pace. "
                "If you have a question, call us."
            ),
            "uk": (
                "Короткі й зрозумілі статті про торгівлю людьми: як розпізнати фальшиву пропозицію роботи, як "
                "безпечно виїхати й працювати за кордоном і які права ви маєте, якщо вам заподіяли шкоду. Читайте "
                "у зручному для вас темпі. Якщо маєте запитання, зателефонуйте нам."
            ),
            "ar": (
                "في هذا القسم مقالات قصيرة وواضحة عن الاتجار بالبشر: كيفية التعرّف على عروض العمل المزيّفة، "
                "وكيفية السفر والعمل في الخارج بأمان، وما هي حقوقك إذا تعرّضت للأذى. يمكنك القراءة على مهلك، "
                "ولا تتردد في الاتصال بنا إن كان لديك سؤال."
            ),
        },
    },
}


_WHAT_IS_TRAFFICKING = {
    "key": "what-is-trafficking",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {"sr-latn": "Šta je trgovina ljudima", "en": "What human trafficking is"},
    "slug": {"sr-latn": "sta-je-trgovina-ljudima", "en": "what-is-human-trafficking"},
    "fields": {
        "summary": {
            "sr-latn": (
                "Trgovina ljudima je kada neko vrbuje osobu, obmanom ili pretnjom je stavi pod svoju kontrolu i "
                "zarađuje na njenom radu ili telu. Dešava se i u Srbiji, a krivica nikada nije na žrtvi."
            ),
            "en": (
                "Human trafficking is when someone recruits a person, controls them through lies or threats, and "
                "profits from their work or body. It happens in Serbia too, and it is never the victim's fault."
            ),
        },
        "category": "awareness",
        "last_reviewed": "2026-11-01",
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Trgovina ljudima je krivično delo. Neko preuzme kontrolu nad drugom osobom i zarađuje na njoj. "
                "Obično ima tri dela:</p>"
                "<ul><li><b>Vrbovanje.</b> Neko vam priđe, najčešće s ponudom posla, ljubavi ili pomoći.</li>"
                "<li><b>Obmana ili pritisak.</b> Obećanje se pokaže kao laž, ili vam prete, drže vas u dugu ili vas "
                "odvajaju od drugih ljudi.</li>"
                "<li><b>Iskorišćavanje.</b> Morate da radite ili činite nešto što drugome donosi zaradu, a ne "
                "možete jednostavno da odete.</li></ul>",
            ),
            ("heading", {"text": "Oblici iskorišćavanja", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Trgovina ljudima može da izgleda ovako",
                    "items": [
                        "Radna eksploatacija: dugi sati na gradilištu, njivi, u fabrici, kuhinji ili tuđoj kući, "
                        "za malo novca ili bez ikakve plate.",
                        "Seksualna eksploatacija: prisiljavanje na prostituciju ili druge seksualne radnje, uživo "
                        "ili preko interneta.",
                        "Prinudno prosjačenje: neko vas tera da prosite na ulici i da mu predate novac.",
                        "Prinudni brak: udaja ili ženidba protiv vaše volje, ponekad još u detinjstvu, posle čega "
                        "vas neko kontroliše ili iskorišćava.",
                        "Prinuda na krivična dela: neko vas tera da kradete, prenosite drogu ili činite druga "
                        "krivična dela za njegov račun.",
                    ],
                },
            ),
            ("heading", {"text": "Dešava se i u Srbiji", "level": "h2"}),
            (
                "paragraph",
                "<p>Mnogi misle da je trgovina ljudima samo kada nekoga odvedu u drugu zemlju. To nije tačno. "
                "Iskorišćavanje se dešava i u Srbiji, u vašem gradu, a ponekad to radi neko koga osoba poznaje: "
                "partner, rođak ili komšija.</p>"
                "<p>Ne mora da postoji prelazak granice ni zaključana vrata da bi to bila trgovina ljudima. Dug, "
                "oduzeta dokumenta i pretnje vama ili vašoj porodici takođe su načini kontrole.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ono što vam se dogodilo nije vaša krivica. Krivica je na onima koji su vas prevarili i "
                    "iskoristili.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Niste vi krivi", "level": "h2"}),
            (
                "paragraph",
                "<p>Mnogi ljudi koji su prošli kroz trgovinu ljudima osećaju stid ili misle da je trebalo da "
                "naslute šta se sprema. Trgovci ljudima umeju dobro da lažu i koriste tuđe nade i teške trenutke. "
                "Ako ste pristali na posao ili na put, to ne znači da ste pristali da vas iskorišćavaju.</p>"
                "<p>Imate pravo na pomoć i na poštovanje, šta god da se dogodilo.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Niste sigurni da li je ovo trgovina ljudima? Pozovite nas.",
                    "text": "Ne morate da budete sigurni. Recite nam šta se dešava i zajedno ćemo razmisliti. "
                    "Ne morate da kažete svoje ime.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Pogledajte koje vrste pomoći postoje za osobe koje su preživele trgovinu ljudima i za "
                    "njihove porodice.",
                    "page": "support",
                    "link_text": "Pogledajte kako pomažemo",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Human trafficking is a crime. Someone takes control of another person and makes money from "
                "them. It usually has three parts:</p>"
                "<ul><li><b>Recruitment.</b> Someone approaches you, often with an offer of work, love or help."
                "</li>"
                "<li><b>Deception or pressure.</b> The promise turns out to be a lie, or you are threatened, kept "
                "in debt or cut off from other people.</li>"
                "<li><b>Exploitation.</b> You have to work or do things that make money for someone else, and you "
                "cannot simply leave.</li></ul>",
            ),
            ("heading", {"text": "Forms of exploitation", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Trafficking can look like this",
                    "items": [
                        "Labour exploitation: long hours on a building site, a farm, in a factory, a kitchen or "
                        "someone's home, for little or no pay.",
                        "Sexual exploitation: being forced into prostitution or other sexual acts, in person or "
                        "online.",
                        "Forced begging: someone makes you beg on the street and hand the money over to them.",
                        "Forced marriage: being married against your will, sometimes as a child, and then "
                        "controlled or exploited.",
                        "Forced criminality: someone makes you steal, carry drugs or commit other crimes for "
                        "their benefit.",
                    ],
                },
            ),
            ("heading", {"text": "It happens in Serbia too", "level": "h2"}),
            (
                "paragraph",
                "<p>Many people think trafficking only means being taken to another country. That is not true. "
                "People are exploited inside Serbia as well, in their own town, and sometimes by someone they "
                "know: a partner, a relative or a neighbour.</p>"
                "<p>Nobody has to cross a border or be locked in for it to be trafficking. Debt, taking away your "
                "documents, and threats against you or your family are also ways of control.</p>",
            ),
            (
                "quote",
                {
                    "text": "What happened to you is not your fault. The blame lies with the people who deceived "
                    "and exploited you.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "You are not to blame", "level": "h2"}),
            (
                "paragraph",
                "<p>Many people who have been trafficked feel ashamed, or think they should have seen it coming. "
                "Traffickers are good at lying, and they use people's hopes and hard moments. Saying yes to a job "
                "or a journey does not mean saying yes to being exploited.</p>"
                "<p>You have the right to help and to respect, whatever happened.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Not sure if this is trafficking? Call us.",
                    "text": "You do not need to be sure. Tell us what is happening and we will think it through "
                    "together. You do not have to give your name.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "See the kinds of help available to people who have been trafficked and to their "
                    "families.",
                    "page": "support",
                    "link_text": "See how we help",
                },
            ),
        ],
    },
}


_JOB_OFFER_WARNING_SIGNS = {
    "key": "job-offer-warning-signs",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {
        "sr-latn": "Znaci upozorenja u ponudi za posao u inostranstvu",
        "en": "Warning signs in a job offer abroad",
    },
    "slug": {"sr-latn": "znaci-upozorenja-u-ponudi-za-posao", "en": "job-offer-warning-signs"},
    "fields": {
        "summary": {
            "sr-latn": (
                "Mnoge ponude za posao u inostranstvu su stvarne, ali neke su zamka. Ovo su znaci da ponuda možda "
                "nije ono što izgleda i šta možete da uradite pre nego što pristanete."
            ),
            "en": (
                "Many job offers abroad are real, but some are traps. These are the signs that an offer may not be "
                "what it seems, and what you can do before you say yes."
            ),
        },
        "category": "awareness",
        "last_reviewed": "2026-11-01",
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Trgovci ljudima retko kažu ko su. Obično nude nešto što vam treba: dobar posao, veću platu, "
                "izlaz iz teške situacije. Ponuda može da stigne od nepoznate osobe, agencije, oglasa na internetu "
                "ili prijatelja nekog prijatelja.</p>"
                "<p>Jedan znak upozorenja ne znači uvek opasnost. Ako ih vidite nekoliko zajedno, zastanite i "
                "proverite.</p>",
            ),
            ("heading", {"text": "Znaci upozorenja", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Budite oprezni ako…",
                    "items": [
                        "Morate da platite da biste dobili posao: proviziju agenciji, novac za papire ili za „mesto“.",
                        "Poslodavac ili agencija žele da zadrže vaš pasoš ili ličnu kartu, „radi sigurnosti“ ili "
                        "„zbog papira“.",
                        "Nema pisanog ugovora, ili vam kažu da ćete ga potpisati kad stignete.",
                        "Ugovor je na jeziku koji ne razumete, ili ne smete da zadržite svoj primerak.",
                        "Niko ne može tačno da vam kaže kakav je posao, kako se zove poslodavac ni na kojoj adresi "
                        "ćete raditi i stanovati.",
                        "Plata je mnogo veća nego što drugi dobijaju za isti posao, a ne traže se ni znanje ni "
                        "iskustvo.",
                        "Oni plaćaju kartu i smeštaj, ali ćete to „vratiti od plate“.",
                        "Sav kontakt ide preko aplikacija za poruke ili društvenih mreža; nema kancelarije, "
                        "fiksnog telefona ni sajta firme koji možete da proverite.",
                        "Požuruju vas da odlučite i otputujete: „sutra više neće biti mesta“.",
                        "Traže da ponudu krijete od porodice ili da putujete kao turista, a papire „sredite kasnije“.",
                        "Neko koga ste nedavno upoznali, na internetu ili uživo, obećava vam ljubav ili brak i uz to "
                        "posao u inostranstvu.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Pravi poslodavac vam daje vremena da razmislite, ugovor da ga pročitate i primerak "
                    "da ga zadržite.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Šta možete da uradite pre nego što pristanete", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Proverite ponudu",
                    "steps": [
                        {
                            "title": "Tražite sve napismeno",
                            "text": "Ime poslodavca, adresu, opis posla, platu, radno vreme i ko plaća put i smeštaj.",
                        },
                        {
                            "title": "Proverite firmu",
                            "text": "Potražite njenu zvaničnu registraciju i adresu. Ako je u pitanju agencija "
                            "iz Srbije, proverite da li ima licencu za posredovanje u zapošljavanju.",
                        },
                        {
                            "title": "Razgovarajte s nekim kome verujete",
                            "text": "Pokažite ponudu nekome iz porodice ili prijatelju. Druga osoba često vidi "
                            "ono što mi previdimo kada nešto mnogo želimo.",
                        },
                        {
                            "title": "Pozovite SOS liniju",
                            "text": "Možemo zajedno da prođemo kroz ponudu, besplatno i bez vašeg imena.",
                        },
                    ],
                },
            ),
            (
                "hotline",
                {
                    "heading": "Ponuda deluje predobro? Prvo pitajte nas.",
                    "text": "Pročitajte nam je ili nam recite šta su vam obećali. Pomoći ćemo vam da je proverite "
                    "pre nego što bilo šta platite ili potpišete.",
                },
            ),
            ("heading", {"text": "Ako ste već otputovali", "level": "h2"}),
            (
                "paragraph",
                "<p>Ako ste već u inostranstvu i stvari nisu kako je obećano, niste vi krivi i nije kasno. Držite "
                "telefon napunjen, zapamtite gde se nalazite i sačekajte bezbedan trenutak da se javite nama ili "
                "nekome kome verujete.</p>"
                "<p>Možemo da pomognemo i na daljinu, a sarađujemo i sa organizacijama u drugim zemljama.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Ako je neka ponuda već krenula po zlu, postoji pomoć za vas i vašu porodicu.",
                    "page": "support",
                    "link_text": "Pogledajte koja pomoć postoji",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Traffickers rarely say who they are. They usually offer something you need: a good job, a "
                "better wage, a way out of a hard situation. The offer can come from a stranger, an agency, an "
                "online ad or a friend of a friend.</p>"
                "<p>One warning sign does not always mean danger. If you see several together, stop and check.</p>",
            ),
            ("heading", {"text": "Warning signs", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Be careful if…",
                    "items": [
                        "You have to pay to get the job: a fee to the agency, money for the papers or for "
                        "“your place”.",
                        "The employer or agency wants to keep your passport or ID card, “for safety” or “for the "
                        "papers”.",
                        "There is no written contract, or they say you will sign it when you arrive.",
                        "The contract is in a language you do not understand, or you are not allowed to keep a copy.",
                        "Nobody can tell you exactly what the job is, who the employer is, or at what address you "
                        "will work and live.",
                        "The wage is much higher than others get for the same work, and no skills or experience "
                        "are needed.",
                        "They pay for your ticket and housing, but you will “pay it back from your wages”.",
                        "All contact goes through messaging apps or social media; there is no office, landline or "
                        "company website you can check.",
                        "They push you to decide and travel fast: “the place will be gone tomorrow”.",
                        "They ask you to keep the offer secret from your family, or to travel as a tourist and "
                        "“sort out the papers later”.",
                        "Someone you met recently, online or in person, promises you love or marriage and, with it, "
                        "a job abroad.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "A real employer gives you time to think, a contract to read and a copy to keep.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "What you can do before you say yes", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Check the offer",
                    "steps": [
                        {
                            "title": "Ask for everything in writing",
                            "text": "The employer's name, the address, the job, the wage, the working hours, and "
                            "who pays for travel and housing.",
                        },
                        {
                            "title": "Check the company",
                            "text": "Look up its official registration and address. If an agency in Serbia is "
                            "involved, check that it is licensed to find jobs for people.",
                        },
                        {
                            "title": "Talk to someone you trust",
                            "text": "Show the offer to a family member or a friend. Another person often sees "
                            "what we miss when we want something very much.",
                        },
                        {
                            "title": "Call the hotline",
                            "text": "We can go through the offer with you, free of charge and without your name.",
                        },
                    ],
                },
            ),
            (
                "hotline",
                {
                    "heading": "Does the offer seem too good? Ask us first.",
                    "text": "Read it out to us or tell us what they promised. We will help you check it before "
                    "you pay or sign anything.",
                },
            ),
            ("heading", {"text": "If you have already left", "level": "h2"}),
            (
                "paragraph",
                "<p>If you are already abroad and things are not as promised, it is not your fault and it is not "
                "too late. Keep your phone charged, remember where you are, and wait for a safe moment to contact "
                "us or someone you trust.</p>"
                "<p>We can help from a distance, and we work with organisations in other countries.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "If an offer has already gone wrong, there is help for you and your family.",
                    "page": "support",
                    "link_text": "See what help there is",
                },
            ),
        ],
    },
}


_SAFE_MIGRATION_CHECKLIST = {
    "key": "safe-migration-checklist",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {
        "sr-latn": "Bezbedan odlazak u inostranstvo: šta da uradite pre i posle puta",
        "en": "Safe migration: what to do before and after you leave",
    },
    "slug": {"sr-latn": "bezbedan-odlazak-u-inostranstvo", "en": "safe-migration-checklist"},
    "fields": {
        "summary": {
            "sr-latn": (
                "Odlazak u inostranstvo zbog posla ili školovanja može dobro da prođe ako se pripremite. Ovi koraci "
                "pomažu vam da proverite ponudu, zaštitite dokumenta i ostanete u vezi sa domom."
            ),
            "en": (
                "Going abroad to work or study can go well if you prepare. These steps help you check the offer, "
                "protect your documents and stay in touch with home."
            ),
        },
        "category": "safe_migration",
        "last_reviewed": "2026-11-01",
    },
    "leaflets": [
        {"document": "safe-migration-leaflet", "language": "sr-latn"},
        {"document": "safe-migration-leaflet-en", "language": "en"},
    ],
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Mnogi ljudi odlaze iz Srbije zbog posla ili školovanja. Malo pripreme znatno povećava šanse da "
                "dobijete pravednu platu, bezbedan smeštaj i mogućnost da se vratite kući ako vam zatreba.</p>"
                "<p>Prođite kroz ove korake polako, jedan po jedan.</p>",
            ),
            ("heading", {"text": "Korak po korak", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Pre odlaska i posle dolaska",
                    "steps": [
                        {
                            "title": "Proverite da li agencija ima licencu",
                            "text": "U Srbiji agencije koje posreduju u zapošljavanju moraju da imaju licencu. "
                            "Tražite broj licence i proverite ga kod ministarstva nadležnog za zapošljavanje. "
                            "Budite oprezni s onima koji posluju samo preko društvenih mreža.",
                        },
                        {
                            "title": "Tražite pisani ugovor na jeziku koji razumete",
                            "text": "U ugovoru treba da piše ko je poslodavac, gde ćete raditi, šta ćete raditi, "
                            "kolika je plata, koliko je radno vreme i ko plaća put i smeštaj. Ne potpisujte ništa "
                            "što ne možete da pročitate. Zadržite svoj primerak.",
                        },
                        {
                            "title": "Saznajte koje dozvole su vam potrebne",
                            "text": "Turistička viza ili putovanje bez vize ne daju pravo na rad. Pitajte koje "
                            "dozvole za rad i boravak su vam potrebne i ko ih pribavlja, i tražite da ih vidite "
                            "pre nego što počnete da radite.",
                        },
                        {
                            "title": "Ostavite kopije dokumenata porodici",
                            "text": "Napravite kopije ili fotografije pasoša, lične karte, ugovora, vize i adrese "
                            "poslodavca. Ostavite ih nekome kome verujete, a jedan primerak sačuvajte i u svojoj "
                            "elektronskoj pošti.",
                        },
                        {
                            "title": "Zapišite kontakt ambasade ili konzulata",
                            "text": "Pronađite adresu i telefon ambasade ili konzulata svoje zemlje u državi u "
                            "koju idete. Zapišite ih i na papiru, ne samo u telefonu.",
                        },
                        {
                            "title": "Sačuvajte broj SOS linije",
                            "text": "Upišite ga u telefon pod imenom koje samo vi prepoznajete i zapišite ga još "
                            "negde. Možete da nas pozovete i iz inostranstva.",
                        },
                        {
                            "title": "Dogovorite redovno javljanje",
                            "text": "Dogovorite se s nekim kod kuće koliko često ćete se javljati i šta ta osoba "
                            "treba da uradi ako se ne javite. Možete da dogovorite i reč koja znači „treba mi "
                            "pomoć“.",
                        },
                        {
                            "title": "Zapamtite: pasoš je vaš",
                            "text": "Niko nema pravo da vam ga uzme: ni poslodavac, ni agencija, ni stanodavac. "
                            "Ako neko traži da mu ga predate, možete da odbijete i da nam se javite.",
                        },
                        {
                            "title": "Javite adresu kada stignete",
                            "text": "Recite porodici tačnu adresu na kojoj živite i radite i javite im ako se "
                            "promeni.",
                        },
                    ],
                },
            ),
            (
                "document",
                {"document": "safe-migration-leaflet", "label": "Preuzmite letak o bezbednom odlasku u inostranstvo"},
            ),
            (
                "quote",
                {"text": "Pasoš je vaš. Držite ga kod sebe, a kopiju ostavite kod kuće.", "attribution": ""},
            ),
            ("heading", {"text": "Ako nešto krene naopako", "level": "h2"}),
            (
                "paragraph",
                "<p>Ako posao, plata ili smeštaj nisu onakvi kako ste se dogovorili, ne morate sami da se "
                "snalazite. Pozovite nas ili zamolite nekoga kod kuće da nas pozove.</p>"
                "<p>Objasnićemo vam koje mogućnosti imate i povezati vas s organizacijama koje pomažu u zemlji u "
                "kojoj se nalazite. Ako želite da se vratite kući, i u tome možemo da pomognemo.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Sačuvajte ovaj broj pre puta",
                    "text": "Možete da nas pozovete iz Srbije ili iz inostranstva. Recite nam gde ste i šta se "
                    "dešava, pa ćemo zajedno potražiti pomoć.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Pogledajte koje vrste pomoći postoje, uključujući i pomoć pri povratku kući.",
                    "page": "support",
                    "link_text": "Vrste pomoći",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Many people leave Serbia to work or study. A little preparation makes it much more likely that "
                "you get a fair wage, a safe place to live and a way home if you need one.</p>"
                "<p>Go through these steps calmly, one at a time.</p>",
            ),
            ("heading", {"text": "Step by step", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Before you leave and after you arrive",
                    "steps": [
                        {
                            "title": "Check that the agency is licensed",
                            "text": "In Serbia, agencies that find jobs for people need a licence. Ask for the "
                            "licence number and check it with the ministry responsible for employment. Be careful "
                            "with anyone who works only through social media.",
                        },
                        {
                            "title": "Get a written contract in a language you understand",
                            "text": "It should say who your employer is, where you will work, what you will do, "
                            "your wage, your working hours, and who pays for travel and housing. Do not sign "
                            "anything you cannot read. Keep your own copy.",
                        },
                        {
                            "title": "Find out which permits you need",
                            "text": "A tourist visa or visa-free travel does not give you the right to work. Ask "
                            "which work and residence permits you need and who arranges them, and ask to see them "
                            "before you start work.",
                        },
                        {
                            "title": "Leave copies of your documents with your family",
                            "text": "Make copies or photos of your passport, ID card, contract, visa and the "
                            "employer's address. Leave them with someone you trust, and keep a copy in your own "
                            "e-mail too.",
                        },
                        {
                            "title": "Write down the embassy or consulate",
                            "text": "Find the address and phone number of your country's embassy or consulate in "
                            "the country you are going to. Write them on paper as well, not only in your phone.",
                        },
                        {
                            "title": "Keep the hotline number",
                            "text": "Save it in your phone under a name only you will recognise, and write it "
                            "down somewhere else too. You can call us from abroad.",
                        },
                        {
                            "title": "Agree a check-in routine",
                            "text": "Agree with someone at home how often you will call or write, and what they "
                            "should do if you miss a check-in. You can also agree on a word that means “I need "
                            "help”.",
                        },
                        {
                            "title": "Remember: your passport is yours",
                            "text": "Nobody has the right to take it from you: not the employer, not the agency, "
                            "not the landlord. If someone asks you to hand it over, you can refuse and contact us.",
                        },
                        {
                            "title": "Send your address when you arrive",
                            "text": "Tell your family the exact address where you live and work, and let them know "
                            "if it changes.",
                        },
                    ],
                },
            ),
            (
                "document",
                {"document": "safe-migration-leaflet-en", "label": "Download the safe migration leaflet"},
            ),
            (
                "quote",
                {"text": "Your passport is yours. Keep it with you, and leave a copy at home.", "attribution": ""},
            ),
            ("heading", {"text": "If something goes wrong", "level": "h2"}),
            (
                "paragraph",
                "<p>If the job, the pay or the housing is not what you agreed, you do not have to deal with it "
                "alone. Call us, or ask someone at home to call us.</p>"
                "<p>We will explain your options and put you in touch with organisations that help in the country "
                "where you are. If you want to come home, we can help with that too.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Save this number before you travel",
                    "text": "You can call us from Serbia or from abroad. Tell us where you are and what is "
                    "happening, and we will look for help together.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "See the kinds of help available, including help with returning home.",
                    "page": "support",
                    "link_text": "Types of help",
                },
            ),
        ],
    },
}


_LEGAL_WORK_ABROAD = {
    "key": "legal-work-abroad",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {
        "sr-latn": "Legalan rad u inostranstvu: ugovor, dozvole i vaša prava",
        "en": "Working abroad legally: contracts, permits and your rights",
    },
    "slug": {"sr-latn": "legalan-rad-u-inostranstvu", "en": "legal-work-abroad"},
    "fields": {
        "summary": {
            "sr-latn": (
                "Legalan rad u inostranstvu počinje pravim ugovorom i odgovarajućim dozvolama. Saznajte koja su "
                "vaša prava i šta agencija za zapošljavanje sme, a šta ne sme da radi."
            ),
            "en": (
                "Legal work abroad starts with a real contract and the right permits. Learn what your rights are "
                "and what a recruitment agency may and may not do."
            ),
        },
        "category": "legal_work",
        "last_reviewed": "2026-11-01",
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Legalan rad u inostranstvu vas štiti. Sa ugovorom i odgovarajućim dozvolama lakše ćete "
                "dobiti platu koja vam pripada i lekarsku pomoć, a lakše ćete se i obratiti nadležnima. "
                "Bez njih mnogo više zavisite od poslodavca.</p>",
            ),
            ("heading", {"text": "Ugovor o radu", "level": "h2"}),
            (
                "paragraph",
                "<p>Ugovor o radu je vaša glavna zaštita. Pre nego što ga potpišete, proverite da u njemu piše:</p>"
                "<ul><li>ime i adresa poslodavca;</li>"
                "<li>opis posla i mesto rada;</li>"
                "<li>iznos plate, kako se i kada isplaćuje i koliko se od nje odbija za smeštaj, hranu ili put;</li>"
                "<li>radno vreme, slobodni dani i plaćeni godišnji odmor.</li></ul>"
                "<p>Ugovor mora da bude na jeziku koji razumete. Jedan potpisan primerak zadržite, a kopiju "
                "ostavite porodici.</p>",
            ),
            ("heading", {"text": "Dozvola za rad i boravak", "level": "h2"}),
            (
                "paragraph",
                "<p>U većini zemalja strancima su potrebne dozvola za rad i dozvola za boravak. Pravila se "
                "razlikuju od zemlje do zemlje. Turistička viza ili ulazak bez vize ne daju pravo na rad.</p>"
                "<p>Pitajte ko podnosi zahtev za dozvole, koliko to traje i koliko košta, i tražite da ih vidite. "
                "Dozvole glase na vaše ime: imate pravo da znate šta u njima piše i da zadržite kopiju.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Vaša prava na radu",
                    "items": [
                        "Plata mora da bude onakva kakva je dogovorena i da se isplaćuje na vreme, uz obračun iz "
                        "kog vidite koliko ste dobili i zašto.",
                        "Radno vreme i odmor moraju da budu kako je dogovoreno i kako dozvoljava zakon te zemlje. "
                        "Prekovremeni rad se dogovara i plaća.",
                        "Pasoš, ličnu kartu i dozvole čuvate vi. Niko nema pravo da vam ih oduzme.",
                        "Imate pravo na zdravstveno osiguranje i lekarsku pomoć dok radite. Pitajte kako ste "
                        "osigurani i sačuvajte karticu ili potvrdu.",
                        "Imate pravo na bezbedne uslove rada i zaštitnu opremu kada posao to zahteva.",
                        "Možete da napustite posao. Dug prema poslodavcu ili agenciji ne daje im pravo da vas zadrže.",
                    ],
                },
            ),
            ("heading", {"text": "Šta agencija za zapošljavanje sme, a šta ne sme", "level": "h2"}),
            (
                "paragraph",
                "<p>Legalna agencija <b>sme</b> da za vas traži posao, objasni uslove, pomogne oko dokumenata i "
                "organizuje put, i sve to napismeno. Mora da ima licencu, koju možete da zatražite na uvid i da "
                "proverite.</p>"
                "<p>Legalna agencija <b>ne sme</b>:</p>"
                "<ul><li>da zadrži vaš pasoš ili druga dokumenta;</li>"
                "<li>da traži da potpišete prazan papir ili ugovor koji ne možete da pročitate;</li>"
                "<li>da vas pošalje na drugi posao ili u drugu zemlju od dogovorene;</li>"
                "<li>da preti vama ili vašoj porodici;</li>"
                "<li>da vas tera da dug otplaćujete radom.</li></ul>"
                "<p>Pošteno je da troškove zapošljavanja plaća poslodavac, a ne radnik. Ako agencija traži novac "
                "da biste dobili posao, javite nam se pre nego što platite.</p>",
            ),
            (
                "faq",
                {
                    "title": "Česta pitanja",
                    "questions": [
                        {
                            "question": "Poslodavac kaže da će čuvati moj pasoš da se ne izgubi. Da li je to u redu?",
                            "answer": "<p>Nije. Pasoš pripada vama i možete sami da ga čuvate na sigurnom mestu. "
                            "Ako neko odbija da vam ga vrati, javite se nama ili ambasadi ili konzulatu svoje "
                            "zemlje.</p>",
                        },
                        {
                            "question": "Imam ponudu za posao, ali još nemam ugovor. Da li da putujem?",
                            "answer": "<p>Bezbednije je da sačekate dok ne dobijete potpisan ugovor na jeziku koji "
                            "razumete. Ozbiljan poslodavac će vam ga poslati pre polaska.</p>",
                        },
                        {
                            "question": "Mogu li da radim sa turističkom vizom, a papire da sredim kasnije?",
                            "answer": "<p>Ne. Turistička viza ne daje pravo na rad. Rad bez dozvole vas izlaže "
                            "riziku: možda vam neće platiti, možda nećete imati zdravstveno osiguranje, a možete "
                            "dobiti kaznu ili morati da napustite zemlju.</p>",
                        },
                        {
                            "question": "Plata je manja nego što piše u ugovoru. Šta mogu da uradim?",
                            "answer": "<p>Zapisujte radne sate i svaku isplatu, makar u svesku ili u telefon. "
                            "Čuvajte ugovor i obračune plate. Zatim nam se javite: reći ćemo vam koje mogućnosti "
                            "imate i ko može da pomogne u toj zemlji.</p>",
                        },
                        {
                            "question": "Da li razgovor sa SOS linijom nešto košta?",
                            "answer": "<p>Ne. Naši saveti su besplatni i ne morate da kažete svoje ime.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline",
                {
                    "heading": "Imate pitanje o ugovoru ili dozvoli?",
                    "text": "Pozovite nas pre nego što potpišete ili otputujete. Možemo zajedno da pogledamo "
                    "dokumenta.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Ako su vam na radu prekršena prava, na raspolaganju vam je pravna i druga pomoć.",
                    "page": "support",
                    "link_text": "Pogledajte kako pomažemo",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Working legally abroad protects you. With a contract and the right permits, it is easier to "
                "claim your wage, get medical care and ask the authorities for help. Without them, you depend much "
                "more on your employer.</p>",
            ),
            ("heading", {"text": "The work contract", "level": "h2"}),
            (
                "paragraph",
                "<p>A work contract is your main protection. Before you sign it, check that it states:</p>"
                "<ul><li>the name and address of the employer;</li>"
                "<li>the job and the place of work;</li>"
                "<li>the wage, how and when it is paid, and how much is deducted for housing, food or travel;</li>"
                "<li>working hours, days off and paid holiday.</li></ul>"
                "<p>The contract must be in a language you understand. Keep one signed copy yourself and leave a "
                "copy with your family.</p>",
            ),
            ("heading", {"text": "Work and residence permits", "level": "h2"}),
            (
                "paragraph",
                "<p>In most countries, foreigners need a permit to work and a permit to stay. The rules differ from "
                "country to country. A tourist visa or visa-free entry does not give you the right to work.</p>"
                "<p>Ask who applies for the permits, how long it takes and what it costs, and ask to see them. The "
                "permits are in your name: you have the right to know what they say and to keep a copy.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Your rights at work",
                    "items": [
                        "Your wage must be what was agreed and paid on time, with a payslip that shows what you "
                        "got and why.",
                        "Working hours and rest must be as agreed and as the law of that country allows. Overtime "
                        "is agreed and paid.",
                        "You keep your own passport, ID card and permits. Nobody has the right to take them.",
                        "You have the right to health insurance and medical care while you work. Ask how you are "
                        "insured and keep the card or certificate.",
                        "You have the right to safe working conditions and protective equipment when the job "
                        "needs it.",
                        "You can leave a job. A debt to the employer or agency does not give them the right to "
                        "hold you.",
                    ],
                },
            ),
            ("heading", {"text": "What a recruitment agency may and may not do", "level": "h2"}),
            (
                "paragraph",
                "<p>A legal agency <b>may</b> look for a job for you, explain the conditions, help with documents "
                "and arrange travel, with everything in writing. It must hold a licence, which you can ask to see "
                "and check.</p>"
                "<p>A legal agency <b>may not</b>:</p>"
                "<ul><li>keep your passport or other documents;</li>"
                "<li>ask you to sign a blank page or a contract you cannot read;</li>"
                "<li>send you to a different job or country than the one agreed;</li>"
                "<li>threaten you or your family;</li>"
                "<li>make you pay off a debt by working.</li></ul>"
                "<p>It is fair that the employer pays the cost of recruitment, not the worker. If an agency asks "
                "you for money to get a job, contact us before you pay.</p>",
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "questions": [
                        {
                            "question": "My employer says they will keep my passport so that it does not get "
                            "lost. Is that all right?",
                            "answer": "<p>No. Your passport belongs to you, and you can keep it somewhere safe "
                            "yourself. If someone refuses to give it back, contact us or your country's embassy "
                            "or consulate.</p>",
                        },
                        {
                            "question": "I have a job offer but no contract yet. Should I travel?",
                            "answer": "<p>It is safer to wait until you have a signed contract in a language you "
                            "understand. A serious employer will send it before you leave.</p>",
                        },
                        {
                            "question": "Can I work on a tourist visa and sort out the papers later?",
                            "answer": "<p>No. A tourist visa does not give you the right to work. Working without "
                            "a permit puts you at risk: you may not be paid, you may have no health insurance, and "
                            "you can be fined or made to leave the country.</p>",
                        },
                        {
                            "question": "My wage is lower than my contract says. What can I do?",
                            "answer": "<p>Write down your working hours and every payment, even in a notebook or "
                            "on your phone. Keep your contract and payslips. Then contact us: we will tell you "
                            "your options and who can help in that country.</p>",
                        },
                        {
                            "question": "Does talking to the hotline cost anything?",
                            "answer": "<p>No. Our advice is free, and you do not have to give your name.</p>",
                        },
                    ],
                },
            ),
            (
                "hotline",
                {
                    "heading": "A question about a contract or a permit?",
                    "text": "Call us before you sign or travel. We can go through the documents together.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "If your rights at work were violated, legal and other help is available.",
                    "page": "support",
                    "link_text": "See how we help",
                },
            ),
        ],
    },
}


_VICTIMS_RIGHTS_IN_COURT = {
    "key": "victims-rights-in-court",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {"sr-latn": "Vaša prava u krivičnom postupku", "en": "Your rights in criminal proceedings"},
    "slug": {"sr-latn": "prava-zrtava-u-krivicnom-postupku", "en": "victims-rights-in-court"},
    "fields": {
        "summary": {
            "sr-latn": (
                "Ako ste preživeli trgovinu ljudima i slučaj dođe pred sud, imate prava: na informacije, na "
                "advokata, na podršku tokom celog suđenja, na naknadu štete i na besplatnu zdravstvenu zaštitu."
            ),
            "en": (
                "If you were trafficked and the case goes to court, you have rights: to information, to a lawyer, "
                "to support throughout the trial, to compensation and to free medical care."
            ),
        },
        "category": "victims_rights",
        "last_reviewed": "2026-11-01",
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Krivični postupak protiv trgovaca ljudima može da bude dug i težak. U njemu učestvujete kao "
                "žrtva, a najčešće i kao svedok. Ne morate da prolazite kroz to sami.</p>"
                "<p>Ovde su objašnjena vaša glavna prava i pomoć koju možete da dobijete.</p>",
            ),
            (
                "checklist",
                {
                    "title": "U postupku imate pravo na",
                    "items": [
                        "Jasne informacije o svom statusu, svojim pravima i o tome šta se dešava u svakoj fazi "
                        "postupka, na jeziku koji razumete.",
                        "Advokata koji vas zastupa tokom celog postupka. To mogu da budu advokati SOS linije.",
                        "Podršku advokata i konsultanata SOS linije pre, tokom i posle svakog ročišta.",
                        "Tumača, ako ne razumete srpski jezik.",
                        "Naknadu štete koja vam je naneta.",
                        "Besplatnu zdravstvenu zaštitu iz obaveznog zdravstvenog osiguranja, bez obzira na "
                        "državljanstvo.",
                        "Poštovanje i zaštitu od pitanja i postupaka koji vas ponovo povređuju.",
                    ],
                },
            ),
            ("heading", {"text": "Advokat uz vas", "level": "h2"}),
            (
                "paragraph",
                "<p>Advokati SOS linije mogu da vas zastupaju pred sudom kao punomoćnici, od početka postupka "
                "protiv trgovaca ljudima do njegovog kraja. Objašnjavaju vam svaki korak, pripremaju vas za "
                "saslušanje i govore u vaše ime kada je potrebno. Ta pomoć je za vas besplatna.</p>"
                "<p>Pošto ste i svedok, suđenje može da bude veoma stresno. Advokati i konsultanti SOS linije su u "
                "stalnom kontaktu s vama tokom celog postupka i idu s vama u policiju, tužilaštvo i sud.</p>",
            ),
            ("heading", {"text": "Naknada štete", "level": "h2"}),
            (
                "paragraph",
                "<p>Možete da tražite naknadu za štetu koja vam je naneta: izgubljenu zaradu, povrede, strah i "
                "patnju. Krivični sud ovaj zahtev često upućuje na poseban parnični postupak, što može da potraje. "
                "Advokati će vam pomoći da pripremite zahtev i biće uz vas i u tom postupku.</p>"
                "<p>Ako ste se u međuvremenu vratili u svoju zemlju, a potrebno je vaše svedočenje, možemo da "
                "pomognemo da organizujete dolazak na ročište.</p>",
            ),
            ("heading", {"text": "Zdravstvena zaštita", "level": "h2"}),
            (
                "paragraph",
                "<p>Lečenje koje pokriva obavezno zdravstveno osiguranje za vas je besplatno. Nije važno koje "
                "državljanstvo imate, a ovo pravo imate i ako ste iz Srbije, ali niste zdravstveno osigurani.</p>"
                "<p>Ako želite, lekarski pregled može i da zabeleži povrede na način koji sud prihvata kao dokaz."
                "</p>",
            ),
            ("heading", {"text": "Zaštita od ponovnog povređivanja", "level": "h2"}),
            (
                "paragraph",
                "<p>Kada vas iznova ispituju, kada vam ne veruju ili vas okrivljuju, to može da boli koliko i ono "
                "što vam se dogodilo. To se zove sekundarna viktimizacija i imate pravo da budete zaštićeni od "
                "nje.</p>"
                "<ul><li>Možete da tražite pauzu kada vam je potrebna.</li>"
                "<li>Pitajte advokata da li možete da date iskaz bez susreta sa optuženim, na primer iz druge "
                "prostorije.</li>"
                "<li>Konsultantkinja ili konsultant može da ide s vama u institucije, da ne budete sami.</li></ul>",
            ),
            (
                "hotline",
                {
                    "heading": "Imate pitanja o sudskom postupku?",
                    "text": "Pozovite nas bilo da je postupak već počeo ili tek razmišljate o prijavi. Advokati i "
                    "konsultanti će vam objasniti šta možete da očekujete.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Saznajte više o pravnoj, psihološkoj i zdravstvenoj pomoći za osobe koje su preživele "
                    "trgovinu ljudima.",
                    "page": "support",
                    "link_text": "Pravna i druga pomoć",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>A criminal case against traffickers can be long and hard. You take part in it as a victim, and "
                "usually also as a witness. You do not have to go through it alone.</p>"
                "<p>This page explains your main rights and the help you can get.</p>",
            ),
            (
                "checklist",
                {
                    "title": "In the proceedings, you have the right to",
                    "items": [
                        "Clear information about your status, your rights and what happens at each stage of the "
                        "proceedings, in a language you understand.",
                        "A lawyer who represents you throughout the proceedings. The hotline's lawyers can do this.",
                        "Support from the hotline's lawyers and consultants before, during and after every hearing.",
                        "An interpreter, if you do not understand Serbian.",
                        "Compensation for the harm done to you.",
                        "Free health care covered by compulsory health insurance, whatever your citizenship.",
                        "Respect, and protection from questions and procedures that hurt you again.",
                    ],
                },
            ),
            ("heading", {"text": "A lawyer at your side", "level": "h2"}),
            (
                "paragraph",
                "<p>The hotline's lawyers can represent you in court as your attorney, from the start of the case "
                "against the traffickers until its end. They explain each step, prepare you for questioning and "
                "speak for you when needed. This help is free for you.</p>"
                "<p>Because you are also a witness, the trial can be very stressful. The lawyers and the hotline's "
                "consultants stay in touch with you through the whole process and go with you to the police, the "
                "prosecutor's office and the court.</p>",
            ),
            ("heading", {"text": "Compensation", "level": "h2"}),
            (
                "paragraph",
                "<p>You can ask to be compensated for the harm done to you: lost earnings, injuries, fear and "
                "suffering. The criminal court often refers this claim to a separate civil case, which can take "
                "time. The lawyers will help you prepare the claim and stay with you in that case too.</p>"
                "<p>If you have gone back to your own country in the meantime and your testimony is needed, we can "
                "help arrange your journey to the hearing.</p>",
            ),
            ("heading", {"text": "Health care", "level": "h2"}),
            (
                "paragraph",
                "<p>Treatment covered by compulsory health insurance is free for you. Your citizenship does not "
                "matter, and you have this right even if you are from Serbia but not insured.</p>"
                "<p>If you wish, a medical examination can also record injuries in a way the court accepts as "
                "evidence.</p>",
            ),
            ("heading", {"text": "Protection from being hurt again", "level": "h2"}),
            (
                "paragraph",
                "<p>Being questioned again and again, not being believed or being blamed can hurt as much as what "
                "happened to you. This is called secondary victimisation, and you have the right to be protected "
                "from it.</p>"
                "<ul><li>You can ask for a break when you need one.</li>"
                "<li>Ask your lawyer whether you can give your statement without facing the accused, for example "
                "from another room.</li>"
                "<li>A consultant can go with you to institutions, so that you are not alone.</li></ul>",
            ),
            (
                "hotline",
                {
                    "heading": "Questions about a court case?",
                    "text": "Call us whether the case has already started or you are only thinking about reporting. "
                    "Our lawyers and consultants will explain what to expect.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Read more about legal, psychological and medical help for people who have been "
                    "trafficked.",
                    "page": "support",
                    "link_text": "Legal and other help",
                },
            ),
        ],
    },
}


_WHAT_HAPPENS_WHEN_YOU_CALL = {
    "key": "what-happens-when-you-call",
    "type": "resources.ResourcePage",
    "parent": "topics",
    "show_in_menus": False,
    "title": {
        "sr-latn": "Šta se dešava kada pozovete SOS liniju",
        "en": "What happens when you call the hotline",
        "uk": "Що відбувається, коли ви телефонуєте на гарячу лінію",
        "ar": "ماذا يحدث عند الاتصال بالخط الساخن",
    },
    "slug": {
        "sr-latn": "sta-se-desava-kada-pozovete",
        "en": "what-happens-when-you-call",
        "uk": "shcho-vidbuvaietsia-koly-vy-telefonuiete",
        "ar": "madha-yahduth-inda-al-ittisal",
    },
    "fields": {
        "summary": {
            "sr-latn": (
                "Javiće vam se obučena osoba iz našeg tima, razgovor je poverljiv, pomoć je besplatna i ne morate "
                "da kažete svoje ime. Evo šta ćemo vas pitati, zašto to pitamo i kakva pomoć može da usledi."
            ),
            "en": (
                "A trained consultant answers, the call is confidential, our help is free and you do not have to "
                "give your name. Here is what we will ask, why we ask it, and what help can follow."
            ),
            "uk": (
                "Вам відповість підготовлений консультант нашої команди, розмова конфіденційна, допомога "
                "безкоштовна, і називати своє ім’я не обов’язково. Ось що ми запитаємо, навіщо, і яку допомогу ви "
                "можете отримати далі."
            ),
            "ar": (
                "سيردّ عليك أحد مستشارينا المدرَّبين، والمكالمة سرّية، ومساعدتنا مجانية، ولا يلزمك ذكر اسمك. "
                "نشرح هنا ما سنسألك عنه ولماذا، وما أنواع المساعدة الممكنة بعد ذلك."
            ),
        },
        "category": "victims_rights",
        "last_reviewed": "2026-11-01",
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>Prvi poziv može da bude težak. Možda ne znate odakle da počnete ili se plašite šta će biti "
                "posle. To je sasvim normalno. Evo šta možete da očekujete, da vas ništa ne iznenadi.</p>",
            ),
            ("heading", {"text": "Ko se javlja", "level": "h2"}),
            (
                "paragraph",
                "<p>Na pozive odgovaraju konsultantkinje i konsultanti obučeni za razgovor s ljudima u teškim i "
                "opasnim situacijama. Oni slušaju, ne osuđuju i ne požuruju vas.</p>"
                "<ul><li><b>Poverljivo:</b> ono što nam kažete ne prenosimo drugima. Ako mislimo da bi trebalo "
                "uključiti još nekoga, na primer policiju ili centar za socijalni rad, o tome prvo razgovaramo s "
                "vama.</li>"
                "<li><b>Besplatno:</b> ne plaćate naše savete ni pomoć.</li>"
                "<li><b>Anonimno, ako želite:</b> ne morate da kažete svoje ime.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Kako izgleda razgovor",
                    "steps": [
                        {
                            "title": "Slušamo vas",
                            "text": "Recite nam svojim rečima šta se dešava. Možete da počnete od bilo čega. Ako "
                            "vam je teško da govorite, možemo polako, a možete i da pozovete ponovo kasnije.",
                        },
                        {
                            "title": "Postavljamo nekoliko pitanja",
                            "text": "Možda ćemo pitati da li ste sada bezbedni, gde se nalazite (dovoljno je da "
                            "kažete državu ili grad), šta se dogodilo i šta vam je potrebno. Pitamo samo da bismo "
                            "razumeli situaciju i pronašli pravu pomoć. Na pitanja na koja ne želite da "
                            "odgovorite ne morate da odgovarate.",
                        },
                        {
                            "title": "Objašnjavamo vam mogućnosti",
                            "text": "Kažemo vam kakva pomoć postoji, u Srbiji ili u inostranstvu, i šta bi svaka "
                            "mogućnost značila za vas. Vi odlučujete šta dalje.",
                        },
                        {
                            "title": "Zajedno dogovaramo sledeći korak",
                            "text": "To može da bude novi razgovor, sastanak ili kontakt s advokatom, lekarom ili "
                            "psihologom. Ako treba da vas pozovemo, zajedno dogovaramo kada i kako je to "
                            "bezbedno.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Kakva pomoć može da usledi", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "U zavisnosti od toga šta vam treba, možemo da ponudimo",
                    "items": [
                        "Informacije o vašim pravima i o pomoći koja postoji u Srbiji i u inostranstvu.",
                        "Pravni savet i advokata koji će vas zastupati pred sudom.",
                        "Psihološko savetovanje i psihoterapiju.",
                        "Medicinsku pomoć, uključujući preglede i anonimno testiranje.",
                        "Pratnju do policije, suda, centra za socijalni rad ili drugih institucija.",
                        "Pomoć oko ličnih dokumenata i ostvarivanja prava na socijalna davanja.",
                        "Prevoz i pomoć ako želite da se vratite u svoju zemlju.",
                        "Kontakt sa organizacijama koje pomažu žrtvama trgovine ljudima u drugim zemljama.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Pitanja koja nam često postavljaju",
                    "questions": [
                        {
                            "question": "Da li moram da kažem svoje ime?",
                            "answer": "<p>Ne. Možete da ostanete anonimni. Ako vam kasnije zatreba pomoć za koju "
                            "je potrebno vaše ime, na primer advokat na sudu, objasnićemo vam zašto, a vi "
                            "odlučujete.</p>",
                        },
                        {
                            "question": "Mogu li da pozovem zbog nekog drugog?",
                            "answer": "<p>Da. Možete da nas pozovete zbog člana porodice, prijatelja, komšije ili "
                            "kolege. Recite nam šta znate i zajedno ćemo razmisliti kako toj osobi da pomognemo "
                            "na bezbedan način.</p>",
                        },
                        {
                            "question": "Ne govorim srpski. Možete li da mi pomognete?",
                            "answer": "<p>Da. Možemo da obezbedimo tumača, da biste mogli da govorite na jeziku "
                            "koji razumete.</p>",
                        },
                        {
                            "question": "Šta ako ne znam da li je to trgovina ljudima?",
                            "answer": "<p>Svejedno pozovite. Ne morate da znate kako se zove ono što vam se "
                            "dešava. Zajedno ćemo to razjasniti.</p>",
                        },
                        {
                            "question": "Mogu li da pišem umesto da zovem?",
                            "answer": "<p>Da. Na ovom sajtu postoji anoniman obrazac. Kada pošaljete poruku, "
                            "dobićete kod; s njim možete kasnije da se vratite i pročitate naš odgovor.</p>",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>Ako ste u neposrednoj opasnosti</b>, prvo pozovite policiju. Zatim nam se javite kada "
                "budete mogli.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Pozovite nas kada budete spremni",
                    "text": "Ne morate da imate prave reči niti da budete sigurni u bilo šta. Ako sada ne možete "
                    "da razgovarate, sačuvajte broj za kasnije.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Pogledajte sve vrste pomoći koje SOS linija pruža i kome su namenjene.",
                    "page": "support",
                    "link_text": "Vrste pomoći",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>Calling for the first time can be hard. You may not know where to start, or you may be afraid "
                "of what comes next. That is completely normal. Here is what to expect, so that nothing takes you "
                "by surprise.</p>",
            ),
            ("heading", {"text": "Who answers", "level": "h2"}),
            (
                "paragraph",
                "<p>Calls are answered by consultants trained to talk with people in difficult and dangerous "
                "situations. They listen, they do not judge and they do not rush you.</p>"
                "<ul><li><b>Confidential:</b> what you tell us is not passed on to others. If we think someone "
                "else should be involved, such as the police or a social welfare centre, we talk it through with "
                "you first.</li>"
                "<li><b>Free:</b> you do not pay for our advice or help.</li>"
                "<li><b>Anonymous if you wish:</b> you do not have to give your name.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "How the call goes",
                    "steps": [
                        {
                            "title": "We listen",
                            "text": "Tell us in your own words what is happening. You can start anywhere. If it "
                            "is hard to talk, we can take it slowly, or you can call again later.",
                        },
                        {
                            "title": "We ask a few questions",
                            "text": "We may ask whether you are safe right now, where you are (the country or "
                            "town is enough), what happened and what you need. We ask only to understand the "
                            "situation and find the right help. You can skip any question you do not want to answer.",
                        },
                        {
                            "title": "We explain your options",
                            "text": "We tell you what help exists, in Serbia or abroad, and what each option "
                            "would mean for you. You decide what happens next.",
                        },
                        {
                            "title": "We agree the next step together",
                            "text": "It may be another call, a meeting, or contact with a lawyer, a doctor or a "
                            "psychologist. If we need to call you back, we agree together when and how it is "
                            "safe.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "What help can follow", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Depending on what you need, we can offer",
                    "items": [
                        "Information about your rights and about the help available in Serbia and abroad.",
                        "Legal advice, and a lawyer to represent you in court.",
                        "Psychological counselling and psychotherapy.",
                        "Medical help, including check-ups and anonymous testing.",
                        "Someone to go with you to the police, the court, a social welfare centre or other "
                        "institutions.",
                        "Help with personal documents and with claiming social benefits.",
                        "Transport, and help if you want to return to your own country.",
                        "Contact with organisations that help trafficked people in other countries.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Questions people often ask",
                    "questions": [
                        {
                            "question": "Do I have to give my name?",
                            "answer": "<p>No. You can stay anonymous. If you later need help that requires your "
                            "name, such as a lawyer in court, we will explain why, and you decide.</p>",
                        },
                        {
                            "question": "Can I call about someone else?",
                            "answer": "<p>Yes. You can call about a family member, a friend, a neighbour or a "
                            "colleague. Tell us what you know, and we will think together about how to help that "
                            "person safely.</p>",
                        },
                        {
                            "question": "I do not speak Serbian. Can you help me?",
                            "answer": "<p>Yes. We can arrange an interpreter, so that you can speak in a language "
                            "you understand.</p>",
                        },
                        {
                            "question": "What if I do not know whether it is trafficking?",
                            "answer": "<p>Call anyway. You do not need to know the name for what is happening to "
                            "you. We will work it out together.</p>",
                        },
                        {
                            "question": "Can I write instead of calling?",
                            "answer": "<p>Yes. This site has an anonymous form. When you send your message, you "
                            "get a code; with it you can come back later and read our reply.</p>",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>If you are in immediate danger</b>, call the police first. Then contact us when you can.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Call us when you are ready",
                    "text": "You do not need the right words, and you do not need to be sure of anything. If you "
                    "cannot talk now, save the number for later.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "See every kind of help the hotline offers, and who it is for.",
                    "page": "support",
                    "link_text": "Types of help",
                },
            ),
        ],
        "uk": [
            (
                "paragraph",
                "<p>Зателефонувати вперше буває важко. Можливо, ви не знаєте, з чого почати, або боїтеся того, що "
                "буде далі. Це цілком нормально. Ось чого можна очікувати, щоб ніщо не стало для вас "
                "несподіванкою.</p>",
            ),
            ("heading", {"text": "Хто відповідає", "level": "h2"}),
            (
                "paragraph",
                "<p>На дзвінки відповідають консультантки й консультанти, навчені розмовляти з "
                "людьми у складних і небезпечних ситуаціях. Вони слухають, не засуджують і не квапять вас.</p>"
                "<ul><li><b>Конфіденційно:</b> те, що ви нам розповідаєте, ми не передаємо іншим. Якщо ми "
                "вважаємо, що варто залучити когось іще, наприклад поліцію чи центр соціальної роботи, ми спершу "
                "обговорюємо це з вами.</li>"
                "<li><b>Безкоштовно:</b> ви не платите за наші поради чи допомогу.</li>"
                "<li><b>Анонімно, якщо бажаєте:</b> ви не зобов’язані називати своє ім’я.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Як проходить розмова",
                    "steps": [
                        {
                            "title": "Ми вислуховуємо вас",
                            "text": "Розкажіть своїми словами, що відбувається. Почати можна з будь-чого. Якщо "
                            "вам важко говорити, ми можемо не поспішати, або ви можете зателефонувати пізніше.",
                        },
                        {
                            "title": "Ми ставимо кілька запитань",
                            "text": "Ми можемо запитати, чи ви зараз у безпеці, де ви перебуваєте (достатньо "
                            "назвати країну чи місто), що сталося і що вам потрібно. Ми питаємо лише для того, щоб "
                            "зрозуміти ситуацію й знайти потрібну допомогу. На запитання, на які не хочете "
                            "відповідати, можна не відповідати.",
                        },
                        {
                            "title": "Ми пояснюємо ваші можливості",
                            "text": "Ми розповідаємо, яка допомога є в Сербії чи за кордоном і що кожен варіант "
                            "означатиме для вас. Що робити далі, вирішуєте ви.",
                        },
                        {
                            "title": "Ми разом домовляємося про наступний крок",
                            "text": "Це може бути ще одна розмова, зустріч або зв’язок з адвокатом, лікарем чи "
                            "психологом. Якщо нам треба вам передзвонити, ми разом домовляємося, коли і як це "
                            "буде безпечно.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Яку допомогу ви можете отримати", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Залежно від ваших потреб ми можемо запропонувати",
                    "items": [
                        "Інформацію про ваші права та про допомогу, доступну в Сербії й за кордоном.",
                        "Юридичну консультацію й адвоката, який представлятиме вас у суді.",
                        "Психологічне консультування та психотерапію.",
                        "Медичну допомогу, зокрема огляди й анонімне тестування.",
                        "Супровід до поліції, суду, центру соціальної роботи чи інших установ.",
                        "Допомогу з особистими документами й оформленням соціальних виплат.",
                        "Транспорт і допомогу, якщо ви хочете повернутися до своєї країни.",
                        "Зв’язок з організаціями, які допомагають постраждалим від торгівлі людьми в інших країнах.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Запитання, які нам часто ставлять",
                    "questions": [
                        {
                            "question": "Чи обов’язково називати своє ім’я?",
                            "answer": "<p>Ні. Ви можете залишатися анонімними. Якщо згодом вам знадобиться "
                            "допомога, для якої потрібне ваше ім’я, наприклад адвокат у суді, ми пояснимо чому, "
                            "а рішення ухвалите ви.</p>",
                        },
                        {
                            "question": "Чи можу я зателефонувати щодо іншої людини?",
                            "answer": "<p>Так. Ви можете звернутися щодо члена родини, друга, сусіда чи колеги. "
                            "Розкажіть, що знаєте, і ми разом подумаємо, як безпечно допомогти цій людині.</p>",
                        },
                        {
                            "question": "Я не розмовляю сербською. Ви можете мені допомогти?",
                            "answer": "<p>Так. Ми можемо залучити перекладача, щоб ви могли говорити мовою, яку "
                            "розумієте.</p>",
                        },
                        {
                            "question": "Що робити, якщо я не знаю, чи це торгівля людьми?",
                            "answer": "<p>Однаково телефонуйте. Вам не потрібно знати, як називається те, що з "
                            "вами відбувається. Ми розберемося разом.</p>",
                        },
                        {
                            "question": "Чи можна написати замість дзвінка?",
                            "answer": "<p>Так. На цьому сайті є анонімна форма. Коли ви надішлете повідомлення, "
                            "ви отримаєте код; з ним ви зможете пізніше повернутися й прочитати нашу відповідь."
                            "</p>",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>Якщо ви в безпосередній небезпеці</b>, спершу зверніться до поліції. Потім зв’яжіться з "
                "нами, коли зможете.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Телефонуйте, коли будете готові",
                    "text": "Вам не потрібно шукати правильні слова чи бути в чомусь упевненими. Якщо зараз ви не "
                    "можете говорити, збережіть номер на потім.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Перегляньте всі види допомоги, які надає гаряча лінія, і для кого вони призначені.",
                    "page": "support",
                    "link_text": "Види допомоги",
                },
            ),
        ],
        "ar": [
            (
                "paragraph",
                "<p>قد يكون الاتصال للمرة الأولى صعبًا، فقد لا يعرف المرء من أين يبدأ، أو يخشى ما سيحدث بعد ذلك. "
                "هذا أمر طبيعي تمامًا. إليك ما يمكنك توقّعه، حتى لا يفاجئك شيء.</p>",
            ),
            ("heading", {"text": "من يردّ على المكالمة", "level": "h2"}),
            (
                "paragraph",
                "<p>يردّ على المكالمات مستشارات ومستشارون مدرَّبون على التحدث مع أشخاص يمرّون بظروف صعبة وخطيرة. "
                "إنهم يستمعون إليك دون أن يحكموا عليك أو يستعجلوك.</p>"
                "<ul><li><b>بسرّية:</b> لا ننقل ما نسمعه منك إلى الآخرين. وإذا رأينا أن من المفيد إشراك جهة "
                "أخرى، مثل الشرطة أو مركز الخدمات الاجتماعية، نناقش الأمر معك أولًا.</li>"
                "<li><b>مجانًا:</b> لا يُطلب منك أي مقابل لنصائحنا أو مساعدتنا.</li>"
                "<li><b>دون ذكر اسمك إن شئت:</b> لا يلزمك أن تعرّف بنفسك.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "كيف تسير المكالمة",
                    "steps": [
                        {
                            "title": "نستمع إليك",
                            "text": "يمكنك أن تروي بكلماتك ما يحدث، وأن تبدأ من أي نقطة. وإذا كان الكلام صعبًا "
                            "عليك، يمكننا أن نتمهّل، ويمكنك أيضًا الاتصال مرة أخرى لاحقًا.",
                        },
                        {
                            "title": "نطرح بعض الأسئلة",
                            "text": "قد نسألك إن كنت في أمان الآن، وأين أنت (يكفي ذكر البلد أو المدينة)، وماذا "
                            "حدث، وما احتياجاتك. نسأل فقط لنفهم الوضع ونجد المساعدة المناسبة. والإجابة عن أي سؤال "
                            "ليست إلزامية.",
                        },
                        {
                            "title": "نشرح لك الخيارات المتاحة",
                            "text": "نعرّفك بأنواع المساعدة المتوفرة في صربيا أو في الخارج، وبما يعنيه كل خيار "
                            "بالنسبة إليك. والقرار بشأن الخطوة التالية يعود إليك.",
                        },
                        {
                            "title": "نتفق معًا على الخطوة التالية",
                            "text": "قد تكون مكالمة أخرى، أو لقاءً، أو تواصلًا مع محامٍ أو طبيب أو أخصائي نفسي. "
                            "وإذا احتجنا إلى معاودة الاتصال بك، نتفق معًا على الوقت المناسب والطريقة الآمنة لذلك.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "أنواع المساعدة الممكنة", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "بحسب احتياجاتك، يمكننا أن نقدّم",
                    "items": [
                        "معلومات عن حقوقك وعن المساعدة المتاحة في صربيا وخارجها.",
                        "استشارة قانونية، ومحاميًا يمثّلك أمام المحكمة.",
                        "إرشادًا نفسيًا وعلاجًا نفسيًا.",
                        "مساعدة طبية، بما في ذلك الفحوص الطبية والتحاليل دون الكشف عن الهوية.",
                        "مرافقتك إلى الشرطة أو المحكمة أو مركز الخدمات الاجتماعية أو غيرها من المؤسسات.",
                        "مساعدة في استخراج الوثائق الشخصية والحصول على المساعدات الاجتماعية.",
                        "توفير وسائل النقل، والمساعدة إذا رغبت في العودة إلى بلدك.",
                        "التواصل مع منظمات تساعد ضحايا الاتجار بالبشر في بلدان أخرى.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "أسئلة تتكرر كثيرًا",
                    "questions": [
                        {
                            "question": "هل يجب أن أذكر اسمي؟",
                            "answer": "<p>لا. يمكنك عدم الكشف عن هويتك. وإذا احتجت لاحقًا إلى مساعدة تتطلب "
                            "اسمك، مثل محامٍ يمثّلك في المحكمة، فسنشرح لك السبب، والقرار لك.</p>",
                        },
                        {
                            "question": "هل يمكنني الاتصال بشأن شخص آخر؟",
                            "answer": "<p>نعم. يمكنك الاتصال بشأن أحد أفراد عائلتك أو صديق أو جار أو زميل في "
                            "العمل. أخبرنا بما تعرفه، وسنفكّر معًا في طريقة آمنة لمساعدة ذلك الشخص.</p>",
                        },
                        {
                            "question": "لا أتحدث الصربية. هل يمكنكم مساعدتي؟",
                            "answer": "<p>نعم. يمكننا توفير مترجم فوري، حتى تتمكن من التحدث باللغة التي تفهمها.</p>",
                        },
                        {
                            "question": "ماذا لو لم أعرف إن كان ما يحدث لي اتجارًا بالبشر؟",
                            "answer": "<p>يمكنك الاتصال بنا على أي حال. لا حاجة إلى معرفة التسمية الصحيحة لما "
                            "يحدث لك، فسنفهم الأمر معًا.</p>",
                        },
                        {
                            "question": "هل يمكنني الكتابة بدلًا من الاتصال؟",
                            "answer": "<p>نعم. يوجد في هذا الموقع نموذج لا يطلب اسمك. بعد إرسال رسالتك يصلك رمز، "
                            "وبه يمكنك العودة لاحقًا لقراءة ردّنا.</p>",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p><b>إذا كنت في خطر داهم</b>، فالأولوية هي الاتصال بالشرطة. وبعد ذلك يمكنك التواصل معنا عندما "
                "يتسنّى لك.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "نحن هنا حين يحين الوقت المناسب لك",
                    "text": "لا حاجة إلى كلمات مثالية ولا إلى يقين بشأن أي شيء. وإذا تعذّر عليك الكلام الآن، "
                    "يمكنك حفظ الرقم لوقت لاحق.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "جميع أنواع المساعدة التي يقدّمها الخط الساخن، ولمن هي موجّهة، مشروحة في صفحة واحدة.",
                    "page": "support",
                    "link_text": "أنواع المساعدة",
                },
            ),
        ],
    },
}


ARTICLES = [
    _WHAT_IS_TRAFFICKING,
    _JOB_OFFER_WARNING_SIGNS,
    _SAFE_MIGRATION_CHECKLIST,
    _LEGAL_WORK_ABROAD,
    _VICTIMS_RIGHTS_IN_COURT,
    _WHAT_HAPPENS_WHEN_YOU_CALL,
]
