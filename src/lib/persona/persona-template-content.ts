/**
 * What each persona template fills in: loaded when someone starts a persona from a template, so the builder's
 * and the journey map's first script carry only the list (persona-templates.ts). Every statement is marked as an
 * assumption with no source, as the template list says.
 */
import type { PersonaContent } from './create-persona.ts';
import type { EvidenceItem, JobStory, PainPoint } from './persona-schema.ts';
import type { PersonaTemplateId } from './persona-templates.ts';
import type { Severity } from './persona-vocabulary.ts';

const assume = (text: string): EvidenceItem => ({ text, evidence: 'assumption', source: '' });
const pain = (text: string, severity: Severity): PainPoint => ({ text, severity, evidence: 'assumption', source: '' });
const job = (situation: string, motivation: string, outcome: string): JobStory => ({
  situation,
  motivation,
  outcome,
  evidence: 'assumption',
  source: '',
});
const stage = (doing: string, thinking: string, feeling: string, delight: string) => ({ doing, thinking, feeling, delight });

const busyShopper: PersonaContent = {
  name: 'Maya Chen',
  role: 'Working parent of two',
  segment: 'Time-poor families',
  summary: 'Shops online in short bursts between work and family, and drops any service that wastes her time.',
  quote: 'If it takes more than ten minutes, I will do it tomorrow, or somewhere else.',
  avatar: { colour: 'teal', image: '' },
  priority: 'primary',
  tags: ['b2c', 'retail'],
  demographics: { ageRange: '35–44', location: 'Suburbs of a large city', householdSize: '4 people', incomeBand: 'Middle' },
  b2b: { industry: '', companySize: '', buyingRole: '' },
  techComfort: 'medium',
  goals: [assume('Get the weekly shop done in under 20 minutes'), assume('Never run out of the basics'), assume('Stay within the family budget')],
  jobs: [
    job('I notice on the commute that we are low on essentials', 'reorder what we usually buy in a few taps', 'keep the evening free'),
    job('a delivery is running late', 'know exactly when it will arrive', 'plan dinner around it'),
  ],
  needs: [assume('Delivery slots that fit around work'), assume('Clear prices with no surprises at checkout'), assume('Substitutions she can approve')],
  motivations: [assume('More evenings free for the family'), assume('Feeling in control of the household budget')],
  triggers: [assume('The fridge is empty on a Sunday night'), assume('A promotion from a rival shop')],
  painPoints: [
    pain('Substitutions she did not ask for', 'high'),
    pain('Delivery windows that change at the last minute', 'critical'),
    pain('Having to search for the same items every week', 'medium'),
  ],
  objections: [assume('Fresh produce picked by someone else'), assume('Delivery fees on small orders')],
  decisionCriteria: [assume('Total price including delivery'), assume('Reliability of the delivery slot'), assume('Speed of reordering')],
  informationSources: [assume('Recommendations from other parents'), assume('App store ratings')],
  channels: [assume('Mobile app, on the commute'), assume('Push notifications for delivery updates'), assume('Chat for problems, never the phone')],
  journey: {
    awareness: stage('Hears about the service from a friend at the school gate.', 'Would this actually save me time?', 'Curious but sceptical.', 'A first-order discount that needs no code.'),
    consideration: stage('Compares delivery fees and slots with two rivals.', 'Are the slots real, or always full?', 'Impatient.', 'Seeing tomorrow’s free slots before signing up.'),
    purchase: stage('Builds a first basket on her phone, finishes on the laptop.', 'Will my basket still be there on the laptop?', 'Slightly anxious about substitutions.', 'Her basket waiting on every device.'),
    retention: stage('Reorders from last week’s list most weeks.', 'Is there a quicker way to do this?', 'Relieved when it just works.', 'A reminder before she runs out.'),
    advocacy: stage('Mentions the service in the parents’ group chat.', 'Will they blame me if it goes wrong?', 'Proud of a good find.', 'A referral credit for both of them.'),
  },
};

