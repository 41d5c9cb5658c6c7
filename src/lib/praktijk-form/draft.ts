/** The draft of the form kept in localStorage: written as JSON, read back field by field. */
import {praktijkSections} from '../mdx-writer';
import {bronKeys, choiceKeys, rowFields, rowListKeys, textKeys} from './fields';
import {emptyFormState, newRow, type PraktijkFormState} from './state';

export interface Draft {
  readonly state: PraktijkFormState;
  /** When it was saved, as an ISO timestamp. */
  readonly savedAt: string;
}

const DRAFT_VERSION = 1;

export function serializeDraft(state: PraktijkFormState, savedAt: Date): string {
  return JSON.stringify({version: DRAFT_VERSION, savedAt: savedAt.toISOString(), state});
}

const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asStringList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const asRecord = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * Reads a saved draft back, field by field: whatever is missing or of the wrong type falls
 * back to the empty form, so an old or damaged draft never breaks the page.
 */
export function parseDraft(text: string | null | undefined): Draft | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  const {savedAt, state} = raw as {savedAt?: unknown; state?: unknown};
  if (state === null || typeof state !== 'object' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  const saved = state as Record<string, unknown>;
  const result = {...emptyFormState()} as Record<string, unknown>;
  for (const key of textKeys) result[key] = asString(saved[key]);
  for (const key of choiceKeys) result[key] = asStringList(saved[key]);
  for (const list of rowListKeys) {
    const savedRows = Array.isArray(saved[list]) ? (saved[list] as unknown[]) : [];
    result[list] = savedRows
      .filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object')
      .map((row) => {
        const fresh = newRow(list) as Record<string, string>;
        for (const field of rowFields[list]) fresh[field] = asString(row[field]);
        return fresh;
      });
  }
  const bron = asRecord(saved.bron);
  result.bron = Object.fromEntries(bronKeys.map((key) => [key, asString(bron[key])]));
  const body = asRecord(saved.body);
  result.body = Object.fromEntries(praktijkSections.map(({key}) => [key, asString(body[key])]));
  return {state: result as PraktijkFormState, savedAt};
}
