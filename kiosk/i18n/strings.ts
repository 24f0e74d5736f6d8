import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../content/model/language.ts';
import { id, type Strings } from './id.ts';
import { en } from './en.ts';

/** Every catalogue by language. */
export const CATALOGUES: Record<Language, Strings> = { id, en };

/** The current language's strings, provided by the app shell. */
export const StringsContext = createContext<Strings>(id);

/** The strings of the visitor's current language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
