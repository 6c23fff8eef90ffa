"""Serbian Cyrillic written from the Latin text, as a Serbian reader expects to read it.

Letters and digraphs, the words whose dž, lj or nj are two letters, what stays in Latin (addresses, names and
brands, q w x y, Roman numerals), markup that keeps its letters, broken markup, and whole pages through HTTP.
"""

import html as html_entities

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.models import HomePage, StandardPage
from home.transliteration import cyrillic_to_latin, latin_html_to_cyrillic, latin_to_cyrillic

from .builders import add_page
from .conftest import LANGUAGES, one_page_of_each_type, page_url
from .staff_helpers import sign_in_verified

PROSE = [
    ("trgovina ljudima", "трговина људима"),
    ("Ljubljana", "Љубљана"),
    ("LJUBAV", "ЉУБАВ"),
    ("njegov Njegoš NJIVA", "његов Његош ЊИВА"),
    ("džep Džungla DŽEMPER", "џеп Џунгла ЏЕМПЕР"),
    ("Đorđe, ćerka, čaša, šuma, žena", "Ђорђе, ћерка, чаша, шума, жена"),
    ("pomoć i podrška", "помоћ и подршка"),
    ("Pozovite 0800 101 010", "Позовите 0800 101 010"),
    ("Radnim danima, 9–17.", "Радним данима, 9–17."),
    ("Besplatan i poverljiv razgovor.", "Бесплатан и поверљив разговор."),
    ("Pasoš čuvajte kod sebe!", "Пасош чувајте код себе!"),
    ("Da li razgovor nešto košta?", "Да ли разговор нешто кошта?"),
    ("«Niste sami», rekla je.", "«Нисте сами», рекла је."),
    ("(Ugovor na jeziku koji razumete)", "(Уговор на језику који разумете)"),
    ("Ko smo mi; šta radimo", "Ко смо ми; шта радимо"),
    ("ČUVAJTE PASOŠ", "ЧУВАЈТЕ ПАСОШ"),
    ("Žrtve trgovine ljudima", "Жртве трговине људима"),
    ("nedelja, ponedeljak", "недеља, понедељак"),
    ("Beograd, Novi Sad, Niš", "Београд, Нови Сад, Ниш"),
    ("godine.Na sudu", "године.На суду"),
    ("To je bilo 2019. godine.Posle toga", "То је било 2019. године.После тога"),
    ("Kraj.Sledeći korak", "Крај.Следећи корак"),
    ("pitanja?Odgovori", "питања?Одговори"),
    ("prvo,drugo", "прво,друго"),
    ("Уредник је ово написао", "Уредник је ово написао"),
    ("Latinica i ћирилица", "Латиница и ћирилица"),
    ("ǈubav i ǆep", "Љубав и џеп"),
    ("ǄEP", "ЏЕП"),
]

DIGRAPHS = [
    ("injekcija", "инјекција"),
    ("Injekcije", "Инјекције"),
    ("INJEKCIJA", "ИНЈЕКЦИЈА"),
    ("injektor", "инјектор"),
    ("injicirati", "инјицирати"),
    ("injunkcija", "инјункција"),
    ("konjunktura", "конјунктура"),
    ("konjunkcija", "конјункција"),
    ("konjugacija", "конјугација"),
    ("vanjezički", "ванјезички"),
    ("Tanjug", "Танјуг"),
    ("anjon", "анјон"),
    ("nadživeti", "надживети"),
    ("nadživljavati", "надживљавати"),
    ("Nadživeće", "Надживеће"),
    ("nadžnjeti", "наджњети"),
    ("odživeti", "одживети"),
    ("odžaliti", "оджалити"),
    ("podžupan", "поджупан"),
    ("PODŽUPAN", "ПОДЖУПАН"),
    ("podžanr", "поджанр"),
    ("podžigati", "поджигати"),
    ("podžeći", "поджећи"),
    ("predžetveni", "преджетвени"),
    ("odžak", "оџак"),
    ("Odžaci", "Оџаци"),
    ("nadžak", "наџак"),
    ("kanjon", "кањон"),
    ("konj", "коњ"),
    ("konjušnica", "коњушница"),
    ("stanju", "стању"),
    ("džem", "џем"),
    ("svedočanstvo", "сведочанство"),
    ("ljudi, nju, Džejn", "људи, њу, Џејн"),
    ("poljoprivreda", "пољопривреда"),
    ("nadzirati", "надзирати"),
]

