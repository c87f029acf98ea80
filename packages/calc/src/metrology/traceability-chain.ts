import type { CalendarDate } from '../lifecycle/calendar.ts';
import { certificateAt } from './certificate-validity.ts';
import { requireCalendarDate, throwMetrologyInput } from './metrology-input.ts';
import type { CertificateFacts, CertificateState, CertificateStatus, TraceNode, TraceNodeKind } from './types.ts';

/**
 * The traceability chain (计量溯源链) of a node on a day, as a graph for the UI.
 *
 * Metrological traceability is an unbroken chain of calibrations relating a result to a reference
 * (JJF 1001-2011 计量溯源性, after VIM3 2.41–2.42; note 3 there: the chain includes the time at
 * which each reference was used). Hence these rules:
 * 1. The start node is judged on `at` with certificateAt.
 * 2. Its governing certificate names reference standards; each is judged on the day it was used,
 *    i.e. on that certificate's calibratedOn, and the link is valid iff the standard was usable
 *    then ('valid' or 'no_expiry'). A standard that expired after its use does not break the chain;
 *    its state on `at` is reported as `stateOnEvaluationDate`, for information only.
 * 3. From each standard, the same again with its own governing certificate, up to a national primary
 *    standard (国家计量基准, isNationalPrimary), where the chain ends. A primary with certificates is
 *    judged like any node (their references are not followed); without any, its state is 'national_primary'.
 * 4. The chain is a DAG (a certificate may name several standards): it is complete iff every path ends
 *    at a national primary and no link is broken, i.e. `breaks` is empty.
 * 5. Graph nodes are (node, day judged): key `${id}@${judgedOn}`, since one standard used on two days
 *    may be in two states. Edges run from the calibrated node to its reference standard and carry the
 *    calibrated node's certificate. A certificate is still followed upwards when it is expired, failed
 *    or revoked, so the graph shows everything; only a node with no certificate has no edges upwards.
 * 6. Breaks (one per broken link, plus node-level ones): NO_CERTIFICATE, CERTIFICATE_EXPIRED,
 *    CERTIFICATE_FAILED, CERTIFICATE_REVOKED (the node's certificate on the day judged),
 *    NO_REFERENCE_STANDARD (a certificate names no standard and its node is not a national primary),
 *    UNKNOWN_STANDARD (a named id is not in the map; a placeholder node with state 'unknown' is drawn),
 *    CYCLE (a back edge in the graph of keys: a standard that traces, through the same certificates,
 *    to itself). Going back in time through an older certificate of the same node is not a cycle.
 * 7. Warnings (no break): CERTIFICATE_LIMITED and NO_EXPIRY_SET from certificateAt.
 */

export type TraceChainNodeState = CertificateState | 'national_primary' | 'unknown';

export type TraceBreakCode =
  | 'NO_CERTIFICATE'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_FAILED'
  | 'CERTIFICATE_REVOKED'
  | 'NO_REFERENCE_STANDARD'
  | 'UNKNOWN_STANDARD'
  | 'CYCLE';

export type TraceChainNode = {
  key: string;
  id: string;
  kind: TraceNodeKind;
  name: string;
  isNationalPrimary: boolean;
  isStart: boolean;
  judgedOn: CalendarDate;
  state: TraceChainNodeState;
  certificateId?: string;
  certificateNumber?: string;
  validUntil?: CalendarDate;
  message: string;
  messageEn: string;
  /** For information: the node's state on the evaluation day `at`. */
  stateOnEvaluationDate: TraceChainNodeState;
  certificateNumberOnEvaluationDate?: string;
};

export type TraceChainEdge = {
  from: string;
  to: string;
  /** The certificate of the `from` node that names the `to` standard. */
  certificateId: string;
  certificateNumber: string;
  usedOn: CalendarDate;
  valid: boolean;
  reason?: { code: TraceBreakCode; message: string; messageEn: string };
};

export type TraceChainBreak = {
  nodeId: string;
  nodeKey: string;
  code: TraceBreakCode;
  message: string;
  messageEn: string;
  /** The broken link, when the break is a link rather than the start node itself. */
  edge?: { from: string; to: string };
};

export type TraceChainWarning = { nodeId: string; nodeKey: string; code: string; message: string; messageEn: string };

