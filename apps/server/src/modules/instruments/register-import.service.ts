import type { Kysely } from 'kysely';
import {
  AppError,
  certificateInputSchema,
  instrumentInputSchema,
  isAppError,
  type CertificateInput,
  type InstrumentInput,
  type RegisterImportReport,
} from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { CertificateService } from './certificate.service.ts';
import type { InstrumentService } from './instrument.service.ts';
import { LABEL_TABLES, LEVEL_SYNONYMS, readRegisterSheet, writeRegisterSheet, type ExportRow, type SheetRow } from './register-sheet.ts';

/**
 * Excel import and export of the register (issue 4 §1). Each row is validated on its own and reported
 * with its row number, field and rule; good rows are kept even when others fail. An existing 管理编号 is
 * never overwritten silently: in `create` mode it is reported; in `update` mode the change is written
 * with a new version and an audit entry per instrument.
 */
type Issue = { field: string; message: string };

const fromLabel = (table: Record<string, string>, text: string | undefined, synonyms: Record<string, string> = {}) => {
  if (!text) return undefined;
  const t = text.trim();
  if (t in table) return t; // already a code
  const found = Object.entries(table).find(([, label]) => label === t);
  return found?.[0] ?? synonyms[t] ?? `?${t}`;
};

const parseNumber = (text: string | undefined) => (text === undefined ? undefined : Number(text.replace(/,/g, '')));

/** "200/5" → 40; "40" → 40 (CT and PT ratios as registers write them). */
const parseRatio = (text: string | undefined) => {
  if (!text) return undefined;
  const m = /^\s*([\d.]+)\s*\/\s*([\d.]+)\s*$/.exec(text);
  return m ? Number(m[1]) / Number(m[2]) : Number(text);
};

/** "0~1000 kWh", "0-100A", "0～1.6 MPa" → min, max, unit. */
const parseRange = (text: string | undefined) => {
  if (!text) return {};
  const m = /^\s*(-?[\d.]+)\s*[~～\-—]\s*(-?[\d.]+)\s*(.*)$/.exec(text);
  if (!m) return { rangeError: `“${text}” 不是“下限~上限 单位”的形式 (expected "min~max unit")` };
  return { rangeMin: Number(m[1]), rangeMax: Number(m[2]), rangeUnit: m[3]?.trim() || null };
};

const parseDate = (text: string | undefined) => {
  if (!text) return undefined;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
};

/** One sheet row → the instrument and (when its columns are filled) its latest certificate. */
export const rowToInputs = (
  cells: SheetRow['cells'],
  sites: ReadonlyMap<string, string>,
): { instrument?: InstrumentInput; certificate?: CertificateInput; issues: Issue[] } => {
  const issues: Issue[] = [];
  const coded = (field: 'instrumentType' | 'medium' | 'gb17167Level' | 'status', header: string, synonyms?: Record<string, string>) => {
    const value = fromLabel(LABEL_TABLES[field], cells[field], synonyms);
    if (value?.startsWith('?'))
      issues.push({ field: header, message: `“${value.slice(1)}”不在可选值中：${Object.values(LABEL_TABLES[field]).join('、')}` });
    return value?.startsWith('?') ? undefined : value;
  };
  const range = parseRange(cells.range);
  if ('rangeError' in range) issues.push({ field: '测量范围', message: range.rangeError! });
  let siteId: string | null = null;
  if (cells.site) {
    siteId = sites.get(cells.site) ?? null;
    if (!siteId) issues.push({ field: '厂区/用能单元', message: `本单位没有名为“${cells.site}”的厂区或用能单元 (unknown site)` });
  }
  const mandatory = cells.mandatoryVerification;
  const candidate = {
    code: cells.code ?? '',
    name: cells.name ?? '',
    instrumentType: coded('instrumentType', '器具类别'),
    medium: coded('medium', '能源种类'),
    maker: cells.maker ?? null,
    model: cells.model ?? null,
    serialNumber: cells.serialNumber ?? null,
    accuracyClass: cells.accuracyClass ?? null,
    ...('rangeError' in range ? {} : range),
    ctRatio: parseRatio(cells.ctRatio) ?? null,
    ptRatio: parseRatio(cells.ptRatio) ?? null,
    siteId,
    equipment: cells.equipment ?? null,
    location: cells.location ?? null,
    gb17167Level: coded('gb17167Level', '配备级别', LEVEL_SYNONYMS),
    mandatoryVerification: mandatory === '是' || mandatory === 'Y' || mandatory === '强检',
    intervalMonths: parseNumber(cells.intervalMonths) ?? null,
    status: coded('status', '状态') ?? 'in_service',
  };
  if (mandatory && !['是', '否', 'Y', 'N', '强检', '非强检'].includes(mandatory))
    issues.push({ field: '是否强检', message: `“${mandatory}”应为“是”或“否”` });
  const parsed = instrumentInputSchema.safeParse(candidate);
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const field = String(i.path[0] ?? '');
      // Fields already reported above with their Chinese header are not reported twice.
      if (
        ['instrumentType', 'medium', 'gb17167Level', 'status'].includes(field) &&
        candidate[field as keyof typeof candidate] === undefined
      )
        continue;
      issues.push({ field: HEADER_OF[field] ?? field, message: i.message });
    }
  let certificate: CertificateInput | undefined;
  if (cells.certificateNumber || cells.calibratedOn) {
    const conclusion = fromLabel(LABEL_TABLES.conclusion, cells.conclusion ?? '合格');
    const c = certificateInputSchema.safeParse({
      number: cells.certificateNumber ?? '',
      kind: conclusion === 'calibrated' ? 'calibration' : 'verification',
      laboratoryName: cells.laboratoryName ?? '',
      calibratedOn: parseDate(cells.calibratedOn) ?? '',
      validUntil: parseDate(cells.validUntil) ?? null,
      conclusion: conclusion?.startsWith('?') ? '' : conclusion,
    });
    if (c.success) certificate = c.data;
    else for (const i of c.error.issues) issues.push({ field: CERT_HEADER_OF[String(i.path[0])] ?? String(i.path[0]), message: i.message });
  }
  return issues.length ? { issues } : { instrument: parsed.data, certificate, issues };
};

