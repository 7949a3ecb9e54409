// node --test scripts/minify-css.test.mjs: the bundle's CSS minifier keeps what CSS means.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates, squeezeCss } from './minify-css.mjs';

test('collapses white space around braces, semicolons, commas, combinators and after colons', () => {
  assert.equal(squeezeCss('a,\n  b > c {\n    color: red;\n    margin: 0 auto;\n  }\n'), 'a,b>c{color:red;margin:0 auto}');
});

test('keeps the space before a colon: ".a :hover" is a descendant, not ".a:hover"', () => {
  assert.equal(squeezeCss('.a :hover { x: y; }'), '.a :hover{x:y}');
  assert.equal(squeezeCss('.track > :is(.done, .today)::before { content: ""; }'), '.track>:is(.done,.today)::before{content:""}');
});

test('leaves quoted strings alone, even with an apostrophe in a comment before them', () => {
  assert.equal(squeezeCss(".x /* the client's tick */ ::before { content: ' · '; }"), ".x ::before{content:' · '}");
  assert.equal(squeezeCss('.y::before { content: "✓  " }'), '.y::before{content:"✓  "}');
});

test('keeps media queries, calc and !important working', () => {
  assert.equal(
    squeezeCss('@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }'),
    '@media (prefers-reduced-motion:reduce){*{transition:none!important}}',
  );
  assert.equal(squeezeCss('a { width: calc(100% - 2 * 8px); }'), 'a{width:calc(100% - 2 * 8px)}');
});

test('squeezes each css`` template around its ${} holes and leaves other code alone', () => {
  const code = 'const s = css `\n  :host { ${dark} }\n  p { margin: 0; }\n`;\nconst t = html`<p> a  b </p>`;';
  assert.equal(minifyCssTemplates(code), 'const s = css`:host{${dark}}p{margin:0}`;\nconst t = html`<p> a  b </p>`;');
});

test('leaves a template whole when a hole holds braces', () => {
  const code = 'css`a { b: ${x ? { c: 1 }.c : 2}; }`';
  assert.equal(minifyCssTemplates(code), code);
});
