
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'picker.label': `Language`,
'manifesto.title': `People Move`,
'manifesto.vision.heading': `Vision`,
'manifesto.vision.text': `A society in which people are able to live safely and are treated with equal dignity and respect, regardless of where they are from or how they came to the UK.`,
'manifesto.mission.heading': `Mission`,
'manifesto.mission.text': `We support people to have fulfilling lives in the UK. We challenge racists and discriminatory policies and rhetoric on immigration and educate our communities to create systemic change and improve the lives of people who move, whether they move by force or by choice.`,
'manifesto.narrative.heading': `People have always moved.`,
'manifesto.narrative.p1': `Down the road. To the next town, to the nearest city. And yes, sometimes people move across a border, to another country. Sometimes we move because we choose to, and sometimes we move because we have no other choice.`,
'manifesto.narrative.p2': `As any of the millions of British citizens living abroad know, it takes hard work to build a home, learn the language and make friends in a new country. But here at home, politicians have built an immigration system that often makes it impossible for people to build and maintain a life and it frequently punishes them for even trying. Every day we see stories about people’s lives, families and communities being torn apart by a tangled mess of complex rules, an overstretched Home Office and a hostile environment. It’s hard for anyone to trust that the system can work efficiently or fairly.`,
'manifesto.narrative.p3': `We don’t believe it has to be this way. We believe it’s possible for Britain to be a place where people don’t suffer just because they move. Where newcomers are safe and welcome and communities are strong and open. Where policy is grounded in evidence and humanity. A place where we tell each other the truth: building fences and walls cannot change the fact that people have always moved and always will. And that all our lives are better because of it.`,
'manifesto.call.text': `Our manifesto offers 12 simple but effective steps that we can and must take towards a fair and efficient immigration system that works for everyone.`,
'manifesto.call.link': `Read our manifesto`,
'manifesto.shirt.link': `Show your support with a People Move t-shirt`,
'share.heading': `Share this`,
'share.on': str`Share on ${0}`,
'share.email': `Email`,
'share.email.name': `Share by email`,
'share.native': `Share…`,
'share.native.name': `Share with an app on this device`,
'share.copy': `Copy link`,
'share.copied': `Link copied`,
'share.copy.failed': `The link could not be copied automatically. It is selected below: copy it by hand.`,
'share.copy.field': `Link to share`,
'share.instagram.hint': `Link copied. Paste it into an Instagram story or post.`,
'share.instagram.profile': `Visit the campaign on Instagram`,
'share.new-tab': `(opens in a new tab)`,
'values.heading': `Our values`,
'values.justice': `Justice`,
'values.equality': `Equality`,
'values.humanity': `Humanity`,
'values.solidarity': `Solidarity`,
'values.creativity': `Creativity`,
'values.accountability': `Accountability`,
    };
  