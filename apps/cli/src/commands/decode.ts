import type { Command } from 'commander';
import { DLT645_DATA_IDENTIFIERS, decodeDlt645, formatHex, isDlt645Error, parseHex, type Dlt645Frame } from '@jiliang/protocols';

/** The JSON of one DL/T 645-2007 frame: the point first (address, control, DI, value, unit), then the rest. */
export const describeDlt645Frame = (frame: Dlt645Frame) => ({
  address: frame.address,
  control: frame.controlHex,
  dataId: frame.dataId,
  quantity: frame.quantity,
  nameZh: frame.dataId === undefined ? undefined : DLT645_DATA_IDENTIFIERS[frame.dataId]?.nameZh,
  value: frame.value,
  values: frame.values,
  unit: frame.unit,
  direction: frame.direction,
  function: frame.function,
  followUp: frame.followUp,
  errorReply: frame.errorReply,
  errorCode: frame.errorCode,
  errors: frame.errors,
  dataLength: frame.dataLength,
  /** The data field after −0x33, DI included. */
  data: formatHex(frame.data),
});

/** `jiliang decode …`: raw meter frames → JSON. Pure: no store is opened. */
export const registerDecodeCommands = (program: Command): void => {
  const decode = program.command('decode').description('decode raw meter frames (as gateways send them) into JSON');
  decode
    .command('dlt645 <hex...>')
    .description('decode one DL/T 645-2007 frame given in hex (spaces, 0x prefixes and FE wake-up bytes allowed); exit 1 on a bad frame')
    .action((hex: string[]) => {
      try {
        const frame = decodeDlt645(parseHex(hex.join(' ')));
        console.log(JSON.stringify(describeDlt645Frame(frame), null, 2));
      } catch (error) {
        // main.ts prints `jiliang: <message>` and sets exit code 1; the code goes first, as for AppError.
        if (isDlt645Error(error)) throw new Error(`${error.code}: ${error.message}`);
        throw error;
      }
    });
};
