import { describe, expect, it } from 'vitest';
import { compile } from '../../src/composite/compile.js';
import { compileTree } from '../../src/composite/tree.js';

const framework = {
  id: 'index',
  aggregate: { method: 'geometric' as const },
  children: [
    { id: 'a', weight: 2, children: ['x', { id: 'y', normalize: { method: 'rank' as const } }] },
    { id: 'z', treat: { winMax: 5 } },
  ],
};

describe('compile', () => {
  it('keeps the order, ids, weights and children of the one framework walk (compileTree)', () => {
    const nodes = compile(framework, undefined);
    const { nodes: tree } = compileTree(framework);
    expect(nodes.map((node) => [node.id, node.weight, node.children])).toEqual(
      tree.map((node) => [node.id, node.weight, node.children]),
    );
    expect(nodes.map((node) => node.id)).toEqual(['x', 'y', 'a', 'z', 'index']);
  });

  it("reads each node's settings: its own aggregation over the defaults, normalisation, treatment", () => {
    const nodes = compile(framework, { method: 'arithmetic', missing: 'reweight' });
    const byId = Object.fromEntries(nodes.map((node) => [node.id, node]));
    expect(byId.a?.aggregate).toMatchObject({ method: 'arithmetic', missing: 'reweight' });
    expect(byId.index?.aggregate).toMatchObject({ method: 'geometric', missing: 'reweight' });
    expect(byId.y?.normalize).toEqual({ method: 'rank' });
    expect(byId.x?.normalize).toBeUndefined();
    expect(byId.z?.treat).toBeDefined();
    expect(byId.x?.treat).toBeUndefined();
  });

  it('refuses children that all weigh 0, treatment above the leaves and a bad method, naming the node', () => {
    expect(() =>
      compile(
        {
          id: 'r',
          children: [
            { id: 'x', weight: 0 },
            { id: 'y', weight: 0 },
          ],
        },
        undefined,
      ),
    ).toThrowError(/framework \(r\): all children weigh 0/);
    expect(() =>
      compile({ id: 'r', treat: { winMax: 5 }, children: ['x'] }, undefined),
    ).toThrowError(/framework \(r\)\.treat: outliers are treated at leaves/);
    expect(() =>
      compile(
        { id: 'r', children: [{ id: 'x', normalize: { method: 'nope' as 'rank' } }] },
        undefined,
      ),
    ).toThrowError(/\(x\)\.normalize.*got "nope"/);
    expect(() =>
      compile({ id: 'r', children: ['x'] }, { method: 'nope' as 'arithmetic' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('takes treat: false anywhere, as no treatment', () => {
    const nodes = compile(
      { id: 'r', treat: false, children: [{ id: 'x', treat: false }] },
      undefined,
    );
    expect(nodes.map((node) => node.treat)).toEqual([undefined, undefined]);
  });
});

describe('compile: defaults and leaf treatment', () => {
  it('takes copeland as the default of every node, and treat: true as the defaults at a leaf', () => {
    const nodes = compile(
      { id: 'r', children: ['x', { id: 'y', treat: true }] },
      {
        method: 'copeland',
      },
    );
    expect(nodes.map((node) => node.aggregate.method)).toEqual([
      'copeland',
      'copeland',
      'copeland',
    ]);
    expect(nodes[1]?.treat).toMatchObject({ winMax: 5, fallback: 'log-ct' });
    expect(() => compile({ id: 'r', treat: true, children: ['x'] }, undefined)).toThrowError(
      /framework \(r\)\.treat: outliers are treated at leaves/,
    );
  });

  it("names a leaf's bad treatment option by the leaf's path", () => {
    expect(() =>
      compile({ id: 'r', children: [{ id: 'x', treat: { winMax: -1 } }] }, undefined),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'framework.children[0] (x).treat.winMax: expected an integer ≥ 0, got -1.',
      }),
    );
  });
});
