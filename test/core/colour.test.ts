import { expect } from '@open-wc/testing';
import {
  contrast,
  contrastChecks,
  contrastMessage,
  darkened,
  lightened,
  luminance,
  onAccent,
  parseHex,
  toHex,
} from '../../src/core/colour.js';

describe('core/colour: what the widgets draw from an accent (the rule of styles/host.styles.ts)', () => {
  it('reads #rgb and #rrggbb, and nothing else', () => {
    expect(toHex(parseHex('#A3405D')!)).to.equal('#a3405d');
    expect(toHex(parseHex('fff')!)).to.equal('#ffffff');
    expect(parseHex('red')).to.equal(undefined);
    expect(parseHex('#12345')).to.equal(undefined);
    expect(parseHex('javascript:1')).to.equal(undefined);
  });

  it('computes WCAG contrast: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast(parseHex('#000')!, parseHex('#fff')!)).to.be.closeTo(21, 1e-9);
    expect(contrast(parseHex('#a3405d')!, parseHex('#a3405d')!)).to.equal(1);
    // #767676 on white is the well-known 4.54:1
    expect(contrast(parseHex('#767676')!, parseHex('#fff')!)).to.be.closeTo(4.54, 0.01);
  });

  it('derives text on the accent, the accent as text and the dark-scheme accent at their thresholds', () => {
    for (const hex of ['#f4c2d0', '#3a1020', '#e0457b', '#ffff00', '#0000ff', '#a3405d', '#ffffff', '#000000']) {
      const c = parseHex(hex)!;
      expect(contrast(onAccent(c), c), `on ${hex}`).to.be.at.least(4.5);
      expect(luminance(darkened(c)), `darkened ${hex}`).to.be.at.most(0.13 + 1e-9);
      expect(luminance(lightened(c)), `lightened ${hex}`).to.be.at.least(0.33 - 1e-9);
    }
    // a colour that already meets its target is unchanged
    expect(toHex(darkened(parseHex('#3a1020')!))).to.equal('#3a1020');
  });

  it('passes every derived pair in both schemes; a fixed text colour on a pale accent fails, with its values named', () => {
    for (const accent of ['#f4c2d0', '#3a1020', '#e0457b'])
      expect(
        contrastChecks({ accent }).every((c) => c.ok),
        accent,
      ).to.equal(true);
    const brand = { accent: '#f4c2d0', onAccent: '#ffffff' };
    const bad = contrastChecks(brand).filter((c) => !c.ok);
    expect(bad.map((c) => `${c.scheme} ${c.pair}`)).to.deep.equal(['light button', 'dark button']);
    expect(contrastMessage(bad[0], brand)).to.match(
      /^text on the accent \(--lip-on-accent\) has a contrast of 1\.\d\d:1 in the light scheme \(--lip-on-accent #ffffff, --lip-accent #f4c2d0\); text needs 4\.5:1\.$/,
    );
  });
});
