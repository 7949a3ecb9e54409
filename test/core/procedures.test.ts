import { expect } from '@open-wc/testing';
import { findProcedure, parseIdList, pickProcedures } from '../../src/core/procedures.js';

describe('core/procedures', () => {
  it('finds own ids only, in any case', () => {
    expect(findProcedure(' LIP-Flip ')!.id).to.equal('lip-flip');
    for (const id of ['__proto__', 'constructor', 'toString', '', null, undefined]) expect(findProcedure(id as string)).to.equal(undefined);
  });

  it('splits an id list on spaces and commas, once each', () => {
    expect(parseIdList(' lip-blush,lip-flip  lip-blush ')).to.deep.equal(['lip-blush', 'lip-flip']);
    expect(parseIdList(undefined)).to.deep.equal([]);
  });

  it('picks at most three procedures and names the unknown ids', () => {
    const r = pickProcedures('lip-blush lip-plumper lip-flip lip-filler lip-blush2');
    expect(r.list.map((p) => p.id)).to.deep.equal(['lip-blush', 'lip-flip', 'lip-filler']);
    expect(r.unknown).to.deep.equal(['lip-plumper', 'lip-blush2']);
    expect(r.extra).to.equal(0);
    const four = pickProcedures('lip-blush lip-flip lip-filler', undefined, 2);
    expect(four.list).to.have.length(2);
    expect(four.extra).to.equal(1);
  });
});
