import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** ARCHITECTURE rule 7: stored in UTC, shown in Asia/Shanghai whatever the browser's zone. */
export const formatShanghaiTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm:ss') : '—';
