import { addYears, getLatestAcceptanceApplicationDate, type CalendarDate } from '@jiliang/calc';
import type { PreparationTask } from '../documents/index.ts';
import type { CaseRow } from './institution.repository.ts';
import type { TaskBookItemInput } from './task-book.service.ts';

/**
 * The default preparation task book (CM-10 / BM-11) the Province issues when it gives no other: tasks
 * with measurable indicators and dated milestones inside the 3-year preparation period (CM-11 / BM-12).
 */
export const DEFAULT_TASKS: Record<
  CaseRow['institutionType'],
  { serviceField: string; goals: string[]; tasks: (approvedOn: CalendarDate) => PreparationTask[] }
> = {
  carbon_metrology_centre: {
    serviceField: '重点排放单位和重点用能单位的碳排放计量、能源计量与计量数据服务',
    goals: ['建成覆盖区域重点行业的碳计量标准和量值溯源体系', '形成碳排放“从测算到计量”的技术服务能力（CM-6(5)）'],
    tasks: (d) => [
      {
        title: '建立碳计量相关计量标准并完成量值溯源',
        indicators: ['新建计量标准不少于5项', '溯源链完整有效率100%'],
        milestones: [{ description: '完成计量标准建标考核', dueOn: addYears(d, 1) }],
      },
      {
        title: '建设碳计量数据采集与服务平台',
        indicators: ['接入重点排放单位不少于30家'],
        milestones: [{ description: '平台试运行', dueOn: addYears(d, 2) }],
      },
      {
        title: '开展碳计量技术研究与服务',
        indicators: ['完成碳计量审查或能效诊断服务不少于20家次'],
        milestones: [{ description: '形成筹建工作总结报告', dueOn: getLatestAcceptanceApplicationDate(addYears(d, 3)) }],
      },
    ],
  },
  data_application_base: {
    serviceField: '区域产业的计量数据采集、质量评价与应用服务',
    goals: ['建成计量数据采集、治理与应用的公共服务能力（BM-6、BM-7）'],
    tasks: (d) => [
      {
        title: '建设计量数据采集与治理平台',
        indicators: ['接入计量器具不少于2000台（件）'],
        milestones: [{ description: '平台上线运行', dueOn: addYears(d, 1) }],
      },
      {
        title: '开展计量数据质量评价与应用',
        indicators: ['形成数据应用案例不少于10个'],
        milestones: [{ description: '形成筹建工作总结报告', dueOn: getLatestAcceptanceApplicationDate(addYears(d, 3)) }],
      },
    ],
  },
};

/** The same task book as trackable rows: each task, its indicators and its milestones. */
export const listDefaultTaskBookItems = (type: CaseRow['institutionType'], approvedOn: CalendarDate): TaskBookItemInput[] =>
  DEFAULT_TASKS[type]
    .tasks(approvedOn)
    .flatMap((task) => [
      { kind: 'task' as const, title: task.title },
      ...task.indicators.map((indicator) => ({ kind: 'indicator' as const, title: indicator, target: task.title })),
      ...task.milestones.map((m) => ({ kind: 'milestone' as const, title: m.description, target: task.title, dueOn: m.dueOn })),
    ]);
