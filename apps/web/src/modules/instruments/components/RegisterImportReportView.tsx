import type { RegisterImportReport } from '@jiliang/shared';
import { Alert, Col, Flex, Row, Statistic, Table } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type IssueRow = { key: string; row: number; code: string | null; field: string; message: string };

/** The row-by-row report of a register import (issue 4 §1): the good rows were kept, these were not. */
export const RegisterImportReportView = ({ report }: { report: RegisterImportReport }) => {
  const { t } = useLocale();
  const issues: IssueRow[] = report.rejected.flatMap((rejected) =>
    rejected.issues.map((issue, index) => ({ key: `${rejected.row}-${index}`, row: rejected.row, code: rejected.code, ...issue })),
  );
  const counts = [
    { key: 'rows', title: t('import.rows'), value: report.rows },
    { key: 'created', title: t('import.created'), value: report.created },
    { key: 'updated', title: t('import.updated'), value: report.updated },
    { key: 'unchanged', title: t('import.unchanged'), value: report.unchanged },
    { key: 'certificates', title: t('import.certificates'), value: report.certificatesCreated },
    { key: 'rejected', title: t('import.rejected'), value: report.rejected.length },
  ];
  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Row gutter={[16, 8]}>
        {counts.map((count) => (
          <Col key={count.key} xs={8} md={4}>
            <Statistic
              title={count.title}
              value={count.value}
              styles={{ content: count.key === 'rejected' && count.value > 0 ? { color: '#cf1322' } : {} }}
              data-testid={`import-count-${count.key}`}
            />
          </Col>
        ))}
      </Row>
      {issues.length === 0 ? (
        <Alert type="success" showIcon title={t('import.allGood')} />
      ) : (
        <>
          <Alert type="warning" showIcon title={t('import.rejectedHint')} />
          <Table<IssueRow>
            data-testid="import-rejected"
            size="small"
            rowKey="key"
            dataSource={issues}
            pagination={issues.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { key: 'row', title: t('import.row'), dataIndex: 'row', width: 70 },
              {
                key: 'code',
                title: t('instrument.code'),
                render: (_, issue) => <span style={{ whiteSpace: 'nowrap' }}>{issue.code ?? '—'}</span>,
                width: 160,
              },
              { key: 'field', title: t('import.field'), dataIndex: 'field', width: 130 },
              { key: 'message', title: t('import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Flex>
  );
};
