// Errors of the braille engine. toBraille never throws (unknown characters become a placeholder cell);
// these are for callers that hand the BRF helpers something that is not braille.

/** A character cannot be written as North American ASCII braille (or read back from it). */
export class BrfEncodingError extends Error {
  override name = 'BrfEncodingError';

  constructor(message: string) {
    super(message);
  }
}

/** toBrf got layout options it cannot honour (a line or page too small to hold text and a page number). */
export class BrfLayoutError extends Error {
  override name = 'BrfLayoutError';

  constructor(message: string) {
    super(message);
  }
}
