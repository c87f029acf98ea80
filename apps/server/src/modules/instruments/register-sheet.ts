import ExcelJS from 'exceljs';
import {
  CERTIFICATE_CONCLUSION_LABELS,
  GB17167_LEVEL_LABELS,
  INSTRUMENT_STATUS_LABELS,
  INSTRUMENT_TYPE_LABELS,
  MEDIUM_LABELS,
  type Instrument,
} from '@jiliang/shared';

/**
 * The register sheet (计量器具台账) in the layout enterprises already keep under GB 17167-2006 5.3.x:
 * one row per instrument with its latest verification. Columns are found by their Chinese header, so a
 * sheet with extra or reordered columns still imports. Export writes the same columns, so an exported
 * register re-imports unchanged.
 */
export const REGISTER_COLUMNS = [
  { key: 'seq', header: '序号', width: 6 },
  { key: 'code', header: '管理编号', width: 14, required: true },
  { key: 'name', header: '器具名称', width: 20, required: true },
  { key: 'instrumentType', header: '器具类别', width: 14, required: true },
  { key: 'medium', header: '能源种类', width: 10, required: true },
  { key: 'maker', header: '生产厂家', width: 18 },
  { key: 'model', header: '型号规格', width: 14 },
  { key: 'serialNumber', header: '出厂编号', width: 16 },
  { key: 'accuracyClass', header: '准确度等级', width: 10 },
  { key: 'range', header: '测量范围', width: 16 },
  { key: 'ctRatio', header: 'CT变比', width: 9 },
  { key: 'ptRatio', header: 'PT变比', width: 11 },
  { key: 'site', header: '厂区/用能单元', width: 16 },
  { key: 'equipment', header: '用能设备', width: 14 },
  { key: 'location', header: '安装地点', width: 16 },
  { key: 'gb17167Level', header: '配备级别', width: 16, required: true },
  { key: 'mandatoryVerification', header: '是否强检', width: 8 },
  { key: 'intervalMonths', header: '检定周期(月)', width: 10 },
  { key: 'status', header: '状态', width: 8 },
  { key: 'calibratedOn', header: '检定/校准日期', width: 13 },
  { key: 'validUntil', header: '有效期至', width: 12 },
  { key: 'certificateNumber', header: '证书编号', width: 18 },
  { key: 'laboratoryName', header: '检定/校准单位', width: 22 },
  { key: 'conclusion', header: '检定结论', width: 8 },
] as const;
export type RegisterColumnKey = (typeof REGISTER_COLUMNS)[number]['key'];
export type SheetRow = { row: number; cells: Partial<Record<RegisterColumnKey, string>> };

/** Other headers enterprises use for the same column. */
const HEADER_ALIASES: Record<string, RegisterColumnKey> = {
  编号: 'code',
  台账编号: 'code',
  名称: 'name',
  计量器具名称: 'name',
  类别: 'instrumentType',
  器具类型: 'instrumentType',
  测量介质: 'medium',
  能源类别: 'medium',
  制造厂: 'maker',
  制造单位: 'maker',
  规格型号: 'model',
  型号: 'model',
  编号出厂: 'serialNumber',
  出厂号: 'serialNumber',
  准确度: 'accuracyClass',
  精度等级: 'accuracyClass',
  量程: 'range',
  使用地点: 'location',
  安装位置: 'location',
  级别: 'gb17167Level',
  计量级别: 'gb17167Level',
  强检: 'mandatoryVerification',
  检定周期: 'intervalMonths',
  使用状态: 'status',
  检定日期: 'calibratedOn',
  校准日期: 'calibratedOn',
  有效期: 'validUntil',
  下次检定日期: 'validUntil',
  检定单位: 'laboratoryName',
  校准单位: 'laboratoryName',
  结论: 'conclusion',
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
};

const normaliseHeader = (text: string) => text.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');

