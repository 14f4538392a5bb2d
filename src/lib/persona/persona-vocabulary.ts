/** The fixed vocabularies a persona uses, with the words the page shows for each value. */

/** Whether a statement is backed by research or still an assumption to check. */
export const EVIDENCE_KINDS = ['research', 'assumption'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  research: 'Backed by research',
  assumption: 'Assumption',
};

/** How badly a pain point hurts: one scale shared with the journey map builder (../severity.ts). */
export { SEVERITIES, SEVERITY_LABELS, type Severity } from '../severity.ts';

/** A B2B persona's part in a buying decision. */
export const BUYING_ROLES = ['decision-maker', 'influencer', 'user', 'gatekeeper'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
export const BUYING_ROLE_LABELS: Record<BuyingRole, string> = {
  'decision-maker': 'Decision maker',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
};

/** How at ease the persona is with technology. */
export const TECH_COMFORT_LEVELS = ['low', 'medium', 'high'] as const;
export type TechComfort = (typeof TECH_COMFORT_LEVELS)[number];
export const TECH_COMFORT_LABELS: Record<TechComfort, string> = {
  low: 'Low: avoids new tools',
  medium: 'Medium: uses common apps',
  high: 'High: early adopter',
};

/** Primary personas are the ones a design must serve; secondary ones must not be failed. */
export const PRIORITIES = ['primary', 'secondary'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
};

/**
 * Avatar background colours. Each carries white initials at 4.5:1 or more (WCAG 2.2 AA for normal text),
 * and they stay the same in both themes so a persona keeps its colour wherever it appears.
 */
export const AVATAR_COLOURS = {
  teal: '#0a6b5c',
  indigo: '#3d4fb0',
  plum: '#7a3b8f',
  red: '#a3231b',
  brown: '#8a4b00',
  blue: '#1f5f8b',
  green: '#2f6b2f',
  slate: '#4b5563',
} as const;
export type AvatarColour = keyof typeof AVATAR_COLOURS;
export const AVATAR_COLOUR_IDS = Object.keys(AVATAR_COLOURS) as [AvatarColour, ...AvatarColour[]];
export const AVATAR_COLOUR_LABELS: Record<AvatarColour, string> = {
  teal: 'Teal',
  indigo: 'Indigo',
  plum: 'Plum',
  red: 'Red',
  brown: 'Brown',
  blue: 'Blue',
  green: 'Green',
  slate: 'Slate',
};

/** Suggestions for an item's source note; any text is allowed. */
export const SOURCE_SUGGESTIONS = [
  'Interviews',
  'Survey',
  'Analytics',
  'Support tickets',
  'Sales calls',
  'Usability tests',
  'Reviews',
  'Field visits',
  'Desk research',
] as const;
