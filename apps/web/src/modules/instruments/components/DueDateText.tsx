import { Typography } from 'antd';
import { classifyDueDay } from '../utils/classifyDueDay.ts';

export type DueDateTextProps = { dueDate: string | null; today: string; windowEnd: string };

const COLORS = { overdue: '#cf1322', due_soon: '#d46b08', later: undefined } as const;

/** A due date coloured as the dashboard colours it: red past, orange within the 30-day window. */
export const DueDateText = ({ dueDate, today, windowEnd }: DueDateTextProps) =>
  dueDate === null ? (
    '—'
  ) : (
    <Typography.Text style={{ color: COLORS[classifyDueDay(dueDate, today, windowEnd)] }}>{dueDate}</Typography.Text>
  );
