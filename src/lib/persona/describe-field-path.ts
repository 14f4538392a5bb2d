import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES, type JourneyStage } from '../../consts.ts';
import { FIELD_LABELS, LIST_FIELDS, PART_LABELS, type EvidenceListKey } from './persona-fields.ts';
import { describeSchemaIssue, type IssueInput, type SchemaIssue } from '../schema/describe-schema-issue.ts';

const isListKey = (key: string): key is EvidenceListKey => Object.hasOwn(LIST_FIELDS, key);
const isStage = (key: string): key is JourneyStage => (JOURNEY_STAGES as readonly string[]).includes(key);

/**
 * Name a field of a persona in the words the form uses, from its path in the data.
 *
 * @param path the field's path, as zod reports it
 * @returns e.g. "Pain points and frustrations, item 3, severity"; "the persona" for an empty path
 * @example describeFieldPath(['painPoints', 2, 'severity']) // 'Pain points and frustrations, item 3, severity'
 * @example describeFieldPath(['journey', 'purchase', 'feeling']) // 'Journey, Purchase, what they feel'
 */
export function describeFieldPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map((part) => (typeof part === 'symbol' ? String(part.description) : part));
  if (head === undefined) return 'the persona';
  const headKey = String(head);
  if (isListKey(headKey)) {
    const [index, part] = rest;
    const parts = [LIST_FIELDS[headKey].label];
    if (typeof index === 'number') parts.push(`item ${index + 1}`);
    if (part !== undefined) parts.push(PART_LABELS[String(part)] ?? String(part));
    return parts.join(', ');
  }
  if (headKey === 'tags') {
    const [index] = rest;
    return typeof index === 'number' ? `Tags, tag ${index + 1}` : 'Tags';
  }
  if (headKey === 'journey') {
    const [stage, part] = rest;
    const parts = ['Journey'];
    if (stage !== undefined) parts.push(isStage(String(stage)) ? JOURNEY_STAGE_LABELS[String(stage) as JourneyStage] : String(stage));
    if (part !== undefined) parts.push(PART_LABELS[String(part)] ?? String(part));
    return parts.join(', ');
  }
  const dotted = [headKey, ...rest.map(String)].join('.');
  return FIELD_LABELS[dotted] ?? FIELD_LABELS[headKey] ?? dotted;
}

/** A problem with a persona's data; its place is the field in the form's words. */
export type PersonaIssue = SchemaIssue;

/**
 * Say which field of a persona is wrong, in the form's words, and why (data parsed with `reportInput: true`).
 *
 * @example describePersonaIssue({ code: 'too_big', origin: 'string', maximum: 60, input: 'x'.repeat(75), path: ['name'], message: '' })
 * // { path: ['name'], place: 'Name', message: 'is 75 characters long; the limit is 60' }
 */
export const describePersonaIssue = (issue: IssueInput): PersonaIssue => describeSchemaIssue(issue, describeFieldPath);
