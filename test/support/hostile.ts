/**
 * Hostile inputs kept in one place (RELIABILITY 7, 8, 9, 11 and the CMS
 * spellings of 22): run through every attribute of every widget and every
 * field of the studio JSON by test/hostile.test.ts.
 */

/** Markup and script payloads: must render as text, never as nodes or code. */
export const xss = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<a href="javascript:window.__pwned=1">x</a>',
  '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
  '<body onload=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  '<style>*{display:none}</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<template><script>window.__pwned=1</script></template>',
  '<object data="javascript:window.__pwned=1">',
  '<embed src="javascript:window.__pwned=1">',
  '<video><source onerror="window.__pwned=1">',
  '<input autofocus onfocus=window.__pwned=1>',
  '<marquee onstart=window.__pwned=1>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<!--<img src=x onerror=window.__pwned=1>-->',
  '<x onclick=window.__pwned=1>click</x>',
  '\u003cimg src=x onerror=window.__pwned=1\u003e',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
] as const;

/** Dates no widget may turn into "Invalid Date", "NaN" or a negative day. */
export const badDates = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '10/03/2025',
  '03/10/2025',
  '2025.03.10',
  '20250310',
  '2025-3-1',
  '',
  ' ',
  '\t\n',
  '2024-03-10T00:00Z',
  '2024-03-10T12:00:00+02:00',
  'today',
  'tomorrow',
  'NaN',
  'undefined',
  'null',
  '-2024-01-01',
  '0000-00-00',
  '9999-12-31',
  '2031-11-22',
  '2050-01-01',
  '1999-01-01',
  '１２３４-０５-０６',
  '2024-03-10 ',
  'March 10, 2024',
  '2024-03-10\u0000',
] as const;

/** Link targets: only https:, mailto: and tel: may become an href. */
export const badUrls = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  '\\\\evil.example\\path',
  'http://example.com/book',
  'ftp://example.com',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  '/relative/path',
  '#fragment',
  'https:',
  'https://',
] as const;

/** Studio JSON that must be ignored (fully or field by field) without touching Object.prototype. */
export const badJson = [
  '{',
  '}',
  '[]',
  'null',
  '"a string"',
  '42',
  'true',
  '{"procedures": 5}',
  '{"procedures": {"lip-blush": {"lasts": {"min": "two", "max": 3, "unit": "year"}}}}',
  '{"procedures": {"lip-blush": {"lasts": {"min": 2, "max": 1e9, "unit": "year"}}}}',
  '{"procedures": {"lip-blush": {"lasts": {"min": -1, "max": 3, "unit": "year"}}}}',
  '{"procedures": {"lip-blush": {"lasts": {"min": 2, "max": 3, "unit": "aeon"}}}}',
  '{"procedures": {"lip-blush": {"aftercare": {"add": "not a list"}}}}',
  '{"procedures": {"lip-blush": {"aftercare": {"add": [{"id": "x"}]}}}}',
  '{"unknown": 1}',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"procedures": {"__proto__": {"polluted": true}}}',
  '{"procedures": {"lip-blush": {"__proto__": {"polluted": true}}}}',
  '{"procedures": {"constructor": {"name": "x"}}}',
  '{"name": {"toString": "x"}}',
  '{"bookingUrl": "javascript:alert(1)"}',
  '{"phone": "<script>window.__pwned=1</script>"}',
  '{"name": "' + 'x'.repeat(5000) + '"}',
  '\u0000{}',
] as const;

/** Procedure ids that name nothing (or try to reach prototype members). */
export const badProcedures = [
  'lip-plumper',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'LIP BLUSH!',
  '',
  ' ',
  '../lip-blush',
  'lip-blush lip-flip',
] as const;

/** Every hostile string, for attributes that take free text. */
export const allStrings: readonly string[] = [...xss, ...badDates, ...badUrls, ...badProcedures];