NAMES_AND_BRANDS = [
    ("Pritisnite Shift", "Притисните Shift"),
    ("u pregledaču Chrome", "у прегледачу Chrome"),
    ("na telefonu iPhone", "на телефону iPhone"),
    ("pretraga na Google", "претрага на Google"),
    ("preko WhatsApp", "преко WhatsApp"),
    ("javna Wi-Fi mreža", "јавна Wi-Fi мрежа"),
    ("fajl CSV", "фајл CSV"),
    ("poruka na Viber", "порука на Viber"),
    ("nalog na Facebook", "налог на Facebook"),
    ("Instagram i TikTok", "Instagram и TikTok"),
    ("Telegram ili Signal", "Telegram или Signal"),
    ("telefon sa Android", "телефон са Android"),
    ("Firefox, Safari, Opera, Edge", "Firefox, Safari, Opera, Edge"),
    ("Windows računar", "Windows рачунар"),
    ("adresa na Gmail", "адреса на Gmail"),
    ("snimak na YouTube", "снимак на YouTube"),
    ("Messenger i Skype", "Messenger и Skype"),
    ("dokument u PDF", "документ у PDF"),
    ("pošaljite e-mail", "пошаљите e-mail"),
    ("kupovina online", "куповина online"),
    ("URL i HTTPS", "URL и HTTPS"),
    ("pregledač Tor i VPN", "прегледач Tor и VPN"),
    ("Google Maps", "Google Maps"),
    ("iz prodavnice App Store", "из продавнице App Store"),
    ("Ctrl i Alt", "Ctrl и Alt"),
    ("GOOGLE", "GOOGLE"),
    ("google", "google"),
    ("u Googleu", "у Googleu"),
    ("na Viberu, Viberom", "на Viberu, Viberom"),
    ("Google-a", "Google-а"),
    ("e-mailom", "e-mailom"),
    ("PDF-a", "PDF-а"),
    ("na Signalu", "на Signalu"),
    ("signal je slab", "сигнал је слаб"),
    ("poslao telegram", "послао телеграм"),
    ("opera i balet", "опера и балет"),
    ("ovčiji tor", "овчији тор"),
    ("pošaljite SMS", "пошаљите СМС"),
    ("Zdravstveni sistem EU", "Здравствени систем ЕУ"),
    ("Toranj", "Торањ"),
    ("Operacija", "Операција"),
    ("Pravo na LinkedIn profil", "Право на LinkedIn профил"),
    ("iOS i macOS", "iOS и macOS"),
    ("PayPal račun", "PayPal рачун"),
    ("Western Union", "Western Union"),
    ("nijedan kolačić (cookie)", "ниједан колачић (cookie)"),
    ("vašu IP adresu", "вашу IP адресу"),
    ("u Safariju i Chrome-u", "у Safariju и Chrome-у"),
    ("na iPhone-u", "на iPhone-у"),
]

FOREIGN_LETTERS = [
    ("taxi", "taxi"),
    ("Wolt dostava", "Wolt достава"),
    ("Yettel mreža", "Yettel мрежа"),
    ("Quick exit", "Quick exit"),
    ("fajl TXT", "фајл TXT"),
    ("x-ray snimak", "x-ray снимак"),
    ("New York", "New York"),
    ("Linux i Xiaomi", "Linux и Xiaomi"),
    ("Sigurna migracija (engleski, TXT, 2 KB)", "Сигурна миграција (енглески, TXT, 2 КБ)"),
]

