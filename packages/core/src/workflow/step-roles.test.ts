import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.ts';
import { ACTION_ROLES } from '../dossier/actions.ts';
import { isStepRole, STEP_ROLES } from './step-roles.ts';
import { defaultWorkflow, HAND_OVER_ACTIONS, workflowErrors } from './workflow.ts';

describe('STEP_ROLES', () => {
  it('are exactly the roles that can perform some hand-over action', () => {
    const performers = new Set(HAND_OVER_ACTIONS.flatMap((a) => ACTION_ROLES[a]));
    expect(new Set(STEP_ROLES)).toEqual(performers);
    expect(ROLES.filter((r) => !isStepRole(r))).toEqual(['system-admin', 'supervisor', 'inspector']);
    for (const r of ['citizen', 'portal', 'administrator', '', undefined, 3])
      expect(isStepRole(r)).toBe(false);
  });

  it('refuse a step held by a role that does not process dossiers, naming the field and the allowed roles', () => {
    const steps = defaultWorkflow({ unit: 'working-days', value: 5 });
    for (const role of ['system-admin', 'supervisor', 'citizen']) {
      // biome-ignore lint/suspicious/noExplicitAny: a role from outside the type, as a stored row could hold
      const wf = steps.map((s, i) => (i === 2 ? { ...s, role: role as any } : s));
      const role2 = workflowErrors(wf, { unit: 'working-days', value: 5 }).find(
        (e) => e.path === 'steps[2].role',
      );
      expect(role2?.message).toBe(
        'Vai trò này không xử lý hồ sơ; bước chỉ giao cho: Cán bộ tiếp nhận, Chuyên viên, Lãnh đạo, Văn thư.',
      );
    }
  });
});
