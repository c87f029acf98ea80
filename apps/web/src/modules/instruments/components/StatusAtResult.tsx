import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { StatusAtView } from '../utils/StatusAtView.ts';

const significant = (value: number) => Number(value.toPrecision(4));

/** The answer of status-at-time-t (issue 4 §6): the governing certificate or why none, and u of the reading. */
export type StatusAtResultProps = { status: StatusAtView; unit: string | undefined; hasReading: boolean };

export const StatusAtResult = ({ status, unit, hasReading }: StatusAtResultProps) => {
  const { t, locale } = useLocale();
  const textOf = (item: { message: string; messageEn: string }) => (locale === 'en' ? item.messageEn : item.message);
  const certificate = status.certificate;
  const u = status.standardUncertainty;
  return (
    <Flex vertical gap={12} data-testid="status-at-result">
      <Alert
        type={status.isUsable ? 'success' : 'error'}
        showIcon
        title={
          <>
            <Tag color={status.isUsable ? 'green' : 'red'}>{status.isUsable ? t('statusAt.usable') : t('statusAt.unusable')}</Tag>
            {t(`traceState.${status.certificateState}`)}
          </>
        }
        description={textOf(status.reason)}
      />
      {status.warnings.map((warning) => (
        <Alert key={warning.code} type="warning" showIcon title={textOf(warning)} />
      ))}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'certificate',
            label: t('statusAt.certificate'),
            children: certificate
              ? `${certificate.number} · ${t(`certificateKind.${certificate.kind}`)} · ${certificate.calibratedOn} ~ ${status.validUntil ?? '—'}`
              : t('statusAt.noCertificate'),
          },
          {
            key: 'uncertainty',
            label: t('statusAt.uncertainty'),
            children:
              status.uncertainty.length === 0
                ? '—'
                : status.uncertainty.map((result, index) => (
                    <div key={index}>
                      {result.quantity}
                      {result.value === undefined ? '' : ` @ ${result.value} ${result.unit}`}: U = {result.expandedUncertainty}
                      {result.relative ? ' %' : ` ${result.unit}`}, k = {result.coverageFactor}
                    </div>
                  )),
          },
          {
            key: 'u',
            label: t('statusAt.standardUncertainty'),
            children: u ? (
              <Flex vertical gap={2} data-testid="status-at-u">
                <Typography.Text strong>
                  u = {significant(u.u)} {unit ?? ''}
                  {u.uRel === null ? '' : `（${significant(u.uRel * 100)} %）`}
                </Typography.Text>
                <Typography.Text>{t(`statusAt.method.${u.method}`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {locale === 'en' ? u.sourceEn : u.source}
                </Typography.Text>
              </Flex>
            ) : (
              // Without a usable certificate a reading has no standing, so no uncertainty is given for it.
              <Typography.Text type="secondary">{t(hasReading ? 'statusAt.noStanding' : 'statusAt.noReading')}</Typography.Text>
            ),
          },
        ]}
      />
    </Flex>
  );
};
