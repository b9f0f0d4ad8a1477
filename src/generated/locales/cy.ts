
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Darllenwch ein maniffesto`,
'manifesto.call.text': `Mae ein maniffesto yn cynnig 12 cam syml ond effeithiol y gallwn ac y mae’n rhaid i ni eu cymryd tuag at system fewnfudo deg ac effeithlon sy’n gweithio i bawb.`,
'manifesto.mission.heading': `Cenhadaeth`,
'manifesto.mission.text': `Rydyn ni’n cefnogi pobl i gael bywydau boddhaus yn y DU. Rydyn ni’n herio polisïau a rhethreg hiliol a gwahaniaethol ar fewnfudo, ac yn addysgu ein cymunedau i greu newid systemig a gwella bywydau pobl sy’n symud, p’un a ydyn nhw’n symud dan orfod neu o ddewis.`,
'manifesto.narrative.heading': `Mae pobl wedi symud erioed.`,
'manifesto.narrative.p1': `I lawr y ffordd. I’r dref nesaf, i’r ddinas agosaf. Ac ydyn, weithiau mae pobl yn symud dros ffin, i wlad arall. Weithiau rydyn ni’n symud am ein bod ni’n dewis gwneud hynny, ac weithiau rydyn ni’n symud am nad oes gennym ni ddewis arall.`,
'manifesto.narrative.p2': `Fel y mae unrhyw un o’r miliynau o ddinasyddion Prydeinig sy’n byw dramor yn gwybod, mae angen gwaith caled i adeiladu cartref, dysgu’r iaith a gwneud ffrindiau mewn gwlad newydd. Ond yma gartref, mae gwleidyddion wedi adeiladu system fewnfudo sy’n aml yn ei gwneud hi’n amhosibl i bobl adeiladu a chynnal bywyd, ac sy’n fynych yn eu cosbi hyd yn oed am geisio gwneud hynny. Bob dydd, rydyn ni’n gweld straeon am fywydau, teuluoedd a chymunedau pobl yn cael eu rhwygo’n ddarnau gan lanast dryslyd o reolau cymhleth, Swyddfa Gartref sydd dan ormod o bwysau ac amgylchedd gelyniaethus. Mae’n anodd i unrhyw un hyderu y gall y system weithio’n effeithlon neu’n deg.`,
'manifesto.narrative.p3': `Dydyn ni ddim yn credu bod rhaid i bethau fod fel hyn. Rydyn ni’n credu ei bod hi’n bosibl i Brydain fod yn fan lle nad yw pobl yn dioddef dim ond am eu bod nhw’n symud. Lle mae newydd-ddyfodiaid yn ddiogel ac yn cael croeso, a chymunedau’n gryf ac yn agored. Lle mae polisi wedi’i seilio ar dystiolaeth a dynoliaeth. Man lle rydyn ni’n dweud y gwir wrth ein gilydd: ni all codi ffensys a waliau newid y ffaith bod pobl wedi symud erioed ac y byddan nhw’n parhau i wneud hynny am byth. A bod ein bywydau ni i gyd yn well oherwydd hynny.`,
'manifesto.shirt.link': `Dangoswch eich cefnogaeth gyda chrys-T People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Gweledigaeth`,
'manifesto.vision.text': `Cymdeithas lle mae pobl yn gallu byw’n ddiogel ac yn cael eu trin ag urddas a pharch cyfartal, ni waeth o ble maen nhw’n dod na sut y daethon nhw i’r DU.`,
'picker.label': `Iaith`,
'share.copied': `Dolen wedi’i chopïo`,
'share.copy': `Copïo’r ddolen`,
'share.copy.failed': `Nid oedd modd copïo’r ddolen yn awtomatig. Mae hi wedi’i dewis isod: copïwch hi â llaw.`,
'share.copy.field': `Dolen i’w rhannu`,
'share.email': `E-bost`,
'share.email.name': `Rhannu drwy e-bost`,
'share.heading': `Rhannwch hyn`,
'share.instagram.hint': `Dolen wedi’i chopïo. Gludwch hi mewn stori neu bostiad ar Instagram.`,
'share.instagram.profile': `Ewch i weld yr ymgyrch ar Instagram`,
'share.native': `Rhannu…`,
'share.native.name': `Rhannu gydag ap ar y ddyfais hon`,
'share.new-tab': `(yn agor mewn tab newydd)`,
'share.on': str`Rhannu ar ${0}`,
'values.accountability': `Atebolrwydd`,
'values.creativity': `Creadigrwydd`,
'values.equality': `Cydraddoldeb`,
'values.heading': `Ein gwerthoedd`,
'values.humanity': `Dynoliaeth`,
'values.justice': `Cyfiawnder`,
'values.solidarity': `Undod`,
    };
  