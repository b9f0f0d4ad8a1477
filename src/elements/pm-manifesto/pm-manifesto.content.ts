import {msg} from '../../i18n/localization.js';
import {vision} from '../../campaign/vision.content.js';

/**
 * Every string <pm-manifesto> shows, word for word from the campaign's page
 * (test/fixtures/people-move.en.txt). Call these while rendering, so each
 * returns the text in the language of the element being rendered.
 */
export const manifestoContent = {
  title: () =>
    msg('People Move', {
      id: 'manifesto.title',
      desc: 'Name of the campaign, used as the heading of the whole section. Keep it in English as a name.',
    }),
  visionHeading: () =>
    msg('Vision', {id: 'manifesto.vision.heading', desc: 'Heading above the campaign’s vision statement.'}),
  vision,
  missionHeading: () =>
    msg('Mission', {id: 'manifesto.mission.heading', desc: 'Heading above the campaign’s mission statement.'}),
  mission: () =>
    msg(
      'We support people to have fulfilling lives in the UK. We challenge racists and discriminatory policies and rhetoric on immigration and educate our communities to create systemic change and improve the lives of people who move, whether they move by force or by choice.',
      {id: 'manifesto.mission.text', desc: 'The campaign’s mission statement. “We” is the Joint Council for the Welfare of Immigrants.'},
    ),
  narrativeHeading: () =>
    msg('People have always moved.', {
      id: 'manifesto.narrative.heading',
      desc: 'Opening sentence of the campaign story, shown as its heading. The next message continues the same paragraph.',
    }),
  narrative1: () =>
    msg(
      'Down the road. To the next town, to the nearest city. And yes, sometimes people move across a border, to another country. Sometimes we move because we choose to, and sometimes we move because we have no other choice.',
      {id: 'manifesto.narrative.p1', desc: 'Campaign story, first paragraph, after its opening sentence “People have always moved.”'},
    ),
  narrative2: () =>
    msg(
      'As any of the millions of British citizens living abroad know, it takes hard work to build a home, learn the language and make friends in a new country. But here at home, politicians have built an immigration system that often makes it impossible for people to build and maintain a life and it frequently punishes them for even trying. Every day we see stories about people’s lives, families and communities being torn apart by a tangled mess of complex rules, an overstretched Home Office and a hostile environment. It’s hard for anyone to trust that the system can work efficiently or fairly.',
      {
        id: 'manifesto.narrative.p2',
        desc: 'Campaign story, second paragraph. The Home Office is the UK government department for immigration; “hostile environment” is the name of a UK government policy.',
      },
    ),
  narrative3: () =>
    msg(
      'We don’t believe it has to be this way. We believe it’s possible for Britain to be a place where people don’t suffer just because they move. Where newcomers are safe and welcome and communities are strong and open. Where policy is grounded in evidence and humanity. A place where we tell each other the truth: building fences and walls cannot change the fact that people have always moved and always will. And that all our lives are better because of it.',
      {id: 'manifesto.narrative.p3', desc: 'Campaign story, third paragraph.'},
    ),
  manifestoCall: () =>
    msg(
      'Our manifesto offers 12 simple but effective steps that we can and must take towards a fair and efficient immigration system that works for everyone.',
      {id: 'manifesto.call.text', desc: 'Campaign story, last paragraph, followed by the link to the full manifesto.'},
    ),
  manifestoLink: () =>
    msg('Read our manifesto', {id: 'manifesto.call.link', desc: 'Link to the full manifesto document.'}),
  shirtLink: () =>
    msg('Show your support with a People Move t-shirt', {
      id: 'manifesto.shirt.link',
      desc: 'Link to the shop selling the campaign’s t-shirt. Keep “People Move” in English as a name.',
    }),
};
