
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Lexo manifestin tonë`,
'manifesto.call.text': `Manifesti ynë ofron 12 hapa të thjeshtë, por efektivë, që mund dhe duhet t’i hedhim drejt një sistemi imigracioni të drejtë dhe efikas, që funksionon për të gjithë.`,
'manifesto.mission.heading': `Misioni`,
'manifesto.mission.text': `Ne i mbështesim njerëzit që të bëjnë një jetë të plotë në Mbretërinë e Bashkuar. Ne kundërshtojmë politikat dhe retorikën raciste e diskriminuese për imigracionin dhe edukojmë komunitetet tona për të sjellë ndryshim sistemik dhe për të përmirësuar jetën e njerëzve që lëvizin, qoftë të detyruar, qoftë me zgjedhjen e tyre.`,
'manifesto.narrative.heading': `Njerëzit kanë lëvizur gjithmonë.`,
'manifesto.narrative.p1': `Në rrugën ngjitur. Në qytezën fqinje, në qytetin më të afërt. Dhe po, ndonjëherë njerëzit lëvizin përtej kufirit, në një vend tjetër. Ndonjëherë lëvizim sepse e zgjedhim vetë, dhe ndonjëherë lëvizim sepse nuk kemi zgjedhje tjetër.`,
'manifesto.narrative.p2': `Siç e di kushdo nga milionat e qytetarëve britanikë që jetojnë jashtë vendit, duhet punë e madhe për të ndërtuar një shtëpi, për të mësuar gjuhën dhe për të bërë miq në një vend të ri. Por këtu, në vendin tonë, politikanët kanë ndërtuar një sistem imigracioni që shpesh ua bën të pamundur njerëzve të ndërtojnë një jetë dhe ta mbajnë atë, dhe që shpeshherë i ndëshkon madje edhe për vetë përpjekjen. Çdo ditë shohim histori njerëzish, jeta, familjet dhe komunitetet e të cilëve copëtohen nga një lëmsh rregullash të ndërlikuara, nga një Ministri e Brendshme (Home Office) e mbingarkuar dhe nga politika e «mjedisit armiqësor». Është e vështirë për këdo të besojë se sistemi mund të funksionojë në mënyrë efikase ose të drejtë.`,
'manifesto.narrative.p3': `Ne nuk besojmë se duhet të jetë kështu. Besojmë se është e mundur që Britania të jetë një vend ku njerëzit nuk vuajnë vetëm sepse lëvizin. Ku të porsaardhurit janë të sigurt dhe të mirëpritur, dhe komunitetet janë të forta dhe të hapura. Ku politikat bazohen në prova dhe në humanitet. Një vend ku i themi njëri-tjetrit të vërtetën: ngritja e gardheve dhe e mureve nuk mund ta ndryshojë faktin se njerëzit kanë lëvizur gjithmonë dhe gjithmonë do të lëvizin. Dhe se jeta e të gjithë neve është më e mirë falë kësaj.`,
'manifesto.shirt.link': `Trego mbështetjen tënde me një bluzë People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Vizioni`,
'manifesto.vision.text': `Një shoqëri në të cilën njerëzit mund të jetojnë të sigurt dhe trajtohen me dinjitet e respekt të barabartë, pavarësisht se nga vijnë apo si kanë ardhur në Mbretërinë e Bashkuar.`,
'picker.label': `Gjuha`,
'share.copied': `Lidhja u kopjua`,
'share.copy': `Kopjo lidhjen`,
'share.copy.failed': `Lidhja nuk mund të kopjohej automatikisht. Është përzgjedhur më poshtë: kopjoje me dorë.`,
'share.copy.field': `Lidhja për t’u shpërndarë`,
'share.email': `Email`,
'share.email.name': `Shpërndaje me email`,
'share.heading': `Shpërndaje`,
'share.instagram.hint': `Lidhja u kopjua. Ngjite në një histori ose postim në Instagram.`,
'share.instagram.profile': `Vizito fushatën në Instagram`,
'share.native': `Shpërndaje…`,
'share.native.name': `Shpërndaje me një aplikacion në këtë pajisje`,
'share.new-tab': `(hapet në një skedë të re)`,
'share.on': str`Shpërndaje në ${0}`,
'values.accountability': `Llogaridhënie`,
'values.creativity': `Krijimtari`,
'values.equality': `Barazi`,
'values.heading': `Vlerat tona`,
'values.humanity': `Humanitet`,
'values.justice': `Drejtësi`,
'values.solidarity': `Solidaritet`,
    };
  