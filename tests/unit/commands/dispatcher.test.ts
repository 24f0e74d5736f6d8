import { describe, expect, it, vi } from 'vitest';
import { toReaderCommand, type Command } from '../../../a11y/commands/command.ts';
import { createDispatcher } from '../../../a11y/commands/dispatcher.ts';

describe('createDispatcher', () => {
  it('sends a command to the screen that accepts it', () => {
    const dispatcher = createDispatcher();
    const next = vi.fn();
    dispatcher.register('programs', { next });
    expect(dispatcher.dispatch({ type: 'next' })).toEqual({ handled: true, by: 'screen' });
    expect(next).toHaveBeenCalledWith({ type: 'next' });
  });

  it('passes the command with its parameters', () => {
    const dispatcher = createDispatcher();
    const seen: number[] = [];
    dispatcher.register('programs', { open: (command) => void seen.push(command.index) });
    dispatcher.dispatch({ type: 'open', index: 3 });
    expect(seen).toEqual([3]);
  });

  it('falls through to the global handler when the screen has none', () => {
    const home = vi.fn();
    const dispatcher = createDispatcher({ global: { home } });
    dispatcher.register('program', { next: () => true });
    expect(dispatcher.dispatch({ type: 'home' })).toEqual({ handled: true, by: 'global' });
    expect(home).toHaveBeenCalledOnce();
  });

  it('falls through to the global handler when the screen declines (returns false)', () => {
    const back = vi.fn();
    const dispatcher = createDispatcher({ global: { back } });
    dispatcher.register('search', { back: () => false });
    expect(dispatcher.dispatch({ type: 'back' })).toEqual({ handled: true, by: 'global' });
    expect(back).toHaveBeenCalledOnce();
  });

  it('lets a screen override a global command', () => {
    const globalBack = vi.fn();
    const dispatcher = createDispatcher({ global: { back: globalBack } });
    dispatcher.register('finder', { back: () => true });
    expect(dispatcher.dispatch({ type: 'back' }).by).toBe('screen');
    expect(globalBack).not.toHaveBeenCalled();
  });

  it('tells unhandled listeners, with the current screen, so the kiosk can say it is not available', () => {
    const dispatcher = createDispatcher();
    const unhandled: Array<[Command, string | undefined]> = [];
    dispatcher.onUnhandled((command, screen) => unhandled.push([command, screen]));
    dispatcher.register('home', { next: () => true });
    expect(dispatcher.dispatch({ type: 'next-pasal' })).toEqual({ handled: false, by: 'none' });
    expect(unhandled).toEqual([[{ type: 'next-pasal' }, 'home']]);
  });

  it('does not tell unhandled listeners about handled commands, nor after unsubscribing', () => {
    const dispatcher = createDispatcher({ global: { help: () => undefined } });
    const listener = vi.fn();
    const unsubscribe = dispatcher.onUnhandled(listener);
    dispatcher.dispatch({ type: 'help' });
    unsubscribe();
    dispatcher.dispatch({ type: 'talk' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('a dialog registered over a screen takes commands until it unregisters', () => {
    const dispatcher = createDispatcher();
    const screenNext = vi.fn();
    const dialogNext = vi.fn();
    dispatcher.register('regulation', { next: screenNext });
    const close = dispatcher.register('help-dialog', { next: dialogNext });
    expect(dispatcher.currentScreen()).toBe('help-dialog');
    dispatcher.dispatch({ type: 'next' });
    close();
    dispatcher.dispatch({ type: 'next' });
    expect(dialogNext).toHaveBeenCalledOnce();
    expect(screenNext).toHaveBeenCalledOnce();
    expect(dispatcher.currentScreen()).toBe('regulation');
  });

  it('does not fall through to a screen below the top one', () => {
    const dispatcher = createDispatcher();
    const below = vi.fn();
    dispatcher.register('regulation', { read: below });
    dispatcher.register('help-dialog', {});
    expect(dispatcher.dispatch({ type: 'read' }).handled).toBe(false);
    expect(below).not.toHaveBeenCalled();
  });

  it('registering the same id again replaces its handlers and an old cleanup does not remove the new ones', () => {
    const dispatcher = createDispatcher();
    const first = vi.fn();
    const second = vi.fn();
    const cleanupFirst = dispatcher.register('programs', { next: first });
    dispatcher.register('programs', { next: second });
    cleanupFirst();
    dispatcher.dispatch({ type: 'next' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('unregister by id and setGlobalHandlers', () => {
    const dispatcher = createDispatcher();
    dispatcher.register('programs', { next: () => true });
    dispatcher.unregister('programs');
    dispatcher.unregister('never-registered');
    expect(dispatcher.currentScreen()).toBeUndefined();
    expect(dispatcher.dispatch({ type: 'next' }).by).toBe('none');
    dispatcher.setGlobalHandlers({ next: () => true });
    expect(dispatcher.dispatch({ type: 'next' }).by).toBe('global');
  });

  it('isAvailable reports the screen and global handlers', () => {
    const dispatcher = createDispatcher({ global: { 'call-staff': () => true } });
    dispatcher.register('regulation', { 'go-to': () => true });
    expect(dispatcher.isAvailable('go-to')).toBe(true);
    expect(dispatcher.isAvailable('call-staff')).toBe(true);
    expect(dispatcher.isAvailable('search')).toBe(false);
  });

  it('a handler may dispatch another command (go-to then read)', () => {
    const dispatcher = createDispatcher();
    const order: string[] = [];
    dispatcher.register('regulation', {
      'go-to': (command) => {
        order.push(`go-to ${command.pasal}`);
        if (command.thenRead) dispatcher.dispatch({ type: 'read' });
      },
      read: () => void order.push('read'),
    });
    dispatcher.dispatch({ type: 'go-to', pasal: '24', ayat: '2', thenRead: true });
    expect(order).toEqual(['go-to 24', 'read']);
  });
});

describe('toReaderCommand', () => {
  it.each<[Command, unknown]>([
    [{ type: 'read' }, { type: 'play' }],
    [{ type: 'pause' }, { type: 'pause' }],
    [{ type: 'next-pasal' }, { type: 'next-pasal' }],
    [{ type: 'where-am-i' }, { type: 'where-am-i' }],
    [{ type: 'go-to', pasal: '28H', ayat: '2', thenRead: true }, { type: 'go-to', pasal: '28H', ayat: '2' }],
    [{ type: 'go-to', pasal: '5' }, { type: 'go-to', pasal: '5' }],
    [{ type: 'next' }, undefined],
    [{ type: 'search', text: 'ktp' }, undefined],
  ])('%j → %j', (command, readerCommand) => {
    expect(toReaderCommand(command)).toEqual(readerCommand);
  });
});
