import { z } from 'zod';
import { ENERGY_LOAD_UNITS } from './energy.ts';

/**
 * The energy-services API (issue 8; CM-6(1), CM-6(5), CM-6(6)): GB 17167 reviews of an organisation built from its
 * instrument register, rectification tracked to closure, consumption-limit benchmarking, the energy balance over
 * the meter hierarchy, energy-savings verification and the demand analysis of an institution's enterprises.
 * The review file of the CLI is energy.ts; these files are what the routes take and give. Guide: docs/ENERGY.md.
 *
 * One file per resource: energy-review.ts (with rectification), energy-benchmark.ts, energy-balance.ts,
 * energy-savings.ts, energy-demand.ts. This file holds the fields they share; index.ts re-exports only
 * `calendarMonthSchema` from it, as the field builders are not part of the package's API.
 */

export const text = (max: number) => z.string().trim().min(1, '必填 (required)').max(max, `最多 ${max} 字 (at most ${max} characters)`);
export const code = text(60);
export const load = z.strictObject({ value: z.number().min(0), unit: z.enum(ENERGY_LOAD_UNITS) });
export const codes = z.array(code).max(200).optional().describe('管理编号 of the register instruments that meter this point');
export const evidence = text(1000).describe('where the figure comes from: weighbridge summary, production report …');
/** A calendar month `YYYY-MM` (Asia/Shanghai). */
export const calendarMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a calendar month YYYY-MM (Asia/Shanghai)');