/** Read the first sheet: find the header row (the first row naming 管理编号 and 器具名称) and the rows after it. */
export const readRegisterSheet = async (content: Buffer): Promise<{ rows: SheetRow[]; missingColumns: string[] }> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(`不是有效的 XLSX 文件 (not a readable XLSX workbook: ${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missingColumns: REGISTER_COLUMNS.filter((c) => 'required' in c).map((c) => c.header) };
  const byHeader = new Map<string, RegisterColumnKey>(REGISTER_COLUMNS.map((c) => [normaliseHeader(c.header), c.key]));
  for (const [alias, key] of Object.entries(HEADER_ALIASES)) byHeader.set(normaliseHeader(alias), key);
  let headerRow = 0;
  const columns = new Map<number, RegisterColumnKey>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 20) && headerRow === 0; r++) {
    const found = new Map<number, RegisterColumnKey>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = byHeader.get(normaliseHeader(cellText(cell.value)));
      if (key) found.set(col, key);
    });
    const keys = new Set(found.values());
    if (keys.has('code') && keys.has('name')) {
      headerRow = r;
      for (const [col, key] of found) columns.set(col, key);
    }
  }
  const present = new Set(columns.values());
  const missingColumns = REGISTER_COLUMNS.filter((c) => 'required' in c && !present.has(c.key)).map((c) => c.header);
  if (headerRow === 0) return { rows: [], missingColumns };
  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cells: SheetRow['cells'] = {};
    for (const [col, key] of columns) {
      const text = cellText(sheet.getRow(r).getCell(col).value);
      if (text) cells[key] = text;
    }
    if (Object.keys(cells).some((k) => k !== 'seq')) rows.push({ row: r, cells });
  }
  return { rows, missingColumns };
};

/** Label ↔ code tables: the sheet speaks the enterprises' Chinese, the store the glossary's English. */
export const LABEL_TABLES = {
  instrumentType: INSTRUMENT_TYPE_LABELS,
  medium: MEDIUM_LABELS,
  gb17167Level: GB17167_LEVEL_LABELS,
  status: INSTRUMENT_STATUS_LABELS,
  conclusion: CERTIFICATE_CONCLUSION_LABELS,
} as const;

/** Usual register wording for GB 17167 levels: 一级 (entry/exit), 二级 (sub-unit), 三级 (main equipment). */
export const LEVEL_SYNONYMS: Record<string, string> = {
  一级: 'entry_exit',
  一级计量: 'entry_exit',
  进出用能单位: 'entry_exit',
  二级: 'sub_unit',
  二级计量: 'sub_unit',
  次级用能单位: 'sub_unit',
  三级: 'main_equipment',
  三级计量: 'main_equipment',
  用能设备: 'main_equipment',
};

export type ExportRow = Instrument & {
  calibratedOn: string | null;
  validUntil: string | null;
  laboratoryName: string | null;
  conclusion: string | null;
};

const ratioText = (ratio: number | null, secondary: number) => (ratio ? `${ratio * secondary}/${secondary}` : '');

export const writeRegisterSheet = async (ownerName: string, rows: readonly ExportRow[], generatedOn: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiliang 计量';
  const sheet = workbook.addWorksheet('计量器具台账');
  sheet.mergeCells(1, 1, 1, REGISTER_COLUMNS.length);
  sheet.getCell(1, 1).value = `${ownerName} 计量器具台账（导出日期 ${generatedOn}）`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getRow(2).values = REGISTER_COLUMNS.map((c) => c.header);
  sheet.getRow(2).font = { bold: true };
  REGISTER_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  rows.forEach((r, i) => {
    const range = r.rangeMin !== null && r.rangeMax !== null ? `${r.rangeMin}~${r.rangeMax}${r.rangeUnit ? ` ${r.rangeUnit}` : ''}` : '';
    const values: Record<RegisterColumnKey, string | number> = {
      seq: i + 1,
      code: r.code,
      name: r.name,
      instrumentType: INSTRUMENT_TYPE_LABELS[r.instrumentType],
      medium: MEDIUM_LABELS[r.medium],
      maker: r.maker ?? '',
      model: r.model ?? '',
      serialNumber: r.serialNumber ?? '',
      accuracyClass: r.accuracyClass ?? '',
      range,
      ctRatio: ratioText(r.ctRatio, 5),
      ptRatio: ratioText(r.ptRatio, 100),
      site: r.siteName ?? '',
      equipment: r.equipment ?? '',
      location: r.location ?? '',
      gb17167Level: GB17167_LEVEL_LABELS[r.gb17167Level],
      mandatoryVerification: r.mandatoryVerification ? '是' : '否',
      intervalMonths: r.intervalMonths ?? '',
      status: INSTRUMENT_STATUS_LABELS[r.status],
      calibratedOn: r.calibratedOn ?? '',
      validUntil: r.validUntil ?? '',
      certificateNumber: r.latestCertificateNumber ?? '',
      laboratoryName: r.laboratoryName ?? '',
      conclusion: r.conclusion ? CERTIFICATE_CONCLUSION_LABELS[r.conclusion as keyof typeof CERTIFICATE_CONCLUSION_LABELS] : '',
    };
    sheet.getRow(i + 3).values = REGISTER_COLUMNS.map((c) => values[c.key]);
    if (r.dueState === 'overdue')
      sheet.getRow(i + 3).getCell(REGISTER_COLUMNS.findIndex((c) => c.key === 'validUntil') + 1).font = { color: { argb: 'FFC00000' } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
