import { Dlt645Error, formatByte } from './errors.ts';

/** The wildcard byte of DL/T 645-2007 addresses (`AA AA AA AA AA AA` = any meter; leading AA bytes shorten the address). */
const WILDCARD = 0xaa;

/**
 * DL/T 645-2007 frame layout: the 6 address bytes are BCD, low byte first. `37 03 00 92 81 39` on the wire
 * is meter `398192000337`. A wildcard byte 0xAA reads as `AA`. `offset` is where the first address byte sits.
 */
export const decodeAddress = (bytes: Uint8Array, offset: number): string => {
  let address = '';
  for (let i = bytes.length - 1; i >= 0; i--) {
    const byte = bytes[i] ?? 0;
    if (byte !== WILDCARD && ((byte & 0x0f) > 9 || byte >> 4 > 9))
      throw new Dlt645Error(
        'DLT645_BCD',
        `DL/T 645-2007 address: expected BCD digits 0-9 or the wildcard 0xAA, found ${formatByte(byte)} at byte ${offset + i}`,
        { offset: offset + i },
      );
    address += byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return address;
};

/** `'398192000337'` → `37 03 00 92 81 39` (DL/T 645-2007: address low byte first). `AA` pairs are wildcards. */
export const encodeAddress = (address: string): Uint8Array => {
  if (!/^(?:\d\d|AA){6}$/i.test(address))
    throw new Dlt645Error(
      'DLT645_DATA',
      `DL/T 645-2007 address: expected 12 decimal digits most significant first (pairs may be the wildcard AA), e.g. '398192000337', found '${address}'`,
      { field: 'address' },
    );
  const bytes = new Uint8Array(6);
  for (let i = 0; i < 6; i++) bytes[5 - i] = Number.parseInt(address.slice(2 * i, 2 * i + 2), 16);
  return bytes;
};