ROMAN_NUMERALS = [
    ("XXI vek", "XXI век"),
    ("u XIX veku", "у XIX веку"),
    ("XX veka", "XX века"),
    ("VI vek", "VI век"),
    ("I vek", "I век"),
    ("III vek", "III век"),
    ("MI smo tu", "МИ смо ту"),
    ("VI ste dobrodošli", "ВИ сте добродошли"),
    ("DA LI STE SIGURNI", "ДА ЛИ СТЕ СИГУРНИ"),
    ("I TO JE SVE", "И ТО ЈЕ СВЕ"),
    ("ČUJETE LI", "ЧУЈЕТЕ ЛИ"),
    ("DIV", "ДИВ"),
    ("II deo", "II део"),
    ("III poglavlje", "III поглавље"),
    ("član IV", "члан IV"),
    ("VIII razred", "VIII разред"),
    ("II svetski rat", "II светски рат"),
    ("MMXXVI", "MMXXVI"),
    ("vitamin C", "витамин Ц"),
    ("DVD", "ДВД"),
    ("CD i DVD", "ЦД и ДВД"),
    ("Mi", "Ми"),
    ("Vi", "Ви"),
    ("Ivan", "Иван"),
    ("MILAN", "МИЛАН"),
    ("CIVIL", "ЦИВИЛ"),
    ("VI\u00a0vek", "VI\u00a0век"),
    ("VI. Prava žrtava", "VI. Права жртава"),
    ("I. Uvod", "I. Увод"),
    ("Tu ste i VI. Dobro došli.", "Ту сте и ВИ. Добро дошли."),
]

ADDRESSES_AND_NUMBERS = [
    ("vidi https://www.example.org/pomoc/?jezik=sr sada", "види https://www.example.org/pomoc/?jezik=sr сада"),
    ("vidi www.example.rs sada", "види www.example.rs сада"),
    ("pišite na sos@example.org", "пишите на sos@example.org"),
    ("sajt example.rs", "сајт example.rs"),
    ("sajt Astra.rs.", "сајт Astra.rs."),
    ("na adresi astra.org.rs/kontakt", "на адреси astra.org.rs/kontakt"),
    ("kanal t.me/primer", "канал t.me/primer"),
    ("pozovite +381 11 785 0000", "позовите +381 11 785 0000"),
    ("godina 2002", "година 2002"),
    ("tel:+381117850000", "tel:+381117850000"),
    ("mailto:sos@example.org", "mailto:sos@example.org"),
    ("3,5 km i 12%", "3,5 км и 12%"),
    ("24/7", "24/7"),
    ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
    ("Kontakt: pomoc@astra.rs.", "Контакт: pomoc@astra.rs."),
]

CASES = {
    "prose": PROSE,
    "digraph": DIGRAPHS,
    "name": NAMES_AND_BRANDS,
    "qwxy": FOREIGN_LETTERS,
    "roman": ROMAN_NUMERALS,
    "address": ADDRESSES_AND_NUMBERS,
}
TABLE = [
    pytest.param(latin, cyrillic, id=f"{kind}: {latin}") for kind, pairs in CASES.items() for latin, cyrillic in pairs
]


def test_the_table_is_big_enough():
    assert len(TABLE) >= 150


@pytest.mark.parametrize(("latin", "cyrillic"), TABLE)
def test_latin_to_cyrillic(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


def test_a_page_is_transliterated_without_reading_a_file(monkeypatch):
    """The lists of names and digraph exceptions are read once, at start-up, never per page or per word."""
    reads = []
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: reads.append(args))
    monkeypatch.setattr("pathlib.Path.read_text", lambda *args, **kwargs: reads.append(args))

    assert latin_html_to_cyrillic("<p>Injekcija u Chrome, XXI vek.</p>") == "<p>Инјекција у Chrome, XXI век.</p>"
    assert reads == []


def test_cyrillic_to_latin_for_search():
    assert cyrillic_to_latin("Трговина људима, ЉУБАВ, Џеп") == "Trgovina ljudima, LJUBAV, Džep"


