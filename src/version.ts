/** The kit's version, written from package.json by scripts/write-version.mjs. */
export const version = '0.1.0';
