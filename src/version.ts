/** The package version; `scripts/check-dist.mjs` keeps it equal to package.json's. */
export const VERSION = '1.0.0';
