import { describe, expect, it, vi } from 'vitest';
import { FakeSpeaker, FAKE_INDONESIAN_VOICE } from '../../../a11y/speech/fake-speaker.ts';
import { SwitchableSpeaker } from '../../../a11y/speech/switchable-speaker.ts';

describe('SwitchableSpeaker', () => {
  it('forwards to the first engine, then to the one it switched to', () => {
    const silent = new FakeSpeaker({ voices: [] });
    const fallback = new FakeSpeaker({ voices: [FAKE_INDONESIAN_VOICE] });
    const speaker = new SwitchableSpeaker(silent);
    expect(speaker.voices()).toEqual([]);
    speaker.switchTo(fallback);
    expect(speaker.voices()).toEqual([FAKE_INDONESIAN_VOICE]);
    speaker.speak('Selamat datang.', { lang: 'id', rate: 1, volume: 1, pitch: 1 }, {});
    expect(fallback.utterances.map((utterance) => utterance.text)).toEqual(['Selamat datang.']);
    expect(silent.utterances).toEqual([]);
  });

  it('tells listeners that the voices changed when it switches, and stops the old engine', () => {
    const first = new FakeSpeaker({ voices: [] });
    const cancel = vi.spyOn(first, 'cancel');
    const speaker = new SwitchableSpeaker(first);
    const listener = vi.fn();
    speaker.onVoicesChanged(listener);
    speaker.switchTo(new FakeSpeaker({ voices: [FAKE_INDONESIAN_VOICE] }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalled();
  });
});
