// The demo page's own controls: page language, light/dark, and the copy-paste snippet.
// A partner's page needs none of this.
const languageSelect = document.getElementById('page-lang');
languageSelect.addEventListener('change', () => {
  document.documentElement.lang = languageSelect.value;
});

for (const radio of document.querySelectorAll('input[name="scheme"]')) {
  radio.addEventListener('change', () => {
    document.documentElement.dataset.scheme = radio.value;
    for (const element of document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')) {
      element.setAttribute('theme', radio.value);
    }
  });
}

const script = document.querySelector('script[src$="people-move.js"]');
await customElements.whenDefined('pm-manifesto');
const version = customElements.get('pm-manifesto').version;
const snippet = [
  `<script type="module" src="https://cdn.jsdelivr.net/npm/people-move-widgets@${version}/dist/cdn/people-move.js"`,
  `  integrity="${script.integrity}" crossorigin="anonymous"></script>`,
  `<pm-manifesto></pm-manifesto>`,
  `<pm-values></pm-values>`,
  `<pm-share></pm-share>`,
].join('\n');
document.getElementById('snippet').textContent = snippet;
document.getElementById('copy-snippet').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippet);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    status.textContent = 'Select the snippet above and copy it.';
  }
});
