import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AgencyTree,
  canActOnAgency,
  isInScope,
  ROLES,
  type Role,
  scopeRoot,
} from './roles.ts';

// A province with its service centre and a department; two communes, each with a one-stop section.
const tree: AgencyTree = new Map([
  ['tinh', { parentCode: null, kind: 'ubnd-tinh' }],
  ['tinh.ttpvhcc', { parentCode: 'tinh', kind: 'service-centre' }],
  ['tinh.tu-phap', { parentCode: 'tinh', kind: 'so-tu-phap' }],
  ['xa1', { parentCode: null, kind: 'ubnd-xa' }],
  ['xa1.motcua', { parentCode: 'xa1', kind: 'one-stop-section' }],
  ['xa2', { parentCode: null, kind: 'ubnd-xa' }],
  ['xa2.motcua', { parentCode: 'xa2', kind: 'one-stop-section' }],
]);
const actor = (agencyCode: string, ...roles: Role[]): Actor => ({
  id: '1',
  username: 'u',
  roles,
  agencyCode,
});

describe('agency scope', () => {
  it('lets a commune counter officer act for the whole commune, not the other one', () => {
    const officer = actor('xa1.motcua', 'counter-officer');
    expect(scopeRoot(tree, 'xa1.motcua')).toBe('xa1');
    expect(isInScope(officer, tree, 'xa1')).toBe(true);
    expect(isInScope(officer, tree, 'xa1.motcua')).toBe(true);
    expect(isInScope(officer, tree, 'xa2')).toBe(false);
    expect(isInScope(officer, tree, 'xa2.motcua')).toBe(false);
    expect(isInScope(officer, tree, 'tinh.tu-phap')).toBe(false);
  });

  it('keeps a department specialist inside the department', () => {
    const specialist = actor('tinh.tu-phap', 'specialist');
    expect(isInScope(specialist, tree, 'tinh.tu-phap')).toBe(true);
    expect(isInScope(specialist, tree, 'tinh')).toBe(false);
    expect(isInScope(specialist, tree, 'xa1')).toBe(false);
  });

  it('gives system administrators and supervisors the whole province', () => {
    for (const role of ['system-admin', 'supervisor'] as const) {
      for (const code of tree.keys()) expect(isInScope(actor('tinh.ttpvhcc', role), tree, code)).toBe(true);
    }
  });

  it('requires both the role and the scope', () => {
    const leader = actor('xa1', 'leader');
    expect(canActOnAgency(leader, tree, 'xa1', ['leader'])).toBe(true);
    expect(canActOnAgency(leader, tree, 'xa1', ['specialist'])).toBe(false);
    expect(canActOnAgency(leader, tree, 'xa2', ['leader'])).toBe(false);
  });

  it('never grants scope over another commune, whatever the non-admin roles', () => {
    const plainRoles = ROLES.filter((r) => r !== 'system-admin' && r !== 'supervisor');
    fc.assert(
      fc.property(fc.subarray([...plainRoles]), fc.constantFrom('xa1', 'xa1.motcua'), (roles, home) => {
        expect(isInScope(actor(home, ...roles), tree, 'xa2')).toBe(false);
        expect(isInScope(actor(home, ...roles), tree, 'xa2.motcua')).toBe(false);
      }),
    );
  });

  it('stops on a cycle in a corrupted tree', () => {
    const cyclic: AgencyTree = new Map([
      ['a', { parentCode: 'b', kind: 'x' }],
      ['b', { parentCode: 'a', kind: 'x' }],
    ]);
    expect(isInScope(actor('c', 'specialist'), cyclic, 'a')).toBe(false);
  });
});
