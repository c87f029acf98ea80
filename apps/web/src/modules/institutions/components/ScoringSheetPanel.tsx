import { App, Button, Flex, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useSubmitScoringSheet } from '../hooks/useSubmitScoringSheet.ts';
import type { CaseScoring } from '../utils/CaseScoring.ts';
import { StepErrorAlert } from './StepErrorAlert.tsx';

type SheetFormValues = { scores: Record<string, number | null | undefined> };

/** CM-14, CM-16 / BM-15, BM-17: each member scores the sheet item by item (0..weight); the proposed score is the mean of the totals. */
export const ScoringSheetPanel = ({ organisationId, scoring }: { organisationId: string; scoring: CaseScoring }) => {
  const [form] = Form.useForm<SheetFormValues>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const me = useSignedInMe();
  const submit = useSubmitScoringSheet(organisationId);
  const mine = scoring.sheets.find((sheet) => sheet.memberUserId === me.user.id);
  const scores = Form.useWatch('scores', form) ?? {};
  const total = Object.values(scores).reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);

  const handleFinish = (values: SheetFormValues) => {
    const entries = Object.entries(values.scores).flatMap(([code, value]) => (typeof value === 'number' ? [[code, value] as const] : []));
    submit.mutate(Object.fromEntries(entries), { onSuccess: () => void message.success(t('scoring.sheetSubmitted')) });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('scoring.sheetHint')}</Typography.Text>
      <StepErrorAlert error={submit.error} />
      <Form<SheetFormValues>
        form={form}
        name="sheet"
        layout="horizontal"
        initialValues={{ scores: mine?.scores ?? {} }}
        onFinish={handleFinish}
        data-testid="scoring-sheet"
      >
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={scoring.template.items}
          columns={[
            {
              key: 'title',
              title: t('scoring.item'),
              render: (_, item) => (
                <Flex vertical>
                  <Typography.Text>{item.title}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.guidance}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'weight', title: t('scoring.weight'), width: 72, render: (_, item) => <Tag>{item.weight}</Tag> },
            {
              key: 'score',
              title: t('scoring.score'),
              width: 140,
              render: (_, item) => (
                <Form.Item name={['scores', item.code]} rules={[{ required: true, type: 'number', min: 0, max: item.weight }]} noStyle>
                  <InputNumber min={0} max={item.weight} step={0.5} style={{ width: 110 }} data-testid={`sheet-${item.code}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text strong data-testid="sheet-total">
            {t('scoring.sheetTotal', { total: Math.round(total * 10) / 10 })}
          </Typography.Text>
          <Button htmlType="submit" loading={submit.isPending} data-testid="sheet-submit">
            {t('scoring.sheetSubmit')}
          </Button>
        </Flex>
      </Form>
      <Space wrap size={8} data-testid="scoring-sheets">
        <Typography.Text type="secondary">{t('scoring.sheets', { count: scoring.sheets.length })}</Typography.Text>
        {scoring.sheets.map((sheet, index) => (
          <Tag key={sheet.memberUserId} title={formatShanghaiTime(sheet.submittedAt)}>
            {sheet.memberUserId === me.user.id ? t('scoring.sheetMine') : t('scoring.sheetMember', { n: index + 1 })}：{sheet.total}
          </Tag>
        ))}
        {scoring.proposedScore !== null && (
          <Tag color="blue" data-testid="proposed-score">
            {t('scoring.proposed', { score: scoring.proposedScore })}
          </Tag>
        )}
      </Space>
    </Flex>
  );
};