export type TraceChainResult = {
  at: CalendarDate;
  startId: string;
  complete: boolean;
  nodes: TraceChainNode[];
  edges: TraceChainEdge[];
  breaks: TraceChainBreak[];
  warnings: TraceChainWarning[];
};

const KIND_ZH: Record<TraceNodeKind, string> = { instrument: '器具', standard: '标准' };

const isLinkUsable = (state: TraceChainNodeState): boolean => state === 'valid' || state === 'no_expiry' || state === 'national_primary';

type Link = { child: TraceNode; certificate: CertificateFacts };

const BREAK_CODE_OF_STATE: Partial<Record<CertificateState, TraceBreakCode>> = {
  none: 'NO_CERTIFICATE',
  expired: 'CERTIFICATE_EXPIRED',
  failed: 'CERTIFICATE_FAILED',
  revoked: 'CERTIFICATE_REVOKED',
};

/** Chain-level wording of a standard that was not usable on the day it was used. */
const describeStandardBreak = (standard: TraceNode, status: CertificateStatus, link: Link): { message: string; messageEn: string } => {
  const usedOn = link.certificate.calibratedOn;
  const use = `（用于${KIND_ZH[link.child.kind]} ${link.child.name} 的证书 ${link.certificate.number}）`;
  const useEn = `(used for ${link.child.kind} ${link.child.name}'s certificate ${link.certificate.number})`;
  const code = status.reason.code;
  if (status.state === 'expired' && status.certificate && status.validUntil) {
    return {
      message: `链路断开：标准 ${standard.name} 的证书 ${status.certificate.number} 于 ${status.validUntil} 到期，早于其使用日 ${usedOn}${use}(${code})`,
      messageEn: `Chain broken: standard ${standard.name}'s certificate ${status.certificate.number} expired on ${status.validUntil} (last valid day), before its use on ${usedOn} ${useEn} (${code})`,
    };
  }
  return {
    message: `链路断开：标准 ${standard.name} 在使用日 ${usedOn} 不可用${use}：${status.reason.message} (${code})`,
    messageEn: `Chain broken: standard ${standard.name} was not usable on its use on ${usedOn} ${useEn}: ${status.reason.messageEn} (${code})`,
  };
};

