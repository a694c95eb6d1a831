import { type DossierView, isRole, type LogEntryView, ROLE_LABELS } from '@motcua/core';

type NamedRef = DossierView['receivingAgency'];

import { useTranslation } from 'react-i18next';
import { useLang, usePick } from '../../../lib/localize';
import type { Delivery } from '../../notifications/api';
import { useAgencies } from '../api';
import { actionText, formatInstant, shortHash } from '../dossier-format';
import { entryDetails, recordedLater } from '../log-details';

/** Agency codes the log names (a consultation's, a hand-over's). */
const agencyCodes = (log: readonly LogEntryView[]) =>
  log.flatMap((e) => [e.data.agencyCode, e.data.toAgencyCode]).filter((c) => typeof c === 'string');

/**
 * The append-only action log, oldest first: who did what, what they decided, and each step's chained hash.
 * Agencies are named from the dossier's own (`known`); the province's list is asked for only when needed.
 */
export function Timeline({
  log,
  known,
  deliveries = [],
}: {
  log: readonly LogEntryView[];
  known: readonly NamedRef[];
  /** What the applicant was told of each entry (by its seq), and whether it got there. */
  deliveries?: readonly Delivery[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const names = new Map(known.map((a) => [a.code, a.name]));
  const agencies = useAgencies({ enabled: agencyCodes(log).some((c) => !names.has(c)) });
  const agencyName = (code: string) => {
    const a = agencies.data?.find((x) => x.code === code);
    return a ? pick(a.name, a.nameEn) : (names.get(code) ?? code);
  };
  if (log.length === 0) return <p>{t('dossierPage.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {[...log]
        .sort((a, b) => a.seq - b.seq)
        .map((e) => {
          const role = e.actor.role;
          const roleLabel = isRole(role) ? ROLE_LABELS[role][lang] : role;
          const details = entryDetails(e, { t, lang, agencyName });
          return (
            <li key={e.seq} className="timeline-item">
              <p className="timeline-head">
                <span className="timeline-action">{actionText(e.action, e.actionLabel, lang)}</span>
                <time dateTime={e.at} className="timeline-time">
                  {formatInstant(e.at, lang)}
                </time>
              </p>
              <p className="timeline-actor">
                <span className="visually-hidden">{t('dossierPage.by')}: </span>
                {e.actor.name}
                {roleLabel && <span className="muted"> · {roleLabel}</span>}
              </p>
              {e.reason && (
                <p className="timeline-reason">
                  <span className="muted">{t('dossierPage.reason')}:</span> {e.reason}
                </p>
              )}
              {details.length > 0 && (
                <ul className="timeline-data">
                  {details.map((d) => (
                    <li key={d.label}>
                      <span className="muted">{d.label}:</span> {d.value}
                    </li>
                  ))}
                </ul>
              )}
              <Told deliveries={deliveries.filter((d) => d.seq === e.seq)} />
              <p className="timeline-hash small muted">
                {t('dossierPage.hash')}: <code>{shortHash(e.hash)}</code>
                {e.recordedAt && recordedLater(e) && (
                  <>
                    {' · '}
                    {t('timeline.recordedAt')}{' '}
                    <time dateTime={e.recordedAt}>{formatInstant(e.recordedAt, lang)}</time>
                  </>
                )}
              </p>
            </li>
          );
        })}
    </ol>
  );
}

/** 'Đã báo người nộp: SMS 0912… đã gửi · Thư điện tử … đang gửi' under the entry it tells of. */
function Told({ deliveries }: { deliveries: readonly Delivery[] }) {
  const { t } = useTranslation();
  if (deliveries.length === 0) return null;
  return (
    <p className="timeline-told small">
      <span className="muted">{t('notifications.onTimeline')}:</span>{' '}
      {deliveries.map((d, i) => (
        <span key={d.id} className={`delivery-${d.status}`} title={d.text}>
          {i > 0 && ' · '}
          {t(`notifications.channels.${d.channel}`, { defaultValue: d.channel })} {d.to} —{' '}
          {t(`notifications.status.${d.status}`)}
        </span>
      ))}
    </p>
  );
}
