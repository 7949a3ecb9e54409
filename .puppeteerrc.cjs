// The tests drive the system's Chromium and Firefox: never download a browser.
module.exports = { skipDownload: true };
