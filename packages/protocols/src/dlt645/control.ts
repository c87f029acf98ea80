/**
 * DL/T 645-2007 control code C: D7 direction (0 = request from the master, 1 = response from the meter),
 * D6 abnormal reply from the meter, D5 follow-up frame, D4..D0 function code.
 */
export type Dlt645Control = { direction: 'request' | 'response'; errorReply: boolean; followUp: boolean; function: string };

/**
 * Function codes D4..D0. STANDARDS.md §4.1: 0x11, 0x12, 0x13, 0x14, 0x08, 0x1C [S, third-party
 * implementations]; the others are DL/T 645-2007 §7 from background knowledge [M]. Others read `unknown`.
 */
export const DLT645_FUNCTIONS: Record<number, string> = {
  0x08: 'broadcast_time_sync',
  0x11: 'read_data',
  0x12: 'read_follow_up',
  0x13: 'read_address',
  0x14: 'write_data',
  0x15: 'write_address',
  0x16: 'freeze',
  0x17: 'change_baud_rate',
  0x18: 'change_password',
  0x19: 'clear_max_demand',
  0x1a: 'clear_meter',
  0x1b: 'clear_events',
  0x1c: 'relay_control',
};

export const describeControl = (control: number): Dlt645Control => {
  const response = (control & 0x80) !== 0;
  return {
    direction: response ? 'response' : 'request',
    // D6 and D5 only have a meaning in a meter's response.
    errorReply: response && (control & 0x40) !== 0,
    followUp: response && (control & 0x20) !== 0,
    function: DLT645_FUNCTIONS[control & 0x1f] ?? 'unknown',
  };
};

/** DL/T 645-2007 error reply: bits of the ERR byte (STANDARDS.md §4.1 [M]); bit 7 is reserved. */
export const DLT645_ERROR_BITS: readonly { bit: number; error: string; nameZh: string }[] = [
  { bit: 0, error: 'other_error', nameZh: '其他错误' },
  { bit: 1, error: 'no_requested_data', nameZh: '无请求数据' },
  { bit: 2, error: 'unauthorised', nameZh: '密码错/未授权' },
  { bit: 3, error: 'baud_rate_unchangeable', nameZh: '通信速率不能更改' },
  { bit: 4, error: 'too_many_annual_time_zones', nameZh: '年时区数超' },
  { bit: 5, error: 'too_many_daily_periods', nameZh: '日时段数超' },
  { bit: 6, error: 'too_many_tariffs', nameZh: '费率数超' },
  { bit: 7, error: 'reserved_bit_7', nameZh: '保留' },
];

/** The names of the bits set in an ERR byte, lowest bit first. */
export const describeErrorByte = (err: number): string[] =>
  DLT645_ERROR_BITS.filter(({ bit }) => (err & (1 << bit)) !== 0).map(({ error }) => error);
