// How far one language's XLIFF file is, measured against the messages in the
// source code. One definition, shared by `npm run i18n:status` (the table and
// the gate) and `npm run i18n:build` (which languages are picked automatically).

/** A shipped language fails `npm run i18n:status` (and so CI) under this share translated. */
export const SHIP_THRESHOLD = 0.95;

const describe = (placeholder) => `<x id="${placeholder.id}" equiv-text="${placeholder.text}"/>`;

/** The placeholders of `found` that `expected` lacks, as a multiset difference. */
function without(found, expected) {
  const left = expected.map(describe);
  const extra = [];
  for (const each of found.map(describe)) {
    const index = left.indexOf(each);
    if (index === -1) extra.push(each);
    else left.splice(index, 1);
  }
  return extra;
}

/**
 * @param {import('./i18n-project.mjs').SourceMessage[]} messages  what the code asks for
 * @param {{units: import('./i18n-xliff.mjs').Unit[]}} catalogue  one language's XLIFF file
 * @returns {{total: number, translated: number, reviewed: number, missing: string[], stale: string[],
 *   placeholderErrors: Array<{id: string, line: number, problem: string}>, unused: string[]}}
 *   translated: messages with a non-empty <target> (stale ones included: they are what readers see);
 *   reviewed: translated, approved="yes" and not stale; stale: the English changed since the
 *   translation was made (a previous-source note, or a <source> that differs from the code);
 *   placeholderErrors: targets whose placeholders differ from the English; unused: units the code no longer has.
 */
export function summarise(messages, catalogue) {
  const units = new Map(catalogue.units.map((unit) => [unit.id, unit]));
  const result = {total: messages.length, translated: 0, reviewed: 0, missing: [], stale: [], placeholderErrors: [], unused: []};
  for (const message of messages) {
    const unit = units.get(message.id);
    if (unit?.target === undefined) {
      result.missing.push(message.id);
      continue;
    }
    result.translated++;
    const stale = unit.previousSource !== undefined || unit.source !== message.text;
    if (stale) result.stale.push(message.id);
    else if (unit.approved) result.reviewed++;
    const missingPlaceholders = without(message.placeholders, unit.targetPlaceholders);
    const extraPlaceholders = without(unit.targetPlaceholders, message.placeholders);
    const problems = [
      ...missingPlaceholders.map((each) => `missing ${each}`),
      ...extraPlaceholders.map((each) => `unexpected ${each}`),
      ...unit.targetUnexpected.map((each) => `${each} is not a placeholder`),
    ];
    if (problems.length > 0) result.placeholderErrors.push({id: message.id, line: unit.line, problem: problems.join('; ')});
  }
  const known = new Set(messages.map((message) => message.id));
  result.unused = catalogue.units.map((unit) => unit.id).filter((id) => !known.has(id));
  return result;
}

/** Share translated, 0–1, rounded down to three places (so 89.99 % never passes for 90 %). */
export function translatedShare(summary) {
  return summary.total === 0 ? 1 : Math.floor((summary.translated / summary.total) * 1000) / 1000;
}