MARKUP = [
    (
        "text and labels in Cyrillic, markup untouched",
        '<p class="lead" title="Naslov"><a href="/sr/pomoc/">pomoć</a> i <b>više</b></p>'
        '<img src="/media/slika.png" alt="Slika"><script src="/static/js/site.js"></script>',
        '<p class="lead" title="Наслов"><a href="/sr/pomoc/">помоћ</a> и <b>више</b></p>'
        '<img src="/media/slika.png" alt="Слика"><script src="/static/js/site.js"></script>',
    ),
    (
        "another language and translate=no kept",
        '<a lang="sr-Latn">srpski</a> <span lang="en">English</span> <span translate="no">ASTRA</span> reč',
        '<a lang="sr-Latn">srpski</a> <span lang="en">English</span> <span translate="no">ASTRA</span> реч',
    ),
    (
        "Serbian Cyrillic lang tags transliterated",
        '<p lang="sr-Cyrl">reč</p><p lang="sr">reč</p><p lang="sr-RS">reč</p><p lang="sr-Latn-RS">reč</p>',
        '<p lang="sr-Cyrl">реч</p><p lang="sr">реч</p><p lang="sr-RS">реч</p><p lang="sr-Latn-RS">reč</p>',
    ),
    (
        "translate=yes inside translate=no",
        '<p translate="no">Settings <b translate="yes">podešavanja</b> Privacy</p>',
        '<p translate="no">Settings <b translate="yes">подешавања</b> Privacy</p>',
    ),
    (
        "Serbian inside English",
        '<div lang="en">Help <span lang="sr-Cyrl">pomoć</span> here</div>',
        '<div lang="en">Help <span lang="sr-Cyrl">помоћ</span> here</div>',
    ),
    (
        "code, keys and sample output kept",
        "<p>Pritisnite <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Delete</kbd>, upišite <code>about:blank</code>, "
        "vidite <samp>Cleared</samp> i <var>n</var></p>",
        "<p>Притисните <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Delete</kbd>, упишите <code>about:blank</code>, "
        "видите <samp>Cleared</samp> и <var>n</var></p>",
    ),
    (
        "script and style kept",
        '<script>const poruka = "tekst";</script><style>.naslov::after { content: "tekst"; }</style><p>tekst</p>',
        '<script>const poruka = "tekst";</script><style>.naslov::after { content: "tekst"; }</style><p>текст</p>',
    ),
    (
        "what a person typed kept",
        '<textarea name="message">Moja poruka &amp; pitanje</textarea><p>Poruka</p>',
        '<textarea name="message">Moja poruka &amp; pitanje</textarea><p>Порука</p>',
    ),
    (
        "values, ids, classes and addresses never transliterated",
        '<input name="q" value="trgovina" placeholder="Pretraga" id="pretraga" class="polje">'
        '<a href="/sr/pomoc/" hreflang="sr" download="spisak.pdf" aria-label="Preuzmite spisak">spisak</a>',
        '<input name="q" value="trgovina" placeholder="Претрага" id="pretraga" class="polje">'
        '<a href="/sr/pomoc/" hreflang="sr" download="spisak.pdf" aria-label="Преузмите списак">списак</a>',
    ),
    (
        "meta description in Cyrillic, other meta untouched",
        '<meta name="description" content="Pomoć žrtvama"><meta property="og:title" content="Pomoć">'
        '<meta name="viewport" content="width=device-width">',
        '<meta name="description" content="Помоћ жртвама"><meta property="og:title" content="Помоћ">'
        '<meta name="viewport" content="width=device-width">',
    ),
    (
        "labels of an element in another language kept",
        '<abbr lang="en" title="Non-governmental organisation">NGO</abbr> <abbr title="Evropska unija">EU</abbr>',
        '<abbr lang="en" title="Non-governmental organisation">NGO</abbr> <abbr title="Европска унија">ЕУ</abbr>',
    ),
    (
        "entities and comments survive",
        "<p>a &amp; b &lt;c&gt; &#8211; d<!-- napomena --></p>",
        "<p>а &amp; б &lt;ц&gt; \u2013 д<!-- napomena --></p>",
    ),
    (
        "a word joined by a no-break space",
        "<p>XXI&nbsp;vek, VI&nbsp;vek, VI&nbsp;ste</p>",
        "<p>XXI\u00a0век, VI\u00a0век, ВИ\u00a0сте</p>",
    ),
    (
        "a numbered heading and the pronoun",
        "<h2>VI. Prava žrtava</h2><p>VI ste tu. I mi.</p>",
        "<h2>VI. Права жртава</h2><p>ВИ сте ту. И ми.</p>",
    ),
    (
        "an address with an escaped ampersand stays whole",
        "<p>https://example.org/?a=1&amp;jezik=sr i dalje</p>",
        "<p>https://example.org/?a=1&amp;jezik=sr и даље</p>",
    ),
    (
        "unclosed list items inside another language",
        '<div lang="en"><ul><li>One<li>Two</ul></div><p>Srpski tekst</p>',
        '<div lang="en"><ul><li>One<li>Two</ul></div><p>Српски текст</p>',
    ),
    (
        "an unclosed list item in another language closed by the next item",
        '<ul><li lang="en">One<li>Dva</ul><p>tekst</p>',
        '<ul><li lang="en">One<li>Два</ul><p>текст</p>',
    ),
    (
        "an unclosed paragraph in another language closed by a block",
        '<p lang="en">Hello<div>Zdravo</div><p>tekst</p>',
        '<p lang="en">Hello<div>Здраво</div><p>текст</p>',
    ),
    (
        "an unclosed paragraph in another language closed by its parent",
        '<section><p lang="en">Hello</section><p>tekst</p>',
        '<section><p lang="en">Hello</section><p>текст</p>',
    ),
    (
        "an unclosed inline element in another language closed by its parent",
        '<p><span lang="en">Hello</p><p>tekst</p>',
        '<p><span lang="en">Hello</p><p>текст</p>',
    ),
    (
        "a stray end tag changes nothing",
        '<div lang="en">Hello</span> there</div><p>tekst</p></em>',
        '<div lang="en">Hello</span> there</div><p>текст</p></em>',
    ),
    (
        "a self-closed span is an open span in HTML",
        '<p><span lang="en"/>Hello</p><p>tekst</p>',
        '<p><span lang="en"/>Hello</p><p>текст</p>',
    ),
    (
        "definition list terms and table cells close each other",
        '<dl><dt lang="en">Term<dd>opis</dl><table><tr><td lang="en">Cell<td>ćelija</table><p>tekst</p>',
        '<dl><dt lang="en">Term<dd>опис</dl><table><tr><td lang="en">Cell<td>ћелија</table><p>текст</p>',
    ),
    (
        "an unclosed code element ends with its paragraph",
        "<p>Upišite <code>sudo apt<p>Zatim sačekajte</p>",
        "<p>Упишите <code>sudo apt<p>Затим сачекајте</p>",
    ),
    (
        "SVG closes its own elements",
        '<svg><title>Ikona</title><path d="M0 0"/><text lang="en">Hi</text></svg><p>tekst</p>',
        '<svg><title>Икона</title><path d="M0 0"/><text lang="en">Hi</text></svg><p>текст</p>',
    ),
    (
        "a CDATA section survives",
        "<math><![CDATA[x<y]]></math><p>reč</p>",
        "<math><![CDATA[x<y]]></math><p>реч</p>",
    ),
    (
        "a whole document",
        '<!DOCTYPE html><html lang="sr-Cyrl"><head><title>Pomoć – Linija</title></head>'
        '<body><a class="skip-link" href="#main">Preskoči</a><main id="main"><h1>Naslov</h1></main></body></html>',
        '<!DOCTYPE html><html lang="sr-Cyrl"><head><title>Помоћ – Линија</title></head>'
        '<body><a class="skip-link" href="#main">Прескочи</a><main id="main"><h1>Наслов</h1></main></body></html>',
    ),
]


