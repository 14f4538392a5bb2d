/** Site-wide constants: names, navigation, and the fixed vocabularies the content schemas use. */

export const SITE_TITLE = 'Touchpoint';
export const SITE_TAGLINE = 'A CX playbook and toolkit';
export const SITE_DESCRIPTION =
  'Touchpoint is a free, open-source customer-experience playbook and toolkit: guides on CX strategy, a maturity self-assessment, a persona builder and metric calculators that run entirely in your browser.';

/** The stages of the customer journey, in order. */
export const JOURNEY_STAGES = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const JOURNEY_STAGE_LABELS: Record<JourneyStage, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  purchase: 'Purchase',
  retention: 'Retention',
  advocacy: 'Advocacy',
};

/** Themes group the guides on the index. Order here is the order on the page. */
export const GUIDE_THEMES = [
  'foundations',
  'journeys',
  'measurement',
  'voice-of-customer',
  'people-and-culture',
  'channels-and-data',
  'strategy',
] as const;
export type GuideTheme = (typeof GUIDE_THEMES)[number];

export const GUIDE_THEME_LABELS: Record<GuideTheme, string> = {
  foundations: 'Foundations',
  journeys: 'Journeys, touchpoints and personas',
  measurement: 'Measuring CX',
  'voice-of-customer': 'Voice of the customer',
  'people-and-culture': 'People and culture',
  'channels-and-data': 'Channels, digital and data',
  strategy: 'Strategy and maturity',
};

/** Curated learning paths shown on the guides index; guides join them through their frontmatter. */
export const LEARNING_PATHS = ['start-here', 'measure', 'lead', 'service-operations'] as const;
export type LearningPath = (typeof LEARNING_PATHS)[number];

export const LEARNING_PATH_INFO: Record<LearningPath, { label: string; audience: string }> = {
  'start-here': { label: 'Start here', audience: 'New to customer experience' },
  measure: { label: 'Measure', audience: 'For analysts who own the numbers' },
  lead: { label: 'Lead', audience: 'For managers who run a CX programme' },
  'service-operations': { label: 'Service and operations', audience: 'For people who run service, contact centres and complaints' },
};

/**
 * The topic tags guides may carry (see content/TAXONOMY.md). At most 20, and a content test checks that each
 * one in use is used by at least two guides, so a tag page never lists a single guide.
 */
export const GUIDE_TAGS = [
  'cx-basics',
  'journey-mapping',
  'customer-research',
  'metrics',
  'surveys',
  'statistics',
  'feedback-analysis',
  'causal-evidence',
  'retention',
  'financial-case',
  'customer-service',
  'complaints',
  'strategy',
  'governance',
  'employees',
  'channels',
  'data-and-privacy',
  'regulation',
  'inclusion',
  'b2b',
] as const;
export type GuideTag = (typeof GUIDE_TAGS)[number];

type ToolIdLiteral = 'assessment' | 'personas' | 'journey-map' | 'nps' | 'csat' | 'ces' | 'survey' | 'churn-retention' | 'clv';

/**
 * Every interactive tool on the site. Guides name them in `relatedTools`. `available` is false while a tool's
 * page is not built yet: pages then mention it without linking to it.
 */
export const TOOLS: Record<ToolIdLiteral, Tool> = {
  assessment: {
    available: true,
    title: 'CX maturity self-assessment',
    href: '/assessment/',
    summary: 'Score your organisation on eight dimensions of CX, see your weakest links and what to do next.',
  },
  personas: {
    available: true,
    title: 'Persona builder',
    href: '/tools/personas/',
    summary: 'Build evidence-backed personas, mark what is research and what is assumption, print and share them.',
  },
  'journey-map': {
    available: true,
    title: 'Journey map builder',
    href: '/tools/journey-map/',
    summary: 'Map a persona’s journey stage by stage and see where the experience breaks.',
  },
  nps: {
    available: true,
    title: 'NPS calculator',
    href: '/tools/nps/',
    summary: 'Paste 0–10 answers and get Net Promoter Score with its margin of error, or compare two periods.',
  },
  csat: {
    available: true,
    title: 'CSAT calculator',
    href: '/tools/csat/',
    summary: 'Customer satisfaction share, mean and top-box on any common scale, with a Wilson interval.',
  },
  ces: {
    available: true,
    title: 'CES calculator',
    href: '/tools/ces/',
    summary: 'Customer Effort Score (CES 2.0 or the older 1–5 effort scale) with a confidence interval.',
  },
  survey: {
    available: true,
    title: 'Survey workbench',
    href: '/tools/survey/',
    summary: 'Drop a whole survey export: NPS, CSAT or CES by segment and over time, with tests, a control chart and a sample-size planner.',
  },
  'churn-retention': {
    available: true,
    title: 'Churn and retention calculator',
    href: '/tools/churn-retention/',
    summary: 'Churn rate, customer retention rate, monthly-to-annual conversion and revenue retention.',
  },
  clv: {
    available: true,
    title: 'Customer lifetime value calculator',
    href: '/tools/clv/',
    summary: 'CLV in its simple, subscription and discounted forms, with your numbers in the formula.',
  },
};
export type ToolId = ToolIdLiteral;
export type Tool = { readonly available: boolean; readonly title: string; readonly href: string; readonly summary: string };
export const TOOL_IDS = Object.keys(TOOLS) as [ToolId, ...ToolId[]];

/** Tools whose pages exist, in display order. */
export const AVAILABLE_TOOL_IDS = TOOL_IDS.filter((id) => TOOLS[id].available);
