import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { type FeedbackFilter, useInbox } from '../api';
import { PaknClock } from '../components';
import { FEEDBACK_NS } from '../messages';

const STATES = [undefined, 'open', 'due-soon', 'overdue'] as const;

/** /can-bo/phan-anh-kien-nghi — the agency's inbox, soonest due first, due-soon and overdue marked. */
export function InboxPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknInbox.docTitle'));
  return <RequireStaff>{() => <Inbox />}</RequireStaff>;
}

function Inbox() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') ?? undefined) as FeedbackFilter['state'];
  const list = useInbox(state ? { state } : {});
  return (
    <div className="cases">
      <p className="eyebrow">
        <Link to="/can-bo">{t('paknHome.staffHome')}</Link>
      </p>
      <h1>{t('paknInbox.title')}</h1>
      <p className="lead">{t('paknInbox.lead')}</p>
      {list.data?.mayEnter && (
        <p className="chip-row">
          <Link className="button button-primary" to="/can-bo/phan-anh-kien-nghi/nhap">
            {t('paknHome.enter')}
          </Link>
          <Link className="button button-secondary" to="/can-bo/phan-anh-kien-nghi/mo-hom-thu">
            {t('paknHome.box')}
          </Link>
        </p>
      )}
      {list.data && <p className="muted">{t('paknInbox.counts', list.data.counts)}</p>}
      <fieldset className="chip-row">
        <legend className="visually-hidden">{t('paknInbox.title')}</legend>
        {STATES.map((s) => (
          <button
            key={s ?? 'all'}
            type="button"
            className={`button button-small ${state === s ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={state === s}
            onClick={() => setParams(s ? { state: s } : {}, { replace: true })}
          >
            {t(`paknInbox.${s ?? 'all'}`)}
          </button>
        ))}
      </fieldset>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('paknInbox.empty')}</p>
      ) : (
        <ul className="case-list">
          {list.data.items.map((c) => (
            <li key={c.code} className={`case-item ${c.clock?.overdue ? 'case-overdue' : ''}`}>
              <Link to={`/can-bo/phan-anh-kien-nghi/${c.code}`} className="case-link">
                <span className="case-kind">
                  {t(`paknKind.${c.kind}`)} · {t(`paknChannel.${c.channel}`)} · {c.code}
                </span>
                <span className="case-subject">{c.title}</span>
              </Link>
              <span className="case-meta">
                <span className="badge">{t(`paknState.${c.state}`)}</span> <PaknClock clock={c.clock} />
              </span>
              <span className="case-meta muted">
                {c.agency.name} ·{' '}
                {t('paknInbox.receivedOn', { date: formatPlainDate(c.receivedOn, lang, false) })} ·{' '}
                {c.assignee?.name ?? t('paknInbox.noAssignee')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
