import { describe, expect, it } from 'vitest';
import { AppError } from '@jiliang/shared';
import { evaluateTraceabilityChain, type TraceChainResult } from './traceability-chain.ts';
import { makeCertificate, makeNode, toNodeMap } from './test-fixtures.ts';
import type { TraceNode } from './types.ts';

/**
 * meter (instrument) ← 电能标准装置 S (working standard) ← 国家电能基准 P (national primary, no certificates).
 * The meter was calibrated with S on 2025-05-10; S was calibrated with P on 2024-04-01.
 */
const primary = makeNode({ id: 'P', name: '国家电能基准', isNationalPrimary: true, intervalMonths: null });
const standardWithUntil = (validUntil: string): TraceNode =>
  makeNode({
    id: 'S',
    name: '电能标准装置',
    certificates: [makeCertificate({ id: 's1', number: 'S-2024-01', calibratedOn: '2024-04-01', validUntil, referenceStandardIds: ['P'] })],
  });
const meter = makeNode({
  id: 'M',
  kind: 'instrument',
  name: '1号进线电能表',
  certificates: [
    makeCertificate({ id: 'm1', number: 'M-2025-01', calibratedOn: '2025-05-10', validUntil: '2026-05-09', referenceStandardIds: ['S'] }),
  ],
});

const codes = (chain: TraceChainResult) => chain.breaks.map((b) => b.code);