const HEADER_OF: Record<string, string> = {
  code: '管理编号',
  name: '器具名称',
  rangeMax: '测量范围',
  ctRatio: 'CT变比',
  ptRatio: 'PT变比',
  intervalMonths: '检定周期(月)',
  accuracyClass: '准确度等级',
};
const CERT_HEADER_OF: Record<string, string> = {
  number: '证书编号',
  laboratoryName: '检定/校准单位',
  calibratedOn: '检定/校准日期',
  validUntil: '有效期至',
  conclusion: '检定结论',
};

export const createRegisterImportService = ({
  db,
  clock,
  instruments,
  certificates,
}: {
  db: Kysely<Database>;
  clock: Clock;
  instruments: InstrumentService;
  certificates: CertificateService;
}) => {
  const importRegister = async (
    actor: AuditActor,
    ownerId: string,
    content: Buffer,
    mode: 'create' | 'update' = 'create',
  ): Promise<RegisterImportReport> => {
    let sheet: Awaited<ReturnType<typeof readRegisterSheet>>;
    try {
      sheet = await readRegisterSheet(content);
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', (error as Error).message, [
        { field: 'file', rule: 'an XLSX workbook', message: 'unreadable' },
      ]);
    }
    if (sheet.missingColumns.length)
      throw new AppError('VALIDATION_FAILED', `台账缺少必需的列：${sheet.missingColumns.join('、')} (missing columns)`, [
        { field: 'file', rule: `header row with ${sheet.missingColumns.join(', ')}`, message: 'missing columns' },
      ]);
    const siteRows = await db.selectFrom('sites').select(['id', 'name']).where('enterpriseId', '=', ownerId).execute();
    const sites = new Map(siteRows.map((s) => [s.name, s.id]));
    const report: RegisterImportReport = {
      rows: sheet.rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      certificatesCreated: 0,
      rejected: [],
    };
    const seen = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const reject = (issues: Issue[]) => report.rejected.push({ row, code: cells.code ?? null, issues });
      const mapped = rowToInputs(cells, sites);
      if (!mapped.instrument) {
        reject(mapped.issues);
        continue;
      }
      const earlier = seen.get(mapped.instrument.code);
      if (earlier) {
        reject([{ field: '管理编号', message: `与第 ${earlier} 行重复 (duplicate of row ${earlier})` }]);
        continue;
      }
      seen.set(mapped.instrument.code, row);
      try {
        // One transaction per row: a bad row rolls back alone and the good rows stay.
        const outcome = await db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom('instruments')
            .selectAll()
            .where('ownerId', '=', ownerId)
            .where('code', '=', mapped.instrument!.code)
            .executeTakeFirst();
          let id: string;
          let kind: 'created' | 'updated' | 'unchanged';
          if (!existing) {
            id = await instruments.insertInTransaction(trx, actor, ownerId, mapped.instrument!, false);
            kind = 'created';
          } else {
            id = existing.id;
            const next = instrumentInputSchema.parse(mapped.instrument);
            const differs = Object.entries(next).filter(([k, v]) => (existing as Record<string, unknown>)[k] !== v);
            if (differs.length === 0) kind = 'unchanged';
            else if (mode === 'update') {
              await instruments.updateInTransaction(trx, actor, id, mapped.instrument!);
              kind = 'updated';
            } else
              throw new AppError(
                'CONFLICT',
                `管理编号已在台账中，且${differs.map(([k]) => HEADER_OF[k] ?? k).join('、')}不同；如需更新请选择“更新已有器具” (exists and differs)`,
                [{ field: '管理编号', rule: 'create mode never overwrites', message: mapped.instrument!.code }],
              );
          }
          let certificate = false;
          if (mapped.certificate) {
            const known = await trx
              .selectFrom('certificates')
              .select(['instrumentId'])
              .where('laboratoryName', '=', mapped.certificate.laboratoryName)
              .where('number', '=', mapped.certificate.number)
              .executeTakeFirst();
            if (known && known.instrumentId !== id)
              throw new AppError(
                'CONFLICT',
                `证书 ${mapped.certificate.number} 已登记在其他器具上 (certificate belongs to another instrument)`,
                [{ field: '证书编号', rule: 'one certificate, one instrument', message: mapped.certificate.number }],
              );
            if (!known) {
              await certificates.insertInTransaction(trx, actor, { instrumentId: id }, mapped.certificate, {
                source: 'register_import',
                audit: false,
              });
              certificate = true;
            }
          }
          return { kind, certificate };
        });
        report[outcome.kind] += 1;
        if (outcome.certificate) report.certificatesCreated += 1;
      } catch (error) {
        if (!isAppError(error)) throw error;
        const details = Array.isArray(error.details) ? (error.details as { field: string }[]) : [];
        reject([{ field: details[0]?.field ?? '管理编号', message: error.message }]);
      }
    }
    await db.transaction().execute((trx) =>
      appendAudit(
        trx,
        {
          actor,
          organisationId: ownerId,
          action: 'instrument.import',
          entityType: 'instrument_register',
          entityId: ownerId,
          after: { mode, ...report, rejected: report.rejected.length },
        },
        clock.now(),
      ),
    );
    return report;
  };

  /** The whole register of one owner, with each instrument's latest certificate, in the import layout. */
  const exportRegister = async (ownerId: string) => {
    const owner = await db.selectFrom('organisations').select('name').where('id', '=', ownerId).executeTakeFirst();
    if (!owner) throw new AppError('NOT_FOUND', `组织 ${ownerId} 不存在 (organisation not found)`, { entity: 'organisation', id: ownerId });
    const page = await instruments.listInstruments({ kind: 'organisations', organisationIds: [ownerId] }, {
      ownerId,
      page: 1,
      pageSize: 100_000,
    } as never);
    const certIds = page.items.map((i) => i.id);
    const latest = certIds.length
      ? await db
          .selectFrom('instruments')
          .innerJoin('certificates', 'certificates.id', 'instruments.latestCertificateId')
          .select(['instruments.id', 'certificates.calibratedOn', 'certificates.laboratoryName', 'certificates.conclusion'])
          .where('instruments.ownerId', '=', ownerId)
          .execute()
      : [];
    const rows: ExportRow[] = page.items.map((i) => {
      const c = latest.find((l) => l.id === i.id);
      return {
        ...i,
        calibratedOn: c?.calibratedOn ?? null,
        validUntil: i.dueDate,
        laboratoryName: c?.laboratoryName ?? null,
        conclusion: c?.conclusion ?? null,
      };
    });
    const today = instruments.today();
    return { filename: `${owner.name}-计量器具台账-${today}.xlsx`, content: await writeRegisterSheet(owner.name, rows, today) };
  };

  return { importRegister, exportRegister };
};
