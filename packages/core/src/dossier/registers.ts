/**
 * Slips numbered in an agency's yearly register when they are issued (docs/domain/slips.md): the number is
 * allocated once, recorded in the log entry that issued the slip, and printed the same on every reprint.
 */
import type { ActionType } from './actions.ts';
import type { IssuedSlip } from './entries.ts';

type RegisteredForm = IssuedSlip['form'];

/** The register suffix printed after the number, e.g. '12/HDHS'. */
export const REGISTER_SUFFIXES: Readonly<Record<RegisteredForm, string>> = {
  '02': 'HDHS',
  '03': 'TCHS',
  '04': 'PXL',
  '05': 'TB',
};

/** The slip an action issues. */
export const SLIP_OF_ACTION: Readonly<Partial<Record<ActionType, RegisteredForm>>> = {
  'request-supplement': '02',
  refuse: '03',
  'apologize-extend': '04',
  stop: '05',
};

/**
 * '12' in the 2026 register of Form 02 → '12/2026/HDHS': the number says which year's register it is in, as
 * the registers restart every year. Entries recorded before keep the number they recorded ('12/HDHS'), and
 * the script of the core tests, which passes no year, numbers that way too.
 */
export const registerNumber = (form: RegisteredForm, n: number, year?: number): string =>
  year === undefined ? `${n}/${REGISTER_SUFFIXES[form]}` : `${n}/${year}/${REGISTER_SUFFIXES[form]}`;
