/**
 * The kit's version. The build puts package.json's version here (a rollup
 * plugin for the bundle, a stamp on dist/version.js for the npm build; see
 * scripts/build-plugins.mjs); code run from the sources says 0.0.0-dev.
 */
export const version: string = '0.0.0-dev';
