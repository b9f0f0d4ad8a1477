
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Citește manifestul nostru`,
'manifesto.call.text': `Manifestul nostru propune 12 pași simpli, dar eficace, pe care putem și trebuie să îi facem spre un sistem de imigrație echitabil și eficient, care să funcționeze pentru toată lumea.`,
'manifesto.mission.heading': `Misiune`,
'manifesto.mission.text': `Sprijinim oamenii ca să poată duce o viață împlinită în Regatul Unit. Contestăm politicile și retorica rasiste și discriminatorii privind imigrația și ne educăm comunitățile pentru a produce o schimbare sistemică și a îmbunătăți viețile oamenilor care se mută, fie că o fac forțați, fie din proprie alegere.`,
'manifesto.narrative.heading': `Oamenii s-au mutat dintotdeauna.`,
'manifesto.narrative.p1': `La câteva străzi mai încolo. În localitatea vecină, în cel mai apropiat oraș. Și da, uneori oamenii se mută peste graniță, în altă țară. Uneori ne mutăm pentru că așa alegem și uneori ne mutăm pentru că nu avem altă alegere.`,
'manifesto.narrative.p2': `Așa cum știe oricare dintre milioanele de cetățeni britanici care trăiesc în străinătate, e nevoie de multă muncă pentru a-ți construi un cămin, a învăța limba și a-ți face prieteni într-o țară nouă. Dar aici, acasă, politicienii au construit un sistem de imigrație care adesea le face imposibil oamenilor să-și construiască și să-și mențină o viață și care deseori îi pedepsește chiar și pentru simplul fapt că încearcă. În fiecare zi vedem povești despre oameni ale căror vieți, familii și comunități sunt destrămate de un hățiș încâlcit de reguli complicate, de un Minister de Interne (Home Office) suprasolicitat și de politica „mediului ostil”. Oricui îi este greu să aibă încredere că sistemul poate funcționa eficient sau echitabil.`,
'manifesto.narrative.p3': `Nu credem că trebuie să fie așa. Credem că este posibil ca Marea Britanie să fie un loc în care oamenii nu suferă doar pentru că se mută. Unde noii veniți sunt în siguranță și bineveniți, iar comunitățile sunt puternice și deschise. Unde politicile se bazează pe dovezi și pe umanitate. Un loc în care ne spunem unii altora adevărul: construirea de garduri și ziduri nu poate schimba faptul că oamenii s-au mutat dintotdeauna și se vor muta mereu. Și că viețile noastre, ale tuturor, sunt mai bune datorită acestui lucru.`,
'manifesto.shirt.link': `Arată-ți susținerea cu un tricou People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Viziune`,
'manifesto.vision.text': `O societate în care oamenii pot trăi în siguranță și sunt tratați cu aceeași demnitate și cu același respect, indiferent de unde provin sau de felul în care au ajuns în Regatul Unit.`,
'picker.label': `Limbă`,
'share.copied': `Linkul a fost copiat`,
'share.copy': `Copiază linkul`,
'share.copy.failed': `Linkul nu a putut fi copiat automat. Este selectat mai jos: copiază-l manual.`,
'share.copy.field': `Link de distribuit`,
'share.email': `E-mail`,
'share.email.name': `Distribuie prin e-mail`,
'share.heading': `Distribuie`,
'share.instagram.hint': `Linkul a fost copiat. Lipește-l într-o poveste sau într-o postare pe Instagram.`,
'share.instagram.profile': `Vizitează campania pe Instagram`,
'share.native': `Distribuie…`,
'share.native.name': `Distribuie printr-o aplicație de pe acest dispozitiv`,
'share.new-tab': `(se deschide într-o filă nouă)`,
'share.on': str`Distribuie pe ${0}`,
'values.accountability': `Responsabilitate`,
'values.creativity': `Creativitate`,
'values.equality': `Egalitate`,
'values.heading': `Valorile noastre`,
'values.humanity': `Umanitate`,
'values.justice': `Dreptate`,
'values.solidarity': `Solidaritate`,
    };
  