// The one dispatcher: every input adapter hands its Command here, and the screen on top says whether it
// accepts it. Screens declare what they accept by registering handlers; the kiosk-wide commands (back, home,
// help, language, call-staff, and the speech settings if the composition root wants) are global handlers.
// Anything nobody handles goes to the unhandled listeners, so the kiosk can say "that is not available here"
// instead of staying silent (silence is the worst answer for a visitor who cannot see the screen).
import type { Command, CommandOf, CommandType } from './command.ts';

/** A handler: return false to decline (the command then falls through); anything else means handled. */
export type CommandHandler<T extends CommandType> = (command: CommandOf<T>) => boolean | void;

/** What a screen (or the kiosk as a whole) accepts. */
export type CommandHandlers = { [T in CommandType]?: CommandHandler<T> };

/** Who took a command. */
export type DispatchedBy = 'screen' | 'global' | 'none';

/** The outcome of one dispatch. */
export interface DispatchResult {
  handled: boolean;
  by: DispatchedBy;
}

/** Told about each command that nobody handled, with the screen that was on top (if any). */
export type UnhandledListener = (command: Command, screenId: string | undefined) => void;

/** The kiosk-wide command types the composition root is expected to handle. */
export const GLOBAL_COMMAND_TYPES: readonly CommandType[] = ['back', 'home', 'help', 'language', 'call-staff'];

/** Routes commands to the top screen, then to the global handlers. */
export interface Dispatcher {
  /**
   * Declares what `screenId` accepts and puts it on top (a screen on mount, a dialog over a screen). Registering
   * the same id again replaces its handlers and moves it to the top. Returns the unregister function.
   */
  register(screenId: string, handlers: CommandHandlers): () => void;
  /** Removes a screen; the one registered before it is on top again. Unknown ids are ignored. */
  unregister(screenId: string): void;
  /** Replaces the global handlers. */
  setGlobalHandlers(handlers: CommandHandlers): void;
  /** Sends a command to the top screen, then (if it has no handler or declines) to the global handler. Handler errors are not caught. */
  dispatch(command: Command): DispatchResult;
  /** Whether a handler exists for this type now (for help screens and voice suggestions; it may still decline). */
  isAvailable(type: CommandType): boolean;
  /** The screen on top, if any. */
  currentScreen(): string | undefined;
  /** Listens for unhandled commands; returns the unsubscribe function. */
  onUnhandled(listener: UnhandledListener): () => void;
}

/** Options for createDispatcher. */
export interface DispatcherOptions {
  global?: CommandHandlers;
}

interface ScreenEntry {
  id: string;
  handlers: CommandHandlers;
}

/** Creates the kiosk's command dispatcher (one per kiosk: the composition root owns it). */
export function createDispatcher(options: DispatcherOptions = {}): Dispatcher {
  const screens: ScreenEntry[] = [];
  let globalHandlers: CommandHandlers = options.global ?? {};
  const unhandledListeners = new Set<UnhandledListener>();

  const top = (): ScreenEntry | undefined => screens[screens.length - 1];

  function unregister(screenId: string): void {
    const index = screens.findIndex((entry) => entry.id === screenId);
    if (index >= 0) screens.splice(index, 1);
  }

  function register(screenId: string, handlers: CommandHandlers): () => void {
    unregister(screenId);
    const entry: ScreenEntry = { id: screenId, handlers };
    screens.push(entry);
    // Only remove this registration: a later register() of the same id must survive an old cleanup.
    return () => {
      const index = screens.indexOf(entry);
      if (index >= 0) screens.splice(index, 1);
    };
  }

  function dispatch(command: Command): DispatchResult {
    const screen = top();
    if (screen && runHandler(screen.handlers, command)) return { handled: true, by: 'screen' };
    if (runHandler(globalHandlers, command)) return { handled: true, by: 'global' };
    for (const listener of [...unhandledListeners]) listener(command, screen?.id);
    return { handled: false, by: 'none' };
  }

  return {
    register,
    unregister,
    setGlobalHandlers: (handlers) => {
      globalHandlers = handlers;
    },
    dispatch,
    isAvailable: (type) => Boolean(top()?.handlers[type] ?? globalHandlers[type]),
    currentScreen: () => top()?.id,
    onUnhandled: (listener) => {
      unhandledListeners.add(listener);
      return () => unhandledListeners.delete(listener);
    },
  };
}

/** Runs the handler for the command's type; true when one exists and did not return false. */
function runHandler(handlers: CommandHandlers, command: Command): boolean {
  // The mapped type guarantees the handler for `command.type` takes that command; TypeScript cannot
  // correlate the two through the union, hence the widening.
  const handler = handlers[command.type] as ((command: Command) => boolean | void) | undefined;
  if (!handler) return false;
  return handler(command) !== false;
}
