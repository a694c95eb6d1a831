import { describe, expect, it } from 'vitest';
import { localAt as at } from '../testing.ts';
import { assignmentCandidates, type StaffRef } from './assignment.ts';
import { DossierScript, SCRIPT_ACTORS, scriptContext, scriptSubject } from './dossier-script.ts';

const days5 = { value: 5, unit: 'working-days' } as const;
const staff = (username: string, fullName: string, roles: StaffRef['roles'], agencyCode: string) => ({
  username,
  fullName,
  roles,
  agencyCode,
});

describe('assignment candidates', () => {
  const ctx = scriptContext(days5);
  const transferred = DossierScript.receive(
    ctx,
    scriptSubject(days5),
    at('2025-07-01 09:00'),
    SCRIPT_ACTORS.counter,
  ).act(at('2025-07-01 10:00'), SCRIPT_ACTORS.counter, { action: 'transfer' });
  const accounts = [
    staff('cv.b', 'Trần Thị B', ['specialist'], 'agency'),
    staff('cv.a', 'Nguyễn Văn A', ['specialist', 'leader'], 'agency'),
    staff('vt', 'Lê Văn Thư', ['clerical'], 'agency'),
    staff('cv.khac', 'Phạm Văn Khác', ['specialist'], 'other'),
    staff('admin', 'Quản trị', ['system-admin'], 'province'),
  ];

  it('lists the next step’s role within its agency, by name, and every one of them the decider accepts', () => {
    const list = assignmentCandidates(accounts, transferred.state, ctx.steps, ctx.tree);
    expect(list.map((s) => s.username)).toEqual(['cv.a', 'cv.b']);
    for (const assignee of list) {
      const d = transferred.act(
        at('2025-07-01 11:00'),
        SCRIPT_ACTORS.leader,
        { action: 'assign', data: { assignee: assignee.username } },
        { assignee },
      );
      expect(d.log.at(-1)?.data).toMatchObject({ assignee: assignee.username });
    }
  });

  it('lists no one once there is no next step to assign', () => {
    const received = DossierScript.receive(
      ctx,
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      SCRIPT_ACTORS.counter,
    );
    const last = { ...received.state, stepIndex: ctx.steps.length - 1 };
    expect(assignmentCandidates(accounts, last, ctx.steps, ctx.tree)).toEqual([]);
  });
});
