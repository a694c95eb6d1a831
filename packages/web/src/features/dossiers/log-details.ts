/**
 * What a log entry recorded, worded for the people who read the timeline: the decisions (a due date and
 * its change, a slip's register number, who signed, a result code, the assignee, the days waited, how and
 * where the result went). What only the system needs (the subject, office hours, step deadlines) stays out.
 */
import {
  APOLOGY_DELIVERIES,
  COLLECTOR_RELATIONS,
  type LogEntryView,
  STOP_REQUEST_CHANNELS,
} from '@motcua/core';
import type { TFunction } from 'i18next';
import { formatVnd } from '../../lib/format';
import { formatDue, formatInstant } from './dossier-format';

type Lang = 'vi' | 'en';

export interface Detail {
  label: string;
  value: string;
}

export interface DetailContext {
  t: TFunction;
  lang: Lang;
  /** An agency's name by its code (the code itself when unknown). */
  agencyName: (code: string) => string;
}

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const rec = (v: unknown): Data | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : undefined;

const CHANNELS: Record<string, string> = {
  counter: 'dossier.channelCounter',
  postal: 'dossier.channelPostal',
  online: 'dossier.channelOnline',
};
const PAYMENT_METHODS: Record<string, string> = {
  cash: 'dossierPage.payCash',
  transfer: 'dossierPage.payTransfer',
  online: 'dossierPage.payOnline',
};
const RETURN_METHODS: Record<string, string> = {
  counter: 'dossierPage.returnCounter',
  post: 'dossierPage.returnPost',
  online: 'dossierPage.returnOnline',
  home: 'dossierPage.returnHome',
};
// The same keys the action forms use for these choices (ExtendFields, StopFields).
const DELIVERIES: Record<string, string> = Object.fromEntries(
  APOLOGY_DELIVERIES.map((d) => [d, `dossierPage.deliveries.${d}`]),
);
const REQUEST_CHANNELS: Record<string, string> = Object.fromEntries(
  STOP_REQUEST_CHANNELS.map((c) => [c, `dossierPage.requestChannels.${c}`]),
);
const RELATIONS: Record<string, string> = Object.fromEntries(
  COLLECTOR_RELATIONS.map((r) => [r, `dossierPage.collectorRelations.${r}`]),
);
const PLACES: Record<string, string> = { counter: 'dossierPage.placeCounter', home: 'dossierPage.placeHome' };

/** A signed result file as its name and the start of its digest (the full one is in the audit chain). */
function fileText(v: unknown): string | undefined {
  const file = rec(v);
  const name = str(file?.name);
  const sha256 = str(file?.sha256);
  return name && sha256 ? `${name} (SHA-256 ${sha256.slice(0, 12)}…)` : undefined;
}

/** Builds the list, skipping what the entry did not record. */
function collector(ctx: DetailContext) {
  const out: Detail[] = [];
  const add = (labelKey: string, value: string | undefined) => {
    if (value) out.push({ label: ctx.t(labelKey), value });
  };
  const keyed = (labelKey: string, keys: Record<string, string>, v: unknown) => {
    const key = str(v);
    if (key) add(labelKey, keys[key] ? ctx.t(keys[key]) : key);
  };
  const slip = (v: unknown) => {
    const s = rec(v);
    const form = str(s?.form);
    const number = str(s?.number);
    if (form && number) add('timeline.slip', ctx.t('timeline.slipValue', { form, number }));
  };
  const signer = (v: unknown) => {
    const s = rec(v);
    const name = str(s?.name) ?? str(v);
    const title = str(s?.title);
    if (name) add('dossierPage.signer', title ? `${name} (${title})` : name);
  };
  const due = (labelKey: string, date: unknown, at: unknown) =>
    add(labelKey, formatDue(str(date), str(at), ctx.lang) || undefined);
  const resumed = (v: unknown) => {
    const r = rec(v);
    const days = num(r?.waitedWorkingDays);
    if (days !== undefined) add('timeline.waited', ctx.t('timeline.waitedValue', { count: days }));
    due('timeline.newDue', r?.dueDate, r?.dueAt);
  };
  const agency = (labelKey: string, v: unknown) => {
    const code = str(v);
    if (code) add(labelKey, ctx.agencyName(code));
  };
  /** A reception dated afterwards: who approved it, and the server's times of entry and approval. */
  const backdated = (v: unknown) => {
    const b = rec(v);
    const name = str(rec(b?.approvedBy)?.name);
    const approvedAt = str(b?.approvedAt);
    const heldAt = str(b?.heldAt);
    if (!name || !approvedAt || !heldAt) return;
    add(
      'timeline.backdated',
      ctx.t('timeline.backdatedValue', {
        name,
        approvedAt: formatInstant(approvedAt, ctx.lang),
        heldAt: formatInstant(heldAt, ctx.lang),
      }),
    );
  };
  /** Who took a result handed over in person: name and relation, personal ID, the paper shown. */
  const person = (v: unknown) => {
    const p = rec(v);
    const name = str(p?.fullName);
    const relation = str(p?.relation);
    if (!name) return;
    const label = relation && RELATIONS[relation] ? ctx.t(RELATIONS[relation]) : relation;
    add('dossierPage.collector', label ? `${name} (${label})` : name);
    add('dossierPage.collectorId', str(p?.idNumber));
    add('dossierPage.collectorNote', str(p?.authorisationNote));
  };
  return { out, add, keyed, slip, signer, due, resumed, agency, backdated, person };
}

