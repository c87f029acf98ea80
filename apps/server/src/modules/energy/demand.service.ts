import type { Kysely } from 'kysely';
import { AppError, GB17167_LEVEL_LABELS, MEDIUM_LABELS, type DemandAnalysis, type Gb17167ReviewResult, type Medium } from '@jiliang/shared';
import { parseGb17167AccuracyClass, toShanghaiDate } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { findOrganisationById } from '../identity/organisation.repository.ts';
import { listLatestReviews } from './energy-review.repository.ts';
import { withEnergyTables } from './energy.tables.ts';
import { listServedInstruments, listServedPoints, listServedUnits } from './demand.repository.ts';

/**
 * Demand analysis (需求分析, CM-6(1)): across the units an institution serves — the enterprises of its region and
 * every unit it has reviewed — which key parameters (energy types) are unmeasured, uncalibrated or most uncertain,
 * by industry; the report the centre files with the Province.
 * - unmeasured: a medium the unit meters somewhere (register or points) without an in-service entry/exit
 *   instrument (GB 17167-2006 4.2), and the unmetered points of its latest review's failing 表1 findings;
 * - uncalibrated: an in-service instrument without a certificate, or past its due date on `on`;
 * - uncertainty: the latest certificate's relative expanded uncertainty (%), else the relative MPE, else the
 *   accuracy class read as MPE % (表4 convention).
 */
