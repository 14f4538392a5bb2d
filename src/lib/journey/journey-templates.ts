/**
 * Maps to start from. Each is a typical journey written from common patterns, not research about your
 * customers: the page says so, and every line is meant to be replaced with what your own research shows.
 * Emotion scores are for the map's first persona, "as is", and are marked as examples on the map until the
 * team edits them (`emotionIsExample`). Metrics are named where teams usually measure,
 * with no numbers: paste your own answers.
 */
import type { EmotionScore, Rating, Severity, StageMetricKind } from './journey-vocabulary.ts';

export interface TemplateTouchpoint {
  readonly name: string;
  readonly channel: string;
  readonly owner: string;
  readonly emotion: EmotionScore | null;
}

export interface TemplateStage {
  readonly name: string;
  readonly goals: string;
  readonly actions: string;
  readonly thoughts: string;
  readonly touchpoints: readonly TemplateTouchpoint[];
  /** The persona's feeling at this stage today. */
  readonly emotion: EmotionScore;
  readonly painPoints: readonly { readonly text: string; readonly severity: Severity }[];
  readonly opportunities: readonly { readonly text: string; readonly owner: string; readonly impact: Rating; readonly effort: Rating }[];
  /** Metrics worth measuring here, without numbers. */
  readonly metrics?: readonly { readonly kind: StageMetricKind; readonly label: string }[];
}

export interface JourneyTemplate {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: string;
  readonly stages: readonly TemplateStage[];
}

