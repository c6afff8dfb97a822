// Phrases in a posting's text that mark a career rather than a job, and a few that warn of a trap common on
// Indian job boards (training bonds, fees). Each kind counts once however often it is repeated, so a posting
// cannot buy a high growth score by saying "learning" ten times.

export type SignalKind =
  | 'mentorship'
  | 'training'
  | 'learning-budget'
  | 'certification'
  | 'programme'
  | 'promotion'
  | 'conversion';

export interface SignalRule {
  kind: SignalKind;
  /** how the signal reads in a reason: "mentorship" */
  label: string;
  pattern: RegExp;
}

export const SIGNAL_RULES: readonly SignalRule[] = [
  { kind: 'conversion', label: 'a full-time offer after the internship', pattern: /\b(?:pre[-\s]?placement offers?|PPOs?\b|conver(?:t|ted|sion)(?:ed)?\s+(?:in)?to\s+(?:a\s+)?(?:full[-\s]?time|permanent|FTE)|full[-\s]?time (?:offer|role|position|employment) (?:upon|on|after|based on)|(?:chance|opportunity|possibility) (?:of|for) (?:a\s+)?(?:full[-\s]?time|permanent) (?:role|offer|position|employment))/i },
  { kind: 'mentorship', label: 'mentorship', pattern: /\b(?:mentor(?:s|ship|ing|ed)?|buddy program(?:me)?|coaching|guidance from (?:senior|experienced)|work(?:ing)? closely with senior)/i },
  { kind: 'programme', label: 'a structured programme', pattern: /\b(?:graduate (?:trainee |training )?program(?:me)?|rotational program(?:me)?|structured (?:program(?:me)?|training|onboarding|learning)|trainee program(?:me)?|apprenticeship program(?:me)?|academy|bootcamp|fellowship)/i },
  { kind: 'training', label: 'training', pattern: /\b(?:training (?:will be )?provided|on[-\s]the[-\s]job training|(?:hands[-\s]on|paid|formal|extensive|comprehensive|technical) training|we (?:will )?train you|learning (?:and|&) development|\bL&D\b|upskill(?:ing)?|reskill(?:ing)?|workshops?)/i },
  { kind: 'learning-budget', label: 'a learning budget', pattern: /\b(?:learning (?:budget|allowance|stipend)|education (?:allowance|assistance|reimbursement)|tuition (?:assistance|reimbursement)|course(?:s)? (?:sponsor|reimburs|paid)|(?:access to|free) (?:udemy|coursera|linkedin learning|pluralsight|online courses)|conference (?:budget|sponsorship))/i },
  { kind: 'certification', label: 'sponsored certifications', pattern: /\b(?:certifications? (?:sponsor(?:ed|ship)?|reimburs(?:ed|ement)|support|paid|funded)|sponsor(?:ed|ship of|s)? (?:your |for )?(?:\w+ )?certifications?|(?:company|we)[-\s](?:paid|pay for|sponsor(?:ed)?) (?:\w+ )?certifications?)/i },
  { kind: 'promotion', label: 'a promotion path', pattern: /\b(?:career (?:growth|progression|path|ladder|development)|promotion|growth path|fast[-\s]?track|clear path to|path to (?:senior|lead)|grow into|internal mobility)/i },
];

export type CautionKind = 'bond' | 'fee' | 'unpaid' | 'commission-only';

export interface CautionRule {
  kind: CautionKind;
  label: string;
  pattern: RegExp;
}

export const CAUTION_RULES: readonly CautionRule[] = [
  { kind: 'bond', label: 'a service bond', pattern: /\b(?:service (?:bond|agreement)|(?:\d+|one|two|three)[-\s](?:year|yr)s?\s+bond|bond (?:of|for) (?:\d+|one|two|three)|sign(?:ing)? a bond|training bond)/i },
  { kind: 'fee', label: 'a fee to join', pattern: /\b(?:registration fee|security deposit|training fee|joining fee|refundable (?:deposit|fee)|pay (?:a |an )?(?:fee|deposit))/i },
  { kind: 'unpaid', label: 'no pay', pattern: /\b(?:unpaid|no stipend|without stipend|stipend:?\s*(?:nil|none|not provided))/i },
  { kind: 'commission-only', label: 'commission-only pay', pattern: /\b(?:commission[-\s]only|only commission|no fixed salary|incentive[-\s]based only)/i },
];