describe('traceability chain (JJF 1001-2011 计量溯源性: each standard judged on the day it was used)', () => {
  it('a standard that expired after its use does not break the chain; its state on `at` is reported for information', () => {
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-06-30'), primary), '2025-08-01');
    expect(chain.complete).toBe(true);
    expect(chain.breaks).toEqual([]);
    expect(chain.nodes.map((n) => [n.key, n.state, n.stateOnEvaluationDate])).toEqual([
      ['M@2025-08-01', 'valid', 'valid'],
      ['S@2025-05-10', 'valid', 'expired'],
      ['P@2024-04-01', 'national_primary', 'national_primary'],
    ]);
    expect(chain.edges).toEqual([
      { from: 'S@2025-05-10', to: 'P@2024-04-01', certificateId: 's1', certificateNumber: 'S-2024-01', usedOn: '2024-04-01', valid: true },
      { from: 'M@2025-08-01', to: 'S@2025-05-10', certificateId: 'm1', certificateNumber: 'M-2025-01', usedOn: '2025-05-10', valid: true },
    ]);
  });

  it('a standard that expired before its use breaks the link, named as such', () => {
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-03-31'), primary), '2025-08-01');
    expect(chain.complete).toBe(false);
    expect(chain.breaks).toEqual([
      {
        nodeId: 'S',
        nodeKey: 'S@2025-05-10',
        code: 'CERTIFICATE_EXPIRED',
        message:
          '链路断开：标准 电能标准装置 的证书 S-2024-01 于 2025-03-31 到期，早于其使用日 2025-05-10（用于器具 1号进线电能表 的证书 M-2025-01）(CERTIFICATE_EXPIRED)',
        messageEn:
          "Chain broken: standard 电能标准装置's certificate S-2024-01 expired on 2025-03-31 (last valid day), before its use on 2025-05-10 (used for instrument 1号进线电能表's certificate M-2025-01) (CERTIFICATE_EXPIRED)",
        edge: { from: 'M@2025-08-01', to: 'S@2025-05-10' },
      },
    ]);
    expect(chain.edges.find((e) => e.to === 'S@2025-05-10')).toMatchObject({ valid: false, reason: { code: 'CERTIFICATE_EXPIRED' } });
  });

  it('a standard whose last valid day is the day of use still holds the link (2025-05-10 inclusive)', () => {
    expect(evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-05-10'), primary), '2025-08-01').complete).toBe(true);
    expect(evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-05-09'), primary), '2025-08-01').complete).toBe(false);
  });

  it('the instrument on the day of its expiry (2026-05-09) and the day after (2026-05-10)', () => {
    const nodes = toNodeMap(meter, standardWithUntil('2025-06-30'), primary);
    expect(evaluateTraceabilityChain('M', nodes, '2026-05-09').complete).toBe(true);
    const after = evaluateTraceabilityChain('M', nodes, '2026-05-10');
    expect(after.complete).toBe(false);
    expect(after.breaks).toHaveLength(1);
    expect(after.breaks[0]).toMatchObject({ nodeId: 'M', code: 'CERTIFICATE_EXPIRED' });
    expect(after.breaks[0]?.message).toContain('器具 1号进线电能表 在 2026-05-10');
    expect(after.breaks[0]?.message).toContain('M-2025-01');
  });

  it('before the instrument was first calibrated: NO_CERTIFICATE and no links', () => {
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-06-30'), primary), '2025-05-09');
    expect(codes(chain)).toEqual(['NO_CERTIFICATE']);
    expect(chain.edges).toEqual([]);
    expect(chain.nodes).toHaveLength(1);
  });

  it('DAG: a certificate naming two standards is complete only if both paths are; the good path stays valid', () => {
    const twoStandards = makeNode({
      ...meter,
      certificates: [{ ...meter.certificates[0]!, referenceStandardIds: ['S', 'T'] }],
    });
    const failed = makeNode({
      id: 'T',
      name: '互感器标准',
      certificates: [
        makeCertificate({
          id: 't1',
          number: 'T-1',
          kind: 'verification',
          conclusion: 'fail',
          calibratedOn: '2025-01-05',
          referenceStandardIds: ['P'],
        }),
      ],
    });
    const chain = evaluateTraceabilityChain('M', toNodeMap(twoStandards, standardWithUntil('2025-06-30'), failed, primary), '2025-08-01');
    expect(chain.complete).toBe(false);
    expect(codes(chain)).toEqual(['CERTIFICATE_FAILED']);
    expect(chain.edges.filter((e) => e.from === 'M@2025-08-01').map((e) => [e.to, e.valid])).toEqual([
      ['S@2025-05-10', true],
      ['T@2025-05-10', false],
    ]);
    // P is reached from both S (used 2024-04-01) and T (used 2025-01-05): two graph nodes.
    expect(chain.nodes.filter((n) => n.id === 'P').map((n) => n.key)).toEqual(['P@2024-04-01', 'P@2025-01-05']);
  });

  it('NO_REFERENCE_STANDARD: a certificate that names no standard, on a node that is not a national primary', () => {
    const orphan = makeNode({
      id: 'S',
      name: '电能标准装置',
      certificates: [makeCertificate({ id: 's1', calibratedOn: '2024-04-01', validUntil: '2026-03-31' })],
    });
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, orphan), '2025-08-01');
    expect(codes(chain)).toEqual(['NO_REFERENCE_STANDARD']);
    expect(chain.breaks[0]?.message).toContain('电能标准装置');
  });

  it('UNKNOWN_STANDARD: a named id missing from the map is drawn as an unknown node', () => {
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter), '2025-08-01');
    expect(codes(chain)).toEqual(['UNKNOWN_STANDARD']);
    expect(chain.nodes.find((n) => n.id === 'S')).toMatchObject({ key: 'S@2025-05-10', state: 'unknown' });
    expect(chain.edges).toEqual([expect.objectContaining({ to: 'S@2025-05-10', valid: false })]);
  });

  it('CYCLE: two standards that calibrated each other with the same certificates', () => {
    const a = makeNode({
      id: 'A',
      certificates: [makeCertificate({ id: 'a1', calibratedOn: '2025-01-01', validUntil: '2025-12-31', referenceStandardIds: ['B'] })],
    });
    const b = makeNode({
      id: 'B',
      certificates: [makeCertificate({ id: 'b1', calibratedOn: '2025-01-01', validUntil: '2025-12-31', referenceStandardIds: ['A'] })],
    });
    const chain = evaluateTraceabilityChain('A', toNodeMap(a, b), '2025-01-01');
    expect(codes(chain)).toEqual(['CYCLE']);
    expect(chain.breaks[0]?.edge).toEqual({ from: 'B@2025-01-01', to: 'A@2025-01-01' });
  });

  it('going back in time through an older certificate of the same standard is not a cycle', () => {
    // A (2025) ← B (2024, calibrated with A) ← A's 2023 certificate ← P.
    const a = makeNode({
      id: 'A',
      certificates: [
        makeCertificate({ id: 'a2023', calibratedOn: '2023-03-01', validUntil: '2024-12-31', referenceStandardIds: ['P'] }),
        makeCertificate({ id: 'a2025', calibratedOn: '2025-01-10', validUntil: '2026-01-09', referenceStandardIds: ['B'] }),
      ],
    });
    const b = makeNode({
      id: 'B',
      certificates: [makeCertificate({ id: 'b2024', calibratedOn: '2024-06-01', validUntil: '2025-05-31', referenceStandardIds: ['A'] })],
    });
    const chain = evaluateTraceabilityChain('A', toNodeMap(a, b, primary), '2025-03-01');
    expect(chain.complete).toBe(true);
    expect(chain.nodes.map((n) => n.key)).toEqual(['A@2025-03-01', 'B@2025-01-10', 'A@2024-06-01', 'P@2023-03-01']);
  });

  it('a national primary with certificates is judged on them; its references are not followed', () => {
    const certified = makeNode({
      ...primary,
      certificates: [
        makeCertificate({ id: 'p1', number: 'P-1', calibratedOn: '2022-01-01', validUntil: '2024-01-01', referenceStandardIds: ['X'] }),
      ],
    });
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, standardWithUntil('2025-06-30'), certified), '2025-08-01');
    expect(codes(chain)).toEqual(['CERTIFICATE_EXPIRED']);
    expect(chain.breaks[0]).toMatchObject({ nodeId: 'P', edge: { from: 'S@2025-05-10', to: 'P@2024-04-01' } });
  });

  it('warnings: a limited standard holds the link but is reported', () => {
    const limited = makeNode({
      id: 'S',
      name: '电能标准装置',
      certificates: [
        makeCertificate({
          id: 's1',
          kind: 'verification',
          conclusion: 'limited',
          calibratedOn: '2024-04-01',
          validUntil: '2025-12-31',
          referenceStandardIds: ['P'],
        }),
      ],
    });
    const chain = evaluateTraceabilityChain('M', toNodeMap(meter, limited, primary), '2025-08-01');
    expect(chain.complete).toBe(true);
    expect(chain.warnings.map((w) => [w.nodeKey, w.code])).toEqual([['S@2025-05-10', 'CERTIFICATE_LIMITED']]);
  });

  it('an unknown start id is a validation error naming startId', () => {
    expect(() => evaluateTraceabilityChain('nope', toNodeMap(meter), '2025-08-01')).toThrow(AppError);
    expect(() => evaluateTraceabilityChain('nope', toNodeMap(meter), '2025-08-01')).toThrow(/startId/);
  });
});
