import type { Verdict } from '../model';

/** Words first, colour second: a verdict is never told by colour alone. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  'career-step': 'Career step',
  stretch: 'Stretch',
  paycheck: 'Paycheck',
  'off-plan': 'Off-plan',
  dealbreaker: 'Dealbreaker',
};

/** Colours chosen for contrast on light and dark backgrounds (foreground on a tinted background). */
export const VERDICT_COLOR: Record<Verdict, { fg: string; bg: string; fgDark: string; bgDark: string }> = {
  'career-step': { fg: '#0b5d2a', bg: '#dcf3e4', fgDark: '#8fe0ad', bgDark: '#123d24' },
  stretch: { fg: '#1c4e8a', bg: '#dde9f8', fgDark: '#9cc3f2', bgDark: '#15304f' },
  paycheck: { fg: '#7a4a00', bg: '#fbecd2', fgDark: '#f2c47a', bgDark: '#45310f' },
  'off-plan': { fg: '#4f4f4f', bg: '#ececec', fgDark: '#c9c9c9', bgDark: '#333333' },
  dealbreaker: { fg: '#8a1c1c', bg: '#f8dede', fgDark: '#f29c9c', bgDark: '#4a1717' },
};
