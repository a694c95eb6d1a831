import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLang } from '../../../lib/localize';
import { formatInstant } from '../../dossiers/dossier-format';
import { useAdminNotifications } from '../api';

/** What was sent (a dossier's, or the undeliverable ones) and, in demo mode, what the sinks received. */
export function DeliveryList({ filter }: { filter: { dossier?: string; status?: 'failed' } }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAdminNotifications(filter, true);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const { items, demo } = list.data;
  return (
    <div className="delivery-list">
      {filter.status === 'failed' && <h3>{t('notifications.deadLetters')}</h3>}
      {items.length === 0 && <p>{t('notifications.none')}</p>}
      <ul className="link-list">
        {items.map((d) => (
          <li key={d.id} className={`delivery delivery-${d.status}`}>
            <p>
              <strong>{t(`notifications.events.${d.event}`, { defaultValue: d.event })}</strong> ·{' '}
              {t(`notifications.channels.${d.channel}`, { defaultValue: d.channel })} ·{' '}
              {t('notifications.to')} {d.to} ·{' '}
              <span className="delivery-status">{t(`notifications.status.${d.status}`)}</span>
              {d.dossier && filter.status === 'failed' && <> · {d.dossier}</>}
            </p>
            {d.subject && <p className="muted">{d.subject}</p>}
            <p className="delivery-text">{d.text}</p>
            <p className="muted">
              {t('notifications.attempts')}: {d.attempts}
              {d.sentAt && (
                <>
                  {' '}
                  · {t('notifications.sentAt')} {formatInstant(d.sentAt, lang)}
                </>
              )}
              {d.lastError && (
                <>
                  {' '}
                  · {t('notifications.error')}: {d.lastError}
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {demo.length > 0 && (
        <>
          <h3>{t('notifications.caught')}</h3>
          <ul className="link-list">
            {demo.map((m) => (
              <li key={`${m.channel}/${m.key}`}>
                <p>
                  {t(`notifications.channels.${m.channel}`, { defaultValue: m.channel })} ·{' '}
                  {t('notifications.to')} {m.to} · {formatInstant(m.receivedAt, lang)}
                  {m.copies > 1 && <> · {t('notifications.copies', { n: m.copies })}</>}
                </p>
                {m.subject && <p className="muted">{m.subject}</p>}
                <p className="delivery-text">{m.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
