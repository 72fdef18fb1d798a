import type { Locale } from './lib/domain';
import type messages from './lib/i18n/messages/en.json';

// Typed messages: a key missing from the English catalogue fails the typecheck.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
