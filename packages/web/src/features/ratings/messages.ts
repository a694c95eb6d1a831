/** The rating page's strings, in their own namespace and chunk (as the report pages do). */
import i18n from 'i18next';
import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'ratings', vi);
i18n.addResourceBundle('en', 'ratings', en);

export const RATINGS_NS = ['ratings', 'translation'] as const;
