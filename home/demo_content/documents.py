"""Printable leaflets, loaded as Wagtail documents: plain text, so they open on any phone and print on any printer."""

DOCUMENTS = {
    "safe-migration-leaflet": {
        "title": "Bezbedna migracija: spisak pre polaska",
        "filename": "bezbedna-migracija.txt",
        "text": (
            "BEZBEDNA MIGRACIJA: PROVERITE PRE POLASKA\n"
            "SOS linija protiv trgovine ljudima – ASTRA\n"
            "\n"
            "Pre nego što odete na rad u inostranstvo, prođite kroz ovaj spisak.\n"
            "Označite svaku stavku koju ste proverili.\n"
            "\n"
            "[ ] Proverite da li agencija ili poslodavac zaista postoje: ime, adresa, iskustva drugih ljudi.\n"
            "[ ] Budite oprezni ako morate da platite da biste dobili posao, vizu ili prevoz.\n"
            "[ ] Tražite pisani ugovor na jeziku koji razumete. Pročitajte ga pre nego što potpišete.\n"
            "[ ] U ugovoru treba da piše ko je poslodavac, gde ćete raditi, koji posao, kolika je plata,\n"
            "    koliko je radno vreme i gde ćete stanovati.\n"
            "[ ] Saznajte da li smete da radite u toj zemlji i koja vam viza ili dozvola treba.\n"
            "    Pitajte ambasadu te zemlje.\n"
            "[ ] Napravite kopije pasoša, vize i ugovora. Jedan primerak ostavite porodici.\n"
            "[ ] Pasoš držite kod sebe. Ne dajte ga nikome „na čuvanje“.\n"
            "[ ] Ostavite porodici tačnu adresu gde ćete živeti i raditi, i ime poslodavca.\n"
            "[ ] Dogovorite sa porodicom kada ćete se javljati i jednu reč koja znači „treba mi pomoć“.\n"
            "[ ] Zapišite adresu i telefon ambasade ili konzulata svoje zemlje u zemlji u koju idete.\n"
            "[ ] Sačuvajte dovoljno novca za kartu do kuće.\n"
            "[ ] Ovaj list i brojeve SOS linije čuvajte na sigurnom mestu.\n"
            "\n"
            "Niste sigurni? Pozovite nas pre polaska:\n"
            "+381 11 785 0000 (sa mobilnog telefona ili iz inostranstva)\n"
            "0800 101 010 (besplatno sa fiksnih telefona u Srbiji)\n"
            "Od ponedeljka do petka, 10:00–18:00. Razgovor je poverljiv.\n"
        ),
    },
    "safe-migration-leaflet-en": {
        "title": "Safe migration: a checklist before you leave",
        "filename": "safe-migration.txt",
        "text": (
            "SAFE MIGRATION: CHECK BEFORE YOU LEAVE\n"
            "SOS hotline against human trafficking – ASTRA\n"
            "\n"
            "Before you go to work abroad, go through this list.\n"
            "Tick each point once you have checked it.\n"
            "\n"
            "[ ] Check that the agency or employer really exists: name, address, what other people say about them.\n"
            "[ ] Be careful if you have to pay to get the job, a visa or transport.\n"
            "[ ] Ask for a written contract in a language you understand. Read it before you sign.\n"
            "[ ] The contract should say who the employer is, where you will work, what the job is, the pay,\n"
            "    the working hours and where you will live.\n"
            "[ ] Find out whether you are allowed to work in that country and which visa or permit you need.\n"
            "    Ask that country's embassy.\n"
            "[ ] Make copies of your passport, visa and contract. Leave one set with your family.\n"
            "[ ] Keep your passport with you. Do not give it to anyone “for safekeeping”.\n"
            "[ ] Leave your family the exact address where you will live and work, and the employer's name.\n"
            "[ ] Agree with your family when you will call, and one word that means “I need help”.\n"
            "[ ] Write down the address and phone number of your own country's embassy or consulate there.\n"
            "[ ] Keep enough money for a ticket home.\n"
            "[ ] Keep this sheet and the hotline numbers somewhere safe.\n"
            "\n"
            "Not sure? Call us before you leave:\n"
            "+381 11 785 0000 (from a mobile phone or from abroad)\n"
            "0800 101 010 (free from landlines in Serbia)\n"
            "Monday to Friday, 10:00–18:00. The call is confidential.\n"
        ),
    },
}
