// A Speaker that forwards to another one and can switch to a second engine later. The speech owner is built
// once with one Speaker; when the platform turns out to have no Indonesian voice, the kiosk loads the
// offline eSpeak NG voice and switches to it here, and the owner simply sees the voices change.
import type { Speaker, UtteranceEvents, UtteranceOptions, VoiceInfo } from './speaker.ts';

/** A Speaker whose engine can be replaced while the kiosk runs. */
export class SwitchableSpeaker implements Speaker {
  #target: Speaker;
  #unsubscribe: () => void;
  readonly #listeners = new Set<() => void>();

  /** Starts with `initial` as the engine. */
  constructor(initial: Speaker) {
    this.#target = initial;
    this.#unsubscribe = initial.onVoicesChanged(() => this.#notify());
  }

  /** Replaces the engine: whatever the old one was saying stops, and listeners hear that voices changed. */
  switchTo(next: Speaker): void {
    this.#target.cancel();
    this.#unsubscribe();
    this.#target = next;
    this.#unsubscribe = next.onVoicesChanged(() => this.#notify());
    this.#notify();
  }

  voices(): VoiceInfo[] {
    return this.#target.voices();
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  speak(text: string, options: UtteranceOptions, events: UtteranceEvents): void {
    this.#target.speak(text, options, events);
  }

  cancel(): void {
    this.#target.cancel();
  }

  pause(): void {
    this.#target.pause();
  }

  resume(): void {
    this.#target.resume();
  }

  isSpeaking(): boolean {
    return this.#target.isSpeaking();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
