import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  initialQuery?: string;
  onSearch: (q: string) => void;
  large?: boolean;
}

export function SearchForm({ initialQuery = '', onSearch, large = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [q, setQ] = useState(initialQuery);

  useEffect(() => setQ(initialQuery), [initialQuery]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSearch(q.trim());
  };

  return (
    <search className={large ? 'search search-large' : 'search'}>
      <form onSubmit={submit} className="search-form">
        <label htmlFor={id} className="search-label">
          {t('search.label')}
        </label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('search.placeholder')}
            aria-describedby={hintId}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button button-primary">
            {t('search.submit')}
          </button>
        </div>
        <p id={hintId} className="hint">
          {t('search.hint')}
        </p>
      </form>
    </search>
  );
}
