import { Table } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { formatTco2 } from '../utils/formatTco2.ts';
import { sumSiteEmissions, type SiteEmissions } from '../utils/sumSiteEmissions.ts';
import type { RunSourceRow } from '../utils/RunSourceRow.ts';

/** 按场所: the counted emissions of each site and its share of the run's total. */
export const SiteBreakdownTable = ({ rows, totalTco2 }: { rows: readonly RunSourceRow[]; totalTco2: number }) => {
  const { t } = useLocale();
  return (
    <Table<SiteEmissions>
      size="small"
      rowKey={(site) => site.siteName ?? ''}
      pagination={false}
      dataSource={sumSiteEmissions(rows, totalTco2)}
      data-testid="run-sites"
      columns={[
        { title: t('carbon.site'), key: 'site', render: (_, site) => site.siteName ?? t('carbon.noSite') },
        { title: t('carbon.totalUnit'), key: 'tco2', align: 'right', render: (_, site) => formatTco2(site.tco2) },
        { title: t('carbon.share'), key: 'share', align: 'right', width: 90, render: (_, site) => formatPercent(site.share) },
      ]}
    />
  );
};
