"""A small site built in code for the tests: every page type, in the languages the tests need.

Tests assert on these pages and their strings, never on the demo content, so improving a demo sentence
cannot break them. The site:

    home                                    every language
    ├── Advice (topic index, main menu)     every language
    │   ├── an article                      every language
    │   └── an article with a leaflet       Serbian and English only: the others fall back to English
    ├── Help (support overview, main menu)  every language
    │   └── a type of support               Serbian and English only
    ├── About (standard page, main menu)    Serbian and English only
    ├── Privacy (standard page, footer)     Serbian and English only
    └── Write to us (contact page)          every language
        └── Read the reply                  every language
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile

from modeltranslation.utils import build_localized_fieldname
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, Site

from contact.models import ContactPage, ReplyCheckPage
from home.models import HomePage, OpeningPeriod, SiteSettings, StandardPage
from resources.models import ResourceIndexPage, ResourceLeaflet, ResourcePage, SupportIndexPage, SupportTypePage

EVERY_LANGUAGE = ("sr-latn", "en", "uk", "ar")

# What the blocks of a page body say, per language.
BLOCK_TEXT = {
    "sr-latn": {
        "heading": "Pre nego što potpišete",
        "subheading": "Ugovor",
        "text": "Tražite ugovor na jeziku koji razumete.",
        "item": "Pasoš čuvajte kod sebe.",
        "question": "Da li razgovor nešto košta?",
        "answer": "Ne košta, i poverljiv je.",
        "call": "Pozovite nas",
        "quote": "Niste sami.",
        "link": "Vrste pomoći",
    },
    "en": {
        "heading": "Before you sign",
        "subheading": "The contract",
        "text": "Ask for a contract in a language you understand.",
        "item": "Keep your passport with you.",
        "question": "Does the call cost anything?",
        "answer": "No, and it is confidential.",
        "call": "Call us",
        "quote": "You are not alone.",
        "link": "Kinds of help",
    },
    "uk": {
        "heading": "Перш ніж підписати",
        "subheading": "Договір",
        "text": "Просіть договір мовою, яку ви розумієте.",
        "item": "Тримайте паспорт при собі.",
        "question": "Чи коштує дзвінок щось?",
        "answer": "Ні, і він конфіденційний.",
        "call": "Зателефонуйте нам",
        "quote": "Ви не самі.",
        "link": "Види підтримки",
    },
    "ar": {
        "heading": "قبل أن توقّع",
        "subheading": "العقد",
        "text": "اطلب عقدًا بلغة تفهمها.",
        "item": "احتفظ بجواز سفرك معك.",
        "question": "هل للمكالمة أي تكلفة؟",
        "answer": "لا، وهي سرية.",
        "call": "اتصل بنا",
        "quote": "لست وحدك.",
        "link": "أنواع الدعم",
    },
}


def body(language, linked_page):
    """Every block the demo content uses, with a call to action leading to linked_page."""
    text = BLOCK_TEXT[language]
    return [
        {"type": "heading", "value": {"text": text["heading"], "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{text['text']} <b>{text['item']}</b></p>"},
        {"type": "heading", "value": {"text": text["subheading"], "level": "h3"}},
        {"type": "checklist", "value": {"title": text["heading"], "items": [text["item"], text["text"]]}},
        {
            "type": "steps",
            "value": {"title": text["subheading"], "steps": [{"title": text["item"], "text": text["text"]}]},
        },
        {
            "type": "faq",
            "value": {
                "title": text["question"],
                "questions": [{"question": text["question"], "answer": f"<p>{text['answer']}</p>"}],
            },
        },
        {"type": "hotline", "value": {"heading": text["call"], "text": text["answer"]}},
        {"type": "quote", "value": {"text": text["quote"], "attribution": ""}},
        {"type": "call_to_action", "value": {"text": text["text"], "page": linked_page.pk, "link_text": text["link"]}},
    ]


def fill(instance, texts):
    """texts: {language: {field name: value}}."""
    for language, fields in texts.items():
        for name, value in fields.items():
            setattr(instance, build_localized_fieldname(name, language), value)


def add_page(parent, page, texts, *, body_links_to=None):
    fill(page, texts)
    if body_links_to is not None:
        fill(page, {language: {"body": body(language, body_links_to)} for language in texts})
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_site():
    """Replaces the page tree below the root by the test site and returns its home page."""
    root = Page.get_first_root_node()
    root.get_children().delete()  # Wagtail's welcome page, and with it the site that points at it

    home = add_page(
        root,
        HomePage(),
        {
            "sr-latn": {"title": "Linija za pomoć", "slug": "home", "intro": "Besplatan i poverljiv razgovor."},
            "en": {"title": "Help line", "slug": "home", "intro": "A free and confidential talk."},
            "uk": {"title": "Лінія допомоги", "slug": "home", "intro": "Безкоштовна і конфіденційна розмова."},
            "ar": {"title": "خط المساعدة", "slug": "home", "intro": "محادثة مجانية وسرية."},
        },
    )
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    document = build_document()

    topics = add_page(
        home,
        ResourceIndexPage(show_in_menus=True),
        {
            "sr-latn": {"title": "Saveti", "slug": "saveti", "intro": "Šta da znate pre puta."},
            "en": {"title": "Advice", "slug": "advice", "intro": "What to know before you travel."},
            "uk": {"title": "Поради", "slug": "porady", "intro": "Що знати перед поїздкою."},
            "ar": {"title": "نصائح", "slug": "nasaih", "intro": "ما يجب معرفته قبل السفر."},
        },
    )
    support = add_page(
        home,
        SupportIndexPage(show_in_menus=True),
        {
            "sr-latn": {"title": "Podrška žrtvama", "slug": "podrska", "intro": "Pomoć je besplatna."},
            "en": {"title": "Support for victims", "slug": "support", "intro": "Our help is free."},
            "uk": {"title": "Допомога постраждалим", "slug": "dopomoha", "intro": "Наша допомога безкоштовна."},
            "ar": {"title": "مساندة الضحايا", "slug": "musanada", "intro": "مساعدتنا مجانية."},
        },
        body_links_to=topics,
    )
    article_fields = {"category": ResourcePage.Category.SAFE_MIGRATION, "last_reviewed": datetime.date(2026, 1, 15)}
    add_page(
        topics,
        ResourcePage(**article_fields),
        {
            "sr-latn": {"title": "Pre puta", "slug": "pre-puta", "summary": "Proverite ponudu pre polaska."},
            "en": {"title": "Before you travel", "slug": "before-you-travel", "summary": "Check the offer first."},
            "uk": {"title": "Перед поїздкою", "slug": "pered-poyizdkoyu", "summary": "Спершу перевірте пропозицію."},
            "ar": {"title": "قبل السفر", "slug": "qabl-al-safar", "summary": "تحقّق من العرض أولًا."},
        },
        body_links_to=support,
    )
    leaflet_article = ResourcePage(**article_fields)
    leaflet_article.leaflets = [ResourceLeaflet(document=document, language="sr-latn")]
    add_page(
        topics,
        leaflet_article,
        {
            "sr-latn": {"title": "Spisak za put", "slug": "spisak", "summary": "Odštampajte spisak."},
            "en": {"title": "A list for the journey", "slug": "list", "summary": "Print the list."},
        },
        body_links_to=support,
    )
    add_page(
        support,
        SupportTypePage(),
        {
            "sr-latn": {
                "title": "Pravna pomoć",
                "slug": "pravna-pomoc",
                "summary": "Advokatkinja vas savetuje.",
                "who_for": "Za svakoga ko nam se javi.",
                "how_to_get": "Pozovite liniju.",
                "cost": "Besplatno.",
            },
            "en": {
                "title": "Legal aid",
                "slug": "legal-aid",
                "summary": "A lawyer advises you.",
                "who_for": "Anyone who contacts us.",
                "how_to_get": "Call the hotline.",
                "cost": "Free of charge.",
            },
        },
        body_links_to=support,
    )
    add_page(
        home,
        StandardPage(show_in_menus=True),
        {
            "sr-latn": {"title": "O nama", "slug": "o-nama", "intro": "Ko smo mi."},
            "en": {"title": "About us", "slug": "about", "intro": "Who we are."},
        },
        body_links_to=support,
    )
    add_page(
        home,
        StandardPage(),
        {
            "sr-latn": {"title": "Privatnost", "slug": "privatnost", "intro": "Šta čuvamo."},
            "en": {"title": "Privacy", "slug": "privacy", "intro": "What we keep."},
        },
        body_links_to=support,
    )
    build_contact_pages(home)
    home = HomePage.objects.get(pk=home.pk)  # its children changed its place in the tree
    fill(home, {language: {"body": body(language, support)} for language in EVERY_LANGUAGE})
    home.save_revision().publish()

    build_site_settings(site)
    let_editors_publish(home)
    return home


def build_contact_pages(home):
    contact = add_page(
        home,
        ContactPage(),
        {
            "sr-latn": {
                "title": "Pišite nam",
                "slug": "pisite",
                "intro": "Ne morate reći ko ste.",
                "sent_text": "Hvala.",
            },
            "en": {
                "title": "Write to us",
                "slug": "write",
                "intro": "You need not say who you are.",
                "sent_text": "Thanks.",
            },
            "uk": {
                "title": "Напишіть нам",
                "slug": "napyshit",
                "intro": "Не кажіть, хто ви.",
                "sent_text": "Дякуємо.",
            },
            "ar": {"title": "اكتب لنا", "slug": "uktub", "intro": "لا داعي لذكر اسمك.", "sent_text": "شكرًا."},
        },
    )
    add_page(
        contact,
        ReplyCheckPage(),
        {
            "sr-latn": {"title": "Odgovor", "slug": "odgovor", "intro": "Upišite svoj kod."},
            "en": {"title": "The reply", "slug": "reply", "intro": "Type your code."},
            "uk": {"title": "Відповідь", "slug": "vidpovid", "intro": "Введіть свій код."},
            "ar": {"title": "الرد", "slug": "al-radd", "intro": "اكتب رمزك."},
        },
    )


def build_document():
    document = get_document_model()(title="Spisak za put")
    document.file.save("spisak.txt", ContentFile("[ ] Pasoš\n[ ] Ugovor\n".encode()), save=False)
    document.save()
    return document


def build_site_settings(site):
    site_settings = SiteSettings(site=site, primary_phone="+381 11 111 2222", secondary_phone="0800 333 444")
    fill(
        site_settings,
        {
            "sr-latn": {
                "organisation_name": "Udruženje",
                "hotline_name": "Linija za pomoć",
                "primary_phone_note": "Iz inostranstva",
                "secondary_phone_note": "Besplatno u Srbiji",
                "outside_hours": "Van radnog vremena ostavite poruku.",
                "footer_text": "Pomoć je besplatna.",
            },
            "en": {
                "organisation_name": "The association",
                "hotline_name": "Help line",
                "primary_phone_note": "From abroad",
                "secondary_phone_note": "Free in Serbia",
                "outside_hours": "When we are closed, leave a message.",
                "footer_text": "Our help is free.",
            },
            "uk": {
                "organisation_name": "Асоціація",
                "hotline_name": "Лінія допомоги",
                "primary_phone_note": "З-за кордону",
                "secondary_phone_note": "Безкоштовно в Сербії",
                "outside_hours": "Коли ми зачинені, залиште повідомлення.",
                "footer_text": "Допомога безкоштовна.",
            },
            "ar": {
                "organisation_name": "الجمعية",
                "hotline_name": "خط المساعدة",
                "primary_phone_note": "من الخارج",
                "secondary_phone_note": "مجاني داخل صربيا",
                "outside_hours": "عندما نكون مغلقين، اترك رسالة.",
                "footer_text": "مساعدتنا مجانية.",
            },
        },
    )
    site_settings.opening_periods = [
        OpeningPeriod(first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17)),
        OpeningPeriod(first_day=5, last_day=5, opens=datetime.time(10), closes=datetime.time(13, 30)),
    ]
    site_settings.save()


def let_editors_publish(home):
    """As on the real site: editors publish their own pages (Wagtail's Editors group may only submit)."""
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        GroupPagePermission.objects.create(group=editors, page=home, permission=publish)
