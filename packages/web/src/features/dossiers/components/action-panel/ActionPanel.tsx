import type { DossierView, StaffActionType } from '@motcua/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../components/ErrorMessage';
import { ApiError } from '../../../../lib/api-client';
import { useLang, usePick } from '../../../../lib/localize';
import type { StaffUser } from '../../../auth/api';
import { useDossierAction } from '../../api';
import { formatWhen } from '../../dossier-format';
import { ActionForm } from './ActionForm';
import { staffActions } from './action-body';

const DANGER: readonly StaffActionType[] = ['refuse', 'stop', 'withdraw', 'return-for-rework'];

type FocusTarget = 'heading' | StaffActionType;

/** The action is no longer open to this officer: a colleague moved the dossier on meanwhile. */
const isStale = (e: unknown) => e instanceof ApiError && e.code === 'INVALID_TRANSITION';

/**
 * The actions this officer may take now: exactly the server's `allowedActions`, in its order (role, scope,
 * workflow step and the overdue lock are all applied by core), each opening its form.
 */
export function ActionPanel({ dossier, user }: { dossier: DossierView; user: StaffUser }) {
  const { t } = useTranslation();
  const pick = usePick();
  const lang = useLang();
  const errorText = useErrorText();
  const mutation = useDossierAction(dossier.code);
  const [open, setOpen] = useState<StaffActionType | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonsRef = useRef<HTMLUListElement>(null);
  const focusTarget = useRef<FocusTarget | undefined>(undefined);

  const actions = staffActions(dossier.allowedActions);
  /** A 409: someone acted first. Said from the view as it now stands (reloaded by useDossierAction). */
  const staleText = (d: DossierView) => {
    const last = d.log.at(-1);
    return t('dossierPage.stale', {
      status: d.statusLabel,
      who: last?.actor.name ?? '',
      action: last?.actionLabel ?? '',
      when: last ? formatWhen(last.at, lang) : '',
    });
  };
  // An action no longer offered (the dossier moved on) closes its form.
  const current = actions.find((a) => a.action === open);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = undefined;
    if (target === 'heading') headingRef.current?.focus();
    else buttonsRef.current?.querySelector<HTMLElement>(`[data-action="${target}"]`)?.focus();
  });

  const start = (action: StaffActionType) => {
    mutation.reset();
    setDone(undefined);
    setOpen(action);
  };
  const close = (focus: FocusTarget | undefined) => {
    focusTarget.current = focus;
    setOpen(undefined);
  };
  const cancel = () => {
    mutation.reset();
    close(open);
  };

  return (
    <section className="action-panel" aria-labelledby="actions-title">
      <h2 id="actions-title" ref={headingRef} tabIndex={-1}>
        {t('dossierPage.actions')}
      </h2>
      <div aria-live="polite">
        {done && (
          <p className="alert alert-success" role="status">
            {t('dossierPage.done', { action: done })}
          </p>
        )}
        {mutation.isError && !current && (
          <div className="alert alert-error" role="alert">
            <p>{isStale(mutation.error) ? staleText(dossier) : errorText(mutation.error)}</p>
          </div>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="muted">{t('dossierPage.noActions')}</p>
      ) : (
        <ul className="action-buttons" ref={buttonsRef}>
          {actions.map((a) => (
            <li key={a.action}>
              <button
                type="button"
                data-action={a.action}
                className={`button ${DANGER.includes(a.action) ? 'button-danger' : open === a.action ? 'button-primary' : 'button-secondary'}`}
                aria-expanded={open === a.action}
                aria-controls={open === a.action ? 'action-form' : undefined}
                onClick={() => (open === a.action ? cancel() : start(a.action))}
              >
                {pick(a.label, a.labelEn)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {current && (
        <ActionForm
          key={current.action}
          available={current}
          dossier={dossier}
          user={user}
          mutation={mutation}
          onDone={() => {
            setDone(pick(current.label, current.labelEn));
            close('heading');
          }}
          onCancel={cancel}
          onConflict={() => close('heading')}
        />
      )}
    </section>
  );
}
