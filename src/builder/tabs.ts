/**
 * The output tabs, as the WAI-ARIA tabs pattern has them: one tab in the tab
 * order, arrow keys (mirrored in right-to-left), Home and End move between
 * tabs and show their panel at once.
 */
export function setUpTabs(container: HTMLElement): void {
  const tabs = [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (chosen: HTMLButtonElement, focus: boolean) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    if (focus) chosen.focus();
  };
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const rtl = getComputedStyle(tab).direction === 'rtl';
      const step = {ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1}[event.key];
      let next: number | undefined;
      if (step !== undefined) next = (index + step + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next === undefined) return;
      event.preventDefault();
      select(tabs[next]!, true);
    });
  }
}
