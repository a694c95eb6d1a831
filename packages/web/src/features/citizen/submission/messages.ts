/**
 * The strings of the citizen's submission pages, in their own namespace and chunk: the home, procedure and
 * tracking pages stay under their JavaScript budget before first render (bench/README.md), and the English
 * dictionary still loads only for who reads it (i18n/index.ts checks the main namespace).
 */
// The default i18next instance, the one i18n/index.ts initialises (importing that module here would split it
// out of the entry chunk).
import i18n from 'i18next';

import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'submission', vi);
i18n.addResourceBundle('en', 'submission', en);

/** The namespaces of these pages: theirs first, then the site's (citizen.*, common.*). */
export const SUBMISSION_NS = ['submission', 'translation'] as const;
