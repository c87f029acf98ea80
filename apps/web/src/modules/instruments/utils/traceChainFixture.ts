import type { TraceChainView, TraceChainViewNode } from './TraceChainView.ts';

const node = (key: string, overrides: Partial<TraceChainViewNode> = {}): TraceChainViewNode => ({
  key,
  id: key.split('@')[0] ?? key,
  kind: 'standard',
  name: key.split('@')[0] ?? key,
  isNationalPrimary: false,
  isStart: false,
  judgedOn: key.split('@')[1] ?? '2026-01-01',
  state: 'valid',
  message: `${key} ok`,
  messageEn: `${key} ok`,
  stateOnEvaluationDate: 'valid',
  ownerName: '湖北省楚天碳计量中心',
  level: 'working',
  code: 'WS-1',
  ...overrides,
});

/**
 * A chain for the graph tests (JJF 1001-2011): meter M (start) → working standards W1 and W2 (one
 * certificate names both) → W1 → highest H → national primary P; W2's link is broken (expired before use).
 */
export const makeTraceChain = (): TraceChainView => ({
  at: '2026-11-28',
  startId: 'M',
  complete: false,
  nodes: [
    node('M@2026-11-28', {
      kind: 'instrument',
      name: '电能表（E-1）',
      isStart: true,
      ownerName: null,
      level: null,
      certificateNumber: 'C-M',
    }),
    node('W1@2026-05-10', { name: '0.05级检定装置', certificateNumber: 'C-W1' }),
    node('W2@2026-05-10', { name: '0.1级校验仪', state: 'expired', certificateNumber: 'C-W2' }),
    node('H@2026-04-10', { name: '0.01级标准装置', level: 'highest', certificateNumber: 'C-H' }),
    node('P@2026-03-01', { name: '国家电能计量基准', isNationalPrimary: true, state: 'national_primary', level: 'national_primary' }),
  ],
  edges: [
    { from: 'M@2026-11-28', to: 'W1@2026-05-10', certificateId: 'c1', certificateNumber: 'C-M', usedOn: '2026-05-10', valid: true },
    {
      from: 'M@2026-11-28',
      to: 'W2@2026-05-10',
      certificateId: 'c1',
      certificateNumber: 'C-M',
      usedOn: '2026-05-10',
      valid: false,
      reason: { code: 'CERTIFICATE_EXPIRED', message: '链路断开：<W2> 过期', messageEn: 'Chain broken: <W2> expired' },
    },
    { from: 'W1@2026-05-10', to: 'H@2026-04-10', certificateId: 'c2', certificateNumber: 'C-W1', usedOn: '2026-04-10', valid: true },
    { from: 'H@2026-04-10', to: 'P@2026-03-01', certificateId: 'c3', certificateNumber: 'C-H', usedOn: '2026-03-01', valid: true },
  ],
  breaks: [{ nodeId: 'W2', nodeKey: 'W2@2026-05-10', code: 'CERTIFICATE_EXPIRED', message: '链路断开：W2 过期', messageEn: 'broken' }],
  warnings: [],
});
