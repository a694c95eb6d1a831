import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { fieldErrorMap } from '../../dossiers/dossier-format';
import { useOpenBox } from '../api';
import { EMPTY_LETTER, type Letter, LetterFields, letterBody } from '../components';
import { FEEDBACK_NS } from '../messages';

/** /can-bo/phan-anh-kien-nghi/mo-hom-thu — a suggestion-box opening: when, with whom, each letter a PAKN. */
export function OpeningPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknBox.docTitle'));
  return <RequireStaff>{() => <Opening />}</RequireStaff>;
}

function Opening() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const open = useOpenBox();
  const [openedOn, setOpenedOn] = useState(todayInVietnam());
  const [witnesses, setWitnesses] = useState('');
  const [note, setNote] = useState('');
  const [letters, setLetters] = useState<Letter[]>([EMPTY_LETTER]);
  const errors = open.error instanceof ApiError ? fieldErrorMap(open.error.fields, lang) : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate(
      {
        openedOn,
        witnesses: witnesses
          .split('\n')
          .map((w) => w.trim())
          .filter(Boolean),
        ...(note.trim() ? { note: note.trim() } : {}),
        letters: letters.map(letterBody),
      },
      {
        onSuccess: () => {
          setLetters([EMPTY_LETTER]);
          setWitnesses('');
          setNote('');
        },
      },
    );
  };
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/can-bo/phan-anh-kien-nghi">{t('paknInbox.title')}</Link>
      </p>
      <h1>{t('paknBox.title')}</h1>
      <p className="lead">{t('paknBox.lead')}</p>
      {open.data && (
        <p className="alert alert-success" role="status">
          {t('paknBox.saved', { count: open.data.letterCount, codes: open.data.codes.join(', ') })}
        </p>
      )}
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <div className="field-group">
          <label htmlFor="box-on">{t('paknBox.openedOn')}</label>
          <input
            id="box-on"
            type="date"
            value={openedOn}
            max={todayInVietnam()}
            onChange={(e) => setOpenedOn(e.target.value)}
          />
          {errors.openedOn && <span className="field-error">{errors.openedOn}</span>}
        </div>
        <div className="field-group">
          <label htmlFor="box-witnesses">{t('paknBox.witnesses')}</label>
          <textarea
            id="box-witnesses"
            rows={3}
            value={witnesses}
            onChange={(e) => setWitnesses(e.target.value)}
          />
          {errors.witnesses && <span className="field-error">{errors.witnesses}</span>}
        </div>
        <div className="field-group">
          <label htmlFor="box-note">{t('paknBox.note')}</label>
          <input id="box-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </div>
        {letters.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: letters have no identity of their own before saving
          <fieldset key={i} className="form-card feedback-letter">
            <legend>{t('paknBox.letter', { n: i + 1 })}</legend>
            <LetterFields
              value={l}
              prefix={`letters[${i}].`}
              errors={errors}
              onChange={(next) => setLetters(letters.map((x, j) => (j === i ? next : x)))}
            />
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setLetters(letters.filter((_, j) => j !== i))}
            >
              {t('paknBox.removeLetter')}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setLetters([...letters, EMPTY_LETTER])}
          >
            {t('paknBox.addLetter')}
          </button>
        </p>
        {open.isError && <ErrorMessage error={open.error} />}
        <button type="submit" className="button button-primary" disabled={open.isPending}>
          {t('paknBox.save')}
        </button>
      </form>
    </div>
  );
}
