
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Akhri baaqayaga`,
'manifesto.call.text': `Baaqayagu wuxuu soo bandhigayaa 12 tallaabo oo fudud balse waxtar leh oo aynu qaadi karno, waajibna ay inagu tahay inaynu qaadno, si aynu ugu dhaqaaqno dhinaca nidaam socdaal oo cadaalad ah oo hufan, una shaqeeya qof kasta.`,
'manifesto.mission.heading': `Hadafka`,
'manifesto.mission.text': `Waxaannu taageernaa dadka si ay nolol buuxda oo qanacsan ugu yeeshaan Boqortooyada Ingiriiska. Waxaannu ka hor istaagnaa siyaasadaha iyo hadallada cunsuriyadda iyo takoorka ku dhisan ee ku saabsan socdaalka, waxaannuna wax barnaa bulshooyinkayaga si loo keeno isbeddel nidaameed loona hagaajiyo nolosha dadka guura, ha ku guuraan qasab ama doorasho.`,
'manifesto.narrative.heading': `Dadku had iyo jeer way guuri jireen.`,
'manifesto.narrative.p1': `Ilaa dhammaadka waddada. Ilaa magaalada yar ee xigta, ilaa magaalada weyn ee ugu dhow. Haa, oo mararka qaarkood dadku xuduud bay ka gudbaan oo u guuraan dal kale. Mararka qaarkood waynu guurnaa sababtoo ah sidaas ayaynu doorannaa, mararka qaarkoodna waynu guurnaa sababtoo ah ma haysanno doorasho kale.`,
'manifesto.narrative.p2': `Sida uu og yahay qof kasta oo ka mid ah malaayiinta muwaadiniinta Ingiriiska ee dibadda ku nool, in dal cusub guri laga dhigto, luqaddiisa la barto, saaxiibona lagu yeesho waxay u baahan tahay dadaal badan. Laakiin halkan dalkeenna, siyaasiyiintu waxay dhiseen nidaam socdaal oo inta badan ka dhiga wax aan suurtagal ahayn in dadku nolol dhistaan oo ay sii wataan, marar badanna ku ciqaaba xitaa isku dayga oo keliya. Maalin kasta waxaynu aragnaa sheekooyin ku saabsan nolosha dadka, qoysaskooda iyo bulshooyinkooda oo ay kala jajabinayaan xeerar kakan oo qasan oo isku murgay, Wasaaradda Arrimaha Gudaha (Home Office) oo culays xad-dhaaf ah saaran yahay, iyo siyaasadda ‘jawiga cadaawadda’. Way adag tahay in qof kastaa aamino in nidaamku si hufan ama si cadaalad ah u shaqayn karo.`,
'manifesto.narrative.p3': `Waxaannu aaminsannahay in aanay qasab ahayn in xaalku sidan ahaado. Waxaannu aaminsannahay in ay suurtagal tahay in dalka Ingiriisku noqdo meel aanay dadku ku silcin guuritaankooda oo keliya dartiis. Meel ammaan u ah oo soo dhaweysa dadka cusub ee yimaada, bulshooyinkeeduna ay xooggan yihiin oo furfuran yihiin. Meel siyaasaddu ku salaysan tahay caddaymo iyo bini'aadannimo. Meel aynu runta isu sheegno: dhisidda xayndaabyo iyo darbiyo ma beddeli karto xaqiiqada ah in dadku had iyo jeer guuri jireen, weligoodna ay sii guuri doonaan. Iyo in taasi ay ka dhigto nolosheenna oo dhan mid ka wanaagsan.`,
'manifesto.shirt.link': `Ku muuji taageeradaada funaanad People Move ah`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Aragtida`,
'manifesto.vision.text': `Bulsho ay dadku si ammaan ah ugu noolaan karaan, sharaf iyo ixtiraam sinanna loogula dhaqmo, iyadoon loo eegin halka ay ka soo jeedaan ama sida ay ku yimaadeen Boqortooyada Ingiriiska.`,
'picker.label': `Luqadda`,
'share.copied': `Linkiga waa la koobiyeeyay`,
'share.copy': `Koobiyee linkiga`,
'share.copy.failed': `Linkiga si toos ah looma koobiyeyn karin. Wuxuu hoos ku jiraa isagoo la doortay: gacanta ku koobiyee.`,
'share.copy.field': `Linkiga la wadaagayo`,
'share.email': `Iimayl`,
'share.email.name': `Ku wadaag iimayl`,
'share.heading': `Wadaag tan`,
'share.instagram.hint': `Linkiga waa la koobiyeeyay. Ku dheji sheeko (story) ama qoraal (post) Instagram ah.`,
'share.instagram.profile': `Ololaha ku booqo Instagram`,
'share.native': `Wadaag…`,
'share.native.name': `Ku wadaag barnaamij ku jira qalabkan`,
'share.new-tab': `(wuxuu ku furmayaa tab cusub)`,
'share.on': str`Ku wadaag ${0}`,
'values.accountability': `Isla xisaabtan`,
'values.creativity': `Hal-abuur`,
'values.equality': `Sinnaan`,
'values.heading': `Qiyamkayaga`,
'values.humanity': `Bini'aadannimo`,
'values.justice': `Cadaalad`,
'values.solidarity': `Wadajir`,
    };
  