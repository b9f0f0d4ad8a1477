
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Lee nuestro manifiesto`,
'manifesto.call.text': `Nuestro manifiesto ofrece 12 pasos sencillos pero eficaces que podemos y debemos dar hacia un sistema de inmigración justo y eficiente que funcione para todo el mundo.`,
'manifesto.mission.heading': `Misión`,
'manifesto.mission.text': `Apoyamos a las personas para que tengan una vida plena en el Reino Unido. Hacemos frente a las políticas y la retórica racistas y discriminatorias sobre la inmigración y educamos a nuestras comunidades para generar un cambio sistémico y mejorar la vida de las personas que se desplazan, ya sea de manera forzada o por decisión propia.`,
'manifesto.narrative.heading': `Las personas siempre se han desplazado.`,
'manifesto.narrative.p1': `Unas calles más allá. Al pueblo de al lado, a la ciudad más cercana. Y sí, a veces las personas se desplazan al otro lado de una frontera, a otro país. A veces nos desplazamos porque así lo elegimos, y a veces nos desplazamos porque no tenemos otra opción.`,
'manifesto.narrative.p2': `Como sabe cualquiera de los millones de ciudadanos británicos que viven en el extranjero, construir un hogar, aprender el idioma y hacer amigos en un país nuevo exige mucho esfuerzo. Pero aquí, en nuestro propio país, los políticos han construido un sistema de inmigración que a menudo hace imposible que las personas construyan y mantengan una vida, y que con frecuencia las castiga por el mero hecho de intentarlo. Cada día vemos historias de personas cuyas vidas, familias y comunidades quedan destrozadas por una maraña caótica de normas complejas, un Ministerio del Interior desbordado y un «entorno hostil». A cualquiera le resulta difícil confiar en que el sistema pueda funcionar de forma eficiente o justa.`,
'manifesto.narrative.p3': `No creemos que tenga que ser así. Creemos que es posible que Gran Bretaña sea un lugar donde las personas no sufran solo por desplazarse. Donde quienes llegan estén a salvo y sean bienvenidos, y las comunidades sean fuertes y abiertas. Donde las políticas se basen en la evidencia y en la humanidad. Un lugar donde nos digamos la verdad: levantar vallas y muros no puede cambiar el hecho de que las personas siempre se han desplazado y siempre lo harán. Y que todas nuestras vidas son mejores gracias a ello.`,
'manifesto.shirt.link': `Muestra tu apoyo con una camiseta de People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Visión`,
'manifesto.vision.text': `Una sociedad en la que las personas puedan vivir a salvo y sean tratadas con la misma dignidad y el mismo respeto, independientemente de su procedencia o de cómo hayan llegado al Reino Unido.`,
'picker.label': `Idioma`,
'share.copied': `Enlace copiado`,
'share.copy': `Copiar enlace`,
'share.copy.failed': `No se pudo copiar el enlace automáticamente. Está seleccionado abajo: cópialo manualmente.`,
'share.copy.field': `Enlace para compartir`,
'share.email': `Correo electrónico`,
'share.email.name': `Compartir por correo electrónico`,
'share.heading': `Compártelo`,
'share.instagram.hint': `Enlace copiado. Pégalo en una historia o una publicación de Instagram.`,
'share.instagram.profile': `Visita la campaña en Instagram`,
'share.native': `Compartir…`,
'share.native.name': `Compartir con una aplicación de este dispositivo`,
'share.new-tab': `(se abre en una pestaña nueva)`,
'share.on': str`Compartir en ${0}`,
'values.accountability': `Responsabilidad`,
'values.creativity': `Creatividad`,
'values.equality': `Igualdad`,
'values.heading': `Nuestros valores`,
'values.humanity': `Humanidad`,
'values.justice': `Justicia`,
'values.solidarity': `Solidaridad`,
    };
  