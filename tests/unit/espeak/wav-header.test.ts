import { describe, expect, it } from 'vitest';
import { readWavHeader, WavFormatError } from '../../../a11y/speech/espeak/wav-header.ts';

/** A WAV file: RIFF header, the given chunks in order. */
function wavFile(chunks: Array<[string, Uint8Array]>): Uint8Array {
  const size = chunks.reduce((total, [, body]) => total + 8 + body.length + (body.length % 2), 4);
  const bytes = new Uint8Array(8 + size);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((char, index) => (bytes[offset + index] = char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, size, true);
  text(8, 'WAVE');
  let offset = 12;
  for (const [id, body] of chunks) {
    text(offset, id);
    view.setUint32(offset + 4, body.length, true);
    bytes.set(body, offset + 8);
    offset += 8 + body.length + (body.length % 2);
  }
  return bytes;
}

function fmt(sampleRate = 22050, channels = 1, bits = 16): Uint8Array {
  const body = new Uint8Array(16);
  const view = new DataView(body.buffer);
  view.setUint16(0, 1, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, sampleRate, true);
  view.setUint32(8, (sampleRate * channels * bits) / 8, true);
  view.setUint16(12, (channels * bits) / 8, true);
  view.setUint16(14, bits, true);
  return body;
}

describe('readWavHeader', () => {
  it('reads what eSpeak NG writes: PCM 16-bit mono 22,050 Hz, samples after a 44-byte header', () => {
    const info = readWavHeader(wavFile([['fmt ', fmt()], ['data', new Uint8Array(44100)]]));
    expect(info).toEqual({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16, dataOffset: 44, dataBytes: 44100, durationSeconds: 1 });
  });

  it('skips other chunks, padded to an even size', () => {
    const info = readWavHeader(wavFile([['fmt ', fmt(16000, 2)], ['LIST', new Uint8Array(3)], ['data', new Uint8Array(6400)]]));
    expect(info.dataOffset).toBe(12 + 24 + 12 + 8);
    expect(info.durationSeconds).toBeCloseTo(0.1, 6);
  });

  it('counts only the samples present when the header claims more (a WAV written to a pipe)', () => {
    const bytes = wavFile([['fmt ', fmt()], ['data', new Uint8Array(2204)]]);
    new DataView(bytes.buffer).setUint32(40, 0x7fffffff, true);
    expect(readWavHeader(bytes).dataBytes).toBe(2204);
  });

  it('reads a WAV inside a larger buffer (a view with an offset)', () => {
    const file = wavFile([['fmt ', fmt()], ['data', new Uint8Array(4410)]]);
    const larger = new Uint8Array(file.length + 10);
    larger.set(file, 10);
    expect(readWavHeader(larger.subarray(10)).durationSeconds).toBeCloseTo(0.1, 6);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /RIFF/],
    ['a text file', new TextEncoder().encode('Error: The specified espeak-ng voice does not exist.'), /RIFF/],
    ['no data chunk', wavFile([['fmt ', fmt()]]), /no "data" chunk/],
    ['no fmt chunk', wavFile([['LIST', new Uint8Array(4)]]), /no "fmt " chunk/],
    ['data before fmt', wavFile([['data', new Uint8Array(4)], ['fmt ', fmt()]]), /before any "fmt "/],
    ['a zero sample rate', wavFile([['fmt ', fmt(0)], ['data', new Uint8Array(4)]]), /zero/],
  ])('refuses %s with a WavFormatError', (_name, bytes, message) => {
    expect(() => readWavHeader(bytes)).toThrow(WavFormatError);
    expect(() => readWavHeader(bytes)).toThrow(message);
  });
});