export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [
  {
    id: 'ecommerce-purchase',
    title: 'E-commerce purchase',
    description: 'From first hearing of a shop to recommending it, for a first order online.',
    scenario: 'First purchase online',
    stages: [
      {
        name: 'Awareness',
        goals: 'Find something that solves a need\nTrust that the shop is real',
        actions: 'Sees an ad or a friend’s post\nSearches for the product',
        thoughts: 'Never heard of this brand. Is it any good?',
        touchpoints: [
          { name: 'Social media ad', channel: 'Social media', owner: 'Marketing', emotion: 0 },
          { name: 'Search result', channel: 'Website', owner: 'Marketing', emotion: 1 },
        ],
        emotion: 0,
        painPoints: [{ text: 'Ads promise more than the product page shows', severity: 'low' }],
        opportunities: [{ text: 'Show real customer reviews next to ads', owner: 'Marketing', impact: 3, effort: 2 }],
      },
      {
        name: 'Consideration',
        goals: 'Compare options and prices\nUnderstand delivery costs and times',
        actions: 'Reads product pages and reviews\nCompares with two other shops',
        thoughts: 'How much will delivery cost? Can I return it?',
        touchpoints: [
          { name: 'Product page', channel: 'Website', owner: 'E-commerce', emotion: 1 },
          { name: 'Reviews', channel: 'Website', owner: 'E-commerce', emotion: 1 },
        ],
        emotion: 1,
        painPoints: [{ text: 'Delivery cost only shown at checkout', severity: 'medium' }],
        opportunities: [{ text: 'Show delivery cost and returns policy on the product page', owner: 'E-commerce', impact: 4, effort: 2 }],
      },
      {
        name: 'Purchase',
        goals: 'Pay quickly and safely',
        actions: 'Creates an account\nEnters address and card\nConfirms the order',
        thoughts: 'Why do I need an account? This form is long.',
        touchpoints: [
          { name: 'Checkout', channel: 'Website', owner: 'E-commerce', emotion: -2 },
          { name: 'Order confirmation', channel: 'Email', owner: 'CRM', emotion: 1 },
        ],
        emotion: -2,
        painPoints: [
          { text: 'Forced account creation before paying', severity: 'high' },
          { text: 'Card declined message does not say why', severity: 'medium' },
        ],
        opportunities: [
          { text: 'Offer guest checkout', owner: 'E-commerce', impact: 5, effort: 2 },
          { text: 'Explain declined payments and offer another method', owner: 'Payments', impact: 3, effort: 3 },
        ],
        metrics: [{ kind: 'csat', label: 'Satisfaction with checkout' }],
      },
      {
        name: 'Delivery',
        goals: 'Know when the parcel arrives\nReceive it undamaged',
        actions: 'Tracks the parcel\nWaits at home',
        thoughts: 'The tracking has not moved for two days.',
        touchpoints: [
          { name: 'Tracking page', channel: 'Website', owner: 'Logistics', emotion: -1 },
          { name: 'Courier', channel: 'In person', owner: 'Logistics partner', emotion: 0 },
        ],
        emotion: -1,
        painPoints: [{ text: 'Tracking not updated between depots', severity: 'medium' }],
        opportunities: [{ text: 'Send proactive delay messages', owner: 'Logistics', impact: 4, effort: 3 }],
      },
      {
        name: 'Advocacy',
        goals: 'Feel the purchase was worth it',
        actions: 'Uses the product\nLeaves a review or tells a friend',
        thoughts: 'Good product. Would I order again?',
        touchpoints: [
          { name: 'Review request', channel: 'Email', owner: 'CRM', emotion: 0 },
          { name: 'Referral offer', channel: 'Email', owner: 'Marketing', emotion: 1 },
        ],
        emotion: 1,
        painPoints: [{ text: 'Review request arrives before the parcel', severity: 'low' }],
        opportunities: [{ text: 'Time the review request to delivery', owner: 'CRM', impact: 2, effort: 1 }],
        metrics: [{ kind: 'nps', label: 'Likelihood to recommend, 30 days after delivery' }],
      },
    ],
  },
  {
    id: 'saas-onboarding',
    title: 'SaaS onboarding',
    description: 'From sign-up to a team using the product every week.',
    scenario: 'Getting started with a new software tool',
    stages: [
      {
        name: 'Sign-up',
        goals: 'Try the product without a sales call',
        actions: 'Signs up with a work email\nConfirms the email address',
        thoughts: 'I hope this does not ask for a card.',
        touchpoints: [
          { name: 'Sign-up form', channel: 'Website', owner: 'Growth', emotion: 1 },
          { name: 'Confirmation email', channel: 'Email', owner: 'Growth', emotion: 0 },
        ],
        emotion: 1,
        painPoints: [{ text: 'Confirmation email lands in spam', severity: 'medium' }],
        opportunities: [{ text: 'Let people start before confirming the email', owner: 'Growth', impact: 3, effort: 2 }],
      },
      {
        name: 'First login',
        goals: 'See what the product can do for me',
        actions: 'Answers a welcome survey\nClicks around an empty workspace',
        thoughts: 'Where do I start? It is all empty.',
        touchpoints: [
          { name: 'Welcome screen', channel: 'App', owner: 'Product', emotion: 0 },
          { name: 'Product tour', channel: 'App', owner: 'Product', emotion: -1 },
        ],
        emotion: -1,
        painPoints: [{ text: 'Empty workspace gives no next step', severity: 'high' }],
        opportunities: [{ text: 'Start with sample data and one clear first task', owner: 'Product', impact: 5, effort: 3 }],
      },
      {
        name: 'Setup',
        goals: 'Connect my data and invite my team',
        actions: 'Imports data\nConnects an integration\nInvites colleagues',
        thoughts: 'The import failed and I do not know why.',
        touchpoints: [
          { name: 'Import wizard', channel: 'App', owner: 'Product', emotion: -2 },
          { name: 'Help centre', channel: 'Website', owner: 'Support', emotion: -1 },
          { name: 'Support chat', channel: 'Chat', owner: 'Support', emotion: 1 },
        ],
        emotion: -2,
        painPoints: [
          { text: 'Import errors do not say which row is wrong', severity: 'high' },
          { text: 'Inviting colleagues needs an admin', severity: 'medium' },
        ],
        opportunities: [
          { text: 'Show import errors by row with a fix', owner: 'Product', impact: 5, effort: 2 },
          { text: 'Offer a setup call for teams over 10 people', owner: 'Customer success', impact: 3, effort: 3 },
        ],
        metrics: [{ kind: 'ces', label: 'Effort to set up, asked after the import' }],
      },
      {
        name: 'First value',
        goals: 'Get one real result I can show my manager',
        actions: 'Builds a first report\nShares it with the team',
        thoughts: 'This is what I needed.',
        touchpoints: [{ name: 'First report', channel: 'App', owner: 'Product', emotion: 2 }],
        emotion: 2,
        painPoints: [{ text: 'Sharing needs every viewer to have an account', severity: 'medium' }],
        opportunities: [{ text: 'Allow read-only links for reports', owner: 'Product', impact: 4, effort: 3 }],
      },
      {
        name: 'Habit',
        goals: 'Use the product every week without thinking',
        actions: 'Opens weekly summaries\nAdds more colleagues',
        thoughts: 'Is it worth the price at renewal?',
        touchpoints: [
          { name: 'Weekly summary', channel: 'Email', owner: 'Product', emotion: 1 },
          { name: 'Renewal notice', channel: 'Email', owner: 'Finance', emotion: -1 },
        ],
        emotion: 1,
        painPoints: [{ text: 'Renewal notice shows the price but not the value used', severity: 'medium' }],
        opportunities: [{ text: 'Send a usage summary before renewal', owner: 'Customer success', impact: 4, effort: 2 }],
        metrics: [{ kind: 'nps', label: 'Relationship NPS, quarterly' }],
      },
    ],
  },
  {
    id: 'b2b-procurement',
    title: 'B2B procurement',
    description: 'A company buying from a supplier, from a need to a signed contract and rollout.',
    scenario: 'Buying a service for the company',
    stages: [
      {
        name: 'Need',
        goals: 'Agree internally on the problem and budget',
        actions: 'Writes a business case\nAsks peers for suppliers',
        thoughts: 'I need to convince finance this is worth it.',
        touchpoints: [
          { name: 'Analyst report', channel: 'Website', owner: 'Marketing', emotion: 0 },
          { name: 'Peer recommendation', channel: 'In person', owner: 'Customer success', emotion: 1 },
        ],
        emotion: 0,
        painPoints: [{ text: 'No figures to build the business case', severity: 'medium' }],
        opportunities: [{ text: 'Publish an ROI calculator with sources', owner: 'Marketing', impact: 3, effort: 3 }],
      },
      {
        name: 'Research',
        goals: 'Build a shortlist of credible suppliers',
        actions: 'Reads websites and case studies\nBooks demos',
        thoughts: 'Every website says the same thing. What does it cost?',
        touchpoints: [
          { name: 'Website', channel: 'Website', owner: 'Marketing', emotion: -1 },
          { name: 'Demo call', channel: 'Phone', owner: 'Sales', emotion: 1 },
        ],
        emotion: -1,
        painPoints: [{ text: 'No pricing on the website', severity: 'medium' }],
        opportunities: [{ text: 'Publish price ranges', owner: 'Sales', impact: 4, effort: 2 }],
      },
      {
        name: 'Evaluation',
        goals: 'Compare suppliers fairly and reduce risk',
        actions: 'Sends a request for proposal\nChecks security and references',
        thoughts: 'The security questionnaire is taking weeks.',
        touchpoints: [
          { name: 'Proposal', channel: 'Email', owner: 'Sales', emotion: 0 },
          { name: 'Security review', channel: 'Email', owner: 'Security', emotion: -2 },
        ],
        emotion: -2,
        painPoints: [
          { text: 'Security questionnaire answered by hand each time', severity: 'high' },
          { text: 'Several contacts, nobody owns the deal', severity: 'medium' },
        ],
        opportunities: [
          { text: 'Keep a ready-made security pack', owner: 'Security', impact: 5, effort: 2 },
          { text: 'Name one account lead for every deal', owner: 'Sales', impact: 3, effort: 1 },
        ],
      },
      {
        name: 'Contract',
        goals: 'Sign on fair terms, on time',
        actions: 'Negotiates terms\nGets internal approvals',
        thoughts: 'Legal wants changes again.',
        touchpoints: [
          { name: 'Contract draft', channel: 'Email', owner: 'Legal', emotion: -1 },
          { name: 'E-signature', channel: 'Website', owner: 'Legal', emotion: 1 },
        ],
        emotion: -1,
        painPoints: [{ text: 'Contract redlines go back and forth by email', severity: 'medium' }],
        opportunities: [{ text: 'Offer standard terms with pre-approved options', owner: 'Legal', impact: 3, effort: 3 }],
      },
      {
        name: 'Rollout',
        goals: 'Get the team using the service quickly',
        actions: 'Kick-off meeting\nTrains users\nReviews first results',
        thoughts: 'Did we make the right choice?',
        touchpoints: [
          { name: 'Kick-off', channel: 'In person', owner: 'Customer success', emotion: 1 },
          { name: 'Training', channel: 'Website', owner: 'Customer success', emotion: 1 },
        ],
        emotion: 1,
        painPoints: [{ text: 'Handover from sales loses what was promised', severity: 'high' }],
        opportunities: [{ text: 'Written handover from sales to customer success', owner: 'Customer success', impact: 4, effort: 1 }],
        metrics: [{ kind: 'csat', label: 'Satisfaction with onboarding' }],
      },
    ],
  },
  {
    id: 'service-complaint',
    title: 'Service complaint',
    description: 'A customer with a problem, from noticing it to trusting the company again.',
    scenario: 'Getting a billing error fixed',
    stages: [
      {
        name: 'Problem',
        goals: 'Understand what went wrong',
        actions: 'Notices a wrong charge\nChecks the account online',
        thoughts: 'Why was I charged twice?',
        touchpoints: [
          { name: 'Bill', channel: 'Email', owner: 'Billing', emotion: -2 },
          { name: 'Account page', channel: 'Website', owner: 'Digital', emotion: -1 },
        ],
        emotion: -2,
        painPoints: [{ text: 'Bill does not explain the extra charge', severity: 'high' }],
        opportunities: [{ text: 'Explain every line of the bill in plain words', owner: 'Billing', impact: 4, effort: 3 }],
      },
      {
        name: 'Contact',
        goals: 'Reach someone who can fix it',
        actions: 'Looks for a contact page\nCalls and waits in the queue',
        thoughts: 'Forty minutes on hold, again.',
        touchpoints: [
          { name: 'Contact page', channel: 'Website', owner: 'Digital', emotion: -1 },
          { name: 'Phone queue', channel: 'Phone', owner: 'Contact centre', emotion: -2 },
        ],
        emotion: -2,
        painPoints: [
          { text: 'Long wait with no call-back option', severity: 'high' },
          { text: 'Has to repeat the account number to each agent', severity: 'medium' },
        ],
        opportunities: [
          { text: 'Offer a call-back instead of waiting', owner: 'Contact centre', impact: 4, effort: 2 },
          { text: 'Pass the case history between agents', owner: 'Contact centre', impact: 4, effort: 4 },
        ],
        metrics: [{ kind: 'ces', label: 'Effort to reach the right person' }],
      },
      {
        name: 'Resolution',
        goals: 'Get the money back and a clear answer',
        actions: 'Explains the problem\nReceives a refund promise',
        thoughts: 'Will they actually refund it?',
        touchpoints: [{ name: 'Agent call', channel: 'Phone', owner: 'Contact centre', emotion: 1 }],
        emotion: 0,
        painPoints: [{ text: 'No written confirmation of the promised refund', severity: 'medium' }],
        opportunities: [{ text: 'Confirm every promise by email at once', owner: 'Contact centre', impact: 3, effort: 1 }],
        metrics: [{ kind: 'csat', label: 'Satisfaction with the resolution' }],
      },
      {
        name: 'Follow-up',
        goals: 'See the problem actually fixed',
        actions: 'Checks the next bill',
        thoughts: 'Finally. But it took three weeks.',
        touchpoints: [
          { name: 'Refund notice', channel: 'Email', owner: 'Billing', emotion: 1 },
          { name: 'Next bill', channel: 'Email', owner: 'Billing', emotion: 0 },
        ],
        emotion: 0,
        painPoints: [{ text: 'Refund takes three weeks', severity: 'medium' }],
        opportunities: [{ text: 'Refund within five working days', owner: 'Finance', impact: 4, effort: 3 }],
      },
      {
        name: 'Trust',
        goals: 'Decide whether to stay',
        actions: 'Compares other providers\nTells friends about the experience',
        thoughts: 'They fixed it, but I am not sure I trust them.',
        touchpoints: [{ name: 'Satisfaction survey', channel: 'Email', owner: 'CX team', emotion: 0 }],
        emotion: -1,
        painPoints: [{ text: 'Nobody acknowledges the trouble caused', severity: 'low' }],
        opportunities: [{ text: 'Apologise and explain what changed to prevent it', owner: 'CX team', impact: 3, effort: 1 }],
        metrics: [{ kind: 'nps', label: 'Likelihood to recommend after the complaint' }],
      },
    ],
  },
];

/**
 * Find a template by id.
 *
 * @param id a template's id
 * @returns the template, or undefined
 * @example getJourneyTemplate('saas-onboarding')?.title // 'SaaS onboarding'
 */
export function getJourneyTemplate(id: string): JourneyTemplate | undefined {
  return JOURNEY_TEMPLATES.find((template) => template.id === id);
}