@pytest.mark.parametrize(("html", "expected"), [pytest.param(*case[1:], id=case[0]) for case in MARKUP])
def test_latin_html_to_cyrillic(html, expected):
    assert latin_html_to_cyrillic(html) == expected


def latin_words_outside_marked_elements(element):
    """The words with Latin letters that a reader sees, leaving out what is marked to stay as written."""
    for marked in element.find_all(["kbd", "code", "samp", "script", "style"]):
        marked.decompose()
    for marked in element.find_all(lambda tag: "lang" in tag.attrs or tag.get("translate") == "no"):
        marked.decompose()
    words = element.get_text(" ", strip=True).split()
    return [word.strip(".,;:()") for word in words if any("a" <= letter.lower() <= "z" for letter in word)]


@pytest.mark.django_db
@pytest.mark.parametrize("model_name", ["HomePage", "ResourcePage", "SupportTypePage", "StandardPage"])
def test_cyrillic_pages_show_no_latin_where_the_editor_wrote_none(client, model_name):
    page = one_page_of_each_type()[model_name]
    html = BeautifulSoup(client.get(page_url(page, "sr")).content, "html.parser")

    assert latin_words_outside_marked_elements(html.find("main")) == []
    assert page.title_sr_latn and html.find("h1").get_text(strip=True) == latin_to_cyrillic(page.title_sr_latn)


