import type { TextOrList } from '../api';

/** Catalogue text that may be one paragraph, several lines or ' | '-separated items, or a list. */
interface Props {
  value: TextOrList;
  ordered?: boolean;
  /** Language of the text when it may differ from the UI's (catalogue prose is Vietnamese only). */
  lang?: string;
}

export function TextBlock({ value, ordered = false, lang }: Props) {
  if (value === null || value === undefined) return null;
  const items = (Array.isArray(value) ? value : value.split(/\n+|\s+\|\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return null;
  if (items.length === 1 && !ordered) return <p lang={lang}>{items[0]}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={ordered ? 'steps' : 'bullets'} lang={lang}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, order is the identity
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}
