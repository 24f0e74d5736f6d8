// Everything a visitor does is a Command (ARCHITECTURE.md, "The one idea"): keypad, touch gestures, voice and
// on-screen buttons all produce these plain objects, and one dispatcher routes them to the current screen.
// Plain data only: commands are logged, compared in tests and built from tables.
import type { Language } from '../../content/model/language.ts';
import type { ReaderCommand } from '../reader/reader-vocabulary.ts';

/** A command with no parameters. */
export type SimpleCommandType =
  | 'next'
  | 'previous'
  | 'activate'
  | 'back'
  | 'home'
  | 'help'
  /** Start reading aloud; on a screen that is already reading, the screen may treat it as pause (Space key). */
  | 'read'
  | 'pause'
  | 'resume'
  | 'stop'
  /** Speak the current sentence (or the last thing said) again. */
  | 'repeat'
  | 'faster'
  | 'slower'
  | 'louder'
  | 'softer'
  | 'where-am-i'
  | 'next-sentence'
  | 'previous-sentence'
  | 'next-paragraph'
  | 'previous-paragraph'
  | 'next-heading'
  | 'previous-heading'
  | 'next-pasal'
  | 'previous-pasal'
  | 'call-staff'
  /** Start listening for a voice command (the talk button or the wake word). */
  | 'talk';

/** A visitor's command, whatever input it came from. */
export type Command =
  | { type: SimpleCommandType }
  /** "Pasal 28H ayat 2": `pasal` as printed ("28H"), `ayat` the number; `thenRead` when the visitor said "baca ...". */
  | { type: 'go-to'; pasal: string; ayat?: string; thenRead?: boolean }
  /** Search for `text`; an empty text opens the search screen. */
  | { type: 'search'; text: string }
  /** The n-th item of the current screen, 1-based, as the kiosk numbers its lists aloud. */
  | { type: 'open'; index: number }
  /** Switch to `lang`, or toggle between Indonesian and English when absent. */
  | { type: 'language'; lang?: Language }
  /** Turn explore-by-touch on or off, or toggle when `isOn` is absent. */
  | { type: 'explore-mode'; isOn?: boolean };

/** The name of any command. */
export type CommandType = Command['type'];

/** The command object of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Every simple command type, in a stable order (for tables, help screens and exhaustive tests). */
export const SIMPLE_COMMAND_TYPES: readonly SimpleCommandType[] = [
  'next', 'previous', 'activate', 'back', 'home', 'help', 'read', 'pause', 'resume', 'stop', 'repeat',
  'faster', 'slower', 'louder', 'softer', 'where-am-i', 'next-sentence', 'previous-sentence', 'next-paragraph',
  'previous-paragraph', 'next-heading', 'previous-heading', 'next-pasal', 'previous-pasal', 'call-staff', 'talk',
];

/** Reader command types that have the same name here (the reader's `play` is our `read`). */
const SAME_NAMED_READER_COMMANDS = new Set<string>([
  'pause', 'resume', 'stop', 'repeat', 'where-am-i', 'next-sentence', 'previous-sentence', 'next-paragraph',
  'previous-paragraph', 'next-heading', 'previous-heading', 'next-pasal', 'previous-pasal',
]);

/**
 * The reading session's command for a kiosk command, or undefined when the reader has none (a `go-to` with
 * `thenRead` becomes the reader's go-to; the screen sends `play` after it).
 */
export function toReaderCommand(command: Command): ReaderCommand | undefined {
  if (command.type === 'read') return { type: 'play' };
  if (command.type === 'go-to') {
    return command.ayat === undefined
      ? { type: 'go-to', pasal: command.pasal }
      : { type: 'go-to', pasal: command.pasal, ayat: command.ayat };
  }
  if (SAME_NAMED_READER_COMMANDS.has(command.type)) return { type: command.type } as ReaderCommand;
  return undefined;
}
