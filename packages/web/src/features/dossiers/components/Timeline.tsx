import { isRole, ROLE_LABELS } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/localize';
import type { LogEntry } from '../api';
import { actionText, formatInstant, shortHash } from '../dossier-format';

/** Keys of `data` shown under a step, with their labels (other keys are internal). */
const DATA_LABELS: Record<string, string> = {
  assignee: 'dossierPage.assignee',
  newDueDate: 'dossierPage.newDueDate',
  amount: 'dossierPage.amount',
  method: 'dossierPage.paymentMethod',
  reference: 'dossierPage.reference',
  number: 'dossierPage.resultNumber',
  signer: 'dossierPage.signer',
  waybill: 'intake.waybill',
  resultName: 'dossierPage.resultName',
  resultFile: 'files.resultFile',
  appointmentAt: 'dossierPage.appointmentAt',
  place: 'dossierPage.appointmentPlace',
  address: 'dossierPage.homeAddress',
  resultCode: 'dossier.resultCodes',
};

const RETURN_METHODS: Record<string, string> = {
  counter: 'dossierPage.returnCounter',
  post: 'dossierPage.returnPost',
  online: 'dossierPage.returnOnline',
  home: 'dossierPage.returnHome',
};
const PAYMENT_METHODS: Record<string, string> = {
  cash: 'dossierPage.payCash',
  transfer: 'dossierPage.payTransfer',
  online: 'dossierPage.payOnline',
};

/** A signed result file as its name and the start of its digest (the full one is in the audit chain). */
function fileText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { name, sha256 } = v as { name?: unknown; sha256?: unknown };
  return typeof name === 'string' && typeof sha256 === 'string'
    ? `${name} (SHA-256 ${sha256.slice(0, 12)}…)`
    : undefined;
}

/** Label and value keys for one `data` entry; `method` means delivery on a return, payment otherwise. */
function describe(
  action: string,
  key: string,
  value: string,
): { label: string; valueKey?: string | undefined } {
  if (key === 'method') {
    return action === 'return-result'
      ? { label: 'dossierPage.returnMethod', valueKey: RETURN_METHODS[value] }
      : { label: 'dossierPage.paymentMethod', valueKey: PAYMENT_METHODS[value] };
  }
  if (key === 'place') {
    return {
      label: 'dossierPage.appointmentPlace',
      valueKey: value === 'home' ? 'dossierPage.placeHome' : 'dossierPage.placeCounter',
    };
  }
  return { label: DATA_LABELS[key] ?? key };
}

/** The append-only action log, oldest first; each step shows the start of its chained hash. */
export function Timeline({ log }: { log: readonly LogEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (log.length === 0) return <p>{t('dossierPage.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {[...log]
        .sort((a, b) => a.seq - b.seq)
        .map((e) => {
          const role = e.actor?.role;
          const roleLabel = role && isRole(role) ? ROLE_LABELS[role][lang] : role;
          const data = Object.entries(e.data ?? {})
            .map(([k, v]): [string, unknown] => [k, k === 'resultFile' ? fileText(v) : v])
            .filter(([k, v]) => k in DATA_LABELS && (typeof v === 'string' || typeof v === 'number'));
          return (
            <li key={e.seq} className="timeline-item">
              <p className="timeline-head">
                <span className="timeline-action">{actionText(e.action, e.actionLabel, lang)}</span>
                <time dateTime={e.at} className="timeline-time">
                  {formatInstant(e.at, lang)}
                </time>
              </p>
              {e.actor && (
                <p className="timeline-actor">
                  <span className="visually-hidden">{t('dossierPage.by')}: </span>
                  {e.actor.name}
                  {roleLabel && <span className="muted"> · {roleLabel}</span>}
                </p>
              )}
              {e.reason && (
                <p className="timeline-reason">
                  <span className="muted">{t('dossierPage.reason')}:</span> {e.reason}
                </p>
              )}
              {data.length > 0 && (
                <ul className="timeline-data">
                  {data.map(([k, v]) => {
                    const d = describe(e.action, k, String(v));
                    return (
                      <li key={k}>
                        <span className="muted">{t(d.label)}:</span>{' '}
                        {d.valueKey
                          ? t(d.valueKey)
                          : k === 'appointmentAt'
                            ? formatInstant(String(v), lang)
                            : String(v)}
                      </li>
                    );
                  })}
                </ul>
              )}
              <p className="timeline-hash small muted">
                {t('dossierPage.hash')}: <code>{shortHash(e.hash)}</code>
              </p>
            </li>
          );
        })}
    </ol>
  );
}
