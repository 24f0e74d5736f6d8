import { describe, expect, it } from 'vitest';
import type { Command } from '../../../a11y/commands/command.ts';
import { commandForKey, KEYPAD_TABLE, type KeyInput } from '../../../a11y/input/keypad-map.ts';

describe('commandForKey', () => {
  it.each<[string, KeyInput, Command['type'] | undefined]>([
    ['[key-up] moves to the previous item', { key: 'ArrowUp', code: 'ArrowUp' }, 'previous'],
    ['[key-left] moves to the previous item', { key: 'ArrowLeft', code: 'ArrowLeft' }, 'previous'],
    ['[key-down] moves to the next item', { key: 'ArrowDown', code: 'ArrowDown' }, 'next'],
    ['[key-right] moves to the next item', { key: 'ArrowRight', code: 'ArrowRight' }, 'next'],
    ['[enter] activates', { key: 'Enter', code: 'Enter' }, 'activate'],
    ['[green key as Accept] activates', { key: 'Accept' }, 'activate'],
    ['[numpad enter] activates', { key: 'Enter', code: 'NumpadEnter' }, 'activate'],
    ['[backspace] goes back', { key: 'Backspace', code: 'Backspace' }, 'back'],
    ['[escape] goes back', { key: 'Escape', code: 'Escape' }, 'back'],
    ['[home] goes home', { key: 'Home', code: 'Home' }, 'home'],
    ['[?] opens help', { key: '?', code: 'Slash' }, 'help'],
    ['[h] opens help', { key: 'h', code: 'KeyH' }, 'help'],
    ['[H] opens help', { key: 'H', code: 'KeyH' }, 'help'],
    ['[F1] opens help', { key: 'F1', code: 'F1' }, 'help'],
    ['[numpad 8, NumLock on] previous', { key: '8', code: 'Numpad8' }, 'previous'],
    ['[numpad 8, NumLock off] previous', { key: 'ArrowUp', code: 'Numpad8' }, 'previous'],
    ['[numpad 4] previous', { key: '4', code: 'Numpad4' }, 'previous'],
    ['[numpad 2] next', { key: '2', code: 'Numpad2' }, 'next'],
    ['[numpad 6] next', { key: '6', code: 'Numpad6' }, 'next'],
    ['[numpad 5, NumLock on] activates', { key: '5', code: 'Numpad5' }, 'activate'],
    ['[numpad 5, NumLock off] activates', { key: 'Clear', code: 'Numpad5' }, 'activate'],
    ['[+] faster', { key: '+', code: 'Equal' }, 'faster'],
    ['[numpad +] faster', { key: '+', code: 'NumpadAdd' }, 'faster'],
    ['[-] slower', { key: '-', code: 'Minus' }, 'slower'],
    ['[numpad -] slower', { key: '-', code: 'NumpadSubtract' }, 'slower'],
    ['[*] repeats', { key: '*', code: 'NumpadMultiply' }, 'repeat'],
    ['[space] reads (the screen toggles pause)', { key: ' ', code: 'Space' }, 'read'],
    ['[digit 8 on the main row] is not a command', { key: '8', code: 'Digit8' }, undefined],
    ['[letter a] is not a command', { key: 'a', code: 'KeyA' }, undefined],
    ['[Tab] is left to the browser', { key: 'Tab', code: 'Tab' }, undefined],
    ['[Ctrl+H] is a browser shortcut', { key: 'h', code: 'KeyH', ctrlKey: true }, undefined],
    ['[Alt+ArrowLeft] is a browser shortcut', { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true }, undefined],
    ['[Meta+Enter] is not ours', { key: 'Enter', code: 'Enter', metaKey: true }, undefined],
    // inside a text field
    ['[field: letter h] types', { key: 'h', code: 'KeyH', isInTextField: true }, undefined],
    ['[field: ?] types', { key: '?', code: 'Slash', isInTextField: true }, undefined],
    ['[field: digit] types', { key: '5', code: 'Digit5', isInTextField: true }, undefined],
    ['[field: numpad digit] types', { key: '5', code: 'Numpad5', isInTextField: true }, undefined],
    ['[field: +] types', { key: '+', code: 'NumpadAdd', isInTextField: true }, undefined],
    ['[field: space] types', { key: ' ', code: 'Space', isInTextField: true }, undefined],
    ['[field: backspace] deletes', { key: 'Backspace', code: 'Backspace', isInTextField: true }, undefined],
    ['[field: left] moves the caret', { key: 'ArrowLeft', code: 'ArrowLeft', isInTextField: true }, undefined],
    ['[field: right] moves the caret', { key: 'ArrowRight', code: 'ArrowRight', isInTextField: true }, undefined],
    ['[field: home] moves the caret', { key: 'Home', code: 'Home', isInTextField: true }, undefined],
    ['[field: up] still moves to the previous item', { key: 'ArrowUp', code: 'ArrowUp', isInTextField: true }, 'previous'],
    ['[field: down] still moves to the next item', { key: 'ArrowDown', code: 'ArrowDown', isInTextField: true }, 'next'],
    ['[field: numpad 8, NumLock off] still previous', { key: 'ArrowUp', code: 'Numpad8', isInTextField: true }, 'previous'],
    ['[field: enter] still activates', { key: 'Enter', code: 'Enter', isInTextField: true }, 'activate'],
    ['[field: escape] still goes back', { key: 'Escape', code: 'Escape', isInTextField: true }, 'back'],
    ['[field: F1] still opens help', { key: 'F1', code: 'F1', isInTextField: true }, 'help'],
  ])('%s', (_name, input, type) => {
    expect(commandForKey(input)?.type).toBe(type);
  });

  it('lists each key once, with a description key, for the help screen', () => {
    const keys = KEYPAD_TABLE.flatMap((entry) => entry.keys);
    const codes = KEYPAD_TABLE.flatMap((entry) => entry.codes);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of KEYPAD_TABLE) expect(entry.descriptionKey).toMatch(/^keypad[A-Z]/);
  });
});
