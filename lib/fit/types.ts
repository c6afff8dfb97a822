import type { Evidence } from '../model';

/** A fact that could become one of the report's reasons, with how much it moved the score. */
export interface Reason {
  text: string;
  /** signed share of the final score (0-1 scale): positive raised it, negative lowered it */
  impact: number;
}

/** What each factor module returns, before weights are applied. */
export interface FactorOutcome {
  name: 'skills' | 'trajectory' | 'growth' | 'practical';
  score: number;
  /** 0-1: how much the posting said for this factor; low confidence shrinks the factor's weight */
  confidence: number;
  evidence: Evidence[];
  /** facts with their effect on this factor's own score (-1..1) */
  facts: Reason[];
  /** said in the report when the factor rests on little evidence */
  caveat: string | null;
}
