// Records what a webmaster would see in the console: errors, uncaught exceptions and warnings.
window.recorded = {errors: [], warnings: []};
const originalError = console.error;
const originalWarn = console.warn;
console.error = (...args) => {
  window.recorded.errors.push(args.join(' '));
  originalError.apply(console, args);
};
console.warn = (...args) => {
  window.recorded.warnings.push(args.join(' '));
  originalWarn.apply(console, args);
};
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