@pytest.mark.django_db
def test_an_editors_cyrillic_field_overrides_transliteration(client):
    page = one_page_of_each_type()["SupportTypePage"]
    page.title_sr = "Уредников наслов"
    page.save_revision().publish()

    html = BeautifulSoup(client.get(page_url(page, "sr")).content, "html.parser")

    assert html.find("h1").get_text(strip=True) == "Уредников наслов"


# An article as the issue found it: names, keys, digraph exceptions, numerals, a run-on sentence, addresses, and
# a list in English whose items were never closed, followed by more Serbian.
TRICKY_BODY = (
    "<p>Pritisnite <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Delete</kbd> u pregledaču Chrome ili Firefox na "
    "telefonu iPhone. Poruke na WhatsApp i Viber brišite; javna Wi-Fi mreža nije sigurna.</p>"
    "<p>Injekcija, konjunktura, nadživeti, podžupan. U XXI veku VI niste sami. Zakon je usvojen 2017. "
    "godine.Na sudu svedočite bez straha.</p>"
    '<ul lang="en"><li>Clear browsing data<li>Close all tabs</ul>'
    '<p>Zatim otvorite <span translate="no">Settings</span> i pišite na sos@example.org ili www.example.rs.</p>'
)
TRICKY_TITLE = "Telefon: Google, Signal i Telegram"


@pytest.fixture
def tricky_page(db):
    home = HomePage.objects.get()
    return add_page(
        home,
        StandardPage(),
        {
            "sr-latn": {
                "title": TRICKY_TITLE,
                "slug": "telefon",
                "intro": "Šta da uradite.Posle toga pozovite.",
                "body": [{"type": "paragraph", "value": TRICKY_BODY}],
            },
            "en": {"title": "Your phone", "slug": "phone", "intro": "What to do."},
        },
    )