export const evaluateTraceabilityChain = (startId: string, nodes: ReadonlyMap<string, TraceNode>, at: CalendarDate): TraceChainResult => {
  requireCalendarDate(at, 'at');
  const start = nodes.get(startId);
  if (!start) {
    return throwMetrologyInput(
      'startId',
      'known_node',
      `溯源起点 ${startId} 不在节点集合中`,
      `the start node ${startId} is not in the map`,
    );
  }

  const graphNodes = new Map<string, TraceChainNode>();
  const statuses = new Map<string, CertificateStatus | null>();
  const inProgress = new Set<string>();
  const edges: TraceChainEdge[] = [];
  const breaks: TraceChainBreak[] = [];
  const warnings: TraceChainWarning[] = [];

  const judge = (node: TraceNode, day: CalendarDate): { state: TraceChainNodeState; status: CertificateStatus | null } => {
    if (node.isNationalPrimary && node.certificates.length === 0) return { state: 'national_primary', status: null };
    const status = certificateAt(node, day);
    return { state: status.state, status };
  };

  /** Adds the node judged on `day` and everything above it; returns its key. */
  const visit = (node: TraceNode, day: CalendarDate, isStart: boolean): string => {
    const key = `${node.id}@${day}`;
    if (graphNodes.has(key)) return key;
    const { state, status } = judge(node, day);
    const onAt = day === at ? { state, status } : judge(node, at);
    graphNodes.set(key, {
      key,
      id: node.id,
      kind: node.kind,
      name: node.name,
      isNationalPrimary: node.isNationalPrimary,
      isStart,
      judgedOn: day,
      state,
      ...(status?.certificate ? { certificateId: status.certificate.id, certificateNumber: status.certificate.number } : {}),
      ...(status?.validUntil ? { validUntil: status.validUntil } : {}),
      message: status ? status.reason.message : '国家计量基准，溯源终点',
      messageEn: status ? status.reason.messageEn : 'national primary standard: the chain ends here',
      stateOnEvaluationDate: onAt.state,
      ...(onAt.status?.certificate ? { certificateNumberOnEvaluationDate: onAt.status.certificate.number } : {}),
    });
    statuses.set(key, status);
    for (const warning of status?.warnings ?? []) warnings.push({ nodeId: node.id, nodeKey: key, ...warning });
    const code = isStart && status ? BREAK_CODE_OF_STATE[status.state] : undefined;
    if (status && code) {
      breaks.push({
        nodeId: node.id,
        nodeKey: key,
        code,
        message: `链路断开：${KIND_ZH[node.kind]} ${node.name} 在 ${day}：${status.reason.message} (${code})`,
        messageEn: `Chain broken: ${node.kind} ${node.name} on ${day}: ${status.reason.messageEn} (${code})`,
      });
    }
    const certificate = status?.certificate;
    if (node.isNationalPrimary || !certificate) return key;

    inProgress.add(key);
    const referenceIds = [...new Set(certificate.referenceStandardIds)];
    if (referenceIds.length === 0) {
      breaks.push({
        nodeId: node.id,
        nodeKey: key,
        code: 'NO_REFERENCE_STANDARD',
        message: `链路断开：${KIND_ZH[node.kind]} ${node.name} 的证书 ${certificate.number} 未注明所用计量标准，且该节点不是国家计量基准 (NO_REFERENCE_STANDARD)`,
        messageEn: `Chain broken: ${node.kind} ${node.name}'s certificate ${certificate.number} names no measurement standard and the node is not a national primary standard (NO_REFERENCE_STANDARD)`,
      });
    }
    for (const referenceId of referenceIds) linkTo(node, key, certificate, referenceId);
    inProgress.delete(key);
    return key;
  };

  const linkTo = (child: TraceNode, childKey: string, certificate: CertificateFacts, referenceId: string): void => {
    const usedOn = certificate.calibratedOn;
    const edgeBase = { from: childKey, certificateId: certificate.id, certificateNumber: certificate.number, usedOn };
    const brokenLink = (to: string, nodeId: string, code: TraceBreakCode, message: string, messageEn: string): void => {
      edges.push({ ...edgeBase, to, valid: false, reason: { code, message, messageEn } });
      breaks.push({ nodeId, nodeKey: to, code, message, messageEn, edge: { from: childKey, to } });
    };
    const standard = nodes.get(referenceId);
    if (!standard) {
      const to = `${referenceId}@${usedOn}`;
      if (!graphNodes.has(to)) {
        graphNodes.set(to, {
          key: to,
          id: referenceId,
          kind: 'standard',
          name: referenceId,
          isNationalPrimary: false,
          isStart: false,
          judgedOn: usedOn,
          state: 'unknown',
          message: `未知计量标准 ${referenceId}`,
          messageEn: `unknown measurement standard ${referenceId}`,
          stateOnEvaluationDate: 'unknown',
        });
      }
      return brokenLink(
        to,
        referenceId,
        'UNKNOWN_STANDARD',
        `链路断开：${KIND_ZH[child.kind]} ${child.name} 的证书 ${certificate.number} 引用的标准 ${referenceId} 未登记 (UNKNOWN_STANDARD)`,
        `Chain broken: ${child.kind} ${child.name}'s certificate ${certificate.number} names standard ${referenceId}, which is not registered (UNKNOWN_STANDARD)`,
      );
    }
    const to = `${standard.id}@${usedOn}`;
    if (inProgress.has(to)) {
      return brokenLink(
        to,
        standard.id,
        'CYCLE',
        `链路断开：${KIND_ZH[child.kind]} ${child.name} 的证书 ${certificate.number} 引用的标准 ${standard.name} 经同一组证书溯源到其自身（循环溯源）(CYCLE)`,
        `Chain broken: ${child.kind} ${child.name}'s certificate ${certificate.number} names standard ${standard.name}, which traces back to itself through the same certificates (CYCLE)`,
      );
    }
    visit(standard, usedOn, false);
    const target = graphNodes.get(to);
    const status = statuses.get(to);
    if (target && isLinkUsable(target.state)) {
      edges.push({ ...edgeBase, to, valid: true });
      return;
    }
    const code = status ? BREAK_CODE_OF_STATE[status.state] : undefined;
    if (!status || !code) return;
    const { message, messageEn } = describeStandardBreak(standard, status, { child, certificate });
    brokenLink(to, standard.id, code, message, messageEn);
  };

  visit(start, at, true);
  return {
    at,
    startId,
    complete: breaks.length === 0,
    nodes: [...graphNodes.values()],
    edges,
    breaks,
    warnings,
  };
};
