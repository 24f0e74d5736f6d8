// Reading positions for this visit only (in memory, never stored): a visitor who leaves a law and comes
// back continues where they were. The visitor-session reset (kiosk issue) clears it.
import type { SessionMemory } from '../../a11y/reader/reading-session.ts';

let memory: SessionMemory = new Map();

/** The positions remembered in this visit. */
export function visitMemory(): SessionMemory {
  return memory;
}

/** Replaces the remembered positions (the reader stores a new map on leaving a document). */
export function setVisitMemory(next: SessionMemory): void {
  memory = next;
}

/** Forgets every position (end of a visit). */
export function clearVisitMemory(): void {
  memory = new Map();
}
