// A small reader for the RIFF/WAVE files eSpeak NG writes (PCM, 16-bit, mono, 22,050 Hz): enough to check
// the output and know its duration before it is played. Pure.

/** What a WAV file holds. */
export interface WavInfo {
  /** 1 = integer PCM. */
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Where the samples start, in bytes from the start of the file. */
  dataOffset: number;
  /** Bytes of samples present (the header's size, cut to what the file really holds). */
  dataBytes: number;
  /** dataBytes as seconds of sound. */
  durationSeconds: number;
}

/** Reads the header of a RIFF/WAVE file; throws WavFormatError when it is not one. */
export function readWavHeader(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') {
    throw new WavFormatError('the file does not start with "RIFF....WAVE"');
  }
  let fmt: Pick<WavInfo, 'format' | 'channels' | 'sampleRate' | 'bitsPerSample'> | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = ascii(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16 && body + 16 <= bytes.byteLength) {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new WavFormatError('the "data" chunk comes before any "fmt " chunk');
      if (fmt.channels === 0 || fmt.sampleRate === 0 || fmt.bitsPerSample === 0) throw new WavFormatError('the "fmt " chunk has zero channels, sample rate or sample size');
      // A WAV written to a pipe has a placeholder size (0 or 0x7fffffff): trust the bytes present.
      const dataBytes = Math.min(size, bytes.byteLength - body);
      const bytesPerSecond = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
      return { ...fmt, dataOffset: body, dataBytes, durationSeconds: dataBytes / bytesPerSecond };
    }
    // Chunks are padded to an even size.
    offset = body + size + (size % 2);
  }
  throw new WavFormatError(fmt ? 'there is no "data" chunk' : 'there is no "fmt " chunk');
}

/** The bytes are not a WAV file the speaker can play. */
export class WavFormatError extends Error {
  override name = 'WavFormatError';
  constructor(reason: string) {
    super(`Not a RIFF/WAVE file: ${reason}. eSpeak NG writes one with "-w <path>"; check the arguments and the program's stderr.`);
  }
}

function ascii(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}
