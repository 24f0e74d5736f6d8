// The kiosk keypad as data: one table, read by commandForKey, by the help screen and by the README, so the
// keys we document are the keys that work. The layout follows EZ Access (Trace Center) and the ADA 2010
// Standards §707 (ATMs and fare machines): arrows move, the green key / Enter acts, a back key, a help key.
// A numeric keypad works too: 8/2/4/6 move like the arrows, 5 acts (EZ Access and ATM audio keypads).
//
// The green key of EZ Access keypads sends whatever the kiosk integrator programmed; we accept Enter (the
// usual choice) and the standard key values "Accept" and "Select". Numeric keypad keys are matched by `code`
// so they work with NumLock on ("8") and off ("ArrowUp" / "Clear").
import type { Command } from '../commands/command.ts';

/** The catalogue keys (kiosk/i18n) that describe each keypad entry; they still need adding to id.ts/en.ts. */
export type KeypadDescriptionKey =
  | 'keypadPrevious'
  | 'keypadNext'
  | 'keypadActivate'
  | 'keypadBack'
  | 'keypadHome'
  | 'keypadHelp'
  | 'keypadFaster'
  | 'keypadSlower'
  | 'keypadRepeat'
  | 'keypadReadPause';

/** One row of the keypad table. */
export interface KeypadEntry {
  /** `KeyboardEvent.key` values that give this command. */
  keys: readonly string[];
  /** `KeyboardEvent.code` values that give it whatever `key` is (numeric keypad keys). */
  codes: readonly string[];
  command: Command;
  descriptionKey: KeypadDescriptionKey;
}

/** The keypad table, in the order the help screen lists it. */
export const KEYPAD_TABLE: readonly KeypadEntry[] = [
  { keys: ['ArrowUp', 'ArrowLeft'], codes: ['Numpad8', 'Numpad4'], command: { type: 'previous' }, descriptionKey: 'keypadPrevious' },
  { keys: ['ArrowDown', 'ArrowRight'], codes: ['Numpad2', 'Numpad6'], command: { type: 'next' }, descriptionKey: 'keypadNext' },
  { keys: ['Enter', 'Accept', 'Select'], codes: ['Numpad5', 'NumpadEnter'], command: { type: 'activate' }, descriptionKey: 'keypadActivate' },
  { keys: ['Backspace', 'Escape', 'BrowserBack'], codes: [], command: { type: 'back' }, descriptionKey: 'keypadBack' },
  { keys: ['Home', 'BrowserHome'], codes: [], command: { type: 'home' }, descriptionKey: 'keypadHome' },
  { keys: ['?', 'h', 'H', 'F1', 'Help'], codes: [], command: { type: 'help' }, descriptionKey: 'keypadHelp' },
  { keys: ['+'], codes: ['NumpadAdd'], command: { type: 'faster' }, descriptionKey: 'keypadFaster' },
  { keys: ['-'], codes: ['NumpadSubtract'], command: { type: 'slower' }, descriptionKey: 'keypadSlower' },
  { keys: ['*'], codes: ['NumpadMultiply'], command: { type: 'repeat' }, descriptionKey: 'keypadRepeat' },
  // One key for read and pause: we always emit 'read' and the screen, which knows whether it is reading, toggles.
  { keys: [' ', 'Spacebar', 'MediaPlayPause'], codes: [], command: { type: 'read' }, descriptionKey: 'keypadReadPause' },
];

/** The parts of a KeyboardEvent the mapping needs, plus whether focus is in a text field. */
export interface KeyInput {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  isInTextField?: boolean;
}

/**
 * Keys a text field keeps for editing: printable characters (letters, digits, space, "?", "+", ...), and the
 * editing and caret keys. Up, Down, Enter, Escape and F1 still give commands inside a field, so a visitor
 * can leave a search box or submit it without a pointer.
 */
const TEXT_FIELD_KEYS = new Set(['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Spacebar']);

const BY_CODE = indexBy((entry) => entry.codes);
const BY_KEY = indexBy((entry) => entry.keys);

/** The command for a key press, or undefined when the key is not ours (shortcuts with Ctrl/Alt/Meta never are). */
export function commandForKey(input: KeyInput): Command | undefined {
  if (input.ctrlKey || input.altKey || input.metaKey) return undefined;
  if (input.isInTextField && belongsToTextField(input)) return undefined;
  const entry = (input.code ? BY_CODE.get(input.code) : undefined) ?? BY_KEY.get(input.key);
  return entry?.command;
}

function belongsToTextField(input: KeyInput): boolean {
  // Numeric keypad digits are printable (length 1) with NumLock on; with it off they are arrows and follow those.
  if (input.key.length === 1) return true;
  return TEXT_FIELD_KEYS.has(input.key);
}

function indexBy(pick: (entry: KeypadEntry) => readonly string[]): ReadonlyMap<string, KeypadEntry> {
  const map = new Map<string, KeypadEntry>();
  for (const entry of KEYPAD_TABLE) for (const value of pick(entry)) map.set(value, entry);
  return map;
}
