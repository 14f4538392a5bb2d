/**
 * The CX maturity self-assessment question bank: 8 dimensions × 4 questions × 5 answers.
 *
 * Every answer describes observable practice at one level, in the respondent's voice, and carries
 * advice on what the next level looks like from there (at level 5: how to sustain it). The one
 * question per dimension marked `quick: true` is the question quick mode asks.
 *
 * Versioning: share codes and exports store answers by position and by id against `version`.
 * Changing, adding, removing or reordering questions or answers means bumping `version` and adding
 * an entry to `ANSWER_SET_MIGRATIONS` (src/lib/assessment/answer-set-migrations.ts) that maps the
 * old version's answers onto the new one. Rewording a text without changing its meaning does not.
 *
 * Checked by `questionBankSchema` in test/lib/assessment/question-bank.test.ts.
 */
import type { QuestionBank } from '../../src/lib/assessment/question-bank-schema.ts';

export const QUESTION_BANK = {
  version: 1,
  levels: [
    {
      level: 1,
      name: 'Reactive',
      description:
        'Customer experience happens by accident. Teams respond to complaints and crises as they arrive, nobody owns the experience end to end, and decisions are made without customer evidence.',
    },
    {
      level: 2,
      name: 'Emerging',
      description:
        'Pockets of good practice appear. Some teams collect feedback and run improvement projects, but the work depends on a few enthusiasts, is not joined up, and rarely changes how the organisation decides.',
    },
    {
      level: 3,
      name: 'Defined',
      description:
        'There is a plan, an owner and shared methods. Journeys, metrics and feedback processes are documented and used consistently across the main channels, though the work still sits mostly with a CX team.',
    },
    {
      level: 4,
      name: 'Embedded',
      description:
        'Customer evidence is part of how the business runs. Leaders and teams in every function use shared measures, close the loop as routine and fund fixes through normal planning and budgets.',
    },
    {
      level: 5,
      name: 'Customer-led',
      description:
        'The customer shapes strategy. Experience outcomes are linked to financial results, teams anticipate needs instead of reacting, and the organisation keeps testing and learning as customers change.',
    },
  ],
  dimensions: [
    {
      id: 'strategy-leadership',
      name: 'Strategy & leadership',
      description:
        'Whether customer experience is an explicit part of where the organisation is heading: a written view of the experience it intends to deliver, a senior owner who is accountable for it across departments, customer evidence weighed in major decisions, and money and time set aside to act on what customers need.',
      guides: ['building-a-cx-strategy', 'business-case-for-cx', 'what-is-customer-experience'],
      questions: [
        {
          id: 'strategy-vision',
          prompt: 'How clearly is the customer experience you intend to deliver written down and shared?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'There is no stated view of the experience we want to give customers; each team works to its own idea of good service.',
              advice:
                'Draft one page describing the experience you intend to give your main customer group, in words a customer would use, and test it with a few leaders and front-line staff.',
            },
            {
              level: 2,
              text: 'Leaders say "customers come first" in town halls, but nothing is written down and each department reads it differently.',
              advice:
                'Turn the slogan into a short written CX vision with three to five principles customers would recognise, agreed by the leadership team and linked to the business strategy.',
            },
            {
              level: 3,
              text: 'A written CX vision and principles are part of the strategy documents, but few teams refer to them when they make day-to-day choices.',
              advice:
                'Spell out what each principle means for specific teams and journeys, and use the principles in onboarding, design reviews and prioritisation so people apply them rather than just read them.',
            },
            {
              level: 4,
              text: 'Teams can explain the CX principles in their own words and cite them when they design services, write policies or settle trade-offs.',
              advice:
                'Ground the vision in customer evidence rather than internal opinion: revisit it with research and link each principle to an outcome you track, so it can change as customers do.',
            },
            {
              level: 5,
              text: 'The intended experience is based on customer research, reviewed every year against what customers tell us, and visibly shapes which products, markets and policies we choose.',
              advice:
                'Keep the yearly review in the calendar, tell staff what changed and why, and check new strategies against the principles before they are approved, not after.',
            },
          ],
        },
        {
          id: 'strategy-ownership',
          prompt: 'Who is accountable for the customer experience across departments?',
          answers: [
            {
              level: 1,
              text: 'Nobody owns the experience end to end; problems that cross departments bounce between them until a customer complains loudly enough.',
              advice:
                'Name one senior person as the owner of cross-department customer problems for now, with the authority to bring the teams involved together and a short list of issues to start on.',
            },
            {
              level: 2,
              text: 'Someone has CX in their job title or as a side duty, but they have no budget and no say over the teams whose work shapes the experience.',
              advice:
                'Get the executive team to give the CX lead a clear mandate: a seat in planning, a small budget, and the right to escalate cross-team issues to a named sponsor.',
            },
            {
              level: 3,
              text: 'A CX lead or team has an executive sponsor, a budget and a cross-functional working group that meets on a schedule to resolve shared issues.',
              advice:
                'Make experience goals part of operational leaders’ objectives, not only the CX team’s, so fixes are owned by the departments whose work causes the problems.',
            },
            {
              level: 4,
              text: 'Each major journey has a named business owner, and experience goals appear in the objectives of leaders across departments.',
              advice:
                'Make the executive team jointly answerable for customer outcomes at board level, and link part of leadership incentives to them.',
            },
            {
              level: 5,
              text: 'The executive team is jointly accountable for customer outcomes; the board reviews them next to financial results, and leaders’ incentives reward improving them.',
              advice:
                'Keep accountability real: have executives spend time in customer contact each year, review incentive measures for gaming, and reassign journey ownership whenever the organisation restructures.',
            },
          ],
        },
        {
          id: 'strategy-decisions',
          prompt: 'How much does customer evidence influence major business decisions?',
          answers: [
            {
              level: 1,
              text: 'Pricing, product, policy and cost-cutting decisions are made without looking at customer impact; we find out after launch, from complaints.',
              advice:
                'Add one question to the approval template for major decisions: "What will this change for customers, and what evidence do we have?" Ask it every time.',
            },
            {
              level: 2,
              text: 'Some proposals mention customer impact, usually as an anecdote or a single survey figure, and it rarely changes the outcome.',
              advice:
                'Require proposals above an agreed size to include customer evidence (feedback themes, journey data or research) and to name the journeys they affect.',
            },
            {
              level: 3,
              text: 'Major proposals have a customer-impact section with data and the CX team is consulted before approval, but cost and deadlines win most conflicts.',
              advice:
                'Give customer impact real weight by putting it in money terms where you can (churn, cost to serve, lifetime value), so it competes on equal terms in the business case.',
            },
            {
              level: 4,
              text: 'Customer impact is quantified in business cases, leaders ask for it unprompted, and some decisions have been changed or stopped because of it.',
              advice:
                'Use customer insight to start initiatives, not only to judge them, and review big decisions afterwards to see whether the predicted customer impact happened.',
            },
            {
              level: 5,
              text: 'Customer insight regularly starts strategic initiatives, and we review past decisions to check whether the customer impact we predicted actually happened.',
              advice:
                'Protect the habit under pressure: keep the post-decision reviews, share misses openly, and keep customer evidence in the approval process even for urgent decisions.',
            },
          ],
        },
        {
          id: 'strategy-investment',
          prompt: 'How is money and time found for customer experience improvements?',
          answers: [
            {
              level: 1,
              text: 'There is no budget for CX improvements; something gets fixed only when it turns into a crisis or reaches the chief executive’s inbox.',
              advice:
                'Estimate what your three most frequent customer problems cost (repeat contacts, refunds, lost customers) and ask for a small ring-fenced budget to fix one of them.',
            },
            {
              level: 2,
              text: 'CX projects are funded one at a time from leftover budget or by an enthusiastic manager, and they stop when that person moves on.',
              advice:
                'Create a standing CX improvement budget or backlog in the annual plan, with simple criteria for choosing work, so improvements no longer depend on individual champions.',
            },
            {
              level: 3,
              text: 'CX improvements have their own budget line and a prioritised backlog, but the case for them is argued with customer scores rather than financial results.',
              advice:
                'Link the improvements to retention, share of wallet or cost to serve, so CX investments are judged with the same rigour as any other investment.',
            },
            {
              level: 4,
              text: 'CX investments compete in normal planning with business cases that link experience changes to revenue, retention or cost to serve.',
              advice:
                'Measure benefits after delivery and compare them with the business case, then use what you learn to balance quick fixes against longer-term experience bets.',
            },
            {
              level: 5,
              text: 'We track the return on CX investments after delivery and shift the portfolio accordingly; leaders treat experience as a driver of growth, not a cost.',
              advice:
                'Publish benefit reviews, stop investments that did not pay off, and keep a share of the budget for testing ideas customers have not asked for yet.',
            },
          ],
        },
      ],
    },
    {
      id: 'customer-understanding',
      name: 'Customer understanding & personas',
      description:
        'How well the organisation knows who its customers are, what they are trying to get done and how their needs differ: research done directly with customers, segments and personas built from evidence rather than assumption, and insight that reaches the people who design and deliver the experience.',
      guides: ['personas', 'what-is-customer-experience', 'b2b-customer-experience'],
      questions: [
        {
          id: 'understanding-research',
          prompt: 'How do you learn what customers need and why they behave as they do?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'We go on what sales, service staff or leaders believe about customers; nobody talks to customers specifically to understand them.',
              advice:
                'Hold five to eight conversations with recent customers this quarter, using a short guide of open questions, and share what you heard with the teams involved.',
            },
            {
              level: 2,
              text: 'Some teams run occasional interviews or focus groups for a single project, and the findings stay in slide decks few people see.',
              advice:
                'Plan customer research across the year rather than per project, and keep the findings in one shared place so each new project starts from what is already known.',
            },
            {
              level: 3,
              text: 'We run planned research every year (interviews, observation, surveys) across our main customer groups and keep the findings in a shared insight library.',
              advice:
                'Combine research with behavioural and operational data so you see what customers do as well as what they say, and invite product and service teams to research sessions.',
            },
            {
              level: 4,
              text: 'Research runs continuously, mixes interviews with behavioural data, and people from several functions take part in customer sessions and use the findings in their plans.',
              advice:
                'Look ahead as well as at today: study lapsed customers, non-customers and emerging needs, and test ideas with customers before you commit budget.',
            },
            {
              level: 5,
              text: 'Teams are in regular direct contact with customers, research covers non-customers and emerging needs, and insight shapes roadmaps before solutions are chosen.',
              advice:
                'Refresh the research plan every year, defend the research budget in downturns, and check that every major roadmap item can point to customer evidence.',
            },
          ],
        },
        {
          id: 'understanding-segments',
          prompt: 'How do you group customers to understand their different needs?',
          answers: [
            {
              level: 1,
              text: 'We treat all customers the same, or group them only by what they buy or how much they spend.',
              advice:
                'Pick two or three differences in needs you already notice (for example new versus long-standing customers) and check whether they call for different treatment.',
            },
            {
              level: 2,
              text: 'Marketing or finance has segments based on demographics or value, but they say little about needs and service teams do not use them.',
              advice:
                'Add needs and behaviour to the segmentation: what customers are trying to achieve, what they find hard, and how they prefer to deal with you.',
            },
            {
              level: 3,
              text: 'We have needs-based segments, agreed by marketing, sales and service, documented together with the evidence behind them.',
              advice:
                'Make the segments usable day to day: flag them in the CRM where appropriate and report metrics and feedback by segment so differences become visible.',
            },
            {
              level: 4,
              text: 'Segments are visible in our systems and reports, and teams design journeys, offers and service levels differently for each one.',
              advice:
                'Check whether the segments still predict behaviour and outcomes, refresh them with new data, and retire the ones that no longer explain real differences.',
            },
            {
              level: 5,
              text: 'Segments are refreshed with new evidence at least once a year, checked against outcomes such as retention, and used to anticipate needs before customers ask.',
              advice:
                'Give the segmentation a formal owner and a yearly review, and watch for groups it leaves out or treats unfairly.',
            },
          ],
        },
        {
          id: 'understanding-personas',
          prompt: 'How are personas or similar customer profiles created and used?',
          answers: [
            {
              level: 1,
              text: 'We have no personas or written customer profiles of any kind.',
              advice:
                'Build one persona for your most important customer group from a few real interviews and your own data, marking clearly which details are evidence and which are assumptions.',
            },
            {
              level: 2,
              text: 'Personas were written in a workshop from assumptions; they sit in a shared folder and rarely come up when decisions are made.',
              advice:
                'Check each persona against research and data, drop details nobody can evidence, and focus on goals, needs and frustrations rather than hobbies and stock photos.',
            },
            {
              level: 3,
              text: 'Our personas are based on research, show the evidence behind them, and design and marketing teams use them when planning work.',
              advice:
                'Take personas beyond design and marketing: use them in service training, policy reviews and journey maps, and show roughly how many customers each one represents.',
            },
            {
              level: 4,
              text: 'Service and operations teams use the personas too, in journey maps, training and requirements, and they are updated when new research comes in.',
              advice:
                'Link each persona to data on its size, value and outcomes, and review the set on a fixed schedule with fresh research.',
            },
            {
              level: 5,
              text: 'Personas are linked to live data on size, behaviour and outcomes, reviewed on a schedule, and rewritten or retired when the evidence changes.',
              advice:
                'Keep them honest: invite challenge from front-line staff, check them for stereotypes, and archive any persona that no longer matches real customers.',
            },
          ],
        },
        {
          id: 'understanding-insight-sharing',
          prompt: 'How does customer insight reach the people who design and deliver the experience?',
          answers: [
            {
              level: 1,
              text: 'Insight stays with whoever gathered it; most staff never see research or feedback findings.',
              advice:
                'Send every team a short monthly summary of what customers are saying, with one quote and one number, and ask managers to discuss it in team meetings.',
            },
            {
              level: 2,
              text: 'Findings go out by email or in the odd presentation, with no regular routine, and people cannot find past insight when they need it.',
              advice:
                'Create one searchable home for insight and a regular forum, such as a monthly insight review, where findings are presented to the people who decide.',
            },
            {
              level: 3,
              text: 'There is an insight library and a regular review where key findings are presented to managers from several departments.',
              advice:
                'Let teams pull insight themselves through self-service dashboards and the library, and add a "customer evidence" step to project and policy templates.',
            },
            {
              level: 4,
              text: 'Teams search insight themselves, project templates ask for customer evidence, and front-line staff add their own observations to the shared picture.',
              advice:
                'Track which insights led to which changes and what those changes achieved, and tell those stories widely so people see insight pay off.',
            },
            {
              level: 5,
              text: 'Every team uses insight as routine, we track which insights led to changes, and both customers and staff hear about the results.',
              advice:
                'Curate the library so stale findings are retired, recognise teams that act on insight, and ask staff regularly what insight they are missing.',
            },
          ],
        },
      ],
    },
    {
      id: 'journeys-touchpoints',
      name: 'Journey mapping & touchpoints',
      description:
        'Whether the organisation sees the experience the way customers live it, across steps, channels and departments: journey maps built from evidence, a complete inventory of touchpoints, known moments that matter and pain points, and named people who own each journey and keep improving it.',
      guides: ['touchpoints-and-journey-mapping', 'customer-journey', 'b2b-customer-experience'],
      questions: [
        {
          id: 'journeys-maps',
          prompt: 'How do you map the journeys customers take with you?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'We have no journey maps; each department knows its own process, but nobody looks at the experience from the customer’s side.',
              advice:
                'Map one important journey, such as joining or making a claim, from the customer’s point of view, with someone from every department that touches it in the room.',
            },
            {
              level: 2,
              text: 'We mapped one or two journeys in a workshop, mostly from what staff know, and the maps have not been touched since.',
              advice:
                'Check the maps against customer research and data, mark the pain points and moments that matter, and agree who keeps each map up to date.',
            },
            {
              level: 3,
              text: 'Our main journeys are mapped from customer research and data, show pain points and emotions, and each map has a named person who keeps it current.',
              advice:
                'Connect each map to the processes, systems and teams behind it (a service blueprint) and to stage-by-stage metrics, so the maps drive improvement work.',
            },
            {
              level: 4,
              text: 'Journey maps link each step to the processes, systems and teams behind it and to metrics, and teams use them to plan improvements.',
              advice:
                'Manage journeys as live assets: track each one’s performance continuously from data and feedback, and design future-state journeys together with customers.',
            },
            {
              level: 5,
              text: 'Journeys are managed as live assets with current performance data, future-state designs tested with customers, and a regular review cycle.',
              advice:
                'Review journeys after every major change, check them for new channels and customer groups, and retire maps nobody uses.',
            },
          ],
        },
        {
          id: 'journeys-touchpoint-inventory',
          prompt: 'How well do you know all the points where customers interact with you?',
          answers: [
            {
              level: 1,
              text: 'We have no overview of touchpoints; we only know the channels each department runs.',
              advice:
                'List every touchpoint in one journey, including letters, invoices, automated messages and partners acting for you, and note who owns each one.',
            },
            {
              level: 2,
              text: 'We have a partial list covering the channels we run directly; invoices, automated emails, delivery partners and other indirect touchpoints are missing.',
              advice:
                'Complete the inventory for all journeys, indirect and partner touchpoints included, and check each one against your brand and CX principles.',
            },
            {
              level: 3,
              text: 'We keep a full touchpoint inventory with owners, indirect touchpoints included, and update it whenever something new launches.',
              advice:
                'Measure the touchpoints that matter most (effort, satisfaction or completion) and use the results to rank which ones to fix first.',
            },
            {
              level: 4,
              text: 'Key touchpoints have measures and owners, and any change to a touchpoint is checked for its effect on the rest of the journey.',
              advice:
                'Use data to see how touchpoints combine, for example which sequences end in complaints or cancellations, so you manage journeys rather than isolated points.',
            },
            {
              level: 5,
              text: 'We know which sequences of touchpoints lead to good or bad outcomes, such as churn, and add or retire touchpoints based on that evidence.',
              advice:
                'Keep the inventory current as channels change, and regularly remove touchpoints that add effort for customers without adding value.',
            },
          ],
        },
        {
          id: 'journeys-moments',
          prompt: 'How do you identify the moments that matter most to customers?',
          answers: [
            {
              level: 1,
              text: 'We have not identified which moments matter most; every interaction gets the same attention, or none.',
              advice:
                'Ask customers and front-line staff which moments most shape how customers feel about you, and list the top three to five in your main journey.',
            },
            {
              level: 2,
              text: 'We have a list of key moments from an internal workshop, but nobody has checked it with customers.',
              advice:
                'Test the list with research and data, for example a driver analysis relating touchpoint scores to overall satisfaction or loyalty.',
            },
            {
              level: 3,
              text: 'The moments that matter come from research and data and are agreed by the teams that deliver them.',
              advice:
                'Set specific standards and behaviours for each moment that matters, and make sure staff know which moments they influence.',
            },
            {
              level: 4,
              text: 'Each moment that matters has its own service standards, measures and training, and teams know which moments they influence.',
              advice:
                'Use the moments that matter to steer investment, and check whether improving them actually moves loyalty and retention.',
            },
            {
              level: 5,
              text: 'We track how performance at key moments affects loyalty and customer value, and revisit which moments matter as expectations shift.',
              advice:
                'Re-test which moments matter every year or two and whenever you launch a new product, because customer expectations keep moving.',
            },
          ],
        },
        {
          id: 'journeys-pain-points',
          prompt: 'What happens to the pain points you discover in a journey?',
          answers: [
            {
              level: 1,
              text: 'Pain points get discussed when a customer complains, but there is no list of them and nobody is responsible for fixing them.',
              advice:
                'Start a single list of known pain points with the evidence for each (complaints, contact reasons, drop-offs) and give each one an owner.',
            },
            {
              level: 2,
              text: 'Some pain points are listed and fixed when a team has spare capacity; fixes stay local and problems that span teams stay open.',
              advice:
                'Rank pain points by customer impact and cost, and create a route for fixing the ones no single department owns.',
            },
            {
              level: 3,
              text: 'A prioritised pain-point backlog has owners in several departments, and progress on it is reviewed every month or quarter.',
              advice:
                'Look for root causes across journeys rather than fixing symptoms one at a time, and measure whether each fix removed the pain.',
            },
            {
              level: 4,
              text: 'Pain points are fixed at the root cause, and we measure whether each fix worked through fewer contacts, less effort or better scores.',
              advice:
                'Stop pain points before they start: review new products, policies and process changes for their journey impact before launch.',
            },
            {
              level: 5,
              text: 'New products, policies and changes are checked for journey impact before launch, so fewer pain points reach customers in the first place.',
              advice:
                'Keep the pre-launch check light enough that teams actually use it, and add every pain point that slips through to its checklist.',
            },
          ],
        },
      ],
    },
    {
      id: 'measurement-metrics',
      name: 'Measurement & metrics',
      description:
        'Which customer metrics the organisation tracks, such as Net Promoter Score, customer satisfaction (CSAT), customer effort (CES), churn and customer lifetime value; how consistently and honestly they are measured and reported; how targets are set; and whether the metrics are tied to business outcomes like retention, revenue and cost to serve.',
      guides: ['measuring-cx', 'net-promoter-score', 'csat-and-ces', 'churn-retention-and-clv', 'business-case-for-cx'],
      questions: [
        {
          id: 'measurement-metrics-tracked',
          prompt: 'Which customer experience metrics do you track, and how consistently?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'We do not track CX metrics, or we run a survey now and then with no consistent method.',
              advice:
                'Choose one relationship metric (such as NPS) and one transactional metric (such as CSAT or CES after service contacts), and measure both the same way every month.',
            },
            {
              level: 2,
              text: 'We track NPS or CSAT, but teams use different questions, scales or timing, so results cannot be compared over time or between teams.',
              advice:
                'Standardise question wording, scales, sampling and timing across teams, and document how each metric is calculated so results become comparable.',
            },
            {
              level: 3,
              text: 'We track a defined set, such as NPS, CSAT, CES and churn, with a documented method, consistent sampling and regular reporting.',
              advice:
                'Add behavioural and operational measures (repeat contacts, task completion, retention) alongside the survey metrics, so you see what customers do as well as what they say.',
            },
            {
              level: 4,
              text: 'Survey metrics sit alongside behavioural and operational measures such as retention, repeat contacts and time to resolve, in one measurement framework.',
              advice:
                'Link the framework to financial results by showing how changes in experience metrics relate to retention, spend and cost to serve.',
            },
            {
              level: 5,
              text: 'Our framework combines survey, behavioural and financial measures, is reviewed every year, and drops metrics that no longer predict outcomes.',
              advice:
                'Audit sampling and response rates, watch for score gaming, and review the framework whenever your business model or channels change.',
            },
          ],
        },
        {
          id: 'measurement-business-outcomes',
          prompt: 'Are your CX metrics tied to business outcomes such as retention, revenue or cost?',
          answers: [
            {
              level: 1,
              text: 'No: CX scores, where we have them, are reported on their own, and nobody has checked whether they relate to financial results.',
              advice:
                'Compare one CX metric with one business outcome you already hold, for example the churn rate of customers who gave low scores against those who gave high ones.',
            },
            {
              level: 2,
              text: 'We assume good scores are good for business and quote industry studies to say so, but have never tested it with our own data.',
              advice:
                'Run a simple analysis of your own data linking scores or effort to retention, repeat purchase or cost to serve.',
            },
            {
              level: 3,
              text: 'A one-off study with our own data showed how some CX metrics relate to outcomes such as churn or repeat purchase.',
              advice:
                'Turn the one-off study into a model you refresh as new data arrives, and use it to estimate the value of planned improvements.',
            },
            {
              level: 4,
              text: 'A regularly refreshed model links experience measures to revenue, retention, customer lifetime value and cost to serve, and business cases use it.',
              advice:
                'Use the model to set targets and choose investments, then check after delivery whether the predicted financial effect appeared.',
            },
            {
              level: 5,
              text: 'We can show the financial value of experience changes, predict the effect of planned improvements, and check those predictions afterwards.',
              advice:
                'Test the model’s assumptions regularly, share the method with finance so they trust it, and update it when customer behaviour shifts.',
            },
          ],
        },
        {
          id: 'measurement-reporting',
          prompt: 'How are CX results reported and used?',
          answers: [
            {
              level: 1,
              text: 'Results are collected, if at all, but rarely reported; leaders do not see customer measures on any regular basis.',
              advice:
                'Produce a one-page monthly report of your key customer measures and put it on the leadership team’s agenda.',
            },
            {
              level: 2,
              text: 'Headline scores are reported monthly without trends, sample sizes or margins of error, and meetings focus on whether the number went up.',
              advice:
                'Add trends, sample sizes, margins of error and the main reasons behind each score, so discussions move from the number to its causes.',
            },
            {
              level: 3,
              text: 'Reports show trends, sample sizes and the drivers behind scores, and management meetings review them and agree follow-up actions.',
              advice:
                'Give each team its own view of the measures it influences, so teams can act on their results without waiting for the monthly report.',
            },
            {
              level: 4,
              text: 'Teams see up-to-date results for the parts of the experience they influence and use them to plan their own improvements.',
              advice:
                'Record which actions were taken in response to results and review which of them moved the measures, so reporting becomes learning.',
            },
            {
              level: 5,
              text: 'Reporting shows which actions moved which measures, and leaders use it to learn and redirect effort rather than to praise or blame.',
              advice:
                'Keep metrics out of punitive use, and ask report users regularly what would help them make better decisions.',
            },
          ],
        },
        {
          id: 'measurement-targets',
          prompt: 'How are targets for customer metrics set and used?',
          answers: [
            {
              level: 1,
              text: 'There are no targets for any customer metric.',
              advice:
                'Agree a baseline for your main customer metric and set a modest improvement goal tied to a specific improvement plan.',
            },
            {
              level: 2,
              text: 'Some scores have targets picked as round numbers or from benchmarks, and staff sometimes chase the score, for example by asking customers for a 10.',
              advice:
                'Set targets from your own baseline and planned improvements, and stop practices that inflate scores, such as coaching customers before a survey.',
            },
            {
              level: 3,
              text: 'Targets come from our own baselines and improvement plans, and we watch for practices that inflate scores.',
              advice:
                'Add targets for the drivers teams control, such as effort, resolution and reliability, next to the outcome scores, so every team knows how to contribute.',
            },
            {
              level: 4,
              text: 'Teams have targets for drivers they control, such as effort or first-contact resolution, as well as outcome scores, and targets are reviewed regularly.',
              advice:
                'Check that gains against targets show up in retention and customer value, and avoid rewarding score movement on its own.',
            },
            {
              level: 5,
              text: 'Targets balance experience, outcome and financial measures, are reviewed for unintended behaviour, and are met by improving the experience, not the score.',
              advice:
                'Review targets every year, retire any that encourage gaming, and celebrate improvements to the experience itself rather than the number.',
            },
          ],
        },
      ],
    },
    {
      id: 'voice-of-customer',
      name: 'Voice of the customer & closing the loop',
      description:
        'How the organisation listens to customers across sources such as surveys, complaints, reviews, contact-centre conversations and social media, and what it does with what it hears: following up with individual customers (the inner loop) and fixing the causes behind recurring feedback (the outer loop), then telling customers and staff what changed.',
      guides: ['voice-of-the-customer', 'service-recovery', 'net-promoter-score'],
      questions: [
        {
          id: 'voc-survey-use',
          prompt: 'How does your organisation use customer survey results?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'We rarely survey customers, or the results sit unread in the survey tool.',
              advice:
                'Pick one key interaction, survey customers after it with two or three questions, and go through the results each month with the team that runs it.',
            },
            {
              level: 2,
              text: 'We survey customers after some interactions, but results stay with the team that ran the survey.',
              advice:
                'Share survey results across teams in a regular review, and agree who acts on each of the main themes.',
            },
            {
              level: 3,
              text: 'Survey results are shared across departments in a regular review, and each main theme is assigned to an owner for action.',
              advice:
                'Combine survey results with other feedback and data, and start following up individually with customers who report a problem.',
            },
            {
              level: 4,
              text: 'Survey results are combined with other feedback and data, unhappy respondents are followed up, and themes feed a cross-team improvement backlog.',
              advice:
                'Tell customers what changed because of their feedback, and measure whether the changes improved their experience.',
            },
            {
              level: 5,
              text: 'Survey insight drives planned changes, customers hear what changed because of their feedback, and we check whether the changes improved results.',
              advice:
                'Keep surveys lean: cut questions nobody acts on, watch response rates for survey fatigue, and keep reporting changes back to customers.',
            },
          ],
        },
        {
          id: 'voc-sources',
          prompt: 'Which sources of customer feedback do you listen to?',
          answers: [
            {
              level: 1,
              text: 'We only hear from customers when they complain formally; there is no deliberate listening.',
              advice:
                'Collect one structured source (a short survey) and one unstructured source (complaints or contact reasons), and look at both every month.',
            },
            {
              level: 2,
              text: 'We collect surveys and complaints in separate systems; reviews, social media and contact-centre conversations are not captured.',
              advice:
                'Bring the main sources into one view, and add those you ignore today, such as online reviews and notes from service contacts.',
            },
            {
              level: 3,
              text: 'Surveys, complaints, reviews and contact reasons are collected in one place and tagged with a shared set of themes.',
              advice:
                'Analyse free text from comments and call transcripts as well as scores, and give front-line staff a way to log what customers tell them.',
            },
            {
              level: 4,
              text: 'Structured and unstructured feedback are analysed together, including free text from comments and contacts, and front-line staff log what customers tell them.',
              advice:
                'Combine feedback with behavioural and operational data to spot customers at risk before they complain, and listen to customers who have left.',
            },
            {
              level: 5,
              text: 'Feedback is combined with behavioural and operational data, we hear from lost and prospective customers too, and emerging issues are spotted early.',
              advice:
                'Review your listening sources every year, drop low-value surveys, and keep the theme list current as products and channels change.',
            },
          ],
        },
        {
          id: 'voc-inner-loop',
          prompt: 'What happens when an individual customer gives negative feedback?',
          answers: [
            {
              level: 1,
              text: 'Nothing, unless the customer files a formal complaint; negative survey responses are not followed up.',
              advice:
                'Set up an alert for very negative responses and have someone contact those customers within a few working days.',
            },
            {
              level: 2,
              text: 'Some negative feedback gets a call back, depending on the team and how busy it is; there is no rule for who responds or how fast.',
              advice:
                'Set a follow-up standard: which responses trigger it, who owns it, how quickly it happens and how the outcome is recorded.',
            },
            {
              level: 3,
              text: 'Negative feedback triggers a follow-up by a named owner within a set time, such as two working days, and the outcome is recorded.',
              advice:
                'Give the people who follow up the authority to fix the customer’s problem on the call, and pass the causes they find to the teams that can remove them.',
            },
            {
              level: 4,
              text: 'Front-line staff follow up quickly, can resolve the issue on the spot, and log the root causes they find.',
              advice:
                'Measure whether follow-ups win customers back (retention, later feedback) and use that to refine how and when you respond.',
            },
            {
              level: 5,
              text: 'Follow-ups are fast and tailored to the customer, their effect on retention is measured, and what we learn feeds straight into fixing causes.',
              advice:
                'Review the quality of follow-ups regularly, protect staff time for them, and make sure recovering customers never replaces fixing the cause.',
            },
          ],
        },
        {
          id: 'voc-outer-loop',
          prompt: 'How does customer feedback lead to changes in products, services or policies?',
          answers: [
            {
              level: 1,
              text: 'Feedback rarely leads to change; the same complaints come up year after year.',
              advice:
                'Take your most common complaint theme, find its cause with the teams involved, fix it, and tell staff what changed.',
            },
            {
              level: 2,
              text: 'Changes happen when a manager notices a theme and decides to act; there is no regular process.',
              advice:
                'Set up a regular meeting where feedback themes are reviewed, prioritised and assigned to owners in the departments that can fix them.',
            },
            {
              level: 3,
              text: 'Feedback themes are reviewed on a schedule, prioritised and assigned to owners across departments, and progress is tracked.',
              advice:
                'Check that fixes work (the theme shrinks, scores rise) and report closed loops to staff and customers.',
            },
            {
              level: 4,
              text: 'Fixes are tracked until the feedback theme declines, and staff and customers are told what changed.',
              advice:
                'Bring feedback themes into product roadmaps and policy reviews, so improvements are designed in from the start instead of patched on later.',
            },
            {
              level: 5,
              text: 'Feedback shapes roadmaps and policies before problems grow, and we publish what we changed because customers told us.',
              advice:
                'Keep the loop visible: report on what changed at a regular interval, and check that themes you closed stay closed.',
            },
          ],
        },
      ],
    },
    {
      id: 'employees-culture',
      name: 'Employee engagement & culture',
      description:
        'Whether the people who serve customers are able and willing to do it well: how much authority front-line staff have to solve problems, how well every team understands its effect on customers, what behaviours are recognised and rewarded, and whether employees’ ideas about the customer experience are heard and acted on.',
      guides: ['culture-and-employees', 'service-recovery', 'building-a-cx-strategy'],
      questions: [
        {
          id: 'employees-empowerment',
          prompt: 'How much authority do front-line staff have to solve customer problems?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'Front-line staff follow scripts and escalate almost everything; they cannot make exceptions or offer any remedy themselves.',
              advice:
                'List the problems staff escalate most often and agree simple remedies they may offer without approval, within clear limits.',
            },
            {
              level: 2,
              text: 'Some experienced staff bend the rules to help customers, but it is informal and depends on the individual and their manager.',
              advice:
                'Write down the discretion staff have, such as refund or goodwill limits, and train everyone on it so help no longer depends on who answers.',
            },
            {
              level: 3,
              text: 'Front-line staff have written guidelines and limits for remedies and exceptions, and are trained to use them.',
              advice:
                'Raise the limits where your data shows it is safe, remove approval steps, and trust staff to use judgement in unusual cases.',
            },
            {
              level: 4,
              text: 'Staff use their judgement within generous limits; approvals are rare, and managers back their decisions afterwards.',
              advice:
                'Ask front-line staff to help redesign the policies and processes that get in the way of good service, and act on what they suggest.',
            },
            {
              level: 5,
              text: 'Staff are trusted to do what is right for the customer and the business, and their suggestions regularly change our policies and processes.',
              advice:
                'Review how discretion is being used, share good examples, and adjust limits as the business and customers change.',
            },
          ],
        },
        {
          id: 'employees-understanding',
          prompt: 'How well do employees understand customers and their own effect on the experience?',
          answers: [
            {
              level: 1,
              text: 'Most staff outside customer-facing roles never hear from customers or see any feedback.',
              advice:
                'Share customer stories and feedback in team meetings across the organisation, back-office and support functions included.',
            },
            {
              level: 2,
              text: 'Customer-facing staff see some feedback about their own work; other staff rarely do.',
              advice:
                'Show every team how its work reaches customers, for example by marking its part on a journey map.',
            },
            {
              level: 3,
              text: 'Onboarding and training cover who our customers are, our CX principles and how each role affects the experience.',
              advice:
                'Give staff direct exposure to customers: listening to calls, shadowing the front line or sitting in on research sessions.',
            },
            {
              level: 4,
              text: 'Staff in every function spend time with customers or front-line teams, for example listening to calls, and see feedback relevant to their work.',
              advice:
                'Make customer impact part of how roles are defined and reviewed, and let each team measure its own contribution to the experience.',
            },
            {
              level: 5,
              text: 'Every team can describe how its work affects customers, tracks that effect, and seeks out customer contact as a normal part of the job.',
              advice:
                'Keep customer contact in every role’s routine, and renew it whenever people join or change roles.',
            },
          ],
        },
        {
          id: 'employees-recognition',
          prompt: 'How are customer-focused behaviours recognised and rewarded?',
          answers: [
            {
              level: 1,
              text: 'Staff are judged on speed, volume or sales; customer outcomes play no part in how performance is assessed.',
              advice:
                'Start recognising good customer outcomes in public, for example by reading out customer praise for named colleagues in team meetings.',
            },
            {
              level: 2,
              text: 'Good service is praised informally now and then, but performance reviews still look only at productivity or sales.',
              advice:
                'Add a customer outcome, such as resolution or customer feedback, to performance conversations alongside productivity.',
            },
            {
              level: 3,
              text: 'Performance reviews include customer measures such as resolution and feedback, and good service is recognised regularly.',
              advice:
                'Check whether productivity targets work against customers, such as call-time limits that cause repeat calls, and rebalance them.',
            },
            {
              level: 4,
              text: 'Customer outcomes carry real weight in reviews and rewards, and targets that encouraged poor service, such as strict call-time limits, have been removed.',
              advice:
                'Recognise teams as well as individuals, back-office teams included, and tie rewards to outcomes sustained over time.',
            },
            {
              level: 5,
              text: 'Recognition and rewards in every team consistently favour doing right by customers, and are reviewed for unintended effects.',
              advice:
                'Review incentives every year for side effects, and ask staff whether the system rewards what really matters to customers.',
            },
          ],
        },
        {
          id: 'employees-voice',
          prompt: 'How are employees’ ideas and concerns about the customer experience handled?',
          answers: [
            {
              level: 1,
              text: 'Staff can only raise customer issues through their line manager, and little happens as a result.',
              advice:
                'Open a simple channel, such as a form or a weekly huddle, for staff to report customer issues, and reply to every submission.',
            },
            {
              level: 2,
              text: 'Staff can make suggestions, but they are collected informally and few are acted on or even answered.',
              advice:
                'Review suggestions on a fixed schedule, tell staff what was decided and why, and keep track of the ones you implement.',
            },
            {
              level: 3,
              text: 'Staff suggestions are logged, reviewed on a schedule and answered, and the best ones are put into practice.',
              advice:
                'Put staff insight into the same picture as customer feedback, and involve front-line people in designing the fixes.',
            },
            {
              level: 4,
              text: 'Employee feedback is analysed alongside customer feedback, and front-line staff help design improvements.',
              advice:
                'Measure employee engagement alongside customer outcomes to see where the two are linked, and act on both together.',
            },
            {
              level: 5,
              text: 'Employee and customer experience are managed together: engagement and customer outcomes are tracked side by side and improved jointly.',
              advice:
                'Involve staff in every major change, and show them regularly how their input changed the experience.',
            },
          ],
        },
      ],
    },
    {
      id: 'omnichannel-technology-data',
      name: 'Omnichannel, technology & data',
      description:
        'Whether customers can move between channels without starting again, whether staff and systems share one accurate view of each customer, whether digital self-service works from start to finish, and whether customer data is used to personalise the experience in ways customers find helpful, fair and lawful rather than intrusive.',
      guides: ['omnichannel-and-digital-cx', 'personalisation-without-creepiness', 'customer-journey'],
      questions: [
        {
          id: 'omnichannel-continuity',
          prompt: 'What happens when a customer moves from one channel to another, say from web chat to phone?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'Customers start again in each channel; staff cannot see what happened elsewhere.',
              advice:
                'Find the most common channel switch in your journeys and give staff in the second channel at least a note of what happened in the first.',
            },
            {
              level: 2,
              text: 'Some channels share information, but customers often repeat themselves, and policies or prices sometimes differ between channels.',
              advice:
                'Align policies, prices and information across channels, and connect the contact histories of your main channels.',
            },
            {
              level: 3,
              text: 'Staff can see contact history from all the main channels, and policies and information are the same everywhere.',
              advice:
                'Let customers carry on where they left off by passing the context of a request, such as a basket, case or half-filled form, between channels.',
            },
            {
              level: 4,
              text: 'Customers can start in one channel and finish in another without repeating anything; cases and context carry over.',
              advice:
                'Design journeys across channels rather than channel by channel, and use data to guide customers to the channel that suits each need.',
            },
            {
              level: 5,
              text: 'Journeys are designed across channels, customers are guided to the channel that suits their need, and handovers are measured and improved.',
              advice:
                'Test channel handovers regularly, new channels included, and track repeat contacts caused by switching channels.',
            },
          ],
        },
        {
          id: 'omnichannel-customer-view',
          prompt: 'How complete is your view of each customer across systems?',
          answers: [
            {
              level: 1,
              text: 'Customer data is spread over systems that do not connect; nobody can see a customer’s whole relationship with us.',
              advice:
                'List the systems that hold customer data and agree a common customer identifier that links at least the two most important ones.',
            },
            {
              level: 2,
              text: 'We have a CRM, but records are incomplete or duplicated, and several systems hold conflicting details for the same customer.',
              advice:
                'Clean and de-duplicate core customer data, agree which system is the master for each field, and name owners for the data.',
            },
            {
              level: 3,
              text: 'Core customer data is consistent and available to staff in the main channels, with named owners and data-quality checks.',
              advice:
                'Add interaction and feedback history to the customer view, so staff see recent contacts, open issues and how the customer feels.',
            },
            {
              level: 4,
              text: 'Staff see one view with purchases, contacts, open issues and feedback, and data quality is monitored.',
              advice:
                'Use the joined-up data to anticipate needs, for example by predicting churn risk or the next best action, under clear rules for its use.',
            },
            {
              level: 5,
              text: 'The customer view is accurate and current, is used to anticipate needs such as churn risk, and is governed by clear data-quality standards.',
              advice:
                'Keep data ownership clear, monitor quality continuously, and delete data you no longer need.',
            },
          ],
        },
        {
          id: 'omnichannel-self-service',
          prompt: 'How well does digital self-service work for customers?',
          answers: [
            {
              level: 1,
              text: 'Customers can do little online; most tasks need a phone call, an email or a visit.',
              advice:
                'Find the most common simple request customers contact you about and make it possible online from start to finish.',
            },
            {
              level: 2,
              text: 'Some tasks can be done online, but many break halfway and push customers to call, and we do not know where they fail.',
              advice:
                'Measure where digital journeys fail (drop-offs, failed searches, contacts soon after a website visit) and fix the biggest breaks first.',
            },
            {
              level: 3,
              text: 'Common tasks can be completed digitally, and we track completion rates and the contacts that digital failures cause.',
              advice:
                'Test digital journeys with real customers, including disabled customers, and make accessibility part of every release.',
            },
            {
              level: 4,
              text: 'Digital journeys are tested with customers, meet accessibility standards, and are improved continuously from usage data.',
              advice:
                'Make self-service proactive: tell customers what is happening before they need to ask, and resolve issues before they call.',
            },
            {
              level: 5,
              text: 'Self-service is the easiest route for most tasks, sends proactive updates, and still offers an easy way to reach a person when needed.',
              advice:
                'Review the contacts self-service should have prevented, and keep a clear route to a person for complex or sensitive needs.',
            },
          ],
        },
        {
          id: 'omnichannel-personalisation',
          prompt: 'How do you use customer data to personalise the experience?',
          answers: [
            {
              level: 1,
              text: 'We do not personalise; every customer gets the same messages, offers and service.',
              advice:
                'Start with simple, useful personalisation, such as staff seeing a customer’s recent orders and contacts, using data customers expect you to use.',
            },
            {
              level: 2,
              text: 'Some marketing messages are personalised, but it is basic, sometimes wrong, and not based on clear rules about consent.',
              advice:
                'Agree clear rules on which data you use and why, check consent, and remove personalisation customers might find intrusive.',
            },
            {
              level: 3,
              text: 'Personalisation follows agreed rules on consent and data use, covers key messages and offers, and is tested before rollout.',
              advice:
                'Personalise service as well as marketing, for example by recognising a customer’s recent issue, and measure whether it helps.',
            },
            {
              level: 4,
              text: 'Personalisation spans marketing and service, is tested for its effect, and customers can see and control how their data is used.',
              advice:
                'Review personalisation through customers’ eyes at regular intervals, and use it to reduce their effort, not only to sell.',
            },
            {
              level: 5,
              text: 'Personalisation is used mainly to make things easier for customers, is transparent and under their control, and is reviewed for fairness.',
              advice:
                'Audit personalisation regularly for bias and intrusiveness, and update your rules as regulation and customer expectations change.',
            },
          ],
        },
      ],
    },
    {
      id: 'governance-improvement',
      name: 'Governance & continuous improvement',
      description:
        'How CX work is organised, chosen and sustained over time: the forums where cross-department decisions are made and followed through, how improvements are prioritised, how changes are tested and learned from, and how the organisation reviews its own maturity and plans the next steps.',
      guides: ['cx-maturity', 'building-a-cx-strategy', 'business-case-for-cx'],
      questions: [
        {
          id: 'governance-forum',
          prompt: 'How are cross-department customer experience decisions made?',
          quick: true,
          answers: [
            {
              level: 1,
              text: 'There is no forum for CX decisions; issues that cross departments are handled case by case, if at all.',
              advice:
                'Start a monthly meeting of managers from the main customer-facing and support departments to review customer issues and agree actions.',
            },
            {
              level: 2,
              text: 'An informal group meets from time to time, but it has no clear mandate and its decisions are not followed through.',
              advice:
                'Give the group written terms of reference, a sponsor, a fixed schedule and an action log, so decisions are recorded and followed up.',
            },
            {
              level: 3,
              text: 'A CX steering group with an executive sponsor meets on a schedule, keeps an action log and follows up its decisions.',
              advice:
                'Connect the group to the organisation’s main planning and budget cycle, so CX priorities get funded and scheduled.',
            },
            {
              level: 4,
              text: 'CX governance is part of the main management system: priorities are set in annual planning and the executive team reviews progress.',
              advice:
                'Let journey owners decide within clear guardrails, and keep central forums for the big trade-offs only.',
            },
            {
              level: 5,
              text: 'Journey owners decide within clear guardrails, the executive team reviews outcomes and trade-offs, and governance adapts as the organisation changes.',
              advice:
                'Review the governance model every year and remove steps that slow decisions without adding value.',
            },
          ],
        },
        {
          id: 'governance-prioritisation',
          prompt: 'How do you choose which CX improvements to work on?',
          answers: [
            {
              level: 1,
              text: 'Whoever shouts loudest, or the latest complaint, decides what gets fixed.',
              advice:
                'List the improvement ideas you know of and rank them with a simple score for customer impact, cost and effort.',
            },
            {
              level: 2,
              text: 'Each manager picks improvements for their own area, with no shared way to compare them across the organisation.',
              advice:
                'Agree shared criteria across departments, such as customer impact, business value and effort, and use them for a single backlog.',
            },
            {
              level: 3,
              text: 'One shared backlog is prioritised with agreed criteria such as customer impact, value and effort.',
              advice:
                'Base the scores on evidence, such as how many customers are affected and what the problem costs, rather than on opinion.',
            },
            {
              level: 4,
              text: 'Prioritisation uses data on customers affected, value at stake and effort, and the backlog is reviewed against strategy every quarter.',
              advice:
                'Compare delivered improvements with their expected results, and use what you learn to improve your estimates and criteria.',
            },
            {
              level: 5,
              text: 'We compare expected with actual results for delivered improvements and use that learning to sharpen how we prioritise.',
              advice:
                'Keep the backlog visible to everyone, close items that no longer matter, and revisit the criteria when the strategy changes.',
            },
          ],
        },
        {
          id: 'governance-testing',
          prompt: 'How do you check whether changes actually improve the experience?',
          answers: [
            {
              level: 1,
              text: 'We make changes and assume they work; nobody checks the results.',
              advice:
                'For the next improvement, write down what should change for customers and compare one measure before and after.',
            },
            {
              level: 2,
              text: 'We sometimes look at scores after a change, but without a baseline or comparison group we cannot tell what caused any difference.',
              advice:
                'Set a baseline and a success measure before each change, and pilot with one group or site before rolling out where you can.',
            },
            {
              level: 3,
              text: 'Each change has a baseline and success measures, and significant changes are piloted before rollout.',
              advice:
                'Use controlled comparisons, such as A/B tests or matched control groups, for important changes so you can attribute effects with confidence.',
            },
            {
              level: 4,
              text: 'Important changes are tested against control groups or with A/B tests, and the results decide whether they are scaled, changed or stopped.',
              advice:
                'Share test results openly, failures included, and use them to shape the next round of ideas.',
            },
            {
              level: 5,
              text: 'Testing and learning are routine: results, failures included, are shared openly, and decisions follow the evidence.',
              advice:
                'Keep a searchable record of tests and results, and make it easy for any team to run a small, safe experiment.',
            },
          ],
        },
        {
          id: 'governance-maturity-review',
          prompt: 'How often do you review your overall CX capability and plan its next steps?',
          answers: [
            {
              level: 1,
              text: 'We have never assessed our customer experience capability as a whole.',
              advice:
                'Complete this assessment with colleagues from several departments and agree one or two priorities from the results.',
            },
            {
              level: 2,
              text: 'We assessed ourselves once, or teams hold their own views, but there is no repeated review and no roadmap.',
              advice:
                'Repeat the assessment on a schedule with a cross-functional group, and turn the results into a simple roadmap.',
            },
            {
              level: 3,
              text: 'A cross-functional group reviews our CX capability every year and maintains a roadmap of improvements.',
              advice:
                'Bring evidence into the review, such as metrics, audits and customer and employee feedback, and check the roadmap every quarter.',
            },
            {
              level: 4,
              text: 'Capability reviews use evidence from metrics, audits and feedback, and leadership tracks progress on the roadmap every quarter.',
              advice:
                'Compare yourselves with good practice outside your sector, and adjust the roadmap as customer expectations and the business change.',
            },
            {
              level: 5,
              text: 'We review our capability against evidence and outside good practice, and adapt the roadmap as customers and the business change.',
              advice:
                'Keep the review honest by including critical voices, and celebrate progress while looking for the next weak spot.',
            },
          ],
        },
      ],
    },
  ],
} as const satisfies QuestionBank;

/** The id of one of the bank's dimensions. */
export type DimensionId = (typeof QUESTION_BANK.dimensions)[number]['id'];
