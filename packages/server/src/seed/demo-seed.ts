/**
 * Development demo data, idempotent and re-runnable: a real province after the 2025 reform (seed/org), the
 * demo staff accounts (password `motcua-demo`, refused in production) and the procedure catalogue, which
 * loads through the same importer a province uses for its own file (seed/catalogue/*.csv).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@motcua/core';
import type { Db } from '../adapters/db/database.ts';
import { hashPassword, verifyPassword } from '../modules/auth/passwords.ts';
import { readCsvFolder } from '../modules/catalogue/catalogue-file.ts';
import { importCatalogueSheets } from '../modules/catalogue/import-catalogue-file.ts';
import { RECEPTION_SEED_FILE, seedReception } from './reception-seed.ts';

export const SEED_DIR = path.resolve(import.meta.dirname, '../../seed');
export const DEMO_PASSWORD = 'motcua-demo';

interface UnitJson {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  parentCode: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  successorCode: string | null;
  note?: string;
}

interface AgencyJson {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  unitCode: string;
  parentCode: string | null;
  identifier: string;
  address?: string;
  phone?: string;
  /** Overrides the head title of its kind (org/head-titles.json). */
  headTitle?: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

export interface DemoAccount {
  username: string;
  fullName: string;
  /** Their own title, printed above their signature. */
  title: string;
  roles: Role[];
  agencyCode: string;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8')) as T;

export function loadOrg() {
  const units = readJson<{ units: UnitJson[] }>('org/units.json').units;
  const agencies = readJson<{ agencies: AgencyJson[] }>('org/agencies.json').agencies;
  const { byKind } = readJson<{ byKind: Record<string, string> }>('org/head-titles.json');
  return { units, agencies: agencies.map((a) => ({ ...a, headTitle: a.headTitle ?? byKind[a.kind] ?? '' })) };
}

/** Demo accounts, placed on the seed's agencies by kind; the first two communes listed are the demo ones. */
export function demoAccounts(agencies: readonly AgencyJson[]): DemoAccount[] {
  const byKind = (kind: string) => agencies.filter((a) => a.kind === kind && !a.effectiveTo);
  const first = (kind: string) => {
    const found = byKind(kind)[0];
    if (!found) throw new Error(`Seed has no agency of kind ${kind}`);
    return found.code;
  };
  const communes = byKind('ubnd-xa');
  const counterOf = (commune: AgencyJson | undefined) => {
    if (!commune) throw new Error('Seed needs at least two communes');
    return (
      agencies.find((a) => a.kind === 'one-stop-section' && a.parentCode === commune.code)?.code ??
      commune.code
    );
  };
  const policeOf = (commune: AgencyJson | undefined) => {
    const police = agencies.find((a) => a.kind === 'cong-an-xa' && a.unitCode === commune?.unitCode);
    if (!police) throw new Error('Seed needs the first commune to have its police');
    return police.code;
  };
  const centre = first('service-centre');
  const justice = first('so-tu-phap');
  const inspection = first('thanh-tra-tinh');
  const commune1 = communes[0]?.code ?? first('ubnd-xa');
  return [
    {
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      title: '',
      roles: ['system-admin'],
      agencyCode: centre,
    },
    {
      username: 'giamsat.tinh',
      fullName: 'Bùi Thị Hồng',
      title: 'Phó Giám đốc',
      roles: ['supervisor'],
      agencyCode: centre,
    },
    {
      username: 'tiepnhan.tinh',
      fullName: 'Nguyễn Thị Lan',
      title: 'Chuyên viên',
      roles: ['counter-officer'],
      agencyCode: centre,
    },
    {
      username: 'chuyenvien.tuphap',
      fullName: 'Trần Văn Minh',
      title: 'Chuyên viên',
      roles: ['specialist'],
      agencyCode: justice,
    },
    // A deputy: her letters are signed "KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC".
    {
      username: 'lanhdao.tuphap',
      fullName: 'Lê Thị Hương',
      title: 'Phó Giám đốc',
      roles: ['leader'],
      agencyCode: justice,
    },
    {
      username: 'vanthu.tuphap',
      fullName: 'Ngô Thị Thu',
      title: 'Văn thư',
      roles: ['clerical'],
      agencyCode: justice,
    },
    // The province's inspection function: anonymous reports of bribery and unlawful demands, denunciations.
    {
      username: 'thanhtra.tinh',
      fullName: 'Đặng Quốc Bảo',
      title: 'Thanh tra viên',
      roles: ['inspector'],
      agencyCode: inspection,
    },
    {
      username: 'tiepnhan.xa',
      fullName: 'Phạm Thu Trang',
      title: 'Công chức',
      roles: ['counter-officer'],
      agencyCode: counterOf(communes[0]),
    },
    {
      username: 'chuyenvien.xa',
      fullName: 'Hoàng Văn Nam',
      title: 'Công chức Tư pháp – Hộ tịch',
      roles: ['specialist'],
      agencyCode: commune1,
    },
    {
      username: 'lanhdao.xa',
      fullName: 'Đỗ Quang Hải',
      title: 'Chủ tịch',
      roles: ['leader'],
      agencyCode: commune1,
    },
    {
      username: 'vanthu.xa',
      fullName: 'Trịnh Thị Yến',
      title: 'Văn thư',
      roles: ['clerical'],
      agencyCode: commune1,
    },
    {
      username: 'chuyenvien.congan',
      fullName: 'Đinh Văn Tuấn',
      title: 'Cán bộ',
      roles: ['specialist'],
      agencyCode: policeOf(communes[0]),
    },
    {
      username: 'canbo.bhxh',
      fullName: 'Lương Thị Ngọc',
      title: 'Chuyên viên',
      roles: ['clerical'],
      agencyCode: first('bhxh-tinh'),
    },
    {
      username: 'tiepnhan.xa2',
      fullName: 'Vũ Thị Mai',
      title: 'Công chức',
      roles: ['counter-officer'],
      agencyCode: counterOf(communes[1]),
    },
  ];
}

/** Fingerprint of the seed files: a database already seeded from the same files is left as it is. */
function seedFingerprint(catalogueDir: string): string {
  const hash = createHash('sha256').update(DEMO_PASSWORD);
  for (const file of [
    'org/units.json',
    'org/agencies.json',
    'org/head-titles.json',
    'workflows.json',
    RECEPTION_SEED_FILE,
  ])
    hash.update(fs.readFileSync(path.join(SEED_DIR, file)));
  for (const file of ['procedures.csv', 'cases.csv', 'components.csv']) {
    hash.update(fs.readFileSync(path.join(catalogueDir, file)));
  }
  return hash.digest('hex');
}

const SEED_SETTING = 'demo-seed-fingerprint';

/** Loads the demo data unless this database already holds the same version of it (fast restarts). */
export async function seedDemoIfChanged(db: Db): Promise<boolean> {
  const fingerprint = seedFingerprint(path.join(SEED_DIR, 'catalogue'));
  const row = await db
    .selectFrom('siteSettings')
    .select('value')
    .where('key', '=', SEED_SETTING)
    .executeTakeFirst();
  if (row?.value === fingerprint) return false;
  await seedDemo(db);
  const value = JSON.stringify(fingerprint);
  await db
    .insertInto('siteSettings')
    .values({ key: SEED_SETTING, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  return true;
}

export async function seedDemo(
  db: Db,
  options: { catalogueDir?: string } = {},
): Promise<{ units: number; agencies: number; accounts: number; procedures: number }> {
  const { units, agencies } = loadOrg();
  await db.transaction().execute(async (trx) => {
    // Two passes: rows first, then the links between them (parents and successors may come later in the file).
    for (const u of units) {
      const row = {
        code: u.code,
        name: u.name,
        nameEn: u.nameEn,
        kind: u.kind,
        effectiveFrom: u.effectiveFrom,
        effectiveTo: u.effectiveTo,
        note: u.note ?? '',
      };
      const { code: _code, ...update } = row;
      await trx
        .insertInto('adminUnits')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(update))
        .execute();
    }
    for (const u of units) {
      await trx
        .updateTable('adminUnits')
        .set({ parentCode: u.parentCode, successorCode: u.successorCode })
        .where('code', '=', u.code)
        .execute();
    }
    for (const a of agencies) {
      const row = {
        code: a.code,
        name: a.name,
        nameEn: a.nameEn,
        kind: a.kind,
        unitCode: a.unitCode,
        identifier: a.identifier,
        address: a.address ?? '',
        phone: a.phone ?? '',
        headTitle: a.headTitle ?? '',
        effectiveFrom: a.effectiveFrom,
        effectiveTo: a.effectiveTo ?? null,
      };
      const { code: _code, ...update } = row;
      await trx
        .insertInto('agencies')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(update))
        .execute();
    }
    for (const a of agencies) {
      await trx
        .updateTable('agencies')
        .set({ parentCode: a.parentCode })
        .where('code', '=', a.code)
        .execute();
    }
  });

  const accounts = demoAccounts(agencies);
  for (const account of accounts) {
    const existing = await db
      .selectFrom('staffAccounts')
      .select(['passwordHash'])
      .where('username', '=', account.username)
      .executeTakeFirst();
    // Hash only when needed: argon2 is deliberately slow and re-seeding should stay quick.
    const passwordHash =
      existing && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD))
        ? existing.passwordHash
        : await hashPassword(DEMO_PASSWORD);
    await db
      .insertInto('staffAccounts')
      .values({ ...account, passwordHash, isDemo: true })
      .onConflict((oc) =>
        oc.column('username').doUpdateSet({
          fullName: account.fullName,
          title: account.title,
          roles: account.roles,
          agencyCode: account.agencyCode,
          passwordHash,
          isDemo: true,
        }),
      )
      .execute();
  }

  const { imported } = await importCatalogueSheets(
    db,
    readCsvFolder(options.catalogueDir ?? path.join(SEED_DIR, 'catalogue')),
    {
      importedBy: 'seed',
      fileName: 'seed/catalogue',
    },
  );
  // Seeded once: an admin's later edit of the same case is kept.
  const { workflows } = readJson<{
    workflows: { procedureCode: string; caseCode: string; steps: unknown[] }[];
  }>('workflows.json');
  const known = new Set((await db.selectFrom('procedures').select('code').execute()).map((r) => r.code));
  for (const w of workflows.filter((x) => known.has(x.procedureCode))) {
    await db
      .insertInto('caseWorkflows')
      .values({ ...w, steps: JSON.stringify(w.steps), updatedBy: 'seed' })
      .onConflict((oc) => oc.columns(['procedureCode', 'caseCode']).doNothing())
      .execute();
  }
  // Citizen reception's schedules, dialogues and contacts (issue 12, item 4), once per agency.
  await seedReception(db, SEED_DIR);
  return { units: units.length, agencies: agencies.length, accounts: accounts.length, procedures: imported };
}
