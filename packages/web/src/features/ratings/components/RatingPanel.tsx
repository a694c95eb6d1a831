import { KIOSK_INVITATION_MINUTES, RATING_LEVELS, type RatingLevel } from '@motcua/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ErrorMessage';
import { useLang } from '../../../lib/localize';
import { formatInstant } from '../../dossiers/dossier-format';
import { useDossierRating, useInviteToRate, useKiosks, usePairKiosk, usePaperRating } from '../api';
import { RATINGS_NS } from '../messages';

/**
 * On a finished dossier's page: its rating if given; otherwise, for the counter's officers, the invitation to
 * rate on the counter's tablet (and pairing one), and the entry of a paper form.
 */
export function RatingPanel({ code, isCounterOfficer }: { code: string; isCounterOfficer: boolean }) {
  const { t } = useTranslation(RATINGS_NS);
  const lang = useLang();
  const rating = useDossierRating(code);
  const r = rating.data;
  return (
    <section className="section rating-panel" aria-labelledby="sec-rating">
      <h2 id="sec-rating">{t('ratingPanel.heading')}</h2>
      {r ? (
        <p role="status">
          {t('ratingPanel.rated', {
            level: t(`ratingLevel.${r.satisfaction}`),
            channel: t(`ratingChannel.${r.channel}`),
            at: formatInstant(r.ratedAt, lang),
          })}
        </p>
      ) : (
        rating.isSuccess && (
          <>
            <p className="muted">{t('ratingPanel.notRated')}</p>
            {isCounterOfficer && <KioskInvite code={code} />}
            <PaperEntry code={code} />
          </>
        )
      )}
    </section>
  );
}

function KioskInvite({ code }: { code: string }) {
  const { t } = useTranslation(RATINGS_NS);
  const errorText = useErrorText();
  const id = useId();
  const kiosks = useKiosks(true);
  const invite = useInviteToRate(code);
  const pair = usePairKiosk();
  const [kioskId, setKioskId] = useState('');
  const [name, setName] = useState('');
  const items = kiosks.data?.items ?? [];
  const chosen = kioskId || items[0]?.id || '';
  const onPair = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) pair.mutate(name.trim());
  };
  return (
    <div className="rating-kiosk">
      {items.length > 0 ? (
        <>
          <div className="field-group">
            <label htmlFor={`${id}-kiosk`}>{t('ratingPanel.kiosk')}</label>
            <select id={`${id}-kiosk`} value={chosen} onChange={(e) => setKioskId(e.target.value)}>
              {items.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
          <p className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!chosen || invite.isPending}
              onClick={() => invite.mutate(chosen)}
            >
              {t('ratingPanel.invite')}
            </button>
          </p>
          {invite.isSuccess && (
            <p className="alert alert-success" role="status">
              {t('ratingPanel.invited', {
                name: items.find((k) => k.id === chosen)?.name ?? '',
                minutes: KIOSK_INVITATION_MINUTES,
              })}
            </p>
          )}
          {invite.isError && (
            <p className="alert alert-error" role="alert">
              {errorText(invite.error)}
            </p>
          )}
        </>
      ) : (
        kiosks.isSuccess && <p className="muted">{t('ratingPanel.noKiosk')}</p>
      )}
      <details>
        <summary>{t('ratingPanel.pair')}</summary>
        <form onSubmit={onPair}>
          <div className="field-group">
            <label htmlFor={`${id}-name`}>{t('ratingPanel.pairName')}</label>
            <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          </div>
          <p className="actions">
            <button
              type="submit"
              className="button button-secondary"
              disabled={pair.isPending || !name.trim()}
            >
              {t('ratingPanel.pairSubmit')}
            </button>
          </p>
        </form>
        {pair.data && (
          <div className="alert alert-success" role="status">
            <p>
              {t('ratingPanel.paired', {
                name: pair.data.name,
                url: `${window.location.origin}/may-danh-gia`,
              })}
            </p>
            <p>
              <code className="strong" data-testid="kiosk-key">
                {pair.data.key}
              </code>
            </p>
          </div>
        )}
      </details>
    </div>
  );
}

function PaperEntry({ code }: { code: string }) {
  const { t } = useTranslation(RATINGS_NS);
  const errorText = useErrorText();
  const id = useId();
  const save = usePaperRating(code);
  const [level, setLevel] = useState<RatingLevel | ''>('');
  return (
    <details>
      <summary>{t('ratingPanel.paper')}</summary>
      <div className="field-group">
        <label htmlFor={`${id}-level`}>{t('ratingPanel.paperLevel')}</label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(e) => setLevel(e.target.value as RatingLevel | '')}
        >
          <option value="">—</option>
          {RATING_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`ratingLevel.${l}`)}
            </option>
          ))}
        </select>
      </div>
      {save.isError && (
        <p className="alert alert-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={!level || save.isPending}
          onClick={() => level && save.mutate(level)}
        >
          {t('ratingPanel.paperSave')}
        </button>
      </p>
    </details>
  );
}
