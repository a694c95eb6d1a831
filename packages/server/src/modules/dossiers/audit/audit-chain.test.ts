import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainEntry, canonicalJson, entryHash, findChainBreak } from './audit-chain.ts';

const chain = (n: number) => {
  const entries: (ChainEntry & { hash: string; prevHash: string | null })[] = [];
  let prev: string | null = null;
  for (let seq = 1; seq <= n; seq++) {
    const entry: ChainEntry = {
      dossierId: '7b0e8f0e-3a55-4f7e-9d0c-2f4d4b8f1a01',
      seq,
      at: `2025-03-03T0${seq % 10}:00:00+07:00`,
      recordedAt: `2025-03-04T0${seq % 10}:00:00+07:00`,
      actor: { id: 'u1', name: 'Phạm Thu Trang', role: 'counter-officer', agencyCode: 'x' },
      action: seq === 1 ? 'receive' : 'assign',
      reason: null,
      agencyCode: null,
      data: { step: seq },
    };
    const hash = entryHash(entry, prev);
    entries.push({ ...entry, hash, prevHash: prev });
    prev = hash;
  }
  return entries;
};

describe('audit chain', () => {
  it('holds for an untouched log', () => {
    expect(findChainBreak(chain(5))).toBeNull();
  });

  it('names the first broken link when any field of any entry changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('action', 'reason', 'data', 'actor', 'at', 'recordedAt'),
        (i, field) => {
          const entries = chain(5);
          const target = entries[i]!;
          const instant = field === 'at' || field === 'recordedAt';
          const tampered = { ...target, [field]: instant ? '2030-01-01T00:00:00+07:00' : 'sửa đổi' };
          entries[i] = tampered;
          expect(findChainBreak(entries)).toEqual({ seq: i + 1, reason: 'hash-mismatch' });
        },
      ),
    );
  });

  it('detects a deleted entry', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(findChainBreak(entries)).toEqual({ seq: 4, reason: 'sequence-gap' });
  });

  it('detects a re-hashed entry through the next link', () => {
    const entries = chain(5);
    const e = { ...entries[1]!, reason: 'viết lại' };
    entries[1] = { ...e, hash: entryHash(e, e.prevHash) };
    expect(findChainBreak(entries)).toEqual({ seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('still verifies an entry hashed before the server time was recorded', () => {
    const { recordedAt: _, ...old } = chain(1)[0]!;
    const hash = entryHash(old, null);
    expect(findChainBreak([{ ...old, hash, prevHash: null }])).toBeNull();
    expect(
      findChainBreak([{ ...old, recordedAt: '2025-03-04T01:00:00+07:00', hash, prevHash: null }]),
    ).toEqual({
      seq: 1,
      reason: 'hash-mismatch',
    });
  });

  it('hashes the same instant the same whatever its offset, and key order does not matter', () => {
    const [a] = chain(1);
    const b = { ...a!, at: '2025-03-02T18:00:00Z' };
    expect(a!.at).toBe('2025-03-03T01:00:00+07:00');
    expect(entryHash(b, null)).toBe(a!.hash);
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      '{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}',
    );
  });
});
