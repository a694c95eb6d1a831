/**
 * Reference data read on every intake — agencies (with office hours), a procedure's cases and checklist, and
 * the case's workflow —
 * kept in memory for a short time, so a dossier's transaction holds only its writes. Writes through this
 * process (catalogue import, office hours, workflows) invalidate it at once; other API nodes see changes within the TTL.
 */
import type { Procedure, ResolvedStep } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database, OfficeHoursJson } from '../../adapters/db/schema.ts';
import { findProcedure } from '../catalogue/catalogue.repo.ts';
import { type CaseWorkflow, findCaseWorkflow } from '../workflows/workflows.repo.ts';

/** Inside a transaction, pass it: on PGlite's single connection a read outside it would wait forever. */
type Executor = Kysely<Database> | Transaction<Database>;

export interface AgencyRef {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  unitCode: string;
  parentCode: string | null;
  identifier: string;
  phone: string;
  /** The title of its head, for the signatures of its letters. */
  headTitle: string;
  officeHours: (OfficeHoursJson & { saturdayCounter?: boolean }) | null;
  isCurrent: boolean;
}

/** A published procedure, as the catalogue stores it (cases with their components and time limits). */
export type ProcedureRef = Procedure;

interface Entry<T> {
  at: number;
  value: Promise<T>;
  settled: boolean;
}

export class ReferenceCache {
  readonly #db: Db;
  readonly #ttlMs: number;
  #agencies: Entry<Map<string, AgencyRef>> | undefined;
  readonly #procedures = new Map<string, Entry<ProcedureRef | undefined>>();
  readonly #workflows = new Map<string, Entry<CaseWorkflow>>();
  /** Workflow versions are immutable: once read (or written outside a transaction), kept. */
  readonly #versions = new Map<string, ResolvedStep[]>();

  constructor(db: Db, ttlMs = 30_000) {
    this.#db = db;
    this.#ttlMs = ttlMs;
  }

  invalidate(): void {
    this.#agencies = undefined;
    this.#procedures.clear();
    this.#workflows.clear();
  }

  /** A stored workflow version, by id (dossiers point at the one they were received under). */
  async workflowVersion(id: string, executor: Executor = this.#db): Promise<ResolvedStep[] | undefined> {
    const known = this.#versions.get(id);
    if (known) return known;
    const row = await executor
      .selectFrom('workflowVersions')
      .select('steps')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row) this.#versions.set(id, row.steps);
    return row?.steps;
  }

  /** Whether a version is known to be stored (then intake need not send it again). */
  hasWorkflowVersion(id: string): boolean {
    return this.#versions.has(id);
  }

  /** Records a version as stored: call only once its insert has committed. */
  rememberWorkflowVersion(id: string, steps: ResolvedStep[]): void {
    this.#versions.set(id, steps);
  }

  /** A case's workflow (the admin's, else the default for its time limit). */
  workflow(
    procedureCode: string,
    procedureCase: ProcedureRef['cases'][number],
    executor: Executor = this.#db,
  ): Promise<CaseWorkflow> {
    const key = `${procedureCode}\u0000${procedureCase.code}`;
    return this.#get(
      this.#workflows.get(key),
      executor,
      (db) => findCaseWorkflow(db, procedureCode, procedureCase),
      (entry) => {
        if (entry) this.#workflows.set(key, entry);
        else this.#workflows.delete(key);
      },
    );
  }

  agencies(executor: Executor = this.#db): Promise<Map<string, AgencyRef>> {
    return this.#get(
      this.#agencies,
      executor,
      (db) => this.#loadAgencies(db),
      (entry) => {
        this.#agencies = entry;
      },
    );
  }

  procedure(code: string, executor: Executor = this.#db): Promise<ProcedureRef | undefined> {
    return this.#get(
      this.#procedures.get(code),
      executor,
      (db) => this.#loadProcedure(code, db),
      (entry) => {
        if (entry) this.#procedures.set(code, entry);
        else this.#procedures.delete(code);
      },
    );
  }

  /**
   * A fresh entry is shared. A caller inside a transaction never waits on a load still running on another
   * connection (with PGlite's single connection that would wait forever): it reads through its own
   * transaction instead, without replacing the pending entry.
   */
  #get<T>(
    cached: Entry<T> | undefined,
    executor: Executor,
    load: (db: Executor) => Promise<T>,
    store: (entry: Entry<T> | undefined) => void,
  ): Promise<T> {
    const isFresh = cached !== undefined && Date.now() - cached.at <= this.#ttlMs;
    if (cached && isFresh && (cached.settled || executor === this.#db)) return cached.value;
    const value = load(executor);
    if (isFresh && !cached.settled) return value;
    const entry: Entry<T> = { at: Date.now(), value, settled: false };
    value.then(
      () => {
        entry.settled = true;
      },
      () => store(undefined),
    );
    store(entry);
    return value;
  }

  async #loadAgencies(db: Executor): Promise<Map<string, AgencyRef>> {
    const rows = await db
      .selectFrom('agencies')
      .select([
        'code',
        'name',
        'nameEn',
        'kind',
        'unitCode',
        'parentCode',
        'identifier',
        'phone',
        'headTitle',
        'officeHours',
        'effectiveTo',
      ])
      .orderBy('code')
      .execute();
    return new Map(
      rows.map((r) => [
        r.code,
        {
          code: r.code,
          name: r.name,
          nameEn: r.nameEn,
          kind: r.kind,
          unitCode: r.unitCode,
          parentCode: r.parentCode,
          identifier: r.identifier,
          phone: r.phone,
          headTitle: r.headTitle,
          officeHours: r.officeHours,
          isCurrent: r.effectiveTo === null,
        },
      ]),
    );
  }

  #loadProcedure(code: string, db: Executor): Promise<ProcedureRef | undefined> {
    return findProcedure(db, code);
  }
}
