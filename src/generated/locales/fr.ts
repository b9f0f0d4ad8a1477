
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'manifesto.call.link': `Lisez notre manifeste`,
'manifesto.call.text': `Notre manifeste propose 12 mesures simples mais efficaces que nous pouvons et devons prendre pour avancer vers un système d’immigration juste et efficient, qui fonctionne pour tout le monde.`,
'manifesto.mission.heading': `Mission`,
'manifesto.mission.text': `Nous soutenons les personnes pour qu’elles puissent mener une vie épanouie au Royaume-Uni. Nous contestons les politiques et les discours racistes et discriminatoires sur l’immigration, et nous menons un travail d’éducation auprès de nos communautés pour susciter un changement systémique et améliorer la vie des personnes qui se déplacent, qu’elles le fassent par contrainte ou par choix.`,
'manifesto.narrative.heading': `Les gens se sont toujours déplacés.`,
'manifesto.narrative.p1': `Au bout de la rue. Dans la petite ville voisine, dans la grande ville la plus proche. Et oui, parfois, les gens se déplacent par-delà une frontière, vers un autre pays. Parfois, nous nous déplaçons parce que nous le choisissons, et parfois, nous nous déplaçons parce que nous n’avons pas d’autre choix.`,
'manifesto.narrative.p2': `Comme le sait chacun des millions de citoyens britanniques qui vivent à l’étranger, il faut beaucoup d’efforts pour se construire un foyer, apprendre la langue et se faire des amis dans un nouveau pays. Mais ici, dans notre propre pays, les responsables politiques ont bâti un système d’immigration qui empêche souvent les gens de se construire une vie et de la préserver, et qui les punit fréquemment rien que pour avoir essayé. Chaque jour, nous découvrons des histoires de personnes dont la vie, la famille et la communauté sont déchirées par un fouillis inextricable de règles complexes, un ministère de l’Intérieur débordé et un « environnement hostile ». Il est difficile pour quiconque d’avoir confiance dans la capacité du système à fonctionner de manière efficiente ou équitable.`,
'manifesto.narrative.p3': `Nous ne croyons pas qu’il doive en être ainsi. Nous croyons qu’il est possible pour la Grande-Bretagne d’être un endroit où les gens ne souffrent pas simplement parce qu’ils se déplacent. Où les personnes nouvellement arrivées sont en sécurité et bienvenues, et où les communautés sont fortes et ouvertes. Où les politiques publiques reposent sur des données probantes et sur l’humanité. Un endroit où nous nous disons la vérité : ériger des clôtures et des murs ne peut pas changer le fait que les gens se sont toujours déplacés et se déplaceront toujours. Et que toutes nos vies en sont meilleures.`,
'manifesto.shirt.link': `Montrez votre soutien avec un t-shirt People Move`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Vision`,
'manifesto.vision.text': `Une société dans laquelle les personnes peuvent vivre en sécurité et sont traitées avec la même dignité et le même respect, d’où qu’elles viennent et quelle que soit la façon dont elles sont arrivées au Royaume-Uni.`,
'picker.label': `Langue`,
'share.copied': `Lien copié`,
'share.copy': `Copier le lien`,
'share.copy.failed': `Le lien n’a pas pu être copié automatiquement. Il est sélectionné ci-dessous : copiez-le manuellement.`,
'share.copy.field': `Lien à partager`,
'share.email': `E-mail`,
'share.email.name': `Partager par e-mail`,
'share.heading': `Partagez`,
'share.instagram.hint': `Lien copié. Collez-le dans une story ou une publication Instagram.`,
'share.instagram.profile': `Retrouvez la campagne sur Instagram`,
'share.native': `Partager…`,
'share.native.name': `Partager avec une application de cet appareil`,
'share.new-tab': `(s’ouvre dans un nouvel onglet)`,
'share.on': str`Partager sur ${0}`,
'values.accountability': `Responsabilité`,
'values.creativity': `Créativité`,
'values.equality': `Égalité`,
'values.heading': `Nos valeurs`,
'values.humanity': `Humanité`,
'values.justice': `Justice`,
'values.solidarity': `Solidarité`,
    };
  