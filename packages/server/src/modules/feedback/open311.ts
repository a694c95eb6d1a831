/**
 * Open311 GeoReport v2 over PAKN (issue 12, item 6): the services, the requests with the spec's filters, one
 * request, a token, and a new request with an integrator's API key. Every failure is an Open311Failure that
 * the routes answer in the spec's `[{"code", "description"}]` with the same HTTP status.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  FEEDBACK_CODE_PATTERN,
  type FeedbackKind,
  isOpen311ServiceCode,
  OPEN311_SERVICES,
  OPEN311_STATUSES,
  type Open311Status,
  open311Status,
  statesOfOpen311Status,
  vietnamInstant,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { type Deps, receiveOne, rootAgency } from './feedback.ts';

export class Open311Failure extends Error {
  readonly status: number;
  readonly description: string;
  constructor(status: number, description: string) {
    super(description);
    this.status = status;
    this.description = description;
  }
}
const bad = (description: string) => new Open311Failure(400, description);

export const open311KeyHash = (key: string): string => createHash('sha256').update(key).digest('hex');
export const newOpen311Key = (): string => randomBytes(24).toString('base64url');

/** `name.json` → name; anything else (another format, an empty name) is not found. */
export function jsonName(file: string | undefined): string {
  const m = /^(.+)\.json$/.exec(file ?? '');
  if (!m?.[1]) throw new Open311Failure(404, 'Only the JSON format is served: name.json');
  return decodeURIComponent(m[1]);
}

const CODE = new RegExp(FEEDBACK_CODE_PATTERN);
const list = (v: unknown): string[] | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.split(',').map((x) => x.trim()) : undefined;
const one = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

export const services = () => OPEN311_SERVICES;

export function serviceDefinition(code: string) {
  if (!isOpen311ServiceCode(code)) throw new Open311Failure(404, `No service with service_code ${code}`);
  return { service_code: code, attributes: [] as unknown[] };
}

interface Row {
  code: string;
  kind: string;
  state: string;
  content: string;
  agencyName: string;
  dueOn: string | null;
  publicAnswer: string | null;
  requestedAt: Date | string;
  updatedAt: Date | string;
  location: Record<string, unknown> | null;
  publishable: boolean;
}

const instant = (v: Date | string) => vietnamInstant(new Date(v).getTime());

function toRequest(r: Row) {
  const loc = r.location ?? {};
  const service = OPEN311_SERVICES.find((s) => s.service_code === r.kind);
  const status = open311Status(r.state as Parameters<typeof open311Status>[0]);
  return {
    service_request_id: r.code,
    status,
    status_notes: r.publicAnswer ?? null,
    service_name: service?.service_name ?? r.kind,
    service_code: r.kind,
    // What the sender did not agree to publish stays out of a public list.
    description: r.publishable ? r.content : null,
    agency_responsible: r.agencyName,
    service_notice: null,
    requested_datetime: instant(r.requestedAt),
    updated_datetime: instant(r.updatedAt),
    expected_datetime: status === 'open' && r.dueOn ? `${r.dueOn}T17:00:00+07:00` : null,
    address: typeof loc.address === 'string' ? loc.address : null,
    address_id: typeof loc.addressId === 'string' ? loc.addressId : null,
    zipcode: typeof loc.zipcode === 'string' ? loc.zipcode : null,
    lat: typeof loc.lat === 'number' ? loc.lat : null,
    long: typeof loc.long === 'number' ? loc.long : null,
    media_url: null,
  };
}

async function selectRequests(
  db: Db,
  f: { codes?: string[]; kinds?: string[]; states?: string[]; from?: Date; to?: Date },
) {
  let q = db
    .selectFrom('feedbackCases as c')
    .innerJoin('agencies as a', 'a.code', 'c.agencyCode')
    .innerJoin('feedbackEntries as e', (j) => j.onRef('e.caseId', '=', 'c.id').on('e.seq', '=', 1))
    .select([
      'c.code',
      'c.kind',
      'c.state',
      'c.content',
      'a.name as agencyName',
      'c.dueOn',
      'c.publicAnswer',
      'c.createdAt',
      'c.updatedAt',
      'c.location',
      'e.data',
      'e.at as requestedAt',
    ]);
  if (f.codes) q = q.where('c.code', 'in', f.codes);
  if (f.kinds) q = q.where('c.kind', 'in', f.kinds);
  if (f.states) q = q.where('c.state', 'in', f.states);
  if (f.from) q = q.where('e.at', '>=', f.from);
  if (f.to) q = q.where('e.at', '<=', f.to);
  const rows = await q.orderBy('c.id', 'desc').limit(1000).execute();
  return rows.map((r) =>
    toRequest({ ...r, publishable: (r.data as { publishAnswer?: boolean }).publishAnswer !== false }),
  );
}

const date = (name: string, v: unknown): Date | undefined => {
  const s = one(v);
  if (s === undefined) return undefined;
  // W3C datetime (a date, or a date and time with its offset), as the spec asks.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(s)) {
    throw bad(`${name} must be a W3C datetime, e.g. 2026-03-02T09:00:00+07:00`);
  }
  const d = new Date(s.length === 10 ? `${s}T00:00:00+07:00` : s);
  const [y, m, day] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const real = new Date(Date.UTC(y, m - 1, day));
  if (Number.isNaN(d.getTime()) || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== day) {
    throw bad(`${name} is not a real date`);
  }
  return d;
};

