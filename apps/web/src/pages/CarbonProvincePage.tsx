import { DownloadOutlined } from '@ant-design/icons';
import { CARBON_TOTAL_GROUPS, type CarbonTotalGroup } from '@jiliang/shared';
import { toShanghaiDate } from '@jiliang/calc';
import { Button, Card, Flex, InputNumber, Segmented, Typography } from 'antd';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { TotalsChart } from '../modules/carbon/components/TotalsChart.tsx';
import { TotalsTable } from '../modules/carbon/components/TotalsTable.tsx';
import { useCarbonTotals } from '../modules/carbon/hooks/useCarbonTotals.ts';
import { downloadText } from '../modules/carbon/utils/downloadText.ts';
import { toTotalsCsv } from '../modules/carbon/utils/toTotalsCsv.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { readPositiveInt } from '../modules/common/utils/readPositiveInt.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';

const isGroup = (value: string | undefined): value is CarbonTotalGroup => CARBON_TOTAL_GROUPS.some((group) => group === value);

/**
 * 全省碳排放 (issue 7 §3, §6; 碳排放双控): each enterprise's latest whole-year run, summed by prefecture, industry or
 * enterprise within the caller's scope; a bar chart, a table with U and the measured share, and a CSV export. The
 * year defaults to the current calendar year in Asia/Shanghai (dual control follows the year as it goes).
 */
export const CarbonProvincePage = () => {
  const { t } = useLocale();
  const { readParam, setParam } = usePageParams();
  const thisYear = Number(toShanghaiDate(new Date()).slice(0, 4));
  const year = readPositiveInt(readParam('year') ?? null, thisYear);
  const byParam = readParam('by');
  const by = isGroup(byParam) ? byParam : 'prefecture';
  const totals = useCarbonTotals(year, by);
  const rows = totals.data?.rows ?? [];

  const exportCsv = () => {
    const csv = toTotalsCsv(rows, {
      label: t(`carbon.group.${by}`),
      enterprises: t('carbon.enterprises'),
      totalTco2: t('carbon.totalUnit'),
      uTco2: t('carbon.uTco2'),
      measuredShare: t('carbon.measuredShare'),
    });
    downloadText(csv, `carbon-totals-${String(year)}-${by}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <Card
      title={t('carbon.provinceTitle')}
      data-testid="page-carbon-province"
      extra={
        <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={exportCsv} data-testid="totals-export">
          {t('carbon.exportCsv')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          <Typography.Text>{t('carbon.year')}</Typography.Text>
          <InputNumber<number>
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={(value) => {
              if (value) setParam('year', String(value));
            }}
            data-testid="totals-year"
          />
          <Segmented<CarbonTotalGroup>
            value={by}
            onChange={(value) => {
              setParam('by', value);
            }}
            options={CARBON_TOTAL_GROUPS.map((value) => ({
              value,
              label: <span data-testid={`totals-by-${value}`}>{t(`carbon.by.${value}`)}</span>,
            })).reverse()}
          />
        </Flex>
        <Typography.Text type="secondary">{t('carbon.totalsHint')}</Typography.Text>
        {totals.error && <ApiErrorAlert error={totals.error} />}
        <TotalsChart rows={rows} />
        <TotalsTable rows={rows} by={by} loading={totals.isFetching} />
      </Flex>
    </Card>
  );
};