/** The details worth showing under one entry, in reading order. */
export function entryDetails(entry: LogEntryView, ctx: DetailContext): Detail[] {
  const d = entry.data;
  const c = collector(ctx);
  const { t, lang } = ctx;
  switch (entry.action) {
    case 'submit-online':
      c.add('timeline.portalReference', str(d.portalReference));
      c.add('dossier.checkCode', str(d.checkCode));
      // Submitted from a citizen account: how its login was vouched for (766 indicator 4.5).
      if (rec(d.account)) {
        const a = rec(d.account);
        c.add(
          'timeline.account',
          t(a?.nationalEid ? 'timeline.accountNationalEid' : 'timeline.accountOther', {
            assurance: str(a?.assurance) ?? '',
          }),
        );
      }
      break;
    case 'receive':
      c.keyed('dossier.channel', CHANNELS, d.channel);
      c.due('intake.dueAt', d.dueDate, d.dueAt);
      c.add('dossier.checkCode', str(d.checkCode));
      c.backdated(d.backdated);
      // Taken in again from a Form 02 counter slip.
      c.add('timeline.fromSlip', str(rec(d.supplementSlip)?.number));
      break;
    case 'refuse':
      c.slip(d.slip);
      break;
    case 'request-supplement': {
      const missing = Array.isArray(d.missing) ? d.missing.map(rec) : [];
      const items = missing.map((m) => [str(m?.name), str(m?.reason)].filter(Boolean).join(': '));
      c.add('dossierPage.missingLegend', items.filter(Boolean).join('; '));
      if (d.override === true) c.add('timeline.note', t('timeline.overrideNote'));
      c.slip(d.slip);
      break;
    }
    case 'supplement':
      c.resumed(d.resumed);
      break;
    case 'assign': {
      const name = str(d.assigneeName);
      const username = str(d.assignee);
      c.add('timeline.assignee', name && username ? `${name} (${username})` : (name ?? username));
      break;
    }
    case 'send-paper':
      c.agency('timeline.toAgency', d.toAgencyCode);
      if (d.late === true) c.add('timeline.note', t('dossierPage.paperLate'));
      break;
    case 'consult':
    case 'consult-reply':
      c.agency('timeline.agency', d.agencyCode);
      break;
    case 'forward':
      c.agency('timeline.toAgency', d.toAgencyCode);
      c.add('dossier.resultCodes', str(d.resultCode));
      c.add('timeline.resultName', str(d.resultName));
      c.add('files.resultFile', fileText(d.resultFile));
      break;
    case 'request-payment': {
      const amount = num(d.amount);
      c.add('timeline.amount', amount === undefined ? undefined : formatVnd(t, lang, amount));
      break;
    }
    case 'record-payment': {
      const amount = num(d.amount);
      c.keyed('dossierPage.paymentMethod', PAYMENT_METHODS, d.method);
      c.add('timeline.amount', amount === undefined ? undefined : formatVnd(t, lang, amount));
      c.add('dossierPage.reference', str(d.reference));
      c.resumed(d.resumed);
      break;
    }
    case 'apologize-extend': {
      const before = formatDue(str(d.previousDueDate), str(d.previousDueAt), lang);
      const after = formatDue(str(d.newDueDate), str(d.newDueAt), lang);
      c.add('timeline.dueChange', before && after ? `${before} → ${after}` : after || undefined);
      c.keyed('dossierPage.delivery', DELIVERIES, d.delivery);
      if (d.late === true) c.add('timeline.note', t('timeline.lateApologyNote'));
      if (d.override === true) c.add('timeline.note', t('timeline.extendOverrideNote'));
      c.slip(d.slip);
      c.signer(d.signer);
      break;
    }
    case 'stop':
      c.keyed('dossierPage.requestedVia', REQUEST_CHANNELS, d.requestedVia);
      c.add('timeline.legalGround', str(d.legalGround));
      c.slip(d.slip);
      c.signer(d.signer);
      break;
    case 'issue-result':
      c.add('dossier.resultCodes', str(d.resultCode));
      c.add('dossierPage.resultNumber', str(d.number));
      c.signer(d.signer);
      c.add('files.resultFile', fileText(d.resultFile));
      break;
    case 'schedule-return':
      c.add('dossierPage.appointmentAt', formatInstant(str(d.appointmentAt), lang) || undefined);
      c.keyed('dossierPage.appointmentPlace', PLACES, d.place);
      c.add('dossierPage.homeAddress', str(d.address));
      break;
    case 'return-result':
      c.keyed('dossierPage.returnMethod', RETURN_METHODS, d.method);
      c.add('intake.waybill', str(d.waybill));
      c.person(d.collector);
      break;
  }
  return c.out;
}

/** The server's time of writing, when it differs from the entry's own (a back-dated reception, say). */
export function recordedLater(entry: Pick<LogEntryView, 'at' | 'recordedAt'>): boolean {
  if (!entry.recordedAt) return false;
  return Math.abs(Date.parse(entry.recordedAt) - Date.parse(entry.at)) > 60_000;
}
