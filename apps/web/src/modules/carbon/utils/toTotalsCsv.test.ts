import { describe, expect, it } from 'vitest';
import { toTotalsCsv } from './toTotalsCsv.ts';

const HEADERS = { label: '市州', enterprises: '企业数', totalTco2: '排放总量 (tCO2)', uTco2: 'U (tCO2, k = 2)', measuredShare: '计量占比' };

describe('toTotalsCsv (全省碳排放 export)', () => {
  it('writes a BOM, a header and one CRLF line per row, numbers unrounded', () => {
    const csv = toTotalsCsv(
      [{ key: '420100', label: '武汉市', enterprises: 2, totalTco2: 807.8366427, expandedUncertaintyTco2: 64.87, measuredShare: 0.09195 }],
      HEADERS,
    );
    expect(csv).toBe('\ufeff市州,企业数,排放总量 (tCO2),"U (tCO2, k = 2)",计量占比\r\n武汉市,2,807.8366427,64.87,0.09195\r\n');
  });
  it('quotes a name with a comma or a quote, and leaves a missing share empty', () => {
    const csv = toTotalsCsv(
      [
        {
          key: 'x',
          label: '黑色金属冶炼和压延加工业,"炼钢"',
          enterprises: 1,
          totalTco2: 1,
          expandedUncertaintyTco2: 0,
          measuredShare: null,
        },
      ],
      HEADERS,
    );
    expect(csv.split('\r\n')[1]).toBe('"黑色金属冶炼和压延加工业,""炼钢""",1,1,0,');
  });
});
