import type {ExportTheme} from './options.js';

/**
 * The themes' colours for HTML without JavaScript and email, the same values
 * as the elements' `theme="light"` and `theme="dark"` (src/styles/base.styles.ts),
 * so an export matches the widget it stands in for.
 */
export interface Palette {
  text: string;
  surface: string;
  accent: string;
  onAccent: string;
  muted: string;
  border: string;
}

export const LIGHT: Palette = {
  text: '#1d1b20',
  surface: '#ffffff',
  accent: '#8a1c5a',
  onAccent: '#ffffff',
  muted: '#4a4458',
  border: '#79747e',
};

export const DARK: Palette = {
  text: '#ece6f0',
  surface: '#1d1b20',
  accent: '#ffb0d5',
  onAccent: '#3b0025',
  muted: '#cac4d0',
  border: '#938f99',
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(background, '#ffffff') >= contrast(background, '#000000') ? '#ffffff' : '#000000';
}

/** `theme`'s palette with a partner's accent, if any (the text on it black or white, whichever reads). */
export function paletteFor(theme: ExportTheme, accent: string | undefined, dark = theme === 'dark'): Palette {
  const base = dark ? DARK : LIGHT;
  return accent ? {...base, accent, onAccent: textOn(accent)} : base;
}
