"""The anonymous contact page and the page for reading replies, in every language the hotline answers."""

CONTACT_PAGE = {
    "key": "contact",
    "type": "contact.ContactPage",
    "parent": "home",
    "title": {
        "sr-latn": "Pišite nam anonimno",
        "en": "Write to us anonymously",
        "uk": "Напишіть нам анонімно",
        "ar": "اكتب إلينا دون الكشف عن هويتك",
    },
    "slug": {"sr-latn": "pisite-nam", "en": "write-to-us", "uk": "napyshit-nam", "ar": "uktub-ilayna"},
    "fields": {
        "intro": {
            "sr-latn": (
                "Ne morate da nam kažete ko ste. Opišite šta se dešava, svojim rečima i na svom jeziku. "
                "Odgovor čitate ovde, uz kod koji dobijete posle slanja."
            ),
            "en": (
                "You do not have to tell us who you are. Describe what is happening, in your own words and "
                "your own language. You read our answer here, with the code you get after sending."
            ),
            "uk": (
                "Вам не потрібно казати, хто ви. Опишіть, що відбувається, своїми словами і своєю мовою. "
                "Відповідь ви прочитаєте тут за кодом, який отримаєте після надсилання."
            ),
            "ar": (
                "لا يلزمك أن تخبرنا من أنت. صِف ما يحدث بكلماتك وبلغتك. "
                "تقرأ ردّنا هنا باستخدام الرمز الذي تحصل عليه بعد الإرسال."
            ),
        },
        "sent_text": {
            "sr-latn": "Hvala vam što ste nam pisali. Savetnica ili savetnik SOS linije pročitaće vašu poruku.",
            "en": "Thank you for writing to us. A hotline consultant will read your message.",
            "uk": "Дякуємо, що написали нам. Консультант гарячої лінії прочитає ваше повідомлення.",
            "ar": "شكرًا لأنك كتبت إلينا. سيقرأ أحد مستشاري الخط الساخن رسالتك.",
        },
    },
}

REPLY_CHECK_PAGE = {
    "key": "reply-check",
    "type": "contact.ReplyCheckPage",
    "parent": "contact",
    "title": {
        "sr-latn": "Pročitajte naš odgovor",
        "en": "Read our reply",
        "uk": "Прочитайте нашу відповідь",
        "ar": "اقرأ ردّنا",
    },
    "slug": {"sr-latn": "odgovor", "en": "reply", "uk": "vidpovid", "ar": "al-radd"},
    "fields": {
        "intro": {
            "sr-latn": (
                "Upišite kod koji ste dobili kada ste poslali poruku. Kod ne čuvamo, pa ga ne možemo ni poslati."
            ),
            "en": "Type the code you got when you sent your message. We do not keep the code, so we cannot resend it.",
            "uk": (
                "Введіть код, який ви отримали, коли надіслали повідомлення. "
                "Ми не зберігаємо код, тому не можемо надіслати його знову."
            ),
            "ar": "اكتب الرمز الذي حصلت عليه عند إرسال رسالتك. نحن لا نحتفظ بالرمز، لذلك لا يمكننا إرساله مرة أخرى.",
        },
    },
}
