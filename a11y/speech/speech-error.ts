// Why speech failed, as a code the kiosk turns into a message from its string catalogue.

/**
 * What went wrong:
 * - `no-voice`: no voice can read the language (the kiosk shows and announces it);
 * - `not-allowed`: the browser refused to speak (Chrome's autoplay policy may refuse speech before the first
 *   user gesture; Chromium 156 headless spoke without one, measured 2026-11-22);
 * - `stalled`: the voice stopped responding (no start/end events) several times in a row;
 * - `interrupted`: something outside the owner cancelled speech;
 * - the rest are the Web Speech API's SpeechSynthesisErrorEvent codes; `unknown` covers anything else.
 */
export type SpeechErrorCode =
  | 'no-voice'
  | 'not-allowed'
  | 'stalled'
  | 'interrupted'
  | 'audio-busy'
  | 'audio-hardware'
  | 'network'
  | 'synthesis-unavailable'
  | 'synthesis-failed'
  | 'language-unavailable'
  | 'voice-unavailable'
  | 'text-too-long'
  | 'invalid-argument'
  | 'unknown';

const PLATFORM_CODES = new Set<string>([
  'not-allowed', 'audio-busy', 'audio-hardware', 'network', 'synthesis-unavailable', 'synthesis-failed',
  'language-unavailable', 'voice-unavailable', 'text-too-long', 'invalid-argument',
]);

/** Speech failed; `code` says why, the message says what a developer can check. */
export class SpeechError extends Error {
  override name = 'SpeechError';
  readonly code: SpeechErrorCode;

  constructor(code: SpeechErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** True for the errors a voice reports after our own cancel(): they are not failures. */
export function isCancelError(platformError: string): boolean {
  return platformError === 'interrupted' || platformError === 'canceled';
}

/** The error code for a platform error string (SpeechSynthesisErrorEvent.error). */
export function speechErrorCode(platformError: string): SpeechErrorCode {
  if (isCancelError(platformError)) return 'interrupted';
  return PLATFORM_CODES.has(platformError) ? (platformError as SpeechErrorCode) : 'unknown';
}