/** GET requests.json with the spec's filters (service_request_id wins over the others; 90 days by default). */
export async function listRequests(db: Db, now: Date, query: Record<string, unknown>) {
  const codes = list(query.service_request_id);
  if (codes) {
    if (codes.some((c) => !CODE.test(c))) throw bad('service_request_id must be codes like PA-2026-000001');
    return selectRequests(db, { codes });
  }
  const kinds = list(query.service_code);
  if (kinds?.some((k) => !isOpen311ServiceCode(k))) throw bad('Unknown service_code');
  const statuses = list(query.status);
  if (statuses?.some((s) => !(OPEN311_STATUSES as readonly string[]).includes(s))) {
    throw bad('status must be open or closed');
  }
  let from = date('start_date', query.start_date);
  let to = date('end_date', query.end_date);
  const DAY = 86_400_000;
  if (!from && !to) from = new Date(now.getTime() - 90 * DAY);
  if (from && to && from > to) throw bad('start_date is after end_date');
  if (from && to && to.getTime() - from.getTime() > 90 * DAY)
    throw bad('At most 90 days between start_date and end_date');
  if (from && !to) to = new Date(from.getTime() + 90 * DAY);
  if (to && !from) from = new Date(to.getTime() - 90 * DAY);
  return selectRequests(db, {
    ...(kinds ? { kinds } : {}),
    ...(statuses ? { states: statuses.flatMap((s) => statesOfOpen311Status(s as Open311Status)) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
}

export async function oneRequest(db: Db, id: string) {
  if (!CODE.test(id)) throw bad('service_request_id must be a code like PA-2026-000001');
  const found = await selectRequests(db, { codes: [id] });
  if (found.length === 0) throw new Open311Failure(404, `No service request ${id}`);
  return found;
}

export async function byToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw bad('Malformed token');
  const row = await db
    .selectFrom('feedbackCases')
    .select('code')
    .where('followTokenHash', '=', createHash('sha256').update(token).digest('hex'))
    .executeTakeFirst();
  if (!row) throw new Open311Failure(404, 'No service request for this token');
  return [{ service_request_id: row.code, token }];
}

const number = (name: string, v: unknown, min: number, max: number): number | undefined => {
  const s = one(v);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^-?\d+(\.\d+)?$/.test(s) || n < min || n > max)
    throw bad(`${name} must be a number from ${min} to ${max}`);
  return n;
};
/** A control character other than tab, line feed and carriage return (or a NUL). */
const hasControl = (s: string): boolean =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
  });
const text = (name: string, v: unknown, max: number): string | undefined => {
  const s = one(v);
  if (s !== undefined && (s.length > max || hasControl(s))) {
    throw bad(`${name}: at most ${max} characters, no control characters`);
  }
  return s;
};

/** POST requests.json: a new PAKN from an integrator with a valid key; answers its id and a token. */
export async function createRequest(deps: Deps, body: Record<string, unknown>) {
  const key = one(body.api_key);
  if (!key) throw bad('api_key is required');
  const found = await deps.db
    .selectFrom('open311Keys')
    .select(['id', 'name', 'agencyCode'])
    .where('keyHash', '=', open311KeyHash(key))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!found) throw new Open311Failure(403, 'Invalid api_key');
  const service = one(body.service_code);
  if (!service) throw bad('service_code is required');
  if (!isOpen311ServiceCode(service)) throw bad(`Unknown service_code ${service}`);
  const lat = number('lat', body.lat, -90, 90);
  const long = number('long', body.long, -180, 180);
  if ((lat === undefined) !== (long === undefined)) throw bad('lat and long go together');
  const address = text('address_string', body.address_string, 500);
  const addressId = text('address_id', body.address_id, 100);
  if (lat === undefined && !address && !addressId) {
    throw bad('A location is required: lat and long, address_string or address_id');
  }
  const description = text('description', body.description, 4000);
  if (!description) throw bad('description is required');
  const name = [text('first_name', body.first_name, 100), text('last_name', body.last_name, 100)]
    .filter(Boolean)
    .join(' ');
  const phone = text('phone', body.phone, 20);
  if (phone && !/^[0-9 +().-]*$/.test(phone)) throw bad('phone: digits, spaces, + ( ) . - only');
  const email = text('email', body.email, 200);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw bad('email is not an e-mail address');
  const tree = await loadAgencyTree(deps.db);
  const agencyCode = found.agencyCode ?? rootAgency(tree);
  const title = description.length > 120 ? `${description.slice(0, 117)}…` : description;
  const receipt = await deps.db.transaction().execute((trx) =>
    receiveOne(
      trx,
      deps,
      { id: `open311:${found.id}`, name: found.name, role: 'integrator', agencyCode: '' },
      {
        kind: service as FeedbackKind,
        title,
        content: description,
        ...(name || phone || email
          ? {
              contact: {
                fullName: name || email || phone || '',
                ...(phone ? { phone } : {}),
                ...(email ? { email } : {}),
              },
            }
          : {}),
      },
      agencyCode,
      'web',
      {
        integrator: found.name,
        location: {
          ...(lat !== undefined ? { lat, long } : {}),
          ...(address ? { address } : {}),
          ...(addressId ? { addressId } : {}),
        },
      },
    ),
  );
  return [
    { service_request_id: receipt.code, token: receipt.followToken, service_notice: null, account_id: null },
  ];
}
