import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../components/ErrorMessage';
import { QueryList } from '../../../components/QueryList';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { formatInstant } from '../dossier-format';
import { type HeldIntakeView, useDecideHeld, useHeldIntakes } from '../held-api';

const DECIDERS = ['leader', 'supervisor'];

/** The leader's list of back-dated intakes, each approved (received at its time) or rejected with a reason. */
export function HeldIntakesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('held.docTitle'));
  return (
    <RequireStaff>
      {(user) =>
        DECIDERS.some((r) => user.roles.includes(r)) ? (
          <HeldIntakes />
        ) : (
          <div className="narrow">
            <h1>{t('auth.forbidden')}</h1>
            <p>{t('held.forbiddenText')}</p>
          </div>
        )
      }
    </RequireStaff>
  );
}

function HeldIntakes() {
  const { t } = useTranslation();
  const list = useHeldIntakes();
  const [done, setDone] = useState<{ code?: string } | undefined>();
  return (
    <div className="held-intakes">
      <p className="eyebrow">
        <Link to="/can-bo">{t('auth.staffTitle')}</Link>
      </p>
      <h1>{t('held.heading')}</h1>
      <p className="lead">{t('held.intro')}</p>
      <div aria-live="polite">
        {done && (
          <p className="alert alert-success" role="status">
            {done.code ? (
              <>
                {t('held.approved', { code: done.code })}{' '}
                <Link to={`/can-bo/ho-so/${encodeURIComponent(done.code)}`}>{done.code}</Link>
              </>
            ) : (
              t('held.rejected')
            )}
          </p>
        )}
      </div>
      <QueryList query={list} empty={<p>{t('held.empty')}</p>}>
        {(items) => (
          <ul className="held-list">
            {items.map((h) => (
              <HeldItem key={h.id} held={h} onDone={setDone} />
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}

function HeldItem({ held, onDone }: { held: HeldIntakeView; onDone: (d: { code?: string }) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { approve, reject } = useDecideHeld();
  const errorText = useErrorText();
  const failed = approve.error ?? reject.error;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const busy = approve.isPending || reject.isPending;
  const titleId = `held-${held.id}`;
  const submitReject = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!reason.trim()) return;
    reject.mutate({ id: held.id, reason: reason.trim() }, { onSuccess: () => onDone({}) });
  };
  return (
    <li className="section held-item" aria-labelledby={titleId}>
      <h2 id={titleId} lang="vi">
        {held.applicantName}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('held.procedure')}</dt>
          <dd>
            <code>{held.procedureCode}</code>
          </dd>
        </div>
        <div>
          <dt>{t('held.claimedAt')}</dt>
          <dd className="strong">
            {formatInstant(held.claimedReceivedAt, lang)} (
            {t('held.daysBack', { count: held.workingDaysBack })})
          </dd>
        </div>
        <div>
          <dt>{t('held.reason')}</dt>
          <dd lang="vi">{held.reason}</dd>
        </div>
        <div>
          <dt>{t('held.officer')}</dt>
          <dd>{held.officer.name}</dd>
        </div>
        <div>
          <dt>{t('held.heldAt')}</dt>
          <dd>{formatInstant(held.heldAt, lang)}</dd>
        </div>
      </dl>
      {failed && (
        <p className="alert alert-error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {rejecting ? (
        <form onSubmit={submitReject} noValidate>
          <div className="field-group">
            <label htmlFor={`${titleId}-reason`}>{t('held.rejectReason')}</label>
            <input
              id={`${titleId}-reason`}
              value={reason}
              maxLength={500}
              required
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <p className="actions">
            <button type="submit" className="button button-danger" disabled={busy || !reason.trim()}>
              {t('held.rejectSubmit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setRejecting(false)}>
              {t('held.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <p className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => approve.mutate(held.id, { onSuccess: (r) => onDone({ code: r.code }) })}
          >
            {t('held.approve')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => setRejecting(true)}
          >
            {t('held.reject')}
          </button>
        </p>
      )}
    </li>
  );
}
