/* global __bench */
// Shariff from its own dist files. The script under test starts here: its complete build (jQuery
// inside, which renders every .shariff box as it runs) and its complete CSS (Font Awesome inside,
// whose font the icons need).
try {
  await Promise.all([
    __bench.stylesheet('/node_modules/shariff/dist/shariff.complete.css'),
    __bench.classicScript('/node_modules/shariff/dist/shariff.complete.js'),
  ]);
  await __bench.finish(() => [...document.querySelectorAll('.shariff')].every((box) => box.querySelector('ul')));
} catch (error) {
  __bench.fail(error);
}
