// Uses every control in every widget of a page the way a person would: a real
// click (with the user activation that brings), or a different choice in a
// menu. New controls that appear (a copy-by-hand field, a profile link) are
// used too. Links do not leave the page: pages/probe.js stops them and counts
// them.

/** Waits until every widget on the page finished rendering. */
export async function settleWidgets(page) {
  await page.evaluate(async () => {
    await Promise.all(window.pmControls.widgets().map((widget) => customElements.whenDefined(widget.localName)));
    await Promise.all(window.pmControls.widgets().map((widget) => window.pmControls.settled(widget)));
  });
}

/** Keys of the controls now on the page: widget index, description, occurrence. */
async function controlKeys(page) {
  return page.evaluate(() => {
    const keys = [];
    window.pmControls.widgets().forEach((widget, index) => {
      const seen = new Map();
      for (const control of window.pmControls.controlsOf(widget)) {
        if (!window.pmControls.isVisible(control)) continue;
        const description = window.pmControls.describe(control).replace(/ ".*"$/, '');
        const count = seen.get(description) ?? 0;
        seen.set(description, count + 1);
        keys.push({widget: index, description, occurrence: count, tag: control.localName});
      }
    });
    return keys;
  });
}

async function handleFor(page, key) {
  const handle = await page.evaluateHandle(({widget, description, occurrence}) => {
    const controls = window.pmControls
      .controlsOf(window.pmControls.widgets()[widget])
      .filter((control) => window.pmControls.isVisible(control) && window.pmControls.describe(control).replace(/ ".*"$/, '') === description);
    return controls[occurrence] ?? null;
  }, key);
  return handle.asElement();
}

/**
 * Uses every visible control once. Returns the figures: how many were used,
 * and those that a click could not reach.
 */
export async function useEveryControl(page, {passes = 3} = {}) {
  const used = new Set();
  const unreachable = [];
  for (let pass = 0; pass < passes; pass++) {
    const fresh = (await controlKeys(page)).filter((key) => !used.has(`${key.widget}|${key.description}|${key.occurrence}`));
    if (fresh.length === 0) break;
    for (const key of fresh) {
      used.add(`${key.widget}|${key.description}|${key.occurrence}`);
      const handle = await handleFor(page, key);
      if (!handle) continue;
      try {
        if (key.tag === 'select') {
          const choice = await handle.evaluate((select) => [...select.options].map((option) => option.value).find((value) => value !== select.value));
          if (choice !== undefined) await handle.select(choice);
        } else {
          await handle.click();
        }
      } catch (error) {
        unreachable.push(`${key.description}: ${error.message}`);
      }
      await handle.dispose();
      await settleWidgets(page);
    }
  }
  return {used: used.size, unreachable};
}
