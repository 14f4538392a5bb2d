/**
 * Everything of the team page besides "Add respondents": the question bank, the respondents' list, the team results
 * and their actions, and the reading of links, codes and files (which brings zod). TeamApp.tsx loads it as the
 * island mounts, so the form renders from the page's first script (issue 17).
 */
export { TeamLinkPreview, TeamWorkspace } from './TeamWorkspace.tsx';
export { getAnswerSet } from '../../lib/assessment/assessment-progress.ts';
export { addTeamRespondents, getTeamPreviewForFragment, readChosenTeamFiles, readPastedCodes } from '../../stores/assessment-team.ts';
export { MAX_TEAM_RESPONDENTS } from '../../lib/assessment/team-share-code.ts';
