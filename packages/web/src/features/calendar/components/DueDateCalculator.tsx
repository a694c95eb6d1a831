import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatPlainDate, todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDueDate } from '../api';

export function DueDateCalculator({ defaultFrom }: { defaultFrom?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [from, setFrom] = useState(defaultFrom ?? todayInVietnam());
  const [days, setDays] = useState('5');
  const due = useDueDate();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const n = Number.parseInt(days, 10);
    if (!from || Number.isNaN(n)) return;
    due.mutate({ from, days: n });
  };

  return (
    <section className="calculator form-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('calendar.calculator')}</h2>
      <p className="small">{t('calendar.calculatorIntro')}</p>
      <form className="calculator-form" onSubmit={submit}>
        <div className="field-group">
          <label htmlFor={`${id}-from`}>{t('calendar.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field-group">
          <label htmlFor={`${id}-days`}>{t('calendar.days')}</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            required
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={due.isPending}>
          {t('calendar.compute')}
        </button>
      </form>
      <div aria-live="polite">
        {due.isError && <ErrorMessage error={due.error} />}
        {due.data && (
          <p className="due-result" data-testid="due-result">
            {t('calendar.due')}:{' '}
            <strong>
              <time dateTime={due.data.due}>{formatPlainDate(due.data.due, lang)}</time>
            </strong>
          </p>
        )}
        {due.data?.status === 'provisional' && (
          <p className="alert alert-warning flag-provisional small" role="note" data-testid="due-provisional">
            {t('calendar.dueProvisional', { years: due.data.provisionalYears.join(', ') })}
          </p>
        )}
      </div>
    </section>
  );
}
