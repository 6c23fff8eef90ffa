"""The support overview and one page per type of assistance the hotline offers."""

SUPPORT_INDEX = {
    "key": "support",
    "type": "resources.SupportIndexPage",
    "parent": "home",
    "show_in_menus": True,
    "title": {
        "sr-latn": "Podrška",
        "en": "Support",
        "uk": "Підтримка",
        "ar": "الدعم",
    },
    "slug": {
        "sr-latn": "podrska",
        "en": "support",
        "uk": "pidtrymka",
        "ar": "al-daam",
    },
    "fields": {
        "intro": {
            "sr-latn": (
                "Na ovoj stranici je opisana pomoć koju pruža SOS linija. Sva pomoć je besplatna i poverljiva. "
                "Ne zavisi od toga da li ćete bilo šta prijaviti policiji."
            ),
            "en": (
                "This page describes the help the SOS hotline offers. All help is free and confidential. "
                "It does not depend on whether you report anything to the police."
            ),
            "uk": (
                "На цій сторінці описано, яку допомогу надає SOS-лінія. Уся допомога безкоштовна і конфіденційна. "
                "Вона не залежить від того, чи повідомите ви щось поліції."
            ),
            "ar": (
                "تعرض هذه الصفحة أنواع المساعدة التي يقدّمها خط المساعدة SOS. كل المساعدة مجانية وسرية. "
                "ولا يُشترط إبلاغ الشرطة بأي شيء للحصول عليها."
            ),
        },
    },
    "body": {
        "sr-latn": [
            (
                "paragraph",
                "<p>SOS linija ima dva zadatka.</p><ul>"
                "<li><b>Informacije i prevencija.</b> Objašnjavamo šta je trgovina ljudima, kako da bezbedno odete "
                "u drugu zemlju i kako da u inostranstvu radite legalno.</li>"
                "<li><b>Direktna pomoć.</b> Pomažemo ljudima koji su žrtve trgovine ljudima ili su u opasnosti da to "
                "postanu, kao i njihovim porodicama. Možete da nas pozovete ako ste još uvek u takvoj situaciji. "
                "Možete i ako ste iz nje izašli, a niko vam nije pomogao.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Sva pomoć je <b>besplatna</b> i <b>poverljiva</b>. Ne morate prvo da idete u policiju. "
                "Pomoć dobijate i ako ništa ne prijavite. Vi odlučujete šta želite da nam ispričate.</p>",
            ),
            ("heading", {"text": "Mobilni tim", "level": "h2"}),
            (
                "paragraph",
                "<p>Ne morate sami da idete po institucijama. Naš mobilni tim može da pođe sa vama u centar za "
                "socijalni rad, na sud, u policiju, u opštinu ili kod lekara. Tim dolazi i u kućne posete, "
                "pa i van Beograda.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Pozovite SOS liniju",
                    "text": "Razgovor je poverljiv. Ne morate odmah sve da ispričate. Slušamo vas bez osuđivanja.",
                },
            ),
        ],
        "en": [
            (
                "paragraph",
                "<p>The SOS hotline has two tasks.</p><ul>"
                "<li><b>Information and prevention.</b> We explain what human trafficking is, how to move to another "
                "country safely, and how to work abroad legally.</li>"
                "<li><b>Direct help.</b> We help people who are victims of trafficking or at risk of it, and their "
                "families. You can call us if you are still in that situation. You can also call if you got out of "
                "it and nobody helped you.</li></ul>",
            ),
            (
                "paragraph",
                "<p>All help is <b>free</b> and <b>confidential</b>. You do not have to go to the police first. "
                "You get help even if you report nothing. You decide what you want to tell us.</p>",
            ),
            ("heading", {"text": "The mobile team", "level": "h2"}),
            (
                "paragraph",
                "<p>You do not have to face institutions alone. Our mobile team can go with you to the centre for "
                "social work, the court, the police, the municipality or the doctor. The team also visits people at "
                "home, including outside Belgrade.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Call the SOS hotline",
                    "text": (
                        "The conversation is confidential. You do not have to tell us everything at once. "
                        "We listen without judging you."
                    ),
                },
            ),
        ],
        "uk": [
            (
                "paragraph",
                "<p>SOS-лінія має два завдання.</p><ul>"
                "<li><b>Інформація і профілактика.</b> Ми пояснюємо, що таке торгівля людьми, як безпечно виїхати "
                "до іншої країни і як легально працювати за кордоном.</li>"
                "<li><b>Пряма допомога.</b> Ми допомагаємо людям, які постраждали від торгівлі людьми або можуть "
                "від неї постраждати, а також їхнім родинам. Звертайтеся до нас, якщо ви досі в такій ситуації. "
                "І так само тоді, коли ви вже вибралися з неї, але ніхто вам не допоміг.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Уся допомога <b>безкоштовна</b> і <b>конфіденційна</b>. Вам не потрібно спершу йти до поліції. "
                "Ви отримаєте допомогу, навіть якщо нічого не повідомите поліції. Ви самі вирішуєте, що нам "
                "розповісти.</p>",
            ),
            ("heading", {"text": "Мобільна команда", "level": "h2"}),
            (
                "paragraph",
                "<p>Вам не доведеться ходити по установах самотужки. Наша мобільна команда може піти з вами до "
                "центру соціальної роботи, до суду, до поліції, до місцевої адміністрації або до лікаря. Команда "
                "також відвідує людей удома, зокрема за межами Белграда.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "Зателефонуйте на SOS-лінію",
                    "text": (
                        "Розмова конфіденційна. Не обов’язково розповідати все одразу. "
                        "Ми вислухаємо вас і не будемо засуджувати."
                    ),
                },
            ),
        ],
        "ar": [
            (
                "paragraph",
                "<p>لخط المساعدة مهمتان.</p><ul>"
                "<li><b>المعلومات والوقاية.</b> نشرح ما هو الاتجار بالبشر، وكيف تسافر إلى بلد آخر بأمان، "
                "وكيف تعمل في الخارج بشكل قانوني.</li>"
                "<li><b>المساعدة المباشرة.</b> نساعد ضحايا الاتجار بالبشر والأشخاص المعرّضين لخطره، وكذلك "
                "عائلاتهم. يمكنك الاتصال بنا إذا كنت ما زلت في هذا الوضع. ويمكنك الاتصال أيضاً إذا خرجت منه "
                "ولم يساعدك أحد.</li></ul>",
            ),
            (
                "paragraph",
                "<p>كل المساعدة <b>مجانية</b> و<b>سرية</b>. لا داعي للذهاب إلى الشرطة أولاً. ستحصل على المساعدة "
                "حتى لو لم تبلّغ عن أي شيء. القرار لك في ما تريد أن تخبرنا به.</p>",
            ),
            ("heading", {"text": "الفريق المتنقّل", "level": "h2"}),
            (
                "paragraph",
                "<p>لن تضطر إلى مراجعة المؤسسات وحدك. يمكن لفريقنا المتنقّل أن يرافقك إلى مركز الرعاية "
                "الاجتماعية، أو المحكمة، أو الشرطة، أو البلدية، أو الطبيب. ويزور الفريق الناس في بيوتهم أيضاً، "
                "بمن فيهم من يعيشون خارج بلغراد.</p>",
            ),
            (
                "hotline",
                {
                    "heading": "اتصل بخط المساعدة SOS",
                    "text": "المحادثة سرية. لا داعي لأن تروي كل شيء دفعة واحدة. نستمع إليك دون أن نحكم عليك.",
                },
            ),
        ],
    },
}


