import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate, todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePublicContacts } from '../api';
import { ReceptionNav } from '../components';
import { RECEPTION_NS } from '../messages';
import '../reception.css';

/**
 * /duong-day-nong — the hotlines and leaders' numbers the agencies publish. `?agency=` narrows it to one;
 * the print button gives the A4 sheet for the counter (the print styles drop the site's header and footer).
 */
export function ContactsPage() {
  const { t } = useTranslation(RECEPTION_NS);
  useDocumentTitle(t('contacts.docTitle'));
  const lang = useLang();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const list = usePublicContacts();
  const agency = params.get('agency') ?? '';
  const items = (list.data?.items ?? []).filter((c) => !agency || c.agency.code === agency);
  return (
    <div className="reception">
      <ReceptionNav current="contacts" />
      <h1 className="no-print">{t('contacts.heading')}</h1>
      <p className="lead no-print">{t('contacts.intro')}</p>
      <h1 className="print-only contact-print-title">{t('contacts.printTitle')}</h1>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('contacts.none')}</p>
      ) : (
        <>
          <div className="no-print field-group">
            <label htmlFor={`${id}-agency`}>{t('reception.agency')}</label>
            <select
              id={`${id}-agency`}
              value={agency}
              onChange={(e) => setParams(e.target.value ? { agency: e.target.value } : {}, { replace: true })}
            >
              <option value="">{t('contacts.all')}</option>
              {list.data.items.map((c) => (
                <option key={c.agency.code} value={c.agency.code}>
                  {c.agency.name}
                </option>
              ))}
            </select>
          </div>
          <p className="no-print">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('contacts.print')}
            </button>
          </p>
          <ul className="contact-list">
            {items.map((c) => (
              <li key={c.agency.code} className="card contact-card">
                <h2>{c.agency.name}</h2>
                <p>
                  {t('contacts.hotline')}:{' '}
                  <a className="contact-hotline" href={`tel:${c.hotline.replace(/[^\d+]/g, '')}`}>
                    {c.hotline}
                  </a>
                </p>
                {c.email && (
                  <p>
                    {t('contacts.email')}: <a href={`mailto:${c.email}`}>{c.email}</a>
                  </p>
                )}
                {c.persons.length > 0 && (
                  <table>
                    <tbody>
                      {c.persons.map((p) => (
                        <tr key={`${p.fullName}-${p.phone}`}>
                          <td>
                            <strong>{p.fullName}</strong>
                            <br />
                            <span className="muted">{p.title}</span>
                          </td>
                          <td>
                            <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ul>
          <p className="print-only">
            {t('contacts.printNote', { date: formatPlainDate(todayInVietnam(), lang, false) })}
          </p>
        </>
      )}
    </div>
  );
}
