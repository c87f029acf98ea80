import { Descriptions, Drawer, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useFactors } from '../hooks/useFactors.ts';
import { formatFactorSource } from '../utils/formatFactorSource.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { ConfirmationTag } from './ConfirmationTag.tsx';

/** 版本历史 of one code: every version, newest first, with its value, source, dates, reason and who made it. */
export const FactorHistoryDrawer = ({ code, onClose }: { code: string; onClose: () => void }) => {
  const { t } = useLocale();
  const history = useFactors({ code });
  const versions = [...(history.data ?? [])].filter((f) => f.code === code).sort((a, b) => b.version - a.version);
  return (
    <Drawer open size={560} title={t('carbon.historyTitle', { code })} onClose={onClose} data-testid="factor-history">
      {history.error && <ApiErrorAlert error={history.error} />}
      {history.isPending && <Spin />}
      {history.data && versions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <Timeline
        items={versions.map((f) => ({
          key: f.id,
          color: f.superseded ? 'gray' : 'green',
          content: (
            <Flex vertical gap={6}>
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong>{`v${String(f.version)}`}</Typography.Text>
                <Typography.Text>{`${String(f.value)} ${f.unit}`}</Typography.Text>
                <ConfirmationTag confirmation={f.confirmation} />
                {f.superseded ? <Tag>{t('carbon.supersededVersion')}</Tag> : <Tag color="green">{t('carbon.currentVersion')}</Tag>}
              </Flex>
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'effective',
                    label: t('carbon.effective'),
                    children: `${f.effectiveFrom} ~ ${f.effectiveTo ?? t('carbon.openEnded')}`,
                  },
                  { key: 'uRel', label: t('carbon.uRel'), children: formatPercent(f.uRel, 2) },
                  { key: 'source', label: t('carbon.sourceDocument'), children: formatFactorSource(f) },
                  ...(f.reason ? [{ key: 'reason', label: t('carbon.reason'), children: f.reason }] : []),
                  ...(f.note ? [{ key: 'note', label: t('carbon.factorNote'), children: f.note }] : []),
                  {
                    key: 'by',
                    label: t('carbon.entryBy'),
                    children: t('carbon.createdBy', { actor: f.actorLabel, time: formatShanghaiTime(f.createdAt) }),
                  },
                ]}
              />
            </Flex>
          ),
        }))}
      />
    </Drawer>
  );
};