SUPPORT_TYPES = [
    {
        "key": "support-information",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Informacije i kontakti", "en": "Information and contacts"},
        "slug": {"sr-latn": "informacije-i-kontakti", "en": "information-and-contacts"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Kažemo vam kakva pomoć postoji u Srbiji i u inostranstvu. Ako želite, povezujemo vas sa "
                    "organizacijama koje rade sa ljudima pogođenim trgovinom ljudima."
                ),
                "en": (
                    "We tell you what help exists in Serbia and abroad. If you want, we put you in touch with "
                    "organisations that work with people affected by trafficking."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Svima koji imaju pitanje o trgovini ljudima, bezbednom putovanju ili radu u inostranstvu. "
                    "Ljudima koji misle da su možda u opasnosti, kao i njihovim porodicama i prijateljima. "
                    "Ne morate biti sigurni da je to što vam se desilo trgovina ljudima."
                ),
                "en": (
                    "Anyone with a question about trafficking, safe travel or work abroad. People who think they may "
                    "be in danger, and their families and friends. You do not need to be sure that what happened to "
                    "you is trafficking."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Pozovite SOS liniju ili nam pošaljite poruku preko ovog sajta. Recite nam gde ste i šta vam je "
                    "potrebno. Objasnićemo vam koje mogućnosti imate i, ako želite, pomoći vam da stupite u kontakt "
                    "sa pravom službom."
                ),
                "en": (
                    "Call the SOS hotline or send us a message through this website. Tell us where you are and what "
                    "you need. We will explain your options and, if you want, help you get in touch with the right "
                    "service."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno. Kada tražite informaciju, ne obavezujete se ni na šta.",
                "en": "Free of charge. Asking for information does not oblige you to anything.",
            },
        },
        "body": {
            "sr-latn": [
                ("heading", {"text": "Šta možete da nas pitate", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Možemo da vam objasnimo",
                        "items": [
                            "Koji programi pomoći i podrške postoje u Srbiji",
                            "Kakva pomoć postoji u drugim zemljama, ako ste u inostranstvu ili planirate put",
                            "Koje organizacije rade sa ljudima pogođenim trgovinom ljudima",
                            "Šta da proverite pre nego što prihvatite posao u inostranstvu",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Ako želite, možemo da se obratimo nekoj organizaciji umesto vas ili zajedno sa vama. "
                    "Pre nego što bilo šta prenesemo, pitaćemo vas za dozvolu.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Česta pitanja",
                        "questions": [
                            {
                                "question": "Šta ako ne znam da li je to trgovina ljudima?",
                                "answer": (
                                    "<p>Pozovite nas svejedno. Mnogi ljudi nisu sigurni. Saslušaćemo vas i pomoći "
                                    "vam da razumete svoju situaciju.</p>"
                                ),
                            },
                            {
                                "question": "Može li neko iz moje porodice da pozove umesto mene?",
                                "answer": "<p>Da. Članovi porodice i prijatelji takođe mogu da nas pozovu.</p>",
                            },
                        ],
                    },
                ),
                (
                    "hotline",
                    {
                        "heading": "Imate pitanje? Pozovite nas",
                        "text": "Nijedno pitanje nije premalo. Odgovaramo mirno i jednostavnim rečima.",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "What you can ask us", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "We can explain",
                        "items": [
                            "Which help and support programmes exist in Serbia",
                            "What help exists in other countries, if you are abroad or plan to travel",
                            "Which organisations work with people affected by trafficking",
                            "What to check before you accept a job abroad",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>If you want, we can contact an organisation for you or together with you. "
                    "Before we pass on anything, we ask for your permission.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "questions": [
                            {
                                "question": "What if I do not know whether it is trafficking?",
                                "answer": (
                                    "<p>Call us anyway. Many people are not sure. We will listen and help you "
                                    "understand your situation.</p>"
                                ),
                            },
                            {
                                "question": "Can someone from my family call for me?",
                                "answer": "<p>Yes. Family members and friends can call us too.</p>",
                            },
                        ],
                    },
                ),
                (
                    "hotline",
                    {
                        "heading": "Have a question? Call us",
                        "text": "No question is too small. We answer calmly and in plain words.",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-legal",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Pravna pomoć", "en": "Legal aid"},
        "slug": {"sr-latn": "pravna-pomoc", "en": "legal-aid"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Objašnjavamo vaš status, vaša prava i postupke koji vas se tiču. Naši advokati mogu da vas "
                    "zastupaju na sudu i da budu uz vas tokom celog postupka."
                ),
                "en": (
                    "We explain your status, your rights and the procedures that concern you. Our lawyers can "
                    "represent you in court and stay with you for the whole case."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima koji su prošli kroz trgovinu ljudima ili misle da im se to možda desilo, bez obzira na "
                    "to da li su državljani Srbije ili stranci. Takođe onima koji treba da svedoče na sudu protiv "
                    "trgovaca ljudima. Pravni savet možete dobiti i pre nego što odlučite da li ćete bilo šta "
                    "prijaviti."
                ),
                "en": (
                    "People who have been through trafficking, or think it may have happened to them, whether they "
                    "are citizens of Serbia or foreign nationals. Also people who have to testify in court against "
                    "traffickers. You can get legal advice even before you decide whether to report anything."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Pozovite SOS liniju i recite da vam je potreban pravni savet. Prvo ćemo vas saslušati, a zatim "
                    "vas povezati sa advokatom. Ako postoji sudski postupak, svaki korak planiramo zajedno sa vama."
                ),
                "en": (
                    "Call the SOS hotline and say that you need legal advice. We will listen to you first, then put "
                    "you in touch with a lawyer. If there is a court case, we plan every step together with you."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno. Mi plaćamo advokata i sudske takse.",
                "en": "Free of charge. We pay for the lawyer and the court fees.",
            },
        },
        "body": {
            "sr-latn": [
                ("heading", {"text": "Kako advokat može da vam pomogne", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Šta dobijate",
                        "items": [
                            "Objašnjenje vašeg pravnog statusa i vaših prava u Srbiji",
                            "Objašnjenje svakog postupka, jednostavnim rečima",
                            "Advokata koji vas zastupa na sudu u postupku protiv trgovaca ljudima",
                            "Pomoć da tražite naknadu štete koja vam je naneta",
                            "Plaćene troškove advokata i sudske takse, da novac ne bude prepreka",
                        ],
                    },
                ),
                ("heading", {"text": "Ako ste svedok", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U krivičnom postupku možete u isto vreme biti i žrtva i svedok. To može biti veoma teško. "
                    "Nećete biti sami: advokat i savetnici sa SOS linije ostaju u kontaktu sa vama tokom celog "
                    "postupka. Idu sa vama svaki put kada morate lično da dođete.</p>"
                    "<p>Ako ste se u međuvremenu vratili u svoju zemlju, a sud traži da svedočite, pomažemo da se "
                    "organizuje vaš bezbedan dolazak u Srbiju.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Česta pitanja",
                        "questions": [
                            {
                                "question": "Da li prvo moram da odem u policiju?",
                                "answer": (
                                    "<p>Ne. Prvo možete da dobijete pravni savet, a onda da odlučite šta ćete "
                                    "dalje.</p>"
                                ),
                            },
                            {
                                "question": "Ne govorim srpski. Mogu li da dobijem pravnu pomoć?",
                                "answer": (
                                    "<p>Da. Obezbeđujemo prevodioca, tako da razumete sve što vam advokat kaže.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Ako srpski nije vaš jezik, prevodilac može da bude uz vas na svakom sastanku.",
                        "page": "support-interpretation",
                        "link_text": "Prevodilac za vaš jezik",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "How a lawyer can help you", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "What you get",
                        "items": [
                            "An explanation of your legal status and your rights in Serbia",
                            "An explanation of every procedure, in simple words",
                            "A lawyer who represents you in court in the case against the traffickers",
                            "Help to claim compensation for the harm done to you",
                            "The lawyer and the court fees paid for you, so that money is not an obstacle",
                        ],
                    },
                ),
                ("heading", {"text": "If you are a witness", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In a criminal case, you can be a victim and a witness at the same time. This can be very "
                    "hard. You will not be alone: a lawyer and the SOS hotline counsellors stay in touch with you for "
                    "the whole case. They go with you every time you have to appear in person.</p>"
                    "<p>If you have gone back to your own country in the meantime and the court needs your "
                    "testimony, we help organise your safe journey to Serbia.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "questions": [
                            {
                                "question": "Do I have to go to the police first?",
                                "answer": "<p>No. You can get legal advice first, and then decide what to do.</p>",
                            },
                            {
                                "question": "I do not speak Serbian. Can I still get legal aid?",
                                "answer": (
                                    "<p>Yes. We provide an interpreter, so that you understand everything your "
                                    "lawyer says.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "If Serbian is not your language, an interpreter can be with you at every meeting.",
                        "page": "support-interpretation",
                        "link_text": "An interpreter for your language",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-psychological",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Psihološka podrška", "en": "Psychological support"},
        "slug": {"sr-latn": "psiholoska-podrska", "en": "psychological-support"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Ono što ste preživeli može da ostavi duboke tragove. Nudimo savetovanje, psihoterapiju i pomoć "
                    "psihijatra, pojedinačno ili u grupi, kao i podršku telefonom kada vam je teško."
                ),
                "en": (
                    "What you went through can leave deep marks. We offer counselling, psychotherapy and help from a "
                    "psychiatrist, one to one or in a group, and support by phone when things are hard."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Svima koji su prošli kroz trgovinu ljudima, kao i onima kojima se to možda desilo. Podršku "
                    "možete dobiti bilo da živite u Beogradu, negde drugde u Srbiji ili u inostranstvu. "
                    "Ne treba vam dijagnoza i ne morate sve da ispričate odjednom."
                ),
                "en": (
                    "Everyone who has been through trafficking, and people it may have happened to. You can get "
                    "support whether you live in Belgrade, elsewhere in Serbia or abroad. You do not need a diagnosis "
                    "and you do not have to tell everything at once."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Pozovite SOS liniju. Razgovaraćemo sa vama, ostaćemo u redovnom kontaktu i bićemo uz vas u "
                    "teškim trenucima. Ako želite, zakazaćemo vam razgovor sa psihologom, psihoterapeutom ili "
                    "psihijatrom."
                ),
                "en": (
                    "Call the SOS hotline. We will talk with you, stay in regular contact and be there for you in "
                    "hard moments. If you want, we book sessions for you with a psychologist, a psychotherapist or a "
                    "psychiatrist."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno, uključujući i razgovore sa stručnjacima.",
                "en": "Free of charge, including sessions with specialists.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "paragraph",
                    "<p>Posle trgovine ljudima mnogi ljudi loše spavaju, plaše se ili iznova proživljavaju ono što "
                    "se desilo. To su česte reakcije na težak događaj. Stručnjaci to ponekad zovu posttraumatski "
                    "stresni poremećaj (PTSP). Za to niste krivi, a pomoć postoji.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Oblici podrške",
                        "items": [
                            "Savetovanje sa psihologom, u četiri oka",
                            "Psihoterapija",
                            "Razgovori sa psihijatrom",
                            "Grupna terapija sa ljudima koji su prošli kroz nešto slično",
                            "Podrška telefonom kada ste u krizi",
                        ],
                    },
                ),
                ("heading", {"text": "Ako ne živite u Beogradu", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Sa nama možete da budete u kontaktu telefonom, i kada živite u drugom gradu ili van Srbije. "
                    "Redovno se čujemo, slušamo vas i javljamo vam šta se dešava u našem dnevnom centru.</p>",
                ),
                (
                    "hotline",
                    {
                        "heading": "Da li vam je sada teško? Pozovite nas",
                        "text": "Možete da nas pozovete kada vam je loše, i samo da biste razgovarali.",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>After trafficking, many people sleep badly, feel afraid, or live through what happened again "
                    "and again. These are common reactions to a terrible experience. Specialists sometimes call this "
                    "post-traumatic stress disorder (PTSD). It is not your fault, and help exists.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Forms of support",
                        "items": [
                            "Counselling with a psychologist, one to one",
                            "Psychotherapy",
                            "Sessions with a psychiatrist",
                            "Group therapy with people who have been through something similar",
                            "Support by phone when you are in crisis",
                        ],
                    },
                ),
                ("heading", {"text": "If you do not live in Belgrade", "level": "h2"}),
                (
                    "paragraph",
                    "<p>You can stay in touch with us by phone, also if you live in another town or outside Serbia. "
                    "We talk regularly, we listen, and we tell you what is happening at our day centre.</p>",
                ),
                (
                    "hotline",
                    {
                        "heading": "Is it hard right now? Call us",
                        "text": "You can call us when you feel bad, even just to talk.",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-medical",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Medicinska pomoć", "en": "Medical help"},
        "slug": {"sr-latn": "medicinska-pomoc", "en": "medical-help"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Organizujemo preglede, specijalističke preglede i laboratorijske analize kod lekara sa kojima "
                    "sarađujemo. Možete i anonimno da se testirate na HIV i hepatitis, uz razgovor pre i posle testa."
                ),
                "en": (
                    "We arrange check-ups, specialist exams and lab tests with doctors we work with. You can also be "
                    "tested for HIV and hepatitis anonymously, with a conversation before and after the test."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima koji su prošli kroz trgovinu ljudima ili su to možda doživeli, iz Srbije ili iz druge "
                    "zemlje. U Srbiji imate pravo na besplatne zdravstvene usluge koje pokriva obavezno zdravstveno "
                    "osiguranje, čak i ako nemate srpsko državljanstvo. Ako imate srpsko državljanstvo, a nemate "
                    "zdravstveno osiguranje, ovo pravo i dalje važi za vas."
                ),
                "en": (
                    "People who have been through trafficking or may have been, from Serbia or from another country. "
                    "In Serbia, you have the right to free health care covered by compulsory health insurance, even "
                    "if you are not a Serbian citizen. If you are a Serbian citizen without health insurance, this "
                    "right still applies to you."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Pozovite SOS liniju i recite šta vas brine u vezi sa zdravljem. Zakazujemo pregled u klinici ili "
                    "kod lekara specijaliste sa kojima sarađujemo. Ako želite, neko iz mobilnog tima ide sa vama."
                ),
                "en": (
                    "Call the SOS hotline and tell us what worries you about your health. We book an appointment at "
                    "a clinic or with a specialist we work with. If you want, someone from the mobile team goes "
                    "with you."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno, i kada nemate zdravstveno osiguranje.",
                "en": "Free of charge, also if you have no health insurance.",
            },
        },
        "body": {
            "sr-latn": [
                ("heading", {"text": "Šta možemo da organizujemo", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Medicinske usluge",
                        "items": [
                            "Opšti zdravstveni pregled",
                            "Pregledi kod lekara specijalista",
                            "Laboratorijske analize",
                            "Anonimno testiranje na HIV, hepatitis B i hepatitis C",
                            "Lekarski pregled koji beleži povrede, tako da nalaz može da se koristi na sudu",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Testiranje na HIV, hepatitis B i hepatitis C je <b>anonimno</b>. Pre testa imate poverljiv "
                    "razgovor o testiranju. Kada stigne rezultat, ponovo razgovarate, nasamo. Vi odlučujete da li "
                    "želite da se testirate.</p>"
                    "<p>Ako vas je neko povredio, lekar može da vas pregleda i da zapiše povrede. Taj nalaz kasnije "
                    "može da pomogne na sudu. Kada je potrebno, pregled obavljaju lekari sudske medicine.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Česta pitanja",
                        "questions": [
                            {
                                "question": "Da li mi treba zdravstveno osiguranje?",
                                "answer": (
                                    "<p>Ne. Usluge koje pokriva obavezno zdravstveno osiguranje besplatne su za vas, "
                                    "bez obzira na državljanstvo. I ako imate srpsko državljanstvo, a nemate "
                                    "osiguranje, ovo pravo i dalje imate.</p>"
                                ),
                            },
                            {
                                "question": "Može li neko da ide sa mnom kod lekara?",
                                "answer": (
                                    "<p>Da. Neko iz mobilnog tima može da pođe sa vama i da vam pomogne u razgovoru "
                                    "sa osobljem.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Možemo da vas odvezemo do lekara i nazad kući.",
                        "page": "support-transport",
                        "link_text": "Prevoz",
                    },
                ),
            ],
            "en": [
                ("heading", {"text": "What we can arrange", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Medical services",
                        "items": [
                            "A general health check-up",
                            "Exams by specialist doctors",
                            "Laboratory tests",
                            "Anonymous testing for HIV, hepatitis B and hepatitis C",
                            "A medical exam that records your injuries, so that the report can be used in court",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Testing for HIV, hepatitis B and hepatitis C is <b>anonymous</b>. Before the test, you have a "
                    "confidential conversation about it. When the result comes, you talk again, in private. You "
                    "decide whether you want to be tested.</p>"
                    "<p>If someone hurt you, a doctor can examine you and write down the injuries. This report can "
                    "help you later in court. When needed, the exam is done by forensic doctors.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "questions": [
                            {
                                "question": "Do I need health insurance?",
                                "answer": (
                                    "<p>No. Care covered by compulsory health insurance is free for you, whatever "
                                    "your citizenship. If you are a Serbian citizen without insurance, you still have "
                                    "this right.</p>"
                                ),
                            },
                            {
                                "question": "Can someone go to the doctor with me?",
                                "answer": (
                                    "<p>Yes. Someone from the mobile team can go with you and help you talk to the "
                                    "staff.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "We can drive you to the doctor and back home.",
                        "page": "support-transport",
                        "link_text": "Transport",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-mobile-team",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Mobilni tim", "en": "Mobile team"},
        "slug": {"sr-latn": "mobilni-tim", "en": "mobile-team"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Naš mobilni tim ide sa vama u institucije i posećuje vas kod kuće, i van Beograda. Uz vas je od "
                    "prvog kontakta do trenutka kada ponovo stanete na noge."
                ),
                "en": (
                    "Our mobile team goes with you to institutions and visits you at home, also outside Belgrade. "
                    "It stays with you from the first contact until you are back on your feet."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima koji su prošli kroz trgovinu ljudima ili su to možda doživeli. Posebno je korisno ako "
                    "živite van Beograda ili vam je teško da sami idete po službama. I porodice koje traže nestalog "
                    "člana mogu da se obrate timu."
                ),
                "en": (
                    "People who have been through trafficking, or may have been. It is especially useful if you live "
                    "outside Belgrade or find it hard to deal with offices alone. Families looking for a missing "
                    "relative can also turn to the team."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Pozovite SOS liniju i recite gde treba da idete ili gde živite. Zajedno dogovaramo dan i vreme. "
                    "Neko iz tima se nalazi sa vama i ostaje uz vas do kraja posete."
                ),
                "en": (
                    "Call the SOS hotline and say where you need to go or where you live. We agree on a day and time "
                    "together. Someone from the team meets you and stays with you until the visit is over."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno, uključujući i prevoz.",
                "en": "Free of charge, including transport.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "paragraph",
                    "<p>Odlazak u službe, na sud ili u policiju može da bude zastrašujući. Možda će vas više puta "
                    "pitati ista pitanja. Mobilni tim postoji da ne biste kroz to prolazili sami.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Tim može da ide sa vama",
                        "items": [
                            "U centar za socijalni rad",
                            "Na sud",
                            "U opštinu, na primer zbog dokumenata",
                            "U policiju",
                            "U dom zdravlja ili bolnicu",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Kućne posete.</b> Ako ne možete da dođete kod nas, tim dolazi kod vas. Posećujemo ljude "
                    "kod kuće, naročito one koji žive van Beograda.</p>"
                    "<p><b>Kada neko nestane.</b> Ako je neko iz vaše porodice nestao, tim može lično da se sastane "
                    "sa vama i da bude u kontaktu sa vama dok traje potraga.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Kako vas tim prati",
                        "steps": [
                            {
                                "title": "Prvi kontakt",
                                "text": "Javljate se SOS liniji i zajedno razgovaramo o tome šta vam je potrebno.",
                            },
                            {
                                "title": "Oporavak",
                                "text": "Tim ide sa vama kod lekara, na razgovore sa stručnjacima i u službe.",
                            },
                            {
                                "title": "Novi početak",
                                "text": "Tim pomaže oko dokumenata, socijalnih davanja i sledećih koraka u životu.",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Tim pazi da se prema vama ophode s poštovanjem i da ne morate iznova da prolazite kroz "
                    "ono što vas boli. Pomaže vam i da savladate prepreke u službama, kako biste zaista ostvarili "
                    "svoja prava.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Tim može i da vas odveze tamo gde treba da stignete.",
                        "page": "support-transport",
                        "link_text": "Prevoz",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Going to offices, to court or to the police can be frightening. You may be asked the same "
                    "questions many times. The mobile team is there so that you do not go through this alone.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "The team can go with you to",
                        "items": [
                            "The centre for social work",
                            "The court",
                            "The municipality, for example for documents",
                            "The police",
                            "A health centre or a hospital",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Home visits.</b> If you cannot come to us, the team comes to you. We visit people at home, "
                    "especially those who live outside Belgrade.</p>"
                    "<p><b>When someone is missing.</b> If someone in your family has gone missing, the team can meet "
                    "you in person and stay in touch with you while the search goes on.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How the team stays with you",
                        "steps": [
                            {
                                "title": "First contact",
                                "text": "You call the SOS hotline, and together we talk about what you need.",
                            },
                            {
                                "title": "Recovery",
                                "text": "The team goes with you to doctors, to counselling and to offices.",
                            },
                            {
                                "title": "A new start",
                                "text": "The team helps with documents, benefits and the next steps in your life.",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>The team makes sure you are treated with respect, and that you do not have to relive your "
                    "pain again and again. It also helps you get past obstacles in offices, so that you can really "
                    "use your rights.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "The team can also drive you where you need to go.",
                        "page": "support-transport",
                        "link_text": "Transport",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-transport",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Prevoz", "en": "Transport"},
        "slug": {"sr-latn": "prevoz", "en": "transport"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Ako nemate kako da stignete negde, mi vas vozimo. Obezbeđujemo prevoz do sastanaka, na sud, "
                    "do lekara i nazad kući."
                ),
                "en": (
                    "If you have no way to get somewhere, we drive you. We provide transport to appointments, to "
                    "court, to the doctor and back home."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima kojima pomažemo, a koji treba da stignu na sastanak, na ročište ili kod lekara. "
                    "Za vas je ako je put preskup, ako ne znate kako da stignete ili ako se ne osećate bezbedno da "
                    "putujete sami."
                ),
                "en": (
                    "People we support who need to get to an appointment, a court hearing or the doctor. It is for "
                    "you if the journey costs too much, if you do not know the way, or if you do not feel safe "
                    "travelling alone."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Recite nam preko SOS linije gde i kada treba da stignete. Organizujemo prevoz i javljamo vam ko "
                    "će doći po vas. Posle sastanka vas vozimo kući."
                ),
                "en": (
                    "Tell us through the SOS hotline where and when you need to be. We arrange the transport and let "
                    "you know who will pick you up. After the appointment, we take you home."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno. Ne plaćate vožnju.",
                "en": "Free of charge. You do not pay for the ride.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "checklist",
                    {
                        "title": "Možemo da vas odvezemo",
                        "items": [
                            "Na sastanke u institucijama i službama",
                            "Na ročišta na sudu",
                            "Kod lekara, u kliniku ili u laboratoriju",
                            "Kući, posle sastanka ili kada se vraćate u mesto gde živite",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Prevoz obezbeđuje naš mobilni tim. Ako želite, ljudi koji vas voze mogu i da uđu sa vama.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Česta pitanja",
                        "questions": [
                            {
                                "question": "Šta ako živim daleko od Beograda?",
                                "answer": (
                                    "<p>Svejedno nas pozovite. Zajedno ćemo naći najbezbedniji način da stignete "
                                    "tamo gde treba.</p>"
                                ),
                            },
                            {
                                "question": "Koliko ranije treba da se javim?",
                                "answer": "<p>Što ranije, to bolje. Ako je hitno, pozovite nas odmah.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Saznajte šta još mobilni tim može da uradi za vas.",
                        "page": "support-mobile-team",
                        "link_text": "Mobilni tim",
                    },
                ),
            ],
            "en": [
                (
                    "checklist",
                    {
                        "title": "We can drive you",
                        "items": [
                            "To meetings at institutions and offices",
                            "To court hearings",
                            "To the doctor, a clinic or a laboratory",
                            "Home, after an appointment or when you go back to the place where you live",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Our mobile team provides the transport. If you want, the people who drive you can also go in "
                    "with you.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "questions": [
                            {
                                "question": "What if I live far from Belgrade?",
                                "answer": (
                                    "<p>Call us anyway. Together we will find the safest way for you to get where "
                                    "you need to go.</p>"
                                ),
                            },
                            {
                                "question": "How early should I contact you?",
                                "answer": "<p>The earlier, the better. If it is urgent, call us right away.</p>",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Find out what else the mobile team can do for you.",
                        "page": "support-mobile-team",
                        "link_text": "Mobile team",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-return",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Bezbedan povratak kući", "en": "A safe return home"},
        "slug": {"sr-latn": "povratak-kuci", "en": "return-home"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Ako želite da se vratite u zemlju iz koje dolazite, pomažemo vam da se vratite bezbedno. "
                    "Povratak je dobrovoljan: vi odlučujete."
                ),
                "en": (
                    "If you want to go back to the country you come from, we help you return safely. The return is "
                    "voluntary: you decide."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima iz drugih zemalja koji su bili žrtve trgovine ljudima u Srbiji i žele da se vrate kući. "
                    "Takođe ljudima koji su se već vratili kući, a treba da dođu u Srbiju da bi svedočili na sudu."
                ),
                "en": (
                    "People from other countries who were trafficked in Serbia and want to go home. Also people who "
                    "have already gone home but need to come to Serbia to testify in court."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Recite nam preko SOS linije da razmišljate o povratku. Razgovaramo o vašoj bezbednosti, "
                    "dokumentima i o tome ko vas može dočekati. Ništa se ne dešava bez vašeg pristanka."
                ),
                "en": (
                    "Tell us through the SOS hotline that you are thinking about going back. We talk about your "
                    "safety, your documents and who could meet you. Nothing happens without your consent."
                ),
            },
            "cost": {
                "sr-latn": "Naša pomoć oko povratka je besplatna.",
                "en": "Our help with your return is free of charge.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "paragraph",
                    "<p>Povratak kući je veliki korak. Pomažemo vam da ga isplanirate tako da bude bezbedan. "
                    "Sve dok ne krenete, možete da se predomislite.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Kako pripremamo povratak",
                        "steps": [
                            {
                                "title": "Razgovor",
                                "text": "Razgovaramo o tome kuda želite da idete i da li vas tamo čeka neka opasnost.",
                            },
                            {
                                "title": "Dokumenti",
                                "text": "Pomažemo vam da dobijete putne isprave koje su vam potrebne.",
                            },
                            {
                                "title": "Putovanje",
                                "text": "Organizujemo put i unapred vam objašnjavamo svaki detalj.",
                            },
                            {
                                "title": "Dolazak",
                                "text": (
                                    "Ako želite, povezujemo vas sa organizacijom u vašoj zemlji koja može da vam "
                                    "pomogne kada stignete."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Ako vas sud pozove da svedočite", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ponekad je sudu u Srbiji potrebno vaše svedočenje i posle vašeg povratka kući. Tada pomažemo "
                    "da se organizuje vaš dolazak u Srbiju. Uz vas smo svaki put kada morate lično da budete "
                    "prisutni.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Imate pitanja o sudskom postupku u Srbiji?",
                        "page": "support-legal",
                        "link_text": "Pravna pomoć",
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Going home is a big step. We help you plan it so that it is safe. Until you leave, you can "
                    "change your mind.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How we prepare your return",
                        "steps": [
                            {
                                "title": "A conversation",
                                "text": "We talk about where you want to go, and whether any danger waits there.",
                            },
                            {
                                "title": "Documents",
                                "text": "We help you get the travel documents you need.",
                            },
                            {
                                "title": "The journey",
                                "text": "We arrange the trip and explain every detail to you in advance.",
                            },
                            {
                                "title": "Arrival",
                                "text": (
                                    "If you want, we put you in touch with an organisation in your country that can "
                                    "help you when you arrive."
                                ),
                            },
                        ],
                    },
                ),
                ("heading", {"text": "If the court asks you to testify", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Sometimes a court in Serbia needs your testimony after you have gone home. Then we help "
                    "organise your journey to Serbia. We are with you every time you have to be there in person.</p>",
                ),
                (
                    "call_to_action",
                    {
                        "text": "Do you have questions about a court case in Serbia?",
                        "page": "support-legal",
                        "link_text": "Legal aid",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-reintegration",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Podrška za novi početak", "en": "Support for a new start"},
        "slug": {"sr-latn": "reintegracija", "en": "reintegration"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Oporavak traje. Ostajemo uz vas dugoročno i pomažemo oko dokumenata, socijalnih davanja, "
                    "školovanja i posla, da biste izgradili stabilan život."
                ),
                "en": (
                    "Recovery takes time. We stay with you for the long term and help with documents, benefits, "
                    "education and work, so that you can build a stable life."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Ljudima koji su izašli iz situacije trgovine ljudima i žele ponovo da izgrade svoj život. "
                    "Podrška je dugoročna i ide korak po korak, vašim tempom. Pomažemo i roditeljima da ostvare prava "
                    "svoje dece, na primer pravo na dečji dodatak."
                ),
                "en": (
                    "People who have left a trafficking situation and want to rebuild their lives. The support is "
                    "long-term and goes step by step, at your pace. We also help parents claim what their children "
                    "are entitled to, such as child allowance."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Recite nam preko SOS linije šta vam je sada najpotrebnije. Zajedno pravimo plan. Mobilni tim "
                    "može da ide sa vama u službe u kojima treba da podnesete zahtev."
                ),
                "en": (
                    "Tell us through the SOS hotline what you need most right now. Together, we make a plan. The "
                    "mobile team can go with you to the offices where you have to apply."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno. Naša pomoć i pratnja vas ništa ne koštaju.",
                "en": "Free of charge. Our help and our company on the way cost you nothing.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "checklist",
                    {
                        "title": "Možemo da vam pomognemo",
                        "items": [
                            "Da izvadite lične dokumente, na primer ličnu kartu",
                            "Da podnesete zahtev za dečji dodatak",
                            "Da ostvarite pravo na druga socijalna davanja",
                            "Da nastavite školovanje ili obuku",
                            "Da tražite posao",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Službe umeju da budu zbunjujuće, a formulari teški za razumevanje. Objašnjavamo šta koja "
                    "služba traži od vas. Ako se jedna vrata zatvore, zajedno tražimo drugi put.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Kako to izgleda",
                        "steps": [
                            {"title": "Vaše potrebe", "text": "Kažete nam šta vam je sada najvažnije."},
                            {"title": "Plan", "text": "Dogovaramo male korake koje možete da savladate."},
                            {"title": "Pratnja", "text": "Idemo sa vama u službe i pomažemo oko formulara."},
                            {
                                "title": "Redovan kontakt",
                                "text": "Ostajemo u kontaktu i menjamo plan kada se vaš život promeni.",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Neko iz mobilnog tima može da pođe sa vama u službe.",
                        "page": "support-mobile-team",
                        "link_text": "Mobilni tim",
                    },
                ),
            ],
            "en": [
                (
                    "checklist",
                    {
                        "title": "We can help you",
                        "items": [
                            "Get personal documents, such as an ID card",
                            "Apply for child allowance",
                            "Claim other state benefits",
                            "Continue school or training",
                            "Look for work",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Offices can be confusing, and forms are often hard to understand. We explain what each office "
                    "needs from you. If one door closes, we look for another way together.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How it works",
                        "steps": [
                            {"title": "Your needs", "text": "You tell us what matters most to you now."},
                            {"title": "A plan", "text": "We agree on small steps that you can manage."},
                            {"title": "Going with you", "text": "We go with you to offices and help with the forms."},
                            {
                                "title": "Staying in touch",
                                "text": "We keep in contact and change the plan when your life changes.",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "text": "Someone from the mobile team can go with you to the offices.",
                        "page": "support-mobile-team",
                        "link_text": "Mobile team",
                    },
                ),
            ],
        },
    },
    {
        "key": "support-interpretation",
        "type": "resources.SupportTypePage",
        "parent": "support",
        "show_in_menus": False,
        "title": {"sr-latn": "Prevodilac za vaš jezik", "en": "An interpreter for your language"},
        "slug": {"sr-latn": "prevodjenje", "en": "interpretation"},
        "fields": {
            "summary": {
                "sr-latn": (
                    "Ako dolazite iz druge zemlje ili ne razumete dobro srpski, obezbeđujemo prevodioca. Tako vi "
                    "razumete sve, a svi razumeju vas."
                ),
                "en": (
                    "If you come from another country or do not understand Serbian well, we provide an interpreter. "
                    "That way, you understand everything, and everyone understands you."
                ),
            },
            "who_for": {
                "sr-latn": (
                    "Strancima i svima koji ne razumeju dovoljno dobro srpski. Možda pomalo govorite srpski, a ipak "
                    "želite prevodioca za važne razgovore. To je sasvim u redu."
                ),
                "en": (
                    "Foreign nationals and anyone who does not understand Serbian well enough. You may speak some "
                    "Serbian and still want an interpreter for important conversations. That is completely fine."
                ),
            },
            "how_to_get": {
                "sr-latn": (
                    "Kada se javite SOS liniji, recite nam koji jezik govorite. Ako je to teško objasniti, recite "
                    "samo naziv svog jezika ili svoje zemlje. Nalazimo prevodioca za sastanke na kojima vam je "
                    "potreban."
                ),
                "en": (
                    "When you contact the SOS hotline, tell us which language you speak. If that is hard to explain, "
                    "just say the name of your language or your country. We find an interpreter for the meetings "
                    "where you need one."
                ),
            },
            "cost": {
                "sr-latn": "Besplatno. Ne plaćate prevodioca.",
                "en": "Free of charge. You do not pay the interpreter.",
            },
        },
        "body": {
            "sr-latn": [
                (
                    "paragraph",
                    "<p>Važno je da razumete sve što vam se kaže i sve što potpisujete. Uz prevodioca možete svojim "
                    "rečima da ispričate šta vam se desilo.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Prevodilac može da bude uz vas",
                        "items": [
                            "U razgovorima sa nama",
                            "Na sastancima sa advokatom",
                            "Kod lekara",
                            "U institucijama, na primer u policiji ili u centru za socijalni rad",
                            "Na sudu",
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Česta pitanja",
                        "questions": [
                            {
                                "question": "Da li će prevodilac čuvati ono što kažem?",
                                "answer": (
                                    "<p>Prevodioci sa kojima radimo znaju da je sve što kažete poverljivo. Ako vam "
                                    "sa nekim prevodiocem nije prijatno, recite nam.</p>"
                                ),
                            },
                            {
                                "question": "Šta ako je moj jezik redak?",
                                "answer": (
                                    "<p>Svejedno nam recite. Potrudićemo se da nađemo nekoga ko ga govori.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "hotline",
                    {
                        "heading": "Pozovite SOS liniju",
                        "text": (
                            "Ako ne govorite srpski, recite nam koji jezik vam je potreban. Naći ćemo način da se "
                            "razumemo."
                        ),
                    },
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>It is important that you understand everything that is said to you and everything you sign. "
                    "With an interpreter, you can tell what happened to you in your own words.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "An interpreter can be with you",
                        "items": [
                            "In conversations with us",
                            "At meetings with a lawyer",
                            "At the doctor",
                            "At institutions, such as the police or the centre for social work",
                            "In court",
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "questions": [
                            {
                                "question": "Will the interpreter keep what I say private?",
                                "answer": (
                                    "<p>The interpreters we work with know that everything you say is confidential. "
                                    "If you feel uncomfortable with an interpreter, tell us.</p>"
                                ),
                            },
                            {
                                "question": "What if my language is rare?",
                                "answer": "<p>Tell us anyway. We will do our best to find someone who speaks it.</p>",
                            },
                        ],
                    },
                ),
                (
                    "hotline",
                    {
                        "heading": "Call the SOS hotline",
                        "text": (
                            "If you do not speak Serbian, tell us which language you need. We will find a way to "
                            "understand each other."
                        ),
                    },
                ),
            ],
        },
    },
]