def test_a_cyrillic_page_reads_as_a_serbian_reader_expects(client, tricky_page):
    html = BeautifulSoup(client.get(page_url(tricky_page, "sr")).content, "html.parser")
    main = html.find("main")
    text = main.get_text(" ", strip=True)

    assert html.find("h1").get_text(strip=True) == "Телефон: Google, Signal и Telegram"
    # The interface (the quick exit's hint) and the text name the key alike, as it is printed on the keyboard.
    assert "Шифт" not in html.get_text() and "Схифт" not in html.get_text()
    assert "Шта да урадите.После тога позовите." in text
    assert [key.get_text() for key in main.find_all("kbd")] == ["Ctrl", "Shift", "Delete"]
    assert "Притисните Ctrl + Shift + Delete у прегледачу Chrome или Firefox на телефону iPhone." in text
    assert "Поруке на WhatsApp и Viber бришите; јавна Wi-Fi мрежа није сигурна." in text
    assert "Инјекција, конјунктура, надживети, поджупан. У XXI веку ВИ нисте сами." in text
    assert "Закон је усвојен 2017. године.На суду сведочите без страха." in text
    assert main.select_one("ul[lang=en]").get_text(" ", strip=True) == "Clear browsing data Close all tabs"
    assert "Затим отворите Settings и пишите на sos@example.org или www.example.rs." in text
    # After the list whose items were never closed, the page is Cyrillic to its end, footer included.
    assert set(latin_words_outside_marked_elements(html.body)) <= {
        "Chrome", "Firefox", "iPhone", "WhatsApp", "Viber", "Wi-Fi", "XXI", "sos@example.org", "www.example.rs",
        "Google", "Signal", "Telegram", "Shift",
    }  # fmt: skip


def test_the_latin_page_stays_as_the_editor_wrote_it(client, tricky_page):
    html = BeautifulSoup(client.get(page_url(tricky_page, "sr-latn")).content, "html.parser")
    text = html.find("main").get_text(" ", strip=True)

    assert html.find("h1").get_text(strip=True) == TRICKY_TITLE
    assert "Injekcija, konjunktura, nadživeti, podžupan. U XXI veku VI niste sami." in text


def test_description_and_title_of_a_cyrillic_page_are_cyrillic(client, tricky_page):
    html = BeautifulSoup(client.get(page_url(tricky_page, "sr")).content, "html.parser")

    assert html.title.get_text().startswith("Телефон: Google, Signal и Telegram")
    description = html.find("meta", attrs={"name": "description"})
    assert description is None or description["content"] == latin_to_cyrillic(tricky_page.intro_sr_latn)


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor-latin", password="editor-latin-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    return sign_in_verified(client, editor)


@pytest.mark.django_db
def test_the_editor_offers_keep_in_latin(editor_client):
    home = HomePage.objects.get()
    response = editor_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")

    assert response.status_code == 200
    page = html_entities.unescape(response.content.decode())
    assert '"type": "KEEP_LATIN"' in page
    assert '"description": "Keep in Latin letters on the Cyrillic page"' in page


@pytest.mark.django_db
def test_a_phrase_marked_keep_in_latin_stays_latin_on_the_cyrillic_page(editor_client, client):
    home = HomePage.objects.get()
    add_url = f"/admin/pages/add/home/standardpage/{home.pk}/"
    # The form as the editor gets it (with whatever inline panels the page has), filled in as they would.
    data = querydict_from_html(editor_client.get(add_url).content.decode(), form_id="page-edit-form")
    paragraph = '<p>Otvorite <span translate="no">Privacy and security</span> pa Podešavanja.</p>'
    data.update(
        nested_form_data(
            {
                "title_sr_latn": "Privatnost na telefonu",
                "slug_sr_latn": "privatnost-na-telefonu",
                "title_en": "Privacy on the phone",
                **{f"body_{code.replace('-', '_')}": streamfield([]) for code in LANGUAGES if code != "sr-latn"},
                "body_sr_latn": streamfield([("paragraph", rich_text(paragraph))]),
                "action-publish": "action-publish",
            }
        )
    )

    response = editor_client.post(add_url, data)

    assert response.status_code == 302
    page = StandardPage.objects.get(slug_sr_latn="privatnost-na-telefonu")
    assert '<span translate="no">Privacy and security</span>' in str(page.body_sr_latn)
    html = BeautifulSoup(client.get(page_url(page, "sr")).content, "html.parser")
    assert "Отворите Privacy and security па Подешавања." in html.find("main").get_text(" ", strip=True)
