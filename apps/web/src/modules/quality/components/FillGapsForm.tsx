import { FILL_METHODS, FILL_METHOD_LABELS, type FillMethod } from '@jiliang/shared';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useFillGaps } from '../hooks/useFillGaps.ts';

type Props = { enterpriseId: string; pointId: string; day: string };

/** 补数 for one day, by a documented method (linear; same-weekday profile); the values are stored as estimates. */
export const FillGapsForm = ({ enterpriseId, pointId, day }: Props) => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const fill = useFillGaps(enterpriseId);
  const [method, setMethod] = useState<FillMethod>('linear');
  return (
    <Flex vertical gap={6}>
      <Flex gap={8} align="center" wrap>
        <Select<FillMethod>
          style={{ width: 180 }}
          value={method}
          onChange={setMethod}
          data-testid="quality-fill-method"
          options={FILL_METHODS.map((m) => ({ value: m, label: pick(FILL_METHOD_LABELS[m]) }))}
        />
        <Button
          type="primary"
          loading={fill.isPending}
          data-testid="quality-fill"
          onClick={() => {
            fill.mutate(
              { pointId, from: day, to: day, method },
              {
                onSuccess: (result) =>
                  void message.success(t('quality.fillDone', { estimated: result.estimated, unfilled: result.unfilled })),
                onError: showApiError,
              },
            );
          }}
        >
          {t('quality.fill')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('quality.fillHint')}</Typography.Text>
    </Flex>
  );
};
