
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Manifestomuzu okuyun`,
'manifesto.call.text': `Manifestomuz, herkes için işleyen adil ve verimli bir göç sistemine doğru atabileceğimiz ve atmamız gereken 12 basit ama etkili adım sunuyor.`,
'manifesto.mission.heading': `Misyon`,
'manifesto.mission.text': `İnsanların Birleşik Krallık’ta doyurucu bir yaşam sürmelerine destek oluyoruz. Göçe ilişkin ırkçı ve ayrımcı politikalara ve söylemlere karşı çıkıyor, sistemik bir değişim yaratmak ve ister zorla ister kendi tercihleriyle yer değiştiren insanların hayatlarını iyileştirmek için topluluklarımızı eğitiyoruz.`,
'manifesto.narrative.heading': `İnsanlar her zaman yer değiştirmiştir.`,
'manifesto.narrative.p1': `Birkaç sokak ileriye. Komşu kasabaya, en yakın şehre. Ve evet, bazen insanlar bir sınırın ötesine, başka bir ülkeye gider. Bazen bunu seçtiğimiz için yer değiştiririz, bazen de başka seçeneğimiz olmadığı için yer değiştiririz.`,
'manifesto.narrative.p2': `Yurt dışında yaşayan milyonlarca Britanya vatandaşından herhangi birinin bildiği gibi, yeni bir ülkede bir yuva kurmak, dili öğrenmek ve arkadaş edinmek çok emek ister. Ama burada, kendi ülkemizde, siyasetçiler insanların bir hayat kurmasını ve sürdürmesini çoğu zaman imkânsız kılan, üstelik denedikleri için bile onları sıklıkla cezalandıran bir göç sistemi kurdu. Her gün, insanların hayatlarının, ailelerinin ve topluluklarının karmaşık kurallardan oluşan içinden çıkılmaz bir yumak, aşırı yük altındaki bir İçişleri Bakanlığı ve bir “düşmanca ortam” yüzünden paramparça olduğunu anlatan haberler görüyoruz. Sistemin verimli ya da adil biçimde işleyebileceğine güvenmek herkes için zor.`,
'manifesto.narrative.p3': `Bunun böyle olmak zorunda olduğuna inanmıyoruz. Britanya’nın, insanların sırf yer değiştirdikleri için acı çekmediği bir yer olabileceğine inanıyoruz. Yeni gelenlerin güvende olduğu ve hoş karşılandığı, toplulukların güçlü ve açık olduğu bir yer. Politikaların kanıtlara ve insanlığa dayandığı bir yer. Birbirimize gerçeği söylediğimiz bir yer: Çitler çekip duvarlar örmek, insanların her zaman yer değiştirdiği ve her zaman da değiştireceği gerçeğini ortadan kaldıramaz. Ve hepimizin hayatının bu sayede daha iyi olduğu gerçeğini de.`,
'manifesto.shirt.link': `Bir People Move tişörtüyle desteğinizi gösterin`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Vizyon`,
'manifesto.vision.text': `Nereli olduklarına ya da Birleşik Krallık’a nasıl geldiklerine bakılmaksızın, insanların güven içinde yaşayabildiği ve eşit onur ve saygıyla muamele gördüğü bir toplum.`,
'picker.label': `Dil`,
'share.copied': `Bağlantı kopyalandı`,
'share.copy': `Bağlantıyı kopyala`,
'share.copy.failed': `Bağlantı otomatik olarak kopyalanamadı. Aşağıda seçili durumda: Elle kopyalayın.`,
'share.copy.field': `Paylaşılacak bağlantı`,
'share.email': `E-posta`,
'share.email.name': `E-postayla paylaş`,
'share.heading': `Paylaşın`,
'share.instagram.hint': `Bağlantı kopyalandı. Bir Instagram hikâyesine veya gönderisine yapıştırın.`,
'share.instagram.profile': `Kampanyayı Instagram’da ziyaret edin`,
'share.native': `Paylaş…`,
'share.native.name': `Bu cihazdaki bir uygulamayla paylaş`,
'share.new-tab': `(yeni sekmede açılır)`,
'share.on': str`${0} üzerinden paylaş`,
'values.accountability': `Hesap verebilirlik`,
'values.creativity': `Yaratıcılık`,
'values.equality': `Eşitlik`,
'values.heading': `Değerlerimiz`,
'values.humanity': `İnsanlık`,
'values.justice': `Adalet`,
'values.solidarity': `Dayanışma`,
    };
  