import type { Locale } from './lib/i18n/locales';
import type messages from './lib/i18n/messages/en.json';

// Typed messages: a key missing from the English catalogue fails the typecheck.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
