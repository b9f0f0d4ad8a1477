
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Leia o nosso manifesto`,
'manifesto.call.text': `O nosso manifesto apresenta 12 passos simples, mas eficazes, que podemos e devemos dar rumo a um sistema de imigração justo e eficiente, que funcione para todos.`,
'manifesto.mission.heading': `Missão`,
'manifesto.mission.text': `Apoiamos as pessoas para que tenham vidas plenas no Reino Unido. Contestamos as políticas e os discursos racistas e discriminatórios sobre a imigração e educamos as nossas comunidades para gerar uma mudança sistémica e melhorar a vida das pessoas que mudam de lugar, quer sejam obrigadas a fazê-lo, quer o façam por escolha.`,
'manifesto.narrative.heading': `As pessoas sempre mudaram de lugar.`,
'manifesto.narrative.p1': `Para a rua ao lado. Para a vila vizinha, para a cidade mais próxima. E sim, às vezes as pessoas atravessam uma fronteira, rumo a outro país. Às vezes mudamos de lugar porque escolhemos fazê-lo, e às vezes mudamos de lugar porque não temos outra escolha.`,
'manifesto.narrative.p2': `Como sabe qualquer um dos milhões de cidadãos britânicos que vivem no estrangeiro, é preciso muito esforço para construir um lar, aprender a língua e fazer amigos num novo país. Mas aqui, no nosso próprio país, os políticos construíram um sistema de imigração que muitas vezes torna impossível que as pessoas construam e mantenham uma vida, e que frequentemente as pune só por tentarem. Todos os dias vemos histórias de pessoas cujas vidas, famílias e comunidades são despedaçadas por um emaranhado confuso de regras complexas, por um Ministério do Interior sobrecarregado e por um «ambiente hostil». É difícil para qualquer pessoa confiar que o sistema possa funcionar de forma eficiente ou justa.`,
'manifesto.narrative.p3': `Não acreditamos que tenha de ser assim. Acreditamos que é possível que a Grã-Bretanha seja um lugar onde as pessoas não sofram só por mudarem de lugar. Onde quem chega esteja em segurança e seja bem-vindo, e as comunidades sejam fortes e abertas. Onde as políticas se baseiem em dados concretos e em humanidade. Um lugar onde digamos a verdade uns aos outros: construir cercas e muros não pode alterar o facto de que as pessoas sempre mudaram de lugar e sempre o farão. E que a vida de todos nós é melhor por isso.`,
'manifesto.shirt.link': `Mostre o seu apoio com uma t-shirt People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Visão`,
'manifesto.vision.text': `Uma sociedade em que as pessoas possam viver em segurança e sejam tratadas com igual dignidade e respeito, independentemente da sua origem ou da forma como chegaram ao Reino Unido.`,
'picker.label': `Idioma`,
'share.copied': `Link copiado`,
'share.copy': `Copiar link`,
'share.copy.failed': `Não foi possível copiar o link automaticamente. Está selecionado abaixo: copie-o manualmente.`,
'share.copy.field': `Link para partilhar`,
'share.email': `E-mail`,
'share.email.name': `Partilhar por e-mail`,
'share.heading': `Partilhe`,
'share.instagram.hint': `Link copiado. Cole-o numa história ou publicação do Instagram.`,
'share.instagram.profile': `Visite a campanha no Instagram`,
'share.native': `Partilhar…`,
'share.native.name': `Partilhar com uma aplicação deste dispositivo`,
'share.new-tab': `(abre num novo separador)`,
'share.on': str`Partilhar no ${0}`,
'values.accountability': `Responsabilização`,
'values.creativity': `Criatividade`,
'values.equality': `Igualdade`,
'values.heading': `Os nossos valores`,
'values.humanity': `Humanidade`,
'values.justice': `Justiça`,
'values.solidarity': `Solidariedade`,
    };
  