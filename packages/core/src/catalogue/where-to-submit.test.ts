import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCounterUnit } from '../access/roles.ts';
import { receivingCounters } from './where-to-submit.ts';

const agency = (code: string, kind: string, unitCode: string, isCurrent = true) => ({
  code,
  kind,
  unitCode,
  isCurrent,
});
const agencies = [
  agency('tinh.ubnd', 'ubnd-tinh', 'tinh'),
  agency('tinh.ttpvhcc', 'service-centre', 'tinh'),
  agency('tinh.so-tu-phap', 'so-tu-phap', 'tinh'),
  agency('a.ubnd', 'ubnd-xa', 'a'),
  agency('a.mc', 'one-stop-section', 'a'),
  agency('a.ca', 'cong-an-xa', 'a'),
  agency('b.ubnd', 'ubnd-xa', 'b'),
  agency('b.mc', 'one-stop-section', 'b'),
  agency('c.mc-old', 'one-stop-section', 'c', false),
  agency('c.ubnd', 'ubnd-xa', 'c', false),
];

describe('receivingCounters', () => {
  it('sends a commune-level procedure to the counter of every commune with the competent body', () => {
    const codes = (kind: string) =>
      receivingCounters({ level: 'commune', agencyKind: kind }, agencies).map((a) => a.code);
    expect(codes('ubnd-xa')).toEqual(['a.mc', 'b.mc']);
    expect(codes('cong-an-xa')).toEqual(['a.mc']);
  });

  it("sends a province-level procedure to the province's service centre", () => {
    const codes = receivingCounters({ level: 'province', agencyKind: 'so-tu-phap' }, agencies).map(
      (a) => a.code,
    );
    expect(codes).toEqual(['tinh.ttpvhcc']);
  });

  it('names no counter when no current agency is competent', () => {
    expect(receivingCounters({ level: 'province', agencyKind: 'so-y-te' }, agencies)).toEqual([]);
  });

  it('only ever names current counters', () => {
    const kinds = ['ubnd-xa', 'cong-an-xa', 'one-stop-section', 'service-centre', 'so-tu-phap'];
    const arb = fc.array(
      fc.record({
        code: fc.string(),
        kind: fc.constantFrom(...kinds),
        unitCode: fc.constantFrom('a', 'b', 'tinh'),
        isCurrent: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('commune', 'province' as const),
        fc.constantFrom(...kinds),
        (list, level, kind) => {
          for (const a of receivingCounters({ level, agencyKind: kind }, list)) {
            expect(a.isCurrent).toBe(true);
            expect(isCounterUnit(a.kind)).toBe(true);
          }
        },
      ),
    );
  });
});
