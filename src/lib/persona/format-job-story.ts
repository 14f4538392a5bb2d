import type { JobStory } from './persona-schema.ts';

/**
 * Read a job story as one sentence: "When <situation>, I want to <motivation>, so I can <outcome>." Empty
 * parts are left out.
 *
 * @param job the job story
 * @returns the sentence, without a final full stop
 * @example formatJobStory({ situation: 'a delivery is late', motivation: 'know when it arrives', outcome: 'plan dinner', evidence: 'assumption', source: '' })
 * // 'When a delivery is late, I want to know when it arrives, so I can plan dinner'
 */
export function formatJobStory(job: Pick<JobStory, 'situation' | 'motivation' | 'outcome'>): string {
  let sentence = `I want to ${job.motivation.trim()}`;
  if (job.situation.trim()) sentence = `When ${job.situation.trim()}, ${sentence}`;
  if (job.outcome.trim()) sentence = `${sentence}, so I can ${job.outcome.trim()}`;
  return sentence;
}
