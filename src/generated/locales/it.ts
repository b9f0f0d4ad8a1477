
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Leggi il nostro manifesto`,
'manifesto.call.text': `Il nostro manifesto propone 12 passi semplici ma efficaci che possiamo e dobbiamo compiere verso un sistema di immigrazione equo ed efficiente, che funzioni per tutti.`,
'manifesto.mission.heading': `Missione`,
'manifesto.mission.text': `Sosteniamo le persone affinché possano vivere una vita appagante nel Regno Unito. Contrastiamo le politiche e la retorica razziste e discriminatorie sull’immigrazione ed educhiamo le nostre comunità per produrre un cambiamento sistemico e migliorare la vita delle persone che si spostano, sia perché costrette, sia per scelta.`,
'manifesto.narrative.heading': `Le persone si sono sempre spostate.`,
'manifesto.narrative.p1': `Qualche strada più in là. Nella cittadina accanto, nella città più vicina. E sì, a volte le persone si spostano oltre un confine, in un altro Paese. A volte ci spostiamo perché lo scegliamo, e a volte ci spostiamo perché non abbiamo altra scelta.`,
'manifesto.narrative.p2': `Come sa chiunque tra i milioni di cittadini britannici che vivono all’estero, mettere su casa, imparare la lingua e farsi degli amici in un nuovo Paese richiede molto impegno. Ma qui, nel nostro Paese, i politici hanno costruito un sistema di immigrazione che spesso rende impossibile alle persone costruirsi una vita e mantenerla, e che di frequente le punisce anche solo per averci provato. Ogni giorno vediamo storie di persone le cui vite, famiglie e comunità vengono lacerate da un groviglio caotico di regole complesse, da un ministero dell’Interno sovraccarico e da un «ambiente ostile». È difficile per chiunque avere fiducia nel fatto che il sistema possa funzionare in modo efficiente o equo.`,
'manifesto.narrative.p3': `Non crediamo che debba essere così. Crediamo che la Gran Bretagna possa essere un luogo in cui le persone non soffrano solo perché si spostano. Dove chi arriva sia al sicuro e ben accolto, e le comunità siano forti e aperte. Dove le politiche si fondino su dati concreti e sull’umanità. Un luogo in cui ci diciamo la verità: costruire recinzioni e muri non può cambiare il fatto che le persone si sono sempre spostate e sempre si sposteranno. E che la vita di tutti noi è migliore grazie a questo.`,
'manifesto.shirt.link': `Mostra il tuo sostegno con una maglietta People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Visione`,
'manifesto.vision.text': `Una società in cui le persone possano vivere in sicurezza e siano trattate con pari dignità e rispetto, indipendentemente da dove provengano o da come siano arrivate nel Regno Unito.`,
'picker.label': `Lingua`,
'share.copied': `Link copiato`,
'share.copy': `Copia link`,
'share.copy.failed': `Non è stato possibile copiare automaticamente il link. È selezionato qui sotto: copialo a mano.`,
'share.copy.field': `Link da condividere`,
'share.email': `Email`,
'share.email.name': `Condividi via email`,
'share.heading': `Condividi`,
'share.instagram.hint': `Link copiato. Incollalo in una storia o in un post di Instagram.`,
'share.instagram.profile': `Visita la campagna su Instagram`,
'share.native': `Condividi…`,
'share.native.name': `Condividi con un’app di questo dispositivo`,
'share.new-tab': `(si apre in una nuova scheda)`,
'share.on': str`Condividi su ${0}`,
'values.accountability': `Responsabilità`,
'values.creativity': `Creatività`,
'values.equality': `Uguaglianza`,
'values.heading': `I nostri valori`,
'values.humanity': `Umanità`,
'values.justice': `Giustizia`,
'values.solidarity': `Solidarietà`,
    };
  