const b2bDecisionMaker: PersonaContent = {
  name: 'Daniel Okafor',
  role: 'Head of Operations',
  segment: 'Mid-size logistics companies',
  summary: 'Owns the budget and the risk of a new system, and needs proof it will work before he signs.',
  quote: 'I do not need the most features. I need the one my team will actually use.',
  avatar: { colour: 'indigo', image: '' },
  priority: 'primary',
  tags: ['b2b', 'saas'],
  demographics: { ageRange: '45–54', location: 'Regional head office', householdSize: '', incomeBand: '' },
  b2b: { industry: 'Logistics', companySize: '200–500 employees', buyingRole: 'decision-maker' },
  techComfort: 'medium',
  goals: [assume('Cut manual work in the warehouse by a third'), assume('Choose a tool the team adopts without a fight'), assume('Show a return on the investment within a year')],
  jobs: [
    job('the board asks why costs rose this quarter', 'show where time is lost in operations', 'defend the budget'),
    job('a vendor pitches a new platform', 'check how it fits our current systems', 'avoid a failed roll-out'),
  ],
  needs: [assume('References from similar companies'), assume('A clear implementation plan and timeline'), assume('Pricing that scales with use')],
  motivations: [assume('Being seen as the person who fixed operations'), assume('Avoiding another failed project')],
  triggers: [assume('A peak season that overwhelmed the team'), assume('A contract renewal with the current vendor')],
  painPoints: [
    pain('Sales calls before he can see the product', 'high'),
    pain('Hidden implementation costs', 'critical'),
    pain('Spreadsheets that do not match the system', 'medium'),
  ],
  objections: [assume('Switching costs and retraining time'), assume('Security review by IT')],
  decisionCriteria: [assume('Integration with the warehouse system'), assume('Total cost over three years'), assume('Quality of support')],
  informationSources: [assume('Peers at industry events'), assume('Analyst reports and review sites')],
  channels: [assume('Email with a named account manager'), assume('Video calls for demos'), assume('Self-serve trial')],
  journey: {
    awareness: stage('Reads a case study shared by a peer.', 'Did it work for a company like ours?', 'Interested, guarded.', 'Numbers from a company his size.'),
    consideration: stage('Shortlists three vendors; involves IT and finance.', 'What will this really cost, all in?', 'Under pressure to decide.', 'A transparent price calculator.'),
    purchase: stage('Negotiates the contract, waits for the security review.', 'Are we locked in?', 'Exposed: it is his name on it.', 'A pilot with a clear exit.'),
    retention: stage('Reviews adoption and savings each quarter.', 'Is the team really using it?', 'Reassured when usage grows.', 'A quarterly report he can forward as is.'),
    advocacy: stage('Speaks at a user event when asked.', 'Is this worth my time?', 'Pleased to be seen as an expert.', 'An invitation to shape the roadmap.'),
  },
};

const subscriptionCustomer: PersonaContent = {
  name: 'Priya Nair',
  role: 'Graphic designer, subscriber for two years',
  segment: 'Value-conscious subscribers',
  summary: 'Likes the service but reviews every subscription when money is tight, and cancels what she has not used.',
  quote: 'I love it when I use it. I just do not use it enough to justify the price every month.',
  avatar: { colour: 'plum', image: '' },
  priority: 'secondary',
  tags: ['b2c', 'subscription'],
  demographics: { ageRange: '25–34', location: 'City centre', householdSize: '1 person', incomeBand: 'Middle' },
  b2b: { industry: '', companySize: '', buyingRole: '' },
  techComfort: 'high',
  goals: [assume('Pay only for what she really uses'), assume('Keep her favourite features without thinking about it')],
  jobs: [
    job('my card statement arrives', 'see what each subscription gave me this month', 'keep only the ones worth it'),
    job('I am busy for a few weeks', 'pause instead of cancel', 'keep my history'),
  ],
  needs: [assume('Easy to pause, easy to cancel'), assume('Reminders before a renewal is charged'), assume('New value every month')],
  motivations: [assume('Feeling smart with money'), assume('Creative inspiration for her work')],
  triggers: [assume('A price increase email'), assume('An annual renewal reminder')],
  painPoints: [
    pain('Cancelling hidden behind a phone call', 'critical'),
    pain('Price rises without new value', 'high'),
    pain('Recommendations that ignore her taste', 'low'),
  ],
  objections: [assume('Cheaper competitors with similar content')],
  decisionCriteria: [assume('Value compared with the monthly price'), assume('Flexibility of the plan')],
  informationSources: [assume('Newsletters and social media'), assume('Friends’ recommendations')],
  channels: [assume('Mobile app'), assume('Email for billing')],
  journey: {
    awareness: stage('Sees a friend share something made with the service.', 'Is it for people like me?', 'Inspired.', 'A free month with no card needed.'),
    consideration: stage('Tries the free tier for a week.', 'Will I use it enough?', 'Optimistic.', 'A personal plan suggestion based on her use.'),
    purchase: stage('Chooses the monthly plan over the annual one.', 'Can I leave easily?', 'Cautious.', 'A clear promise: cancel in two clicks.'),
    retention: stage('Uses it in bursts around projects.', 'Am I getting my money’s worth?', 'Guilty when it sits unused.', 'A usage summary before each renewal.'),
    advocacy: stage('Shares her work made with it online.', 'Will it still be here next year?', 'Attached to the community.', 'Being featured in the app’s showcase.'),
  },
};

