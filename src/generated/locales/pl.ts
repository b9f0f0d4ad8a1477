
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Przeczytaj nasz manifest`,
'manifesto.call.text': `Nasz manifest proponuje 12 prostych, ale skutecznych kroków, które możemy i musimy podjąć na drodze do sprawiedliwego i sprawnego systemu imigracyjnego, który służy wszystkim.`,
'manifesto.mission.heading': `Misja`,
'manifesto.mission.text': `Wspieramy ludzi, aby mogli wieść w Wielkiej Brytanii spełnione życie. Przeciwstawiamy się rasistowskiej i dyskryminującej polityce oraz retoryce dotyczącej imigracji i edukujemy nasze społeczności, aby doprowadzić do zmian systemowych i poprawić życie ludzi, którzy się przemieszczają – czy to z przymusu, czy z wyboru.`,
'manifesto.narrative.heading': `Ludzie od zawsze się przemieszczają.`,
'manifesto.narrative.p1': `Parę ulic dalej. Do sąsiedniego miasteczka, do najbliższego miasta. I owszem, czasem ludzie przenoszą się za granicę, do innego kraju. Czasem przenosimy się, bo sami tak postanawiamy, a czasem przenosimy się, bo nie mamy innego wyboru.`,
'manifesto.narrative.p2': `Jak wie każdy z milionów obywateli brytyjskich mieszkających za granicą, zbudowanie domu, nauka języka i nawiązanie przyjaźni w nowym kraju wymagają ciężkiej pracy. Tymczasem tu, u nas, politycy zbudowali system imigracyjny, który często uniemożliwia ludziom zbudowanie sobie życia i utrzymanie go, a nierzadko karze ich już za samą próbę. Każdego dnia widzimy historie ludzi, których życie, rodziny i społeczności zostają rozbite przez splątany gąszcz skomplikowanych przepisów, przeciążone Ministerstwo Spraw Wewnętrznych (Home Office) i politykę „wrogiego środowiska”. Trudno komukolwiek uwierzyć, że ten system może działać sprawnie czy sprawiedliwie.`,
'manifesto.narrative.p3': `Nie wierzymy, że tak musi być. Wierzymy, że Wielka Brytania może być miejscem, w którym ludzie nie cierpią tylko dlatego, że się przemieszczają. Gdzie nowo przybyli są bezpieczni i mile widziani, a społeczności są silne i otwarte. Gdzie polityka opiera się na dowodach i człowieczeństwie. Miejscem, w którym mówimy sobie nawzajem prawdę: budowanie płotów i murów nie zmieni faktu, że ludzie zawsze się przemieszczali i zawsze będą się przemieszczać. I że dzięki temu życie nas wszystkich jest lepsze.`,
'manifesto.shirt.link': `Okaż swoje poparcie koszulką People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Wizja`,
'manifesto.vision.text': `Społeczeństwo, w którym ludzie mogą żyć bezpiecznie i są traktowani z równą godnością i szacunkiem, bez względu na to, skąd pochodzą i w jaki sposób przybyli do Wielkiej Brytanii.`,
'picker.label': `Język`,
'share.copied': `Skopiowano link`,
'share.copy': `Kopiuj link`,
'share.copy.failed': `Nie udało się automatycznie skopiować linku. Jest zaznaczony poniżej: skopiuj go ręcznie.`,
'share.copy.field': `Link do udostępnienia`,
'share.email': `E-mail`,
'share.email.name': `Udostępnij e-mailem`,
'share.heading': `Udostępnij`,
'share.instagram.hint': `Skopiowano link. Wklej go do relacji lub posta na Instagramie.`,
'share.instagram.profile': `Odwiedź kampanię na Instagramie`,
'share.native': `Udostępnij…`,
'share.native.name': `Udostępnij za pomocą aplikacji na tym urządzeniu`,
'share.new-tab': `(otwiera się w nowej karcie)`,
'share.on': str`Udostępnij przez ${0}`,
'values.accountability': `Odpowiedzialność`,
'values.creativity': `Kreatywność`,
'values.equality': `Równość`,
'values.heading': `Nasze wartości`,
'values.humanity': `Człowieczeństwo`,
'values.justice': `Sprawiedliwość`,
'values.solidarity': `Solidarność`,
    };
  