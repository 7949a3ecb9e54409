// The rollup step that minifies the static text of the kit's css`` templates.
import { resolve, sep } from 'node:path';

/**
 * Minified CSS text: comments out, white space collapsed, none around
 * { } ; , > or after a colon or before !important, no ; before }. Quoted
 * strings (`content: ' · '`) stay as they are, and a space before a colon is
 * kept: in a selector ".a :hover" is not ".a:hover".
 */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/ !/g, '!'),
    )
    .join('');
}

/**
 * Each css`…` template in `code`, its static text squeezed; `${name}` holes
 * are kept. A template whose holes hold braces or backticks is left whole.
 */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss\s*`([^`]*)`/g, (whole, body) => {
    const parts = body.split(/(\$\{[^{}]*\})/);
    if (parts.some((p, i) => i % 2 === 0 && p.includes('${'))) return whole;
    return `css\`${parts
      .map((p, i) => (i % 2 ? p : squeezeCss(p)))
      .join('')
      .trim()}\``;
  });
}

/** Rollup plugin: minifies the css`` templates of the modules under `dir`. */
export function minifyCss(dir = 'src') {
  const root = resolve(dir) + sep;
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.startsWith(root) || !/\bcss\s*`/.test(code)) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
