// The custom elements manifest (`npm run analyze`, part of `npm run build`)
// and everything generated from it: JSX types for React, Preact and Solid,
// VS Code custom data and JetBrains web-types, all in dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

/** `src/a/b.ts` → `dist/a/b.js`: the manifest names the files the package ships. */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** Rewrites every module path of the manifest (modules, exports, superclasses, inheritedFrom) to the shipped files. */
function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
    else rewritePaths(value);
  }
}

/** Public API only: no private, protected or #private members, no static fields (styles, properties). */
const isPublic = (m) => !m.privacy && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_');

const publicApi = {
  name: 'lip-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.members) decl.members = decl.members.filter(isPublic);
      }
    }
    rewritePaths(customElementsManifest.modules);
  },
};

/**
 * What the generators read: the manifest without read-only members (nothing
 * to set from markup) and with each event's detail type (the JSX generator
 * wraps it in CustomEvent<…> itself).
 */
function forGenerators(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.members) decl.members = decl.members.filter((m) => !m.readonly);
      for (const ev of decl.events ?? []) {
        const detail = /^CustomEvent<([\s\S]*)>$/.exec(ev.type?.text ?? '');
        if (detail) ev.type = { text: detail[1] };
      }
    }
  }
  return copy;
}

/** Descriptions for editors: the summary line. */
const docs = { outdir: 'dist', descriptionSrc: 'summary', hideLogs: true };

/** One file per JSX framework that adds the elements to its JSX namespace: `import type {} from 'lip-widgets/react'`. */
const JSX_MODULES = { react: 'react', preact: 'preact', solid: 'solid-js' };
function writeJsxModules() {
  mkdirSync('dist', { recursive: true });
  for (const [file, module] of Object.entries(JSX_MODULES)) {
    writeFileSync(
      `dist/${file}.d.ts`,
      `// The lip-widgets elements in ${module}'s JSX, typed from custom-elements.json:
// import type {} from 'lip-widgets/${file}'; (once, e.g. in a .d.ts of your app)
import type { CustomElements } from './jsx-types.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
    );
  }
}

const editorData = {
  name: 'lip-editor-data',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = forGenerators(customElementsManifest);
    generateJsxTypes(manifest, {
      ...docs,
      fileName: 'jsx-types.d.ts',
      // Class types for properties, relative to dist/.
      componentTypePath: (name, tag) => `./components/${tag}/${tag}.js`,
    });
    generateVsCodeCustomElementData(manifest, {
      ...docs,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    });
    generateJetBrainsWebTypes(manifest, { ...docs, webTypesFileName: 'web-types.json', packageJson: false });
    writeJsxModules();
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApi, editorData],
};
