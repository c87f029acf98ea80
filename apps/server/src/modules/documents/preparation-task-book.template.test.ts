import { describe, expect, it } from 'vitest';
import { collectText, findTables } from './document-text.test-support.ts';
import { buildPreparationTaskBook } from './preparation-task-book.template.ts';
import { sampleBaseTaskBook, sampleCentreTaskBook } from './sample-documents.fixture.ts';

describe('buildPreparationTaskBook (筹建任务书)', () => {
  it('CM-10, CM-11: tabulates every task with its indicators and dated milestones', () => {
    const doc = buildPreparationTaskBook(sampleCentreTaskBook);
    const [info, tasks] = findTables(doc);
    expect(info?.rows).toContainEqual(['筹建期限', '2026年11月27日至2029年11月27日']);
    expect(tasks?.columns.map((c) => c.header)).toEqual(['序号', '筹建任务', '考核指标', '里程碑节点及完成时限']);
    expect(tasks?.rows).toHaveLength(5);
    expect(tasks?.rows[0]).toEqual([
      '1',
      '建设磷化工行业碳排放计量数据库',
      '1.覆盖全市磷化工重点排放单位不少于30家\n2.数据项包括能源消耗、工艺过程排放和计量器具配备情况',
      '2027年6月30日前：完成数据库架构设计，首批10家企业数据接入\n2028年6月30日前：接入企业不少于30家，数据质量评价报告通过评审',
    ]);
    const text = collectText(doc);
    expect(doc.title.replace(/\n/g, '')).toBe('湖北省宜昌磷化工与水电碳计量中心筹建任务书');
    expect(text).toContain('第十条规定，我局已批准你单位筹建湖北省宜昌磷化工与水电碳计量中心（鄂市监量〔2026〕7号）');
    expect(text).toContain('在筹建期限届满3个月前（即2029年8月27日前）');
    expect(doc.articles).toEqual(['CM-10', 'CM-11']);
  });

  it('CM-10: refuses a task book with no tasks, naming the rule', () => {
    const build = () => buildPreparationTaskBook({ ...sampleCentreTaskBook, tasks: [] });
    expect(build).toThrow(/CM-10/);
    expect(build).toThrow(/筹建任务书至少应列明一项筹建任务/);
    expect(build).toThrow(/a preparation task book needs at least one task/);
  });

  it('BM-11: a base with no tasks is refused under its own article', () => {
    expect(() => buildPreparationTaskBook({ ...sampleBaseTaskBook, tasks: [] })).toThrow(/BM-11/);
  });

  it('CM-10: refuses a task without indicators or without milestones, naming the task', () => {
    const task = sampleCentreTaskBook.tasks[0]!;
    expect(() => buildPreparationTaskBook({ ...sampleCentreTaskBook, tasks: [{ ...task, indicators: [] }] })).toThrow(
      /建设磷化工行业碳排放计量数据库”没有考核指标/,
    );
    expect(() => buildPreparationTaskBook({ ...sampleCentreTaskBook, tasks: [{ ...task, milestones: [] }] })).toThrow(/没有里程碑/);
  });

  it('CM-11: refuses a milestone due after the preparation deadline', () => {
    const task = { title: '任务', indicators: ['指标'], milestones: [{ description: '节点', dueOn: '2029-11-28' }] };
    expect(() => buildPreparationTaskBook({ ...sampleCentreTaskBook, tasks: [task] })).toThrow(/不在筹建期限.*（CM-11）/);
  });

  it('CM-13: the last day to apply for acceptance lies inside the preparation period', () => {
    expect(() => buildPreparationTaskBook({ ...sampleCentreTaskBook, acceptanceApplicationDeadline: '2029-12-01' })).toThrow(/CM-13/);
  });

  it('CM-21: a centre is told of the confidentiality agreement; a base (no such article) of BM-4 data security', () => {
    expect(collectText(buildPreparationTaskBook(sampleCentreTaskBook))).toContain('数据安全保密协议；未经管理部门允许');
    const base = collectText(buildPreparationTaskBook(sampleBaseTaskBook));
    expect(base).not.toContain('保密协议');
    expect(base).toContain('信息安全、数据安全、知识产权保护等法律法规的要求（《办法》第四条）');
  });
});
