import {
  GB17167_LEVEL_LABELS,
  MEDIUM_LABELS,
  gb17167ReviewInputSchema,
  type FieldIssue,
  type Gb17167Level,
  type Gb17167ReviewInput,
  type InstrumentStatus,
  type InstrumentType,
  type Medium,
  type ParsedEnergyReviewRequest,
  type RegisterPlacement,
} from '@jiliang/shared';
import { parseGb17167AccuracyClass } from '@jiliang/calc';
import { createEnergyIssue, throwEnergyValidation } from './energy-issues.ts';

/**
 * The GB 17167 review input built from an organisation's instrument register (issue 8): pure, so the rules of
 * placement are tested without a store. The inventory (entry/exit points, sub-unit consumption, equipment) and
 * the checklist come with the request; the instruments, their levels, classes, status and due dates come from
 * the register. Each register instrument is placed on the point it meters:
 * - listed by 管理编号 under a point (`instrumentCodes`): there, whatever its level;
 * - else by its GB 17167 level (GB 17167-2006 4.2): entry_exit → the one entry/exit point of its medium
 *   (several of one medium must say which: refused); sub_unit → the inventory sub-unit of its site and medium;
 *   main_equipment → the equipment whose inventory number or name its `equipment` field gives;
 * - otherwise it meters no point of the review and `reason` says why (it is not counted as installed).
 * Retired instruments are listed, never placed. Certificates: `validUntil` is the register's due date (the
 * last day the latest certificate covers); a certificate without an expiry counts as valid on the review date.
 */
export type RegisterInstrument = {
  id: string;
  code: string;
  name: string;
  instrumentType: InstrumentType;
  medium: Medium;
  gb17167Level: Gb17167Level;
  accuracyClass: string | null;
  mpeRelative: number | null;
  status: InstrumentStatus;
  dueDate: string | null;
  hasCertificate: boolean;
  siteId: string | null;
  equipment: string | null;
};
export type RegisterSite = { id: string; name: string; level: 'site' | 'sub_unit' };

const WHAT = 'GB 17167 review';
const FACT_FIELDS = new Set(['meteringPointClass', 'current', 'weighing', 'pipeDiameterMm', 'forMassCalculation', 'mpeRelative']);

