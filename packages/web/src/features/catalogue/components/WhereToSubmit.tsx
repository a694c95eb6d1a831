import { useTranslation } from 'react-i18next';
import { usePick } from '../../../lib/localize';
import { mapUrl, type ReceivingCounter } from '../api';

/** The counters a dossier can be handed in at; a long list (every commune) opens on request. */
export function WhereToSubmit({ counters }: { counters: ReceivingCounter[] }) {
  const { t } = useTranslation();
  if (counters.length === 0) return null;
  const list = (
    <ul className="counter-list">
      {counters.map((c) => (
        <CounterItem key={c.code} counter={c} />
      ))}
    </ul>
  );
  return (
    <section
      aria-labelledby="sec-where"
      // A folded list of every commune's counter would only fill paper.
      className={`section where-to-submit${counters.length > 3 ? ' no-print' : ''}`}
    >
      <h2 id="sec-where">{t('procedure.whereTitle')}</h2>
      {counters.length <= 3 ? (
        list
      ) : (
        <details>
          <summary>{t('procedure.counterListSummary', { count: counters.length })}</summary>
          {list}
        </details>
      )}
    </section>
  );
}

function CounterItem({ counter: c }: { counter: ReceivingCounter }) {
  const { t } = useTranslation();
  const pick = usePick();
  const hours = c.sessions.map((s) => `${s.start}–${s.end}`).join(', ');
  return (
    <li>
      <strong lang="vi">{pick(c.name, c.nameEn)}</strong>
      <dl className="counter-facts">
        <div>
          <dt>{t('procedure.counterAddress')}</dt>
          <dd lang="vi">
            {c.address ? (
              <>
                {c.address}{' '}
                <a className="no-print" href={mapUrl(c.address)} rel="noopener noreferrer">
                  {t('procedure.counterMap')}
                </a>
              </>
            ) : (
              <span className="muted">{t('procedure.counterAddressMissing')}</span>
            )}
          </dd>
        </div>
        {c.phone && (
          <div>
            <dt>{t('procedure.counterPhone')}</dt>
            <dd>
              <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('procedure.counterHours')}</dt>
          <dd>
            {t('procedure.counterWeekdays')}: {hours}
            {c.saturdayCounter &&
              c.sessions[0] &&
              `; ${t('procedure.counterSaturday')}: ${c.sessions[0].start}–${c.sessions[0].end}`}
          </dd>
        </div>
      </dl>
    </li>
  );
}
