import {msg} from '../i18n/localization.js';

/**
 * The campaign's vision statement: <pm-manifesto> shows it, and <pm-share> sends it
 * as its default share text. It lives apart from the manifesto's other texts so
 * that a page importing only <pm-share> carries none of them.
 */
export const vision = () =>
  msg(
    'A society in which people are able to live safely and are treated with equal dignity and respect, regardless of where they are from or how they came to the UK.',
    {id: 'manifesto.vision.text', desc: 'The campaign’s vision statement. Also the default text when the page is shared.'},
  );