export const buildReviewInput = (input: {
  enterprise: { name: string; creditCode: string | null };
  reviewDate: string;
  request: ParsedEnergyReviewRequest;
  register: readonly RegisterInstrument[];
  sites: readonly RegisterSite[];
}): { reviewInput: Gb17167ReviewInput; placements: RegisterPlacement[]; codesInOrder: string[] } => {
  const { request, reviewDate } = input;
  const issues: FieldIssue[] = [];
  const byCode = new Map(input.register.map((r) => [r.code, r]));
  const sites = new Map(input.sites.map((s) => [s.id, s]));
  const explicit = new Map<string, { pointId: string; path: string }>();

  const claim = (list: readonly string[] | undefined, pointId: string, path: string) =>
    (list ?? []).forEach((codeText, j) => {
      const at = `${path}.instrumentCodes[${j}]`;
      const instrument = byCode.get(codeText);
      if (!instrument) return issues.push(createEnergyIssue(at, `no instrument "${codeText}" in the register`));
      if (instrument.status === 'retired') return issues.push(createEnergyIssue(at, `${codeText} is retired (报废): it meters nothing`));
      const earlier = explicit.get(codeText);
      if (earlier) return issues.push(createEnergyIssue(at, `${codeText} is already listed at ${earlier.path}`));
      explicit.set(codeText, { pointId, path: at });
    });

  const entryIds = request.entryExitPoints.map((p, i) => p.id ?? `进出${i + 1}`);
  request.entryExitPoints.forEach((p, i) => claim(p.instrumentCodes, entryIds[i]!, `entryExitPoints[${i}]`));
  const subUnitKeys = new Set<string>();
  const subUnitIds = request.subUnits.map((s, i) => {
    const site = sites.get(s.siteId);
    if (!site || site.level !== 'sub_unit')
      issues.push(createEnergyIssue(`subUnits[${i}].siteId`, 'a sub-unit (用能单元) of this organisation’s sites (GB 17167-2006 4.2)'));
    const key = `${s.siteId}|${s.medium}`;
    if (subUnitKeys.has(key)) issues.push(createEnergyIssue(`subUnits[${i}].medium`, `${s.medium} of this sub-unit is listed twice`));
    subUnitKeys.add(key);
    return `${(site?.name ?? s.siteId).slice(0, 40)}·${MEDIUM_LABELS[s.medium]}`;
  });
  request.subUnits.forEach((s, i) => claim(s.instrumentCodes, subUnitIds[i]!, `subUnits[${i}]`));
  request.equipment.forEach((e, i) => {
    if (e.siteId !== undefined && !sites.has(e.siteId))
      issues.push(createEnergyIssue(`equipment[${i}].siteId`, 'a site or sub-unit of this organisation'));
    claim(e.instrumentCodes, e.id, `equipment[${i}]`);
  });
  for (const codeText of Object.keys(request.instrumentFacts))
    if (!byCode.has(codeText)) issues.push(createEnergyIssue(`instrumentFacts.${codeText}`, `no instrument "${codeText}" in the register`));
  if (issues.length > 0) throwEnergyValidation(WHAT, issues);

  const place = (r: RegisterInstrument): { pointId: string | null; reason: string | null } => {
    const listed = explicit.get(r.code);
    if (listed) return { pointId: listed.pointId, reason: null };
    if (r.status === 'retired') return { pointId: null, reason: '已报废，不计入 (retired)' };
    const medium = MEDIUM_LABELS[r.medium];
    switch (r.gb17167Level) {
      case 'entry_exit': {
        const candidates = request.entryExitPoints.flatMap((p, i) => (p.medium === r.medium ? [i] : []));
        if (candidates.length === 1) return { pointId: entryIds[candidates[0]!]!, reason: null };
        if (candidates.length === 0) return { pointId: null, reason: `清单中没有${medium}进出计量点 (no ${r.medium} entry/exit point)` };
        return throwEnergyValidation(WHAT, [
          createEnergyIssue(
            `entryExitPoints[${candidates[0]}].instrumentCodes`,
            `${candidates.length} entry/exit points of ${r.medium}: list ${r.code} under the one it meters (GB 17167-2006 4.2)`,
          ),
        ]);
      }
      case 'sub_unit': {
        const site = r.siteId ? sites.get(r.siteId) : undefined;
        if (!site || site.level !== 'sub_unit')
          return { pointId: null, reason: '台账未关联用能单元 (the register places it at no sub-unit)' };
        const i = request.subUnits.findIndex((s) => s.siteId === site.id && s.medium === r.medium);
        if (i < 0) return { pointId: null, reason: `清单未给出${site.name}的${medium}消耗量 (sub-unit not in the inventory; 表2)` };
        return { pointId: subUnitIds[i]!, reason: null };
      }
      case 'main_equipment': {
        const name = r.equipment?.trim();
        const match = name ? request.equipment.filter((e) => e.id === name || e.name === name) : [];
        if (match.length === 1) return { pointId: match[0]!.id, reason: null };
        return { pointId: null, reason: name ? `设备清单中没有“${name}” (equipment not in the inventory)` : '台账未写明所计量设备' };
      }
      case 'other':
        return { pointId: null, reason: `${GB17167_LEVEL_LABELS.other}：表1不计 (level other)` };
    }
  };

  const placements: RegisterPlacement[] = [];
  const instruments: Record<string, unknown>[] = [];
  const codesInOrder: string[] = [];
  for (const r of [...input.register].sort((a, b) => a.code.localeCompare(b.code))) {
    const { pointId, reason } = place(r);
    const validUntil = !r.hasCertificate ? null : (r.dueDate ?? reviewDate);
    placements.push({
      instrumentId: r.id,
      code: r.code,
      name: r.name,
      medium: r.medium,
      gb17167Level: r.gb17167Level,
      status: r.status,
      accuracyClass: r.accuracyClass,
      validUntil,
      pointId,
      reason,
    });
    if (pointId === null) continue;
    const facts = request.instrumentFacts[r.code] ?? {};
    // 表4 reads a class (0.5S, 1.0, ±0.1%) or an MPE; a scale's OIML class III is neither: the reviewer gives the MPE.
    const readable = r.accuracyClass !== null && parseGb17167AccuracyClass(r.accuracyClass) !== null;
    const accuracy =
      facts.mpeRelative !== undefined
        ? { mpeRelative: facts.mpeRelative }
        : readable
          ? { accuracyClass: r.accuracyClass! }
          : r.mpeRelative !== null
            ? { mpeRelative: r.mpeRelative }
            : r.status !== 'in_service' && r.accuracyClass
              ? { accuracyClass: r.accuracyClass }
              : null;
    if (accuracy === null) {
      if (r.status === 'in_service')
        issues.push(
          createEnergyIssue(
            `instrumentFacts.${r.code}.mpeRelative`,
            `the register's class ${r.accuracyClass ?? '(none)'} is not one GB 17167-2006 表4 reads (0.5S, 1.0, ±0.1%): give the MPE as a fraction`,
          ),
        );
      else
        Object.assign(placements[placements.length - 1]!, {
          pointId: null,
          reason: '非在用且台账未标明准确度等级 (not in service, no class)',
        });
      continue;
    }
    codesInOrder.push(r.code);
    instruments.push({
      code: r.code,
      name: r.name,
      instrumentType: r.instrumentType,
      pointId,
      status: r.status,
      validUntil,
      ...facts,
      ...accuracy,
    });
  }

  if (issues.length > 0) throwEnergyValidation(WHAT, issues);
  const file = {
    enterprise: { name: input.enterprise.name, ...(input.enterprise.creditCode ? { creditCode: input.enterprise.creditCode } : {}) },
    reviewDate,
    edition: request.edition,
    entryExitPoints: request.entryExitPoints.map((p, i) => ({ id: entryIds[i], name: p.name, medium: p.medium, direction: p.direction })),
    subUnits: request.subUnits.map((s, i) => ({
      id: subUnitIds[i],
      name: sites.get(s.siteId)?.name ?? s.siteId,
      medium: s.medium,
      consumption: s.consumption,
    })),
    equipment: request.equipment.map((e) => ({
      id: e.id,
      name: e.name,
      medium: e.medium,
      rating: e.rating,
      ...(e.siteId && request.subUnits.some((s) => s.siteId === e.siteId && s.medium === e.medium)
        ? { subUnitId: subUnitIds[request.subUnits.findIndex((s) => s.siteId === e.siteId && s.medium === e.medium)] }
        : {}),
    })),
    instruments,
    management: request.management,
  };
  const parsed = gb17167ReviewInputSchema.safeParse(file);
  if (!parsed.success)
    throwEnergyValidation(
      WHAT,
      parsed.error.issues.map((i) => createEnergyIssue(toRequestPath(i.path, codesInOrder), i.message)),
    );
  return { reviewInput: parsed.data!, placements, codesInOrder };
};

/** A path of the core's input as the request names it: instruments[3].weighing → instrumentFacts.B007.weighing. */
export const toRequestPath = (path: readonly PropertyKey[], codesInOrder: readonly string[]): string => {
  const [head, index, field] = path;
  if (head === 'instruments' && typeof index === 'number') {
    const codeText = codesInOrder[index] ?? String(index);
    const name = String(field ?? 'code');
    return FACT_FIELDS.has(name) ? `instrumentFacts.${codeText}.${name}` : `register.${codeText}.${name}`;
  }
  if (head === 'subUnits' && field === 'id') return `subUnits[${String(index)}].siteId`;
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(root)';
};

/** Remaps the core's field paths (`instruments[i].x`) to the request's, keeping the rule. */
export const remapReviewIssues = (issues: readonly FieldIssue[], codesInOrder: readonly string[]): FieldIssue[] =>
  issues.map((issue) => {
    const path = issue.field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
    const field = toRequestPath(
      path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      codesInOrder,
    );
    return { field, rule: issue.rule, message: `${field}: ${issue.rule}` };
  });