const TOP = 10;
/** Code-point order: the same on every machine (a locale's collation of Han characters is not). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const createDemandService = ({ db: baseDb, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const db = withEnergyTables(baseDb);

  const analyseDemand = async (institutionId: string, onDate?: string): Promise<DemandAnalysis> => {
    const institution = await findOrganisationById(baseDb, institutionId);
    if (!institution || institution.kind !== 'institution')
      throw new AppError('VALIDATION_FAILED', '需求分析由碳计量中心或计量数据建设应用基地开展 (demand analysis is an institution’s)', [
        { field: 'id', rule: 'a carbon metrology centre or data application base (CM-6(1))', message: String(institution?.kind) },
      ]);
    const on = onDate ?? toShanghaiDate(clock.now());
    const { regional, reviewed } = await listServedUnits(db, institution.id, institution.regionCode);
    const units = new Map<string, { id: string; name: string; industry: string; basis: 'region' | 'reviewed' | 'both' }>();
    for (const u of regional) units.set(u.id, { id: u.id, name: u.name, industry: u.industry ?? '未分类', basis: 'region' });
    for (const u of reviewed) {
      const known = units.get(u.id);
      units.set(u.id, { id: u.id, name: u.name, industry: u.industry ?? '未分类', basis: known ? 'both' : 'reviewed' });
    }
    const ids = [...units.keys()];
    const [instruments, points, reviews] = await Promise.all([
      listServedInstruments(db, ids),
      listServedPoints(db, ids),
      listLatestReviews(db, ids),
    ]);
    const latest = new Map<string, (typeof reviews)[number]>();
    for (const r of reviews) if (!latest.has(r.enterpriseId)) latest.set(r.enterpriseId, r);

    const isUncalibrated = (i: (typeof instruments)[number]) =>
      i.status === 'in_service' && (i.latestCertificateId === null || (i.dueDate !== null && i.dueDate < on));
    const uncertaintyOf = (i: (typeof instruments)[number]) => {
      if (i.certificateUncertaintyPct !== null && i.certificateUncertaintyPct !== undefined)
        return { pct: Number(i.certificateUncertaintyPct), source: 'certificate' as const };
      if (i.mpeRelative !== null) return { pct: i.mpeRelative * 100, source: 'mpe' as const };
      const grade = i.accuracyClass ? parseGb17167AccuracyClass(i.accuracyClass) : null;
      return grade ? { pct: grade.value, source: 'accuracy_class' as const } : null;
    };

    const enterprises = [...units.values()]
      .sort((a, b) => compareText(a.industry, b.industry) || compareText(a.name, b.name))
      .map((u) => {
        const own = instruments.filter((i) => i.ownerId === u.id);
        const ownPoints = points.filter((p) => p.enterpriseId === u.id);
        const media = new Set<Medium>([...own.map((i) => i.medium as Medium), ...ownPoints.map((p) => p.medium as Medium)]);
        const unmeasured: { medium: Medium; reason: string }[] = [];
        for (const medium of media)
          if (!own.some((i) => i.medium === medium && i.status === 'in_service' && i.gb17167Level === 'entry_exit'))
            unmeasured.push({
              medium,
              reason: `${MEDIUM_LABELS[medium]}无在用的进出用能单位计量器具 (no in-service entry/exit instrument)`,
            });
        const review = latest.get(u.id);
        for (const f of (review?.result as Gb17167ReviewResult | undefined)?.findings ?? [])
          if (f.verdict === 'fail')
            unmeasured.push({
              medium: f.medium,
              reason: `最近审查：${GB17167_LEVEL_LABELS[f.level]}未计量 ${f.unmeteredPointIds.length} 个（${f.clause}）`,
            });
        return {
          ...u,
          instruments: own.length,
          uncalibrated: own.filter(isUncalibrated).length,
          pointsWithoutInstrument: ownPoints.filter((p) => !p.instrumentId).length,
          unmeasured,
          latestReview: review ? { id: review.id, reviewDate: review.reviewDate, score: review.score, verdict: review.verdict } : null,
        };
      });

    const industries = [...new Set(enterprises.map((e) => e.industry))].sort(compareText);
    const byIndustry = industries.map((industry) => {
      const members = enterprises.filter((e) => e.industry === industry);
      const memberIds = new Set(members.map((m) => m.id));
      const own = instruments.filter((i) => memberIds.has(i.ownerId));
      const ownPoints = points.filter((p) => memberIds.has(p.enterpriseId));
      const media = [...new Set([...own.map((i) => i.medium), ...ownPoints.map((p) => p.medium)])].sort() as Medium[];
      return {
        industry,
        enterprises: members.length,
        media: media.map((medium) => {
          const ofMedium = own.filter((i) => i.medium === medium);
          const pcts = ofMedium.filter((i) => i.status === 'in_service').flatMap((i) => uncertaintyOf(i)?.pct ?? []);
          return {
            medium,
            enterprises: members.filter(
              (m) => ofMedium.some((i) => i.ownerId === m.id) || ownPoints.some((p) => p.enterpriseId === m.id && p.medium === medium),
            ).length,
            instruments: ofMedium.length,
            uncalibrated: ofMedium.filter(isUncalibrated).length,
            unmeasuredEnterprises: members.filter((m) => m.unmeasured.some((x) => x.medium === medium)).length,
            pointsWithoutInstrument: ownPoints.filter((p) => p.medium === medium && !p.instrumentId).length,
            maxUncertaintyPct: pcts.length > 0 ? Math.max(...pcts) : null,
          };
        }),
      };
    });

    const mostUncertain = instruments
      .filter((i) => i.status === 'in_service')
      .flatMap((i) => {
        const u = uncertaintyOf(i);
        const unit = units.get(i.ownerId)!;
        return u
          ? [
              {
                enterpriseId: unit.id,
                enterpriseName: unit.name,
                industry: unit.industry,
                code: i.code,
                name: i.name,
                medium: i.medium as Medium,
                relativePct: u.pct,
                source: u.source,
              },
            ]
          : [];
      })
      .sort((a, b) => b.relativePct - a.relativePct || compareText(a.code, b.code) || compareText(a.enterpriseName, b.enterpriseName))
      .slice(0, TOP);

    return {
      institution: { id: institution.id, name: institution.name, regionCode: institution.regionCode },
      on,
      enterprises,
      byIndustry,
      mostUncertain,
      clause: 'CM-6(1)',
    };
  };

  return { analyseDemand };
};