const firstTimeVisitor: PersonaContent = {
  name: 'Sam Rivera',
  role: 'First-time visitor from a search',
  segment: 'New prospects',
  summary: 'Landed from a search, knows little about the brand, and will leave within a minute if the page does not answer the question.',
  quote: 'I just want to know if this does what I need, and what it costs.',
  avatar: { colour: 'brown', image: '' },
  priority: 'secondary',
  tags: ['acquisition', 'web'],
  demographics: { ageRange: '18–34', location: 'Anywhere', householdSize: '', incomeBand: '' },
  b2b: { industry: '', companySize: '', buyingRole: '' },
  techComfort: 'high',
  goals: [assume('Find out quickly if this fits the need'), assume('Compare a few options without signing up')],
  jobs: [job('I search for a solution to a new problem', 'understand my options in plain words', 'choose without regret')],
  needs: [assume('Prices and key facts on the first page'), assume('Proof from real customers')],
  motivations: [assume('Solving a problem that just came up')],
  triggers: [assume('A search result or an advert'), assume('A friend mentioning the brand')],
  painPoints: [
    pain('Pop-ups and sign-up walls before any information', 'high'),
    pain('Jargon that assumes prior knowledge', 'medium'),
    pain('Pages that are slow on mobile', 'medium'),
  ],
  objections: [assume('Never heard of the brand'), assume('Worried about being spammed after sharing an email')],
  decisionCriteria: [assume('Clarity of the offer'), assume('Reviews from people like them'), assume('Price')],
  informationSources: [assume('Search engines'), assume('Review sites and forums')],
  channels: [assume('Mobile web'), assume('Chat, if it answers at once')],
  journey: {
    awareness: stage('Clicks a search result.', 'Is this the right kind of thing?', 'Hurried.', 'The answer to the search, at the top of the page.'),
    consideration: stage('Opens two rival sites in other tabs.', 'Which one is the safe choice?', 'Uncertain.', 'An honest comparison table.'),
    purchase: stage('Checks out as a guest.', 'Do I have to create an account?', 'Wary.', 'Guest checkout with one-tap payment.'),
    retention: stage('Receives the confirmation and maybe a follow-up.', 'Will they flood my inbox?', 'Neutral.', 'One useful email, then silence unless asked.'),
    advocacy: stage('Leaves a rating if asked at the right moment.', 'Was it worth it?', 'Satisfied or indifferent.', 'A thank-you that feels personal.'),
  },
};

/** Each template's content, by template id. */
export const PERSONA_TEMPLATE_CONTENT: Readonly<Record<PersonaTemplateId, PersonaContent>> = {
  'busy-shopper': busyShopper,
  'b2b-decision-maker': b2bDecisionMaker,
  'subscription-customer': subscriptionCustomer,
  'first-time-visitor': firstTimeVisitor,
};
