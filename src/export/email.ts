import type {CampaignWords, ShareLink} from './content.js';
import {attributes, below, escapeHtml as e} from './markup.js';
import type {ExportOptions} from './options.js';
import {paletteFor} from './palette.js';

/**
 * The campaign for a newsletter. Email clients run no script and keep little
 * CSS: Gmail drops `<style>` and `<svg>`, Outlook for Windows lays out with
 * Word (tables, inline styles, no flex or grid). So: nested tables no wider
 * than 600 px, every style inline, text links only, system fonts, explicit
 * colours on every cell (a client's dark mode then inverts them consistently),
 * and `dir` with an explicit alignment for right-to-left languages.
 */

const FONT = 'Arial,Helvetica,sans-serif';

export function emailExport(
  words: CampaignWords,
  options: ExportOptions,
  links: {manifesto: string; shop?: string},
  share: readonly ShareLink[],
): string {
  // `auto` and `inherit` have no page to follow in an inbox: the light palette, which dark modes invert well.
  const p = paletteFor(options.theme, options.accent);
  const align = words.dir === 'rtl' ? 'right' : 'left';
  const m = words.manifesto;
  const level = options.headingLevel;
  const sub = below(level);
  const text = `font-family:${FONT};color:${p.text};text-align:${align};`;
  const para = (body: string) => `<p style="${text}margin:0 0 16px;font-size:16px;line-height:24px;">${e(body)}</p>`;
  const heading = (lvl: number, body: string, size: number) =>
    `<h${lvl} style="${text}margin:0 0 8px;font-size:${size}px;line-height:${Math.round(size * 1.3)}px;font-weight:bold;">${e(body)}</h${lvl}>`;
  const row = (content: string) => `<tr><td style="padding:0 0 8px;" align="${align}">${content}</td></tr>`;
  const button = (href: string, label: string, primary: boolean, name?: string) =>
    `<a${attributes({href, 'aria-label': name})} style="font-family:${FONT};display:inline-block;padding:10px 16px;margin:0 0 8px;` +
    `border:2px solid ${p.accent};border-radius:6px;font-size:16px;line-height:20px;font-weight:bold;text-decoration:underline;` +
    `color:${primary ? p.onAccent : p.text};background-color:${primary ? p.accent : p.surface};">${e(label)}</a>`;

  const rows: string[] = [];
  if (options.element === 'campaign' || options.element === 'manifesto') {
    const full = options.element === 'campaign' || options.variant !== 'summary';
    rows.push(row(heading(level, m.title, 28)));
    rows.push(row(heading(sub, m.visionHeading, 14) + para(m.vision)));
    rows.push(row(heading(sub, m.missionHeading, 14) + para(m.mission)));
    if (full) rows.push(row(heading(sub, m.narrativeHeading, 20) + para(m.narrative1) + para(m.narrative2) + para(m.narrative3) + para(m.manifestoCall)));
    const shop = full && links.shop ? ` ${button(links.shop, m.shirtLink, false)}` : '';
    rows.push(row(button(links.manifesto, m.manifestoLink, true) + shop));
  }
  if (options.element === 'campaign' || options.element === 'values') {
    const valuesLevel = options.element === 'campaign' ? sub : level;
    // A list renders unevenly in Outlook: the values as one line of words that wraps.
    const names = words.values.map(({name}) => `<strong>${e(name)}</strong>`).join(' &middot; ');
    rows.push(row(heading(valuesLevel, words.valuesHeading, 20) + `<p style="${text}margin:0 0 16px;font-size:16px;line-height:28px;">${names}</p>`));
  }
  if ((options.element === 'campaign' || options.element === 'share') && share.length > 0) {
    const buttons = share.map((link) => button(link.href, link.label, false, link.name)).join(' ');
    rows.push(row(`<p style="${text}margin:0 0 8px;font-size:16px;font-weight:bold;">${e(words.shareHeading)}</p>${buttons}`));
  }

  const table = (width: string, style: string, inner: string, extra: Record<string, string> = {}) =>
    `<table role="presentation"${attributes({width, ...extra})} cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;${style}">${inner}</table>`;
  const card = table(
    '600',
    `width:100%;max-width:600px;background-color:${p.surface};`,
    `<tr><td style="padding:24px;background-color:${p.surface};" bgcolor="${p.surface}" align="${align}">` +
      table('100%', 'width:100%;', rows.join(''), {dir: words.dir}) +
      '</td></tr>',
    {dir: words.dir, lang: words.locale, align: 'center', bgcolor: p.surface},
  );
  return (
    table(
      '100%',
      `width:100%;background-color:${p.surface};`,
      `<tr><td align="center" style="padding:0;background-color:${p.surface};" bgcolor="${p.surface}">${card}</td></tr>`,
      {bgcolor: p.surface, dir: words.dir, lang: words.locale},
    ) + '\n'
  );
}
