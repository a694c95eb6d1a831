/**
 * Staff roles and object-level access. Pure: callers pass the actor and the agency tree; every route asks
 * `canActOnAgency` (or a narrower check) for the object it touches, not just for the route.
 */
export const ROLES = [
  'system-admin',
  'supervisor',
  'counter-officer',
  'specialist',
  'leader',
  'clerical',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  'system-admin': { vi: 'Quản trị hệ thống', en: 'System administrator' },
  supervisor: { vi: 'Giám sát Trung tâm', en: 'Centre supervisor' },
  'counter-officer': { vi: 'Cán bộ tiếp nhận', en: 'Counter officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerical: { vi: 'Văn thư', en: 'Clerical officer' },
  inspector: { vi: 'Thanh tra viên', en: 'Inspector' },
};

export interface Actor {
  id: string;
  username: string;
  roles: readonly Role[];
  /** The agency the account belongs to (its scope). */
  agencyCode: string;
}

/** The agency tree: agency code → its parent (null at the top) and kind. */
export type AgencyTree = ReadonlyMap<string, { parentCode: string | null; kind: string }>;

/** Counter units act for the body above them: a commune's one-stop section for the commune, the
 * provincial service centre for the province's agencies. */
export const COUNTER_UNIT_KINDS: readonly string[] = ['one-stop-section', 'service-centre'];

/** Whether an agency of this kind is a one-stop counter (receives and returns dossiers). */
export const isCounterUnit = (kind: string): boolean => COUNTER_UNIT_KINDS.includes(kind);

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  roles.some((r) => actor.roles.includes(r));

/** The agency itself and its ancestors, nearest first; stops on a cycle. */
export function agencyAncestry(tree: AgencyTree, code: string): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = code;
  while (current != null && !chain.includes(current)) {
    chain.push(current);
    current = tree.get(current)?.parentCode;
  }
  return chain;
}

/**
 * Whether the actor's scope covers an object owned by `agencyCode`. System admins and supervisors see the
 * whole province; everyone else sees their scope root (see scopeRoot) and the units below it (a commune's
 * People's Committee covers its one-stop section and police).
 */
export function isInScope(actor: Actor, tree: AgencyTree, agencyCode: string): boolean {
  if (hasRole(actor, 'system-admin', 'supervisor')) return true;
  return agencyAncestry(tree, agencyCode).includes(scopeRoot(tree, actor.agencyCode));
}

/**
 * Whether the actor may change an agency's settings (office hours and other admin writes): a system
 * administrator anywhere; anyone else only their own agency and the units under it. Seeing the whole
 * province (a supervisor's reach, isInScope) is not administering it.
 */
export function administers(actor: Actor, tree: AgencyTree, agencyCode: string): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return agencyAncestry(tree, agencyCode).includes(actor.agencyCode);
}

/** The top of an account's scope: its own agency, or for a counter unit the body it acts for. */
export function scopeRoot(tree: AgencyTree, agencyCode: string): string {
  const node = tree.get(agencyCode);
  return node && COUNTER_UNIT_KINDS.includes(node.kind) && node.parentCode ? node.parentCode : agencyCode;
}

/** Scope plus role: the check every object route makes. */
export function canActOnAgency(
  actor: Actor,
  tree: AgencyTree,
  agencyCode: string,
  roles: readonly Role[],
): boolean {
  return hasRole(actor, ...roles) && isInScope(actor, tree, agencyCode);
}

/**
 * Who approves or rejects a held (back-dated) intake: the leader of the counter's body, or a centre
 * supervisor; within their scope (isInScope), never a counter officer (the one who back-dated it).
 */
export const BACKDATE_APPROVERS: readonly Role[] = ['leader', 'supervisor'];

export const canDecideHeldIntake = (actor: Actor, tree: AgencyTree, counterAgencyCode: string): boolean =>
  canActOnAgency(actor, tree, counterAgencyCode, BACKDATE_APPROVERS);
