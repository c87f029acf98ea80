import type { CertificateFacts, TraceNode } from './types.ts';

/** Builders for the metrology tests (not exported from the package). */
export const makeCertificate = (
  overrides: Partial<CertificateFacts> & Pick<CertificateFacts, 'id' | 'calibratedOn'>,
): CertificateFacts => ({
  number: `NO-${overrides.id}`,
  kind: 'calibration',
  validUntil: null,
  conclusion: 'calibrated',
  laboratoryName: '湖北省计量测试技术研究院',
  referenceStandardIds: [],
  results: [],
  ...overrides,
});

export const makeNode = (overrides: Partial<TraceNode> & Pick<TraceNode, 'id'>): TraceNode => ({
  kind: 'standard',
  name: overrides.id,
  isNationalPrimary: false,
  intervalMonths: 12,
  certificates: [],
  ...overrides,
});

export const toNodeMap = (...nodes: TraceNode[]): ReadonlyMap<string, TraceNode> => new Map(nodes.map((node) => [node.id, node]));
