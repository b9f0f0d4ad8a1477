/**
 * One row of the builder's network list: a labelled checkbox and two buttons
 * that move it up or down, since the order of the rows is the order of the
 * share buttons. Focus stays on the moved button, and `changed` runs.
 */
export function networkRow(id: string, label: string, checked: boolean, changed: () => void): HTMLLIElement {
  const row = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `network-${id}`;
  box.value = id;
  box.checked = checked;
  const name = document.createElement('label');
  name.htmlFor = box.id;
  name.textContent = label;
  const move = (direction: -1 | 1, text: string, symbol: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', `Move ${label} ${text}`);
    button.title = `Move ${label} ${text}`;
    button.textContent = symbol;
    button.addEventListener('click', () => {
      const sibling = direction < 0 ? row.previousElementSibling : row.nextElementSibling;
      if (!sibling) return;
      if (direction < 0) sibling.before(row);
      else sibling.after(row);
      button.focus();
      changed();
    });
    return button;
  };
  row.append(box, name, move(-1, 'up', '↑'), move(1, 'down', '↓'));
  return row;
}
