import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { type ProcedureDetail, useProcedure, useProcedureSearch } from '../../catalogue/api';
import { useCounterSlip } from '../counter-slips-api';
import { formatInstant } from '../dossier-format';
import { IntakeForm } from '../intake/IntakeForm';

const PROCEDURE_PARAM = 'thu-tuc';
/** A Form 02 slip to take in again (the day's slips on the staff home link here). */
const SLIP_PARAM = 'phieu';

export function IntakePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('intake.docTitle'));
  return (
    <RequireStaff>
      {(user) => (user.roles.includes('counter-officer') ? <Intake /> : <Forbidden />)}
    </RequireStaff>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t('auth.forbidden')}</h1>
      <p>{t('intake.forbiddenText')}</p>
    </div>
  );
}

function Intake() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get(PROCEDURE_PARAM)?.trim() ?? '';
  const choose = (c: string) => setParams(c ? { [PROCEDURE_PARAM]: c } : {});

  return (
    <div className="intake">
      <p className="eyebrow">{t('auth.staffTitle')}</p>
      <h1>{t('intake.heading')}</h1>
      <p className="lead">{t('intake.intro')}</p>
      {code ? (
        <ChosenProcedure
          key={code}
          code={code}
          slipId={params.get(SLIP_PARAM) ?? undefined}
          onChange={() => choose('')}
        />
      ) : (
        <ProcedurePicker onChoose={choose} />
      )}
    </div>
  );
}

function ProcedurePicker({ onChoose }: { onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setQ(input.trim());
  };
  return (
    <section className="section intake-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('intake.step1')}</h2>
      <search>
        <form className="search-form" onSubmit={submit}>
          <label htmlFor={id} className="search-label">
            {t('intake.searchLabel')}
          </label>
          <div className="search-row">
            <input
              id={id}
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t('intake.searchPlaceholder')}
              autoComplete="off"
            />
            <button type="submit" className="button button-primary">
              {t('intake.search')}
            </button>
          </div>
        </form>
      </search>
      {q && <ProcedureResults q={q} onChoose={onChoose} />}
    </section>
  );
}

function ProcedureResults({ q, onChoose }: { q: string; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const search = useProcedureSearch({ q, pageSize: 8 });
  if (search.isPending) return <Loading />;
  if (search.isError) return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  if (search.data.items.length === 0) return <p role="status">{t('intake.noResults')}</p>;
  return (
    <ul className="pick-list">
      {search.data.items.map((p) => {
        const name = pick(p.name, p.nameEn);
        return (
          <li key={p.code}>
            <span>
              <span className="strong">{name}</span> <code>{p.code}</code>
            </span>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('intake.chooseLabel', { name })}
              onClick={() => onChoose(p.code)}
            >
              {t('intake.choose')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ChosenProcedure({
  code,
  slipId,
  onChange,
}: {
  code: string;
  slipId: string | undefined;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const query = useProcedure(code);
  return (
    <>
      <section className="section intake-step" aria-labelledby="intake-step1">
        <h2 id="intake-step1">{t('intake.step1')}</h2>
        {query.isError && <ErrorMessage error={query.error} />}
        <div className="chosen-procedure">
          {/* The loading line stands where the name comes, so the button beside it does not move. */}
          {query.data ? (
            <p>
              <span className="strong">{pick(query.data.name, query.data.nameEn)}</span> <code>{code}</code>
            </p>
          ) : (
            query.isPending && <Loading />
          )}
          <button type="button" className="button button-secondary button-small" onClick={onChange}>
            {t('intake.change')}
          </button>
        </div>
      </section>
      {query.data &&
        (slipId ? (
          <ReopenedIntake procedure={query.data} slipId={slipId} />
        ) : (
          <IntakeForm procedure={query.data} />
        ))}
    </>
  );
}

/** The intake prefilled from a Form 02 slip; one already taken in again says so and starts empty. */
function ReopenedIntake({ procedure, slipId }: { procedure: ProcedureDetail; slipId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const slip = useCounterSlip(slipId);
  if (slip.isPending) return <Loading />;
  if (slip.isError) return <ErrorMessage error={slip.error} onRetry={() => void slip.refetch()} />;
  const s = slip.data;
  if (s.reopened || s.form !== '02' || s.procedure.code !== procedure.code) {
    return (
      <>
        {s.reopened && (
          <p className="alert alert-info" role="status">
            {t('intake.reopenDone', { number: s.number, code: s.reopened.dossierCode })}
          </p>
        )}
        <IntakeForm procedure={procedure} />
      </>
    );
  }
  return (
    <>
      <p className="alert alert-info" role="status">
        {t('intake.reopenNotice', { number: s.number, at: formatInstant(s.issuedAt, lang) })}
      </p>
      <IntakeForm key={s.id} procedure={procedure} reopen={s} />
    </>
  );
}
