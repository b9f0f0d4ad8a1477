
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `ማኒፈስቶና ኣንብቡ`,
'manifesto.call.text': `ማኒፈስቶና፣ ናብ ንኹሉ ዝጠቅም ፍትሓውን ብቑዕን ስርዓት ኢሚግሬሽን ንምብጻሕ ክንወስዶም እንኽእልን ግድን ክንወስዶም ዘሎናን 12 ቀለልቲ ግን ውጽኢታውያን ስጉምትታት የቕርብ።`,
'manifesto.mission.heading': `ተልእኾ`,
'manifesto.mission.text': `ሰባት ኣብ ብሪጣንያ ዕጉብ ህይወት ክመርሑ ንድግፎም። ኣብ ጉዳይ ኢሚግሬሽን ዓሌታውነትን ኣድልዎን ዘንጸባርቑ ፖሊሲታትን ዘረባታትን ንቃወም፣ ስርዓታዊ ለውጢ ንምምጻእን ህይወት ናይቶም ብግዲ ይኹን ብድሌት ዝግዕዙ ሰባት ንምምሕያሽን ድማ ንማሕበረሰባትና ነምህር።`,
'manifesto.narrative.heading': `ሰባት ወትሩ ካብ ቦታ ናብ ቦታ ክግዕዙ ጸኒሖም እዮም።`,
'manifesto.narrative.p1': `ናብቲ ጫፍ ጎደና። ናብታ ቀጺላ ዘላ ንእሽቶ ከተማ፣ ናብታ ኣዝያ ትቐርብ ዓባይ ከተማ። እወ፣ ሓደ ሓደ ግዜ ድማ ሰባት ዶብ ሰጊሮም ናብ ካልእ ሃገር ይግዕዙ። ሓደ ሓደ ግዜ ስለ እንመርጽ ኢና እንግዕዝ፣ ሓደ ሓደ ግዜ ድማ ካልእ ምርጫ ስለ ዘይብልና ኢና እንግዕዝ።`,
'manifesto.narrative.p2': `ከምቲ ካብቶም ኣብ ወጻኢ ዝነብሩ ሚልዮናት ዜጋታት ብሪጣንያ ዝኾነ ሰብ ዝፈልጦ፣ ኣብ ሓድሽ ሃገር ገዛ ምቛም፣ ቋንቋ ምምሃርን ኣዕሩኽ ምርካብን ብርቱዕ ጻዕሪ ይሓትት። ኣብዚ ኣብ ሃገርና ግን፣ ፖለቲከኛታት፣ ንሰባት ህይወት ምህናጽን ምዕቃብን መብዛሕትኡ ግዜ ዘይከኣል ዝገብርን፣ ስለ ዝፈተኑ ጥራይ እኳ ብተደጋጋሚ ዝቐጽዖምን ስርዓት ኢሚግሬሽን ሃኒጾም። መዓልቲ መዓልቲ፣ ህይወት ሰባት፣ ስድራቤታትን ማሕበረሰባትን ብዝተጠላለፈ ዕግርግር ውስብስብ ሕግታት፣ ልዕሊ ዓቕሙ ብዝተጻዕነ ሚኒስትሪ ውሽጣዊ ጉዳያት (ሆም ኦፊስ)፣ ከምኡ’ውን ብፖሊሲ «ጸላኢ ሃዋህው» ክበታተኑ ከለዉ ዘርኢ ዛንታታት ንርኢ። እቲ ስርዓት ብብቕዓት ወይ ብፍትሓዊ መንገዲ ክሰርሕ ከም ዝኽእል ዝኾነ ሰብ ክኣምን ከቢድ እዩ።`,
'manifesto.narrative.p3': `ከምዚ ክኸውን ኣለዎ ኢልና ኣይንኣምንን። ብሪጣንያ፣ ሰባት ስለ ዝግዕዙ ጥራይ ዘይሳቐዩሉ ቦታ ክትከውን ከም እትኽእል ንኣምን። ሓደስቲ መጻእቲ ውሑሳትን ተቐባልነት ዘለዎምን፣ ማሕበረሰባት ድማ ሓያላትን ክፉታትን ዝኾኑሉ ቦታ። ፖሊሲ ኣብ መርትዖን ሰብኣውነትን ዝተመስረተሉ ቦታ። ንሓድሕድና ሓቂ እንነጋገረሉ ቦታ፦ ሓጹርን መንደቕን ምህናጽ፣ ሰባት ወትሩ ክግዕዙ ጸኒሖም ንወትሩ ድማ ክግዕዙ እዮም ዝብል ሓቂ ክቕይሮ ኣይክእልን። ከምኡ’ውን በዚ ምኽንያት ህይወት ኩላትና ዝሓሸ ምዃኑ።`,
'manifesto.shirt.link': `ብናይ People Move ማልያ ደገፍኩም ኣርእዩ`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `ራእይ`,
'manifesto.vision.text': `ሰባት፣ ካበይ ከም ዝመጹ ወይ ብኸመይ ናብ ብሪጣንያ ከም ዝኣተዉ ብዘየገድስ፣ ብድሕንነት ክነብሩ ዝኽእሉሉን ብማዕረ ክብርን ኣኽብሮትን ዝተሓዙሉን ሕብረተሰብ።`,
'picker.label': `ቋንቋ`,
'share.copied': `እቲ ሊንክ ተቐዲሑ ኣሎ`,
'share.copy': `ሊንክ ቕድሑ`,
'share.copy.failed': `እቲ ሊንክ ብዓርሱ ክቕዳሕ ኣይከኣለን። ኣብ ታሕቲ ተመሪጹ ኣሎ፦ ባዕልኹም ቕድሕዎ።`,
'share.copy.field': `ንምክፋል ዝኸውን ሊንክ`,
'share.email': `ኢመይል`,
'share.email.name': `ብኢመይል ኣካፍሉ`,
'share.heading': `ነዚ ኣካፍሉ`,
'share.instagram.hint': `እቲ ሊንክ ተቐዲሑ ኣሎ። ኣብ Instagram ስቶሪ ወይ ፖስት ለጥፍዎ።`,
'share.instagram.profile': `ነቲ ጎስጓስ ኣብ Instagram ብጽሕዎ`,
'share.native': `ኣካፍሉ…`,
'share.native.name': `ኣብዚ መሳርሒ ብዘሎ ኣፕሊኬሽን ኣካፍሉ`,
'share.new-tab': `(ኣብ ሓድሽ ታብ ይኽፈት)`,
'share.on': str`ኣብ ${0} ኣካፍሉ`,
'values.accountability': `ተሓታትነት`,
'values.creativity': `ፈጠራውነት`,
'values.equality': `ማዕርነት`,
'values.heading': `ክብርታትና`,
'values.humanity': `ሰብኣውነት`,
'values.justice': `ፍትሒ`,
'values.solidarity': `ሓድነት`,
    };
  